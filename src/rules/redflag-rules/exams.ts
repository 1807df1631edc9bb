/**
 * Exam rules: `exam-failure` (one flag summarising every exam) and `low-score` (passing scores
 * below a floor). Both look for a "clear improvement": a later, different exam passed with a score
 * at or above its floor plus a margin (RED_FLAG_THRESHOLDS.exams), the upward trend programs look for.
 */
import { addDays, humanDay, humanMonth, monthIndex, monthOfDay } from '../../core/dates.js';
import { noteBookedExams, type BookedExam } from '../../core/profile/booked-exam.js';
import { nrmpRankDeadline } from '../../composers/season-calendar.js';
import { attemptLimitAction } from './attempt-limit.js';
import { bookedStep3, bookedStep3Update, bookedStep3Words } from './booked-step3.js';
import { EXAM_LABEL, examHistory, type ExamHistory } from '../../core/profile/derived.js';
import type { ExamAttempt, ExamName, Profile } from '../../core/profile/schema.js';
import type { Severity } from '../../core/types.js';
import { isOngoing, isUsResidency, QUALIFYING_BOARDS, readResidencies } from '../../core/profile/training.js';
import { ref } from '../../knowledge/outline.js';
import { RED_FLAG_THRESHOLDS } from '../redflag-thresholds.js';
import { noResult, type RuleResult } from '../redflag-types.js';
import { joinAnd, plural } from './wording.js';

const T = RED_FLAG_THRESHOLDS.exams;

export const EXAMS_NOT_GIVEN = 'exams not given — exam failures and low scores could not be checked';

function byDate(p: Profile): ExamAttempt[] {
  return [...(p.exams ?? [])].sort((a, b) => monthIndex(a.date) - monthIndex(b.date));
}

/** "Step 2 CK 247" or "Step 1" when no score was given. */
function examWithScore(a: ExamAttempt): string {
  return a.score !== undefined ? `${EXAM_LABEL[a.exam]} ${a.score}` : EXAM_LABEL[a.exam];
}

function describeAttempt(a: ExamAttempt): string {
  const verb = a.result === 'pass' ? 'passed' : 'failed';
  return `${verb} ${humanMonth(a.date)}${a.score !== undefined ? ` (score ${a.score})` : ''}`;
}

/** "Step 1: failed Jun 2019, passed Nov 2019" — one exam's attempts in the member's order of events. */
export function describeExam(h: ExamHistory): string {
  return `${EXAM_LABEL[h.exam]}: ${h.attempts.map(describeAttempt).join(', ')}`;
}

/** A passing score at or above the exam's floor plus the improvement margin (exams with a floor only). */
export function isClearlyStrong(a: ExamAttempt): boolean {
  const floor = T.lowScoreFloor[a.exam];
  return (
    a.result === 'pass' && floor !== undefined && a.score !== undefined && a.score >= floor + T.clearImprovementMargin
  );
}

/** The first clearly strong pass of a different exam taken strictly after `afterMonth`. */
export function clearImprovementAfter(p: Profile, exam: ExamName, afterMonth: string): ExamAttempt | undefined {
  return byDate(p).find((a) => a.exam !== exam && monthIndex(a.date) > monthIndex(afterMonth) && isClearlyStrong(a));
}

/** How far a passing score sits from this advisor's lines (", 4 points under the 220 …"); '' without a floor. */
function scoreDistance(a: ExamAttempt): string {
  const floor = T.lowScoreFloor[a.exam];
  if (floor === undefined || a.score === undefined) return '';
  const strong = floor + T.clearImprovementMargin;
  const gap = (n: number, side: string, line: string) =>
    n === 0 ? `exactly at ${line}` : `${plural(Math.abs(n), 'point')} ${side} ${line}`;
  if (a.score < floor) return `, ${gap(floor - a.score, 'under', `the ${floor} many programs screen at`)}`;
  if (a.score < strong) {
    return `, ${gap(a.score - floor, 'over', `its ${floor} floor`)} but ${gap(strong - a.score, 'under', `the ${strong} that reads as clearly strong`)}`;
  }
  return `, ${gap(a.score - strong, 'over', `the ${strong} that reads as clearly strong`)}`;
}

/** "Step 3 219 (Jan 2023), 19 points over its 200 floor but 1 point under the 220 …". */
export function measureScore(a: ExamAttempt): string {
  return `${examWithScore(a)} (${humanMonth(a.date)})${scoreDistance(a)}`;
}

