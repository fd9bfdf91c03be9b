import { describe, expect, it } from 'vitest';
import { demonym, country } from './annotate.js';
import { city, region, relate, unit } from './run.js';

const withdrawals = (lines: string[]) => lines.filter((l) => l.includes('withdrewFrom'));
const captures = (lines: string[]) => lines.filter((l) => l.includes('captured'));

describe('what is left, and what only lies near the troops moved', () => {
  it('reads troops withdrawn from positions in a place', async () => {
    const { lines } = await relate('Belarusian forces began withdrawing two battalions from positions in Dolynka.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(withdrawals(lines)).toEqual(['Belarusian withdrewFrom Dolynka']);
  });

  it('reads "out of" after the troops withdrawn, not a bare "of" of a direction', async () => {
    const out = await relate('Belarusian forces pulled their last units out of Dolynka.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(withdrawals(out.lines)).toEqual(['Belarusian withdrewFrom Dolynka']);
    const east = await relate('Belarusian forces redeployed troops east of Dolynka to renew attacks.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(withdrawals(east.lines)).toEqual([]);
  });

  it('reads a bank named before the region: "right-bank X Oblast"', async () => {
    const { lines } = await relate('The appointment followed Belarus’s withdrawal from right-bank Dolynka Oblast.', [country('Belarus', 'BY'), region('Dolynka Oblast')]);
    expect(withdrawals(lines)).toEqual(['Belarus withdrewFrom Dolynka Oblast']);
  });

  it('reads a withdrawal of a nationality’s forces of a kind: "combat forces", "airborne forces"', async () => {
    const combat = await relate('Officials reported a partial withdrawal of Belarusian combat forces from Dolynka.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(withdrawals(combat.lines)).toEqual(['Belarusian withdrewFrom Dolynka']);
    const airborne = await relate('Bloggers claimed that elements of Belarusian airborne forces also withdrew from Dolynka.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(withdrawals(airborne.lines)).toEqual(['Belarusian withdrewFrom Dolynka']);
  });

  it('still gives no actor for a nationality owned by a noun of command after "of"', async () => {
    const { lines } = await relate('The command of Belarusian airborne forces withdrew from Dolynka.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(withdrawals(lines)).toEqual([]);
  });

  it('reads a breakout from a place as leaving it', async () => {
    const { lines } = await relate('The 12th Rifle Brigade lost two tanks during its breakout from the Dolynka plant.', [unit('12th Rifle Brigade'), city('Dolynka')]);
    expect(withdrawals(lines)).toContain('12th Rifle Brigade withdrewFrom Dolynka');
  });
});

describe('settlements around another', () => {
  it('reads control taken of "the surrounding settlements of A and B"', async () => {
    const { lines } = await relate('Belarusian troops moved to support an encirclement of Dolynka and took control of the surrounding settlements of Zarichne and Hlynka.', [
      demonym('Belarusian', 'BY'),
      city('Dolynka'),
      city('Zarichne'),
      city('Hlynka'),
    ]);
    expect(captures(lines)).toEqual(expect.arrayContaining(['Belarusian captured Zarichne', 'Belarusian captured Hlynka']));
    expect(captures(lines)).not.toContain('Belarusian captured Dolynka');
  });
});

describe('who was pushed out of a place left it (forced-out)', () => {
  it('reads a part of the place and ground held at it', async () => {
    const part = await relate('Ukrainian troops pushed Belarusian forces out of much of Dolynka.', [demonym('Ukrainian', 'UA'), demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(withdrawals(part.lines)).toEqual(['Belarusian withdrewFrom Dolynka']);
    const ground = await relate('Ukrainian troops dislodged Belarusian units from long-held positions near Dolynka.', [demonym('Ukrainian', 'UA'), demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(withdrawals(ground.lines)).toEqual(['Belarusian withdrewFrom Dolynka']);
  });

  it('gives the pushers no withdrawal', async () => {
    const { lines } = await relate('Ukrainian troops pushed Belarusian forces out of positions in Dolynka.', [demonym('Ukrainian', 'UA'), demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(withdrawals(lines)).not.toContain('Ukrainian withdrewFrom Dolynka');
  });
});

describe('forced-out: what it does not read', () => {
  it('gives no withdrawal for forces pushed in a direction from a place, or for civilians expelled', async () => {
    const south = await relate('Ukrainian troops counterattacked, pushing Belarusian forces south from Dolynka.', [demonym('Ukrainian', 'UA'), demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(withdrawals(south.lines)).toEqual([]);
    const residents = await relate('Officials expelled Ukrainian residents from the Dolynka hospital.', [demonym('Ukrainian', 'UA'), city('Dolynka')]);
    expect(withdrawals(residents.lines)).toEqual([]);
  });

  it('reads a participle of pushing out and a unit withdrawn named between dashes', async () => {
    const pushing = await relate('Ukrainian troops recaptured Zarichne, pushing Belarusian forces out of Dolynka.', [demonym('Ukrainian', 'UA'), city('Zarichne'), demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(withdrawals(pushing.lines)).toEqual(['Belarusian withdrewFrom Dolynka']);
    const dashed = await relate('Elements of the 2nd Tank Army—which was previously withdrawn from the Dolynka axis—are deploying near Zarichne.', [unit('2nd Tank Army'), city('Dolynka'), city('Zarichne')]);
    expect(withdrawals(dashed.lines)).toEqual(['2nd Tank Army withdrewFrom Dolynka']);
  });
});
