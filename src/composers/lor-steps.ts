/**
 * The next step with each letter writer, so a member never asks someone twice or forgets one:
 * already asked → a follow-up; a planned ask → its date (or "ask now" when it would be late);
 * not asked and needed for a slot → ask (by a date six weeks before the deadline when there is
 * time); not needed for any slot → keep as a backup. Dates are never in the past. Pure.
 */
import { unmatchedThisSeason } from '../rules/match-state.js';
import { matchedAhead } from '../rules/match-state.js';
import { letterTiming } from './lor-deadline.js';
import { addDays, daysBetween } from '../core/dates.js';
import type { Letter, Profile } from '../core/profile/schema.js';
import { isStale, writtenForOther } from '../rules/letter-facts.js';
import { planLetterSlots } from '../rules/letter-slots.js';
import { askedLate, humanDay, LETTER_RULES, replaceRatherThanAsk } from '../rules/letters.js';
import { askSeason, seasonClosed } from './lor-season.js';
import { applicationSeason, nextSeasonIfUnderWay, resultsOutFor } from './application-season.js';
import { calendarFor, resultsDayFor } from './season-calendar.js';
import { draftRequestBy, letterReceived, writerUnavailable } from '../rules/letter-notes.js';
import { IMPORT_NEXT_SEASON, importAdvice } from '../rules/letter-imported.js';
import { lettersInSoap, soapStep } from './lor-soap.js';
import { employerAskAdvice } from '../rules/letter-employer.js';
import { letterAimedElsewhere } from '../rules/letter-aim.js';
import { targetShort } from './lor-context.js';

export type WriterStatus = 'asked' | 'planned' | 'to-ask' | 'backup';

export interface WriterStep {
  writer: string;
  status: WriterStatus;
  /** What to do next, in a sentence. */
  next: string;
}

/**
 * `command` names how the member drafts the email for one writer on their transport (the CLI's
 * `lor-ask --writer`, Discord's `/lor-ask email`).
 */
