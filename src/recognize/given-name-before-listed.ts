import type { Mention } from '../model/document.js';
import { MentionRecord } from '../model/records.js';

/** Words between the given names and the listed surname: capitalized words, one space apart. */
const GIVEN_NAMES = /^(?:\p{Lu}[\p{L}'’-]* )+$/u;

/** A curated person matched by a one-word alias (the surname), with its record. */
const listedSurname = (m: Mention): boolean => m.type === 'Person' && m.recognizer === 'gazetteer' && m.ref !== undefined && !m.text.includes(' ');

/**
 * A given name's consonant skeleton, with the letters romanizations swap folded together (x/ks, ph/f, kh/h,
 * g/h, w/v, j/y/i): "Yevheny" and "Yevgeny" are v-h-n, "Volodymyr" and "Vladimir" v-l-d-m-r.
 */
function skeleton(name: string): string {
  const folded = name.toLowerCase().replace(/x/g, 'ks').replace(/ph/g, 'f').replace(/kh/g, 'h').replace(/g/g, 'h').replace(/w/g, 'v').replace(/[aeiouyj'’-]/g, '');
  return folded.replace(/(.)\1+/g, '$1');
}

/**
 * One man's given name in two spellings: the same first letter and the same first two consonants (Yevheny/
 * Yevgeny, Mikhail/Mykhailo, Kirill/Kyrylo, Aleksandr/Alexander); Vitaly is not Valery (v-t, v-l), and
 * Asma is not Bashar.
 */
function sameGivenName(full: string, ref: NonNullable<Mention['ref']>): boolean {
  const a = full.split(' ')[0]!;
  const b = ref.name.split(' ')[0]!;
  return a[0]!.toLowerCase() === b[0]!.toLowerCase() && skeleton(a).slice(0, 2) === skeleton(b).slice(0, 2);
}

/**
 * "Serhiy Lavrov", "Dmytro Peskov": a listed person named with a spelling of the given name the list
 * lacks. The curated list matches the surname alias alone and the person recognizer matches the full name
 * (a given name of the first-name lexicons + the surname); the overlap resolver keeps one of them, so either
 * the given name is lost (the list's priority wins) or the record is (a title before the name gives the
 * person recognizer the same priority, and its span is longer). The two are joined: the full name's span with
 * the listed record, when the given names are spellings of one name (see sameGivenName); "Marina Lavrov" is
 * not the listed "Sergei Lavrov", so there the span is taken and the record dropped. On the 294 ISW reports
 * the first letter alone linked a "Vitaly" to a listed "Valery" of the same surname.
 */
export function withGivenNamesBeforeListed(text: string, settled: Mention[], candidates: readonly Mention[]): Mention[] {
  let out: Mention[] | undefined;
  let people: Map<number, Mention[]> | undefined;
  for (let i = 0; i < settled.length; i++) {
    const m = settled[i]!;
    if (m.type !== 'Person') continue;
    // Both joins look only at person candidates ending where m ends.
    const sameEnd = (people ??= personCandidatesByEnd(candidates)).get(m.end);
    if (sameEnd === undefined) continue;
    if (listedSurname(m)) {
      let full: Mention | undefined;
      for (const c of sameEnd) {
        if (c.recognizer !== 'gazetteer' && c.start < m.start && (!full || c.start < full.start)) full = c;
      }
      if (!full || !GIVEN_NAMES.test(text.slice(full.start, m.start))) continue;
      const previous = settled[i - 1];
      if (previous && previous.end > full.start) continue;
      const grown = MentionRecord.copy(m);
      grown.start = full.start;
      grown.text = text.slice(full.start, m.end);
      if (!sameGivenName(grown.text, m.ref!)) grown.ref = undefined;
      (out ??= settled.slice())[i] = grown;
    } else if (!m.ref) {
      const listed = listedSurnameAfter(sameEnd, m.start);
      if (!listed || !GIVEN_NAMES.test(text.slice(m.start, listed.start)) || !sameGivenName(m.text, listed.ref!)) continue;
      const linked = MentionRecord.copy(m);
      linked.ref = listed.ref;
      (out ??= settled.slice())[i] = linked;
    }
  }
  return out ?? settled;
}

/**
 * The first candidate of `list` that is a listed surname starting after `start`. A loop, not a `find` with a closure
 * over the mention: that closure made V8 allocate a context for every iteration of the loop over the document's
 * mentions (5.9 MB per warm pass over the 294 ISW reports; heap sampling, 25f0bbd).
 */
function listedSurnameAfter(list: readonly Mention[], start: number): Mention | undefined {
  for (const c of list) if (listedSurname(c) && c.start > start) return c;
  return undefined;
}

/**
 * The person candidates by end offset, each list in the candidates' order (so the first found is the one a scan
 * of all candidates finds first). Before, each person mention scanned every candidate of the document: ~0.4% of
 * the pipeline's CPU profile over the 294 ISW reports, for a handful of joins.
 */
function personCandidatesByEnd(candidates: readonly Mention[]): Map<number, Mention[]> {
  const byEnd = new Map<number, Mention[]>();
  for (const c of candidates) {
    if (c.type !== 'Person') continue;
    const list = byEnd.get(c.end);
    if (list === undefined) byEnd.set(c.end, [c]);
    else list.push(c);
  }
  return byEnd;
}
