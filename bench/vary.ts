/**
 * Makes copy `k` of a fixture article differ from the others the way real reporting differs: other
 * people, other numbers, other days and months. The same fixture text with the same `k` always gives the
 * same copy, so benchmark corpora are reproducible.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Invented names that replace the fixtures' people, first and last names combined per copy. */
const FIRST_NAMES = ['Olena', 'Dmytro', 'Ahmed', 'Leyla', 'Tomas', 'Ingrid', 'Kwame', 'Mariam', 'Pavel', 'Sofia', 'Yusuf', 'Hanna', 'Viktor', 'Amina', 'Karl'];
const LAST_NAMES = ['Kovalenko', 'Haddad', 'Petrauskas', 'Mensah', 'Novak', 'Aliyev', 'Lindqvist', 'Traore', 'Bondarenko', 'Karimi', 'Ozturk', 'Sorensen', 'Demir', 'Osei'];

/** The people named in bench/fixtures/: each is replaced, full name and bare surname alike. */
export const FIXTURE_PEOPLE = [
  'Andriy Savchuk', 'Oleksandr Syrskyi', 'Andrei Belousov', 'Valery Gerasimov', 'Hakan Fidan', 'Fuad Hussein', 'Nechirvan Barzani',
  'Masrour Barzani', 'Ahmed Rashid', 'Souleymane Dembele', 'Yunus-Bek Yevkurov', 'Assimi Goita', 'Salifou Mody', 'Fatou Diallo',
  'Andriy Yusov', 'Sergei Aksyonov', 'Dmytro Pletenchuk', 'Klaus Iohannis', 'Ararat Mirzoyan', 'Jeyhun Bayramov', 'Mher Grigoryan',
  'Shahin Mustafayev', 'Bagrat Galstanyan', 'Nikol Pashinyan', 'Markus Ritter', 'Yahya Saree', 'Lloyd Austin', 'Mohammed Abdulsalam',
  'Nabil Abdallah', 'Tom Perriello', 'Christoph Huber', 'Boris Pistorius', 'Laurynas Kasciunas', 'Gitanas Nauseda', 'Maria Zakharova',
  'Jens Stoltenberg',
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Precompiled once: full names before surnames so "Andriy Savchuk" is replaced whole.
const surnameOf = (name: string): string => name.slice(name.lastIndexOf(' ') + 1);
const PEOPLE_PATTERN = new RegExp(`\\b(?:${[...FIXTURE_PEOPLE.map(escape), ...FIXTURE_PEOPLE.map((n) => escape(surnameOf(n)))].join('|')})\\b`, 'g');
const MONTH_PATTERN = new RegExp(`\\b(${MONTHS.join('|')})(?: (\\d{1,2})\\b)?`, 'g');
const WEEKDAY_PATTERN = new RegExp(`\\b(?:${WEEKDAYS.join('|')})\\b`, 'g');
const NUMBER_PATTERN = /\b(\d{1,3}(?:,\d{3})*|\d+)(st|nd|rd|th)?\b/g;

const ordinal = (n: number): string => {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
};

function personFor(fixtureName: string, k: number): { full: string; surname: string } {
  const i = FIXTURE_PEOPLE.indexOf(fixtureName);
  const first = FIRST_NAMES[(i * 7 + k) % FIRST_NAMES.length]!;
  const last = LAST_NAMES[(i * 5 + k * 3) % LAST_NAMES.length]!;
  return { full: `${first} ${last}`, surname: last };
}

function varyNumber(raw: string, suffix: string | undefined, k: number): string {
  const n = Number(raw.replace(/,/g, ''));
  let v: number;
  if (n >= 1990 && n <= 2030 && !raw.includes(',')) v = 2018 + ((n + k) % 9); // a year
  else if (suffix) v = 1 + ((n + k * 13) % 250); // a unit's number
  else v = Math.max(1, Math.round(n * (0.5 + ((k * 37) % 100) / 100)));
  const text = raw.includes(',') ? v.toLocaleString('en-US') : String(v);
  return suffix ? text + ordinal(v) : text;
}

export function vary(text: string, k: number): string {
  if (k === 0) return text;
  return text
    .replace(PEOPLE_PATTERN, (name) => {
      const full = FIXTURE_PEOPLE.find((p) => p === name);
      if (full) return personFor(full, k).full;
      return personFor(FIXTURE_PEOPLE.find((p) => surnameOf(p) === name)!, k).surname;
    })
    .replace(MONTH_PATTERN, (_all, month: string, day?: string) => {
      const m = MONTHS[(MONTHS.indexOf(month) + k) % 12]!;
      return day ? `${m} ${1 + ((Number(day) + k) % 28)}` : m;
    })
    .replace(WEEKDAY_PATTERN, (d) => WEEKDAYS[(WEEKDAYS.indexOf(d) + k) % 7]!)
    .replace(NUMBER_PATTERN, (all, digits: string, suffix: string | undefined, offset: number, whole: string) => {
      // Month days were varied above; "Su-24" and "Project 22160" style designators stay as they are.
      if (MONTHS.some((m) => whole.slice(offset - m.length - 1, offset - 1) === m)) return all;
      if (offset > 0 && whole[offset - 1] === '-') return all;
      return varyNumber(digits, suffix, k);
    });
}
