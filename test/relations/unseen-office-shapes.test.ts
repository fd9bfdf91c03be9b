import { describe, expect, it } from 'vitest';
import { city, org, person, relate, republic, unit } from './run.js';

// Shapes found on reporting no gold covers (issue 13): brackets that go on after "of the", an office's holder named
// after the office and its body in a meeting noun, a career's office with the body before it, and visits or
// meetings still to come.
describe('order-of-battle brackets that go on after "of the"', () => {
  it('reads "A (of the B, C)" as A in B and B in C', async () => {
    const { lines } = await relate('Crews of the 12th Tank Regiment (of the 40th Tank Division, 2nd Tank Army) crossed the river.', [
      unit('12th Tank Regiment'),
      unit('40th Tank Division'),
      unit('2nd Tank Army'),
    ]);
    expect(lines).toContain('12th Tank Regiment partOf 40th Tank Division');
    expect(lines).toContain('40th Tank Division partOf 2nd Tank Army');
    expect(lines).not.toContain('12th Tank Regiment partOf 2nd Tank Army');
  });

  it('reads "A (of the B of the C Command)" and "A (part of the B, C)"', async () => {
    const chain = await relate('The 31st Rifle Brigade (of the 9th Corps of the Coastal Fleet Joint Command) lost half its vehicles.', [
      unit('31st Rifle Brigade'),
      unit('9th Corps'),
      unit('Coastal Fleet'),
      org('Joint Command'),
    ]);
    expect(chain.lines).toContain('31st Rifle Brigade partOf 9th Corps');
    const part = await relate('The 8th Brigade (part of the 4th Army, Northern District) held the line.', [
      unit('8th Brigade'),
      unit('4th Army'),
      unit('Northern District'),
    ]);
    expect(part.lines).toContain('4th Army partOf Northern District');
    expect(part.lines).toContain('8th Brigade partOf 4th Army');
  });

  it('does not chain two units the bracket does not nest', async () => {
    const { lines } = await relate('The 8th Brigade (near Tarno) and the 4th Army attacked.', [unit('8th Brigade'), city('Tarno'), unit('4th Army')]);
    expect(lines.filter((l) => l.includes('partOf'))).toEqual([]);
  });
});

describe('offices named before their holder in a meeting, and a career office with its body first', () => {
  it('reads "X’s meeting with the commander of Y General Z"', async () => {
    const { lines } = await relate('Ivo Marek’s meeting with the commander of the Southern Group Colonel General Pavel Dorn lasted an hour.', [
      person('Ivo Marek'),
      unit('Southern Group'),
      person('Pavel Dorn', 'Colonel General'),
    ]);
    expect(lines).toContain('Ivo Marek metWith Pavel Dorn');
    expect(lines).not.toContain('Ivo Marek metWith Southern Group');
  });

  it('reads "X, who previously served as a Y minister"', async () => {
    const { lines } = await relate('Police detained Lena Tulva, who previously served as a Marsh Republic (MR) finance minister, on Monday.', [
      person('Lena Tulva'),
      republic('Marsh Republic'),
      republic('MR'),
    ]);
    expect(lines).toContain('Lena Tulva memberOf Marsh Republic');
    const none = await relate('Police detained Lena Tulva, who criticized a Marsh Republic minister, on Monday.', [person('Lena Tulva'), republic('Marsh Republic')]);
    expect(none.lines).toEqual([]);
  });
});

describe('visits and meetings still to come are no visit', () => {
  it('does not read a scheduled visit', async () => {
    const { lines } = await relate('The head of the Grain Council, Ivo Marek, is scheduled to visit Tarno next week.', [org('Grain Council'), person('Ivo Marek'), city('Tarno')]);
    expect(lines.filter((l) => l.includes('visited'))).toEqual([]);
    const done = await relate('Ivo Marek, the head of the Grain Council, visited Tarno on Monday.', [person('Ivo Marek'), org('Grain Council'), city('Tarno')]);
    expect(done.lines).toContain('Ivo Marek visited Tarno');
  });

  it('does not read an upcoming meeting, or the topic of one, as where it was', async () => {
    const upcoming = await relate('Marek’s upcoming meeting with President Pavel Dorn in Tarno will draw protests.', [person('Marek'), person('Pavel Dorn', 'President'), city('Tarno')]);
    expect(upcoming.lines.filter((l) => l.includes('visited'))).toEqual([]);
    const topic = await relate('Marek asked about a meeting with Pavel Dorn to discuss the fighting in Tarno.', [person('Marek'), person('Pavel Dorn'), city('Tarno')]);
    expect(topic.lines.filter((l) => l.includes('visited'))).toEqual([]);
    const held = await relate('Marek held a meeting with Pavel Dorn in Tarno on Monday.', [person('Marek'), person('Pavel Dorn'), city('Tarno')]);
    expect(held.lines).toContain('Marek visited Tarno');
  });
});

describe('offices with an aside or an owner between the office and its holder', () => {
  it('reads "a member of X’s Y Council, Z" as membership of the council', async () => {
    const { lines } = await relate('A member of Marek’s Grain Council, Lena Tulva, said the harvest failed.', [person('Marek'), org('Grain Council'), person('Lena Tulva')]);
    expect(lines).toContain('Lena Tulva memberOf Grain Council');
    expect(lines).not.toContain('Lena Tulva memberOf Marek');
  });

  it('reads "Y Assembly member (and member of Z’s group) X"', async () => {
    const { lines } = await relate('Tarno Assembly member (and member of Marek’s reform group) Lena Tulva said the vote failed.', [
      org('Tarno Assembly'),
      person('Marek'),
      person('Lena Tulva'),
    ]);
    expect(lines).toContain('Lena Tulva memberOf Tarno Assembly');
  });

  it('reads "X, a former Y officer" but not a bare former colleague', async () => {
    const former = await relate('Ivo Marek, a former Grain Police officer, criticized the ministry.', [person('Ivo Marek'), org('Grain Police')]);
    expect(former.lines).toContain('Ivo Marek memberOf Grain Police');
    const none = await relate('Ivo Marek, a former critic of the Grain Police, spoke.', [person('Ivo Marek'), org('Grain Police')]);
    expect(none.lines).toEqual([]);
  });
});

describe('an office named after the holder’s possessive', () => {
  it('reads "X’s previous experience as commander of Y" and "X’s continued role as head of Y"', async () => {
    const experience = await relate('Ivo Marek’s previous experience as commander of the 9th Corps explains little.', [person('Ivo Marek'), unit('9th Corps')]);
    expect(experience.lines).toContain('Ivo Marek leaderOf 9th Corps');
    const role = await relate('The council affirmed Marek’s continued role as head of the Grain Council.', [person('Marek'), org('Grain Council')]);
    expect(role.lines).toContain('Marek leaderOf Grain Council');
  });

  it('does not read a possessive with another noun', async () => {
    const { lines } = await relate('Ivo Marek’s criticism of the commander of the 9th Corps grew.', [person('Ivo Marek'), unit('9th Corps')]);
    expect(lines).toEqual([]);
  });
});
