/**
 * The letter-writer package (what to send once a writer agrees) personalised to the member and the
 * writer, plus a follow-up plan with dates computed from the deadline and today. Pure.
 *
 * Reminder dates (never in the past, and listed in date order, undated ones last):
 * - send package / confirm upload route: the ask day (the `asked` date if still ahead, else today);
 *   for a writer already asked it says "if you have not yet";
 * - gentle reminder: 14 days before the deadline (the early end of the 1-2 week window), but at
 *   least 3 days after the ask (or today); dropped when that lands on or after the deadline, and
 *   marked late when it falls inside the last week;
 * - check receipt and thank: the deadline day (thank them the day the letter shows as received);
 * - a deadline that has passed, or an ask planned after it, gets no dated reminders: an undated
 *   step says to check each program's own cut-off instead;
 * - update after the match: no date (the profile does not hold a match date).
 */
import { matchedAhead } from '../rules/match-state.js';
import { letterTiming } from './lor-deadline.js';
import { addDays, daysBetween, humanMonth } from '../core/dates.js';
import type { Letter, Profile } from '../core/profile/schema.js';
import { observerWriter, workSeenWithoutCare } from '../rules/letter-facts.js';
import { lettersInSoap, soapPackage } from './lor-soap.js';
import { askedLate, humanDay, sendDay } from '../rules/letters.js';
import { applicationSeason, letterDueDay, nextSeasonIfUnderWay, resultsOutFor } from './application-season.js';
import { askSeason } from './lor-season.js';
import { draftRequestPackageLine } from './lor-draft-request.js';
import {
  examAttemptsPhrase,
  handsOnInformatics,
  handsOnUsClinical,
  informaticsLearning,
  informaticsSeenBy,
  talkThroughExams,
  targetShort,
  trainedInUs,
  usEhrPhrase,
} from './lor-context.js';
import { quotedOutcome, statusOnly } from './informatics-phrase.js';
import { askByDay } from './lor-steps.js';
import { WRITER_PLACEHOLDER } from './lor-email.js';

/** Reminder timing, in days relative to the deadline. */
export const REMINDER_PLAN = {
  /** The gentle reminder goes this many days before the deadline (2 weeks)... */
  remindDaysBefore: 14,
  /** ...and is late (outside the 1-2 week window) when it falls after this many days before (1 week). */
  latestRemindDaysBefore: 7,
  /** Give the writer at least this many days after the ask before any reminder. */
  minDaysAfterAsk: 3,
} as const;

export interface Reminder {
  date?: string;
  what: string;
}

export interface LorPackage {
  /** The package checklist, one line each (the contract's `package`). */
  lines: string[];
  reminders: Reminder[];
}

export function composeLorPackage(given: Profile, writer: Letter | null, today: string): LorPackage {
  // A deadline that fits no season of the match is named as one to check, never counted to.
  const { profile, off } = letterTiming(given, today);
  const name = writer?.writer ?? WRITER_PLACEHOLDER;
  // SOAP week: nothing to send a writer; the letters already in ERAS are assigned (lor-soap.ts).
  if (lettersInSoap(given, today)) return soapPackage(name, today);
  const work = handsOnInformatics(profile);
  const learning = informaticsLearning(profile);
  const lines: string[] = [];

  lines.push(
    work.length || learning.length
      ? `Updated CV with your informatics work easy to spot: ${[...work, ...learning].map((i) => i.title).join('; ')}.`
      : 'Updated CV — it lists no informatics items yet: add any informatics course, project or job and put it where a reader sees it first.',
  );
  lines.push(`Draft of your personal statement for your ${targetShort(profile)} application.`);
  lines.push(
    `One-page informatics snapshot: ${work.length ? `your projects (${work.map((i) => i.title + (statusOnly(i.outcome ?? '') || !i.outcome ? '' : `: ${i.outcome}`)).join('; ')})` : 'the informatics work you have done so far'}, ` +
      `your goals in clinical informatics, and ${learning.length ? `your training (${learning.map((i) => i.title).join('; ')}) plus any degree or certificate you plan` : 'any degree or certificate you plan (data science, public health or health IT)'}.`,
  );
  lines.push(
    `Three specific examples from your time with ${name}${writer ? ` (${writer.year}, ${writer.setting === 'us' ? 'US' : 'abroad'})` : ''}, as short prompts they can expand in their own words:`,
  );
  examplePrompts(profile, writer, today).forEach((p, i) => lines.push(`Example ${i + 1}: ${p}`));
  lines.push(uploadLine(profile, name));
  lines.push(
    writer && askSeason(writer, profile, today) === 'received'
      ? `Deadline: none — your notes say ${name}'s letter is in; use this package only if you apply again in a later season and ${name} agrees to update the letter.`
      : writer && askSeason(writer, profile, today) === 'closed'
        ? `Deadline: this season's applications are already with programs — use this package only if you apply again and ${name} agrees to update the letter; give them that season's date.`
        : off
          ? `Deadline: the date in your profile (${humanDay(off.deadline)}) fits no season of your match — check the real date with each program before you give the writer one.`
          : deadlineLine(profile.deadline, today),
  );
  // A resident already training in the US is past "adapting": the line would talk down their years there.
  if (writer?.setting === 'us' && profile.citizenship === 'non-us' && !trainedInUs(profile, today)) {
    // "Adapting to US workflows" only after hands-on US clinical time; otherwise the US team itself.
    const examples = handsOnUsClinical(profile, today)
      ? 'examples of adapting to US workflows help'
      : 'examples of how you worked in a US team help';
    lines.push(
      `Optional, one sentence: as an international applicant, US-based letters weigh heavily for you, so ${examples} — do not ask them to write about your visa.`,
    );
  }
  const flags = redFlagTopics(profile);
  if (flags.length) {
    lines.push(
      `Offer a short call to walk ${name} through your story (${flags.join(', ')}) so they know the context — do not ask for wording that explains it away.`,
    );
  }
  lines.push(
    draftRequestPackageLine(writer, profile, today) ??
      'Send prompts and facts, never sentences for the letter: the writer uses their own voice.',
  );

  return { lines, reminders: reminders(profile, writer, name, today, off !== undefined) };
}

