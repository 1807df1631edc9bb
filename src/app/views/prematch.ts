/**
 * /prematch as Views: the email check (findings with severity, the fix, the member's own words
 * quoted as text, sources), the "I sent it" log, the fill-in templates and the June-to-spring
 * timeline. The pasted email is private, so check replies are personal; the member's words are
 * only ever shown through memberText().
 */
import {
  composePrematchTemplate,
  type PrematchTemplate,
  type TemplateKind,
} from '../../composers/prematch-templates.js';
import {
  calendarFor,
  listsFinalSince,
  lastDaysSentence,
  nextStepSentence,
  timelineForProfile,
  type TimelinePhase,
} from '../../composers/prematch-timeline.js';
import { z } from 'zod';
import { UserError } from '../../core/errors.js';
import type { Profile } from '../../core/profile/schema.js';
import type { Severity } from '../../core/types.js';
import { formatRef, type SourceRef } from '../../knowledge/outline.js';
import { humanDay } from '../../rules/letters.js';
import { SECOND_OPINION_HEADING, secondOpinion } from '../../llm/features/second-opinion.js';
import {
  checkPrematchEmail,
  prematchMatch,
  noFindingsSummary,
  PREMATCH_SECOND_OPINION_CHECKS,
  type PrematchCheckId,
  type PrematchFinding,
} from '../../rules/prematch-check.js';
import {
  checksNotForKind,
  parsePrematchContext,
  PREMATCH_KINDS,
  type PrematchContext,
  type PrematchKind,
} from '../../rules/prematch-context.js';
import { parseDay, parseEnum } from '../../core/profile/friendly.js';
import type { AppContext } from '../context.js';
import { llmNoteSections, memberLlm } from '../llm.js';
import { logSent, PENDING_KEY, PREMATCH_LOG_LIMITS, readLog, rememberCheck } from '../prematch/log.js';
import { button, memberText, notice, pressAction, type Action, type Section, type Tone, type View } from '../view.js';
import { codeBlock } from './copyable.js';

/** The modal's limit; the console accepts a longer paste (a whole thread) up to the CLI's 20 KB. */
export const EMAIL_MAX_CHARS = 4000;
export const CONSOLE_EMAIL_MAX_CHARS = 20 * 1024;

const TONE: Record<Severity, Tone> = { high: 'danger', medium: 'warning', low: 'info' };

export const CHECK_TITLE: Record<PrematchCheckId, string> = {
  'quid-pro-quo': 'Trading or promising rank positions',
  'asks-for-ranking': 'Asking how you will be ranked',
  'multiple-top-choice': 'Top choice told to more than one program',
  'too-many-updates': 'Too many updates to one program',
  'late-thank-you': 'Late thank-you',
  'generic-message': 'Reads like a mass email',
  overshare: 'Too much personal detail',
  'unprompted-attachments': 'Attachments nobody asked for',
};

export const KIND_LABEL: Record<PrematchKind, string> = {
  inquiry: 'Inquiry before applying',
  'thank-you': 'Thank-you after an interview',
  update: 'Update after the interview',
  'top-choice': 'Top-choice message',
  other: 'Other',
};

/** What to add for a check that could not run, in the member's terms (not the CLI's). */
const NOT_CHECKED_HINT: Record<string, string> = {
  'too-many-updates': 'Give the program name so I can count the updates you already sent it.',
  'late-thank-you': 'Give the interview date so I can check the timing.',
};

const sourcesText = (sources: readonly SourceRef[]) => sources.map((s) => `\`${formatRef(s)}\``).join(', ');

export interface CheckOptions {
  kind: string;
  program?: string | undefined;
  interviewDate?: string | undefined;
  sendDate?: string | undefined;
}

const KIND_CHOICES = PREMATCH_KINDS.map((k) => ({ value: k, label: k }));
const KIND_ALIASES: Record<string, string> = {
  thanks: 'thank-you',
  thankyounote: 'thank-you',
  thx: 'thank-you',
  enquiry: 'inquiry',
  question: 'inquiry',
  eligibility: 'inquiry',
  firstchoice: 'top-choice',
  letterofintent: 'top-choice',
  loi: 'top-choice',
};

