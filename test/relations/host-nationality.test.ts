import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, person, relate } from './run.js';

// A host is known from a nationality word qualifying the person ("Azerbaijani counterpart X"), not from one
// that qualifies something else the person is the complement of ("Azerbaijani accounts of X's trip").
describe('a nationality word before a person makes the person a host only when it qualifies them', () => {
  it('keeps the visit when the nationality qualifies a noun governing the person', async () => {
    const { lines } = await relate('Levan Dolidze met with local officials in Baku on Monday. Azerbaijani accounts of Dolidze’s talks stressed trade.', [
      person('Levan Dolidze'),
      city('Baku', 'AZ'),
      demonym('Azerbaijani', 'AZ'),
      person('Dolidze'),
    ]);
    expect(lines).toContain('Levan Dolidze visited Baku');
  });

  it('still drops the visit of a person the nationality qualifies through a title', async () => {
    const { lines } = await relate('Levan Dolidze met with Rashad Karimov in Baku on Monday. The Azerbaijani deputy foreign minister Karimov praised the talks.', [
      person('Levan Dolidze'),
      person('Rashad Karimov'),
      city('Baku', 'AZ'),
      demonym('Azerbaijani', 'AZ'),
      person('Karimov', undefined, 1),
    ]);
    expect(lines).toContain('Levan Dolidze visited Baku');
    expect(lines).not.toContain('Rashad Karimov visited Baku');
  });
});
