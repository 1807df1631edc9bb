/**
 * The request email to one letter writer. It asks for a STRONG letter and gives the writer an
 * honourable way to say no (a hesitant writer produces a weak letter, which is worse than none),
 * states the target, lists what this writer is best placed to speak to given the member's profile,
 * announces the package and gives the deadline. It never asks for "damage control": red flags are
 * offered as context to talk through, not as text to write. Pure.
 */
import { letterTiming } from './lor-deadline.js';
import { daysBetween, humanMonth } from '../core/dates.js';
import { isOngoing, isUsCountry, isUsResidency } from '../core/profile/training.js';
import type { Letter, Profile, Residency } from '../core/profile/schema.js';
import { letterAimedElsewhere } from '../rules/letter-aim.js';
import {
  observerWriter as observedAsObserver,
  supervisesResearchOrInformatics,
  workSeenWithoutCare,
} from '../rules/letter-facts.js';
import { applicationSeason, letterDueDay, memberSeason, resultsOutFor } from './application-season.js';
import { aboutSomeoneElse, quotedOutcome } from './informatics-phrase.js';
import { humanDay, LETTER_RULES, sendDay } from '../rules/letters.js';
import { askSeason } from './lor-season.js';
import { draftRequestParagraph } from './lor-draft-request.js';
import { matchedAhead } from '../rules/match-state.js';
import { lettersInSoap, soapNote } from './lor-soap.js';
import {
  chooseWriter,
  handsOnInformatics,
  handsOnUsClinical,
  informaticsSeenBy,
  namesWriter,
  greetingName,
  examAttemptsPhrase,
  talkThroughExams,
  targetPhrase,
  targetShort,
  trainedInUs,
  usEhrPhrase,
} from './lor-context.js';

export interface LorEmail {
  /**
   * `ask` for a new request; `follow-up` for a writer asked for the season still open; `thanks` for
   * a writer asked for a season whose applications programs already have (nothing left to chase).
   */
  kind: 'ask' | 'follow-up' | 'thanks';
  subject: string;
  body: string;
  /** The writer addressed; null when the profile lists none and the email is a general template. */
  writer: Letter | null;
}

export interface LorEmailOptions {
  today: string;
  /** A writer's name as listed in the profile; default: the strongest writer not yet asked. */
  writer?: string;
}

/** The outcome a thank-you after the results tells, in the member's own words. */
export const THANKS_OUTCOME =
  '[Tell them in a sentence how it went: where you matched, or what you plan next if you did not.]';

/** Placeholder greeting used when the profile lists no letter writers. */
export const WRITER_PLACEHOLDER = '[writer name]';

/** The sentence that lets the writer decline gracefully; tests look for it. */
export function declineSentence(): string {
  return (
    'If you feel you could not write a strong letter for me, or this is simply a bad time, please just say so: ' +
    'I will completely understand, and I am grateful for everything you have already taught me.'
  );
}

