import type { Ymd } from './calendar.js';
import { parseIsoDate } from './calendar.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "July_13_2022", "July-13-2022", "Jul 13 2022": month name, day, year. */
const NAMED = /(?:^|[^a-z])(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[ _.-]?(\d{1,2})(?:st|nd|rd|th)?[ _.,-]+(\d{4})(?!\d)/i;
/** "2022-07-13", "2022_07_13", "2022.07.13". */
const ISO = /(?:^|\D)(\d{4})[-_.](\d{2})[-_.](\d{2})(?!\d)/;
/** "20220713" alone between non-digits. */
const COMPACT = /(?:^|\D)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/;

/**
 * The date a file's name gives, for documents whose text names no full date of its own: ISW's reports say
 * "July 13, 7:30 pm ET" with the year only in the file name `July_13_2022.txt`. Recognized forms, in the last
 * path segment: month name, day and year (`July_13_2022`), ISO (`2022-07-13`) and compact (`20220713`).
 * Used after the text's own dateline or headline, and recorded as the reference date's source `file-name`.
 */
export function fileNameDate(relPath: string): Ymd | undefined {
  const name = relPath.slice(relPath.lastIndexOf('/') + 1);
  const named = NAMED.exec(name);
  if (named) {
    const month = MONTHS.findIndex((m) => m.startsWith(named[1]!.toLowerCase())) + 1;
    return valid(named[3]!, month, named[2]!);
  }
  const numeric = ISO.exec(name) ?? COMPACT.exec(name);
  return numeric ? valid(numeric[1]!, Number(numeric[2]), numeric[3]!) : undefined;
}

function valid(year: string, month: number, day: string): Ymd | undefined {
  return parseIsoDate(`${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`);
}