export function writerSteps(
  given: Profile,
  today: string,
  command: (writer: string) => string = (w) => `lor-ask --writer "${w}"`,
): WriterStep[] {
  // A deadline that fits no season of the match times no ask (src/composers/lor-deadline.ts).
  const { profile, off } = letterTiming(given, today);
  const exact = off
    ? 'or, once you have checked your deadline, correct it in your profile for an exact date'
    : 'or add your deadline to your profile for an exact date';
  // The writers whose letters go out: the slots' and any extra one already asked while a slot is
  // empty (the same list the letters review reads, so a step never says "backup" beside "ask today").
  const plan = planLetterSlots(profile, today);
  const used = new Set([...plan.slots.flatMap((s) => (s.writer ? [s.writer] : [])), ...plan.extra]);
  const deadline = profile.deadline && profile.deadline >= today ? profile.deadline : undefined;
  const askBy = askByDay(profile, today);
  // Without a deadline, the season a letter asked today would serve (the same reading the request
  // email uses, so the plan and the email name one start year).
  const nextSeason = nextSeasonIfUnderWay(profile, today);
  const closed = seasonClosed(profile, today);
  const soap = lettersInSoap(given, today);
  let explained = false;
  return (profile.letters ?? []).map((l): WriterStep => {
    // A writer who died, is gravely ill or cannot be reached gets no email of any kind (judge of p424).
    const gone = unavailableStep(given, l, today);
    if (gone) return gone;
    const planned = stepFor(l);
    // SOAP week: what SOAP programs see is the letters already in ERAS (lor-soap.ts).
    const soapNext = soap ? soapStep(given, l, today, !explained) : undefined;
    if (soapNext?.includes('SOAP programs read the ERAS application')) explained = true;
    const base = soapNext ? { ...planned, next: soapNext } : planned;
    // A letter the notes tell as carried over from an earlier season: the step says what programs
    // see on it and asks for an updated one, in place of the general word on importing.
    const said = letterReceived(l, given, today)?.words;
    const imported = importAdvice(l, given, today, closed, said !== undefined && base.next.includes(said));
    // A writer at the employer that holds the member's visa (letter-employer.ts): the ask signals a move.
    const employer = soap ? undefined : employerAskAdvice(l, given, today);
    const step = imported
      ? {
          ...base,
          next: `${base.next.replace(` If you apply again in a later season, ${IMPORT_NEXT_SEASON}.`, '').replace(`; if you apply again, ${IMPORT_NEXT_SEASON}.`, '.')} ${imported}`,
        }
      : base;
    if (employer) step.next = `${step.next} ${employer}`;
    // A letter the notes say was written for another specialty or application (letter-aim.ts), still
    // sent: not as it is; a new letter addressed to this application (judge of p427).
    const aim = used.has(l.writer) ? letterAimedElsewhere(l, given) : undefined;
    if (aim) {
      step.next = `${step.next} Your notes say this letter was written for ${aim.field} applications ("${aim.words}"): a letter aimed at another field argues for the wrong fit, so do not send it as it is. Ask ${l.writer} for a new letter addressed to your ${targetShort(given)} application${l.asked && l.asked > today ? ' when you ask' : ''}, and send your informatics work with the request so it speaks to this field.`;
    }
    // A writer who asked the member to draft the letter: the step says the answer too, wherever it
    // is read (the plan's note on it says why, lor-draft-request.ts).
    return draftRequestBy(l, given, today)
      ? {
          ...step,
          next: `${step.next} They asked you to draft the letter: do not; send your CV, specific examples and the programs' description instead, and waive your right to see the letter.`,
        }
      : step;
  });

  function stepFor(l: Letter): WriterStep {
    const cmd = command(l.writer);
    const season = askSeason(l, profile, today);
    if (season === 'received') return receivedStep(profile, l, today, cmd);
    if (season === 'closed') return closedStep(profile, l, today, cmd);
    if (season === 'unanswered') return unansweredStep(profile, l, today, cmd, askBy);
    if (season === 'in-season') return inSeasonStep(profile, l, today, cmd);
    if (season === 'current') {
      // A writer asked days ago has had no fair chance to answer: a follow-up then reads as
      // pressure. It is due after a week, or at once when the deadline is in the reminder window.
      const waited = daysBetween(l.asked!, today) >= LETTER_RULES.followUpAfterDays;
      const close = deadline !== undefined && daysBetween(today, deadline) <= LETTER_RULES.reminderWindowDays;
      if (replaceRatherThanAsk(l)) {
        return {
          writer: l.writer,
          status: 'asked',
          next: `You asked on ${humanDay(l.asked!)}, but programs discount a family friend's letter: do not chase it; put the time into a writer who supervised your clinical or informatics work.`,
        };
      }
      return {
        writer: l.writer,
        status: 'asked',
        next:
          waited || close
            ? `You asked on ${humanDay(l.asked!)}: send a follow-up (${cmd}), not a new request.`
            : `You asked on ${humanDay(l.asked!)}; nothing to do yet: give them time to answer, and once they agree, send your package.`,
      };
    }
    const planned = season === 'planned';
    if (!used.has(l.writer)) {
      return {
        writer: l.writer,
        status: 'backup',
        // Say why a stale letter sits out, so the member does not read "backup" as a slip.
        next: `Not needed for any of the four slots${isStale(l, profile, today) ? ` (a letter from ${l.year} no longer shows what you can do now, and writers who saw your work more recently cover the slots that matter)` : ''}${backupUse(l, profile, planned)}`,
      };
    }
    if (season === 'earlier') {
      // An ask for an earlier season's applications: the writer owes nothing for this one.
      const by = askBy && askBy > today ? `by ${humanDay(askBy)}` : 'now';
      // Once this season's applications are in, a new letter is only for a member applying again.
      const ifAgain = seasonClosed(profile, today) ? 'if you apply again next season, ' : '';
      return {
        writer: l.writer,
        status: 'to-ask',
        next: `You asked on ${humanDay(l.asked!)}, for an earlier season's applications, not this one: ${ifAgain}ask again for a new letter (or for that letter refreshed with your recent work) ${by} (${cmd}); a follow-up would not fit.`,
      };
    }
    if (planned && l.asked) {
      const late = deadline && daysBetween(l.asked, deadline) < LETTER_RULES.lateAskDays;
      return {
        writer: l.writer,
        status: 'planned',
        next: replaceRatherThanAsk(l)
          ? // The findings say to replace a family friend's letter: the step does not hurry it along.
            `You plan to ask on ${humanDay(l.asked)}, but programs discount a family friend's letter: rather than asking, replace it with a writer who supervised your clinical or informatics work${deadline && askBy && askBy > today ? `, asked by ${humanDay(askBy)}` : ', asked now'}.`
          : late
            ? `You plan to ask on ${humanDay(l.asked)}, under four weeks before your deadline: ask now instead (${cmd}).`
            : `You plan to ask on ${humanDay(l.asked)} (${cmd} drafts the email).`,
      };
    }
    return {
      writer: l.writer,
      status: 'to-ask',
      next:
        deadline && askBy && askBy > today
          ? `Not asked yet: ask by ${humanDay(askBy)}, six weeks before your deadline (${cmd}).`
          : nextSeason && askBy
            ? `Not asked yet: a letter asked now is for next season (applications typically open in ERAS on ${humanDay(nextSeason.opens)}, training from July ${nextSeason.startYear}); programs are already reviewing this season's applications. Ask by ${humanDay(askBy)} (${cmd}), ${exact}.`
            : `Not asked yet: ask now (${cmd}).`,
    };
  }
}

