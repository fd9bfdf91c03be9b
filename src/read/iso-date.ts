/**
 * A metadata date ("2025-09-10", "2025-09-10T08:30:00Z", "Wed, 10 Sep 2025 08:30:00 GMT") as an ISO
 * calendar date, or undefined. Dates with a time keep the date as written (no time-zone shifting), so
 * the same record always gives the same reference date.
 */
export function isoDateOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (iso) return validDate(+iso[1]!, +iso[2]!, +iso[3]!);
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed)) return undefined;
  const d = new Date(parsed);
  return validDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function validDate(y: number, m: number, d: number): string | undefined {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
