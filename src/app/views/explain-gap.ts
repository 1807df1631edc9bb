/**
 * /explain-gap as Views: the gap picked (the longest by default, or the one a range or the select
 * menu names), a first-person draft built from the member's facts with the lint of that draft, and
 * the review of a draft the member pastes (lint findings quoting their words). Engines:
 * selectGap/explainableGaps (src/rules/gap-select.ts), composeGapDraft (src/composers/gap-draft.ts),
 * lintGapExplanation (src/rules/gap-lint.ts). With a model configured and the member's consent,
 * the suggestion is the model's personal version when it passes the same lint
 * (src/llm/features/gap.ts); a member's own draft is judged by the lint alone.
 *
 * Custom ids: `explain-gap:pick:<ownerId>` (select; values `<from>..<to>`),
 * `explain-gap:review:<from>:<to>` (button → modal `explain-gap:draft:<from>:<to>`),
 * `explain-gap:open:<from>:<to>` (from /redflag).
 */
import { bracketCount, checkGapText, fillFirstMessage } from '../../composers/gap-check.js';
import { awayChoice, composeAwayDraft } from '../../composers/away-draft.js';
import { composeGapDraft, type GapDraft } from '../../composers/gap-draft.js';
import { shortStretchAnswer } from '../../composers/gap-short.js';
import { humanMonth, isMonth } from '../../core/dates.js';
import { isUserError, UserError } from '../../core/errors.js';
import { gaps, type Gap } from '../../core/profile/derived.js';
import { OPTIONS, optionLabel } from '../../core/profile/field-specs.js';
import type { Profile } from '../../core/profile/schema.js';
import { formatRef, type SourceRef } from '../../knowledge/outline.js';
import { customId } from '../../discord/command.js';
import { personalGapDraft, type PersonalGapDraft } from '../../llm/features/gap.js';
import { beyondTheChecks, countPlaceholders, countWords, GAP_LINT_CLEAN, type GapLint } from '../../rules/gap-lint.js';
import { toneNotes } from '../../rules/gap-tone.js';
import {
  describeGap,
  explainableGaps,
  GAP_MIN_MONTHS,
  passedOverWords,
  selectGap,
  type GapRange,
} from '../../rules/gap-select.js';
import type { AppContext } from '../context.js';
import { llmNoteSections, memberLlm } from '../llm.js';
import { button, memberText, pressAction, type Action, type Section, type SelectAction, type View } from '../view.js';
import { copyable } from './copyable.js';
import { noProfileView, SETUP_BUTTON_ID } from './no-profile.js';

/** Discord shows at most 25 options in a select menu (and 25 autocomplete choices). */
export const GAP_MENU_MAX = 25;

/** What the timeline lists for a gap's months, in words ("exam preparation, no activity"). */
const activityWords = (g: Gap): string =>
  g.activities.map((a) => optionLabel(OPTIONS.activity, a).toLowerCase()).join(', ');

/**
 * Autocomplete for /explain-gap's `from` and `to`: the member's own gaps (6 months or more),
 * named in words, matching what they typed; for `to`, the end of the gap `from` names comes
 * first. Only suggestions: whatever is submitted is checked by monthRange and selectGap.
 */
export async function gapChoices(
  ctx: AppContext,
  userId: string,
  focused: 'from' | 'to',
  typed: string,
  from?: string,
): Promise<Array<{ name: string; value: string }>> {
  const profile = await ctx.store.getProfile(userId);
  if (!profile) return [];
  let all: Gap[];
  try {
    all = explainableGaps(profile, ctx.today());
  } catch (e) {
    if (isUserError(e)) return []; // no timeline yet: the command itself explains what is missing
    throw e;
  }
  const q = typed.trim().toLowerCase();
  const matches = all.filter(
    (g) => !q || describeGap(g).toLowerCase().includes(q) || g.from.includes(q) || g.to.includes(q),
  );
  const ordered =
    focused === 'to' && from ? [...matches].sort((a, b) => Number(b.from === from) - Number(a.from === from)) : matches;
  return ordered.slice(0, GAP_MENU_MAX).map((g) => {
    const listed = g.activities.length ? ` · listed as ${activityWords(g)}` : '';
    const name = `${focused === 'from' ? 'Gap' : 'Until'} ${describeGap(g)}${listed}`;
    return { name: name.length <= 100 ? name : `${name.slice(0, 99)}…`, value: focused === 'from' ? g.from : g.to };
  });
}