export function composeLorEmail(profile: Profile, opts: LorEmailOptions): LorEmail {
  const writer = chooseWriter(profile, opts.today, opts.writer);
  const season = writer ? askSeason(writer, profile, opts.today) : 'not-asked';
  // SOAP week: programs read the letters already in ERAS; a writer already asked gets thanks, no
  // request and no start date (judge of p413).
  if (
    writer &&
    lettersInSoap(profile, opts.today) &&
    (season === 'received' || (writer.asked && writer.asked <= opts.today))
  )
    return soapNote(profile, writer, opts.today);
  // Asking twice reads as if the member forgot: an ask for this season gets a follow-up instead.
  if (writer && season === 'current') return followUp(profile, writer, opts.today);
  // Asked for this season, whose results are not out: a note for this season, never a new request
  // for the one after (judges of p361–p372).
  if (writer && season === 'in-season') return followUp(profile, writer, opts.today, true);
  // After the season's deadline a follow-up promising to "confirm the letter deadline" chases a
  // letter programs already have: thank the writer instead.
  if (writer && season === 'closed') return thanks(profile, writer, opts.today);
  // The member's notes say the letter is in: a thank-you, never a new request (trial 21).
  if (writer && season === 'received') return thanks(profile, writer, opts.today, true);
  const name = writer ? greetingName(writer) : WRITER_PLACEHOLDER;
  const subject = `Request: a strong letter of recommendation for my ${targetShort(profile)} application`;

  const paragraphs = [
    `Dear ${name},`,
    opening(profile, writer, opts.today),
    season === 'earlier' && writer?.asked
      ? `When I asked you on ${humanDay(writer.asked)}, it was for an earlier season's applications; this request is for the season I am applying in now.`
      : season === 'unanswered' && writer?.asked
        ? // No reply is recorded: the note neither assumes a letter exists nor blames the writer for silence.
          // Either may be true (judge of session 29: a re-ask in interview weeks read as if the writer
          // never answered), so it thanks for a letter only as an "if".
          `I wrote to you on ${humanDay(writer.asked)} about a letter of recommendation. If you were able to write it, thank you very much, and I would be glad to know it reached the application service; if it was not a good time, I understand, and I am writing again because I am now preparing the application described here.`
        : '',
    // A letter on file aimed at another field (letter-aim.ts): this is a request for a new one.
    aimedParagraph(profile, writer),
    `Would you feel able to write a strong letter of recommendation for me? ${declineSentence()}`,
    speakTo(profile, writer, opts.today),
    context(profile, writer),
    draftRequestParagraph(writer, profile, opts.today),
    'If you are willing, I will send a short package straight away so the letter takes as little of your time as possible: ' +
      'my CV with the informatics work marked, a draft of my personal statement, a one-page informatics snapshot, ' +
      'a few concrete examples from our time together to jog your memory, and the exact upload instructions.',
    deadlineLine(profile, writer, opts.today),
    'Thank you for considering this.\n\nWith best wishes,\n[Your name]',
  ].filter((p) => p.length > 0);
  return { kind: 'ask', subject, body: paragraphs.join('\n\n'), writer };
}

/** The paragraph saying the letter on file was aimed at another field, so a new one is asked; '' otherwise. */
function aimedParagraph(profile: Profile, writer: Letter | null): string {
  const aim = writer ? letterAimedElsewhere(writer, profile) : undefined;
  if (!aim) return '';
  return `The letter you kindly wrote for my ${aim.field} applications was aimed at that field; I am asking for a new letter addressed to ${targetShort(profile)} programs, not that one sent again.`;
}

/**
 * The email to a writer asked on an earlier date: it refers to that request, offers the package
 * and the upload route, restates the deadline if it is still ahead, and leaves room to say no.
 * It asks nothing new and never invents an answer the writer gave.
 */
