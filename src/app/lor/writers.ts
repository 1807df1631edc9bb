/**
 * Naming one of the member's letter writers across Discord's boundaries: autocomplete values
 * (at most 100 characters, and not confined to the choices offered), and button/select custom ids
 * (no `:`, short) that must still point at the same writer after a restart or an edit.
 */
import type { Letter, Profile } from '../../core/profile/schema.js';
import { matchWriter } from '../../composers/lor-context.js';
import { roleLabel } from '../../rules/letter-facts.js';

/** Autocomplete allows 25 choices of at most 100 characters each. */
export const CHOICE_MAX = 25;
const CHOICE_TEXT_MAX = 100;

/** FNV-1a of the name, base 36: enough to notice that index i now holds a different writer. */
export function nameHash(name: string): string {
  let h = 0x811c9dc5;
  for (const ch of name.trim().toLowerCase()) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** `<index>.<hash>`: a writer reference safe inside a custom id. */
export function writerRef(letters: readonly Letter[], index: number): string {
  return `${index}.${nameHash(letters[index]?.writer ?? '')}`;
}

/** The index a reference points at, or undefined when that writer is gone or was renamed. */
export function resolveWriterRef(letters: readonly Letter[], ref: string): number | undefined {
  const m = /^(\d{1,3})\.([0-9a-z]+)$/.exec(ref);
  if (!m) return undefined;
  const i = Number(m[1]);
  const l = letters[i];
  return l && nameHash(l.writer) === m[2] ? i : undefined;
}

/**
 * Autocomplete value for a writer: the name itself, or `#<n>` (1-based) when the name is longer
 * than a choice value may be.
 */
function choiceValue(l: Letter, i: number): string {
  return l.writer.length <= CHOICE_TEXT_MAX ? l.writer : `#${i + 1}`;
}

function choiceName(l: Letter): string {
  const name = l.writer.length > 60 ? `${l.writer.slice(0, 59)}…` : l.writer;
  return `${name} (${roleLabel(l)}, ${l.setting === 'us' ? 'US' : 'abroad'}, ${l.year})`.slice(0, CHOICE_TEXT_MAX);
}

/** Writers whose name contains what the member typed (case-insensitive), at most 25. */
export function writerChoices(profile: Profile | undefined, typed: string): { name: string; value: string }[] {
  const q = typed.trim().toLowerCase();
  return (profile?.letters ?? [])
    .map((l, i) => ({ l, i }))
    .filter(({ l }) => !q || l.writer.toLowerCase().includes(q))
    .slice(0, CHOICE_MAX)
    .map(({ l, i }) => ({ name: choiceName(l), value: choiceValue(l, i) }));
}

/**
 * What the member picked or typed → the writer's exact name as listed, or undefined when it
 * matches nobody. Accepts the autocomplete value (name or `#n`), any case, and a part of the name
 * that fits one writer only ("aslam").
 */
export function findWriter(profile: Profile, typed: string): Letter | undefined {
  const letters = profile.letters ?? [];
  const hash = /^#(\d{1,3})$/.exec(typed.trim());
  if (hash) return letters[Number(hash[1]) - 1];
  return matchWriter(letters, typed);
}
