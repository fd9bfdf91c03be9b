/**
 * A metadata date as an ISO calendar date, or undefined. Accepted: ISO ("2025-09-10",
 * "2025-09-10T23:30:00-05:00"), RFC 2822 ("Wed, 10 Sep 2025 08:30:00 GMT") and written dates
 * ("September 10, 2025", "10 September 2025"). The day is read as written — never shifted through a time
 * zone — so the same record gives the same reference date on every machine.
 */
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;
const DAY_MONTH_YEAR = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/;
const MONTH_DAY_YEAR = /^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;

export function isoDateOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  let m = ISO.exec(text);
  if (m) return validDate(+m[1]!, +m[2]!, +m[3]!);
  if ((m = DAY_MONTH_YEAR.exec(text))) return validDate(+m[3]!, monthNumber(m[2]!), +m[1]!);
  if ((m = MONTH_DAY_YEAR.exec(text))) return validDate(+m[3]!, monthNumber(m[1]!), +m[2]!);
  return undefined;
}

function monthNumber(name: string): number {
  const key = name.toLowerCase();
  return MONTHS[key] ?? MONTHS[key.slice(0, 3)] ?? 0;
}

function validDate(y: number, m: number, d: number): string | undefined {
  if (m < 1) return undefined;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
