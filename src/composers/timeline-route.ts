/**
 * Two readings of the pre-match timeline that change what "now" is for a member (round ux45):
 *
 * - The residency route. A CI-fellowship applicant with no residency ACGME fellowships accept
 *   (fellowship-eligibility high) cannot enter this season's AMIA match in the usual way, so the
 *   step that matters now is the NRMP Main Residency Match in their specialty (the lead's decision,
 *   ux41, which the letters and mock plans already follow). The contract's calendar stays the
 *   target's (`amia-ci-match`), so its phases are kept with their dates, but they are labelled as
 *   the later route and lose their "now" pushes ("Submit now, this week"); the NRMP season is added
 *   as `route`, with its own current phase and next step (more JSON keys are welcome by the contract).
 *   A judge of p376 found "Submit applications in ERAS ← now" shown to a member not eligible.
 *
 * - A match already won. The contract has no field for a match result, so it is read from the
 *   member's timeline notes, by meaning (a match named as the calendar's and said as won, not
 *   negated, for the season shown). After the results a matched member is not sent to the
 *   post-match process or to next season's ERAS: the lead says what follows a match (the program's
 *   contract and onboarding, the visa paperwork, finishing the residency). Sources: NRMP, "After the
 *   Match" (acceptance letter, appointment contract, licence, visa; knowledge/matches.md), ECFMG's
 *   EVSP FAQ (the Training Program Liaison starts J-1 sponsorship, about four to six weeks; a new
 *   Statement of Need for a new specialty or subspecialty), both checked 2026-12-05. A judge of p384
 *   found "Post-match process (if you did not match) ← now" shown to a matched member.
 */
import { humanDay } from '../core/dates.js';
import type { DayString } from '../core/dates.js';
import type { Profile } from '../core/profile/schema.js';
import { readResidencies } from '../core/profile/training.js';
import { specialtyName } from '../core/profile/friendly.js';
import { matchedNotStarted } from '../rules/redflag-rules/matched-start.js';
import { matchesWon } from '../rules/match-state.js';
import { showsApplied } from './application-season.js';
import { prematchTimeline, nextStepSentence, type PrematchTimeline, type ResidencyRoute } from './season-calendar.js';

export interface SaidMatched {
  /** The year the note gives for the match or the start, when it gives one. */
  year?: number;
  start?: number;
}

/**
 * Whether the member's notes say they matched in the match of `calendar` for the season whose
 * applications go in `y` (AMIA results in December of y; NRMP Match Day in March of y + 1; both
 * start training in July of y + 1). A note giving another year is another season (the residency
 * Match a fellowship applicant won years ago is not this one).
 */
export function saidMatched(p: Profile, calendar: PrematchTimeline['calendar'], y: number): SaidMatched | undefined {
  // The calendar's own match only: a fellowship applicant's old residency Match is not this one.
  if ((calendar === 'amia-ci-match') !== (p.target === 'ci-fellowship')) return undefined;
  // One reading for every report (../rules/match-state.ts); this season's start is July of y + 1.
  const today = `${y + 1}-01-01`;
  // A start deferred into this season from an earlier match is that earlier season's result, read
  // by applyMatchedBeforeStart: this season's results are not the member's.
  const won = matchesWon(p, today).find((w) => !w.partial && !w.deferredFrom && w.start === `${y + 1}-07`);
  if (!won) return undefined;
  return { ...(won.year !== undefined ? { year: won.year } : {}), start: y + 1 };
}

/** The NRMP's Main Residency Match named, or residency applications and interviews told as under way. */
const IN_RESIDENCY_MATCH =
  /\bNRMP\b|\bmain (?:residency )?match\b|\bresidency (?:match|interviews?|applications?|programs?|positions?|rank (?:order )?list)\b|\b(?:interviews?|applied|applications?|registered)\b[^,;.]{0,40}\b(?:residency|residencies|PGY-?1|categorical|preliminary)\b/i;
/** Said as over, withdrawn, not done or only planned. */
const NOT_IN =
  /\b(?:not|never|no|withdr[ae]w\w*|cancel\w*|declined|will|would|plan(?:s|ning)?|might|may|instead of|rather than|completed|finished)\b/i;

/**
 * Whether a fellowship applicant's notes show her also in this season's residency Match: an NRMP
 * registration, residency applications or interviews named as under way in a clause that does not
 * withdraw, cancel or only plan them. A residency completed years ago ("ACGME-I internal medicine
 * residency (completed)") is not; a clause naming an earlier year's Match is another season.
 */
