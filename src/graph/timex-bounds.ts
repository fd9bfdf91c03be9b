/**
 * The calendar interval a TIMEX3 date value covers, as ISO dates (inclusive), so that a graph database can
 * answer "who visited Moscow in October 2025?" with a range filter whatever the value's granularity.
 * Values without a calendar position (durations, XXXX placeholders, PRESENT_REF) have no bounds.
 */
export function timexBounds(value: string): { begin: string; end: string } | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(value))) return { begin: `${m[1]}-${m[2]}-${m[3]}`, end: `${m[1]}-${m[2]}-${m[3]}` };
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return monthRange(+m[1]!, +m[2]!, +m[2]!);
  if ((m = /^(\d{4})$/.exec(value))) return monthRange(+m[1]!, 1, 12);
  if ((m = /^(\d{3})$/.exec(value))) return { begin: `${m[1]}0-01-01`, end: `${m[1]}9-12-31` };
  if ((m = /^(\d{2})$/.exec(value))) return { begin: `${m[1]}00-01-01`, end: `${m[1]}99-12-31` };
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return monthRange(+m[1]!, +m[2]! * 3 - 2, +m[2]! * 3);
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return monthRange(+m[1]!, m[2] === '1' ? 1 : 7, m[2] === '1' ? 6 : 12);
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) return isoWeek(+m[1]!, +m[2]!);
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const y = +m[1]!;
    const season = { SP: [3, 5], SU: [6, 8], FA: [9, 11] }[m[2] as 'SP' | 'SU' | 'FA'];
    if (season) return monthRange(y, season[0]!, season[1]!);
    return { begin: `${pad(y, 4)}-12-01`, end: `${pad(y + 1, 4)}-02-${leap(y + 1) ? 29 : 28}` };
  }
  return undefined;
}

function monthRange(year: number, first: number, last: number): { begin: string; end: string } | undefined {
  if (first < 1 || last > 12 || first > last) return undefined;
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  return { begin: `${pad(year, 4)}-${pad(first, 2)}-01`, end: `${pad(year, 4)}-${pad(last, 2)}-${pad(lastDay, 2)}` };
}

function isoWeek(year: number, week: number): { begin: string; end: string } | undefined {
  if (week < 1 || week > 53) return undefined;
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000 + (week - 1) * 7 * 86400000);
  const sunday = new Date(monday.getTime() + 6 * 86400000);
  return { begin: monday.toISOString().slice(0, 10), end: sunday.toISOString().slice(0, 10) };
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const leap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