/** The lines above are this advisor's; a program's own screen may sit elsewhere. */
const MEASURE_HEDGE = 'Score cut-offs are program-specific; these are the lines this advisor uses.';

const TIMES = ['', 'once', 'twice'];
const ORDINAL = ['', 'first', 'second', 'third', 'fourth', 'fifth'];

/**
 * One failed exam told exactly: how often it failed, on which attempt it was passed and with what
 * score measured against the floor, so the member reads the facts a program director will read.
 */
function tellFailure(h: ExamHistory): string {
  const times = TIMES[h.failures] ?? `${h.failures} times`;
  if (!h.pass) return `${EXAM_LABEL[h.exam]} was failed ${times} and is not passed yet.`;
  const attempt = h.attempts.indexOf(h.pass) + 1;
  const which =
    attempt === 2
      ? 'the retake'
      : `the ${ORDINAL[attempt] ?? `attempt ${attempt}`}${ORDINAL[attempt] ? ' attempt' : ''}`;
  const score = h.pass.score !== undefined ? ` with ${h.pass.score}${scoreDistance(h.pass)}` : '';
  return `${EXAM_LABEL[h.exam]} was failed ${times} and passed on ${which} in ${humanMonth(h.pass.date)}${score}.`;
}

/** An OET failure before an OET pass is named beside the counted failures, and said to weigh little. */
function oetAside(failed: readonly ExamHistory[]): string[] {
  const oet = failed.find((h) => h.exam === 'oet' && h.passed);
  if (!oet) return [];
  return [
    `The OET ${oet.failures > 1 ? 'attempts' : 'attempt'} failed before your OET pass (${humanMonth(oet.pass!.date)}) ${oet.failures > 1 ? 'weigh' : 'weighs'} little: for ECFMG, OET is a pass/fail hurdle you met.`,
  ];
}

/**
 * What came after the failure: only later, DIFFERENT exams can soften it (a retake of the same exam
 * does not erase it), and only a clearly strong one does; each is measured so the member sees why.
 */
function laterExams(
  p: Profile,
  failed: readonly ExamHistory[],
  month: string,
  improvement: ExamAttempt | undefined,
): string {
  if (improvement)
    return `${measureScore(improvement)}: a later, different exam passed well, which softens the failure.`;
  const failedExams = new Set(failed.map((h) => h.exam));
  const later = byDate(p).filter(
    (a) =>
      !failedExams.has(a.exam) && a.exam !== 'oet' && a.result === 'pass' && monthIndex(a.date) > monthIndex(month),
  );
  if (!later.length)
    return 'No later, different exam has been passed since, and a retake of the same exam does not erase the failure.';
  // A pass just under the strong line is still progress since the failure: say so, so a member
  // whose 189 became a 238 is not told nothing counts (newcomer trial 15), while the severity the
  // thresholds give stays as it is.
  return `Later, different ${later.length > 1 ? 'exams' : 'exam'}: ${later.map(measureScore).join('; ')}. ${later.length > 1 ? 'None of them is' : 'It is not'} clearly strong yet, so the flag stays as it is, but ${later.length > 1 ? 'they are' : 'it is'} a pass since the failure: point to ${later.length > 1 ? 'them' : 'it'} as progress when you explain it. A retake of the same exam alone does not soften the failure.`;
}

const EXAM_SOURCES = [
  ref('red-flags', 'exam-failures'),
  ref('explaining-red-flags', 'explaining-an-exam-failure'),
  ref('explaining-red-flags', 'red-flags-in-the-interview'),
  ref('letters', 'letters-and-red-flags'),
];

/** The USMLE sequence; COMLEX has its own (COMLEX Level 1-3). */
const SEQUENCES: readonly (readonly ExamName[])[] = [
  ['step1', 'step2ck', 'step3'],
  ['comlex1', 'comlex2', 'comlex3'],
];

/**
 * Where a rising trend can still come from after a failure of `exam`: the later exams of its
 * sequence not passed yet, and an in-training exam while the member is in a residency.
 */
