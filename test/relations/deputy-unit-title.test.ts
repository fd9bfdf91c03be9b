import { describe, expect, it } from 'vitest';
import { person, relate, unit } from './run.js';

describe('a deputy named before the unit of the title (recognize/units/parse.ts OFFICE_BEFORE_NAME)', () => {
  it('reads a member of the unit, not its leader', async () => {
    const a = await relate('The order was signed by Deputy Northern Military District commander Ivan Petrov on Monday.', [unit('Northern Military District'), person('Ivan Petrov')]);
    expect(a.lines).toContain('Ivan Petrov memberOf Northern Military District');
    expect(a.lines).not.toContain('Ivan Petrov leaderOf Northern Military District');
    const b = await relate('The order was signed by Northern Military District commander Ivan Petrov on Monday.', [unit('Northern Military District'), person('Ivan Petrov')]);
    expect(b.lines).toContain('Ivan Petrov leaderOf Northern Military District');
  });
});