/**
 * The kind as people type it in a rush: "updte", "thanks", and "thank you" / "top choice" typed
 * as two words (the second word would otherwise start the program's name). Unreadable kinds are
 * left as typed, so the refusal quotes them.
 */
function readKind(kind: string, program: string | undefined): { kind: string; program: string | undefined } {
  const k = kind.trim();
  const [next = '', ...rest] = (program ?? '').split(/\s+/);
  const joined = /^(?:thank|top|first)$/i.test(k) && /^(?:you|choice)$/i.test(next) ? `${k}-${next}` : undefined;
  const left = joined ? rest.join(' ') || undefined : program;
  const r = parseEnum(joined ?? k, KIND_CHOICES, KIND_ALIASES);
  return { kind: r.ok ? r.value : k, program: left };
}

/** "2026-11-2", "20 Nov 2026" → 2026-11-02 / 2026-11-20; anything unreadable is left for the refusal. */
function readDay(day: string | undefined): string | undefined {
  if (!day) return undefined;
  const r = parseDay(day);
  return r.ok ? r.value : day;
}

/**
 * The options of a check → a validated context (without the log, read later), or a UserError
 * listing every problem (a date typed wrong, a send date before the interview).
 */
export function checkContext(opts: CheckOptions): PrematchContext {
  const clean = (s: string | undefined) => (s && s.trim() ? s.trim() : undefined);
  const read = readKind(opts.kind, clean(opts.program));
  const program = read.program;
  const interviewDate = readDay(clean(opts.interviewDate));
  const sendDate = readDay(clean(opts.sendDate));
  const parsed = parsePrematchContext({
    kind: read.kind,
    ...(program ? { program } : {}),
    ...(interviewDate ? { interviewDate } : {}),
    ...(sendDate ? { sendDate } : {}),
  });
  if (!parsed.ok) {
    const named = parsed.error.map((line) =>
      line
        .replace(/\binterviewDate\b/g, 'interview_date')
        .replace(/\bsendDate\b/g, 'send_date')
        .replace(/^\(context\)/, 'options'),
    );
    throw new UserError(`Nothing was checked: ${named.join('; ')}`);
  }
  return parsed.value;
}