export function alsoInResidencyMatch(p: Profile, y: number): boolean {
  return (p.timeline ?? []).some((t) =>
    (t.note ?? '').split(/;\s*|\.\s+/).some((clause) => {
      if (!IN_RESIDENCY_MATCH.test(clause) || NOT_IN.test(clause)) return false;
      const years = [...clause.matchAll(/\b(20\d\d)\b/g)].map((m) => Number(m[1]));
      return years.length === 0 ? t.to === 'present' : years.some((x) => x === y || x === y + 1);
    }),
  );
}

/**
 * Re-read a timeline for a member whose note says they matched this season, once its results are
 * out: the lead says the result binds and what follows, the post-match step (AMIA) or SOAP is said
 * not to be theirs, and no next season is pointed to. Returns true when it applied.
 */
export function applyMatched(t: PrematchTimeline, p: Profile, today: DayString): boolean {
  const y = Number(t.season.slice(0, 4));
  const results = t.phases.find((ph) => ph.id === 'results');
  if (!results) return applyMatchedBeforeStart(t, p, today);
  const said = saidMatched(p, t.calendar, y);
  if (!said) return applyMatchedBeforeStart(t, p, today);
  // Before the typical results date, a note that tells the result is believed once the lists are
  // final (results move a few days each year: a judge of p419 found a match told on results day, a
  // day before the calendar's typical date, left unread).
  const lists = t.phases.find((ph) => ph.id === 'rank-list');
  if (today < results.from && (!lists || today <= lists.to)) return applyMatchedBeforeStart(t, p, today);
  const amia = t.calendar === 'amia-ci-match';
  const start = said.start ?? y + 1;
  const what = amia ? 'fellowship' : 'residency';
  const steps: string[] = [
    `sign and return the program's letter of acceptance and contract, and start its onboarding (licence, credentialing, the checks it asks for)`,
  ];
  if (p.visa === 'j1') {
    steps.push(
      `for your J-1, the program's Training Program Liaison starts your ECFMG sponsorship application with you (allow about four to six weeks once it is complete), and ${amia ? 'the fellowship, a new subspecialty, needs a new Statement of Need naming clinical informatics' : 'the residency needs a Statement of Need naming its specialty'} from your home country's ministry of health: ask for it now`,
    );
  } else if (p.visa === 'h1b') {
    steps.push('for your H-1B, the program files the petition: send what it asks for early, Step 3 result included');
  }
  const running = (readResidencies(p, today) ?? []).find((r) => r.status === 'in-progress');
  if (amia && running) {
    const specialty = specialtyName(running.residency.specialty) || running.residency.specialty;
    steps.push(
      `finish your ${specialty} residency (your fellowship cannot start before it ends) and plan your primary board certification, which the clinical informatics boards require`,
    );
  }
  // Also in the NRMP's Main Residency Match for the same July (the member's own notes say so): the
  // fellowship result binds first, and the NRMP's Match Participation Agreement (section 2.4.2 of the
  // 2021 edition, as a law firm quotes it; NRMP's own early-matches page says the same without the
  // deadline; knowledge/matches.md) requires an applicant who takes a concurrent-year position
  // through any other national matching plan to withdraw before the rank order list deadline,
  // through the R3 system; not withdrawing is a breach. A judge of p391 found a member
  // matched in December left with her January residency interviews untouched.
  if (amia && alsoInResidencyMatch(p, y)) {
    steps.unshift(
      `withdraw from the NRMP Main Residency Match now, through the R3 system and before the rank order list deadline (certify no rank list): the NRMP's agreement requires an applicant who takes a position through another national matching plan to withdraw, and not doing so is a breach. Cancel any residency interviews still ahead promptly and courteously, telling each program you have matched into a fellowship, and withdraw the residency applications you no longer need`,
    );
  }
  steps.push('tell your letter writers where you matched and thank them');
  const note = said.year ? ` in the ${said.year} ${amia ? 'AMIA' : 'NRMP'} match` : '';
  t.lead = `You matched: your timeline note says you matched${note}, for a ${what} starting July ${start}. The match result is binding: you are committed to that program, so ${
    amia ? "AMIA's post-match process below is not for you" : 'SOAP is not for you'
  }, and there is no next season to prepare for. What follows a match: ${steps.join('; ')}.`;
  t.notes.unshift(t.lead);
  for (const ph of t.phases) {
    if (amia && ph.id === 'post-match') {
      ph.title = 'Post-match process (for applicants who did not match: not you)';
      ph.actions = [
        "Not for you: you matched. AMIA's voluntary post-match process is for applicants who did not match and programs with places left.",
      ];
    }
    if (ph.id === 'results') ph.actions = ph.actions.filter((a) => !/^Aiming at next season/i.test(a));
  }
  // "These steps are yours; if you did not apply, next season is" reads oddly beside a match won.
  t.notes = t.notes.filter((n) => !n.startsWith('Your profile shows you applied in the'));
  t.matched = true;
  t.current = null;
  t.next = null;
  delete t.notApplied;
  return true;
}

