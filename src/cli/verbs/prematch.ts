/**
 * `advisor prematch --email FILE [--context FILE]`: check an email before it goes to a program.
 * `advisor prematch template KIND [--profile FILE]`: a fill-in template for one kind of email.
 * `advisor prematch timeline [--profile FILE]`: the pre-match calendar relative to today.
 */
import {
  composePrematchTemplate,
  isTemplateKind,
  TEMPLATE_KINDS,
  type PrematchTemplate,
} from '../../composers/prematch-templates.js';
import { lastDaysSentence, nextStepSentence, timelineForProfile } from '../../composers/prematch-timeline.js';
import { humanDay } from '../../core/dates.js';
import { UserError } from '../../core/errors.js';
import type { Profile } from '../../core/profile/schema.js';
import { formatRef } from '../../knowledge/outline.js';
import { secondOpinion } from '../../llm/features/second-opinion.js';
import {
  checkPrematchEmail,
  prematchMatch,
  matchNameFor,
  noFindingsSummary,
  PREMATCH_SECOND_OPINION_CHECKS,
} from '../../rules/prematch-check.js';
import {
  checksNotForKind,
  DEFAULT_CONTEXT,
  MAX_CONTEXT_BYTES,
  parsePrematchContextText,
  type PrematchContext,
} from '../../rules/prematch-context.js';
import { wrapBullet, wrapParagraph } from '../format-paragraph.js';
import { cliLlm, LLM_CONSENT_OPTION, llmJson, llmNoteLines } from '../llm.js';
import type { CliContext, Verb, VerbOutput } from '../types.js';

const USAGE =
  'prematch --email FILE [--context FILE] [--profile FILE] [--llm-consent] | prematch template KIND [--profile FILE] | prematch timeline [--profile FILE]';

/** An email to a program is a few hundred words; 20 KB leaves room for a pasted thread. */
export const EMAIL_MAX_BYTES = 20 * 1024;

