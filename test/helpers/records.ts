/**
 * JSONL records written for the tests (our own sentences, varied by index so that documents differ and
 * entities recur across documents), for the line-streaming and queue tests.
 */
const PEOPLE = ['Alexander Lukashenko', 'Recep Tayyip Erdogan', 'Emmanuel Macron', 'Olaf Scholz', 'Ahmed al-Sharaa'];
const PLACES = ['Brest', 'Ankara', 'Minsk', 'Kharkiv', 'Damascus', 'Warsaw', 'Odesa'];
const UNITS = ['3rd Battalion of the 72nd Mechanized Brigade', '8th Combined Arms Army', '155th Naval Infantry Brigade'];

export function testRecords(n: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const person = PEOPLE[i % PEOPLE.length]!;
    const other = PEOPLE[(i + 2) % PEOPLE.length]!;
    const place = PLACES[i % PLACES.length]!;
    const unit = UNITS[i % UNITS.length]!;
    const day = 1 + (i % 27);
    const text =
      `${person} visited ${place} on March ${day}, 2026, and met with ${other} there. ` +
      `The ${unit} held positions near ${PLACES[(i + 3) % PLACES.length]} during the week. ` +
      `Officials in ${place} said talks would resume in record ${i}.`;
    lines.push(JSON.stringify({ id: `r-${i}`, date: `2026-03-${String(day).padStart(2, '0')}`, title: `Report ${i}`, text }));
  }
  return lines;
}

export const OUTPUTS = ['graph.jsonld', 'graph.nq', 'triples.tsv', 'report.html'] as const;