/**
 * The residency route for a CI applicant whose fellowship-eligibility is high: the NRMP season
 * today falls in (the fellowship's deadline is not the residency's, so none is passed), and the
 * fellowship calendar relabelled as the later route. Unless the profile shows the member applied to
 * the fellowship this season (the exception for applicants trained abroad), its phases lose their
 * actions, which push a fellowship application, for one line that says when the step becomes theirs.
 */
export function applyResidencyRoute(
  t: PrematchTimeline,
  p: Profile,
  today: DayString,
  eligibilityTitle: string,
  opts: { visa?: boolean; appliedToFellowship: boolean; abroad: boolean; reentry?: boolean },
): ResidencyRoute {
  const visa = opts.visa !== undefined ? { visa: opts.visa } : {};
  let r = prematchTimeline(today, 'residency-informatics-track', undefined, visa);
  // Past this season's applications with no residency application in the member's words: the
  // residency season that is theirs is the next one (a deadline from its ERAS opening on shows it,
  // its preparation starting today), as p364's advisor expected ("prepares for the next NRMP season").
  const ry = Number(r.season.slice(0, 4));
  if (r.notApplied && !showsApplied({ ...p, target: 'residency-informatics-track' }, ry + 1)) {
    r = prematchTimeline(today, 'residency-informatics-track', `${ry + 1}-06-30`, visa);
    r.notes = r.notes.filter((n) => !/^Your application deadline/.test(n));
  }
  // The specialty given, else the residency's (a member's own training names the specialty too).
  const typed = p.specialty ?? p.residencies?.[0]?.specialty;
  const specialty = typed ? specialtyName(typed) || typed : undefined;
  const now = r.phases.find((ph) => ph.id === r.current);
  const nextStep = nextStepSentence(r, humanDay);
  const nowWords = now
    ? `${now.title} (${humanDay(now.from)} – ${humanDay(now.to)})${now.actions[0] ? `: ${now.actions[0]}` : ''}`
    : undefined;
  const exception = opts.abroad
    ? ' A fellowship could take you sooner only through its exception for applicants trained abroad: ask each program in writing before you apply to one.'
    : '';
  // A US or Canadian residency left unfinished: a re-entry place in its later years comes first, and
  // the Match (a new PGY-1, or advanced places) is the route beside it (judges of p212 and p395).
  const step = opts.reentry
    ? `so the step now is to finish your residency: look for a place in its later years outside the Match (a re-entry position; your red-flag report says how) and, beside it, prepare the NRMP Main Residency Match${specialty ? ` in ${specialty}` : ''}`
    : `so the step that matters now is the NRMP Main Residency Match${specialty ? ` in ${specialty}` : ''}`;
  t.lead = `Residency route (now): "${eligibilityTitle}". A CI fellowship is not open to you in the usual way, ${step}, ${r.season} season${nowWords ? `: ${nowWords}` : ''}${nextStep ? ` Next: ${nextStep}` : ''} The AMIA fellowship calendar is your later route: you apply to it during your US residency, usually in its final year.${exception}`;
  t.notes.unshift(t.lead);
  if (!opts.appliedToFellowship) {
    for (const ph of t.phases) {
      ph.actions = ['Later route: yours in the season you apply from a US residency, not this one.'];
    }
    t.current = null;
    t.next = null;
    delete t.notApplied;
  }
  return {
    label: 'Residency route (now)',
    calendar: 'nrmp-main',
    match: r.match,
    season: r.season,
    phases: r.phases,
    current: r.current,
    next: r.next,
    ...(nextStep ? { nextStep } : {}),
  };
}

