/**
 * `/profile edit field:<path> value:<text>`: the editable paths of a profile (for autocomplete),
 * suggestions for values, and the edit itself — friendly input as in the setup flow, checked with
 * the real schema. Autocomplete is only a suggestion: whatever the member submits goes through
 * `applyEdit`, which accepts nothing the schema would not.
 *
 * Paths: top-level fields (`visa`, `medSchool.graduated`, …), `medSchool` (value "Country, YYYY-MM"
 * or "remove"), list fields (`timeline[2].to`), whole items (`timeline[2]`, value "remove") and
 * whole lists (`professionalism`, value "none" for an empty list or "remove" for not given).
 * New list items are added through the setup flow, which asks for all their fields at once.
 */
import { notACountry, readCountry } from './country.js';
import { humanMonth, isMonth } from '../dates.js';
import { err, ok, type Result } from '../result.js';
import {
  FORM_LIMITS,
  LIST_FIELDS,
  LIST_KEYS,
  TOP_FIELDS,
  canonicalPath,
  formatFieldValue,
  optionLabel,
  optionMatches,
  parseFieldValue,
  parsePath,
  type FieldSpec,
  type ListKey,
  type ParsedPath,
  type TopPath,
} from './field-specs.js';
import { compact, parseMonth, quote } from './friendly.js';
import { parseProfile } from './parse.js';
import type { Profile } from './schema.js';
import {
  boardLine,
  examLine,
  informaticsLine,
  letterLine,
  professionalismLine,
  residencyLine,
  timelineLine,
  usceLine,
} from './summary.js';

/** Values that remove an optional field ("" too). */
export const REMOVE_WORDS: readonly string[] = ['clear', 'remove', 'delete'];
const isRemove = (raw: string) => raw.trim() === '' || REMOVE_WORDS.includes(raw.trim().toLowerCase());

export interface EditableField {
  path: string;
  /** The member's name for it ("Graduation month", "Period 3, to"). */
  name: string;
  /** The current value as the member would type it, or a one-line summary for an item/list. */
  current: string | undefined;
  /** The current value as the member reads it ("Jul 2018", "J-1"), for lists of fields. */
  shown?: string;
  kind: FieldSpec['kind'] | 'medSchool' | 'item' | 'list';
}

