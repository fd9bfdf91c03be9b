import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, org, relate } from './run.js';

const presence = (lines: string[]) => lines.filter((l) => l.includes(' operatesIn '));
const seats = (lines: string[]) => lines.filter((l) => l.includes(' locatedIn '));

describe('an organization named by its people before it: they work at the place after it (org-people.ts)', () => {
  it('reads "employees / officers of the X in Y" as presence, not as the seat', async () => {
    const employees = await relate('Sylvanian authorities conscripted employees of the Rescue Ministry in occupied Belka.', [demonym('Sylvanian', 'SY'), org('Rescue Ministry'), city('Belka')]);
    expect(presence(employees.lines)).toEqual(['Rescue Ministry operatesIn Belka']);
    expect(seats(employees.lines)).toEqual([]);
    const officers = await relate('Partisans targeted officers of the Freedonian Border Service in Dubno on Monday.', [demonym('Freedonian', 'FD'), org('Border Service'), city('Dubno')]);
    expect(presence(officers.lines)).toEqual(['Border Service operatesIn Dubno']);
    expect(seats(officers.lines)).toEqual([]);
  });

  it('keeps the seat of an organization named alone, and reads no presence for officials or a destination', async () => {
    const seat = await relate('The Rescue Ministry in Belka issued a statement.', [org('Rescue Ministry'), city('Belka')]);
    expect(seats(seat.lines)).toEqual(['Rescue Ministry locatedIn Belka']);
    const officials = await relate('Officials of the Rescue Ministry in Belka issued a statement.', [org('Rescue Ministry'), city('Belka')]);
    expect(presence(officials.lines)).toEqual([]);
    const sent = await relate('The ministry sent employees of the Rescue Ministry to Belka.', [org('Rescue Ministry'), city('Belka')]);
    expect(presence(sent.lines)).toEqual([]);
  });
});