const LINT_TITLE: Record<string, string> = {
  blame: 'Blame',
  'too-long': 'Too long',
  'no-actions': 'No actions',
  'no-outcome': 'No result someone could check',
  'no-informatics-link': 'No link to clinical informatics',
};

const TONE_TITLE: Record<'apology' | 'pleading' | 'family-medical-detail', string> = {
  apology: 'Tone: an apology',
  pleading: 'Tone: a plea',
  'family-medical-detail': "Privacy: a relative's medical details",
};

const sources = (refs: readonly SourceRef[]) => `Guides: ${refs.map((r) => `\`${formatRef(r)}\``).join(', ')}`;

export const pickId = (ownerId: string): string => customId('explain-gap', 'pick', ownerId);
export const reviewId = (from: string, to: string): string => customId('explain-gap', 'review', from, to);
export const draftModalId = (from: string, to: string): string => customId('explain-gap', 'draft', from, to);

/** Select values: `<from>..<to>`, e.g. `2022-07..2023-03`. */
export const gapValue = (g: { from: string; to: string }): string => `${g.from}..${g.to}`;

export function parseGapValue(value: string): { from: string; to: string } | undefined {
  const [from = '', to = ''] = value.split('..');
  return isMonth(from) && isMonth(to) && from <= to ? { from, to } : undefined;
}

/** The member's month range (`--from/--to`, or a button's), checked. */
export function monthRange(from: string | undefined, to: string | undefined): GapRange {
  for (const [name, v] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (v !== undefined && !isMonth(v)) throw new UserError(`${name}: "${v}" is not a month (YYYY-MM), e.g. 2021-06`);
  }
  if (from && to && from > to) throw new UserError(`from: ${from} is after to ${to}; give the earlier month first`);
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

function gapMenu(all: readonly Gap[], current: Gap, owner: string): SelectAction {
  // The longest first when there are more than fit; the menu itself reads chronologically.
  const shown = [...all]
    .sort((a, b) => b.months - a.months)
    .slice(0, GAP_MENU_MAX)
    .sort((a, b) => (a.from < b.from ? -1 : 1));
  return {
    kind: 'select',
    customId: pickId(owner),
    placeholder: 'Explain another gap',
    options: shown.map((g) => ({
      label: describeGap(g),
      value: gapValue(g),
      ...(g.activities.length ? { description: `Listed as: ${activityWords(g)}` } : {}),
      ...(g.from === current.from ? { default: true } : {}),
    })),
    hint: '/explain-gap <from YYYY-MM> <to YYYY-MM>',
  };
}

function lintSection(l: GapLint): Section {
  return {
    title: LINT_TITLE[l.id] ?? l.id,
    // Lint messages quote the member's words: shown as text, never as markdown.
    body: memberText(l.message),
    ...(l.quote ? { fields: [{ name: 'Your words', value: `> ${memberText(l.quote)}` }] } : {}),
    footer: sources(l.sources),
    tone: l.id === 'blame' ? 'danger' : 'warning',
  };
}

/** The composer's notes speak CLI ("check it with --draft"); here the button does that. */
const forChat = (note: string) => note.replace(/with --draft\b/, 'with "Review my own draft"');

/** The gap to explain, or the View that says why there is none. */
type Resolved =
  { view: View } | { all: Gap[]; choice: ReturnType<typeof selectGap>; lead: string | undefined; draft: GapDraft };

function resolveGap(profile: Profile, today: string, range: GapRange): Resolved {
  let all: Gap[];
  try {
    all = explainableGaps(profile, today);
  } catch (error) {
    if (isUserError(error)) return { view: missingTimelineView(error.message) };
    throw error;
  }
  const named = (range.from ?? range.to) !== undefined;
  // No gap of 6+ months to explain (none, or none in the range typed) but years away from patient
  // care: that stretch is what programs ask about (newcomer trial 17 was told "nothing to explain").
  const fits = all.length > 0 && (!named || rangeFits(profile, today, range));
  const away = awayChoice(profile, today, range, fits);
  if (away) {
    const lead = `No training gap of ${GAP_MIN_MONTHS}+ months${named ? ' in the months you gave' : ''}, but you have been away from patient care since ${humanMonth(away.gap.from)}: programs ask about that time (clinical currency), so here is a draft for it.`;
    return { all: away.all, choice: away, lead, draft: composeAwayDraft(profile, away.gap, today) };
  }
  if (!all.length && !named) return { view: noGapsView(profile, today) };

  let choice;
  try {
    choice = selectGap(profile, today, range);
  } catch (error) {
    if (!isUserError(error)) throw error;
    // The member named a period with no gap of 6+ months in it (or one that no longer matches,
    // the profile changed since the button was made): answer about that period, never draft
    // another one in its place (newcomer trial 12 got the longest gap for four short months).
    return { view: shortStretchView(profile, today, range, all) };
  }
  return { all, choice, lead: undefined, draft: composeGapDraft(profile, choice.gap, today) };
}

/** Whether a gap of 6+ months overlaps the member's range. */
function rangeFits(profile: Profile, today: string, range: GapRange): boolean {
  try {
    return selectGap(profile, today, range).pickedBy === 'range';
  } catch (error) {
    if (isUserError(error)) return false;
    throw error;
  }
}

/**
 * The draft view. With `personal` (the model's version, which passed the same lint), its text is
 * shown in place of the composer's; its note, if any, is one line at the end.
 */
function gapDraftView(r: Exclude<Resolved, { view: View }>, owner: string, personal?: PersonalGapDraft): View {
  const { all, choice, lead, draft } = r;
  const g = choice.gap;
  const fromModel = personal?.fromModel === true;
  const text = fromModel ? personal!.text : draft.text;
  const words = fromModel ? countWords(text) : draft.words;
  const placeholders = fromModel ? countPlaceholders(text) : draft.placeholders;
  const check = checkGapText(text);
  const lints = check.lints;
  const shown = copyable(text);
  const fill = placeholders ? `; fill the ${placeholders} [bracketed] part${placeholders > 1 ? 's' : ''}` : '';

  // A template with brackets left is never called clean: the member is asked to fill them first.
  const checkBody = [
    ...(check.unfilled.length
      ? [fillFirstMessage(check.unfilled, 'advisor', pressAction('Review my own draft'), memberText)]
      : []),
    ...lints.map((l) => `- **${l.id}**: ${memberText(l.message)}`),
  ];
  const sections: Section[] = [
    {
      title: `Suggested explanation (${words} words${fill})`,
      body: shown.body,
      tone: 'info',
      ...(fromModel ? { footer: MODEL_DRAFT_FOOTER } : {}),
    },
    check.clean
      ? { title: 'Check of the suggestion', body: GAP_LINT_CLEAN, tone: 'success' }
      : { title: 'Check of the suggestion', body: checkBody.join('\n'), tone: 'warning' },
  ];
  // The check above asks for the brackets, counted in the text shown (the model's version may have none).
  const notes = draft.notes.filter((n) => n !== draft.fillNote);
  if (notes.length) {
    sections.push({
      title: 'Before you use it',
      body: notes.map((n) => `- ${memberText(forChat(n))}`).join('\n'),
      footer: sources(draft.sources),
    });
  }
  if (personal) sections.push(...llmNoteSections(personal.llm));
  const actions: Action[][] = [];
  if (all.length > 1) actions.push([gapMenu(all, g, owner)]);
  actions.push([
    button(reviewId(g.from, g.to), 'Review my own draft', { style: 'primary', hint: '/explain-gap review' }),
    button('mock:flag:training-gap', 'Practise saying it', { style: 'secondary', hint: '/mock start red-flag' }),
  ]);
  const how =
    choice.pickedBy === 'range'
      ? 'the one you picked'
      : choice.pickedBy === 'weighed'
        ? passedOverWords(choice).replace(` of ${GAP_MIN_MONTHS}+ months`, '')
        : all.length > 1
          ? `the longest of your ${all.length}`
          : 'your only one';
  return {
    text: [
      lead,
      draft.familyWords === 'time away from patient care'
        ? `**Time away from patient care to explain: ${describeGap(g)}**.`
        : `**Gap to explain: ${describeGap(g)}**, ${how} (gaps of ${GAP_MIN_MONTHS}+ months).`,
    ]
      .filter(Boolean)
      .join('\n'),
    sections,
    actions,
    ...(shown.long ? { files: [{ name: 'gap-explanation.txt', content: text }] } : {}),
    personal: true,
  };
}

export const MODEL_DRAFT_FOOTER =
  'Written for you by the AI model from your profile and the draft above, then checked by the same rules. Nothing in it should be new to you: check every fact.';

/** No timeline or graduation month: say what is missing and how to add it. */
export function missingTimelineView(problem: string): View {
  return {
    text: "I can't tell which months are gaps yet: your profile is missing something I need.",
    sections: [
      {
        title: 'What is missing',
        body: memberText(problem),
        tone: 'warning',
      },
      {
        title: 'How to add it',
        body: [
          `- **Step by step**: ${pressAction('Set up my profile', { capital: true })} (the timeline is one of the steps), or change one field with /profile edit.`,
          '- **From a file**: add `medSchool.graduated` and `timeline` entries (from, to, activity) to your profile JSON and run /profile import.',
        ].join('\n'),
        footer: 'Then run /explain-gap again.',
      },
    ],
    actions: [[button(SETUP_BUTTON_ID, 'Set up my profile', { style: 'primary', hint: '/profile setup' })]],
    personal: true,
  };
}

export function noGapsView(profile: Profile, today?: string): View {
  const since = profile.medSchool?.graduated
    ? ` since you graduated in ${humanMonth(profile.medSchool.graduated)}`
    : '';
  // A member with a shorter break who wrote a paragraph anyway still wants it read (the lint does
  // not need a 6-month gap): offer the review for the longest such break.
  const short = today
    ? [...(gaps(profile, today) ?? [])].sort((a, b) => b.months - a.months || a.from.localeCompare(b.from))[0]
    : undefined;
  const wrote = short
    ? ` Your timeline shows a break of ${describeGap(short)}: if you wrote a few lines about it anyway, I can check them.`
    : '';
  return {
    text: `**No gap of ${GAP_MIN_MONTHS}+ months** in your timeline${since}: nothing that needs a written explanation.`,
    sections: [
      {
        body: `Shorter breaks rarely need one. If a stretch is missing from your timeline, add it (/profile edit or /profile import) and run /explain-gap again: an uncovered month counts as a gap.${wrote}`,
        tone: 'success',
      },
    ],
    ...(short
      ? {
          actions: [
            [
              button(reviewId(short.from, short.to), 'Review my own draft', {
                style: 'primary',
                hint: '/explain-gap review',
              }),
            ],
          ],
        }
      : {}),
    personal: true,
  };
}

/** A named period under the gap threshold: why it needs no written explanation, and one neutral line. */
function shortStretchView(profile: Profile, today: string, range: GapRange, all: readonly Gap[]): View {
  const a = shortStretchAnswer(profile, today, range);
  const others = all.length
    ? `Your ${all.length > 1 ? `gaps of ${GAP_MIN_MONTHS}+ months are` : `gap of ${GAP_MIN_MONTHS}+ months is`} ${all.map(describeGap).join(', ')}: /explain-gap with ${all.length > 1 ? 'their' : 'its'} months drafts ${all.length > 1 ? 'one' : 'it'}.`
    : '';
  const sections: Section[] = [];
  if (a.line) sections.push({ title: 'If someone asks, one line is enough', body: memberText(a.line), tone: 'info' });
  // A [bracket] the member must fill is said, as for a full draft: never left to be read aloud.
  const unfilled = a.line ? checkGapText(a.line).unfilled : [];
  if (unfilled.length) {
    sections.push({
      body: fillFirstMessage(unfilled, 'advisor', pressAction('Review my own draft'), memberText),
      tone: 'warning',
    });
  }
  if (others) sections.push({ body: others });
  return {
    text: a.text,
    sections,
    ...(a.gap
      ? {
          actions: [
            [
              button(reviewId(a.gap.from, a.gap.to), 'Review my own draft', {
                style: 'secondary',
                hint: '/explain-gap review',
              }),
            ],
          ],
        }
      : {}),
    personal: true,
  };
}

/** /explain-gap for a stored profile; no profile → the setup offer. */
export async function explainGapView(ctx: AppContext, userId: string, range: GapRange = {}): Promise<View> {
  const profile = await ctx.store.getProfile(userId);
  if (!profile) return noProfileView('a gap explanation');
  const today = ctx.today();
  const r = resolveGap(profile, today, range);
  if ('view' in r) return r.view;
  // Only this member's profile goes into the prompt, and only with their consent.
  const llm = await memberLlm(ctx, userId, { profileFacts: true });
  const personal = llm ? await personalGapDraft(llm, { profile, today, gap: r.choice.gap, draft: r.draft }) : undefined;
  return gapDraftView(r, userId, personal);
}

/** The check of a draft the member wrote: each finding quotes their words. No store access. */
export function draftReviewView(text: string, gap?: { from: string; to: string }): View {
  const check = checkGapText(text); // UserError when blank
  const { lints, unfilled } = check;
  const words = countWords(text);
  const tone = toneNotes(text);
  const forGap = gap ? `, for ${humanMonth(gap.from)} – ${humanMonth(gap.to)}` : '';
  const recheck = gap ? pressAction('Review another version') : 'type /explain-gap review';
  const sections: Section[] = [
    // Brackets left (the advisor's template pasted back, or part of it): fill them first, and
    // never the clean verdict, whatever the five checks say about the rest.
    ...(unfilled.length
      ? [
          {
            title: 'Fill the [bracketed] parts first',
            body: fillFirstMessage(unfilled, 'member', recheck, memberText),
            tone: 'warning' as const,
          },
        ]
      : []),
    ...lints.map(lintSection),
    ...(check.clean
      ? [
          {
            title: 'What was checked',
            body: `${GAP_LINT_CLEAN} Read it aloud once: it should take under a minute.`,
            tone: 'success' as const,
          },
        ]
      : []),
    // Tone the five checks do not read (an apology, a plea, a relative's medical details): advisory
    // notes here only, never ids in the JSON lint (newcomer trial 17).
    ...tone.map((n) => ({
      title: TONE_TITLE[n.id],
      body: memberText(n.message),
      fields: [{ name: 'Your words', value: `> ${memberText(n.quote)}` }],
      tone: 'warning' as const,
    })),
    // What the draft says that no check reads (immigration details): said whatever the checks found.
    ...beyondTheChecks(text).map((body) => ({ title: 'What these checks cannot judge', body, tone: 'info' as const })),
  ];
  const toFix = lints.length ? `${lints.length} thing${lints.length > 1 ? 's' : ''} to fix` : '';
  const toneWords = tone.length ? `${tone.length} note${tone.length > 1 ? 's' : ''} on tone` : '';
  const verdict = unfilled.length
    ? `fill the ${bracketCount(unfilled.length)} first${toFix ? `, and ${toFix}` : ''}`
    : [toFix, toneWords].filter(Boolean).join(', and ') ||
      'no problems found by the 5 checks (they do not judge tone or truth: read it aloud once)';
  return {
    text: `**Check of your draft** (${words} word${words === 1 ? '' : 's'}${forGap}): ${verdict}.`,
    sections,
    ...(gap
      ? {
          actions: [
            [
              button(reviewId(gap.from, gap.to), 'Review another version', {
                style: 'primary',
                hint: '/explain-gap review',
              }),
            ],
          ],
        }
      : {}),
    personal: true,
  };
}