/**
 * A writer the member's notes say died, is gravely ill or cannot be reached (letter-notes'
 * writerUnavailable): no thank-you, no outcome to report, no update or new request. A letter already
 * uploaded stays with the applications it was assigned to this season (ERAS keeps it; nothing to
 * replace); a letter not in, and any later season, needs another writer. Undefined otherwise.
 */
export function unavailableStep(profile: Profile, l: Letter, today: string): WriterStep | undefined {
  const gone = writerUnavailable(l, profile);
  if (!gone) return undefined;
  const inHand = letterReceived(l, profile, today) !== undefined;
  const season = askSeason(l, profile, today);
  const uploaded = inHand || season === 'received';
  const thisSeason = uploaded
    ? 'A letter already uploaded stays with the applications it was assigned to this season: nothing to replace or redo for it now.'
    : season === 'closed' || season === 'in-season'
      ? "If the letter reached ERAS before then, it stays with the applications it was assigned to this season; if it did not, do not wait for it: assign another writer's letter in its place."
      : 'Do not count on this letter: put another writer who saw your work in its place.';
  return {
    writer: l.writer,
    status: uploaded || season === 'closed' || season === 'in-season' ? 'asked' : 'backup',
    next: `Your notes say "${gone.words}": send no letter emails to them (no thank-you to draft, no update or new request). ${thisSeason} For any later season, a new letter has to come from another writer who saw your work (a colleague from the same team or service can speak to the same time).`,
  };
}

/**
 * A writer asked for a season whose applications are in, by a member who has not said she applied
 * in it, with no letter recorded: asked, no reply recorded. Thanking them would thank for a letter
 * not known to exist and tell them applications went in that may not have (trial 17). The step asks
 * again, politely, for the season the member applies in next, and keeps the "if" for a member who
 * did apply with the letter.
 */