function trendSources(p: Profile, exam: ExamName, today: string): string[] {
  const passed = new Set((p.exams ?? []).filter((a) => a.result === 'pass').map((a) => a.exam));
  const seq = SEQUENCES.find((x) => x.includes(exam)) ?? [];
  const ahead = seq.slice(seq.indexOf(exam) + 1).filter((e) => !passed.has(e));
  const inResidency = (readResidencies(p, today) ?? []).some((r) => r.status === 'in-progress');
  return [...ahead.map((e) => EXAM_LABEL[e]), ...(inResidency ? ['an in-training exam'] : [])];
}

/** Passes of other exams after `month`: what the member can point to when no strong score came. */
function passesAfter(p: Profile, exam: ExamName, month: string): string[] {
  return byDate(p)
    .filter((a) => a.exam !== exam && a.exam !== 'oet' && a.result === 'pass' && monthIndex(a.date) > monthIndex(month))
    .map((a) => `${examWithScore(a)} (${humanMonth(a.date)})`);
}

/** ECFMG's exam requirements: what the NRMP must see confirmed by its rank deadline. */
const ECFMG_EXAMS: ReadonlySet<ExamName> = new Set(['step1', 'step2ck', 'oet']);

/**
 * A sitting of an exam not yet passed that the member's notes say is booked (booked-exam.ts), timed
 * against what waits on it. USMLE results usually come about three to four weeks after the exam
 * (the score-release page, as prep companies restate it; knowledge/ci-pathway.md), and the NRMP uses
 * an IMG's rank order list only if ECFMG confirms the exam requirements by the rank deadline
 * (knowledge/matches.md); ECFMG sponsors a J-1 only for a certified physician. A judge of p389 found a
 * Step 2 CK retake booked a month before the rank deadline never mentioned. Undefined with no booking
 * dated from a month ago on, or none that can be tied to an exam not yet passed.
 */
function bookedRetake(p: Profile, today: string, unpassed: readonly ExamHistory[]): string | undefined {
  if (!unpassed.length) return undefined;
  const notes = (p.timeline ?? []).map((t) => t.note);
  const soon = addDays(today, -31);
  const pick = (b: BookedExam) =>
    (b.date.length === 10 ? b.date : `${b.date}-28`) >= soon &&
    (b.exam ? unpassed.some((h) => h.exam === b.exam) : unpassed.length === 1);
  const b = notes.flatMap(noteBookedExams).find(pick);
  if (!b) return undefined;
  const exam = b.exam ?? unpassed[0]!.exam;
  const when = b.date.length === 10 ? humanDay(b.date) : humanMonth(b.date);
  const parts = [
    `Your note says your ${EXAM_LABEL[exam]} ${b.date < today ? 'sitting was' : 'retake is'} booked for ${when}.`,
  ];
  if (exam !== 'oet') {
    const expected =
      b.date.length === 10
        ? `around ${humanDay(addDays(b.date, 21))} to ${humanDay(addDays(b.date, 28))}`
        : 'three to four weeks after it';
    parts.push(
      `USMLE results usually come about three to four weeks after the exam (check the USMLE's score-release dates), so expect yours ${expected}.`,
    );
  }
  if (ECFMG_EXAMS.has(exam) && p.target === 'residency-informatics-track') {
    const day = b.date.length === 10 ? b.date : `${b.date}-15`;
    const y = Number(day.slice(0, 4));
    const deadline = [nrmpRankDeadline(y - 1), nrmpRankDeadline(y)].find((d) => d >= day);
    if (deadline && deadline >= today) {
      const gap = Math.round((Date.parse(deadline) - Date.parse(day)) / 86400000);
      parts.push(
        `The NRMP uses your rank order list only if ECFMG confirms your exam requirements by the rank order list deadline (typically ${humanDay(deadline)}); otherwise you are withdrawn from the Match and SOAP. ${gap < 35 ? `With only about ${Math.max(gap, 0)} days between the sitting and that deadline, the timing is tight: certify your list anyway, ask ECFMG how soon a pass reaches the NRMP, and have a plan for the next season if it comes late.` : 'That leaves some room, but results can be delayed: certify your list on time and check with ECFMG that the pass has reached the NRMP.'}`,
      );
    }
  }
  if (ECFMG_EXAMS.has(exam) && p.ecfmgCertified !== true) {
    parts.push(
      `ECFMG certification also comes before you can start training${p.visa === 'j1' ? ', and ECFMG sponsors a J-1 only for a certified physician (with your Statement of Need), so the visa waits on this exam too' : ''}.`,
    );
  }
  return parts.join(' ');
}