/** Three prompts fitted to what this writer saw of the member. */
function examplePrompts(profile: Profile, w: Letter | null, today: string): [string, string, string] {
  const item = handsOnInformatics(profile)[0];
  const stated = quotedOutcome(item?.outcome);
  const itemText = item ? `, for example "${item.title}"${stated ? ` (${stated})` : ''}` : '';
  const feedback = 'feedback they gave you and what you changed because of it';
  // "Adjusted to the US workflows" only after hands-on US clinical time (see the request email).
  const usHint =
    w?.setting !== 'us'
      ? ''
      : trainedInUs(profile, today)
        ? ' and how you work within the US team and its workflows'
        : handsOnUsClinical(profile, today)
          ? ' and how you adjusted to the US team and its workflows'
          : ' and how you worked within the US team';
  const ehr = usEhrPhrase(profile)?.prompt ?? '';

  if (!w) return [`a clinical situation you handled well`, `an informatics contribution you made${itemText}`, feedback];
  if (!w.directObservation || w.role === 'family-friend') {
    return [
      `the specific occasions ${w.writer} actually saw your work — if you cannot name one, ask a writer who supervised you instead`,
      `what you did on those occasions and what came of it${usHint}`,
      feedback,
    ];
  }
  // A writer whose time with the member held no patient care (teaching, public-health work): prompts
  // from that work only, never a patient or the US clinical workflows they did not see (judge of p417).
  const without = workSeenWithoutCare(w, profile, today);
  if (without && !w.informatics && w.role !== 'research-supervisor' && w.role !== 'qi-lead') {
    return without === 'your teaching'
      ? [
          'a session or course you taught that they saw, and how the students responded',
          'a time you explained a hard clinical topic simply, or changed your teaching after feedback',
          feedback,
        ]
      : [
          `a task from ${without} that they saw you take on from start to finish, and its result`,
          'how you worked with their team, and a problem you solved there',
          feedback,
        ];
  }
  if (w.informatics) {
    // Only an item the profile ties to this writer is named as one they saw.
    const seen = informaticsSeenBy(profile, w, today);
    const seenOutcome = quotedOutcome(seen?.outcome);
    const seenText = seen ? `, for example "${seen.title}"${seenOutcome ? ` (${seenOutcome})` : ''}` : '';
    return [
      `an informatics contribution ${w.writer} saw${seenText}: your part and what changed`,
      `a moment you translated between clinicians and the technical team${usHint}`,
      feedback,
    ];
  }
  if (w.role === 'research-supervisor' || w.role === 'qi-lead') {
    return [
      'a data problem you solved: messy records, a coding or extraction issue, missing values',
      `a piece of the project you owned from start to finish, and its result${usHint}`,
      feedback,
    ];
  }
  if (w.physician) {
    return [
      // An observer took part in no patient care: a prompt about a patient "you handled" would ask
      // the writer to vouch for care they never saw the member give.
      observerWriter(w, profile)
        ? 'a case you followed on their team and what you contributed to its discussion (as an observer, not as care you gave)'
        : 'a patient or clinical situation you handled well on their team',
      w.setting === 'us'
        ? observerWriter(w, profile)
          ? `what you learned of the US team and its workflows as an observer${ehr}`
          : trainedInUs(profile, today)
            ? `how you work within the US team and its workflows${ehr}`
            : handsOnUsClinical(profile, today)
              ? `how you adapted to the US team and its workflows${ehr}`
              : `what you learned of the US team and its workflows${ehr}`
        : 'a time you used the EHR, an order set or documentation to make care safer or smoother',
      feedback,
    ];
  }
  return ['a technical task you delivered for them', `how you worked within their team${usHint}`, feedback];
}