export interface Choice {
  /** What the member sees (at most 100 characters). */
  name: string;
  /** What is submitted (at most 100 characters). */
  value: string;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function itemLine(list: ListKey, item: unknown): string {
  switch (list) {
    case 'exams':
      return examLine(item as Parameters<typeof examLine>[0]);
    case 'timeline':
      return timelineLine(item as Parameters<typeof timelineLine>[0]);
    case 'residencies':
      return residencyLine(item as Parameters<typeof residencyLine>[0]);
    case 'boardCertification':
      return boardLine(item as Parameters<typeof boardLine>[0]);
    case 'usce':
      return usceLine(item as Parameters<typeof usceLine>[0]);
    case 'informatics':
      return informaticsLine(item as Parameters<typeof informaticsLine>[0]);
    case 'professionalism':
      return professionalismLine(item as Parameters<typeof professionalismLine>[0]);
    case 'letters':
      return letterLine(item as Parameters<typeof letterLine>[0]);
  }
}

function topValue(p: Profile, path: TopPath): unknown {
  if (path === 'medSchool.country') return p.medSchool?.country;
  if (path === 'medSchool.graduated') return p.medSchool?.graduated;
  return (p as Record<string, unknown>)[path];
}

const orUndefined = (s: string) => (s === '' ? undefined : s);

/** A stored value in the member's words: an option's name, a month spelled out, yes or no. */
function shownValue(spec: FieldSpec, value: unknown): string | undefined {
  const raw = formatFieldValue(value);
  if (!raw) return undefined;
  if (spec.options) return optionLabel(spec.options, raw);
  if ((spec.kind === 'month' || spec.kind === 'month-or-present') && isMonth(raw)) return humanMonth(raw);
  return raw;
}

/** Every concrete path of this profile with its current value, in a stable order. */
export function editableFields(profile: Profile): EditableField[] {
  const out: EditableField[] = [];
  for (const [path, spec] of Object.entries(TOP_FIELDS) as [TopPath, FieldSpec][]) {
    const value = topValue(profile, path);
    const shown = shownValue(spec, value);
    out.push({
      path,
      name: spec.name,
      current: orUndefined(formatFieldValue(value)),
      ...(shown ? { shown } : {}),
      kind: spec.kind,
    });
    if (path === 'specialty') {
      const s = profile.medSchool;
      out.push({
        path: 'medSchool',
        name: 'Medical school',
        current: s ? `${s.country}, ${s.graduated}` : undefined,
        kind: 'medSchool',
      });
    }
  }
  for (const list of LIST_KEYS) {
    const spec = LIST_FIELDS[list];
    const items = (profile[list] ?? []) as Record<string, unknown>[];
    const count =
      profile[list] === undefined ? undefined : `${items.length} ${items.length === 1 ? spec.item : spec.plural}`;
    out.push({ path: list, name: capital(spec.plural), current: count, kind: 'list' });
    items.forEach((item, i) => {
      out.push({
        path: `${list}[${i}]`,
        name: `${capital(spec.item)} ${i + 1}`,
        current: itemLine(list, item),
        kind: 'item',
      });
      for (const [key, f] of Object.entries(spec.fields) as [string, FieldSpec][]) {
        const shown = shownValue(f, item[key]);
        out.push({
          path: `${list}[${i}].${key}`,
          name: `${capital(spec.item)} ${i + 1}, ${f.name.toLowerCase()}`,
          current: orUndefined(formatFieldValue(item[key])),
          ...(shown ? { shown } : {}),
          kind: f.kind,
        });
      }
    });
  }
  return out;
}

/** Shorten to Discord's choice length, on a word boundary where possible. */
function fit(s: string, max: number = FORM_LIMITS.choiceText): string {
  const one = s.replace(/\s+/g, ' ');
  if (one.length <= max) return one;
  const cut = one.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** "Period 3, to — currently Mar 2023" (or "not given"): the member's words; the value is the path. */
function fieldChoice(f: EditableField): Choice {
  const current = f.current === undefined ? 'not given' : `currently ${f.shown ?? f.current}`;
  return { name: fit(`${f.name} — ${current}`), value: f.path };
}

/**
 * Autocomplete for the `field` option: paths matching what the member typed (path, member name or
 * current value), best matches first, at most 25.
 */
export function suggestFields(profile: Profile, partial: string): Choice[] {
  const q = partial.trim().toLowerCase();
  const qc = compact(q);
  const fields = editableFields(profile);
  if (!q) {
    // Nothing typed: the fields people change most, then the lists.
    return fields
      .filter((f) => !/\[\d+\]/.test(f.path))
      .slice(0, FORM_LIMITS.autocompleteChoices)
      .map(fieldChoice);
  }
  const rank = (f: EditableField): number => {
    const path = f.path.toLowerCase();
    if (path.startsWith(q)) return 0;
    if (path.includes(q)) return 1;
    if (qc && compact(f.name).includes(qc)) return 2;
    if (qc && f.current && compact(f.current).includes(qc)) return 3;
    return -1;
  };
  return fields
    .map((f, i) => ({ f, i, r: rank(f) }))
    .filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .slice(0, FORM_LIMITS.autocompleteChoices)
    .map((x) => fieldChoice(x.f));
}

/** Offer the member's own text as a choice (when it fits), labelled with what it is read as. */
function echo(partial: string, spec: FieldSpec): Choice[] {
  const s = partial.trim();
  if (!s || s.length > FORM_LIMITS.choiceText) return [];
  const r = parseFieldValue(spec, s);
  if (!r.ok) return [{ name: fit(`${s} — not valid yet (${spec.placeholder})`), value: s }];
  const v = formatFieldValue(r.value);
  const shown = spec.kind === 'month' && isMonth(v) ? `${v} (${humanMonth(v)})` : v;
  return [{ name: fit(shown), value: v.length <= FORM_LIMITS.choiceText ? v : s }];
}

/**
 * Autocomplete for the `value` option of a given path: enum options matching the text, yes/no,
 * or the member's text read as a month/date/number; "remove" where the field may be removed.
 * Pass the profile to offer the current value first.
 */
export function suggestValues(path: string, partial: string, profile?: Profile): Choice[] {
  const p = parsePath(stripChoiceName(path));
  if (!p) return [];
  const removeChoice: Choice[] = [{ name: 'remove (clear this field)', value: 'remove' }];
  let out: Choice[];
  switch (p.type) {
    case 'item':
      out = [{ name: `remove this ${LIST_FIELDS[p.list].item}`, value: 'remove' }];
      break;
    case 'list':
      out = [
        { name: `none — I have no ${LIST_FIELDS[p.list].plural}`, value: 'none' },
        { name: 'remove (not given)', value: 'remove' },
      ];
      break;
    case 'medSchool':
      out = [...echoMedSchool(partial), ...removeChoice];
      break;
    case 'top':
    case 'itemField': {
      const spec = p.spec;
      const optional = !spec.required;
      const current = profile ? currentValue(profile, p) : undefined;
      let main: Choice[];
      if (spec.options) {
        main = spec.options
          .filter((o) => optionMatches(o, partial))
          .map((o) => ({ name: fit(o.label), value: o.value }));
        if (!main.length) main = echo(partial, spec);
      } else {
        main = echo(partial, spec);
        if (spec.kind === 'month-or-present' && 'present'.startsWith(partial.trim().toLowerCase())) {
          main.push({ name: 'present (still ongoing)', value: 'present' });
        }
      }
      const cur =
        current && !partial.trim()
          ? [{ name: fit(`${shownValue(spec, current) ?? current} (current value)`), value: fit(current) }]
          : [];
      out = [...cur, ...main, ...(optional ? removeChoice : [])];
    }
  }
  const seen = new Set<string>();
  return out.filter((c) => !seen.has(c.value) && seen.add(c.value)).slice(0, FORM_LIMITS.autocompleteChoices);
}

function echoMedSchool(partial: string): Choice[] {
  const s = partial.trim();
  if (!s || s.length > FORM_LIMITS.choiceText)
    return [{ name: 'Country, YYYY-MM — e.g. Egypt, 2018-07', value: 'Egypt, 2018-07' }];
  const r = parseMedSchool(s);
  return r.ok
    ? [
        {
          name: fit(`${r.value.country}, ${r.value.graduated}`),
          value: fit(`${r.value.country}, ${r.value.graduated}`),
        },
      ]
    : [{ name: fit(`${s} — use "Country, YYYY-MM"`), value: s }];
}

function currentValue(profile: Profile, p: ParsedPath): string | undefined {
  if (p.type === 'top') return orUndefined(formatFieldValue(topValue(profile, p.path)));
  if (p.type === 'itemField') {
    const item = (profile[p.list] as Record<string, unknown>[] | undefined)?.[p.index];
    return item ? orUndefined(formatFieldValue(item[p.key])) : undefined;
  }
  return undefined;
}

/** Accept an autocomplete *name* pasted as the path: "timeline[2].to — currently …" → "timeline[2].to". */
function stripChoiceName(raw: string): string {
  return raw.split(' — ')[0]?.trim() ?? '';
}

/** "Egypt, 2018-07" → { country, graduated }. */
function parseMedSchool(raw: string): Result<{ country: string; graduated: string }, string> {
  const comma = raw.lastIndexOf(',');
  if (comma === -1) return err(`${quote(raw)} — use "Country, YYYY-MM", e.g. "Egypt, 2018-07"`);
  const country = raw.slice(0, comma).trim();
  const month = parseMonth(raw.slice(comma + 1));
  if (!country) return err(`${quote(raw)} has no country — use "Country, YYYY-MM", e.g. "Egypt, 2018-07"`);
  if (!month.ok) return err(month.error);
  // The same reading as the setup's country question: "india, 2015-06" is stored as India.
  const read = readCountry(country);
  if (!read) return err(notACountry(quote(country)));
  return ok({ country: read, graduated: month.value });
}

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] ?? 0;
}

