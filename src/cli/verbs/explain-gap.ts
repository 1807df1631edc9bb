/**
 * `advisor explain-gap --profile FILE [--from YYYY-MM --to YYYY-MM] [--draft FILE]`: pick one gap of
 * 6+ months (the longest by default), write a first-person explanation from the member's facts, and
 * lint the member's own draft when given (otherwise the advisor's draft). `draft` in the JSON is
 * always the advisor's draft; `judged` says which text `lint` and `words` are about. With
 * OPENAI_API_KEY and --llm-consent, the advisor's draft is the model's personal version when it
 * passes the linter (`standardDraft` then holds the composer's), and the JSON gains `llm`.
 */
import { checkGapText, fillFirstMessage } from '../../composers/gap-check.js';
import { awayChoice, composeAwayDraft } from '../../composers/away-draft.js';
import { composeGapDraft } from '../../composers/gap-draft.js';
import { shortStretchAnswer } from '../../composers/gap-short.js';
import { humanMonth, isMonth, monthFromIndex, monthIndex } from '../../core/dates.js';
import { UserError } from '../../core/errors.js';
import { formatRef } from '../../knowledge/outline.js';
import { personalGapDraft } from '../../llm/features/gap.js';
import { beyondTheChecks, countPlaceholders, countWords, GAP_LINT_CLEAN } from '../../rules/gap-lint.js';
import { toneNotes } from '../../rules/gap-tone.js';
import { gaps as allGaps, gapFacts, type Gap } from '../../core/profile/derived.js';
import type { Profile } from '../../core/profile/schema.js';
import {
  describeGap,
  explainableGaps,
  GAP_MIN_MONTHS,
  passedOverWords,
  askedFirstWords,
  selectGap,
  type GapRange,
} from '../../rules/gap-select.js';
import { wrapBullet, wrapParagraph } from '../format-paragraph.js';
import { cliLlm, LLM_CONSENT_OPTION, llmJson, llmNoteLines } from '../llm.js';
import type { Verb } from '../types.js';

const USAGE = 'explain-gap --profile FILE [--from YYYY-MM --to YYYY-MM] [--draft FILE] [--llm-consent]';

/** A gap explanation is one paragraph; 20 KB is already a hundred times that. */
export const DRAFT_MAX_BYTES = 20 * 1024;

function monthOption(name: 'from' | 'to', value: string | boolean | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !isMonth(value)) {
    throw new UserError(`--${name}: ${JSON.stringify(value)} is not a month (YYYY-MM), e.g. --${name} 2021-06`);
  }
  return value;
}