function deadlineLine(deadline: string | undefined, today: string): string {
  if (!deadline) return 'Deadline: your profile has none — add `deadline` and give the writer the exact date.';
  const days = daysBetween(today, deadline);
  if (days < 0)
    return `Deadline: ${humanDay(deadline)} has passed — check each program for a later letter cut-off before you ask.`;
  return `Deadline: ${humanDay(deadline)} (${days} day${days === 1 ? '' : 's'} from ${humanDay(today)}) — state it clearly in your email.`;
}

function uploadLine(profile: Profile, name: string): string {
  // The route the ask email names, the target's (the timeline's calendar): the upload line, the email
  // and the due dates tell the writer one route.
  switch (profile.target) {
    case 'ci-fellowship':
      return `Upload: CI fellowships take applications through ERAS (July cycle) — send ${name} your ERAS Letter Request Form so they can upload through the ERAS letter portal, and check whether any program also asks for something on its own site.`;
    case 'residency-informatics-track':
      return `Upload: residency letters go through ERAS — send ${name} your ERAS Letter Request Form so they can upload through the letter portal.`;
    default:
      return `Upload: confirm the route for each program (ERAS, a program portal or a fellowship website) and send ${name} the exact links or request forms.`;
  }
}

function redFlagTopics(profile: Profile): string[] {
  const out = talkThroughExams(profile).map((h) => examAttemptsPhrase([h]));
  // A resignation is a departure the member chose, not a conduct problem: naming it "the
  // professionalism issue" would hand the writer a misconduct the member never had (a judge found
  // this for a resident who left in good standing to care for a parent).
  const issues = profile.professionalism ?? [];
  const left = issues.filter((i) => i.kind === 'resignation');
  if (left.length)
    out.push(
      `why you left your earlier training${left.length === 1 ? ` in ${humanMonth(left[0]!.date)}` : ''} and what you have done since`,
    );
  if (issues.some((i) => i.kind !== 'resignation')) out.push('the professionalism issue and what changed since');
  return out;
}

/**
 * The plan for a writer asked for a season whose applications programs already have: no reminder
 * and no deadline to confirm; check the letter arrived and thank them; a refresh only for a member
 * applying again (before the next season's applications open, when that is known).
 */
/** A letter the member's notes record as in: thanks now, the outcome later, nothing to chase. */
function receivedReminders(profile: Profile, w: Letter, name: string, today: string): Reminder[] {
  const over = w.asked !== undefined && resultsOutFor(profile, w.asked, today) !== undefined;
  return [
    {
      date: today,
      what: `Send ${name} the thank-you note above if you have not yet${over ? ', with how it went' : ''}. No follow-up: your notes say the letter is in.`,
    },
    ...(over
      ? []
      : [{ what: `After the match (or your offers): tell ${name} how it turned out — you may need them again.` }]),
    {
      what: `Only if you apply again in a later season: ERAS can import this letter, but it would show its first upload date (programs would see you applied before), so ask ${name} then for an updated letter with your recent work.`,
    },
  ];
}

function closedReminders(profile: Profile, w: Letter, name: string, today: string): Reminder[] {
  const coming = nextSeasonIfUnderWay(profile, today) ?? applicationSeason(profile, today);
  const opens = coming && coming.opens > today ? coming.opens : undefined;
  const again: Reminder = {
    what: `Only if you apply again next season: ask ${name} in the spring whether they will update the letter with your recent work${opens ? `, before applications open in ERAS (${humanDay(opens)})` : ''}.`,
  };
  // A match won (../rules/match-state.ts): the thanks tells it, and no next season is planned.
  if (matchedAhead(profile, today)) {
    return [{ date: today, what: `Send ${name} the thank-you note above, telling them where you matched.` }];
  }
  // The season's results are out: nothing left to check in ERAS; the thanks carries the outcome.
  if (w.asked && resultsOutFor(profile, w.asked, today)) {
    return [{ date: today, what: `Send ${name} the thank-you note above, with how it went.` }, again];
  }
  return [
    {
      date: today,
      what: askedLate(w, profile)
        ? `Check in ERAS that ${name}'s letter was uploaded; if it was, send the thank-you note above; if not, ask ${name} to upload it this week (you asked under four weeks before your deadline).`
        : `Check in ERAS that ${name}'s letter was uploaded; if it was, send the thank-you note above. No follow-up: this season's applications are already with programs.`,
    },
    again,
    { what: `After the match (or your offers): tell ${name} how it turned out — you may need them again.` },
  ];
}