const str = (v: string | boolean | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

function optionalProfile(ctx: CliContext, path: string | undefined): Profile | undefined {
  if (path === undefined) return undefined;
  if (path === '') throw new UserError('--profile: give the path of your profile JSON file');
  return ctx.readProfile(path);
}

async function check(
  ctx: CliContext,
  emailPath: string,
  contextPath: string | undefined,
  profile: Profile | undefined,
  values: Record<string, string | boolean | undefined>,
): Promise<VerbOutput> {
  const email = ctx.readText(emailPath, 'email', EMAIL_MAX_BYTES);
  if (!email.trim()) throw new UserError(`${emailPath}: email is empty; put the text you want to send in the file`);
  let context: PrematchContext = DEFAULT_CONTEXT;
  if (contextPath !== undefined) {
    const parsed = parsePrematchContextText(ctx.readText(contextPath, 'context', MAX_CONTEXT_BYTES));
    if (!parsed.ok) throw new UserError(parsed.error.map((line) => `${contextPath}: ${line}`));
    context = parsed.value;
  }
  const target = profile?.target;
  const report = checkPrematchEmail(email, context, ctx.today, { target });
  // Said in the text only: the contract's JSON for this verb is { findings }, and `match` (already
  // there before) names the match the checks applied, so it agrees with the messages.
  const assumed = prematchMatch(email, context, { target });
  const llm = await cliLlm(values);
  const second = llm
    ? await secondOpinion(llm, {
        kind: 'pre-match email',
        text: email,
        checks: PREMATCH_SECOND_OPINION_CHECKS,
        found: report.findings.map((f) => f.id),
      })
    : undefined;
  // A clean result lists only the checks that could fire on this kind of email.
  const clean = noFindingsSummary([...report.notChecked, ...checksNotForKind(context.kind)]);
  const json = {
    findings: report.findings.map((f) => ({
      id: f.id,
      severity: f.severity,
      message: f.message,
      ...(f.quote ? { quote: f.quote } : {}),
      sources: f.sources,
    })),
    context,
    match: matchNameFor(assumed.target),
    notChecked: report.notChecked,
    ...(report.findings.length ? {} : { checked: clean }),
    ...(report.notes?.length ? { notes: report.notes } : {}),
    ...(report.stage ? { stage: report.stage } : {}),
    ...(second
      ? { secondOpinion: { findings: second.findings, dropped: second.dropped }, llm: llmJson(second.llm) }
      : {}),
  };
  const out: string[] = [];
  const about = context.program ? ` to ${context.program}` : '';
  out.push(
    `Pre-match email check: ${context.kind}${report.stage === 'after-interview' ? ' (after your interview)' : ''}${about}${contextPath ? '' : ' (no --context given: checked as "other")'}`,
    '',
  );
  out.push(...wrapBullet(assumed.why), '');
  out.push('FINDINGS');
  if (!report.findings.length && report.notes?.length)
    out.push(...wrapBullet('No rule problems found; see the note below.'));
  else if (!report.findings.length) out.push(...wrapBullet(clean));
  for (const f of report.findings) {
    out.push(
      ...wrapBullet(`[${f.severity.toUpperCase()}] ${f.id}: ${f.message} (see ${f.sources.map(formatRef).join(', ')})`),
    );
  }
  if (report.notes?.length) {
    out.push('', 'A NOTE BEFORE YOU SEND');
    for (const b of report.notes) out.push(...wrapBullet(b));
  }
  if (report.cannotJudge.length) {
    out.push('', 'WHAT THESE CHECKS CANNOT JUDGE');
    for (const b of report.cannotJudge) out.push(...wrapBullet(b));
  }
  if (report.notChecked.length) {
    out.push('', 'NOT CHECKED');
    for (const n of report.notChecked) out.push(...wrapBullet(`${n.id}: ${n.reason}`));
  }
  if (second?.findings.length) {
    out.push('', "THE AI MODEL ALSO NOTICED (a second opinion, not the advisor's checks)");
    for (const f of second.findings) out.push(...wrapBullet(`${f.id}: "${f.quote}" - ${f.why}`));
  }
  if (second) out.push(...llmNoteLines(second.llm));
  return { json, text: out.join('\n') };
}

function template(kindArg: string | undefined, profile: Profile | undefined, today: string): VerbOutput {
  if (!kindArg || !isTemplateKind(kindArg)) {
    const got = kindArg ? `"${kindArg}" is not a template kind` : 'give a template kind';
    throw new UserError(`prematch template: ${got} (one of: ${TEMPLATE_KINDS.join(', ')})`);
  }
  const t: PrematchTemplate = composePrematchTemplate(kindArg, profile, today);
  const json = {
    kind: t.kind,
    ...(t.match ? { match: t.match } : {}),
    subject: t.subject,
    body: t.body,
    notes: t.notes,
    checkAs: t.checkAs,
    sources: t.sources,
  };
  const out = [
    `Template: ${t.kind}${profile ? ' (your profile facts filled in)' : ''}`,
    '',
    `Subject: ${t.subject}`,
    '',
    t.body,
    '',
    'NOTES',
    ...t.notes.flatMap((n) => wrapBullet(n)),
    ...wrapBullet(
      `Replace every [bracketed] part, then check the result: advisor prematch --email FILE --context FILE with {"kind": "${t.checkAs}"}.`,
    ),
    '',
    'SOURCES',
    ...wrapParagraph(t.sources.map(formatRef).join(', ')),
  ];
  return { json, text: out.join('\n') };
}

function timeline(today: string, profile: Profile | undefined): VerbOutput {
  const t = timelineForProfile(today, profile);
  const json = t;
  // The text is read by a person: days as "3 Dec 2026" (the JSON keeps YYYY-MM-DD for scripts).
  const out = [`${t.match}: typical calendar for the ${t.season} season, today ${humanDay(today)}`, ''];
  // A route warning outweighs every date below it: it leads (and is not repeated under the calendar).
  if (t.lead) out.push(...wrapParagraph(t.lead, ''), '');
  // The commit or certify step ending within days leads: it is what the member must do now.
  const last = lastDaysSentence(t, today, humanDay);
  if (last) out.push(...wrapParagraph(last, ''), '');
  if (t.notApplied) out.push(...wrapParagraph(`Not applied this season? ${t.notApplied}`, ''), '');
  // The residency route a member needs first: its season, with its own "now", before the target's
  // calendar, which follows as the later route (timeline-route.ts).
  if (t.route) {
    out.push(`RESIDENCY ROUTE (NOW): ${t.route.match}, typical calendar for the ${t.route.season} season`);
    for (const p of t.route.phases) {
      const mark = p.status === 'current' ? (p.id === t.route.current ? '  <- now' : '  (still open)') : '';
      out.push(`${humanDay(p.from)} – ${humanDay(p.to)}  ${p.title} [${p.status}]${mark}`);
      for (const a of p.actions) out.push(...wrapBullet(a));
    }
    if (t.route.nextStep) out.push(...wrapParagraph(`Next on the residency route: ${t.route.nextStep}`, ''));
    out.push('', `LATER ROUTE: ${t.match} (the fellowship, once you are in a US residency)`);
  }
  for (const p of t.phases) {
    const open = t.route || t.matched ? '  (this season; not your step)' : '  (still open)';
    const mark = p.status === 'current' ? (p.id === t.current ? '  <- now' : open) : '';
    out.push(`${humanDay(p.from)} – ${humanDay(p.to)}  ${p.title} [${p.status}]${mark}`);
    for (const a of p.actions) out.push(...wrapBullet(a));
  }
  out.push('');
  const next = nextStepSentence(t, humanDay);
  if (next) out.push(...wrapParagraph(`Next: ${next}`, ''), '');
  for (const n of t.notes.filter((x) => x !== t.lead)) out.push(...wrapBullet(n));
  return { json, text: out.join('\n') };
}

export const verb: Verb = {
  usage: USAGE,
  options: {
    email: { type: 'string' },
    context: { type: 'string' },
    profile: { type: 'string' },
    ...LLM_CONSENT_OPTION,
  },
  async run({ values, positionals, ctx }) {
    const [sub, ...rest] = positionals;
    if (sub === 'template' || sub === 'timeline') {
      if (values.email !== undefined || values.context !== undefined) {
        throw new UserError(`prematch ${sub}: --email/--context belong to the email check (usage: advisor ${USAGE})`);
      }
      const extra = sub === 'template' ? rest.slice(1) : rest;
      if (extra.length)
        throw new UserError(`prematch ${sub}: unexpected argument "${extra[0]}" (usage: advisor ${USAGE})`);
      const profile = optionalProfile(ctx, str(values.profile));
      return sub === 'template' ? template(rest[0], profile, ctx.today) : timeline(ctx.today, profile);
    }
    if (sub !== undefined) {
      throw new UserError(
        `prematch: unknown sub-command "${sub}" (use template or timeline, or --email FILE to check an email)`,
      );
    }
    const emailPath = str(values.email);
    if (!emailPath)
      throw new UserError(`--email: required, the path of the email text to check (usage: advisor ${USAGE})`);
    // The profile's target names the match whose rules apply (AMIA for CI fellowships, NRMP for residency tracks).
    const profile = optionalProfile(ctx, str(values.profile));
    const contextPath = values.context === undefined ? undefined : str(values.context);
    if (contextPath === '') throw new UserError('--context: give the path of a context JSON file');
    return check(ctx, emailPath, contextPath, profile, values);
  },
};