function followUp(profile: Profile, w: Letter, today: string, inSeason = false): LorEmail {
  const asked = w.asked ? ` of ${humanDay(w.asked)}` : '';
  const due = profile.deadline !== undefined && profile.deadline >= today;
  const close =
    due && daysBetween(today, profile.deadline!) < LETTER_RULES.lateAskDays ? ', which I know is close' : '';
  const byReview = letterDueDay(profile, today, w.asked && w.asked <= today ? w.asked : today, today);
  // A deadline that fits no season of the match is one to check, not a due date (lor-deadline.ts).
  // This season's applications are in: the note thanks for a letter already uploaded, as an "if", and
  // offers the upload route for one that is not, without a deadline to promise.
  const deadline = inSeason
    ? 'If you have already uploaded it, thank you very much: there is nothing more I need, and I will let you know how the season turns out. If not, a letter uploaded now can still be added to the applications I have sent, and I would be glad to resend the upload instructions.'
    : letterTiming(profile, today).off
      ? 'I am confirming the letter deadline with each program and will send you the exact date.'
      : byReview?.review
        ? dueByReview(byReview, today)
        : due
          ? `The letter would be due by ${humanDay(profile.deadline!)}${close}.${earlyHelps(byReview)}`
          : profile.deadline
            ? 'I am confirming the letter deadline with each program and will send you the exact date.'
            : 'I will confirm the exact deadline and where to upload the letter.';
  const paragraphs = [
    `Dear ${greetingName(w)},`,
    `I am following up on my request${asked} for a letter of recommendation. ${applyingSentence(profile, today, w.asked ?? today, true)} Thank you again for considering it.`,
    'If you are writing it, I would be glad to send (or send again) my short package: my CV with the informatics work marked, a draft of my personal statement, a one-page informatics snapshot, a few examples from our time together and the exact upload instructions. Just tell me what would help.',
    draftRequestParagraph(w, profile, today),
    deadline,
    'If this is not a good time, or you would rather not write it, please just say so: I will completely understand.',
    'With thanks and best wishes,\n[Your name]',
  ].filter((p) => p.length > 0);
  return {
    kind: 'follow-up',
    subject: `Following up: letter of recommendation for my ${targetShort(profile)} application`,
    body: paragraphs.join('\n\n'),
    writer: w,
  };
}

/**
 * The note to a writer asked for a season whose applications programs already have: thanks, the
 * news that nothing more is needed for it, and a promise to tell them the outcome. It asks nothing
 * and promises no deadline; it does not claim the letter arrived (the plan says to check first).
 */
function thanks(profile: Profile, w: Letter, today: string, received = false): LorEmail {
  // After the season's results the outcome is known: the note tells it, it does not promise it.
  // A match the notes tell as won (../rules/match-state.ts) is the outcome, results day included
  // (judge of p419: "I will let you know how it turns out" drafted on the day she matched).
  const won = matchedAhead(profile, today);
  const over = !!won || (w.asked !== undefined && resultsOutFor(profile, w.asked, today) !== undefined);
  const outcome = won
    ? `I am glad to tell you that I matched: I will start my ${won.match === 'amia' ? 'clinical informatics fellowship' : 'residency'} at [program] in July ${won.start.slice(0, 4)}.`
    : THANKS_OUTCOME;
  // A letter the member's notes record as in: thanks for the letter itself, with where the member
  // stands told in their own words (the profile records no applications or interviews to claim).
  const paragraphs = received
    ? [
        `Dear ${greetingName(w)},`,
        `Thank you very much for writing my letter of recommendation for my ${targetShort(profile)} application. It means a great deal to me, and there is nothing more I need from you for it.`,
        over
          ? `${outcome} Your support has meant a great deal to me.`
          : '[In a sentence or two, where you are now: for example, the interviews you have had and what comes next.] I will let you know how it turns out.',
        'With thanks and best wishes,\n[Your name]',
      ]
    : [
        `Dear ${greetingName(w)},`,
        over
          ? `Thank you for your support with my ${targetShort(profile)} application this season. The match is now over, so there is nothing more I need from you for it.`
          : `Thank you for your support with my ${targetShort(profile)} application this season. My applications are now with the programs, so there is nothing more I need from you for them.`,
        over
          ? `${outcome} Your support has meant a great deal to me.`
          : 'I will let you know how it turns out. Your support has meant a great deal to me.',
        'With thanks and best wishes,\n[Your name]',
      ];
  return {
    kind: 'thanks',
    subject: `Thank you: letter of recommendation for my ${targetShort(profile)} application`,
    body: paragraphs.join('\n\n'),
    writer: w,
  };
}

/**
 * What the member is applying for and when, true in every month: "I am applying for X" while that
 * season's applications are open, "I am preparing to apply for X" before they open, each with the
 * July the training would start (from the timeline's calendar, src/composers/application-season.ts).
 * The season is the one of the day the writer is asked: the original request for a follow-up.
 * When the deadline fits no season, no year is claimed. The target phrase stays whole: the model
 * rewrite must quote it word for word (src/llm/features/lor-email.ts).
 */