export const verb: Verb = {
  usage: USAGE,
  options: {
    profile: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    draft: { type: 'string' },
    ...LLM_CONSENT_OPTION,
  },
  async run({ values, ctx }) {
    const path = values.profile;
    if (typeof path !== 'string' || path === '') {
      throw new UserError(`--profile: required, the path of your profile JSON file (usage: advisor ${USAGE})`);
    }
    const from = monthOption('from', values.from);
    const to = monthOption('to', values.to);
    if (from && to && monthIndex(from) > monthIndex(to)) {
      throw new UserError(`--from: ${from} is after --to ${to}; give the earlier month first`);
    }
    const draftPath = values.draft;
    if (draftPath !== undefined && (typeof draftPath !== 'string' || draftPath === '')) {
      throw new UserError('--draft: give the path of a text file with your explanation');
    }

    const profile = ctx.readProfile(path);
    const memberDraft = draftPath === undefined ? undefined : ctx.readText(draftPath, 'draft', DRAFT_MAX_BYTES);
    if (memberDraft !== undefined && !memberDraft.trim()) {
      throw new UserError(`${draftPath}: draft is empty; write your gap explanation (one paragraph) in the file`);
    }

    const range: GapRange = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
    // No gap of 6+ months to explain (none at all, or none in the range typed) but years away from
    // patient care: that stretch is what programs ask about, so it is drafted (newcomer trial 17).
    const named = (from ?? to) !== undefined;
    const away = awayChoice(
      profile,
      ctx.today,
      range,
      named ? rangeHasGap(profile, ctx.today, range) : anyGap(profile, ctx.today),
    );
    // A period named by its dates with no gap of 6+ months in it is answered about that period:
    // below the threshold, one neutral line if asked; never the draft of another gap.
    // Months the timeline fills with work hold no break: that stays the usage error (exit 2) naming
    // the member's gaps, so scripts never get a result without a gap.
    if (!away && named && memberDraft === undefined && !rangeHasGap(profile, ctx.today, range)) {
      const short = shortStretchResult(profile, ctx.today, range);
      if (short) return short;
    }
    // A member with no gap of 6+ months who wrote a draft anyway still wants it read: lint it,
    // and say the break may not need explaining (instead of refusing with exit status 2).
    if (!away && !explainableGaps(profile, ctx.today).length) {
      if (memberDraft !== undefined) return shortGapReview(profile, ctx.today, memberDraft, draftPath as string, range);
      try {
        selectGap(profile, ctx.today, range);
      } catch (e) {
        if (e instanceof UserError)
          throw new UserError(`${e.message}; to have a text of your own checked anyway, add --draft FILE`);
        throw e;
      }
    }
    // The contract fixes the CLI's default as the longest gap found; a weightier one is named below.
    const choice = away ?? selectGap(profile, ctx.today, range, { prefer: 'longest' });
    const composed = away
      ? composeAwayDraft(profile, away.gap, ctx.today)
      : composeGapDraft(profile, choice.gap, ctx.today);
    const llm = await cliLlm(values);
    const personal = llm
      ? await personalGapDraft(llm, {
          profile,
          today: ctx.today,
          gap: choice.gap,
          draft: composed,
          ...(memberDraft !== undefined ? { memberDraft } : {}),
        })
      : undefined;
    const draft = personal?.fromModel
      ? {
          ...composed,
          text: personal.text,
          words: countWords(personal.text),
          placeholders: countPlaceholders(personal.text),
        }
      : composed;
    const judgedText = memberDraft ?? draft.text;
    const { lints: lint, unfilled, clean } = checkGapText(judgedText);
    const judged = memberDraft === undefined ? 'advisor' : 'member';
    const g = choice.gap;

    const json = {
      gap: gapFacts(g),
      draft: draft.text,
      lint: lint.map(lintJson),
      words: countWords(judgedText),
      judged,
      // The [bracketed] parts left in the judged text: while any is left it is not ready to send.
      unfilled,
      family: draft.family,
      familyBasis: draft.familyBasis,
      draftWords: draft.words,
      placeholders: draft.placeholders,
      notes: draft.notes,
      pickedBy: choice.pickedBy,
      ...(away ? { kind: 'time-away-from-patient-care' } : {}),
      ...(choice.askedFirst
        ? { askedFirst: { from: choice.askedFirst.from, to: choice.askedFirst.to, months: choice.askedFirst.months } }
        : {}),
      otherGaps: choice.all.filter((x) => x !== g).map((x) => ({ from: x.from, to: x.to, months: x.months })),
      sources: draft.sources,
      ...(personal
        ? { llm: llmJson(personal.llm), ...(personal.fromModel ? { standardDraft: composed.text } : {}) }
        : {}),
    };

    const out: string[] = [];
    const count = choice.all.length;
    const how =
      choice.pickedBy === 'range'
        ? 'the one matching --from/--to'
        : choice.pickedBy === 'weighed'
          ? passedOverWords(choice)
          : count > 1
            ? `the longest of your ${count} gaps of ${GAP_MIN_MONTHS}+ months`
            : `your only gap of ${GAP_MIN_MONTHS}+ months`;
    if (away)
      out.push(
        `Time away from patient care to explain: ${describeGap(g)}. Your timeline has no training gap of ${GAP_MIN_MONTHS}+ months${named ? ' in the range you gave' : ''}, but your last clinical work ended ${humanMonth(monthFromIndex(monthIndex(g.from) - 1))} and programs ask about the time since (clinical currency).`,
      );
    else out.push(`Gap to explain: ${describeGap(g)}, ${how}`);
    const first = askedFirstWords(choice);
    if (first) out.push(first);
    out.push(`Reason read as: ${draft.familyWords} (from ${draft.familyBasis})`, '');

    const fill = draft.placeholders ? '; fill the [bracketed] parts' : '';
    out.push(`SUGGESTED EXPLANATION (${draft.words} words${fill})`, ...wrapParagraph(draft.text), '');

    out.push(
      judged === 'member'
        ? `CHECK OF YOUR DRAFT (${json.words} words, ${draftPath})`
        : 'CHECK OF THE SUGGESTED EXPLANATION',
    );
    // A template with brackets left is never called clean: fill them first, then --draft.
    if (unfilled.length)
      out.push(...wrapBullet(fillFirstMessage(unfilled, judged, 'run this command again with --draft FILE')));
    if (clean) out.push(...wrapBullet(GAP_LINT_CLEAN));
    for (const l of lint) out.push(...wrapBullet(`${l.id}: ${l.message}`));
    if (judged === 'member') {
      for (const n of toneNotes(judgedText))
        out.push(...wrapBullet(`tone (${n.id}): ${n.message} Your words: "${n.quote}"`));
      for (const b of beyondTheChecks(judgedText)) out.push(...wrapBullet(`cannot judge: ${b}`));
    }
    out.push('');

    // When the suggestion is what was checked, the check above asks for its brackets, counted in
    // the text shown (the model's version may have none): the composer's note is not repeated.
    const notes = draft.notes.filter((n) => n !== draft.fillNote || judged === 'member');
    if (notes.length) {
      out.push('NOTES');
      for (const n of notes) out.push(...wrapBullet(n));
      out.push('');
    }
    if (json.otherGaps.length) {
      out.push('OTHER GAPS');
      for (const x of choice.all.filter((y) => y !== g)) {
        out.push(`  - ${describeGap(x)}: explain it with --from ${x.from} --to ${x.to}`);
      }
      out.push('');
    }
    out.push('SOURCES', ...wrapParagraph(draft.sources.map(formatRef).join(', ')));
    if (personal) out.push(...llmNoteLines(personal.llm));
    return { json, text: out.join('\n') };
  },
};