function unansweredStep(
  profile: Profile,
  l: Letter,
  today: string,
  cmd: string,
  askBy: string | undefined,
): WriterStep {
  const by = askBy && askBy > today ? `by ${humanDay(askBy)}` : 'soon';
  const next = nextSeasonIfUnderWay(profile, today) ?? applicationSeason(profile, today);
  const forWhat = next ? `your application for training from July ${next.startYear}` : 'your next application';
  return {
    writer: l.writer,
    status: 'to-ask',
    next: `You asked on ${humanDay(l.asked!)}; your profile records no reply and does not say you applied with that letter. Send a short, polite note ${by} that mentions your earlier message and asks whether they could write a letter for ${forWhat} (${cmd} drafts it). If they did write one and you applied with it, check in ERAS that it arrived and thank them instead.`,
  };
}

/**
 * A writer asked before a deadline now passed, for a season whose results are not yet out (its
 * interview, commit or rank weeks): the letter was for this season's application. Whether it
 * arrived is the member's to check in ERAS; a letter uploaded now still reaches the programs it is
 * assigned to. A request for the season after waits for this season's results: judges found "ask
 * again for July 2028" drafted in the commit and rank weeks of members who had applied with these
 * letters (p361–p372).
 */
function inSeasonStep(profile: Profile, l: Letter, today: string, cmd: string): WriterStep {
  const season = applicationSeason(profile, l.asked!);
  const results = season ? resultsDayFor(calendarFor(profile.target), season.startYear) : undefined;
  const after = results ? ` (typically around ${humanDay(results)})` : '';
  // Results out and the member unmatched (match-state.ts): the letters already in ERAS are what
  // programs with places left read now (AMIA's post-match process; in SOAP, lor-soap.ts). A judge of
  // p423 found "that season is still under way… a polite follow-up still helps" on results day.
  const unmatched = unmatchedThisSeason(profile, today);
  if (unmatched) {
    const route =
      profile.target === 'ci-fellowship'
        ? "AMIA's post-match process, where programs with places left read the ERAS application you already have"
        : 'programs with places left after the Match, which read the ERAS application you already have';
    return {
      writer: l.writer,
      status: 'asked',
      next: `This season's results are out and your note says you did not match: what counts now is ${route}. Check in MyERAS that ${l.writer}'s letter arrived and assign it to the programs you apply to now; do not chase a writer who is away or slow for a new letter this week, as the letters already in ERAS are what those programs will read. Thank your writers and tell them the result; if you apply again next season, ${IMPORT_NEXT_SEASON}.`,
    };
  }
  return {
    writer: l.writer,
    status: 'asked',
    next: `You asked on ${humanDay(l.asked!)}, for ${season ? `this season's applications (training from July ${season.startYear})` : "this season's applications"}, and that season is still under way. Check in MyERAS whether the letter arrived: if it did, assign it to your programs and thank them; if not, a polite follow-up still helps, since a letter uploaded now can be assigned to programs you already applied to (${cmd} drafts a note that fits either). Do not ask for a letter for a later season until this season's results are out${after}; if you apply again, ${IMPORT_NEXT_SEASON}.`,
  };
}

/**
 * A writer whose letter the member's notes record as written, received or uploaded: nothing to ask
 * or chase. The step offers the thank-you (and the outcome once the season's results are out), and
 * keeps a new request for a later season, which ERAS's letter import may make unneeded.
 */
function receivedStep(profile: Profile, l: Letter, today: string, cmd: string): WriterStep {
  const words = letterReceived(l, profile, today)?.words;
  const results = l.asked ? resultsOutFor(profile, l.asked, today) : undefined;
  const season = applicationSeason(profile, l.asked ?? today);
  const resultsDay = season ? resultsDayFor(calendarFor(profile.target), season.startYear) : undefined;
  const tell = results
    ? 'and tell them how it went'
    : `and tell them where you are (interviews so far, what comes next); write again with the outcome${resultsDay && resultsDay > today ? ` after the results (typically around ${humanDay(resultsDay)})` : ''}`;
  return {
    writer: l.writer,
    status: 'asked',
    next: `Your notes say this letter is in${words ? ` ("${words}")` : ''}: nothing to ask or chase. Send a short thank-you now if you have not (${cmd} drafts it), ${tell}. If you apply again in a later season, ${IMPORT_NEXT_SEASON}.`,
  };
}

