/**
 * /lor-ask as Views: the letter plan (portfolio findings, the four slots, writers by strength),
 * the ask email to one writer (copyable), and the writer package with its reminder dates. Every
 * view shows the member's own writers, so all are personal. Writer names and anything else from
 * the profile go through memberText() (or a code block) so they show as typed. With a model and
 * the member's consent the ask email is a personal version (src/llm/features/lor-email.ts), shown
 * the same way: model text is untrusted, so it only ever appears in a code block or escaped.
 */
import { composeLorEmail, type LorEmail } from '../../composers/lor-email.js';
import { composeLorPackage, type LorPackage } from '../../composers/lor-package.js';
import { writerSteps } from '../../composers/lor-steps.js';
import { letterRoute } from '../../composers/lor-route.js';
import { draftRequestNotes } from '../../composers/lor-draft-request.js';
import { currentSupervisorSuggestion } from '../../rules/letter-suggest.js';
import { letterDeadlineLabel, letterTiming, offCalendarLetterNote } from '../../composers/lor-deadline.js';
import { chooseWriter } from '../../composers/lor-context.js';
import { askSeason } from '../../composers/lor-season.js';
import type { Letter, Profile } from '../../core/profile/schema.js';
import type { Severity } from '../../core/types.js';
import { formatRef } from '../../knowledge/outline.js';
import { planLetterSlots, slotTitle, type LetterPlan } from '../../rules/letter-slots.js';
import {
  humanDay,
  lettersClean,
  reviewLetters,
  roleLabel,
  type LetterFinding,
  type LetterReview,
} from '../../rules/letters.js';
import type { LlmUse } from '../../llm/features/common.js';
import { personalLorEmail } from '../../llm/features/lor-email.js';
import type { AppContext } from '../context.js';
import { llmNoteSections, memberLlm } from '../llm.js';
import { findWriter, resolveWriterRef, writerRef } from '../lor/writers.js';
import { button, memberText, notice, type Action, type Field, type Section, type Tone, type View } from '../view.js';
import { codeBlock, copyable } from './copyable.js';
import { noProfileView } from './no-profile.js';

const TONE: Record<Severity, Tone> = { high: 'danger', medium: 'warning', low: 'info' };

/** Short headings for the letter rule ids (src/rules/letters.ts). */
const FINDING_TITLE: Record<string, string> = {
  'no-informatics-letter': 'No informatics letter',
  'informatics-share-low': 'Too few informatics letters',
  'no-us-letter': 'No letter from a US setting',
  'no-physician-letter': 'No physician letter',
  'too-many-letters': 'More letters than you need',
  'no-professionalism-corroboration': 'No letter vouches for your professionalism',
  'weak-writer': 'Weak writer',
  'stale-letter': 'Old letter',
  'non-english-letter': 'Letter not in English',
  'late-ask': 'Late ask',
  'too-few-letters': 'Too few letters',
  'no-program-director-letter': 'No letter from your residency program director',
};

export const ADD_WRITER_HINT = 'Add a writer with /lor-ask add-writer.';

