/**
 * Turning untrusted JSON into a Profile, with messages a member can act on: every problem names
 * the JSON path and says what is expected (`timeline[2].to: "2021-13" is not a month (YYYY-MM)`).
 */
import type { z } from 'zod';
import { humanDay, monthIndex, monthOfDay } from '../dates.js';
import { err, ok, type Result } from '../result.js';
import { plausibilityProblems } from './plausibility.js';
import { profileSchema, type Profile } from './schema.js';

export type PathPart = string | number | symbol;

/** `['timeline', 2, 'to']` → `timeline[2].to`. */
export function formatPath(path: readonly PathPart[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(profile)';
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') {
    return value.length > 40 ? `a ${value.length}-character string` : JSON.stringify(value);
  }
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object { … }',
  array: 'a list [ … ]',
};

/** One zod issue → one or more lines, each starting with the JSON path. */
export function formatIssue(issue: z.core.$ZodIssue): string[] {
  const where = formatPath(issue.path);
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map(
        (k) =>
          `${formatPath([...issue.path, k])}: unknown key ${JSON.stringify(k)} (not in profile v1; check the spelling)`,
      );
    case 'invalid_type':
      if (input === undefined) return [`${where}: is required (${EXPECTED[issue.expected] ?? issue.expected})`];
      return [`${where}: expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${describe(input)}`];
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      // A missing enum/literal field arrives here (not as invalid_type): say it is required.
      if (input === undefined)
        return [`${where}: is required (${issue.values.length === 1 ? allowed : `one of ${allowed}`})`];
      return issue.values.length === 1
        ? [`${where}: must be ${allowed}, got ${describe(input)}`]
        : [`${where}: ${describe(input)} is not one of ${allowed}`];
    }
    case 'too_big':
      if (issue.origin === 'string')
        return [`${where}: too long (${describe(input)}; at most ${issue.maximum} characters)`];
      if (issue.origin === 'array') return [`${where}: too many entries (at most ${issue.maximum})`];
      return [`${where}: ${describe(input)} is too large (at most ${issue.maximum})`];
    case 'too_small':
      if (issue.origin === 'string') return [`${where}: must not be empty`];
      return [`${where}: ${describe(input)} is too small (at least ${issue.minimum})`];
    case 'invalid_format':
      return [`${where}: ${describe(input)} is not in the expected format`];
    default:
      return [`${where}: ${issue.message}`];
  }
}

/** The longest a residency runs (neurosurgery: seven years), so an expected end beyond it is a slip. */
const MAX_RESIDENCY_MONTHS = 8 * 12;

/**
 * Rules that need more than one field or today's date. Run only on a shape-valid profile.
 * Timeline and residency `from` may not be in the future; letters' `asked` and `deadline` may (plans),
 * and so may a residency's `to` when it is not completed (its expected end). A residency marked
 * completed has an end month, not "present".
 */
export function crossFieldProblems(p: Profile, today: string): string[] {
  const problems: string[] = [];
  const now = monthIndex(monthOfDay(today));
  // Today as a person writes it ("22 Nov 2026"): the setup shows this line to the member.
  const todayText = humanDay(today);
  const future = (path: string, m: string) => {
    if (monthIndex(m) > now) problems.push(`${path}: ${JSON.stringify(m)} is in the future (today is ${todayText})`);
  };
  if (p.medSchool) future('medSchool.graduated', p.medSchool.graduated);
  p.exams?.forEach((e, i) => future(`exams[${i}].date`, e.date));
  p.professionalism?.forEach((e, i) => future(`professionalism[${i}].date`, e.date));
  p.timeline?.forEach((t, i) => {
    future(`timeline[${i}].from`, t.from);
    if (t.to !== 'present') {
      if (monthIndex(t.to) < monthIndex(t.from)) {
        problems.push(`timeline[${i}]: "to" (${t.to}) is before "from" (${t.from})`);
      } else {
        future(`timeline[${i}].to`, t.to);
      }
    }
  });
  p.residencies?.forEach((r, i) => {
    future(`residencies[${i}].from`, r.from);
    if (r.to === 'present') {
      if (r.completed) {
        problems.push(
          `residencies[${i}]: "completed" is true but "to" is "present" — give the month it ended, or set completed to false while you are still in it`,
        );
      }
    } else if (monthIndex(r.to) < monthIndex(r.from)) {
      problems.push(`residencies[${i}]: "to" (${r.to}) is before "from" (${r.from})`);
    } else if (monthIndex(r.to) > now) {
      // A month still to come is the expected end of a residency under way (README, profile
      // section): allowed with completed false, never as a finished one. Further ahead than any
      // residency runs is a slip, not a plan.
      if (r.completed) {
        problems.push(
          `residencies[${i}]: "completed" is true but "to" (${r.to}) is in the future (today is ${todayText}) — while you are still in this residency, set completed to false; "to" is then its expected end`,
        );
      } else if (monthIndex(r.to) - monthIndex(r.from) >= MAX_RESIDENCY_MONTHS) {
        problems.push(
          `residencies[${i}].to: ${JSON.stringify(r.to)} is more than ${MAX_RESIDENCY_MONTHS / 12} years after "from" (${r.from}) — give the month the residency is expected to end, or "present"`,
        );
      }
    }
  });
  const thisYear = Number(today.slice(0, 4));
  p.letters?.forEach((l, i) => {
    if (l.year > thisYear) problems.push(`letters[${i}].year: ${l.year} is in the future (today is ${todayText})`);
  });
  return [...problems, ...plausibilityProblems(p, today)];
}

/** Validate an already-parsed JSON value. */
export function parseProfile(input: unknown, today: string): Result<Profile> {
  const parsed = profileSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return err(parsed.error.issues.flatMap(formatIssue));
  const problems = crossFieldProblems(parsed.data, today);
  return problems.length ? err(problems) : ok(parsed.data);
}

/** Largest profile file we accept; a real profile is a few kilobytes. */
export const MAX_PROFILE_BYTES = 256 * 1024;

/** Validate profile JSON text (from a file or a Discord attachment). */
export function parseProfileText(text: string, today: string): Result<Profile> {
  if (text.length > MAX_PROFILE_BYTES) {
    return err([`(profile): file is too large (${text.length} bytes; a profile is at most ${MAX_PROFILE_BYTES})`]);
  }
  if (text.includes('\u0000')) return err(['(profile): this is a binary file, not JSON']);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    // V8 quotes the offending text, newlines included; keep the message on one line.
    const detail = (e instanceof Error ? e.message : String(e)).replace(/\s*\n\s*/g, ' ');
    return err([`(profile): not valid JSON (${detail})`]);
  }
  return parseProfile(json, today);
}
