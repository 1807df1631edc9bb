/**
 * Month and day arithmetic on the contract's string formats. Months are compared as integer
 * indices (year * 12 + month - 1) so gaps and durations are exact and timezone-free.
 */
export type MonthString = string; // YYYY-MM
export type DayString = string; // YYYY-MM-DD

const MONTH_RE = /^(\d{4})-(\d{2})$/;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isMonth(s: string): boolean {
  const m = MONTH_RE.exec(s);
  if (!m) return false;
  const month = Number(m[2]);
  return month >= 1 && month <= 12;
}

export function isDay(s: string): boolean {
  const m = DAY_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Month index of a valid YYYY-MM string. */
export function monthIndex(s: MonthString): number {
  const [y, m] = s.split('-').map(Number) as [number, number];
  return y * 12 + (m - 1);
}

export function monthFromIndex(i: number): MonthString {
  const y = Math.floor(i / 12);
  const m = (i % 12) + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

/** The month a day falls in. */
export function monthOfDay(day: DayString): MonthString {
  return day.slice(0, 7);
}

/** Whole days from a to b (b - a), both YYYY-MM-DD. */
export function daysBetween(a: DayString, b: DayString): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function addDays(day: DayString, n: number): DayString {
  const t = Date.parse(`${day}T00:00:00Z`) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Today as YYYY-MM-DD in UTC; every date rule takes `today` as a parameter instead of calling this. */
export function todayUtc(now: Date = new Date()): DayString {
  return now.toISOString().slice(0, 10);
}

/** "2019-06" → "Jun 2019", for text a person reads. */
export function humanMonth(s: MonthString): string {
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const [y, m] = s.split('-').map(Number) as [number, number];
  return `${names[m - 1]} ${y}`;
}

/** "2027-01-15" → "15 Jan 2027", for text a person reads. */
export function humanDay(day: string): string {
  return `${Number(day.slice(8, 10))} ${humanMonth(day.slice(0, 7))}`;
}

/** Human duration: 1 month, 9 months, 2 years 4 months. */
export function humanMonths(n: number): string {
  if (n < 12) return `${n} month${n === 1 ? '' : 's'}`;
  const y = Math.floor(n / 12);
  const m = n % 12;
  const ys = `${y} year${y === 1 ? '' : 's'}`;
  return m === 0 ? ys : `${ys} ${m} month${m === 1 ? '' : 's'}`;
}

/** Month names and their usual abbreviations, as members and models write them ("Mar", "sept"). */
export const MONTH_NUMBER: Readonly<Record<string, string>> = {
  january: '01',
  jan: '01',
  february: '02',
  feb: '02',
  march: '03',
  mar: '03',
  april: '04',
  apr: '04',
  may: '05',
  june: '06',
  jun: '06',
  july: '07',
  jul: '07',
  august: '08',
  aug: '08',
  september: '09',
  sep: '09',
  sept: '09',
  october: '10',
  oct: '10',
  november: '11',
  nov: '11',
  december: '12',
  dec: '12',
};
