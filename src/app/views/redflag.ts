/**
 * /redflag as Views: the member's full report (personal), and the redacted version a member may
 * choose to post publicly (`share`), which keeps flag names, severities and generic next steps
 * but drops every fact from the profile (dates, scores, countries, visa types). With a model and
 * the member's consent, the full report opens with a short narrative (src/llm/features/redflag.ts)
 * above the flags, which are exactly what the rules produced.
 */
import { seasonOptions } from '../../composers/application-season.js';
import { humanMonth } from '../../core/dates.js';
import type { Severity } from '../../core/types.js';
import { formatRef } from '../../knowledge/outline.js';
import { redFlags, summariseNoFlags, type Flag, type FlagId, type RedFlagReport } from '../../rules/redflags.js';
import type { LlmUse } from '../../llm/features/common.js';
import { redFlagNarrative } from '../../llm/features/redflag.js';
import type { AppContext } from '../context.js';
import { llmNoteSections, memberLlm } from '../llm.js';
import { button, memberText, type Action, type Section, type Tone, type View } from '../view.js';
import { UserError } from '../../core/errors.js';
import { noProfileView } from './no-profile.js';

const TONE: Record<Severity, Tone> = { high: 'danger', medium: 'warning', low: 'info' };
const BADGE: Record<Severity, string> = { high: 'HIGH', medium: 'MEDIUM', low: 'LOW' };

function countLine(flags: readonly Flag[]): string {
  const n = (s: Severity) => flags.filter((f) => f.severity === s).length;
  return `**Red flags: ${flags.length}** (${n('high')} high, ${n('medium')} medium, ${n('low')} low)`;
}

function flagSection(f: Flag): Section {
  return {
    title: `[${BADGE[f.severity]}] ${f.title}`,
    body: f.why,
    fields: [
      { name: 'What to do', value: f.actions.map((a, i) => `${i + 1}. ${a}`).join('\n') },
      { name: 'Sources', value: f.sources.map((s) => `\`${formatRef(s)}\``).join(', ') },
    ],
    tone: TONE[f.severity],
  };
}

/** Buttons: explain each gap (one per gap), rehearse each kind of flag (one per flag id). */
export function redflagActions(flags: readonly Flag[]): Action[][] {
  const gaps: Action[] = flags
    .filter((f) => f.id === 'training-gap' && f.gap)
    .map((f) =>
      button(
        `explain-gap:open:${f.gap!.from}:${f.gap!.to}`,
        `Explain gap ${humanMonth(f.gap!.from)}–${humanMonth(f.gap!.to)}`,
        { style: 'primary', hint: `/explain-gap ${f.gap!.from} ${f.gap!.to}` },
      ),
    );
  const seen = new Set<FlagId>();
  const mocks: Action[] = [];
  for (const f of flags) {
    if (seen.has(f.id)) continue; // custom ids must be unique within a message
    seen.add(f.id);
    mocks.push(button(`mock:flag:${f.id}`, `Practise: ${SHARE_TEXT[f.id].title}`));
  }
  // With the details menu above them, at most 4 more rows of 5 fit one message on Discord:
  // gaps first (most specific), then practice questions.
  return [gaps.slice(0, 5), mocks.slice(0, 10)].filter((row) => row.length > 0);
}

/** The model's short narrative around the flags (null when not written) and its note. */
export interface FlagNarrative {
  narrative: string | null;
  llm: LlmUse;
}

export const NARRATIVE_FOOTER =
  'Written by the AI model around the flags in this report. The flags, their severities and what to do come from the rules, unchanged.';

/** Which flags the report shows in full: one (by position, most severe first) or all of them. */
export type FlagDetail = number | 'all';

/** `redflag:detail` select values: `<position>:<flag id>` (the id guards against a changed profile), or `all`. */
export const detailValue = (n: number, f: Flag): string => `${n}:${f.id}`;

/** A select value → the position it names in `report`, 'all', or undefined when it no longer matches. */
export function parseDetail(value: string, report: RedFlagReport): FlagDetail | undefined {
  if (value === 'all') return 'all';
  const [n, id] = value.split(':');
  const i = Number(n);
  return Number.isInteger(i) && report.flags[i]?.id === id ? i : undefined;
}

function summarySection(flags: readonly Flag[], detail: FlagDetail): Section {
  return {
    title: 'Summary',
    body: flags.map((f, i) => `${i + 1}. **${BADGE[f.severity]}** · ${f.title}`).join('\n'),
    ...(detail === 'all' ? {} : { footer: 'Choose another flag for why it came up and what to do about it.' }),
  };
}