/**
 * `exam-failure`. OET is its own case (knowledge/red-flags.md#low-scores, ci-pathway#ecfmg-certification):
 * for ECFMG certification it is a pass/fail hurdle, so an OET attempt that failed before a pass is
 * named but does not raise the severity; only OET never passed blocks certification and counts.
 */
export function examFailureRule(p: Profile, today: string): RuleResult {
  if (!p.exams) return { flags: [], notGiven: [EXAMS_NOT_GIVEN] };
  const history = examHistory(p);
  const failed = history.filter((h) => h.failures > 0);
  if (!failed.length) return noResult();

  // What decides the severity: every failure except OET attempts followed by an OET pass.
  const counted = failed.filter((h) => !(h.exam === 'oet' && h.passed));
  const totalFailures = counted.reduce((n, h) => n + h.failures, 0);
  const unpassed = failed.filter((h) => !h.passed);
  let severity: Severity;
  let reason: string;
  let improvement: ExamAttempt | undefined;
  if (!counted.length) {
    const oet = failed[0]!;
    severity = 'low';
    reason = `For ECFMG certification OET is a pass/fail requirement, and you met it (passed ${humanMonth(oet.pass!.date)}); programs judge your English from your writing, letters and interviews, so this weighs little.`;
  } else if (totalFailures > T.maxFailuresBeforeHigh || unpassed.length) {
    severity = 'high';
    const parts = [`${plural(totalFailures, 'failed attempt')} in total`];
    if (unpassed.length) parts.push(`${joinAnd(unpassed.map((h) => EXAM_LABEL[h.exam]))} not passed yet`);
    reason = [`${parts.join(', ')}.`, ...counted.filter((h) => h.passed).map(tellFailure), ...oetAside(failed)].join(
      ' ',
    );
  } else {
    const only = counted[0]!;
    const lastFail = only.attempts.filter((a) => a.result === 'fail').at(-1)!;
    improvement = clearImprovementAfter(p, only.exam, lastFail.date);
    severity = improvement ? 'low' : 'medium';
    reason = [
      tellFailure(only),
      ...oetAside(failed),
      laterExams(p, failed, lastFail.date, improvement),
      MEASURE_HEDGE,
    ].join(' ');
  }

  const actions: string[] = [];
  for (const h of unpassed) {
    actions.push(
      h.exam === 'oet'
        ? 'Make passing OET Medicine your first priority: ECFMG certification, which every ACGME-accredited program requires, needs it. You must reach the minimum on all four sub-tests in one sitting.'
        : `Make passing ${EXAM_LABEL[h.exam]} your first priority, with a structured plan (review course, tutor or mentor, question-based schedule): an exam not yet passed raises doubts about board eligibility.`,
    );
  }
  // Near USMLE's attempt limit, the limit and the choice to wait follow the exam to pass (attempt-limit.ts).
  const limits = unpassed.map((h) => attemptLimitAction(p, h)).filter((x): x is string => !!x);
  actions.push(...limits);
  const booked = bookedRetake(p, today, unpassed);
  if (booked) actions.unshift(booked);
  for (const h of counted.filter((x) => x.passed)) {
    const pass = h.pass!;
    actions.push(
      `Write one short paragraph on the ${EXAM_LABEL[h.exam]} ${h.failures > 1 ? 'failures' : 'failure'}: the reason as context (not an excuse), what you changed (course, mentor, active-recall schedule), the checkable result (passed ${humanMonth(pass.date)}${pass.score !== undefined ? ` with ${pass.score}` : ''}) and what it taught you that you now use in informatics.`,
    );
  }
  if (!counted.length) {
    actions.push(
      'If an interviewer asks about the OET attempt, one or two calm sentences are enough: what you changed in your preparation, and that you then met ECFMG’s requirement.',
    );
    actions.push(
      'Let your English show where programs judge it: a clear personal statement, well-written ERAS entries and fluent, structured interview answers.',
    );
  } else {
    const passedOnes = counted.filter((h) => h.passed);
    if (improvement) {
      actions.push(
        `Put your trend up front: ${examWithScore(improvement)} in ${humanMonth(improvement.date)} is the evidence programs look for, so mention it right after the failure.`,
      );
      // A resident's trend does not stop at the last Step: the in-training exam continues it.
      if ((readResidencies(p, today) ?? []).some((r) => r.status === 'in-progress')) {
        actions.push(
          'You are in residency now: good in-training exam results and strong evaluations extend that trend, so name them too (they are newer than any Step score).',
        );
      }
    } else if (passedOnes.length) {
      // The trend can only come from what is still ahead; otherwise point to what already followed.
      const last = passedOnes.at(-1)!;
      const lastFail = last.attempts.filter((a) => a.result === 'fail').at(-1)!;
      const ahead = trendSources(p, last.exam, today);
      const since = passesAfter(p, last.exam, lastFail.date);
      // More than one failed attempt is a pattern programs will ask about, attempt by attempt: no
      // later result makes it read as "a single event" (a judge of p275, two failures, was told so).
      const many = totalFailures > 1;
      const them = many ? 'the failures were' : 'the failure was';
      // Strong scores on later exams already are the trend: point to them, do not ask for one
      // (a judge of p309, two Step 1 failures then Step 2 CK 245 and Step 3 231, was told to
      // "build an upward trend").
      const strongSince = byDate(p).filter(
        (a) =>
          a.exam !== last.exam &&
          a.result === 'pass' &&
          monthIndex(a.date) > monthIndex(lastFail.date) &&
          isClearlyStrong(a),
      );
      const inResidency = (readResidencies(p, today) ?? []).some((r) => r.status === 'in-progress');
      const booked3 = bookedStep3(p, today);
      actions.push(
        strongSince.length
          ? `Your upward trend is already there: ${joinAnd(since)} came after the ${many ? 'failures' : 'failure'}, and ${since.length === 1 ? 'it reads' : strongSince.length > 1 ? 'scores like these read' : `${examWithScore(strongSince[0]!)} reads`} as clearly strong. Point to ${since.length > 1 ? 'them' : 'it'} right after you name the ${many ? 'failures' : 'failure'}, in your personal statement and in interviews${inResidency ? ', and add your in-training exam results and evaluations, which are newer' : ''}.${many ? ` With ${totalFailures} failed attempts, expect to be asked about each one; the later scores show the change, they do not make them read as one.` : ''}`
          : ahead.length
            ? `Build an upward trend programs can check: a strong score on ${joinOr(ahead)} would show ${them} not your ceiling.${
                booked3 && ahead.some((x) => /step 3/i.test(x))
                  ? ` Your ${bookedStep3Words(booked3).replace(/^your note says /, 'note says ')}. ${bookedStep3Update(p, booked3, today)}`
                  : ''
              }${
                // Step 3 waits for ECFMG certification (FSMB), so an uncertified member hears the order.
                p.ecfmgCertified === false && ahead.some((x) => /step 3/i.test(x))
                  ? ' Step 3 can be taken only once ECFMG has certified you, so it comes after the certificate.'
                  : ''
              }`
            : many
              ? since.length
                ? `Point to what followed: ${joinAnd(since)} and your training since, a steadier record programs can check. With ${totalFailures} failed attempts, expect to be asked about each one; what followed shows the change, it does not make them read as one.`
                : `Point to what followed the failures that programs can check (strong evaluations, your clinical and informatics work since); the retakes alone do not show that. With ${totalFailures} failed attempts, expect to be asked about each one.`
              : since.length
                ? `Point to what followed: ${joinAnd(since)} and your training since, so the failure reads as a single event.`
                : 'Point to what followed the failure that programs can check (strong evaluations, your clinical and informatics work since) so it reads as a single event; the retake alone does not show that.',
      );
    }
    // A primary board certification held now came after every Step (boards follow residency): a
    // later pass programs can check, though no scored USMLE exam, so the severity stays (a judge of
    // p172, ABFM-certified after a Step 3 retake, found it never named).
    const board = (p.boardCertification ?? []).find((b) => QUALIFYING_BOARDS.has(b.board));
    if (board && passedOnes.length) {
      actions.push(
        `Name your ${board.specialty} board certification too: it came after the failure and is a demanding exam passed since, which programs can check. It does not erase the ${totalFailures > 1 ? 'failures' : 'failure'} or change how this report grades ${totalFailures > 1 ? 'them' : 'it'}, but it shows ${totalFailures > 1 ? 'the failures were' : 'the failure was'} not your ceiling.`,
      );
    }
    actions.push(
      'Show analytical ability with informatics work that has a result, such as a data project or an EHR optimization effort.',
    );
    actions.push(
      'Rehearse a one-minute spoken answer: name the failure, your analysis and changes, the result, and the link to informatics. Never blame the exam or anyone else.',
    );
  }

  const title = `Exam failure: ${joinAnd(
    failed.map(
      (h) =>
        `${EXAM_LABEL[h.exam]} (${plural(h.failures, 'failed attempt')}${h.passed ? ', later passed' : ', not passed yet'})`,
    ),
  )}`;
  return {
    flags: [
      {
        id: 'exam-failure',
        severity,
        title,
        why: `${history.map(describeExam).join('; ')}. ${reason}`,
        actions,
        sources: counted.length
          ? EXAM_SOURCES
          : [ref('red-flags', 'low-scores'), ref('ci-pathway', 'ecfmg-certification')],
      },
    ],
    notGiven: [],
  };
}