function applyingSentence(profile: Profile, today: string, askDay: string = today, asked = false): string {
  const phrase = targetPhrase(profile);
  // One route per report: the target's, as the timeline and the letter due dates read it.
  const route = profile;
  // A request already made is told in the member's own season: one she shows she applied in stays
  // hers after its interviews began. A new request follows the letters plan, which reads a letter
  // asked now, with this season's applications in, as one for the next season.
  const s = asked ? memberSeason(route, askDay, today) : applicationSeason(route, askDay);
  if (!s) return `I am applying for ${phrase}.`;
  const what =
    route.target === 'ci-fellowship'
      ? 'fellowship'
      : route.target === 'residency-informatics-track'
        ? 'residency'
        : 'training';
  const starts = `The ${what} would start in July ${s.startYear}`;
  if (today >= s.opens) return `I am applying for ${phrase}. ${starts}.`;
  // Only a known target has one ERAS opening to name (fellowships in July, residencies in September).
  const opens = profile.target ? `; applications typically open in ERAS in early ${humanMonthName(s.opens)}` : '';
  return `I am preparing to apply for ${phrase}. ${starts}${opens}.`;
}

/** "2027-07-02" → "July 2027". */
function humanMonthName(day: string): string {
  const names = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  return `${names[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
}

/**
 * A US physician who had the member on their team when all the member's US clinical time was
 * observing: they saw how the member learned and took part in discussions, not care the member
 * gave, so the email must not ask them to judge "how I communicate with patients".
 */
function observerWriter(profile: Profile, w: Letter | null): boolean {
  return w !== null && w.directObservation && !w.informatics && observedAsObserver(w, profile);
}

function opening(profile: Profile, w: Letter | null, today: string): string {
  const applying = applyingSentence(profile, today, w ? sendDay(w, profile, today) : today);
  if (!w) return `${applying} I would be honoured to include a letter from you.`;
  const where = w.setting === 'us' ? ' in the US' : '';
  // A program director saw the whole residency, not one year of it: name the residency they ran.
  const directed = directedResidency(profile, w);
  const together = directed
    ? `As the director of my ${directed.specialty} residency (${directed.from.slice(0, 4)}–${directed.to === 'present' || directed.to > today.slice(0, 7) ? 'now' : directed.to.slice(0, 4)}), you saw my work first-hand, and that is exactly the perspective programs want to hear.`
    : observerWriter(profile, w)
      ? `You had me on your team as an observer in ${w.year}, and your view of how I learned and took part there is exactly the perspective programs want to hear.`
      : w.directObservation
        ? // A writer the member works with now is not told of it in the past tense (trial 19).
          worksWithNow(profile, w, today)
          ? `You have seen my work first-hand${where}, and that is exactly the perspective programs want to hear.`
          : `You saw my work first-hand${where} in ${w.year}, and that is exactly the perspective programs want to hear.`
        : // A writer who did not see the member's work is not told that programs weigh those who did
          // (trial 13): the request names what they know of the member, and nothing more.
          `I would value your perspective on me and my interest in this field, from what you know of me.`;
  const reintro = reintroduction(profile, w, today, directed);
  return `${applying} ${together}${reintro ? ` ${reintro}` : ''}`;
}

/**
 * A writer the member still works with: their year is this year and a timeline entry running to
 * now is the kind of work they would see (informatics or other work for an informatics or
 * non-physician writer, clinical work for a physician). A residency that ended in June is past.
 */
function worksWithNow(profile: Profile, w: Letter, today: string): boolean {
  if (w.year < Number(today.slice(0, 4))) return false;
  const kinds =
    w.informatics || !w.physician
      ? ['informatics', 'non-clinical-work', 'research']
      : w.setting === 'us'
        ? ['us-clinical']
        : ['clinical'];
  if ((profile.timeline ?? []).some((t) => t.to === 'present' && kinds.includes(t.activity))) return true;
  // A US writer of this year whose shared work the profile names (an item titled with their role or
  // name, such as a committee with the CMIO) while the member trains in the US now: a colleague of
  // today, not of the past (newcomer trial 20: "You saw my work first-hand in the US in 2026").
  const inUsTraining =
    (profile.timeline ?? []).some((t) => t.to === 'present' && t.activity === 'us-clinical') ||
    (profile.residencies ?? []).some((r) => isUsResidency(r) && isOngoing(r, today));
  return w.setting === 'us' && inUsTraining && (profile.informatics ?? []).some((i) => namesWriter(i.title, w));
}

const EXAM_NAMES: Record<string, string> = {
  step1: 'USMLE Step 1',
  step2ck: 'Step 2 CK',
  step3: 'Step 3',
  comlex1: 'COMLEX Level 1',
  comlex2: 'COMLEX Level 2',
  comlex3: 'COMLEX Level 3',
  oet: 'the OET',
};

/**
 * For a writer last in touch years ago: who the member is, when they worked together and what the
 * member has done since, so the request does not land cold (newcomer trial 19: a residency director
 * from seven years back was asked for a letter with no word of what had happened since). Built
 * from the profile's own facts (exams passed since, ECFMG, the current job's title when it reads
 * as one), with a placeholder where the profile says nothing.
 */
function reintroduction(
  profile: Profile,
  w: Letter | null,
  today: string,
  directed: { from: string; to: string } | undefined,
): string | undefined {
  if (!w) return undefined;
  const years = Number(today.slice(0, 4)) - w.year;
  if (years < 3) return undefined;
  const when = directed
    ? `from ${directed.from.slice(0, 4)} to ${directed.to === 'present' || directed.to > today.slice(0, 7) ? 'now' : directed.to.slice(0, 4)}`
    : `in ${w.year}`;
  // Only what surely came after the time together: an exam dated after its end (the year after
  // the letter's year when no period is known), and ECFMG certification only when a first pass it
  // needs (Step 2 CK or the OET) came after it. A job has no dates in the profile, so it is left to
  // the member's own words (a judge read "Since then I have passed the OET and Step 2 CK" to a
  // writer from after both).
  const end = directed
    ? directed.to === 'present' || directed.to > today.slice(0, 7)
      ? today.slice(0, 7)
      : directed.to.slice(0, 7)
    : `${w.year}-12`;
  const after = (date: string): boolean => date.slice(0, 7) > end;
  const passes = (profile.exams ?? []).filter((e) => e.result === 'pass');
  const passed = [...new Set(passes.filter((e) => after(e.date)).map((e) => EXAM_NAMES[e.exam] ?? e.exam))];
  const done: string[] = [];
  if (passed.length) done.push(`passed ${passed.join(' and ')}`);
  const firstPass = (exam: string): string | undefined =>
    passes
      .filter((e) => e.exam === exam)
      .map((e) => e.date)
      .sort()[0];
  const needed = ['step2ck', 'oet'].map(firstPass).filter((d): d is string => !!d);
  if (profile.ecfmgCertified && needed.some(after)) done.push('become ECFMG certified');
  const since = done.length
    ? `${done.slice(0, -1).join(', ')}${done.length > 1 ? ' and ' : ''}${done[done.length - 1]}`
    : '[what you have done since, in a few words]';
  return `As it has been ${years} years, a short reminder: I am [Your name], and we worked together ${when}. Since then I have ${since}${done.length ? ' [and, in a few words, where you live and work now]' : ''}.`;
}

/**
 * A title from the profile, quoted in an email only when it reads as a title: a raw note ("EMR
 * support / data entry, part time at family clinic in toronto (since 2025)", trial 17) pasted in
 * quotes to a professor reads as a copy of the member's notes. Such a note is left out (the package
 * describes the work); a title is quoted, between `open` and `close`.
 */
function named(title: string, open: string, close: string): string {
  const t = title.trim();
  const raw = /[()[\]]/.test(t) || t.length > 70 || /\b(?:since|part[- ]time|full[- ]time)\b/i.test(t);
  return raw ? '' : `${open}"${t}"${close}`;
}

/** A writer who last worked with the member two or more years ago: later work is "since then". */
const writerYearsBack = (w: Letter | null, today: string): boolean =>
  w !== null && Number(today.slice(0, 4)) - w.year >= 2;

/** What this writer is best placed to speak to, given the member's profile and flags. */
function speakTo(profile: Profile, w: Letter | null, today: string): string {
  const points: string[] = [];
  const work = handsOnInformatics(profile)[0];
  // Only work the profile ties to this writer (same time, same side of the border) is "ours".
  const seen = w ? informaticsSeenBy(profile, w, today) : undefined;
  // A raw note, or one that speaks of this writer in the third person, is not quoted to them: a
  // placeholder asks the member to say it to them in a sentence of their own.
  const stated = seen?.outcome && aboutSomeoneElse(seen.outcome) ? undefined : quotedOutcome(seen?.outcome);
  const outcome = stated
    ? ` (${stated})`
    : seen?.outcome?.trim()
      ? ' ([one result of this work, written to them as a full sentence: what it produced and how it is used])'
      : '';

  // What this writer saw when it held no patient care (teaching, public-health work): the email asks
  // only about that, never about clinical workflows, Epic or an IT team they never saw (judge of p417).
  const without = w ? workSeenWithoutCare(w, profile, today) : undefined;
  const seenOnly = w !== null && w.directObservation && !!without && !w.informatics && w.role !== 'research-supervisor';
  if (seenOnly && without) {
    points.push(
      without === 'your teaching'
        ? 'how I taught: how I explained clinical topics to students, prepared my sessions and worked with colleagues'
        : without === 'your research'
          ? 'how I carried out the research you saw: how I handled the data and the study tasks, kept to deadlines and worked with the team'
          : `what you saw of ${without.replace(/^your /, 'my ')}: what I took on, how I handled it and how I worked with the team`,
    );
  } else if (observerWriter(profile, w)) {
    points.push(
      'how I followed and discussed cases on your team, how I communicate with colleagues and how quickly I learned (as an observer, not care I gave)',
    );
  } else if (w && w.directObservation && !w.informatics && w.role === 'research-supervisor') {
    // A research supervisor saw research work, not patients: the email asks each writer only about
    // what that writer saw (judge of p126: "how I communicate with patients" to a study's supervisor).
    points.push(
      'how I carried out the research you supervised: how I handled the data and the study tasks, kept to deadlines and worked with the study team',
    );
  } else if (!w || (w.physician && w.directObservation && !w.informatics && !supervisesResearchOrInformatics(w))) {
    points.push(
      'my clinical reasoning, how I communicate with patients and colleagues, and how I work within the team',
    );
  }
  // A writer who never saw the member's work can only speak to what they know first-hand: asking
  // them to describe supervised work or teamwork invites a letter of things they did not see.
  const unseen = w !== null && w.directObservation === false && !observerWriter(profile, w);
  if (unseen) {
    points.push(
      w?.informatics
        ? 'what you know of my interest in clinical informatics from our conversations, and why you think I would do well in the field'
        : 'what you know of my character and commitment from how we have known each other',
    );
  } else if (w?.informatics && seen) {
    points.push(
      `our informatics work together${named(seen.title, ' (', ')')}: how I turned a clinical question into data and what changed as a result${outcome}`,
    );
  } else if (w?.informatics) {
    // The letter says they saw informatics work, but nothing ties a listed item to them: ask about
    // what they saw, and name the member's work only as the member's.
    // A writer from a few years back did not see later work: "since then" keeps the member's later
    // project from reading as something the writer saw (newcomer trial 16: a 2022 program director
    // and a 2025 project abroad).
    const mine = work
      ? `; ${writerYearsBack(w, today) ? 'separately, the informatics work I have done since then' : 'my informatics work'}${named(work.title, ' (', ')')} is described in the package`
      : '';
    points.push(
      `the informatics work you saw me do: what I contributed, and how I bridged clinicians and the technical team${mine}`,
    );
  } else if (work) {
    // "Since then" only for a writer from a few years back: a current writer may have seen it.
    const since = writerYearsBack(w, today) ? ' since then' : '';
    points.push(
      `any interest you noticed in how systems, the EHR or data shape care; my informatics work${since}${named(work.title, ' (', ')')} is described in the package`,
    );
  } else {
    points.push('my interest in clinical informatics and how I approach systems, the EHR and data');
  }
  // The technical side is for a writer who saw technical work: an informatics writer, or one whose
  // time with the member was an informatics job; never a teaching supervisor (p417).
  if (w && !w.physician && !unseen && !seenOnly) {
    points.push('the technical side of my work and how I functioned in an IT or analytics team');
  }
  if (w?.setting === 'us' && w.role === 'research-supervisor') {
    // They ran the member's research, not a clinical team: how the member fitted into that team.
    points.push('how I worked within a US research team and with its clinicians');
  } else if (w?.setting === 'us' && !unseen && !seenOnly) {
    // Only a writer who saw the member work can speak to US workflows: a trial's online-course
    // teacher (no direct observation) was asked about "US clinical workflows … working with Epic".
    // "Adapted to US clinical workflows" needs hands-on US clinical time: an observer only watched
    // them, and a US informatics or research job is not clinical work.
    const ehr = usEhrPhrase(profile)?.email ?? '';
    // An observership attending saw the member observe, whatever hands-on time came elsewhere.
    points.push(
      observerWriter(profile, w)
        ? `what I learned of US clinical workflows as an observer on your team${ehr}`
        : trainedInUs(profile, today)
          ? `how I work within US clinical workflows and the interdisciplinary team${ehr}`
          : handsOnUsClinical(profile, today)
            ? `how I adapted to US clinical workflows and the interdisciplinary team${ehr}`
            : 'how I worked within a US team and with its clinicians',
    );
  }
  if ((profile.professionalism?.length ?? 0) > 0) {
    points.push('my reliability and professionalism as you have seen them — honestly, in your own words');
  }
  // Growth over time is for a writer who watched the member work, never for one who did not.
  if (talkThroughExams(profile).length && !unseen && w !== null) {
    points.push('any growth or improvement you saw in me over time');
  }
  const intro = w
    ? 'If you can, these are the areas where your view would help most:'
    : 'If you can, these are the areas where a letter from you would help most:';
  return [intro, ...points.map((p) => `- ${p}`)].join('\n');
}

/**
 * Red flags are offered as a conversation, so the writer knows the story and decides what to say.
 * Asking the writer to "address" or "explain away" anything would be scripting damage control.
 */
function context(profile: Profile, writer: Letter | null): string {
  const topics: string[] = [];
  // An exam failure is never named in the request itself (ux39, newcomer trial 13: the email to a
  // CMIO volunteered the Step 1 failure). The member tells the story on a call, as the package says;
  // the email only offers one.
  const failed = talkThroughExams(profile);
  const issues = profile.professionalism ?? [];
  const known = writer ? issues.find((i) => directedWhenItHappened(profile, writer, i.date)) : undefined;
  const out: string[] = [];
  // A resignation is a decision to leave, not a concern that was "handled": calling it one would put a
  // misconduct the member never had in their own email.
  const resigned = (i: { kind: string }) => i.kind === 'resignation';
  if (known) {
    // Their own program handled it: telling them the story as news would read as if the member forgot.
    out.push(
      resigned(known)
        ? `You know about my resignation in ${humanMonth(known.date)} and why I left; I would be glad to talk you through what I have done since.`
        : `You know about the professionalism concern from ${humanMonth(known.date)} and how it was handled; I would be glad to talk about what I have changed since.`,
    );
  } else if (issues.length)
    topics.push(
      issues.every(resigned)
        ? 'why I left my earlier training and what I have done since'
        : 'the professionalism issue on my record and what I changed since',
    );
  if (topics.length) {
    out.push(
      `So that nothing in my file surprises you, I would be glad to talk you through my path, including ${topics.join(' and ')}.`,
    );
  }
  if (!out.length) {
    return failed.length
      ? 'If it would help, I would be glad to talk you through my path and my plans on a short call.'
      : '';
  }
  // The list above already asks about professionalism when there is an issue: never "I am not
  // asking you to write about these" right after asking.
  out.push(
    issues.length
      ? 'What you say about any of it is entirely your call; I only want you to have the full picture.'
      : 'I am not asking you to write about these, only sharing the full picture so you can decide what is fair to say.',
  );
  return out.join(' ');
}

/**
 * The residency a program-director writer ran: the one on the writer's side of the border that was
 * under way in the year they last worked with the member (only when exactly one fits).
 */
function directedResidency(profile: Profile, w: Letter): Residency | undefined {
  if (w.role !== 'program-director' || !w.directObservation) return undefined;
  const fits = (profile.residencies ?? []).filter(
    (r) =>
      (isUsCountry(r.country) ? 'us' : 'abroad') === w.setting &&
      Number(r.from.slice(0, 4)) <= w.year &&
      (r.to === 'present' || w.year <= Number(r.to.slice(0, 4))),
  );
  return fits.length === 1 ? fits[0] : undefined;
}

/** A program director of the residency (same side of the border) that the issue happened in. */
function directedWhenItHappened(profile: Profile, writer: Letter, date: string): boolean {
  if (writer.role !== 'program-director') return false;
  return (profile.residencies ?? []).some(
    (r) =>
      r.from <= date &&
      (r.to === 'present' || date <= r.to) &&
      (isUsCountry(r.country) ? 'us' : 'abroad') === writer.setting,
  );
}

function deadlineLine(profile: Profile, w: Letter | null, today: string): string {
  // A deadline that fits no season of the match is not given as a due date (lor-deadline.ts).
  if (!profile.deadline || letterTiming(profile, today).off) {
    return 'I will confirm the exact deadline and where to upload the letter in the package.';
  }
  // Never a due date in the past: the member checks each program's own cut-off instead.
  if (profile.deadline < today) {
    return 'I will confirm the exact deadline with each program, and where to upload the letter, in the package.';
  }
  const askDay = w ? sendDay(w, profile, today) : today;
  const days = daysBetween(askDay, profile.deadline);
  const short =
    days >= 0 && days < LETTER_RULES.lateAskDays && w
      ? ' I know this is shorter notice than I would have liked, and I understand completely if it does not fit.'
      : '';
  const due = letterDueDay(profile, today, askDay);
  if (due?.review) {
    return `${dueByReview(due, today)}${short}`;
  }
  return `The letter would be due by ${humanDay(profile.deadline)}.${earlyHelps(due)}${short}`;
}

/** Programs start reading before the due date, but too soon to ask the writer for it: say so, as a hope. */
function earlyHelps(due: { readingFrom?: string } | undefined): string {
  return due?.readingFrom
    ? ` Programs typically start reading applications around ${humanDay(due.readingFrom)}, so if it can be in earlier that would help, but please do not feel rushed.`
    : '';
}

/** Programs start reading before the member's own date: the letter is due by then (or as soon as it can be). */
function dueByReview(due: { day: string; deadline: string }, today: string): string {
  return due.day > today
    ? `The letter would be due by ${humanDay(due.day)}, when programs typically start reading applications (my own last date is ${humanDay(due.deadline)}).`
    : `Programs are typically already reading applications, so the letter would ideally be in as soon as you can manage (my own last date is ${humanDay(due.deadline)}).`;
}
