/** A literal string made safe to put inside a RegExp (names, phrases, surnames). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
