/**
 * `advisor lor-ask --profile FILE [--writer NAME]`: review the member's letter writers, plan the
 * four letter slots, and draft the ask email and the writer package for one writer (default: the
 * strongest not yet asked). A profile without letters still gets a plan (in `note`) and a general
 * email template addressed to "[writer name]" (`writer` is then null), so `email` is always present.
 * With OPENAI_API_KEY and --llm-consent the email is the model's personal version when it keeps
 * the decline sentence and the target (else the composer's), and the JSON gains `llm`.
 */
import { composeLorEmail } from '../../composers/lor-email.js';
import { composeLorPackage } from '../../composers/lor-package.js';
import { letterDeadlineLabel, letterTiming, offCalendarLetterNote } from '../../composers/lor-deadline.js';
import { writerSteps, type WriterStep } from '../../composers/lor-steps.js';
import { letterRoute, type LetterRoute } from '../../composers/lor-route.js';
import { draftRequestNotes, type DraftRequestNote } from '../../composers/lor-draft-request.js';
import { currentSupervisorSuggestion, type SupervisorSuggestion } from '../../rules/letter-suggest.js';
import { UserError } from '../../core/errors.js';
import { formatRef } from '../../knowledge/outline.js';
import { personalLorEmail } from '../../llm/features/lor-email.js';
import { planLetterSlots, slotTitle, type LetterPlan } from '../../rules/letter-slots.js';
import { humanDay, lettersClean, reviewLetters, type LetterReview } from '../../rules/letters.js';
import { cliLlm, LLM_CONSENT_OPTION, llmJson, llmNoteLines } from '../llm.js';
import type { Verb } from '../types.js';
import type { Profile } from '../../core/profile/schema.js';
import type { LorEmail } from '../../composers/lor-email.js';
import type { LorPackage } from '../../composers/lor-package.js';

const USAGE = 'lor-ask --profile FILE [--writer NAME] [--llm-consent]';

export const verb: Verb = {
  usage: USAGE,
  options: {
    profile: { type: 'string' },
    writer: { type: 'string' },
    ...LLM_CONSENT_OPTION,
  },
  async run({ values, ctx }) {
    const path = values.profile;
    if (typeof path !== 'string' || path === '') {
      throw new UserError(`--profile: required, the path of your profile JSON file (usage: advisor ${USAGE})`);
    }
    const writerName = typeof values.writer === 'string' ? values.writer : undefined;
    const profile = ctx.readProfile(path);
    const today = ctx.today;

    // The findings judge the letters against the member's target; the plan, the email, the package
    // and the dates serve the route a member not yet eligible for it takes now (lor-route.ts).
    const review = reviewLetters(profile, today);
    const route = letterRoute(profile, today);
    const now = route.profile;
    const suggest = currentSupervisorSuggestion(profile, today);
    const steps = writerSteps(now, today);
    const plan = planLetterSlots(now, today);
    const pick = writerName !== undefined ? { writer: writerName } : {};
    // A new request serves the route; a follow-up or thank-you answers an ask already made, for the
    // application the member made it for (their target), so it names that one.
    const routed = composeLorEmail(now, { today, ...pick });
    // (Round ux45 had every email on the residency route serve it; a thank-you for a letter asked for
    // the fellowship then named the residency. A new request serves the route; the others keep the ask's.)
    const composed = routed.kind === 'ask' ? routed : composeLorEmail(profile, { today, ...pick });
    // The model writes requests only; a follow-up to a writer already asked stays the composer's.
    const llm = composed.kind === 'ask' ? await cliLlm(values) : undefined;
    const personal = llm
      ? // The model is not given a deadline the plan does not count to (lor-deadline.ts).
        await personalLorEmail(llm, {
          profile: letterTiming(now, today).profile,
          email: composed,
          findings: review.findings,
        })
      : undefined;
    const email = personal ? { ...composed, subject: personal.subject, body: personal.body } : composed;
    const pkg = composeLorPackage(now, email.writer, today);
    const deadlineNote = offCalendarLetterNote(now, today);
    // A writer who asked the member to draft the letter: no contract finding id fits, so an extra key.
    const drafts = draftRequestNotes(profile, today);

    const json = {
      findings: review.findings.map((f) => ({
        id: f.id,
        severity: f.severity,
        message: f.message,
        ...(f.writer !== undefined ? { writer: f.writer } : {}),
        sources: f.sources,
      })),
      ...(review.note !== undefined ? { note: review.note } : {}),
      ...(deadlineNote !== undefined ? { deadlineNote } : {}),
      ...(route.rerouted
        ? {
            route: {
              now: now.target,
              target: profile.target,
              label: route.rerouted.label,
              later: route.rerouted.later,
            },
          }
        : {}),
      ...(suggest ? { suggestedWriter: suggest.message } : {}),
      ...(drafts.length ? { draftRequests: drafts } : {}),
      email: { subject: email.subject, body: email.body, kind: email.kind },
      package: pkg.lines,
      writer: email.writer?.writer ?? null,
      slots: plan.slots,
      ...(plan.mix ? { mix: plan.mix } : {}),
      writers: steps,
      ranking: plan.ranking,
      spare: plan.spare,
      extra: plan.extra,
      reminders: pkg.reminders,
      ...(personal ? { llm: llmJson(personal.llm) } : {}),
    };
    const text = renderText(profile, route, suggest, today, review, plan, email, pkg, steps, drafts);
    return { json, text: personal ? [text, ...llmNoteLines(personal.llm)].join('\n') : text };
  },
};