/** Up to 3 paths close to what was typed (by spelling or by the member's name for them). */
export function closePaths(profile: Profile, raw: string): string[] {
  const q = raw.trim().toLowerCase();
  const qc = compact(q);
  // Generic forms too, so "exams.score" can point at exams[0].score even with an empty list.
  const generic = LIST_KEYS.flatMap((l) => Object.keys(LIST_FIELDS[l].fields).map((k) => `${l}[0].${k}`));
  const fields = editableFields(profile);
  const candidates = [...new Set([...fields.map((f) => f.path), ...generic])];
  const names = new Map(fields.map((f) => [f.path, f.name]));
  const score = (path: string) => {
    const p = path.toLowerCase();
    const name = compact(names.get(path) ?? '');
    if (qc.length >= 3 && (compact(p).includes(qc) || name.includes(qc))) return 0;
    const bare = p.replace(/\[\d+\]/g, '');
    return Math.min(distance(q, p), distance(q.replace(/\[\d+\]/g, ''), bare)) / Math.max(q.length, 1);
  };
  return candidates
    .map((path) => ({ path, s: score(path) }))
    .filter((x) => x.s <= 0.5)
    .sort((a, b) => a.s - b.s)
    .slice(0, 3)
    .map((x) => x.path);
}

function unknownPath(profile: Profile, raw: string): Result<Profile> {
  const close = closePaths(profile, raw);
  const hint = close.length
    ? `Did you mean ${close.join(', ')}?`
    : 'Pick a field from the list, e.g. visa, medSchool.graduated or timeline[0].to.';
  return err([`${quote(raw.trim())} is not a profile field. ${hint}`]);
}

