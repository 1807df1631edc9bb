/**
 * Facts told only in a member's notes that change what the timeline's "now" is (round facts35b,
 * session 34's judges of p409, p411, p412, p413). Each reader lives in src/rules so the other reports
 * can use the same reading; this module only says what it means for the calendar.
 *
 * - A partial match (an advanced PGY-2 place won, no PGY-1): the advanced result binds and starts a
 *   year later; the PGY-1 is still to find, through SOAP in Match Week, else outside the Match; with
 *   none by July 1 the applicant asks the NRMP for a waiver of the advanced commitment (NRMP, "About
 *   Supplemental Rank Order Lists" and "What is a partially-matched applicant?", checked 2026-12-07).
 * - Advanced positions in play before the rank deadline: supplemental PGY-1 rank order lists (same page).
 * - A program pressing for a ranking promise: a breach of the NRMP's agreement by the program (NRMP
 *   policy FAQ for applicants, checked 2026-12-07; knowledge/matches.md#communication-rules).
 * - An interview set: the season is the member's, and that interview is what to prepare.
 * - A residency end moved after the fellowship's July start (a leave of absence): an off-cycle start or
 *   a deferral, agreed in writing before the commit step.
 */
import { humanDay, humanMonth, type DayString } from '../core/dates.js';
import type { Profile } from '../core/profile/schema.js';
import { advancedInPlay, inCiFellowshipNow, partialAhead, rankingPressure } from '../rules/match-state.js';
import { interviewsSet } from '../rules/interview-notes.js';
import { residencyEndMoved } from '../rules/training-end.js';
import type { PrematchTimeline } from './season-calendar.js';

function lead(t: PrematchTimeline, text: string): void {
  t.lead = t.lead ? `${text} ${t.lead}` : text;
  t.notes.unshift(text);
}