/** "a, b or c". */
function joinOr(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** The next exam in the USMLE sequence after `exam` that has not been passed yet, if any. */
function nextUsmle(p: Profile, exam: ExamName): ExamName | undefined {
  const order: ExamName[] = ['step1', 'step2ck', 'step3'];
  const at = order.indexOf(exam);
  if (at < 0) return undefined;
  const passed = new Set((p.exams ?? []).filter((a) => a.result === 'pass').map((a) => a.exam));
  return order.slice(at + 1).find((e) => !passed.has(e));
}

/**
 * The later results that answer a low passing score, oldest first: each later USMLE or COMLEX
 * passed (when scored, at least its floor plus the trend margin), a US residency completed or under way, and a board
 * certification. A judge found members with Step 1 205-208 and a later Step 3 232 or ABIM never told
 * to lead with them, and their mock plans never rehearsed the score (profiles V, p266, p272; p234).
 */
export function laterResults(p: Profile, low: readonly ExamAttempt[]): string[] {
  if (!low.length) return [];
  const last = Math.max(...low.map((a) => monthIndex(a.date)));
  const out = byDate(p)
    .filter(
      (a) =>
        a.result === 'pass' &&
        a.exam !== 'oet' &&
        !low.some((l) => l.exam === a.exam) &&
        monthIndex(a.date) > last &&
        // A scored result answers a low score only when it clears its own floor by the trend margin:
        // a Step 3 205 after a Step 2 CK 218 is a pass, not a rising trend to lead with (judge of
        // p343). Unscored passes (pass/fail) count.
        (a.score === undefined ||
          T.lowScoreFloor[a.exam] === undefined ||
          a.score >= T.lowScoreFloor[a.exam]! + T.trendMargin),
    )
    .map((a) =>
      a.score !== undefined
        ? `${examWithScore(a)} (${humanMonth(a.date)})`
        : `${EXAM_LABEL[a.exam]} passed (${humanMonth(a.date)})`,
    );
  // A residency in progress is not yet a result; a completed one is.
  const done = (p.residencies ?? []).find((r) => isUsResidency(r) && r.completed);
  if (done) out.push(`your completed US ${done.specialty ? `${done.specialty} ` : ''}residency`);
  for (const b of p.boardCertification ?? []) {
    if (QUALIFYING_BOARDS.has(b.board)) out.push(`your ${b.specialty} board certification`);
  }
  return out;
}

/** The low passing scores ("Step 1 205 and Step 2 CK 218") and the later results that answer them. */
export function lowScoreTrend(p: Profile): { scores: string; many: boolean; later: string[] } | undefined {
  const low = byDate(p).filter((a) => {
    const floor = T.lowScoreFloor[a.exam];
    return a.result === 'pass' && a.score !== undefined && floor !== undefined && a.score < floor;
  });
  if (!low.length) return undefined;
  return { scores: joinAnd(low.map(examWithScore)), many: low.length > 1, later: laterResults(p, low) };
}

export function lowScoreRule(p: Profile): RuleResult {
  if (!p.exams) return { flags: [], notGiven: [EXAMS_NOT_GIVEN] };
  const low = byDate(p).filter((a) => {
    const floor = T.lowScoreFloor[a.exam];
    return a.result === 'pass' && a.score !== undefined && floor !== undefined && a.score < floor;
  });
  // The scores that clear their floor are said as checked even beside a low one: a Step 3 201 over
  // its 200 floor is news to the member whose Step 1 208 is flagged (a judge found the line missing).
  const scored = byDate(p).filter(
    (a) => a.result === 'pass' && a.score !== undefined && T.lowScoreFloor[a.exam] !== undefined && !low.includes(a),
  );
  const floors = scored.map((a) => `${EXAM_LABEL[a.exam]} ${a.score} (floor ${T.lowScoreFloor[a.exam]})`);
  const passed = floors.length
    ? [`Scores: ${joinAnd(floors)}: each at or above the floor this advisor uses.`]
    : undefined;
  if (!low.length) {
    if (!passed) return noResult();
    return { flags: [], notGiven: [], passed };
  }

  const latest = low.at(-1)!;
  const improvement = clearImprovementAfter(p, latest.exam, latest.date);
  // Medium by default: a low pass worries programs like a milder failure; a clearly strong later
  // exam answers most of that worry, so it drops to low.
  const severity: Severity = improvement ? 'low' : 'medium';
  const facts = low.map(
    (a) =>
      `${examWithScore(a)} (${humanMonth(a.date)}) is ${plural(T.lowScoreFloor[a.exam]! - a.score!, 'point')} below ${T.lowScoreFloor[a.exam]}, the level this advisor treats as low (programs set their own cut-offs)`,
  );
  const why = `${facts.join('; ')}.${
    improvement
      ? ` Your later ${examWithScore(improvement)} (${humanMonth(improvement.date)}) is clearly stronger.`
      : ''
  }`;

  const actions: string[] = [];
  const next = nextUsmle(p, latest.exam);
  if (improvement) {
    actions.push(
      `Point to your trend: ${examWithScore(improvement)} shows the ${examWithScore(latest)} was not your ceiling; say so once and move on.`,
    );
  } else if (next) {
    const target = (T.lowScoreFloor[next] ?? 0) + T.clearImprovementMargin;
    actions.push(
      `Use ${EXAM_LABEL[next]} to show a rising trend: ${target} or more would count as clearly strong here and answers the low ${EXAM_LABEL[latest.exam]}.`,
    );
  } else {
    actions.push(otherTrend(p));
  }
  // The later results to lead with, when they say more than the one trend exam named above.
  const later = laterResults(p, low);
  if (later.length && !(improvement && later.length === 1)) {
    actions.push(
      `Lead with your later results: ${joinAnd(later)}. When the score comes up (in interviews, your personal statement or an email), name them first and give the low score one sentence as where the trend started; do not argue with the number.`,
    );
  }
  actions.push(
    'Join informatics or digital health research with a named role (data collection, extraction and cleaning, basic statistics, methods or results) and state your part in ERAS.',
  );
  actions.push(
    'Make technical literacy visible: a short SQL, R or Python course plus a small project with a tool, a question and a result.',
  );
  actions.push(
    'Ask an informatics leader or research mentor who watched you work with data to speak to your analytical skills in a letter.',
  );

  return {
    flags: [
      {
        id: 'low-score',
        severity,
        title: `Low passing score: ${joinAnd(low.map(examWithScore))}`,
        why,
        actions,
        sources: [
          ref('red-flags', 'low-scores'),
          ref('explaining-red-flags', 'research-to-offset-scores'),
          ref('explaining-red-flags', 'technical-credibility'),
          ref('letters', 'letters-and-red-flags'),
        ],
      },
    ],
    notGiven: [],
    ...(passed ? { passed } : {}),
  };
}

/**
 * Where a rising trend can come from once no USMLE is left, fitted to the member's stage: in-training
 * exams are taken only by current residents (a judge found them advised to a member who had finished
 * training and to one who had never started a US residency).
 */
function otherTrend(p: Profile): string {
  const rs = p.residencies ?? [];
  if (rs.some((r) => isOngoing(r))) {
    return 'Show a rising trend another way, for example strong in-training exam results.';
  }
  if (rs.some((r) => r.completed) || (p.boardCertification ?? []).length) {
    return 'Show a rising trend another way: your specialty board examination or certification and strong recent evaluations are newer than any Step score, so name them.';
  }
  return 'Show a rising trend another way: strong recent evaluations from supervisors who watched you work, and letters that speak to your clinical knowledge, are newer than any Step score.';
}