/**
 * A member whose notes say they matched in an earlier season whose training has not started yet
 * (matched-start.ts): the calendar shown is the next season's, which is not theirs. "Now" is the
 * pre-start phase of the match they won: the result binds them and the program (AMIA's match asks
 * applicants to accept the outcome; the NRMP's agreement likewise; knowledge/matches.md), so an
 * offer from another program or a job is not a free choice, and what follows is the contract,
 * onboarding, licence and credentialing, and work authorization for the start date (NRMP "After the
 * Match", knowledge/matches.md). A judge of p403 found "Research programs [current]" shown to a
 * fellow matched in December for July. Returns true when it applied.
 */
function applyMatchedBeforeStart(t: PrematchTimeline, p: Profile, today: DayString): boolean {
  const won = matchedNotStarted(p, today);
  const y = Number(t.season.slice(0, 4));
  // Only a start before this calendar's own July: a match for this season is applyMatched's.
  // A deferred start may fall in this calendar's July: the match was still an earlier season's.
  if (!won || (Number(won.start.slice(0, 4)) > y && !won.deferredFrom)) return false;
  const amia = t.calendar === 'amia-ci-match';
  const start = Number(won.start.slice(0, 4));
  const what = amia ? 'fellowship' : 'residency';
  const steps: string[] = [
    `sign and return the program's letter of acceptance and contract if you have not, and start its onboarding (licence or training permit, credentialing, the checks it asks for)`,
  ];
  if (p.visa === 'j1') {
    steps.push(
      `for your J-1, work with the program's Training Program Liaison on your ECFMG sponsorship now (allow about four to six weeks once the file is complete), with a Statement of Need for ${amia ? 'clinical informatics' : 'the specialty'} from your home country's ministry of health`,
    );
  } else if (p.visa === 'h1b') {
    steps.push('for your H-1B, send the program what its petition needs early, Step 3 result included');
  } else if (p.visa === 'not-needed' && p.citizenship === 'non-us') {
    steps.push(
      `make sure your work authorization covers the whole ${what} from July ${start}: if a work permit ends before or during it, file its renewal as early as USCIS allows and tell the program's GME office (see the visa item in your red-flag report)`,
    );
  }
  const running = (readResidencies(p, today) ?? []).find((r) => r.status === 'in-progress');
  if (amia && running) {
    const specialty = specialtyName(running.residency.specialty) || running.residency.specialty;
    steps.push(`finish your ${specialty} residency, which must end before the fellowship starts`);
  }
  steps.push('tell your letter writers where you matched and thank them');
  const matchName = amia ? 'AMIA' : 'NRMP';
  const when = won.year ? ` in the ${won.year} ${matchName} match` : '';
  const deferred = won.deferredFrom ? `, deferred by agreement from July ${won.deferredFrom.slice(0, 4)}` : '';
  const stillBinds = won.deferredFrom
    ? ` A deferral does not end the match: do not commit to another program in this season's match unless your matched program releases you in writing, and keep the deferral agreement on file.`
    : '';
  t.lead =
    `You matched: your timeline note says you matched${when}, for a ${what} starting July ${start}${deferred}, so now is the time before that start, not a new application season.${stillBinds} ` +
    `The match result is binding on you and on the program: do not accept another program's place or offer, or a job, in its stead. If you truly want out, talk to your matched program director openly and first; a release is not yours to take, it is the program's decision under ${amia ? "AMIA's match rules (check AMIA's match page)" : "the NRMP's Match Participation Agreement, through the NRMP's waiver process"}. ` +
    `Before July ${start}: ${steps.join('; ')}. The ${t.season} season below is for applicants who have not matched; it is not yours.`;
  t.notes.unshift(t.lead);
  for (const ph of t.phases) {
    ph.actions = [`Not your season: you matched for a ${what} starting July ${start}.`];
  }
  // A visa blocker is timed to the matched start, not to a season the member will not apply in.
  t.notes = t.notes
    .filter((n) => !n.startsWith('Your profile shows you applied in the'))
    .map((n) =>
      n.startsWith('Your visa plan has a blocker')
        ? n.replace(/ have a plan for it [^.]*(?:\.[^.]*)*?\.$/, ` clear it before your July ${start} start.`)
        : n,
    );
  t.matched = true;
  t.current = null;
  t.next = null;
  delete t.notApplied;
  return true;
}
