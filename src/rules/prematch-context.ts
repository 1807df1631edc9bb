/**
 * The context of a pre-match email (contract: `prematch --context FILE`): what kind of email it is,
 * to which program, when the interview was, when it goes out, and what was sent before. Strict:
 * an unknown key is an error naming it, since a typo such as `interviewdate` would silently turn
 * off the late-thank-you check.
 */
import { z } from 'zod';
import { daysBetween } from '../core/dates.js';
import { day } from '../core/profile/schema.js';
import { formatIssue, formatPath } from '../core/profile/parse.js';
import { err, ok, type Result } from '../core/result.js';

export const PREMATCH_KINDS = ['inquiry', 'thank-you', 'update', 'top-choice', 'other'] as const;
export type PrematchKind = (typeof PREMATCH_KINDS)[number];

/** A context file is a few lines; anything bigger is not a context. */
export const MAX_CONTEXT_BYTES = 16 * 1024;

const programName = z.string().trim().min(1, 'must not be empty').max(200);

export const previousEmailSchema = z.strictObject({
  kind: z.enum(PREMATCH_KINDS),
  program: programName,
  date: day,
});

export const prematchContextSchema = z.strictObject({
  kind: z.enum(PREMATCH_KINDS),
  program: programName.optional(),
  interviewDate: day.optional(),
  sendDate: day.optional(),
  previous: z.array(previousEmailSchema).max(200).optional(),
});

export type PrematchContext = z.infer<typeof prematchContextSchema>;
export type PreviousEmail = z.infer<typeof previousEmailSchema>;

/** Used when no --context is given: nothing is assumed, so no date or history check can fire. */
export const DEFAULT_CONTEXT: PrematchContext = { kind: 'other' };

const KEYS = Object.keys(prematchContextSchema.shape).join(', ');
const PREVIOUS_KEYS = Object.keys(previousEmailSchema.shape).join(', ');

function issueLines(issue: z.core.$ZodIssue): string[] {
  if (issue.code === 'unrecognized_keys') {
    const allowed = issue.path.length ? PREVIOUS_KEYS : KEYS;
    return issue.keys.map(
      (k) =>
        `${formatPath([...issue.path, k])}: unknown key ${JSON.stringify(k)} (allowed: ${allowed}; check the spelling)`,
    );
  }
  return formatIssue(issue).map((line) => line.replace(/^\(profile\)/, '(context)'));
}

/** Validate an already-parsed context value; every problem names its JSON path. */
export function parsePrematchContext(input: unknown): Result<PrematchContext> {
  const parsed = prematchContextSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return err(parsed.error.issues.flatMap(issueLines));
  const c = parsed.data;
  if (c.kind === 'thank-you' && c.interviewDate && c.sendDate && daysBetween(c.interviewDate, c.sendDate) < 0) {
    return err([
      `sendDate: ${c.sendDate} is before interviewDate ${c.interviewDate}; a thank-you goes out after the interview`,
    ]);
  }
  return ok(c);
}

/** Validate context JSON text from a file or an attachment. */
export function parsePrematchContextText(text: string): Result<PrematchContext> {
  if (!text.trim()) return err(['(context): file is empty; expected a JSON object such as {"kind": "thank-you"}']);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return err([`(context): not valid JSON (${e instanceof Error ? e.message : String(e)})`]);
  }
  return parsePrematchContext(json);
}

/**
 * Checks that only ever look at one kind of email (src/text/prematch.ts: the update count needs an
 * update, the thank-you timing a thank-you): a clean result for another kind must not list them
 * as checks that found nothing.
 */
export function checksNotForKind(kind: PrematchKind): { id: 'too-many-updates' | 'late-thank-you' }[] {
  return [
    ...(kind === 'update' ? [] : [{ id: 'too-many-updates' as const }]),
    ...(kind === 'thank-you' ? [] : [{ id: 'late-thank-you' as const }]),
  ];
}