/** A member still deciding ("not sure" in setup) is told which yardstick the plan used. */
export const NO_TARGET_LETTERS =
  'Your profile has no target yet, so these letters are judged as for a residency. A fellowship typically asks more: at least half the letters speaking to informatics, and one from your residency program director. /profile edit target once you decide.';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function findingField(f: LetterFinding): Field {
  const title = FINDING_TITLE[f.id] ?? f.id;
  const who = f.writer ? `: ${memberText(f.writer)}` : '';
  return {
    name: `[${f.severity.toUpperCase()}] ${title}${who}`,
    value: `${memberText(f.message)}\nSources: ${f.sources.map((s) => `\`${formatRef(s)}\``).join(', ')}`,
  };
}

function findingsSection(review: LetterReview, letters: Profile['letters']): Section {
  if (review.note) return { title: 'Letter plan', body: memberText(review.note), tone: 'info' };
  if (!review.findings.length) {
    return { title: 'Findings', body: lettersClean(letters), tone: 'success' };
  }
  const worst = review.findings[0]!.severity; // sorted most severe first
  const n = (s: Severity) => review.findings.filter((f) => f.severity === s).length;
  return {
    title: `Findings: ${review.findings.length} (${n('high')} high, ${n('medium')} medium, ${n('low')} low)`,
    fields: review.findings.map(findingField),
    tone: TONE[worst],
  };
}

function slotsSection(plan: LetterPlan, review?: LetterReview, target?: Profile['target']): Section {
  // A spare writer the findings say to replace is not a backup: saying "keep them" beside
  // "replace it" leaves the member with two opposite instructions.
  const replace = new Set(
    (review?.findings ?? []).filter((f) => f.severity === 'high' && f.writer).map((f) => f.writer as string),
  );
  const backups = plan.spare.filter((w) => !replace.has(w));
  const notBackups = plan.spare.filter((w) => replace.has(w));
  const footer = [
    plan.extra.length
      ? `Also sent: ${memberText(plan.extra.join(', '))} (no slot fits, but a slot is empty and you have asked; replace it if a better writer can still be asked).`
      : '',
    backups.length ? `Not needed for a slot: ${memberText(backups.join(', '))}. Keep them as backups.` : '',
    notBackups.length ? `Not a backup either: ${memberText(notBackups.join(', '))} (see the findings).` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    title: 'The four letter slots',
    ...(plan.mix ? { body: memberText(plan.mix) } : {}),
    fields: plan.slots.map((s) => ({
      name: slotTitle(s, target).replace(/^./, (c) => c.toUpperCase()),
      value: s.writer ? `**${memberText(s.writer)}**: ${memberText(s.why)}` : memberText(s.why),
    })),
    ...(footer ? { footer } : {}),
    tone: plan.slots.every((s) => s.writer) ? 'success' : 'info',
  };
}

function rankingSection(plan: LetterPlan): Section {
  return {
    title: 'Your writers by strength',
    body: plan.ranking
      .map((r, i) => `${i + 1}. **${memberText(r.writer)}** (${r.score}): ${memberText(r.reasons.join(', '))}`)
      .join('\n'),
  };
}

const EMAIL_LABEL: Record<LorEmail['kind'], string> = {
  ask: 'Ask email',
  'follow-up': 'Follow-up email',
  thanks: 'Thank-you email',
};

/** The email a writer gets (the same reading as the composer): follow-up, thanks or a new ask. */
function emailKindFor(l: Letter, profile: Profile, today: string): LorEmail['kind'] {
  const season = askSeason(l, profile, today);
  return season === 'current' || season === 'in-season'
    ? 'follow-up'
    : season === 'closed' || season === 'received'
      ? 'thanks'
      : 'ask';
}

/** Email buttons for the writers who fill a slot (at most four), strongest slot first. */
function slotEmailButtons(profile: Profile, plan: LetterPlan, today: string): Action[] {
  const letters = profile.letters ?? [];
  return plan.slots.flatMap((s) => {
    const i = letters.findIndex((l) => l.writer === s.writer);
    if (i < 0) return [];
    // A writer already asked gets a follow-up, not a second request: the button says which.
    const kind = EMAIL_LABEL[emailKindFor(letters[i]!, profile, today)];
    return [
      button(`lor-ask:email:${writerRef(letters, i)}`, `${kind}: ${letters[i]!.writer}`, {
        hint: `/lor-ask email ${letters[i]!.writer}`,
      }),
    ];
  });
}

/** The plan from a profile (pure). */
export function lorPlanReport(profile: Profile, today: string): View {
  const letters = profile.letters ?? [];
  const review = reviewLetters(profile, today);
  // Findings judge the target; the plan serves the route a member not yet eligible takes now (lor-route.ts).
  const route = letterRoute(profile, today);
  const now = route.profile;
  const plan = planLetterSlots(now, today);
  const due = letterDeadlineLabel(profile, today, 'no deadline in your profile');
  const offNote = offCalendarLetterNote(now, today);
  const sections: Section[] = [
    ...(offNote ? [{ title: 'Your deadline', body: offNote, tone: 'warning' as const }] : []),
    findingsSection(review, profile.letters),
    // A writer who asked the member to draft the letter (lor-draft-request.ts): said before the plan.
    ...draftRequestNotes(profile, today).map((d) => ({
      title: 'A writer asked you to draft the letter',
      body: `${memberText(d.message)}\nSources: ${d.sources.map((r) => `\`${formatRef(r)}\``).join(', ')}`,
      tone: 'warning' as const,
    })),
    ...(route.rerouted
      ? [
          {
            title: 'Residency route now, fellowship later',
            body: [route.rerouted.label, ...route.rerouted.later].join('\n'),
            tone: 'warning' as const,
          },
        ]
      : []),
  ];
  if (letters.length) {
    sections.push(slotsSection(plan, review, now.target), {
      title: 'Next step with each writer',
      body: writerSteps(now, today, (w) => `/lor-ask email ${w}`)
        .map((s) => `- **${memberText(s.writer)}**: ${memberText(s.next)}`)
        .join('\n'),
      tone: 'info',
    });
    sections.push(rankingSection(plan));
  }
  const suggest = currentSupervisorSuggestion(profile, today);
  if (suggest) sections.push({ title: 'A writer to consider', body: memberText(suggest.message), tone: 'info' });
  const buttons = slotEmailButtons(now, plan, today);
  return {
    text: `**Letters of recommendation**: ${plural(letters.length, 'writer')}, ${due} (today ${humanDay(today)}). ${ADD_WRITER_HINT}${profile.target ? '' : `\n${NO_TARGET_LETTERS}`}`,
    sections,
    ...(buttons.length ? { actions: [buttons] } : {}),
    personal: true,
  };
}

/** The writers the member has, for a name that matched none of them. */
export function unknownWriterView(profile: Profile, typed: string): View {
  const letters = profile.letters ?? [];
  if (!letters.length) {
    return {
      text: `"${memberText(typed)}" is not one of your letter writers: your profile lists none yet. ${ADD_WRITER_HINT}`,
      sections: [],
      personal: true,
    };
  }
  return {
    text: `"${memberText(typed)}" is not one of your letter writers. Use one of these names:`,
    sections: [
      {
        title: 'Your letter writers',
        body: letters.map((l) => `- ${memberText(l.writer)} (${roleLabel(l)}, ${l.year})`).join('\n'),
        footer: ADD_WRITER_HINT,
        tone: 'info',
      },
    ],
    personal: true,
  };
}

function packageButton(letters: readonly Letter[], writer: Letter | null): Action[] {
  const i = writer ? letters.indexOf(writer) : -1;
  if (i < 0) return [];
  return [
    button(`lor-ask:package:${writerRef(letters, i)}`, 'Writer package and reminders', {
      style: 'primary',
      hint: `/lor-ask package ${writer!.writer}`,
    }),
  ];
}

/** The model's part in an ask email: whether it wrote the text shown, and its note. */
export interface EmailByModel {
  fromModel: boolean;
  llm: LlmUse;
}

/** The ask email, copyable; a long one also comes as ask-email.txt. */
export function lorEmailReport(profile: Profile, email: LorEmail, today: string, byModel?: EmailByModel): View {
  const letters = profile.letters ?? [];
  const w = email.writer;
  const body = copyable(email.body);
  const followUp = email.kind === 'follow-up';
  const received = w !== null && email.kind === 'thanks' && askSeason(w, profile, today) === 'received';
  const asked = received
    ? ' Your notes say this letter is in, so there is nothing to ask or chase, only thanks to give.'
    : w?.asked && email.kind !== 'ask'
      ? followUp
        ? ` Your profile says you asked on ${humanDay(w.asked)}, so this is a follow-up, not a new request.`
        : ` Your profile says you asked on ${humanDay(w.asked)}, for a season whose applications programs already have: there is nothing to chase, only thanks to give.`
      : '';
  const intro = w
    ? `**${EMAIL_LABEL[email.kind]} to ${memberText(w.writer)}.** Copy the subject and the email, fill in [Your name], and send it from your own address.${asked}`
    : `**Ask email (template).** Your profile lists no letter writers, so replace [writer name] yourself. ${ADD_WRITER_HINT}`;
  const actions = packageButton(letters, w);
  return {
    text: intro,
    sections: [
      { title: 'Subject', body: codeBlock(email.subject) ?? memberText(email.subject) },
      {
        title: 'Email',
        body: body.body,
        footer: [
          ...(byModel?.fromModel
            ? ['Written for you by the AI model from your profile, then checked by the advisor: check every fact.']
            : []),
          email.kind === 'thanks'
            ? 'Check in ERAS that the letter was uploaded before you send it; it thanks them and asks nothing more.'
            : followUp
              ? 'It reminds them of your request without asking again, offers the package and still lets them say no.'
              : 'It asks for a strong letter and gives them an easy way to say no: a hesitant writer writes a weak letter. Once they agree, send the package.',
        ].join(' '),
        tone: 'info',
      },
      ...(byModel ? llmNoteSections(byModel.llm) : []),
    ],
    ...(actions.length ? { actions: [actions] } : {}),
    ...(body.long
      ? { files: [{ name: 'ask-email.txt', content: `Subject: ${email.subject}\n\n${email.body}\n` }] }
      : {}),
    personal: true,
  };
}

/** The package checklist and the follow-up plan with dates. */
export function lorPackageReport(profile: Profile, writer: Letter | null, pkg: LorPackage, today?: string): View {
  const name = writer ? memberText(writer.writer) : 'your writer';
  const checklist = pkg.lines
    .map((line) => (line.startsWith('Example ') ? `  - ${memberText(line)}` : `- ${memberText(line)}`))
    .join('\n');
  const reminders = pkg.reminders
    .map((r) => `- **${r.date ? humanDay(r.date) : 'Later'}**: ${memberText(r.what)}`)
    .join('\n');
  return {
    text: `**Letter package for ${name}**: what to send once they agree, and when to follow up.${writer ? '' : ` Your profile lists no writers yet. ${ADD_WRITER_HINT}`}`,
    sections: [
      { title: 'Send them', body: checklist, tone: 'info' },
      {
        title: 'Follow-up plan',
        body: reminders,
        footer:
          today && letterTiming(profile, today).off
            ? 'Dates are computed from today only: the deadline in your profile fits no season of your match, so no date is counted from it until you check it.'
            : 'Dates are computed from today and your profile deadline.',
      },
    ],
    personal: true,
  };
}

/** Resolves an optional writer name; `{ unknown }` when it matches nobody. */
function pickWriter(
  profile: Profile,
  today: string,
  typed: string | undefined,
): { writer: Letter | null } | { unknown: View } {
  if (typed !== undefined && typed.trim() !== '') {
    const hit = findWriter(profile, typed);
    return hit ? { writer: hit } : { unknown: unknownWriterView(profile, typed) };
  }
  return { writer: chooseWriter(profile, today) };
}

export async function lorPlanView(ctx: AppContext, userId: string): Promise<View> {
  const profile = await ctx.store.getProfile(userId);
  if (!profile) return noProfileView('a letter plan');
  return lorPlanReport(profile, ctx.today());
}

export async function lorEmailView(ctx: AppContext, userId: string, writer?: string): Promise<View> {
  const stored = await ctx.store.getProfile(userId);
  if (!stored) return noProfileView('an ask email for your letter writers');
  const today = ctx.today();
  // A new request serves the route a member not yet eligible for the fellowship takes now
  // (lor-route.ts); a follow-up or thank-you names the application the ask was made for.
  const route = letterRoute(stored, today);
  const routed = route.profile;
  const picked = pickWriter(routed, today, writer);
  if ('unknown' in picked) return picked.unknown;
  const pick = picked.writer ? { writer: picked.writer.writer } : {};
  const first = composeLorEmail(routed, { today, ...pick });
  // A follow-up or thank-you answers an ask already made, for the application it was made for.
  const own = first.kind === 'ask';
  const profile = own ? routed : stored;
  const email = own ? first : composeLorEmail(stored, { today, ...pick });
  return personalEmailReport(ctx, userId, profile, email, today);
}

/**
 * With a model and the member's consent: the personal version of the email when it keeps the
 * decline sentence, the target and the writer and invents nothing; else the composer's.
 */
async function personalEmailReport(
  ctx: AppContext,
  userId: string,
  profile: Profile,
  email: LorEmail,
  today: string,
): Promise<View> {
  // The model writes requests only; a follow-up stays the composer's.
  const llm = email.kind === 'ask' ? await memberLlm(ctx, userId, { profileFacts: true }) : undefined;
  if (!llm) return lorEmailReport(profile, email, today);
  // The model is not given a deadline the plan does not count to (lor-deadline.ts).
  const facts = letterTiming(profile, today).profile;
  const p = await personalLorEmail(llm, { profile: facts, email, findings: reviewLetters(profile, today).findings });
  return lorEmailReport(profile, { ...email, subject: p.subject, body: p.body }, today, {
    fromModel: p.fromModel,
    llm: p.llm,
  });
}

export async function lorPackageView(ctx: AppContext, userId: string, writer?: string): Promise<View> {
  const stored = await ctx.store.getProfile(userId);
  if (!stored) return noProfileView('a letter-writer package');
  const today = ctx.today();
  const profile = letterRoute(stored, today).profile;
  const picked = pickWriter(profile, today, writer);
  if ('unknown' in picked) return picked.unknown;
  return lorPackageReport(profile, picked.writer, composeLorPackage(profile, picked.writer, today), today);
}

/** A plan/email button: the writer it was made for, if the profile still lists them at that place. */
export async function lorWriterButtonView(
  ctx: AppContext,
  userId: string,
  ref: string,
  kind: 'email' | 'package',
): Promise<View> {
  const stored = await ctx.store.getProfile(userId);
  if (!stored) return noProfileView(kind === 'email' ? 'an ask email' : 'a letter-writer package');
  const profile = letterRoute(stored, ctx.today()).profile;
  const letters = profile.letters ?? [];
  const i = resolveWriterRef(letters, ref);
  if (i === undefined) {
    return notice(
      'Your list of letter writers changed since this button was made. Run /lor-ask plan for fresh buttons, or /lor-ask email and pick the writer.',
      { personal: true },
    );
  }
  const writer = letters[i]!;
  const today = ctx.today();
  const routed = kind === 'email' ? composeLorEmail(profile, { today, writer: writer.writer }) : undefined;
  // A follow-up or thank-you names the application the ask was made for (the stored target).
  const email =
    routed && routed.kind !== 'ask' && profile.target === stored.target
      ? composeLorEmail(stored, { today, writer: writer.writer })
      : routed;
  return email
    ? personalEmailReport(ctx, userId, routed?.kind === 'ask' ? profile : stored, email, today)
    : lorPackageReport(profile, writer, composeLorPackage(profile, writer, today), today);
}