function detailMenu(flags: readonly Flag[], detail: FlagDetail): Action {
  return {
    kind: 'select',
    customId: 'redflag:detail',
    placeholder: 'Details of one flag…',
    options: [
      ...flags.slice(0, 24).map((f, i) => ({
        label: `${i + 1}. ${f.title}`,
        value: detailValue(i, f),
        description: `${SEVERITY_WORD[f.severity]}: ${SHARE_TEXT[f.id].title}`,
        ...(detail === i ? { default: true } : {}),
      })),
      { label: 'All flags in full', value: 'all', ...(detail === 'all' ? { default: true } : {}) },
    ],
    // With every flag already in full, only "one at a time" is left to offer.
    hint: detail === 'all' ? '/redflag <number>  (one flag at a time)' : '/redflag <number>  (or /redflag all)',
  };
}

const SEVERITY_WORD: Record<Severity, string> = { high: 'High', medium: 'Medium', low: 'Low' };

/**
 * The personal report: the count and a one-line summary of every flag first, then the flag(s) in
 * `detail` in full (default: the most severe one), a menu to open any other, and the buttons.
 * With `told`, the model's narrative sits between the summary and the details.
 */
export function redflagReportView(report: RedFlagReport, told?: FlagNarrative, detail: FlagDetail = 0): View {
  const notes: Section[] = report.notes?.length
    ? [{ title: 'Also check', body: report.notes.map((x) => `- ${x}`).join('\n'), tone: 'warning' }]
    : [];
  const passed: Section[] = report.passed?.length
    ? [
        {
          title: 'Checked, no problem found',
          body: report.passed.map((x) => `- ${x}`).join('\n'),
          tone: 'success',
        },
      ]
    : [];
  const notGiven: Section[] = report.notGiven.length
    ? [
        {
          title: 'Not given, so not checked',
          body: report.notGiven.map((x) => `- ${x}`).join('\n'),
          footer: 'Add these with /profile import (or the setup flow) for a complete verdict.',
        },
      ]
    : [];
  if (!report.flags.length) {
    return { text: summariseNoFlags(report), sections: [...notes, ...passed, ...notGiven], personal: true };
  }
  const story: Section[] = told?.narrative
    ? [{ title: 'In short', body: memberText(told.narrative), footer: NARRATIVE_FOOTER, tone: 'info' }]
    : [];
  const shown = detail === 'all' ? report.flags : report.flags.slice(detail, detail + 1);
  return {
    text: countLine(report.flags),
    sections: [
      summarySection(report.flags, detail),
      ...(report.season ? [{ title: 'This season', body: report.season, tone: 'info' } satisfies Section] : []),
      ...story,
      ...shown.map(flagSection),
      ...notes,
      ...passed,
      ...notGiven,
      ...(told ? llmNoteSections(told.llm) : []),
    ],
    // A single flag is already shown in full: a menu to open it again would be noise.
    actions: [
      ...(report.flags.length > 1 ? [[detailMenu(report.flags, detail)]] : []),
      ...redflagActions(report.flags),
    ],
    personal: true,
  };
}

/**
 * Generic wording per flag, for the public share: no member facts. Titles here replace the rule
 * titles, which quote dates, scores and visa types.
 */
export const SHARE_TEXT: Record<FlagId, { title: string; action: string }> = {
  'exam-failure': {
    title: 'Exam failure on record',
    action: 'Prepare a brief, honest account of what changed, and let the later passing attempt speak.',
  },
  'low-score': {
    title: 'Lower exam score',
    action: 'Balance it with concrete evidence elsewhere: informatics work, research and strong letters.',
  },
  'training-gap': {
    title: 'Gap in training',
    action: 'Account for the time in a few calm sentences and show how you kept your skills current.',
  },
  'clinical-currency': {
    title: 'Time away from clinical work',
    action: 'Get recent hands-on clinical time, ideally in the US, before the application goes out.',
  },
  'multiple-match-attempts': {
    title: 'Previous Match attempts',
    action: 'Show what is different this cycle: new experience, new letters, a better-targeted program list.',
  },
  professionalism: {
    title: 'Professionalism concern',
    action: 'Address it directly, describe the remediation, and have a writer who can vouch for your conduct since.',
  },
  'limited-usce': {
    title: 'Limited hands-on US clinical experience',
    action: 'Add hands-on US clinical time (observerships do not count as hands-on), best of all work in an EHR.',
  },
  'weak-informatics': {
    title: 'Limited informatics experience',
    action: 'Build one concrete informatics project with a measurable result you can talk about.',
  },
  'visa-sponsorship': {
    title: 'Visa sponsorship needed',
    action: 'Target programs with a record of sponsoring and confirm each program’s policy early.',
  },
  'fellowship-eligibility': {
    title: 'Fellowship eligibility in question',
    action: 'Check which residencies the fellowships and the board accept, and plan the route that leads there.',
  },
};