function renderText(
  profile: Profile,
  route: LetterRoute,
  suggest: SupervisorSuggestion | undefined,
  today: string,
  review: LetterReview,
  plan: LetterPlan,
  email: LorEmail,
  pkg: LorPackage,
  steps: WriterStep[],
  drafts: DraftRequestNote[],
): string {
  const count = profile.letters?.length ?? 0;
  const out: string[] = [];
  const due = letterDeadlineLabel(profile, today, 'no deadline given');
  out.push(
    `Letters of recommendation: ${count} writer${count === 1 ? '' : 's'}, ${due} (today ${humanDay(today)})`,
    '',
  );
  const deadlineNote = offCalendarLetterNote(route.profile, today);
  if (deadlineNote) out.push('DEADLINE', `  ${deadlineNote}`, '');

  out.push('FINDINGS');
  if (review.note) out.push(`  ${review.note}`);
  else if (!review.findings.length) out.push(`  ${lettersClean(route.profile.letters)}`);
  for (const f of review.findings) {
    out.push(`  [${f.severity.toUpperCase()}] ${f.id}${f.writer ? ` (${f.writer})` : ''}: ${f.message}`);
    out.push(`      see ${f.sources.map(formatRef).join(', ')}`);
  }

  for (const d of drafts) {
    out.push('', 'A WRITER ASKED YOU TO DRAFT THE LETTER', `  ${d.message}`);
    out.push(`      see ${d.sources.map(formatRef).join(', ')}`);
  }

  if (route.rerouted) {
    out.push('', 'ROUTE', `  ${route.rerouted.label}`);
    for (const l of route.rerouted.later) out.push(`  ${l}`);
  }

  if (count > 0) {
    out.push('', `LETTER SLOTS${route.rerouted ? ' (residency route, now)' : ''}`);
    if (plan.mix) out.push(`  ${plan.mix}`);
    for (const s of plan.slots)
      out.push(`  ${slotTitle(s, route.profile.target)}: ${s.writer ?? '(empty)'} — ${s.why}`);
    if (plan.extra.length) {
      out.push(
        `  also sent (no slot fits, but a slot is empty and you have asked): ${plan.extra.join(', ')} — its timing counts like any letter's; replace it if a better writer can still be asked`,
      );
    }
    if (plan.spare.length) out.push(`  not needed for a slot: ${plan.spare.join(', ')}`);
    if (suggest) out.push('', 'A WRITER TO CONSIDER', `  ${suggest.message}`);
    out.push('', 'NEXT STEP WITH EACH WRITER');
    for (const s of steps) out.push(`  ${s.writer}: ${s.next}`);
    out.push('', 'WRITERS BY STRENGTH');
    plan.ranking.forEach((r, i) => out.push(`  ${i + 1}. ${r.writer} (${r.score}): ${r.reasons.join(', ')}`));
  }

  out.push(
    '',
    `${email.kind === 'follow-up' ? 'FOLLOW-UP EMAIL' : email.kind === 'thanks' ? 'THANK-YOU EMAIL' : 'EMAIL'} TO ${email.writer?.writer ?? 'A WRITER (template)'}${route.rerouted ? ' (residency route, now)' : ''}`,
    `Subject: ${email.subject}`,
    '',
    email.body,
  );

  out.push(
    '',
    email.kind === 'thanks'
      ? 'PACKAGE (ONLY IF YOU APPLY AGAIN AND THEY AGREE TO UPDATE THE LETTER)'
      : 'PACKAGE TO SEND ONCE THEY AGREE',
  );
  for (const line of pkg.lines) out.push(line.startsWith('Example ') ? `    ${line}` : `  - ${line}`);

  out.push('', `FOLLOW-UP PLAN${route.rerouted ? ' (residency route, now)' : ''}`);
  for (const r of pkg.reminders) out.push(`  ${r.date ?? 'later     '}  ${r.what}`);
  return out.join('\n');
}