export function applyNoteFacts(t: PrematchTimeline, p: Profile, today: DayString): void {
  const nrmp = t.calendar === 'nrmp-main';
  const y = Number(t.season.slice(0, 4));
  const current = t.phases.find((ph) => ph.id === t.current);
  // A clinical informatics fellow now: not a new applicant; a move is a transfer (match-state.ts).
  const fellow = !nrmp && !t.matched ? inCiFellowshipNow(p, today) : undefined;
  if (fellow) {
    lead(
      t,
      `You are in a clinical informatics fellowship now (your note: "${fellow.clause}"), so this application season is not yours: the AMIA match is how applicants start a fellowship, not how a fellow moves to another program for a later year. A move is a transfer, arranged between the two program directors: talk to your current program director first; the receiving program needs a position free for that year and, before it accepts you, written verification of your training so far and an evaluation from your current program director. Do not resign or give notice before you hold a written transfer agreement (the start date, the year you enter, and who completes your board-eligibility paperwork). If no transfer works, finishing where you are keeps your training whole.`,
    );
    for (const ph of t.phases) ph.actions = ['Not your season: you are already in a fellowship (see the note above).'];
    t.inFellowship = true;
    t.current = null;
    t.next = null;
    delete t.notApplied;
    return;
  }
  const partial = nrmp ? partialAhead(p, today) : undefined;
  if (partial && !t.matched) {
    const pgy2 = Number(partial.start.slice(0, 4));
    const soapWeek = t.current === 'results';
    const visa = p.visa === 'j1' ? ' that takes J-1 physicians' : p.visa === 'h1b' ? ' that sponsors your visa' : '';
    lead(
      t,
      `Partially matched: your note says you matched to an advanced (PGY-2) position starting July ${pgy2}, but to no PGY-1 year. The advanced match is binding: you are committed to that program, and do not give it up for another offer. It starts after a PGY-1 year you still need, from July ${pgy2 - 1}. ${
        soapWeek
          ? `Now, in this Match Week: apply in SOAP for a preliminary or transitional PGY-1 position${visa}, through ERAS, only to the unfilled programs R3 shows you eligible for; do not contact programs outside SOAP's rules, and know that an offer you accept binds you.`
          : `Now: find a preliminary or transitional PGY-1 position${visa} for July ${pgy2 - 1}.`
      } If SOAP brings none, tell your advanced program at once and look for a PGY-1 outside the Match (places still open after SOAP); without one by July 1, ${pgy2 - 1}, the NRMP asks you to request a waiver of your commitment to the advanced program.`,
    );
    delete t.notApplied;
    if (t.next === null || soapWeek) t.next = null;
  }
  // Advanced positions still to rank: the supplemental lists go with the primary list.
  const rankList = t.phases.find((ph) => ph.id === 'rank-list');
  if (nrmp && rankList && rankList.status !== 'past' && !t.matched && !partial && advancedInPlay(p)) {
    const words =
      'Your notes name advanced (PGY-2) positions: they start a year after the Match, so attach a supplemental rank order list of preliminary or transitional PGY-1 programs to each advanced program you rank (you can link one list to several advanced programs). The supplemental list is used only if you match the advanced program; without a PGY-1 matched too you would be partially matched and need one through SOAP or after it.';
    rankList.actions.unshift(words);
    if (current && current !== rankList) current.actions.unshift(words);
  }
  // A program asking for a ranking promise: named, with what to do.
  const pressed = !t.matched ? rankingPressure(p) : undefined;
  if (pressed) {
    const rule = nrmp
      ? "under the NRMP's Match Participation Agreement a program may not ask how you will rank it or ask for a commitment, so this is the program's breach, not yours"
      : "AMIA has published no rule on this that we found, but the NRMP's agreement forbids programs to ask it, and the same etiquette holds";
    lead(
      t,
      `Your note says a program pressed you on your ranking ("${pressed}"): ${rule}. You need not answer: reply politely that you will decide your list by your own preferences, and promise nothing. Rank every program in your true order of preference (no promise binds either side, and only the certified lists decide the result). You may report it to the ${nrmp ? 'NRMP (its policy team takes reports, anonymously if you prefer)' : 'match organiser and to the NRMP if you are also in its Match'}; keep the email.`,
    );
  }
  // An interview the notes say is set, in this season: the season is the member's.
  const lists = rankList?.to;
  const set = interviewsSet(p, today).find((i) => !i.date || !lists || i.date <= lists);
  if (set && !t.matched && !partial && (!rankList || rankList.status !== 'past')) {
    delete t.notApplied;
    const what = `${set.program ? `at ${set.program}` : ''}${set.date ? ` on ${humanDay(set.date)}` : ''}`.trim();
    const words = `Your note says you have an interview${what ? ` ${what}` : ''}: prepare for it now (rehearse with the mock plan, read the program's informatics offer and its recent residents' paths, prepare your own questions), and send a short, specific thank-you within a day or two after it, without asking how it will rank you.`;
    lead(t, words);
    if (current) current.actions.unshift(words);
  }
  // A fellowship start before the residency's new end.
  const moved = !nrmp ? residencyEndMoved(p, today) : undefined;
  const start = `${y + 1}-07`;
  if (moved && moved.end > `${y + 1}-06` && !t.route) {
    const before = t.matched
      ? 'tell your matched program now'
      : t.current &&
          [
            'research-programs',
            'prepare-application',
            'apply',
            'interview',
            'updates-and-top-choice',
            'rank-list',
          ].includes(t.current)
        ? 'before you commit, tell each program you would commit to'
        : 'tell each program';
    lead(
      t,
      `Your note says your residency now ends in ${humanMonth(moved.end)}, after the usual fellowship start in ${humanMonth(start)}: you cannot start in July. ${before[0]!.toUpperCase()}${before.slice(1)} your new completion date, and get each one's answer in writing on an off-cycle start (for example the month after you finish) or a deferral; ${t.matched ? 'agree the start date with it before you sign its contract' : 'commit only to programs where that works'}. Keep it brief and factual: the dates, not medical details.`,
    );
  }
}
