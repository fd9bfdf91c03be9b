import type { Doc, RelationMention } from '../../src/model/document.js';
import { packageRoot } from '../../src/model/package-root.js';
import { relationsStage } from '../../src/relations/stage.js';
import type { Stage } from '../../src/stage/stage.js';
import { prepare } from '../helpers/prepare.js';
import { addDate, addMentions, type MentionSpec } from './annotate.js';

let stage: Stage | undefined;

/** Runs the built-in relations stage on a prepared document. */
export async function runRelations(doc: Doc): Promise<Doc> {
  const env = { baseDir: packageRoot(), packageRoot: packageRoot() };
  stage ??= await relationsStage({ rules: 'builtin' }, env);
  stage.run(doc);
  return doc;
}

/** A statement as a readable line: "subject predicate object". */
export const line = (doc: Doc, r: RelationMention): string =>
  `${doc.mentions[r.subject]!.text} ${r.predicate} ${doc.mentions[r.object]!.text}`;

/** Prepares `text`, adds the mentions (and dates as [text, value]), runs the stage; returns doc and lines. */
export async function relate(
  text: string,
  mentions: readonly MentionSpec[],
  dates: ReadonlyArray<[string, string]> = [],
): Promise<{ doc: Doc; lines: string[] }> {
  const doc = addMentions(await prepare(text), mentions);
  for (const [t, v] of dates) addDate(doc, t, v);
  await runRelations(doc);
  return { doc, lines: doc.relations.map((r) => line(doc, r)) };
}

export const person = (text: string, role?: string, nth = 0): MentionSpec => (role ? { text, type: 'Person', role, nth } : { text, type: 'Person', nth });
export const city = (text: string, country?: string, nth = 0): MentionSpec =>
  country ? { text, type: 'Place', placeKind: 'City', ref: `test:${text}`, country, nth } : { text, type: 'Place', placeKind: 'City', nth };
export const region = (text: string, nth = 0): MentionSpec => ({ text, type: 'Place', placeKind: 'AdministrativeArea', nth });
export const unit = (text: string, nth = 0): MentionSpec => ({ text, type: 'MilitaryUnit', nth });
export const org = (text: string, nth = 0): MentionSpec => ({ text, type: 'Organization', nth });
/** A place of no known kind, as the recognizers give sites and villages missing from the gazetteer. */
export const site = (text: string): MentionSpec => ({ text, type: 'Place', placeKind: 'Place' });
/** An armed organization as the gazetteer of armed formations gives it (guidelines: typed ORG). */
export const armed = (text: string): MentionSpec => ({ text, type: 'Organization', ref: `test:${text}`, refSource: 'units' });
/** An armed group as the curated organizations list gives it: a civil list's record marked `armed`. */
export const armedGroup = (text: string): MentionSpec => ({ text, type: 'Organization', ref: `test:${text}`, refSource: 'organizations', refArmed: true });
/** A civil organization of the same list, for contrast. */
export const listedOrg = (text: string): MentionSpec => ({ text, type: 'Organization', ref: `test:${text}`, refSource: 'organizations' });
/** A self-proclaimed republic or another region named as a unit's owner. */
export const republic = (text: string, nth = 0): MentionSpec => ({ text, type: 'Place', placeKind: 'Region', nth });