/**
 * A writer asked for the season whose applications programs already have (its deadline passed, or
 * its applications opened and results are not out): nothing to chase for it. What helps now is to
 * check the letter arrived and thank them; a refresh is only for a member applying again.
 */
function closedStep(profile: Profile, l: Letter, today: string, cmd: string): WriterStep {
  const next = nextSeasonIfUnderWay(profile, today);
  const coming = next ?? applicationSeason(profile, today);
  const opens = coming && coming.opens > today ? ` before applications open in ERAS (${humanDay(coming.opens)})` : '';
  // A match won (../rules/match-state.ts): no next season to ask for, only the news to tell.
  const won = matchedAhead(profile, today);
  if (won) {
    return {
      writer: l.writer,
      status: 'asked',
      next: `You asked on ${humanDay(l.asked!)}, and your notes say you matched (training from July ${won.start.slice(0, 4)}): nothing to chase or ask for. Thank them and tell them where you matched (${cmd} drafts the note).`,
    };
  }
  const again = `If you apply again next season, ask them in the spring whether they will update it${opens}.`;
  // Its results are out: the season is over, so there is no upload left to check, only an outcome
  // to tell the writer along with the thanks.
  const results = l.asked ? resultsOutFor(profile, l.asked, today) : undefined;
  if (results) {
    const started = applicationSeason(profile, l.asked!)?.startYear;
    return {
      writer: l.writer,
      status: 'asked',
      next: `You asked on ${humanDay(l.asked!)}, for ${started ? `the season for training from July ${started}` : 'this season'}, whose results typically came out around ${humanDay(results)}: nothing to chase. Thank them and tell them how it went (${cmd} drafts the note). ${again}`,
    };
  }
  const which = next
    ? `the season now under way (training from July ${next.startYear - 1})`
    : profile.deadline
      ? `the season with your ${humanDay(profile.deadline)} deadline`
      : 'an earlier season';
  // Asked late (the late-ask finding names it): whether the letter arrived is not known, so the
  // step checks it and asks for the upload this week rather than saying "no follow-up".
  const now = askedLate(l, profile)
    ? `you asked late, so check in ERAS today whether the letter arrived: if it did, thank them (${cmd} drafts the note); if not, ask them to upload it this week.`
    : `no follow-up now. Check in ERAS that the letter was uploaded, then thank them (${cmd} drafts the note).`;
  return {
    writer: l.writer,
    status: 'asked',
    next: `You asked on ${humanDay(l.asked!)}, for ${which}, whose applications programs already have: ${now} ${again}`,
  };
}

/**
 * The day to ask a writer not yet asked by, as the letters plan and the follow-up plan both give it:
 * six weeks before a deadline still ahead, or, with none while a season is under way, six weeks
 * before the next season's applications open in ERAS. Undefined otherwise.
 */
export function askByDay(profile: Profile, today: string): string | undefined {
  if (profile.deadline && profile.deadline >= today) return addDays(profile.deadline, -LETTER_RULES.comfortableAskDays);
  const next = nextSeasonIfUnderWay(profile, today);
  return next ? addDays(next.opens, -LETTER_RULES.comfortableAskDays) : undefined;
}

/**
 * How a letter the slots do not need is kept: a backup to ask only if a slot opens, or, when it was
 * written for another application (a residency application kept for a fellowship), not sent as it
 * is: only a new letter addressed to this application would be (judge of p130).
 */
function backupUse(l: Letter, profile: Profile, planned: boolean): string {
  const other = writtenForOther(l, profile);
  if (other) {
    return `; it was written for a different application (${other}), so do not send it as it is: leave it out, or ask for a new letter addressed to this application only if a slot opens.`;
  }
  return `: keep as a backup${planned ? ` rather than asking on ${humanDay(l.asked!)} as planned` : ''}, and do not ask unless a slot opens.`;
}