/**
 * Flags never posted in a channel, whatever the member chose: the guide names exam failures,
 * professionalism and visa as the most sensitive parts of a profile (earlier Match cycles join them), and a public post may be
 * read by anyone, program staff included. The member still sees them in the private report.
 */
const NEVER_SHARED_FLAGS: ReadonlySet<FlagId> = new Set<FlagId>([
  'exam-failure',
  // Earlier unsuccessful Match cycles read as a failure just as an exam attempt does.
  'multiple-match-attempts',
  'professionalism',
  'visa-sponsorship',
]);
export const NEVER_SHARED_FLAGS_NOTE =
  'Exam failures, previous Match attempts, professionalism and visa are never included in a public share; the private report has them.';

/** The redacted public version: flag names, severities, generic actions and the guides cited. */
export function redflagShareView(report: RedFlagReport): View {
  const shareable = report.flags.filter((f) => !NEVER_SHARED_FLAGS.has(f.id));
  if (!shareable.length) {
    // The same words whether the profile is clean or holds only sensitive flags: a different
    // message would tell the channel which.
    return {
      text: `**Red-flag check**: no flags of the kinds that are shared publicly. ${NEVER_SHARED_FLAGS_NOTE}`,
      sections: [],
      personal: false,
    };
  }
  const byId = new Map<FlagId, { severity: Severity; count: number; sources: Set<string> }>();
  for (const f of shareable) {
    const entry = byId.get(f.id) ?? { severity: f.severity, count: 0, sources: new Set<string>() };
    entry.count += 1;
    // Flags arrive most severe first, so the first seen severity is the highest for this id.
    for (const s of f.sources) entry.sources.add(formatRef(s));
    byId.set(f.id, entry);
  }
  const lines = [...byId.entries()].map(([id, e]) => {
    const many = e.count > 1 ? ` (×${e.count})` : '';
    return `**[${BADGE[e.severity]}] ${SHARE_TEXT[id].title}${many}**\n${SHARE_TEXT[id].action}`;
  });
  const sources = [...new Set([...byId.values()].flatMap((e) => [...e.sources]))];
  return {
    text: `**Red-flag check**: ${shareable.length} to work on. Shared by the member; personal details are left out. ${NEVER_SHARED_FLAGS_NOTE}`,
    sections: [
      {
        title: 'What came up and what helps',
        body: lines.join('\n\n'),
        footer: `Guides: ${sources.join(', ')}`,
        tone: 'info',
      },
    ],
    personal: false,
  };
}

/**
 * /redflag for a member: their stored profile → the report (or the shared version), or the setup
 * offer when there is no profile. `detail` picks the flag(s) shown in full: a position or 'all'
 * (the console's `/redflag 2`). `menu` is a value from the details menu: the profile is read
 * again but the model is not asked again; a value that no longer matches the profile shows the
 * fresh report with a note.
 */
export async function redflagView(
  ctx: AppContext,
  userId: string,
  opts: { share?: boolean; detail?: FlagDetail; menu?: string } = {},
): Promise<View> {
  const profile = await ctx.store.getProfile(userId);
  if (!profile) return noProfileView('a red-flag report');
  const report = redFlags(profile, ctx.today(), seasonOptions(profile, ctx.today()));
  // The public share is redacted: no narrative (it would quote the profile), no model call.
  if (opts.share) return redflagShareView(report);
  if (opts.menu !== undefined) {
    const picked = parseDetail(opts.menu, report);
    if (picked !== undefined) return redflagReportView(report, undefined, picked);
    const fresh = redflagReportView(report);
    return { ...fresh, text: `${CHANGED_NOTE}\n${fresh.text ?? ''}` };
  }
  const detail = opts.detail ?? 0;
  if (typeof detail === 'number' && report.flags.length && (detail < 0 || detail >= report.flags.length)) {
    throw new UserError(`/redflag: there is no flag ${detail + 1}; your report has ${report.flags.length}`);
  }
  const llm = await memberLlm(ctx, userId, { profileFacts: true });
  if (!llm) return redflagReportView(report, undefined, detail);
  const told = await redFlagNarrative(llm, { profile, report });
  return redflagReportView(told.report, told, detail);
}

export const CHANGED_NOTE = 'Your profile changed since that report, so here is the fresh one.';
