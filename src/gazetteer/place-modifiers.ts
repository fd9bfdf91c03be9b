import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../model/package-root.js';

/**
 * Adjectives that begin Ukrainian and Russian village names ("Velyka", "Mala", "Ruska" + a place name):
 * with a place name after them they are part of it, as in "Ruska Lozova", where "Lozova" alone is a city.
 */
const MODIFIERS: ReadonlySet<string> = new Set([
  'Velyka', 'Velyki', 'Velykyi', 'Velyke', 'Mala', 'Mali', 'Malyi', 'Male', 'Nova', 'Novi', 'Novyi', 'Nove', 'Stara', 'Stari', 'Staryi', 'Stare',
  'Ruska', 'Ruski', 'Ruskyi', 'Ruske', 'Rusky', 'Verkhnia', 'Verkhni', 'Verkhnii', 'Nyzhnia', 'Nyzhni', 'Nyzhnii', 'Serednia', 'Krasna', 'Krasnyi',
  'Bila', 'Bilyi', 'Chorna', 'Chornyi', 'Zelena', 'Zelenyi', 'Suha', 'Sukha',
]);

/** A word joined to the place name after it ("Ruska" + "Lozova") by src/recognize/hyphen-compound.ts. */
export const isPlaceModifier = (word: string): boolean => MODIFIERS.has(word);

/** Qualifiers of settlement names ("Velyka", "Druha") from gazetteers/rules/toponym-qualifiers.json (read by qualified-place). */
let qualifiers: ReadonlySet<string> | undefined;
export function isToponymQualifier(folded: string): boolean {
  if (!qualifiers) {
    const table = JSON.parse(readFileSync(join(packageRoot(), 'gazetteers', 'rules', 'toponym-qualifiers.json'), 'utf8')) as { before: string[]; after: string[] };
    qualifiers = new Set([...table.before, ...table.after]);
  }
  return qualifiers.has(folded);
}
