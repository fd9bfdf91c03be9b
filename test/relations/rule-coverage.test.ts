import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../src/relations/rules/builtin.js';
import type { MentionSpec } from './annotate.js';
import { country, demonym } from './annotate.js';
import { city, org, person, region, relate, unit } from './run.js';

interface Case {
  text: string;
  mentions: MentionSpec[];
  /** "subject predicate object" the rule must produce (positive) or must not produce (negative). */
  statement: string;
}

/** One sentence that each built-in rule must read, and one near miss it must not. */
const cases: Record<string, { yes: Case; no: Case; also?: Case }> = {
  'communicated-spoke': {
    yes: {
      text: 'Ion Rusu spoke by phone with Petru Lungu on Monday.',
      mentions: [person('Ion Rusu'), person('Petru Lungu')],
      statement: 'Ion Rusu communicatedWith Petru Lungu',
    },
    no: {
      text: 'Ion Rusu will speak by phone with Petru Lungu on Monday.',
      mentions: [person('Ion Rusu'), person('Petru Lungu')],
      statement: 'Ion Rusu communicatedWith Petru Lungu',
    },
  },
  'communicated-call': {
    yes: {
      text: 'Ion Rusu held a telephone conversation with Petru Lungu.',
      mentions: [person('Ion Rusu'), person('Petru Lungu')],
      statement: 'Ion Rusu communicatedWith Petru Lungu',
    },
    no: {
      text: 'Ion Rusu refused to take a call from Petru Lungu.',
      mentions: [person('Ion Rusu'), person('Petru Lungu')],
      statement: 'Ion Rusu communicatedWith Petru Lungu',
    },
  },
  'communicated-letter': {
    yes: {
      text: 'In a letter to Petru Lungu on Friday, Ion Rusu asked for more grain.',
      mentions: [person('Petru Lungu'), person('Ion Rusu')],
      // (Symmetric: written in the order of the mentions.)
      statement: 'Petru Lungu communicatedWith Ion Rusu',
    },
    no: {
      text: 'Ion Rusu plans to send a letter to Petru Lungu.',
      mentions: [person('Ion Rusu'), person('Petru Lungu')],
      statement: 'Ion Rusu communicatedWith Petru Lungu',
    },
  },
  'communicated-contact': {
    yes: {
      text: 'Ion Rusu negotiated with Petru Lungu in Chisinau.',
      mentions: [person('Ion Rusu'), person('Petru Lungu'), city('Chisinau')],
      statement: 'Ion Rusu communicatedWith Petru Lungu',
    },
    no: {
      text: 'Ion Rusu refused to negotiate with Petru Lungu in Chisinau.',
      mentions: [person('Ion Rusu'), person('Petru Lungu'), city('Chisinau')],
      statement: 'Ion Rusu communicatedWith Petru Lungu',
    },
  },
  'communicated-talks': {
    yes: {
      text: 'Moldova held talks with Romania over the border.',
      mentions: [country('Moldova', 'MD'), country('Romania', 'RO')],
      statement: 'Moldova communicatedWith Romania',
    },
    no: {
      text: 'Moldova will hold talks with Romania over the border.',
      mentions: [country('Moldova', 'MD'), country('Romania', 'RO')],
      statement: 'Moldova communicatedWith Romania',
    },
  },
  'met-acting-together': {
    yes: {
      text: 'Ion Rusu and Petru Lungu signed the accord at a summit meeting in Chisinau.',
      mentions: [person('Ion Rusu'), person('Petru Lungu'), city('Chisinau')],
      statement: 'Ion Rusu metWith Petru Lungu',
    },
    no: {
      text: 'Ion Rusu and Petru Lungu will sign the accord at a summit meeting in Chisinau.',
      mentions: [person('Ion Rusu'), person('Petru Lungu'), city('Chisinau')],
      statement: 'Ion Rusu metWith Petru Lungu',
    },
  },
  'group-part-of-coalition': {
    yes: {
      text: 'The Iron Guard is a member of the Northern Front.',
      mentions: [org('Iron Guard'), org('Northern Front')],
      statement: 'Iron Guard partOf Northern Front',
    },
    no: {
      text: 'The Iron Guard is not a member of the Northern Front.',
      mentions: [org('Iron Guard'), org('Northern Front')],
      statement: 'Iron Guard partOf Northern Front',
    },
  },
  'party-fought-at-place': {
    yes: {
      text: 'The 9th Brigade clashed with the 4th Regiment near Tokmak.',
      mentions: [unit('9th Brigade'), unit('4th Regiment'), city('Tokmak')],
      statement: '9th Brigade operatesIn Tokmak',
    },
    no: {
      text: 'The 9th Brigade clashed with the 4th Regiment, which had withdrawn from Tokmak.',
      mentions: [unit('9th Brigade'), unit('4th Regiment'), city('Tokmak')],
      statement: '9th Brigade operatesIn Tokmak',
    },
  },
  'attacked-advance-attempt': {
    yes: {
      text: 'Ukrainian forces attempted to advance to Tokmak.',
      mentions: [demonym('Ukrainian', 'UA'), city('Tokmak')],
      statement: 'Ukrainian attacked Tokmak',
    },
    no: {
      text: 'Ukrainian forces advanced to Tokmak.',
      mentions: [demonym('Ukrainian', 'UA'), city('Tokmak')],
      statement: 'Ukrainian attacked Tokmak',
    },
  },
  'attacked-attempted-action': {
    yes: {
      text: 'Freedonian forces are trying to enter Ostrova.',
      mentions: [demonym('Freedonian', 'FD'), city('Ostrova')],
      statement: 'Freedonian attacked Ostrova',
    },
    no: {
      text: 'Freedonian forces will attempt to enter Ostrova.',
      mentions: [demonym('Freedonian', 'FD'), city('Ostrova')],
      statement: 'Freedonian attacked Ostrova',
    },
  },
  'attacked-attempted-action-and': {
    yes: {
      text: 'Freedonian forces shelled Belka and attempted to push on Ostrova.',
      mentions: [demonym('Freedonian', 'FD'), city('Belka'), city('Ostrova')],
      statement: 'Freedonian attacked Ostrova',
    },
    no: {
      text: 'Freedonian forces shelled Belka and may attempt to push on Ostrova.',
      mentions: [demonym('Freedonian', 'FD'), city('Belka'), city('Ostrova')],
      statement: 'Freedonian attacked Ostrova',
    },
  },
  'attacked-attempt-participle': {
    yes: {
      text: 'Russian forces shelled Orikhiv, attempting to advance on Tokmak.',
      mentions: [demonym('Russian', 'RU'), city('Orikhiv'), city('Tokmak')],
      statement: 'Russian attacked Tokmak',
    },
    no: {
      text: 'Russian forces shelled Orikhiv, attempting to advance toward Tokmak.',
      mentions: [demonym('Russian', 'RU'), city('Orikhiv'), city('Tokmak')],
      statement: 'Russian attacked Tokmak',
    },
  },
  'attacked-verb-list': {
    yes: {
      text: 'Russian forces seized a farm near Tokmak, shelled Vasylivka, and withdrew.',
      mentions: [demonym('Russian', 'RU'), city('Tokmak'), city('Vasylivka')],
      statement: 'Russian attacked Vasylivka',
    },
    no: {
      text: 'Russian forces pushed back Ukrainian units, which shelled Vasylivka.',
      mentions: [demonym('Russian', 'RU'), demonym('Ukrainian', 'UA'), city('Vasylivka')],
      statement: 'Russian attacked Vasylivka',
    },
  },
  'attacked-repelled-list': {
    yes: {
      text: 'Ukrainian forces repelled a Russian attack near Tokmak and an assault on Vasylivka.',
      mentions: [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), city('Tokmak'), city('Vasylivka')],
      statement: 'Russian attacked Vasylivka',
    },
    no: {
      text: 'Ukrainian forces repelled a Russian attack near Tokmak, while officials reported an assault on Vasylivka.',
      mentions: [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), city('Tokmak'), city('Vasylivka')],
      statement: 'Russian attacked Vasylivka',
    },
  },
  'attacked-refined-place': {
    yes: {
      text: 'Russian forces conducted airstrikes south of Tokmak, near Vasylivka.',
      mentions: [demonym('Russian', 'RU'), city('Tokmak'), city('Vasylivka')],
      statement: 'Russian attacked Vasylivka',
    },
    no: {
      text: 'Russian forces repaired bridges south of Tokmak, near Vasylivka.',
      mentions: [demonym('Russian', 'RU'), city('Tokmak'), city('Vasylivka')],
      statement: 'Russian attacked Vasylivka',
    },
  },
  'attacked-these-areas': {
    yes: {
      text: 'Ukrainian forces did not attack in Tokmak and continued shelling in these areas.',
      mentions: [demonym('Ukrainian', 'UA'), city('Tokmak')],
      statement: 'Ukrainian attacked Tokmak',
    },
    no: {
      text: 'Ukrainian forces did not attack in Tokmak and continued to fortify these areas.',
      mentions: [demonym('Ukrainian', 'UA'), city('Tokmak')],
      statement: 'Ukrainian attacked Tokmak',
    },
  },
  'attacked-bank-place': {
    yes: {
      text: 'Russian forces shelled Ukrainian positions in west (right) bank Zaporizhia Oblast.',
      mentions: [demonym('Russian', 'RU'), region('Zaporizhia Oblast')],
      statement: 'Russian attacked Zaporizhia Oblast',
    },
    no: {
      text: 'Russian forces reinforced their positions in west (right) bank Zaporizhia Oblast.',
      mentions: [demonym('Russian', 'RU'), region('Zaporizhia Oblast')],
      statement: 'Russian attacked Zaporizhia Oblast',
    },
  },
  'attacked-bank-nominal': {
    yes: {
      text: 'Officials reacted to the Ukrainian strikes in right-bank Zaporizhia Oblast.',
      mentions: [demonym('Ukrainian', 'UA'), region('Zaporizhia Oblast')],
      statement: 'Ukrainian attacked Zaporizhia Oblast',
    },
    no: {
      text: 'Officials reacted to the risk of Ukrainian strikes in right-bank Zaporizhia Oblast.',
      mentions: [demonym('Ukrainian', 'UA'), region('Zaporizhia Oblast')],
      statement: 'Ukrainian attacked Zaporizhia Oblast',
    },
  },
  'attacked-positions-taken': {
    yes: {
      text: 'Ukrainian forces captured a Russian strongpoint near Tokmak.',
      mentions: [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), city('Tokmak')],
      statement: 'Ukrainian attacked Tokmak',
    },
    no: {
      text: 'Ukrainian forces captured a Russian soldier near Tokmak.',
      mentions: [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), city('Tokmak')],
      statement: 'Ukrainian attacked Tokmak',
    },
  },
  'attacked-breakthrough': {
    yes: {
      text: 'Ukrainian forces broke through Russian defenses near Tokmak.',
      mentions: [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), city('Tokmak')],
      statement: 'Ukrainian attacked Tokmak',
    },
    no: {
      text: 'Ukrainian forces broke out of Tokmak.',
      mentions: [demonym('Ukrainian', 'UA'), city('Tokmak')],
      statement: 'Ukrainian attacked Tokmak',
    },
  },
  'attacked-encirclement': {
    yes: {
      text: 'Ukrainian forces continued their encirclement of Tokmak on Monday.',
      mentions: [demonym('Ukrainian', 'UA'), city('Tokmak')],
      statement: 'Ukrainian attacked Tokmak',
    },
    no: {
      text: 'Ukrainian forces broke the encirclement of Tokmak on Monday.',
      mentions: [demonym('Ukrainian', 'UA'), city('Tokmak')],
      statement: 'Ukrainian attacked Tokmak',
    },
  },
  'formation-office-nationality': {
    yes: {
      text: 'Ukrainian Southern Military District Commander Colonel Petro Lys inspected the lines.',
      mentions: [demonym('Ukrainian', 'UA'), unit('Southern Military District'), person('Petro Lys', 'Commander Colonel')],
      statement: 'Petro Lys memberOf Ukrainian',
    },
    no: {
      text: 'Bloggers criticized Ukrainian Southern Military District Commander Colonel Petro Lys.',
      mentions: [demonym('Ukrainian', 'UA'), unit('Southern Military District'), person('Petro Lys', 'Commander Colonel')],
      statement: 'Petro Lys memberOf Ukrainian',
    },
  },
  'visited-verb': {
    yes: { text: 'Tamar Beridze visited Baku.', mentions: [person('Tamar Beridze'), city('Baku')], statement: 'Tamar Beridze visited Baku' },
    no: { text: 'Tamar Beridze criticized Baku.', mentions: [person('Tamar Beridze'), city('Baku')], statement: 'Tamar Beridze visited Baku' },
  },
  'visited-inspection': {
    yes: { text: 'Tamar Beridze inspected troops in Baku.', mentions: [person('Tamar Beridze'), city('Baku')], statement: 'Tamar Beridze visited Baku' },
    no: { text: 'Tamar Beridze inspected troops by video in Baku.', mentions: [person('Tamar Beridze'), city('Baku')], statement: 'Tamar Beridze visited Baku' },
  },
  'visited-noun': {
    yes: { text: 'Beridze’s trip to Baku ended.', mentions: [person('Beridze'), city('Baku')], statement: 'Beridze visited Baku' },
    no: { text: 'Beridze’s letter to Baku arrived.', mentions: [person('Beridze'), city('Baku')], statement: 'Beridze visited Baku' },
  },
  'visited-arrival': {
    yes: { text: 'Tamar Beridze arrived in Baku late.', mentions: [person('Tamar Beridze'), city('Baku')], statement: 'Tamar Beridze visited Baku' },
    no: { text: 'Tamar Beridze never arrived in Baku.', mentions: [person('Tamar Beridze'), city('Baku')], statement: 'Tamar Beridze visited Baku' },
  },
  'visited-return': {
    yes: { text: 'Tamar Beridze returned from Baku on Friday.', mentions: [person('Tamar Beridze'), city('Baku')], statement: 'Tamar Beridze visited Baku' },
    no: { text: 'Tamar Beridze wrote from Baku on Friday.', mentions: [person('Tamar Beridze'), city('Baku')], statement: 'Tamar Beridze visited Baku' },
  },
  'visited-meeting-place': {
    yes: { text: 'Tamar Beridze spoke at a summit in Baku.', mentions: [person('Tamar Beridze'), city('Baku')], statement: 'Tamar Beridze visited Baku' },
    no: { text: 'Tamar Beridze spoke about a summit in Baku.', mentions: [person('Tamar Beridze'), city('Baku')], statement: 'Tamar Beridze visited Baku' },
  },
  'met-verb': {
    yes: { text: 'Tamar Beridze met Rashad Karimov.', mentions: [person('Tamar Beridze'), person('Rashad Karimov')], statement: 'Tamar Beridze metWith Rashad Karimov' },
    no: { text: 'Tamar Beridze did not meet Rashad Karimov.', mentions: [person('Tamar Beridze'), person('Rashad Karimov')], statement: 'Tamar Beridze metWith Rashad Karimov' },
  },
  'met-talks': {
    yes: { text: 'Tamar Beridze held lengthy talks with Rashad Karimov.', mentions: [person('Tamar Beridze'), person('Rashad Karimov')], statement: 'Tamar Beridze metWith Rashad Karimov' },
    no: { text: 'Tamar Beridze held lengthy talks about Rashad Karimov.', mentions: [person('Tamar Beridze'), person('Rashad Karimov')], statement: 'Tamar Beridze metWith Rashad Karimov' },
  },
  'met-noun': {
    yes: { text: 'The talks between Tamar Beridze and Rashad Karimov ended.', mentions: [person('Tamar Beridze'), person('Rashad Karimov')], statement: 'Tamar Beridze metWith Rashad Karimov' },
    no: { text: 'The rift between Tamar Beridze and Rashad Karimov grew.', mentions: [person('Tamar Beridze'), person('Rashad Karimov')], statement: 'Tamar Beridze metWith Rashad Karimov' },
  },
  'met-hosted': {
    yes: { text: 'Tamar Beridze hosted Rashad Karimov.', mentions: [person('Tamar Beridze'), person('Rashad Karimov')], statement: 'Tamar Beridze metWith Rashad Karimov' },
    no: { text: 'Tamar Beridze declined to host Rashad Karimov.', mentions: [person('Tamar Beridze'), person('Rashad Karimov')], statement: 'Tamar Beridze metWith Rashad Karimov' },
  },
  'met-at-gathering': {
    yes: {
      text: 'Tamar Beridze pressed Rashad Karimov at a summit in Vienna.',
      mentions: [person('Tamar Beridze'), person('Rashad Karimov'), city('Vienna')],
      statement: 'Tamar Beridze metWith Rashad Karimov',
    },
    no: {
      text: 'Tamar Beridze praised Rashad Karimov at a summit in Vienna.',
      mentions: [person('Tamar Beridze'), person('Rashad Karimov'), city('Vienna')],
      statement: 'Tamar Beridze metWith Rashad Karimov',
    },
  },
  'headed-by': {
    yes: { text: 'The Free Caucasus Front, led by Dmitry Sorokin, grew.', mentions: [org('Free Caucasus Front'), person('Dmitry Sorokin')], statement: 'Dmitry Sorokin leaderOf Free Caucasus Front' },
    no: { text: 'The Free Caucasus Front, praised by Dmitry Sorokin, grew.', mentions: [org('Free Caucasus Front'), person('Dmitry Sorokin')], statement: 'Dmitry Sorokin leaderOf Free Caucasus Front' },
  },
  'appositive-title-of': {
    yes: { text: 'Dmitry Sorokin, the leader of the Free Caucasus Front, spoke.', mentions: [person('Dmitry Sorokin'), org('Free Caucasus Front')], statement: 'Dmitry Sorokin leaderOf Free Caucasus Front' },
    no: { text: 'Dmitry Sorokin, a critic of the Free Caucasus Front, spoke.', mentions: [person('Dmitry Sorokin'), org('Free Caucasus Front')], statement: 'Dmitry Sorokin leaderOf Free Caucasus Front' },
  },
  'title-of-name': {
    yes: { text: 'The head of the Free Caucasus Front, Dmitry Sorokin, spoke.', mentions: [org('Free Caucasus Front'), person('Dmitry Sorokin')], statement: 'Dmitry Sorokin leaderOf Free Caucasus Front' },
    no: { text: 'The critics of the Free Caucasus Front, Dmitry Sorokin among them, spoke.', mentions: [org('Free Caucasus Front'), person('Dmitry Sorokin')], statement: 'Dmitry Sorokin leaderOf Free Caucasus Front' },
  },
  'aide-to-title': {
    yes: { text: 'Adviser to the Mayor of Orikhiv Pavel Orlov spoke.', mentions: [city('Orikhiv'), person('Pavel Orlov')], statement: 'Pavel Orlov memberOf Orikhiv' },
    no: { text: 'A letter to the Mayor of Orikhiv Pavel Orlov arrived.', mentions: [city('Orikhiv'), person('Pavel Orlov')], statement: 'Pavel Orlov memberOf Orikhiv' },
    also: {
      text: 'Adviser to the Free Caucasus Front Chairman Pavel Orlov spoke.',
      mentions: [org('Free Caucasus Front'), person('Pavel Orlov', 'Chairman')],
      statement: 'Pavel Orlov memberOf Free Caucasus Front',
    },
  },
  'envoy-of': {
    yes: { text: 'Georgian Ambassador to Armenia Tamar Beridze spoke.', mentions: [demonym('Georgian', 'GE'), country('Armenia', 'AM'), person('Tamar Beridze')], statement: 'Tamar Beridze memberOf Georgian' },
    no: { text: 'Georgian letters to Armenia Tamar Beridze wrote.', mentions: [demonym('Georgian', 'GE'), country('Armenia', 'AM'), person('Tamar Beridze')], statement: 'Tamar Beridze memberOf Georgian' },
  },
  'serves-in': {
    yes: { text: 'Tamar Beridze served in the 14th Brigade.', mentions: [person('Tamar Beridze'), unit('14th Brigade')], statement: 'Tamar Beridze memberOf 14th Brigade' },
    no: { text: 'Tamar Beridze wrote to the 14th Brigade.', mentions: [person('Tamar Beridze'), unit('14th Brigade')], statement: 'Tamar Beridze memberOf 14th Brigade' },
  },
  'serves-in-title': {
    yes: { text: 'Tamar Beridze, a sergeant in the 14th Brigade, spoke.', mentions: [person('Tamar Beridze'), unit('14th Brigade')], statement: 'Tamar Beridze memberOf 14th Brigade' },
    no: { text: 'Tamar Beridze, a writer in the 14th Brigade, spoke.', mentions: [person('Tamar Beridze'), unit('14th Brigade')], statement: 'Tamar Beridze memberOf 14th Brigade' },
  },
  'title-after-department': {
    yes: { text: 'Georgian Air Force Command Spokesperson Tamar Beridze spoke.', mentions: [unit('Georgian Air Force'), person('Tamar Beridze', 'Spokesperson')], statement: 'Tamar Beridze memberOf Georgian Air Force' },
    no: { text: 'Georgian Air Force jets hit spokesperson Tamar Beridze.', mentions: [unit('Georgian Air Force'), person('Tamar Beridze', 'spokesperson')], statement: 'Tamar Beridze memberOf Georgian Air Force' },
  },
  'title-before-name': {
    yes: { text: 'Georgian Prime Minister Tamar Beridze spoke.', mentions: [demonym('Georgian', 'GE'), person('Tamar Beridze', 'Prime Minister')], statement: 'Tamar Beridze leaderOf Georgian' },
    no: { text: 'Georgian journalist Tamar Beridze spoke.', mentions: [demonym('Georgian', 'GE'), person('Tamar Beridze')], statement: 'Tamar Beridze leaderOf Georgian' },
  },
  'nationality-office-of-body': {
    yes: {
      text: 'Georgian Chief of the Signal Troops Tamar Beridze spoke.',
      mentions: [demonym('Georgian', 'GE'), org('Signal Troops'), person('Tamar Beridze')],
      statement: 'Tamar Beridze memberOf Georgian',
    },
    no: {
      // No office: "officers" is no title (the determiner case is test/gazetteer/armed-services-list.test.ts's).
      text: 'Georgian officers of the Signal Troops, Tamar Beridze among them, spoke.',
      mentions: [demonym('Georgian', 'GE'), org('Signal Troops'), person('Tamar Beridze')],
      statement: 'Tamar Beridze memberOf Georgian',
    },
  },
  'replaced-as': {
    yes: {
      text: 'Pavel Orlov replaced Dmitry Sorokin as commander of the 14th Brigade.',
      mentions: [person('Pavel Orlov'), person('Dmitry Sorokin'), unit('14th Brigade')],
      statement: 'Pavel Orlov leaderOf 14th Brigade',
    },
    no: {
      text: 'Pavel Orlov praised Dmitry Sorokin as a friend of the 14th Brigade.',
      mentions: [person('Pavel Orlov'), person('Dmitry Sorokin'), unit('14th Brigade')],
      statement: 'Pavel Orlov leaderOf 14th Brigade',
    },
  },
  'title-of-department': {
    yes: {
      text: 'Deputy Head of the Planning Directorate of the 14th Brigade Pavel Orlov spoke.',
      mentions: [unit('14th Brigade'), person('Pavel Orlov')],
      statement: 'Pavel Orlov memberOf 14th Brigade',
    },
    no: {
      text: 'Deputy Head of the Planning Directorate Anna Lenz spoke of the 14th Brigade Pavel Orlov.',
      mentions: [person('Anna Lenz'), unit('14th Brigade'), person('Pavel Orlov')],
      statement: 'Pavel Orlov memberOf 14th Brigade',
    },
  },
  'city-official': {
    yes: { text: 'Orikhiv Mayor Pavel Orlov spoke.', mentions: [city('Orikhiv'), person('Pavel Orlov', 'Mayor')], statement: 'Pavel Orlov leaderOf Orikhiv' },
    no: { text: 'In Orikhiv President Pavel Orlov spoke.', mentions: [city('Orikhiv'), person('Pavel Orlov', 'President')], statement: 'Pavel Orlov leaderOf Orikhiv' },
  },
  'appointed-as': {
    yes: { text: 'Pavel Orlov was appointed commander of the 14th Brigade in 2023.', mentions: [person('Pavel Orlov'), unit('14th Brigade')], statement: 'Pavel Orlov leaderOf 14th Brigade' },
    no: { text: 'Pavel Orlov was not appointed commander of the 14th Brigade.', mentions: [person('Pavel Orlov'), unit('14th Brigade')], statement: 'Pavel Orlov leaderOf 14th Brigade' },
  },
  'person-parenthetical-group': {
    yes: { text: 'Sergeant Pavel Orlov (14th Brigade) was wounded.', mentions: [person('Pavel Orlov', 'Sergeant'), unit('14th Brigade')], statement: 'Pavel Orlov memberOf 14th Brigade' },
    no: { text: 'Pavel Orlov (who fought the 14th Brigade) was wounded.', mentions: [person('Pavel Orlov'), unit('14th Brigade')], statement: 'Pavel Orlov memberOf 14th Brigade' },
  },
  'commands-verb': {
    yes: { text: 'Pavel Orlov now commands the 14th Brigade.', mentions: [person('Pavel Orlov'), unit('14th Brigade')], statement: 'Pavel Orlov leaderOf 14th Brigade' },
    no: { text: 'Pavel Orlov led by the 14th Brigade was saved.', mentions: [person('Pavel Orlov'), unit('14th Brigade')], statement: 'Pavel Orlov leaderOf 14th Brigade' },
  },
  'person-possessive-unit': {
    yes: { text: 'Sorokin’s “Vostok” battalions advanced.', mentions: [person('Sorokin'), unit('Vostok')], statement: 'Sorokin leaderOf Vostok' },
    no: { text: 'Sorokin and the 14th Brigade advanced.', mentions: [person('Sorokin'), unit('14th Brigade')], statement: 'Sorokin leaderOf 14th Brigade' },
  },
  'person-joined': {
    yes: { text: 'Dmitry Sorokin joined the Free Caucasus Front.', mentions: [person('Dmitry Sorokin'), org('Free Caucasus Front')], statement: 'Dmitry Sorokin memberOf Free Caucasus Front' },
    no: { text: 'Dmitry Sorokin refused to join the Free Caucasus Front.', mentions: [person('Dmitry Sorokin'), org('Free Caucasus Front')], statement: 'Dmitry Sorokin memberOf Free Caucasus Front' },
  },
  'person-of-group': {
    yes: { text: 'Dmitry Sorokin of the Free Caucasus Front spoke.', mentions: [person('Dmitry Sorokin'), org('Free Caucasus Front')], statement: 'Dmitry Sorokin memberOf Free Caucasus Front' },
    no: { text: 'A letter to Dmitry Sorokin from the Free Caucasus Front leaked.', mentions: [person('Dmitry Sorokin'), org('Free Caucasus Front')], statement: 'Dmitry Sorokin memberOf Free Caucasus Front' },
  },
  'unit-of-unit': {
    yes: { text: 'The 3rd Battalion of the 14th Brigade withdrew.', mentions: [unit('3rd Battalion'), unit('14th Brigade')], statement: '3rd Battalion partOf 14th Brigade' },
    no: { text: 'The 3rd Battalion relieved the 14th Brigade.', mentions: [unit('3rd Battalion'), unit('14th Brigade')], statement: '3rd Battalion partOf 14th Brigade' },
  },
  'units-of-unit': {
    yes: {
      text: 'The 3rd and 4th Battalions of the 14th Brigade withdrew.',
      mentions: [unit('3rd'), unit('4th Battalions'), unit('14th Brigade')],
      statement: '3rd partOf 14th Brigade',
    },
    no: {
      text: 'The 3rd Battalion, 4th Battalion of the 14th Brigade, and 5th Battalion withdrew.',
      mentions: [unit('3rd Battalion'), unit('4th Battalion'), unit('14th Brigade'), unit('5th Battalion')],
      statement: '3rd Battalion partOf 14th Brigade',
    },
  },
  'unit-possessive': {
    yes: { text: 'The 14th Brigade’s 3rd Battalion withdrew.', mentions: [unit('14th Brigade'), unit('3rd Battalion')], statement: '3rd Battalion partOf 14th Brigade' },
    no: { text: 'The 14th Brigade and 3rd Battalion withdrew.', mentions: [unit('14th Brigade'), unit('3rd Battalion')], statement: '3rd Battalion partOf 14th Brigade' },
  },
  'unit-parenthetical': {
    yes: { text: 'The 14th Brigade (19th Army Corps) withdrew.', mentions: [unit('14th Brigade'), unit('19th Army Corps')], statement: '14th Brigade partOf 19th Army Corps' },
    no: { text: 'The 14th Brigade withdrew (the 19th Army Corps stayed).', mentions: [unit('14th Brigade'), unit('19th Army Corps')], statement: '14th Brigade partOf 19th Army Corps' },
  },
  'unit-part-of': {
    yes: { text: 'The 14th Brigade, which is part of the 19th Army Corps, withdrew.', mentions: [unit('14th Brigade'), unit('19th Army Corps')], statement: '14th Brigade partOf 19th Army Corps' },
    no: { text: 'The 14th Brigade took part in attacks by the 19th Army Corps.', mentions: [unit('14th Brigade'), unit('19th Army Corps')], statement: '14th Brigade partOf 19th Army Corps' },
  },
  'unit-hedged-of': {
    yes: { text: 'Elements of the 19th Army Corps, likely of the 14th Brigade, advanced.', mentions: [unit('19th Army Corps'), unit('14th Brigade')], statement: '14th Brigade partOf 19th Army Corps' },
    no: { text: 'Elements of the 19th Army Corps, alongside the 14th Brigade, advanced.', mentions: [unit('19th Army Corps'), unit('14th Brigade')], statement: '14th Brigade partOf 19th Army Corps' },
  },
  'unit-includes-bracket': {
    yes: { text: 'The 19th Army Corps (which includes the 14th Brigade) advanced.', mentions: [unit('19th Army Corps'), unit('14th Brigade')], statement: '14th Brigade partOf 19th Army Corps' },
    no: { text: 'The 19th Army Corps (which fought the 14th Brigade) advanced.', mentions: [unit('19th Army Corps'), unit('14th Brigade')], statement: '14th Brigade partOf 19th Army Corps' },
  },
  formerly: {
    yes: { text: 'The Africa Corps, formerly the Wagner Group, expanded.', mentions: [org('Africa Corps'), org('Wagner Group')], statement: 'Africa Corps formerlyKnownAs Wagner Group' },
    no: { text: 'The Africa Corps, unlike the Wagner Group, expanded.', mentions: [org('Africa Corps'), org('Wagner Group')], statement: 'Africa Corps formerlyKnownAs Wagner Group' },
  },
  'place-comma-area': {
    yes: { text: 'Shelling hit Kupiansk, Ukraine.', mentions: [city('Kupiansk'), country('Ukraine', 'UA')], statement: 'Kupiansk locatedIn Ukraine' },
    no: { text: 'Shelling hit Ukraine, Kupiansk.', mentions: [country('Ukraine', 'UA'), city('Kupiansk')], statement: 'Ukraine locatedIn Kupiansk' },
  },
  'places-comma-area': {
    yes: { text: 'Shelling hit Tokmak and Orikhiv, Zaporizhzhia Oblast.', mentions: [city('Tokmak'), city('Orikhiv'), region('Zaporizhzhia Oblast')], statement: 'Tokmak locatedIn Zaporizhzhia Oblast' },
    no: { text: 'Shelling hit Tokmak and Orikhiv, not Zaporizhzhia Oblast.', mentions: [city('Tokmak'), city('Orikhiv'), region('Zaporizhzhia Oblast')], statement: 'Tokmak locatedIn Zaporizhzhia Oblast' },
  },
  'place-in-area': {
    yes: { text: 'Tokmak in Zaporizhzhia Oblast was hit.', mentions: [city('Tokmak'), region('Zaporizhzhia Oblast')], statement: 'Tokmak locatedIn Zaporizhzhia Oblast' },
    no: { text: 'Zaporizhzhia Oblast in Tokmak was hit.', mentions: [region('Zaporizhzhia Oblast'), city('Tokmak')], statement: 'Zaporizhzhia Oblast locatedIn Tokmak' },
  },
  'place-in-district': {
    yes: { text: 'A car exploded in Lipki, in the Dubki district.', mentions: [city('Lipki'), city('Dubki')], statement: 'Lipki locatedIn Dubki' },
    no: { text: 'Troops attacked Lipki, in the Dubki direction.', mentions: [city('Lipki'), city('Dubki')], statement: 'Lipki locatedIn Dubki' },
  },
  'place-disambiguated': {
    yes: { text: 'Troops fought in Lipki (in Dubki, not Sosnovka Oblast).', mentions: [city('Lipki'), city('Dubki'), region('Sosnovka Oblast')], statement: 'Lipki locatedIn Dubki' },
    no: { text: 'Troops fought in Lipki (near Dubki, not Sosnovka Oblast).', mentions: [city('Lipki'), city('Dubki'), region('Sosnovka Oblast')], statement: 'Lipki locatedIn Dubki' },
  },
  'place-parenthetical-area': {
    yes: { text: 'Shelling hit Dovhenke (Kharkiv Oblast).', mentions: [city('Dovhenke'), region('Kharkiv Oblast')], statement: 'Dovhenke locatedIn Kharkiv Oblast' },
    no: { text: 'Shelling hit Dovhenke (15km from Kharkiv Oblast).', mentions: [city('Dovhenke'), region('Kharkiv Oblast')], statement: 'Dovhenke locatedIn Kharkiv Oblast' },
  },
  'place-possessive': {
    yes: { text: 'Shelling hit Kharkiv Oblast’s Dovhenke.', mentions: [region('Kharkiv Oblast'), city('Dovhenke')], statement: 'Dovhenke locatedIn Kharkiv Oblast' },
    no: { text: 'Shelling hit Dovhenke’s Kharkiv Oblast office.', mentions: [city('Dovhenke'), region('Kharkiv Oblast')], statement: 'Kharkiv Oblast locatedIn Dovhenke' },
  },
  'place-on-coast': {
    yes: { text: 'Tuzla on Crimea’s coast was hit.', mentions: [city('Tuzla'), region('Crimea')], statement: 'Tuzla locatedIn Crimea' },
    no: { text: 'Tuzla off Crimea’s coast was hit.', mentions: [city('Tuzla'), region('Crimea')], statement: 'Tuzla locatedIn Crimea' },
  },
  // Branch rel38: a town's region after a bracketed aside, units placed by bearings, homes, roles and attempts, withdrawals.
  'place-bracket-comma-area': {
    yes: { text: 'Shelling hit Dovhenke (10km west of Izium), Kharkiv Oblast.', mentions: [city('Dovhenke'), city('Izium'), region('Kharkiv Oblast')], statement: 'Dovhenke locatedIn Kharkiv Oblast' },
    no: { text: 'Shelling hit Dovhenke (10km west of Izium), Kharkiv Oblast Governor Ivan Ivanov said.', mentions: [city('Dovhenke'), city('Izium'), region('Kharkiv Oblast')], statement: 'Dovhenke locatedIn Kharkiv Oblast' },
  },
  'unit-bearing-place': {
    yes: { text: 'The 14th Brigade, operating east of Orikhiv, lost a tank.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade operatesIn Orikhiv' },
    no: { text: 'The 14th Brigade, which will deploy east of Orikhiv, lost a tank.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade operatesIn Orikhiv' },
  },
  'unit-home-place': {
    yes: { text: 'Orikhiv, the home of the 14th Brigade, was quiet.', mentions: [city('Orikhiv'), unit('14th Brigade')], statement: '14th Brigade operatesIn Orikhiv' },
    no: { text: 'Orikhiv, the enemy of the 14th Brigade, was quiet.', mentions: [city('Orikhiv'), unit('14th Brigade')], statement: '14th Brigade operatesIn Orikhiv' },
  },
  'unit-role-in-fighting': {
    yes: { text: 'The 14th Brigade plays a key role in holding positions near Orikhiv.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade operatesIn Orikhiv' },
    no: { text: 'The 14th Brigade will play a key role in holding positions near Orikhiv.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade operatesIn Orikhiv' },
  },
  'unit-attempts-at-place': {
    yes: { text: 'The 14th Brigade continued attempts to clear a factory on the outskirts of Orikhiv.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade operatesIn Orikhiv' },
    no: { text: 'The 14th Brigade will continue attempts to clear a factory on the outskirts of Orikhiv.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade operatesIn Orikhiv' },
  },
  'place-in-named-district': {
    yes: { text: 'Saboteurs entered the Izium hromada of northern Kharkiv Oblast.', mentions: [city('Izium'), region('Kharkiv Oblast')], statement: 'Izium locatedIn Kharkiv Oblast' },
    no: { text: 'Saboteurs entered the Izium hromada near Kharkiv Oblast.', mentions: [city('Izium'), region('Kharkiv Oblast')], statement: 'Izium locatedIn Kharkiv Oblast' },
  },
  // Branch iswstruct3: a town named with a site of it, or with others like it, before "in Y" (rules/place-site-area.ts).
  'place-site-in-area': {
    yes: { text: 'Guards stopped cars at the Izium checkpoint in Kharkiv Oblast.', mentions: [city('Izium'), region('Kharkiv Oblast')], statement: 'Izium locatedIn Kharkiv Oblast' },
    no: { text: 'Troops from the Izium axis in Kharkiv Oblast regrouped.', mentions: [city('Izium'), region('Kharkiv Oblast')], statement: 'Izium locatedIn Kharkiv Oblast' },
  },
  'place-and-others-in-area': {
    yes: { text: 'Shelling hit Izium and other settlements in Kharkiv Oblast.', mentions: [city('Izium'), region('Kharkiv Oblast')], statement: 'Izium locatedIn Kharkiv Oblast' },
    no: { text: 'Shelling hit Izium and other settlements near Kharkiv Oblast.', mentions: [city('Izium'), region('Kharkiv Oblast')], statement: 'Izium locatedIn Kharkiv Oblast' },
  },
  'area-including-places': {
    yes: { text: 'Strikes hit rear areas in Kharkiv Oblast, including Izium.', mentions: [region('Kharkiv Oblast'), city('Izium')], statement: 'Izium locatedIn Kharkiv Oblast' },
    no: { text: 'Strikes hit rear areas in Kharkiv Oblast, and Izium was quiet.', mentions: [region('Kharkiv Oblast'), city('Izium')], statement: 'Izium locatedIn Kharkiv Oblast' },
  },
  'withdrew-held-place': {
    yes: { text: 'The 14th Brigade withdrew the units remaining near Orikhiv into Tokmak.', mentions: [unit('14th Brigade'), city('Orikhiv'), city('Tokmak')], statement: '14th Brigade withdrewFrom Orikhiv' },
    no: { text: 'The 14th Brigade plans to withdraw the units remaining near Orikhiv into Tokmak.', mentions: [unit('14th Brigade'), city('Orikhiv'), city('Tokmak')], statement: '14th Brigade withdrewFrom Orikhiv' },
  },
  'withdrew-in-withdrawal': {
    yes: { text: 'The 14th Brigade lost tanks during its withdrawal from Orikhiv.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade withdrewFrom Orikhiv' },
    no: { text: 'The 14th Brigade will lose tanks during its withdrawal from Orikhiv.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade withdrewFrom Orikhiv' },
  },
  'org-in-place': {
    yes: { text: 'The Interior Ministry in Tbilisi objected.', mentions: [org('Interior Ministry'), city('Tbilisi')], statement: 'Interior Ministry locatedIn Tbilisi' },
    no: { text: 'The Interior Ministry objected to Tbilisi.', mentions: [org('Interior Ministry'), city('Tbilisi')], statement: 'Interior Ministry locatedIn Tbilisi' },
  },
  'ally-of': {
    yes: { text: 'Azerbaijan remains a close ally of Turkey.', mentions: [country('Azerbaijan', 'AZ'), country('Turkey', 'TR')], statement: 'Azerbaijan allyOf Turkey' },
    no: { text: 'Azerbaijan remains a rival of Turkey.', mentions: [country('Azerbaijan', 'AZ'), country('Turkey', 'TR')], statement: 'Azerbaijan allyOf Turkey' },
  },
  'ally-before-name': {
    yes: { text: 'Reporters met Lukashenko ally Ivan Petrov.', mentions: [person('Lukashenko'), person('Ivan Petrov')], statement: 'Lukashenko allyOf Ivan Petrov' },
    no: { text: 'Reporters met Lukashenko critic Ivan Petrov.', mentions: [person('Lukashenko'), person('Ivan Petrov')], statement: 'Lukashenko allyOf Ivan Petrov' },
  },
  'alliance-with': {
    yes: { text: 'Ivan Petrov formed an alliance with Oleg Sidorov.', mentions: [person('Ivan Petrov'), person('Oleg Sidorov')], statement: 'Ivan Petrov allyOf Oleg Sidorov' },
    no: { text: 'Ivan Petrov warned against an alliance with Oleg Sidorov.', mentions: [person('Ivan Petrov'), person('Oleg Sidorov')], statement: 'Ivan Petrov allyOf Oleg Sidorov' },
  },
  'fought-forces': {
    yes: { text: 'Ukrainian forces destroyed 12 Russian BTGs near Orikhiv.', mentions: [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU', 0), city('Orikhiv')], statement: 'Ukrainian foughtAgainst Russian' },
    no: { text: 'Ukrainian forces destroyed 12 Russian tanks near Orikhiv.', mentions: [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU', 0), city('Orikhiv')], statement: 'Ukrainian foughtAgainst Russian' },
  },
  'fought-forces-and': {
    yes: { text: 'Ukrainian forces retook Orikhiv from Russian units and inflicted heavy losses on Chechen units.', mentions: [demonym('Ukrainian', 'UA'), city('Orikhiv'), demonym('Russian', 'RU'), demonym('Chechen', 'RU')], statement: 'Ukrainian foughtAgainst Chechen' },
    no: { text: 'Ukrainian forces retook Orikhiv from Russian units and may inflict heavy losses on Chechen units.', mentions: [demonym('Ukrainian', 'UA'), city('Orikhiv'), demonym('Russian', 'RU'), demonym('Chechen', 'RU')], statement: 'Ukrainian foughtAgainst Chechen' },
  },
  'withdrew-aside': {
    yes: { text: 'The 14th Brigade, which withdrew from Orikhiv, is resting.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade withdrewFrom Orikhiv' },
    no: { text: 'The 14th Brigade, which arrived from Orikhiv, is resting.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade withdrewFrom Orikhiv' },
  },
  'withdrew-transferred': {
    yes: { text: 'Freedonian forces transferred two battalions from Belka to Ostrova.', mentions: [demonym('Freedonian', 'FD'), city('Belka'), city('Ostrova')], statement: 'Freedonian withdrewFrom Belka' },
    no: { text: 'Freedonian forces transferred two tanks from Belka to Ostrova.', mentions: [demonym('Freedonian', 'FD'), city('Belka'), city('Ostrova')], statement: 'Freedonian withdrewFrom Belka' },
  },
  'captured-hedged': {
    // (A plain "may have captured X" is captured-place's since the hedged past is keyed apart, items.ts; an adverb after the modal is this rule's.)
    yes: { text: 'The 14th Brigade might well have captured Orikhiv.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade captured Orikhiv' },
    no: { text: 'The 14th Brigade may capture Orikhiv.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade captured Orikhiv' },
  },
  'withdrew-hedged': {
    yes: { text: 'The 14th Brigade might have withdrawn from Orikhiv.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade withdrewFrom Orikhiv' },
    no: { text: 'The 14th Brigade might withdraw from Orikhiv.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade withdrewFrom Orikhiv' },
  },
  'captured-after': {
    yes: { text: 'The 14th Brigade regrouped near Tokmak after capturing Orikhiv.', mentions: [unit('14th Brigade'), city('Tokmak'), city('Orikhiv')], statement: '14th Brigade captured Orikhiv' },
    no: { text: 'The 14th Brigade will regroup near Tokmak after capturing Orikhiv.', mentions: [unit('14th Brigade'), city('Tokmak'), city('Orikhiv')], statement: '14th Brigade captured Orikhiv' },
  },
  'captured-by-agent': {
    yes: { text: 'After the capture of Orikhiv by the 14th Brigade, fighting moved south.', mentions: [city('Orikhiv'), unit('14th Brigade')], statement: '14th Brigade captured Orikhiv' },
    no: { text: 'The capture of Orikhiv by the 14th Brigade would open the road south.', mentions: [city('Orikhiv'), unit('14th Brigade')], statement: '14th Brigade captured Orikhiv' },
  },
  'captured-territory': {
    yes: { text: 'The 14th Brigade seized unspecified territory in the area of Orikhiv.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade captured Orikhiv' },
    no: { text: 'The 14th Brigade seized unspecified territory west of Orikhiv.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade captured Orikhiv' },
  },
  'captured-quoted': {
    yes: { text: 'The ministry claimed that the 14th Brigade “fully liberated” Orikhiv.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade captured Orikhiv' },
    no: { text: 'The ministry claimed that the 14th Brigade “will liberate” Orikhiv.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade captured Orikhiv' },
  },
  'captured-own-people': {
    yes: { text: 'The 14th Brigade stated that its troops retook Orikhiv.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade captured Orikhiv' },
    no: { text: 'The 14th Brigade stated that its troops tried to retake Orikhiv.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade captured Orikhiv' },
  },
  'withdrew-own-people': {
    yes: { text: 'The 14th Brigade reported that its units withdrew from Orikhiv.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade withdrewFrom Orikhiv' },
    no: { text: 'The 14th Brigade reported that its units withdrew toward Orikhiv.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade withdrewFrom Orikhiv' },
  },
  'withdrew-under-way': {
    yes: { text: 'The 14th Brigade may be conducting a limited withdrawal from Orikhiv.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade withdrewFrom Orikhiv' },
    no: { text: 'The 14th Brigade may be planning a limited withdrawal from Orikhiv.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade withdrewFrom Orikhiv' },
  },
  'captured-share': {
    yes: { text: 'Officials said only the 14th Brigade contributed to the capture of Orikhiv.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade captured Orikhiv' },
    no: { text: 'Officials said the 14th Brigade will contribute to the capture of Orikhiv.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade captured Orikhiv' },
  },
  'ally-apposition': {
    yes: { text: 'Goran Petrov, a close Lukashenko ally, spoke.', mentions: [person('Goran Petrov'), person('Lukashenko')], statement: 'Goran Petrov allyOf Lukashenko' },
    no: { text: 'Goran Petrov, a close Lukashenko adviser, spoke.', mentions: [person('Goran Petrov'), person('Lukashenko')], statement: 'Goran Petrov allyOf Lukashenko' },
  },
  'ally-copular': {
    yes: { text: 'Goran Petrov is Lukashenko’s closest ally.', mentions: [person('Goran Petrov'), person('Lukashenko')], statement: 'Goran Petrov allyOf Lukashenko' },
    no: { text: 'Goran Petrov is Lukashenko’s closest rival.', mentions: [person('Goran Petrov'), person('Lukashenko')], statement: 'Goran Petrov allyOf Lukashenko' },
  },
  'withdrew-passive': {
    yes: { text: 'Orikhiv was abandoned by the 14th Brigade.', mentions: [city('Orikhiv'), unit('14th Brigade')], statement: '14th Brigade withdrewFrom Orikhiv' },
    no: { text: 'Orikhiv was reinforced by the 14th Brigade.', mentions: [city('Orikhiv'), unit('14th Brigade')], statement: '14th Brigade withdrewFrom Orikhiv' },
  },
  'captured-chain': {
    yes: { text: 'The 14th Brigade tried to cross the river near Tokmak and liberated Orikhiv.', mentions: [unit('14th Brigade'), city('Tokmak'), city('Orikhiv')], statement: '14th Brigade captured Orikhiv' },
    no: { text: 'The 14th Brigade tried to cross the river near Tokmak and liberate Orikhiv.', mentions: [unit('14th Brigade'), city('Tokmak'), city('Orikhiv')], statement: '14th Brigade captured Orikhiv' },
  },
  'withdrew-chain': {
    yes: { text: 'The 14th Brigade shelled Tokmak, destroyed a bridge, and withdrew from Orikhiv.', mentions: [unit('14th Brigade'), city('Tokmak'), city('Orikhiv')], statement: '14th Brigade withdrewFrom Orikhiv' },
    no: { text: 'The 14th Brigade shelled Tokmak, destroyed a bridge, and withdrew toward Orikhiv.', mentions: [unit('14th Brigade'), city('Tokmak'), city('Orikhiv')], statement: '14th Brigade withdrewFrom Orikhiv' },
  },
  'fought-chain': {
    yes: { text: 'Ukrainian forces are planning a counteroffensive near Tokmak and fought Russian forces in Orikhiv.', mentions: [demonym('Ukrainian', 'UA'), city('Tokmak'), demonym('Russian', 'RU'), city('Orikhiv')], statement: 'Ukrainian foughtAgainst Russian' },
    no: { text: 'Ukrainian forces will launch a counteroffensive near Tokmak and fought Russian forces in Orikhiv.', mentions: [demonym('Ukrainian', 'UA'), city('Tokmak'), demonym('Russian', 'RU'), city('Orikhiv')], statement: 'Ukrainian foughtAgainst Russian' },
  },
  'attacked-chain': {
    yes: { text: 'The 14th Brigade shelled Tokmak and fought around Orikhiv.', mentions: [unit('14th Brigade'), city('Tokmak'), city('Orikhiv')], statement: '14th Brigade attacked Orikhiv' },
    no: { text: 'The 14th Brigade will shell Tokmak and then fought around Orikhiv.', mentions: [unit('14th Brigade'), city('Tokmak'), city('Orikhiv')], statement: '14th Brigade attacked Orikhiv' },
  },
  'attacked-chain-strike': {
    yes: { text: 'The 14th Brigade repelled assaults near Tokmak and destroyed reconnaissance groups near Orikhiv.', mentions: [unit('14th Brigade'), city('Tokmak'), city('Orikhiv')], statement: '14th Brigade attacked Orikhiv' },
    no: { text: 'The 14th Brigade repelled assaults near Tokmak and will destroy reconnaissance groups near Orikhiv.', mentions: [unit('14th Brigade'), city('Tokmak'), city('Orikhiv')], statement: '14th Brigade attacked Orikhiv' },
  },
  'attacked-chain-fighting': {
    yes: { text: 'The 14th Brigade has taken ground east of Tokmak and is fighting in Orikhiv.', mentions: [unit('14th Brigade'), city('Tokmak'), city('Orikhiv')], statement: '14th Brigade attacked Orikhiv' },
    no: { text: 'The 14th Brigade has taken ground east of Tokmak and is training in Orikhiv.', mentions: [unit('14th Brigade'), city('Tokmak'), city('Orikhiv')], statement: '14th Brigade attacked Orikhiv' },
  },
  'attacked-accused-of': {
    yes: { text: 'Russian officials accused Ukrainian forces of shelling Orikhiv.', mentions: [demonym('Russian', 'RU'), demonym('Ukrainian', 'UA'), city('Orikhiv')], statement: 'Ukrainian attacked Orikhiv' },
    no: { text: 'Russian officials accused Ukrainian forces of preparing a provocation in Orikhiv.', mentions: [demonym('Russian', 'RU'), demonym('Ukrainian', 'UA'), city('Orikhiv')], statement: 'Ukrainian attacked Orikhiv' },
  },
  'attacked-accused-each-other': {
    yes: { text: 'Ukrainian and Russian officials accused each other of shelling Orikhiv.', mentions: [demonym('Russian', 'RU'), demonym('Ukrainian', 'UA'), city('Orikhiv')], statement: 'Ukrainian attacked Orikhiv' },
    no: { text: 'Ukrainian and Russian officials accused each other of preparing provocations in Orikhiv.', mentions: [demonym('Russian', 'RU'), demonym('Ukrainian', 'UA'), city('Orikhiv')], statement: 'Ukrainian attacked Orikhiv' },
  },
  'unit-home-base-aside': {
    yes: { text: 'The 14th Brigade (based in Tokmak) was deployed to Orikhiv.', mentions: [unit('14th Brigade'), city('Tokmak'), city('Orikhiv')], statement: '14th Brigade operatesIn Tokmak' },
    no: { text: 'The 14th Brigade (formerly based in Tokmak) was deployed to Orikhiv.', mentions: [unit('14th Brigade'), city('Tokmak'), city('Orikhiv')], statement: '14th Brigade operatesIn Tokmak' },
  },
  'unit-reinforcing-place': {
    yes: { text: 'Russia reinforced the Tokmak front with elements of the 14th Brigade.', mentions: [city('Tokmak'), unit('14th Brigade')], statement: '14th Brigade operatesIn Tokmak' },
    no: { text: 'The 14th Brigade reinforced its positions with drones from Tokmak.', mentions: [unit('14th Brigade'), city('Tokmak')], statement: '14th Brigade operatesIn Tokmak' },
  },
  'unit-fighting-noun-place': {
    yes: { text: 'The 14th Brigade lost half of its tanks during the fighting near Tokmak.', mentions: [unit('14th Brigade'), city('Tokmak')], statement: '14th Brigade operatesIn Tokmak' },
    no: { text: 'The 14th Brigade is expected to take a leading role soon in the fighting near Tokmak.', mentions: [unit('14th Brigade'), city('Tokmak')], statement: '14th Brigade operatesIn Tokmak' },
  },
  'unit-people-act-at-place': {
    yes: { text: 'Soldiers of the 14th Brigade were wounded at a hospital in Tokmak.', mentions: [unit('14th Brigade'), city('Tokmak')], statement: '14th Brigade operatesIn Tokmak' },
    no: { text: 'Relatives of soldiers of the 14th Brigade were wounded at a hospital in Tokmak.', mentions: [unit('14th Brigade'), city('Tokmak')], statement: '14th Brigade operatesIn Tokmak' },
  },
  'unit-fighting-between-place': {
    yes: { text: 'Fighting between Ukrainian troops and elements of the 14th Brigade continues near Tokmak.', mentions: [demonym('Ukrainian', 'UA'), unit('14th Brigade'), city('Tokmak')], statement: '14th Brigade operatesIn Tokmak' },
    no: { text: 'Fighting between Ukrainian forces and the 14th Brigade ended before the capture of Tokmak.', mentions: [demonym('Ukrainian', 'UA'), unit('14th Brigade'), city('Tokmak')], statement: '14th Brigade operatesIn Tokmak' },
  },
  'captured-fronted': {
    yes: { text: 'After capturing Orikhiv, the 14th Brigade advanced toward Tokmak.', mentions: [city('Orikhiv'), unit('14th Brigade'), city('Tokmak')], statement: '14th Brigade captured Orikhiv' },
    no: { text: 'After failing to capture Orikhiv, the 14th Brigade advanced toward Tokmak.', mentions: [city('Orikhiv'), unit('14th Brigade'), city('Tokmak')], statement: '14th Brigade captured Orikhiv' },
  },
  'withdrew-fronted': {
    yes: { text: 'Having withdrawn from Orikhiv, the 14th Brigade regrouped near Tokmak.', mentions: [city('Orikhiv'), unit('14th Brigade'), city('Tokmak')], statement: '14th Brigade withdrewFrom Orikhiv' },
    no: { text: 'Having withdrawn toward Orikhiv, the 14th Brigade regrouped near Tokmak.', mentions: [city('Orikhiv'), unit('14th Brigade'), city('Tokmak')], statement: '14th Brigade withdrewFrom Orikhiv' },
  },
  'withdrew-after': {
    yes: { text: 'The 14th Brigade regrouped after withdrawing from Orikhiv.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade withdrewFrom Orikhiv' },
    no: { text: 'The 14th Brigade regrouped after withdrawing toward Orikhiv.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade withdrewFrom Orikhiv' },
  },
  'fought-unit-losses': {
    yes: { text: 'Ukrainian artillery inflicted heavy losses on a battalion of the 14th Brigade near Orikhiv.', mentions: [demonym('Ukrainian', 'UA'), unit('14th Brigade'), city('Orikhiv')], statement: 'Ukrainian foughtAgainst 14th Brigade' },
    no: { text: 'Ukrainian artillery inflicted heavy damage on a depot of the 14th Brigade near Orikhiv.', mentions: [demonym('Ukrainian', 'UA'), unit('14th Brigade'), city('Orikhiv')], statement: 'Ukrainian foughtAgainst 14th Brigade' },
  },
  'fought-to-press': {
    yes: { text: 'Russian forces fought to push Ukrainian troops away from Orikhiv.', mentions: [demonym('Russian', 'RU'), demonym('Ukrainian', 'UA'), city('Orikhiv')], statement: 'Russian foughtAgainst Ukrainian' },
    no: { text: 'Russian forces tried to push Ukrainian troops away from Orikhiv.', mentions: [demonym('Russian', 'RU'), demonym('Ukrainian', 'UA'), city('Orikhiv')], statement: 'Russian foughtAgainst Ukrainian' },
  },
  'fought-rout-of': {
    yes: { text: 'Georgia’s rout of Russian troops surprised observers.', mentions: [country('Georgia', 'GE'), demonym('Russian', 'RU')], statement: 'Georgia foughtAgainst Russian' },
    no: { text: 'Georgia’s report of Russian troops surprised observers.', mentions: [country('Georgia', 'GE'), demonym('Russian', 'RU')], statement: 'Georgia foughtAgainst Russian' },
  },
  'fought-mutual': {
    yes: { text: 'Footage showed Ukrainian and Russian troops trading machine-gun fire near Orikhiv.', mentions: [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), city('Orikhiv')], statement: 'Ukrainian foughtAgainst Russian' },
    no: { text: 'Footage showed Ukrainian and Russian sources trading accusations about Orikhiv.', mentions: [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), city('Orikhiv')], statement: 'Ukrainian foughtAgainst Russian' },
  },
  'unit-action-at-place': {
    yes: { text: 'The 14th Brigade attacked near Orikhiv.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade operatesIn Orikhiv' },
    no: { text: 'The 14th Brigade did not advance near Orikhiv.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade operatesIn Orikhiv' },
  },
  'unit-post-at-place': {
    yes: {
      text: 'Partisans destroyed a command post of the 14th Brigade in Orikhiv.',
      mentions: [unit('14th Brigade'), city('Orikhiv')],
      statement: '14th Brigade operatesIn Orikhiv',
    },
    no: {
      text: 'Partisans destroyed a command post of the 14th Brigade that had moved in from Orikhiv.',
      mentions: [unit('14th Brigade'), city('Orikhiv')],
      statement: '14th Brigade operatesIn Orikhiv',
    },
  },
  'unit-sent-to-place': {
    yes: { text: 'Moscow redeployed the 14th Brigade to Orikhiv.', mentions: [city('Moscow'), unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade operatesIn Orikhiv' },
    no: { text: 'Moscow praised the 14th Brigade for Orikhiv.', mentions: [city('Moscow'), unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade operatesIn Orikhiv' },
  },
  'unit-among-forces': {
    yes: {
      text: 'Russian forces, including gunners of the 14th Brigade, shelled positions near Orikhiv.',
      mentions: [demonym('Russian', 'RU'), unit('14th Brigade'), city('Orikhiv')],
      statement: '14th Brigade operatesIn Orikhiv',
    },
    no: {
      text: 'Russian forces, including gunners of the 14th Brigade, praised positions near Orikhiv.',
      mentions: [demonym('Russian', 'RU'), unit('14th Brigade'), city('Orikhiv')],
      statement: '14th Brigade operatesIn Orikhiv',
    },
  },
  'forced-out': {
    yes: { text: 'Ukrainian forces forced Russian troops out of Lyman.', mentions: [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), city('Lyman')], statement: 'Russian withdrewFrom Lyman' },
    no: { text: 'Ukrainian forces forced Russian troops to dig in at Lyman.', mentions: [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), city('Lyman')], statement: 'Russian withdrewFrom Lyman' },
  },
  'unit-stationed-at-place': {
    yes: { text: 'Elements of the 14th Brigade remained near Orikhiv.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade operatesIn Orikhiv' },
    no: { text: 'Elements of the 14th Brigade arrived from Orikhiv.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade operatesIn Orikhiv' },
  },
  'unit-in-place': {
    yes: { text: 'Strikes hit the 14th Brigade near Orikhiv.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade operatesIn Orikhiv' },
    no: { text: 'The 14th Brigade blamed Orikhiv.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade operatesIn Orikhiv' },
    also: {
      text: 'Strikes hit the 14th Brigade, the main assault formation near Orikhiv.',
      mentions: [unit('14th Brigade'), city('Orikhiv')],
      statement: '14th Brigade operatesIn Orikhiv',
    },
  },
  'attacked-place': {
    yes: {
      text: 'Russian forces continued to shell Orikhiv and Tokmak.',
      mentions: [demonym('Russian', 'RU'), city('Orikhiv'), city('Tokmak')],
      statement: 'Russian attacked Tokmak',
    },
    no: {
      text: 'Russian forces will likely attempt to assault Orikhiv.',
      mentions: [demonym('Russian', 'RU'), city('Orikhiv')],
      statement: 'Russian attacked Orikhiv',
    },
    also: {
      text: 'Ukrainian forces repelled Russian ground assaults near Orikhiv.',
      mentions: [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), city('Orikhiv')],
      statement: 'Russian attacked Orikhiv',
    },
  },
  'attacked-and': {
    yes: {
      text: 'Russian forces encircled Tokmak and intensified shelling in Orikhiv.',
      mentions: [demonym('Russian', 'RU'), city('Tokmak'), city('Orikhiv')],
      statement: 'Russian attacked Orikhiv',
    },
    no: {
      text: 'Ukrainian forces shelled Russian positions and intensified shelling in Orikhiv.',
      mentions: [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), city('Orikhiv')],
      statement: 'Russian attacked Orikhiv',
    },
  },
  'captured-and': {
    yes: {
      text: 'Ukrainian forces counterattacked near Tokmak and recaptured Orikhiv.',
      mentions: [demonym('Ukrainian', 'UA'), city('Tokmak'), city('Orikhiv')],
      statement: 'Ukrainian captured Orikhiv',
    },
    no: {
      text: 'Ukrainian forces counterattacked near Tokmak and will likely try to recapture Orikhiv.',
      mentions: [demonym('Ukrainian', 'UA'), city('Tokmak'), city('Orikhiv')],
      statement: 'Ukrainian captured Orikhiv',
    },
  },
  'attacked-where': {
    yes: {
      text: 'Fighting continued in Orikhiv, where Russian forces attacked on Monday.',
      mentions: [city('Orikhiv'), demonym('Russian', 'RU')],
      statement: 'Russian attacked Orikhiv',
    },
    no: {
      text: 'Fighting continued in Orikhiv, where Russian forces will attack on Monday.',
      mentions: [city('Orikhiv'), demonym('Russian', 'RU')],
      statement: 'Russian attacked Orikhiv',
    },
  },
  'attacked-by-agent': {
    yes: {
      text: 'Ukrainian forces repelled an assault by elements of the 14th Brigade near Orikhiv.',
      mentions: [demonym('Ukrainian', 'UA'), unit('14th Brigade'), city('Orikhiv')],
      statement: '14th Brigade attacked Orikhiv',
    },
    no: {
      text: 'Ukrainian officials expect an assault by elements of the 14th Brigade near Orikhiv.',
      mentions: [demonym('Ukrainian', 'UA'), unit('14th Brigade'), city('Orikhiv')],
      statement: '14th Brigade attacked Orikhiv',
    },
    also: { text: 'A strike by the 14th Brigade on positions near Orikhiv killed ten soldiers.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade attacked Orikhiv' },
  },
  'repelled-force': {
    yes: {
      text: 'Russian forces repelled Ukrainian forces near Orikhiv.',
      mentions: [demonym('Russian', 'RU'), demonym('Ukrainian', 'UA'), city('Orikhiv')],
      statement: 'Ukrainian attacked Orikhiv',
    },
    no: {
      text: 'Russian forces supported Ukrainian forces near Orikhiv.',
      mentions: [demonym('Russian', 'RU'), demonym('Ukrainian', 'UA'), city('Orikhiv')],
      statement: 'Ukrainian attacked Orikhiv',
    },
  },
  'captured-fell': {
    yes: { text: 'Orikhiv fell to Russian forces on Monday.', mentions: [city('Orikhiv'), demonym('Russian', 'RU')], statement: 'Russian captured Orikhiv' },
    no: { text: 'Orikhiv may fall to Russian forces on Monday.', mentions: [city('Orikhiv'), demonym('Russian', 'RU')], statement: 'Russian captured Orikhiv' },
    also: { text: 'Orikhiv came under full Russian control on Monday.', mentions: [city('Orikhiv'), demonym('Russian', 'RU')], statement: 'Russian captured Orikhiv' },
  },
  'attacked-fire': {
    yes: { text: 'Russian forces launched six missiles on Orikhiv overnight.', mentions: [demonym('Russian', 'RU'), city('Orikhiv')], statement: 'Russian attacked Orikhiv' },
    no: { text: 'Russian forces launched six missiles from Orikhiv overnight.', mentions: [demonym('Russian', 'RU'), city('Orikhiv')], statement: 'Russian attacked Orikhiv' },
  },
  'attacked-unit': {
    yes: { text: 'The 14th Brigade attacked the 155th Brigade at dawn.', mentions: [unit('14th Brigade'), unit('155th Brigade')], statement: '14th Brigade attacked 155th Brigade' },
    no: { text: 'The 14th Brigade supported the 155th Brigade at dawn.', mentions: [unit('14th Brigade'), unit('155th Brigade')], statement: '14th Brigade attacked 155th Brigade' },
  },
  'attacked-unit-asset': {
    yes: { text: 'Ukrainian forces struck the headquarters of the 14th Brigade.', mentions: [demonym('Ukrainian', 'UA'), unit('14th Brigade')], statement: 'Ukrainian attacked 14th Brigade' },
    no: { text: 'Ukrainian forces visited the headquarters of the 14th Brigade.', mentions: [demonym('Ukrainian', 'UA'), unit('14th Brigade')], statement: 'Ukrainian attacked 14th Brigade' },
  },
  'attacked-nominal': {
    yes: { text: 'Officials reacted to a Ukrainian strike on depots in Tokmak.', mentions: [demonym('Ukrainian', 'UA'), city('Tokmak')], statement: 'Ukrainian attacked Tokmak' },
    no: { text: 'Officials warned of the threat of a Ukrainian strike on depots in Tokmak.', mentions: [demonym('Ukrainian', 'UA'), city('Tokmak')], statement: 'Ukrainian attacked Tokmak' },
  },
  'attacked-damage': {
    yes: { text: 'Russian artillery continued to inflict heavy damage on houses in Kupyansk.', mentions: [demonym('Russian', 'RU'), city('Kupyansk')], statement: 'Russian attacked Kupyansk' },
    no: { text: 'Russian engineers continued to assess heavy damage on houses in Kupyansk.', mentions: [demonym('Russian', 'RU'), city('Kupyansk')], statement: 'Russian attacked Kupyansk' },
  },
  'attacked-damage-carried': {
    yes: { text: 'Russian forces launched drones and damaged power lines in Kupyansk.', mentions: [demonym('Russian', 'RU'), city('Kupyansk')], statement: 'Russian attacked Kupyansk' },
    no: { text: 'Russian forces launched drones and repaired damaged power lines in Kupyansk.', mentions: [demonym('Russian', 'RU'), city('Kupyansk')], statement: 'Russian attacked Kupyansk' },
  },
  'attacked-entry': {
    yes: { text: 'Russian forces entered the outskirts of Kupyansk.', mentions: [demonym('Russian', 'RU'), city('Kupyansk')], statement: 'Russian attacked Kupyansk' },
    no: { text: 'Russian forces will soon enter the outskirts of Kupyansk.', mentions: [demonym('Russian', 'RU'), city('Kupyansk')], statement: 'Russian attacked Kupyansk' },
  },
  'captured-compound': {
    yes: { text: 'A new school opened in Russian-occupied Tarnok on Monday.', mentions: [demonym('Russian', 'RU'), city('Tarnok')], statement: 'Russian captured Tarnok' },
    no: { text: 'A new school opened in Russian-controlled Tarnok on Monday.', mentions: [demonym('Russian', 'RU'), city('Tarnok')], statement: 'Russian captured Tarnok' },
  },
  'attacked-past-owner': {
    yes: { text: 'Ukrainian drones hit a depot of the 12th Brigade in Tokmak.', mentions: [demonym('Ukrainian', 'UA'), unit('12th Brigade'), city('Tokmak')], statement: 'Ukrainian attacked Tokmak' },
    no: { text: 'Ukrainian drones hit a depot of the 12th Brigade, which moved to Tokmak.', mentions: [demonym('Ukrainian', 'UA'), unit('12th Brigade'), city('Tokmak')], statement: 'Ukrainian attacked Tokmak' },
  },
  'attacked-effect-cause': {
    yes: { text: 'Photos show damage to a school in Tokmak after a Russian missile strike.', mentions: [demonym('Russian', 'RU'), city('Tokmak')], statement: 'Russian attacked Tokmak' },
    no: { text: 'Photos show new schools in Tokmak after a Russian missile strike.', mentions: [demonym('Russian', 'RU'), city('Tokmak')], statement: 'Russian attacked Tokmak' },
  },
  'attacked-operations-focus': {
    yes: { text: 'Russian offensive operations in Zaporizhia Oblast remain focused on Tokmak.', mentions: [demonym('Russian', 'RU'), region('Zaporizhia Oblast'), city('Tokmak')], statement: 'Russian attacked Tokmak' },
    no: { text: 'Russian offensive operations in Zaporizhia Oblast will likely be focused on Tokmak.', mentions: [demonym('Russian', 'RU'), region('Zaporizhia Oblast'), city('Tokmak')], statement: 'Russian attacked Tokmak' },
  },
  'attacked-fronted-place': {
    yes: { text: 'Near Tokmak, Russian forces continued assaults on Monday.', mentions: [city('Tokmak'), demonym('Russian', 'RU')], statement: 'Russian attacked Tokmak' },
    no: { text: 'Near Tokmak, Russian forces continued assaults on Orikhiv.', mentions: [city('Tokmak'), demonym('Russian', 'RU'), city('Orikhiv')], statement: 'Russian attacked Tokmak' },
  },
  'attacked-came-under': {
    yes: { text: 'Tokmak came under Russian artillery fire on Monday.', mentions: [city('Tokmak'), demonym('Russian', 'RU')], statement: 'Russian attacked Tokmak' },
    no: { text: 'Tokmak came under Russian administrative control on Monday.', mentions: [city('Tokmak'), demonym('Russian', 'RU')], statement: 'Russian attacked Tokmak' },
  },
  'attacked-defenders': {
    yes: { text: 'Russian forces shelled Ukrainian troops defending Tokmak.', mentions: [demonym('Russian', 'RU'), demonym('Ukrainian', 'UA'), city('Tokmak')], statement: 'Russian attacked Tokmak' },
    no: { text: 'Russian forces shelled Ukrainian troops returning from Tokmak.', mentions: [demonym('Russian', 'RU'), demonym('Ukrainian', 'UA'), city('Tokmak')], statement: 'Russian attacked Tokmak' },
  },
  'attacked-past-line': {
    yes: { text: 'Russian forces attacked along the Orikhiv-Polohy line near Tokmak.', mentions: [demonym('Russian', 'RU'), city('Orikhiv'), city('Polohy'), city('Tokmak')], statement: 'Russian attacked Tokmak' },
    no: { text: 'Russian forces attacked along the Orikhiv-Polohy line while others rested near Tokmak.', mentions: [demonym('Russian', 'RU'), city('Orikhiv'), city('Polohy'), city('Tokmak')], statement: 'Russian attacked Tokmak' },
  },
  'attacked-semicolon-list': {
    yes: { text: 'Russian forces shelled Polohy in Zaporizhia Oblast; and Tokmak and Orikhiv.', mentions: [demonym('Russian', 'RU'), city('Polohy'), region('Zaporizhia Oblast'), city('Tokmak'), city('Orikhiv')], statement: 'Russian attacked Tokmak' },
    no: { text: 'Russian forces shelled Polohy in Zaporizhia Oblast, where officials said that Tokmak was quiet.', mentions: [demonym('Russian', 'RU'), city('Polohy'), region('Zaporizhia Oblast'), city('Tokmak')], statement: 'Russian attacked Tokmak' },
  },
  'attacked-passive-weapon': {
    yes: { text: 'Tokmak was hit by a Russian glide bomb on Monday.', mentions: [city('Tokmak'), demonym('Russian', 'RU')], statement: 'Russian attacked Tokmak' },
    no: { text: 'Tokmak was visited by a Russian delegation on Monday.', mentions: [city('Tokmak'), demonym('Russian', 'RU')], statement: 'Russian attacked Tokmak' },
  },
  'attacked-relative': {
    yes: { text: 'Tokmak, which Russian forces shelled on Monday, lies inland.', mentions: [city('Tokmak'), demonym('Russian', 'RU')], statement: 'Russian attacked Tokmak' },
    no: { text: 'Tokmak, which Russian forces hold, lies inland.', mentions: [city('Tokmak'), demonym('Russian', 'RU')], statement: 'Russian attacked Tokmak' },
  },
  'attacked-bracketed-actor': {
    yes: { text: 'Russian forces (likely elements of the 12th Brigade) attacked Tokmak.', mentions: [demonym('Russian', 'RU'), unit('12th Brigade'), city('Tokmak')], statement: '12th Brigade attacked Tokmak' },
    no: { text: 'Russian forces (not the 12th Brigade, which rested) attacked Tokmak.', mentions: [demonym('Russian', 'RU'), unit('12th Brigade'), city('Tokmak')], statement: '12th Brigade attacked Tokmak' },
  },
  'captured-place': {
    yes: { text: 'Ukrainian forces liberated the village of Orikhiv on Monday.', mentions: [demonym('Ukrainian', 'UA'), city('Orikhiv')], statement: 'Ukrainian captured Orikhiv' },
    no: { text: 'Ukrainian forces attempted to liberate the village of Orikhiv on Monday.', mentions: [demonym('Ukrainian', 'UA'), city('Orikhiv')], statement: 'Ukrainian captured Orikhiv' },
    also: { text: 'The 14th Brigade took full control of Orikhiv.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade captured Orikhiv' },
  },
  'withdrew-from': {
    yes: { text: 'The 14th Brigade withdrew from Orikhiv.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade withdrewFrom Orikhiv' },
    no: { text: 'The 14th Brigade did not withdraw from Orikhiv.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade withdrewFrom Orikhiv' },
  },
  'fought-against': {
    yes: { text: 'The 14th Brigade clashed with Russian troops.', mentions: [unit('14th Brigade'), demonym('Russian', 'RU')], statement: '14th Brigade foughtAgainst Russian' },
    no: { text: 'The 14th Brigade trained with Russian troops.', mentions: [unit('14th Brigade'), demonym('Russian', 'RU')], statement: '14th Brigade foughtAgainst Russian' },
  },
  'fought-between': {
    yes: {
      text: 'Heavy fighting between the 14th Brigade and the 155th Brigade continued.',
      mentions: [unit('14th Brigade'), unit('155th Brigade')],
      statement: '14th Brigade foughtAgainst 155th Brigade',
    },
    no: {
      text: 'A truce between the 14th Brigade and the 155th Brigade continued.',
      mentions: [unit('14th Brigade'), unit('155th Brigade')],
      statement: '14th Brigade foughtAgainst 155th Brigade',
    },
  },
  'attacked-fighting': {
    yes: {
      text: 'Russian troops continued street fights in Dovhe.',
      mentions: [demonym('Russian', 'RU'), city('Dovhe')],
      statement: 'Russian attacked Dovhe',
    },
    no: {
      text: 'Ukrainian and Russian troops continued street fights in Dovhe.',
      mentions: [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), city('Dovhe')],
      statement: 'Russian attacked Dovhe',
    },
  },
  'fought-losses': {
    yes: {
      text: 'Ukrainian gunners destroyed the Russian 155th Brigade near the river.',
      mentions: [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), unit('155th Brigade')],
      statement: 'Ukrainian foughtAgainst 155th Brigade',
    },
    no: {
      text: 'Ukrainian gunners destroyed a 155th Brigade checkpoint near the river.',
      mentions: [demonym('Ukrainian', 'UA'), unit('155th Brigade')],
      statement: 'Ukrainian foughtAgainst 155th Brigade',
    },
  },
  'attacked-passive': {
    yes: { text: 'Orikhiv and Tokmak were shelled by Russian forces.', mentions: [city('Orikhiv'), city('Tokmak'), demonym('Russian', 'RU')], statement: 'Russian attacked Orikhiv' },
    no: { text: 'Orikhiv was visited by Russian officials.', mentions: [city('Orikhiv'), demonym('Russian', 'RU')], statement: 'Russian attacked Orikhiv' },
  },
  'captured-relative': {
    yes: { text: 'Shelling hit Orikhiv, which the 14th Brigade recaptured in May.', mentions: [city('Orikhiv'), unit('14th Brigade')], statement: '14th Brigade captured Orikhiv' },
    no: { text: 'Shelling hit Orikhiv, which the 14th Brigade will try to recapture.', mentions: [city('Orikhiv'), unit('14th Brigade')], statement: '14th Brigade captured Orikhiv' },
  },
  'captured-cleared': {
    yes: { text: 'The 14th Brigade cleared Orikhiv of Russian troops.', mentions: [unit('14th Brigade'), city('Orikhiv'), demonym('Russian', 'RU')], statement: '14th Brigade captured Orikhiv' },
    no: { text: 'The 14th Brigade cleared Orikhiv of mines.', mentions: [unit('14th Brigade'), city('Orikhiv')], statement: '14th Brigade captured Orikhiv' },
  },
  'captured-counted': {
    yes: { text: 'The 14th Brigade liberated 12 more villages in Zaporizhia Oblast.', mentions: [unit('14th Brigade'), region('Zaporizhia Oblast')], statement: '14th Brigade captured Zaporizhia Oblast' },
    no: { text: 'The 14th Brigade shelled 12 recently liberated villages in Zaporizhia Oblast.', mentions: [unit('14th Brigade'), region('Zaporizhia Oblast')], statement: '14th Brigade captured Zaporizhia Oblast' },
  },
  'captured-passive': {
    yes: { text: 'Orikhiv was retaken by the 14th Brigade.', mentions: [city('Orikhiv'), unit('14th Brigade')], statement: '14th Brigade captured Orikhiv' },
    no: { text: 'Orikhiv was not retaken by the 14th Brigade.', mentions: [city('Orikhiv'), unit('14th Brigade')], statement: '14th Brigade captured Orikhiv' },
  },
  'armed-org-in-place': {
    yes: {
      text: 'Convicts now fight with Wagner in Orikhiv and Tokmak.',
      mentions: [{ text: 'Wagner', type: 'Organization', ref: 'org:wagner', refSource: 'units' }, city('Orikhiv'), city('Tokmak')],
      statement: 'Wagner operatesIn Tokmak',
    },
    no: {
      text: 'Convicts now write to the Chamber in Orikhiv.',
      mentions: [org('Chamber'), city('Orikhiv')],
      statement: 'Chamber operatesIn Orikhiv',
    },
  },
  'attacked-losses-in-attack': {
    yes: {
      text: 'Wagner fighters killed three Ukrainian soldiers in an ambush near Tokmak.',
      mentions: [{ text: 'Wagner', type: 'Organization', ref: 'org:wagner', refSource: 'units' }, demonym('Ukrainian', 'UA'), city('Tokmak')],
      statement: 'Wagner attacked Tokmak',
    },
    no: {
      text: 'Three Wagner fighters were killed in an ambush near Tokmak.',
      mentions: [{ text: 'Wagner', type: 'Organization', ref: 'org:wagner', refSource: 'units' }, city('Tokmak')],
      statement: 'Wagner attacked Tokmak',
    },
  },
  'group-keeps-presence': {
    yes: {
      text: 'The Red Cross maintains a permanent presence in Orikhiv.',
      mentions: [org('Red Cross'), city('Orikhiv')],
      statement: 'Red Cross operatesIn Orikhiv',
    },
    no: {
      text: 'The Red Cross maintains no presence in Orikhiv.',
      mentions: [org('Red Cross'), city('Orikhiv')],
      statement: 'Red Cross operatesIn Orikhiv',
    },
  },
  'org-people-in-place': {
    yes: {
      text: 'Observers saw Red Cross monitoring staff in Orikhiv.',
      mentions: [org('Red Cross'), city('Orikhiv')],
      statement: 'Red Cross operatesIn Orikhiv',
    },
    no: {
      text: 'Observers saw Red Cross monitoring staff from Orikhiv.',
      mentions: [org('Red Cross'), city('Orikhiv')],
      statement: 'Red Cross operatesIn Orikhiv',
    },
  },
  'org-acts-in-place': {
    yes: {
      text: 'The security service detained three teachers in occupied Orikhiv.',
      mentions: [org('security service'), city('Orikhiv')],
      statement: 'security service operatesIn Orikhiv',
    },
    no: {
      text: 'The security service said that soldiers detained three teachers in occupied Orikhiv.',
      mentions: [org('security service'), city('Orikhiv')],
      statement: 'security service operatesIn Orikhiv',
    },
  },
  'fought-and': {
    yes: {
      text: 'The 14th Brigade entered Orikhiv and kept fighting with the 155th Brigade.',
      mentions: [unit('14th Brigade'), city('Orikhiv'), unit('155th Brigade')],
      statement: '14th Brigade foughtAgainst 155th Brigade',
    },
    no: {
      text: 'The 14th Brigade entered Orikhiv and kept training with the 155th Brigade.',
      mentions: [unit('14th Brigade'), city('Orikhiv'), unit('155th Brigade')],
      statement: '14th Brigade foughtAgainst 155th Brigade',
    },
  },
  'repelled-attack-of': {
    yes: {
      text: 'The 14th Brigade repelled an attack by the 155th Brigade.',
      mentions: [unit('14th Brigade'), unit('155th Brigade')],
      statement: '14th Brigade foughtAgainst 155th Brigade',
    },
    no: {
      text: 'The 14th Brigade reported an attack by the 155th Brigade.',
      mentions: [unit('14th Brigade'), unit('155th Brigade')],
      statement: '14th Brigade foughtAgainst 155th Brigade',
    },
  },
  'org-force-in-place': {
    yes: { text: 'Northern League peacekeepers in Ostland keep the truce.', mentions: [org('Northern League'), country('Ostland', 'OS')], statement: 'Northern League operatesIn Ostland' },
    no: { text: 'Northern League peacekeepers left for Ostland.', mentions: [org('Northern League'), country('Ostland', 'OS')], statement: 'Northern League operatesIn Ostland' },
  },
  'org-facility-in-place': {
    yes: { text: 'Tests were run at the Northern League research laboratory in Ostland.', mentions: [org('Northern League'), country('Ostland', 'OS')], statement: 'Northern League operatesIn Ostland' },
    no: { text: 'Volunteers may have passed through Northern League camps in Ostland or Valdor.', mentions: [org('Northern League'), country('Ostland', 'OS'), country('Valdor', 'VD')], statement: 'Northern League operatesIn Ostland' },
  },
  'org-duties-in-place': {
    yes: { text: 'The Northern League officially assumed security responsibilities in Ostland.', mentions: [org('Northern League'), country('Ostland', 'OS')], statement: 'Northern League operatesIn Ostland' },
    no: { text: 'The Northern League plans to assume security responsibilities in Ostland.', mentions: [org('Northern League'), country('Ostland', 'OS')], statement: 'Northern League operatesIn Ostland' },
  },
  'org-own-people-in-place': {
    yes: { text: 'Anna Lenz urged the Northern League to extend its mission in Ostland.', mentions: [person('Anna Lenz'), org('Northern League'), country('Ostland', 'OS')], statement: 'Northern League operatesIn Ostland' },
    no: { text: 'The Northern League will send its troops in Ostland home.', mentions: [org('Northern League'), country('Ostland', 'OS')], statement: 'Northern League operatesIn Ostland' },
  },
  'visited-arrival-wide': {
    yes: { text: 'Anna Lenz arrived late Tuesday in the remote eastern city of Orikhiv.', mentions: [person('Anna Lenz'), city('Orikhiv')], statement: 'Anna Lenz visited Orikhiv' },
    no: { text: 'Anna Lenz will arrive late Tuesday in the remote eastern city of Orikhiv.', mentions: [person('Anna Lenz'), city('Orikhiv')], statement: 'Anna Lenz visited Orikhiv' },
  },
  'visited-own-visit': {
    yes: { text: 'Anna Lenz has completed her three-day visit to Orikhiv.', mentions: [person('Anna Lenz'), city('Orikhiv')], statement: 'Anna Lenz visited Orikhiv' },
    no: { text: 'Anna Lenz has postponed her visit to Orikhiv.', mentions: [person('Anna Lenz'), city('Orikhiv')], statement: 'Anna Lenz visited Orikhiv' },
  },
  'met-after-talks': {
    yes: { text: 'Anna Lenz spoke to reporters after talks with Pavel Orlov.', mentions: [person('Anna Lenz'), person('Pavel Orlov')], statement: 'Anna Lenz metWith Pavel Orlov' },
    no: { text: 'Anna Lenz will speak to reporters after talks with Pavel Orlov.', mentions: [person('Anna Lenz'), person('Pavel Orlov')], statement: 'Anna Lenz metWith Pavel Orlov' },
  },
  'met-body-office': {
    yes: {
      text: 'Anna Lenz met with provincial Green Party leader Pavel Orlov.',
      mentions: [person('Anna Lenz'), org('Green Party'), person('Pavel Orlov', 'leader')],
      statement: 'Anna Lenz metWith Pavel Orlov',
    },
    no: {
      text: 'Anna Lenz refused to meet provincial Green Party leader Pavel Orlov.',
      mentions: [person('Anna Lenz'), org('Green Party'), person('Pavel Orlov', 'leader')],
      statement: 'Anna Lenz metWith Pavel Orlov',
    },
  },
  'met-in-place-with': {
    yes: {
      text: 'Anna Lenz met in Valdor City on Monday with Pavel Orlov.',
      mentions: [person('Anna Lenz'), city('Valdor City'), person('Pavel Orlov')],
      statement: 'Anna Lenz metWith Pavel Orlov',
    },
    no: {
      text: 'Anna Lenz is expected to meet in Valdor City on Monday with Pavel Orlov.',
      mentions: [person('Anna Lenz'), city('Valdor City'), person('Pavel Orlov')],
      statement: 'Anna Lenz metWith Pavel Orlov',
    },
  },
  'met-in-meeting': {
    yes: { text: 'Anna Lenz voiced support during a meeting with Pavel Orlov.', mentions: [person('Anna Lenz'), person('Pavel Orlov')], statement: 'Anna Lenz metWith Pavel Orlov' },
    no: { text: 'Anna Lenz voiced support ahead of a meeting with Pavel Orlov.', mentions: [person('Anna Lenz'), person('Pavel Orlov')], statement: 'Anna Lenz metWith Pavel Orlov' },
  },
  'title-of-owned-body': {
    yes: {
      text: 'The head of Ostland’s ruling Green Party, Anna Lenz, arrived.',
      mentions: [country('Ostland', 'OS'), org('Green Party'), person('Anna Lenz')],
      statement: 'Anna Lenz leaderOf Green Party',
    },
    no: {
      text: 'The head of Ostland’s ruling party praised the Green Party, Anna Lenz said.',
      mentions: [country('Ostland', 'OS'), org('Green Party'), person('Anna Lenz')],
      statement: 'Anna Lenz leaderOf Green Party',
    },
  },
  'fought-sides-news': {
    yes: {
      text: 'Russian troops clashed with Ukrainian police near Orikhiv.',
      mentions: [demonym('Russian', 'RU'), demonym('Ukrainian', 'UA'), city('Orikhiv')],
      statement: 'Russian foughtAgainst Ukrainian',
    },
    no: {
      text: 'Russian officials clashed with Ukrainian diplomats near Orikhiv.',
      mentions: [demonym('Russian', 'RU'), demonym('Ukrainian', 'UA'), city('Orikhiv')],
      statement: 'Russian foughtAgainst Ukrainian',
    },
  },
  // Branch newsrel (issue 13): wire news' shapes of presence, trips, places named by kind and party possessives.
  'org-force-event-place': {
    yes: { text: 'Two Northern League soldiers died in an explosion in southern Ostland.', mentions: [org('Northern League'), country('Ostland', 'OS')], statement: 'Northern League operatesIn Ostland' },
    no: { text: 'Northern League troops were sent last week to Ostland.', mentions: [org('Northern League'), country('Ostland', 'OS')], statement: 'Northern League operatesIn Ostland' },
  },
  'group-fighters-in-place': {
    yes: { text: 'Red Front militants in Ostland fired rockets.', mentions: [org('Red Front'), country('Ostland', 'OS')], statement: 'Red Front operatesIn Ostland' },
    no: { text: 'Red Front supporters in Ostland held a rally.', mentions: [org('Red Front'), country('Ostland', 'OS')], statement: 'Red Front operatesIn Ostland' },
  },
  'group-stronghold': {
    yes: { text: 'Troops entered the Red Front stronghold of Lindar.', mentions: [org('Red Front'), city('Lindar')], statement: 'Red Front operatesIn Lindar' },
    no: { text: 'Troops entered the Red Front stronghold near Lindar.', mentions: [org('Red Front'), city('Lindar')], statement: 'Red Front operatesIn Lindar' },
  },
  'visited-during-visit': {
    yes: { text: 'Anna Lenz returned from a four-day visit to Lindar last week.', mentions: [person('Anna Lenz'), city('Lindar')], statement: 'Anna Lenz visited Lindar' },
    no: { text: 'Anna Lenz will meet business leaders during a visit to Lindar.', mentions: [person('Anna Lenz'), city('Lindar')], statement: 'Anna Lenz visited Lindar' },
  },
  'visited-is-in-place': {
    yes: { text: 'Anna Lenz is in Lindar for talks with local officials.', mentions: [person('Anna Lenz'), city('Lindar')], statement: 'Anna Lenz visited Lindar' },
    no: { text: 'Anna Lenz was in Lindar when the storm hit.', mentions: [person('Anna Lenz'), city('Lindar')], statement: 'Anna Lenz visited Lindar' },
  },
  'place-kind-of-area': {
    yes: { text: 'Workers in Ostland’s largest city, Lindar, stayed home.', mentions: [country('Ostland', 'OS'), city('Lindar', 'OS')], statement: 'Lindar locatedIn Ostland' },
    no: { text: 'Troops drove from Ostland toward the city of Lindar.', mentions: [country('Ostland', 'OS'), city('Lindar', 'OS')], statement: 'Lindar locatedIn Ostland' },
  },
  'visited-visiting-title': {
    yes: { text: 'A meeting with visiting envoy Anna Lenz in Lindar ended.', mentions: [person('Anna Lenz'), city('Lindar')], statement: 'Anna Lenz visited Lindar' },
    no: { text: 'The mayor thanked visiting envoy Anna Lenz, who said that talks in Lindar failed.', mentions: [person('Anna Lenz'), city('Lindar')], statement: 'Anna Lenz visited Lindar' },
  },
  'person-of-org-possessive': {
    yes: { text: 'Radio Ostland’s Anna Lenz has this report.', mentions: [org('Radio Ostland'), person('Anna Lenz')], statement: 'Anna Lenz memberOf Radio Ostland' },
    no: { text: 'Anna Lenz’s Radio Ostland report aired.', mentions: [person('Anna Lenz'), org('Radio Ostland')], statement: 'Anna Lenz memberOf Radio Ostland' },
  },
  'party-of-person': {
    yes: { text: 'Anna Lenz’s ruling Unity party lost its majority.', mentions: [person('Anna Lenz'), org('Unity')], statement: 'Anna Lenz memberOf Unity' },
    no: { text: 'Anna Lenz’s Unity company lost money.', mentions: [person('Anna Lenz'), org('Unity')], statement: 'Anna Lenz memberOf Unity' },
  },
  // Branch wirerel7 (issue 13): general conflict news — fights named by nouns, allies, places taken from a party.
  'fought-alongside': {
    yes: { text: 'Red Front fighters fought alongside Ostlandic troops against the Black Banner near Lindar.', mentions: [org('Red Front'), demonym('Ostlandic', 'OS'), org('Black Banner'), city('Lindar')], statement: 'Red Front foughtAgainst Black Banner' },
    no: { text: 'Red Front fighters fought alongside Ostlandic troops near Lindar.', mentions: [org('Red Front'), demonym('Ostlandic', 'OS'), city('Lindar')], statement: 'Red Front foughtAgainst Ostlandic' },
  },
  'fought-war-noun': {
    yes: { text: 'The Red Front’s long war with Ostland ended in 2006.', mentions: [org('Red Front'), country('Ostland', 'OS')], statement: 'Red Front foughtAgainst Ostland' },
    no: { text: 'The Red Front’s long campaign against Ostlandic energy infrastructure ended in 2006.', mentions: [org('Red Front'), demonym('Ostlandic', 'OS')], statement: 'Red Front foughtAgainst Ostlandic' },
  },
  'fought-taken-from': {
    yes: { text: 'Ostlandic troops recaptured the town of Lindar from the Black Banner on Sunday.', mentions: [demonym('Ostlandic', 'OS'), city('Lindar'), org('Black Banner')], statement: 'Ostlandic foughtAgainst Black Banner' },
    no: { text: 'The Red Front took command of the Lindar mission from the Black Banner.', mentions: [org('Red Front'), city('Lindar'), org('Black Banner')], statement: 'Red Front foughtAgainst Black Banner' },
  },
  'fought-offensive-against': {
    yes: { text: 'The Ostlandic army launched a major offensive against the Black Banner.', mentions: [demonym('Ostlandic', 'OS'), org('Black Banner')], statement: 'Ostlandic foughtAgainst Black Banner' },
    no: { text: 'The Ostlandic army will launch a major offensive against the Black Banner.', mentions: [demonym('Ostlandic', 'OS'), org('Black Banner')], statement: 'Ostlandic foughtAgainst Black Banner' },
  },
  'group-attack-place': {
    yes: { text: 'The Black Banner claimed responsibility for the bombing in Lindar.', mentions: [org('Black Banner'), city('Lindar')], statement: 'Black Banner operatesIn Lindar' },
    no: { text: 'The Black Banner was blamed for the bombing in Lindar.', mentions: [org('Black Banner'), city('Lindar')], statement: 'Black Banner operatesIn Lindar' },
  },
  'met-together': {
    yes: { text: 'Anna Lenz of the Unity Party, rebel chief Piet Korr and Prime Minister Jan Voss are meeting in Lindar.', mentions: [person('Anna Lenz'), person('Piet Korr'), person('Jan Voss'), city('Lindar')], statement: 'Anna Lenz metWith Piet Korr' },
    no: { text: 'Anna Lenz said Piet Korr and Jan Voss are meeting in Lindar.', mentions: [person('Anna Lenz'), person('Piet Korr'), person('Jan Voss'), city('Lindar')], statement: 'Anna Lenz metWith Piet Korr' },
  },
  'visited-meeting-together': {
    yes: { text: 'Anna Lenz of the Unity Party, rebel chief Piet Korr and Prime Minister Jan Voss are meeting in Lindar.', mentions: [person('Anna Lenz'), person('Piet Korr'), person('Jan Voss'), city('Lindar')], statement: 'Piet Korr visited Lindar' },
    no: { text: 'Anna Lenz of the Unity Party, rebel chief Piet Korr and Prime Minister Jan Voss will be meeting in Lindar.', mentions: [person('Anna Lenz'), person('Piet Korr'), person('Jan Voss'), city('Lindar')], statement: 'Piet Korr visited Lindar' },
  },
};

describe('every built-in rule', () => {
  it('has a positive and a negative case here', () => {
    expect(Object.keys(cases).sort()).toEqual(builtinRules.map((r) => r.name).sort());
  });

  for (const [rule, { yes, no, also }] of Object.entries(cases)) {
    it(`${rule}: reads its sentence and not the near miss`, async () => {
      for (const c of also ? [yes, also] : [yes]) {
        const positive = await relate(c.text, c.mentions);
        const produced = positive.doc.relations.filter((r, i) => positive.lines[i] === c.statement).map((r) => r.rule);
        expect(produced).toContain(rule);
      }
      const negative = await relate(no.text, no.mentions);
      expect(negative.lines).not.toContain(no.statement);
    });
  }
});