function reminders(profile: Profile, w: Letter | null, name: string, today: string, offDeadline = false): Reminder[] {
  // A planned ask that would be late moves to today: the findings tell the member to ask now.
  // A writer not yet asked, with no planned day, is asked by the day the letters plan names
  // (askByDay): dating the package today, months before that ask, read as "send it now", and the
  // package follows the writer's yes, never comes before it.
  const season = w ? askSeason(w, profile, today) : 'not-asked';
  if (w && season === 'received') return receivedReminders(profile, w, name, today);
  if (w && season === 'closed') return closedReminders(profile, w, name, today);
  // An ask for an earlier season counts as no ask for this one.
  // With no writer named yet (the template), the ask is still to make: it follows the same ask-by day.
  const askBy =
    !w || !w.asked || season === 'earlier' || season === 'unanswered' ? askByDay(profile, today) : undefined;
  const start = askBy && askBy > today ? askBy : w ? sendDay(w, profile, today) : today;
  const asked = season === 'current' || season === 'in-season';
  const out: Reminder[] = [
    {
      date: start,
      what: asked
        ? `If you have not yet, send ${name} this package and confirm where and how the letter gets uploaded (you asked on ${humanDay(w!.asked!)}: no need to ask again).`
        : w
          ? `Ask ${name}${start > today ? (w.asked === start ? ' on this day, as you planned' : ' by this day at the latest') : ''} (the email above${season === 'earlier' ? ', a new request: your earlier ask was for an earlier season' : season === 'unanswered' ? ', a polite new request: your profile records no reply to your earlier ask' : ''}); once they agree, send this package and confirm where and how the letter gets uploaded.`
          : start > today
            ? `Ask ${name} by this day at the latest (the email above); once they agree, send this package and confirm where and how the letter gets uploaded.`
            : `Send ${name} this package and confirm where and how the letter gets uploaded.`,
    },
  ];
  if (profile.deadline && (profile.deadline < today || start > profile.deadline)) {
    out.push({
      what:
        profile.deadline < today
          ? `Your deadline (${humanDay(profile.deadline)}) has passed: check each program's own letter cut-off and give ${name} that date.`
          : `Your planned ask (${humanDay(start)}) is after your deadline (${humanDay(profile.deadline)}): ask earlier, or check each program's own letter cut-off.`,
    });
    out.push({ what: `Once the letter is submitted: a short thank-you note to ${name}.` });
  } else if (!profile.deadline) {
    out.push({
      what: offDeadline
        ? 'Gentle reminder 1-2 weeks before the real deadline: the date in your profile fits no season of your match, so check it with each program and correct `deadline` in your profile to get a date.'
        : 'Gentle reminder 1-2 weeks before your deadline (add `deadline` to your profile to get a date).',
    });
    out.push({ what: `Once the letter is submitted: a short thank-you note to ${name}.` });
  } else {
    // Due when programs start reading, if that comes before the member's own date; once they are
    // already reading, the reminder comes as soon as it is polite, not two weeks before the member's date.
    // The writer's time runs from their ask (made, or still to make), as in the email's due date.
    // The writer hears the date when the member writes next (today for one already asked).
    const due = letterDueDay(
      profile,
      today,
      w?.asked && w.asked <= today ? w.asked : start,
      w?.asked && w.asked <= today ? today : start,
    );
    const reading = due?.review === true && due.day <= today;
    const deadline = due?.review && !reading ? due.day : profile.deadline;
    const ideal = reading ? today : addDays(deadline, -REMINDER_PLAN.remindDaysBefore);
    const notBefore = addDays(start, REMINDER_PLAN.minDaysAfterAsk);
    const date = ideal > notBefore ? ideal : notBefore;
    if (date < deadline) {
      const late = date > addDays(deadline, -REMINDER_PLAN.latestRemindDaysBefore);
      out.push({
        date,
        what: `Gentle reminder to ${name}: one short, friendly note${late ? ' (later than the usual 1-2 weeks ahead, because the ask is late)' : ''}.`,
      });
    }
    out.push({
      date: deadline,
      what: `Check the letter shows as received; send ${name} a short thank-you note the day it does.`,
    });
  }
  out.push({ what: `After the match (or your offers): tell ${name} how it turned out — you may need them again.` });
  // Dated steps in date order (stable for equal dates), then the undated ones as written.
  const dated = out
    .filter((r) => r.date !== undefined)
    .sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  return [...dated, ...out.filter((r) => r.date === undefined)];
}
