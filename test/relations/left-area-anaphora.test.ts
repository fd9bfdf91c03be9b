import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, unit } from './run.js';

const withdrawals = (lines: string[]) => lines.filter((l) => l.includes(' withdrewFrom '));

describe('"the area" a force leaves is the place named last', () => {
  it('reads "rotated out of the area" and "withdrew from the vicinity" as leaving the place named before', async () => {
    const rotated = await relate('Tanks arrived in Dolynka last month, and the 9th Rifle Brigade rotated out of the area.', [city('Dolynka'), unit('9th Rifle Brigade')]);
    expect(withdrawals(rotated.lines)).toEqual(['9th Rifle Brigade withdrewFrom Dolynka']);
    const vicinity = await relate('Footage showed fires in Dolynka. Belarusian forces likely withdrew from the vicinity.', [city('Dolynka'), demonym('Belarusian', 'BY')]);
    expect(withdrawals(vicinity.lines)).toEqual(['Belarusian withdrewFrom Dolynka']);
  });

  it('gives nothing when the place named last is a bearing’s reference point', async () => {
    const { lines } = await relate('Footage showed trenches at a mine southwest of Dolynka. Belarusian forces withdrew from the area.', [city('Dolynka'), demonym('Belarusian', 'BY')]);
    expect(withdrawals(lines)).toEqual([]);
  });

  it('leaves a generic "the area" of an attack alone', async () => {
    const { lines } = await relate('Belarusian forces entered Dolynka. Moldovan artillery shelled the area.', [demonym('Belarusian', 'BY'), city('Dolynka'), demonym('Moldovan', 'MD')]);
    expect(lines.filter((l) => l.startsWith('Moldovan'))).toEqual([]);
  });
});