function findingSection(f: PrematchFinding): Section {
  return {
    title: `[${f.severity.toUpperCase()}] ${CHECK_TITLE[f.id]}`,
    body: memberText(f.message),
    fields: [
      ...(f.quote ? [{ name: 'Your words', value: `> ${memberText(f.quote)}` }] : []),
      { name: 'Sources', value: sourcesText(f.sources) },
    ],
    tone: TONE[f.severity],
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * After the typical commit or rank deadline a top-choice message or an update changes no list: say
 * so, as timing rather than as a problem the checks found (session 12's trial got "no problems
 * found" for a top-choice email dated after the AMIA commit deadline). Needs the member's target.
 */
export function listsFinalSection(
  kind: PrematchContext['kind'],
  target: Profile['target'] | undefined,
  sendDay: string,
): Section | undefined {
  if (!target || (kind !== 'top-choice' && kind !== 'update')) return undefined;
  const calendar = calendarFor(target);
  const final = listsFinalSince(calendar, sendDay);
  if (!final) return undefined;
  const amia = calendar === 'amia-ci-match';
  return {
    title: 'Timing',
    body: `On the typical ${amia ? 'AMIA match' : 'NRMP Match'} calendar the ${amia ? 'commit deadline' : 'rank order list deadline'} was ${humanDay(final)}, so by ${humanDay(sendDay)} lists are usually final: this message can no longer change either side's list. Send it only as a courtesy, and check this season's dates on ${amia ? "AMIA's match page" : "the NRMP's calendar"}.`,
    tone: 'warning',
  };
}

/**
 * Checks the email against the context plus the member's log, and remembers the check so an
 * "I sent it" button can add it to the log (only when a program is named: the log is per program).
 */
export async function prematchCheckView(
  ctx: AppContext,
  userId: string,
  base: PrematchContext,
  email: string,
  opts: { maxChars?: number } = {},
): Promise<View> {
  const max = opts.maxChars ?? EMAIL_MAX_CHARS;
  if (email.length > max) {
    throw new UserError(
      `the email is ${email.length} characters; I can check up to ${max}. Trim quoted replies and try again`,
    );
  }
  const previous = await readLog(ctx, userId);
  const parsed = parsePrematchContext({ ...base, ...(previous.length ? { previous } : {}) });
  if (!parsed.ok) throw new UserError(`Nothing was checked: ${parsed.error.join('; ')}`);
  const today = ctx.today();
  // The stored profile's target names the match whose rules apply; unknown: both are named.
  const profile = await ctx.store.getProfile(userId);
  const report = checkPrematchEmail(email, parsed.value, today, { target: profile?.target });
  // The match whose rules were applied: the email's context may differ from the profile's target.
  const assumed = prematchMatch(email, parsed.value, { target: profile?.target });
  // With a model and the member's consent: a second opinion on the same ids, shown apart.
  const llm = await memberLlm(ctx, userId, { profileFacts: true });
  const second = llm
    ? await secondOpinion(llm, {
        kind: 'pre-match email',
        text: email,
        checks: PREMATCH_SECOND_OPINION_CHECKS,
        found: report.findings.map((f) => f.id),
      })
    : undefined;
  const to = base.program ? ` to ${memberText(base.program)}` : '';
  // An inquiry sent after the interview is not one "before applying" (newcomer trial 23).
  const label =
    report.stage === 'after-interview' && base.kind === 'inquiry'
      ? 'inquiry after your interview'
      : KIND_LABEL[base.kind].toLowerCase();
  const heading = `**Pre-match email check**: ${label}${to}.`;
  const sections: Section[] = report.findings.map(findingSection);
  if (second?.findings.length) {
    sections.push({
      title: SECOND_OPINION_HEADING,
      body: second.findings
        .map((f) => `- ${CHECK_TITLE[f.id as PrematchCheckId] ?? f.id}: "${memberText(f.quote)}" ${memberText(f.why)}`)
        .join('\n'),
      tone: 'info',
    });
  }
  if (second) sections.push(...llmNoteSections(second.llm));
  sections.push(
    ...(report.notes ?? []).map((body) => ({ title: 'A note before you send', body, tone: 'info' as const })),
  );
  sections.push(
    ...report.cannotJudge.map((body) => ({ title: 'What these checks cannot judge', body, tone: 'info' as const })),
  );
  if (report.notChecked.length) {
    sections.push({
      title: 'Not checked',
      body: report.notChecked
        .map((n) => `- ${CHECK_TITLE[n.id]}: ${NOT_CHECKED_HINT[n.id] ?? memberText(n.reason)}`)
        .join('\n'),
      tone: 'neutral',
    });
  }
  // Which match's rules were used, and why (the sentence quotes the program name the member typed).
  sections.push({ title: 'Match assumed', body: memberText(assumed.why), tone: 'info' });
  const timing = listsFinalSection(base.kind, assumed.target, base.sendDate ?? today);
  if (timing) sections.push(timing);
  const logged = previous.length
    ? `Checked against ${plural(previous.length, 'message')} you logged as sent.`
    : 'No earlier messages logged yet.';
  let actions: Action[][] | undefined;
  let logNote: string;
  if (base.program) {
    const id = await rememberCheck(ctx, userId, {
      kind: base.kind,
      program: base.program,
      date: base.sendDate ?? today,
    });
    await rememberHigh(ctx, userId, id, report.findings);
    actions = [
      // Typed, "/prematch sent" logs the newest check: no code for the member to copy.
      [button(`prematch:sent:${userId}:${id}`, 'I sent it', { style: 'success', hint: '/prematch sent' })],
    ];
    logNote = `${pressAction('I sent it', { capital: true })} once it has gone out, so later checks can warn about a second top-choice message or one update too many.`;
    if (report.findings.some((f) => f.severity === 'high')) {
      logNote += ' It has a HIGH problem above: fix it and check the new version before you send.';
    }
  } else {
    logNote = 'Name the program next time and I can log the message once you send it.';
  }
  // Never more reassurance than was checked: name the checks and what they cannot judge.
  const verdict = report.findings.length
    ? `${plural(report.findings.length, 'thing')} to fix before you send it.`
    : report.notes?.length
      ? `No rule problems found, but ${plural(report.notes.length, 'note')} to read before you send it.`
      : noFindingsSummary([...report.notChecked, ...checksNotForKind(parsed.value.kind)]);
  return {
    text: `${heading} ${verdict}`,
    sections: [...sections, { body: `${logged} ${logNote}`, tone: report.findings.length ? 'neutral' : 'success' }],
    ...(actions ? { actions } : {}),
    personal: true,
  };
}

/** The HIGH findings of recent checks, by check id, so logging one as sent can name them. */
const HIGH_KEY = 'prematchHigh';
const highEntry = z.object({ id: z.string(), titles: z.array(z.string()) });

async function rememberHigh(ctx: AppContext, userId: string, id: string, findings: readonly PrematchFinding[]) {
  const titles = findings.filter((f) => f.severity === 'high').map((f) => CHECK_TITLE[f.id] ?? f.id);
  if (!titles.length) return;
  // As many as the checks whose "I sent it" still works; /profile delete removes them with the log.
  await ctx.store.updateMeta(userId, HIGH_KEY, (stored) =>
    [...(z.array(highEntry).safeParse(stored).data ?? []), { id, titles }].slice(-PREMATCH_LOG_LIMITS.pendingChecks),
  );
}

async function highTitles(ctx: AppContext, userId: string, id: string): Promise<string[]> {
  const stored = z.array(highEntry).safeParse(await ctx.store.getMeta(userId, HIGH_KEY));
  return stored.data?.find((e) => e.id === id)?.titles ?? [];
}

/** The id of the newest remembered check not yet logged as sent, if any. */
async function newestUnsentCheck(ctx: AppContext, userId: string): Promise<string | undefined> {
  const pending: unknown = await ctx.store.getMeta(userId, PENDING_KEY);
  if (!Array.isArray(pending)) return undefined;
  const last = [...pending].reverse().find((p): p is { id: string } => typeof p?.id === 'string' && p.sent !== true);
  return last?.id;
}

/** "I sent it": the remembered check goes into the log. */
export async function prematchSentView(ctx: AppContext, userId: string, id: string): Promise<View> {
  // No id (the console's "/prematch sent"): the newest check not yet logged.
  const which = id.trim() || (await newestUnsentCheck(ctx, userId));
  if (!which) {
    return notice('Nothing to log: check the email first with /prematch check, then log it once you send it.', {
      personal: true,
    });
  }
  const r = await logSent(ctx, userId, which);
  if (r.status === 'unknown') {
    return notice(
      'I no longer have that check (only your last 10 are kept), so nothing was logged. Check the email again with /prematch check and log the new result once you send it.',
      { personal: true },
    );
  }
  const what = `${KIND_LABEL[r.entry.kind].toLowerCase()} to ${memberText(r.entry.program)} on ${humanDay(r.entry.date)}`;
  const head = r.status === 'logged' ? `**Logged**: ${what}.` : `**Already logged**: ${what}.`;
  // Logging is the member's call, but never made unaware of a HIGH finding in what they logged.
  const high = await highTitles(ctx, userId, which);
  const warn = high.length
    ? ` **Before you rely on this:** the check of this email found ${high.length === 1 ? 'a HIGH problem' : `${high.length} HIGH problems`} (${high.join('; ')}). If you fixed it before sending, check the version you sent with /prematch check so your log matches what went out.`
    : '';
  return notice(
    `${head}${warn} Your log holds ${plural(r.count, 'message')}; later checks take ${r.count === 1 ? 'it' : 'them'} into account. /profile delete removes the log with the rest of your data.`,
    { personal: true },
  );
}

function templateReport(t: PrematchTemplate, profile: Profile | undefined): View {
  const filled = profile
    ? 'Facts from your profile are filled in; replace every [bracketed] part.'
    : 'No profile yet, so everything personal is a [bracketed] placeholder to replace.';
  return {
    text: `**Template: ${t.kind}.** ${filled}`,
    sections: [
      { title: 'Subject', body: codeBlock(t.subject) ?? memberText(t.subject) },
      { title: 'Email', body: codeBlock(t.body) ?? memberText(t.body), tone: 'info' },
      {
        title: 'Before you send',
        body: [
          ...t.notes,
          `Once it is filled in, check it before you send: ${pressAction('Check my filled-in email')}.`,
        ]
          .map((n) => `- ${n}`)
          .join('\n'),
        footer: `Sources: ${t.sources.map(formatRef).join(', ')}`,
      },
    ],
    actions: [
      [
        button(`prematch:check-open:${t.checkAs}`, 'Check my filled-in email', {
          style: 'primary',
          hint: `/prematch check ${t.checkAs} [program]`,
        }),
      ],
    ],
    personal: profile !== undefined,
  };
}

export async function prematchTemplateView(ctx: AppContext, userId: string, kind: TemplateKind): Promise<View> {
  const profile = await ctx.store.getProfile(userId);
  return templateReport(composePrematchTemplate(kind, profile, ctx.today()), profile);
}

function phaseSection(p: TimelinePhase, current: string | null, notYours = false): Section {
  const open = notYours ? ' (this season; not your step)' : ' (still open)';
  const mark = p.status === 'current' ? (p.id === current ? ' (now)' : open) : p.status === 'past' ? ' (done)' : '';
  return {
    title: `${humanDay(p.from)} – ${humanDay(p.to)}: ${p.title}${mark}`,
    body: p.actions.map((a) => `- ${a}`).join('\n'),
    footer: `Sources: ${p.sources.map(formatRef).join(', ')}`,
    tone: p.id === current ? 'success' : p.status === 'current' ? 'info' : 'neutral',
  };
}

export async function prematchTimelineView(ctx: AppContext, userId: string): Promise<View> {
  const profile = await ctx.store.getProfile(userId);
  const today = ctx.today();
  const t = timelineForProfile(today, profile);
  // The residency route's next step is the member's next step when the route is shown.
  const sentence = t.route ? t.route.nextStep : nextStepSentence(t, humanDay);
  const next = sentence ? ` **Next${t.route ? ' (residency route)' : ''}:** ${sentence}` : '';
  const last = lastDaysSentence(t, today, humanDay);
  return {
    text: `**${t.match}**: typical calendar for the ${t.season} season. Today is ${humanDay(today)}.${last ? ` **${last}**` : ''}${next}`,
    sections: [
      // A route warning first: a fellowship not open yet outweighs every date on the calendar.
      ...(t.lead ? [{ title: 'Before this calendar', body: t.lead, tone: 'warning' as const }] : []),
      // Said before the calendar: a member who has not applied must not take its deadlines as theirs.
      ...(t.notApplied ? [{ title: 'Not applied this season?', body: t.notApplied, tone: 'warning' as const }] : []),
      // The residency route first, with its own "now"; the target's calendar after it, as the later route.
      ...(t.route
        ? t.route.phases.map((p) => {
            const s = phaseSection(p, t.route!.current);
            return { ...s, title: `Residency route (now), ${t.route!.season}: ${s.title}` };
          })
        : []),
      ...t.phases.map((p) => {
        const s = phaseSection(p, t.current, !!(t.route || t.matched));
        return t.route ? { ...s, title: `Later route (fellowship): ${s.title}` } : s;
      }),
      {
        title: 'Keep in mind',
        body: t.notes
          .filter((n) => n !== t.lead)
          .map((n) => `- ${n}`)
          .join('\n'),
        tone: 'info',
      },
    ],
    personal: profile !== undefined,
  };
}
