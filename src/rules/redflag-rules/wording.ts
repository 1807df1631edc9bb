/** Small phrasing helpers shared by the red-flag rules, so dates and durations read the same everywhere. */
import { humanMonth, humanMonths } from '../../core/dates.js';

/** "Jul 2022 – Mar 2023" (one month: "Jul 2022"). */
export function monthRange(from: string, to: string): string {
  return from === to ? humanMonth(from) : `${humanMonth(from)} – ${humanMonth(to)}`;
}

/** Durations that may be fractional (USCE months): 2.5 → "2.5 months", 14 → "1 year 2 months". */
export function monthsText(n: number): string {
  if (Number.isInteger(n)) return humanMonths(n);
  const rounded = Math.round(n * 10) / 10;
  return `${rounded} months`;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** A list joined for prose: "a", "a and b", "a, b and c". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
