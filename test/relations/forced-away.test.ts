import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const withdrawals = (lines: string[]) => lines.filter((l) => l.includes(' withdrewFrom '));
const parties = () => [demonym('Ukrainian', 'UA'), demonym('Belarusian', 'BY'), city('Dolynka')];

describe('forces pushed away from a place left it (forced-out)', () => {
  it('reads "pushed X forces some kilometers away from Y" and "drove X troops away from Y"', async () => {
    const distance = await relate('Ukrainian troops pushed Belarusian forces around 20 kilometers away from Dolynka.', parties());
    expect(withdrawals(distance.lines)).toEqual(['Belarusian withdrewFrom Dolynka']);
    const drove = await relate('The Ukrainian counteroffensive drove Belarusian troops away from Dolynka.', parties());
    expect(withdrawals(drove.lines)).toEqual(['Belarusian withdrewFrom Dolynka']);
    const back = await relate('Ukrainian troops pushed Belarusian forces 10 km back from Dolynka.', parties());
    expect(withdrawals(back.lines)).toEqual(['Belarusian withdrewFrom Dolynka']);
  });

  it('reads no withdrawal for a purpose, a heading, forces drawn off or a second verb\'s forces', async () => {
    const purpose = await relate('Ukrainian troops attacked to push Belarusian forces away from Dolynka.', parties());
    expect(withdrawals(purpose.lines)).toEqual([]);
    const heading = await relate('Ukrainian troops pushed Belarusian forces south away from Dolynka.', parties());
    expect(withdrawals(heading.lines)).toEqual([]);
    const drawn = await relate('The Ukrainian offensive drew Belarusian forces away from Dolynka.', parties());
    expect(withdrawals(drawn.lines)).toEqual([]);
    const transfer = await relate('Ukrainian partisans forced Belarusian commanders to transfer forces away from Dolynka.', parties());
    expect(withdrawals(transfer.lines)).toEqual([]);
  });
});