/** One lint finding as `--json` shows it (its quote only when it has one). */
function lintJson(l: ReturnType<typeof checkGapText>['lints'][number]) {
  return { id: l.id, message: l.message, ...(l.quote ? { quote: l.quote } : {}), sources: l.sources };
}

/** The member's shorter gap their draft is about: the one overlapping --from/--to, else the longest. */
function shortGap(profile: Profile, today: string, range: GapRange): Gap | undefined {
  const found = (allGaps(profile, today) ?? []).filter((g) => g.months > 0);
  const lo = range.from ?? range.to;
  const hi = range.to ?? range.from;
  const fits = lo && hi ? found.filter((g) => g.from <= hi && g.to >= lo) : found;
  return [...fits].sort((a, b) => b.months - a.months || a.from.localeCompare(b.from))[0];
}

/**
 * `--draft` when the timeline has no gap of GAP_MIN_MONTHS or more: the same lint, no suggested
 * draft (`draft` is empty), `gap` the shorter break the draft is probably about (null when none),
 * and a note that such a break may not need a written explanation at all.
 */
function shortGapReview(profile: Profile, today: string, text: string, draftPath: string, range: GapRange) {
  const { lints: lint, unfilled, clean } = checkGapText(text);
  const g = shortGap(profile, today, range);
  const where = g ? `Your timeline shows a break of ${describeGap(g)}` : 'Your timeline shows no gap';
  const note =
    `${where}: shorter than ${GAP_MIN_MONTHS} months, so the red-flag report does not count it, and it may not need a ` +
    'written explanation at all. Give those months a dated ERAS experience entry, and keep this text for when someone asks.';
  const json = {
    gap: g ? gapFacts(g) : null,
    draft: '',
    lint: lint.map(lintJson),
    words: countWords(text),
    judged: 'member' as const,
    unfilled,
    notes: [note],
    otherGaps: [],
  };
  const out: string[] = [];
  out.push(`No gap of ${GAP_MIN_MONTHS}+ months in your timeline: your draft is checked on its own.`, '');
  out.push(`CHECK OF YOUR DRAFT (${json.words} words, ${draftPath})`);
  if (unfilled.length)
    out.push(...wrapBullet(fillFirstMessage(unfilled, 'member', 'run this command again with --draft FILE')));
  if (clean) out.push(...wrapBullet(GAP_LINT_CLEAN));
  for (const l of lint) out.push(...wrapBullet(`${l.id}: ${l.message}`));
  for (const n of toneNotes(text)) out.push(...wrapBullet(`tone (${n.id}): ${n.message} Your words: "${n.quote}"`));
  for (const b of beyondTheChecks(text)) out.push(...wrapBullet(`cannot judge: ${b}`));
  out.push('', 'NOTES', ...wrapBullet(note));
  return { json, text: out.join('\n') };
}

/** Whether the timeline has any gap of 6+ months (false when it cannot tell). */
function anyGap(profile: Profile, today: string): boolean {
  try {
    return explainableGaps(profile, today).length > 0;
  } catch (e) {
    if (e instanceof UserError) return true; // the usual path says what is missing
    throw e;
  }
}

/** Whether a gap of 6+ months overlaps the range (selectGap's own reading). */
function rangeHasGap(profile: Profile, today: string, range: GapRange): boolean {
  try {
    return explainableGaps(profile, today).length > 0 && selectGap(profile, today, range).pickedBy === 'range';
  } catch (e) {
    if (e instanceof UserError) return false;
    throw e;
  }
}

/** The short break's answer in the contract's shape (`draft` is the one neutral line), or undefined when the range holds no break. */
function shortStretchResult(profile: Profile, today: string, range: GapRange) {
  const a = shortStretchAnswer(profile, today, range);
  if (!a.gap) return undefined;
  const others = explainableGaps(profile, today);
  // Every [bracket] left in the line is listed, as for a full draft (the README's `unfilled`).
  const unfilled = a.line ? checkGapText(a.line).unfilled : [];
  const json = {
    gap: gapFacts(a.gap),
    draft: a.line ?? '',
    lint: [],
    words: a.line ? countWords(a.line) : 0,
    judged: 'advisor' as const,
    unfilled,
    notes: [a.text],
    otherGaps: others.map((x) => ({ from: x.from, to: x.to, months: x.months })),
  };
  const out: string[] = [...wrapParagraph(a.text), ''];
  if (a.line) out.push('IF SOMEONE ASKS, ONE LINE IS ENOUGH', ...wrapParagraph(a.line), '');
  if (unfilled.length) {
    out.push(...wrapBullet(fillFirstMessage(unfilled, 'advisor', 'run this command again with --draft FILE')), '');
  }
  if (others.length) {
    out.push(`GAPS OF ${GAP_MIN_MONTHS}+ MONTHS`);
    for (const x of others) out.push(`  - ${describeGap(x)}: explain it with --from ${x.from} --to ${x.to}`);
  }
  return { json, text: out.join('\n').trimEnd() };
}