/** The list must hold an item at `index`; otherwise say how many there are. */
function checkIndex(profile: Profile, list: ListKey, index: number, path: string): string | undefined {
  const n = profile[list]?.length ?? 0;
  if (index < n) return undefined;
  const spec = LIST_FIELDS[list];
  if (n === 0) return `${path}: you have no ${spec.plural} yet — add them with /profile setup`;
  return `${path}: there is no ${spec.item} ${index + 1} — you have ${n} (${list}[0]${n > 1 ? ` to ${list}[${n - 1}]` : ''})`;
}

/**
 * Change one field. `rawValue` is read as in the setup flow ("Jul 2018", "y", "Step 2 CK");
 * "", "clear", "remove" or "delete" remove an optional field, a whole item (`timeline[2]`) or a
 * whole list. The result is checked with the schema; every problem names the path.
 */
export function applyEdit(profile: Profile, path: string, rawValue: string, today: string): Result<Profile> {
  const p = parsePath(stripChoiceName(path));
  if (!p) return unknownPath(profile, path);
  const where = canonicalPath(p);
  const raw = rawValue.trim();
  const next = structuredClone(profile) as Record<string, unknown>;

  switch (p.type) {
    case 'medSchool': {
      if (isRemove(raw)) delete next.medSchool;
      else {
        const r = parseMedSchool(raw);
        if (!r.ok) return err([`${where}: ${r.error}`]);
        next.medSchool = r.value;
      }
      break;
    }
    case 'list': {
      const spec = LIST_FIELDS[p.list];
      const v = raw.toLowerCase();
      if (v === 'none' || v === '[]') {
        const n = profile[p.list]?.length ?? 0;
        if (n) {
          return err([
            `${where}: you have ${n} ${n === 1 ? spec.item : spec.plural} listed — remove them one by one (${p.list}[0] with value remove), or use value "remove" to drop the whole list`,
          ]);
        }
        next[p.list] = [];
      } else if (isRemove(raw)) delete next[p.list];
      else
        return err([
          `${where}: use "none" (you have no ${spec.plural}) or "remove" (not given); to change one, edit ${p.list}[0] and so on`,
        ]);
      break;
    }
    case 'item': {
      const bad = checkIndex(profile, p.list, p.index, where);
      if (bad) return err([bad]);
      if (!isRemove(raw) || raw === '') {
        const keys = Object.keys(LIST_FIELDS[p.list].fields).map((k) => `${where}.${k}`);
        return err([
          `${where}: to delete this ${LIST_FIELDS[p.list].item} use the value "remove"; to change it, edit one of ${keys.join(', ')}`,
        ]);
      }
      next[p.list] = (profile[p.list] as unknown[]).filter((_, i) => i !== p.index);
      break;
    }
    case 'top': {
      const spec = p.spec;
      if (p.path === 'medSchool.country' || p.path === 'medSchool.graduated') {
        const school = profile.medSchool;
        if (!school) {
          return err([
            `${where}: your profile has no medical school yet — set country and month together: field medSchool, value "Egypt, 2018-07"`,
          ]);
        }
        if (isRemove(raw))
          return err([
            `${where}: is required with a medical school — to remove both, use field medSchool with value "remove"`,
          ]);
        const r = parseFieldValue(spec, raw);
        if (!r.ok) return err([`${where}: ${r.error}`]);
        next.medSchool = { ...school, [p.path === 'medSchool.country' ? 'country' : 'graduated']: r.value };
        break;
      }
      if (isRemove(raw)) delete next[p.path];
      else {
        const r = parseFieldValue(spec, raw);
        if (!r.ok) return err([`${where}: ${r.error}`]);
        next[p.path] = r.value;
      }
      break;
    }
    case 'itemField': {
      const bad = checkIndex(profile, p.list, p.index, where);
      if (bad) return err([bad]);
      const items = [...(next[p.list] as Record<string, unknown>[])];
      const item = { ...items[p.index] };
      if (isRemove(raw)) {
        if (p.spec.required) {
          return err([
            `${where}: is required for a ${LIST_FIELDS[p.list].item} — to delete the whole entry, use field ${p.list}[${p.index}] with value "remove"`,
          ]);
        }
        delete item[p.key];
      } else {
        const r = parseFieldValue(p.spec, raw);
        if (!r.ok) return err([`${where}: ${r.error}`]);
        item[p.key] = r.value;
      }
      items[p.index] = item;
      next[p.list] = items;
      break;
    }
  }
  // Problems keep the JSON path: it is what the member picked in the field option.
  return parseProfile(next, today);
}
