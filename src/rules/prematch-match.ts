/**
 * Which match a pre-match email belongs to. A member has one target in the profile, but the email
 * may be to a program of the other kind: trial 18's member, whose profile named the CI fellowship
 * (her goal after residency), had an email to an internal medicine residency judged by the AMIA
 * fellowship match's calendar. The email's own context decides (the program named, the words it
 * uses for the program and the interview), and the profile's target is only the fallback. The
 * answer says which match was assumed and why, so the member can tell a wrong guess.
 */
import { MATCHES } from '../core/match.js';
import type { Profile } from '../core/profile/schema.js';

type Target = Profile['target'];

export interface MatchDecision {
  /** The target whose match rules apply; undefined when neither the email nor the profile says. */
  target: Target | undefined;
  /** Where the decision came from. */
  from: 'program' | 'email' | 'profile' | 'none';
  /** One sentence for the member: the match assumed and the reason. */
  why: string;
}

/** Specialties that residency programs are named by (a program named for one is a residency program). */
const RESIDENCY_SPECIALTY =
  /\b(?:internal\s+medicine|family\s+(?:medicine|practice)|pediatrics?|paediatrics?|psychiatry|neurology|general\s+surgery|surgery|emergency\s+medicine|obstetrics|gynecology|ob\s*\/?\s*gyn|anesthesiology|pathology|radiology|med-?peds|transitional\s+year|preliminary|categorical)\b/i;
/** Short forms in capitals only ("IM"; "im" is often "I'm"). */
const RESIDENCY_SHORT = /\b(?:IM|FM|EM|TY)\b/;
const namesResidency = (s: string) =>
  RESIDENCY_SPECIALTY.test(s) || RESIDENCY_SHORT.test(s) || /\bresidency\b/i.test(s);

/** Words that name a fellowship program or the fellowship match. */
const FELLOWSHIP = /\bfellowships?\b|\bfellows\b|\bAMIA\b/i;
/** Words that name a residency program or the NRMP's match. */
const RESIDENCY =
  /\bresidency\b|\bresidents\b|\bNRMP\b|\bmain\s+(?:residency\s+)?match\b|\bSOAP\b|\binterns?\b|\bPGY-?\s?[1-3]\b/i;

/**
 * A mention that is about the member's own past or a later plan, not this program: "my residency
 * in Colombia", "during residency I built…", "a CI fellowship later". Such a mention says nothing
 * about which match this email is in.
 */
function aboutThisProgram(text: string, index: number, word: string): boolean {
  const before = text.slice(Math.max(0, index - 40), index).toLowerCase();
  const after = text.slice(index + word.length, index + word.length + 60).toLowerCase();
  if (/\b(?:my|during|in|after|completed|finished|since|before)\s+(?:\w+\s+){0,2}$/.test(before)) return false;
  if (
    /\b(?:later|eventually|one day|in the future|after (?:residency|that|training)|down the road|afterwards?)\b/.test(
      after,
    )
  )
    return false;
  if (
    /\b(?:later|eventually|future|then|next step|one day|hope to (?:do|pursue|apply)|plan to (?:do|pursue|apply))\b[^.]*$/.test(
      before,
    )
  )
    return false;
  return true;
}

/** How many mentions of a kind the email makes about this program (past or future plans aside). */
function mentions(text: string, re: RegExp): number {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  let n = 0;
  for (const m of text.matchAll(global)) if (aboutThisProgram(text, m.index ?? 0, m[0])) n++;
  return n;
}

const NAME: Record<NonNullable<Target>, string> = {
  'ci-fellowship': MATCHES['amia-ci-match'].name,
  'residency-informatics-track': MATCHES['nrmp-main'].name,
};

const PROFILE_WORDS: Record<NonNullable<Target>, string> = {
  'ci-fellowship': 'a CI fellowship',
  'residency-informatics-track': 'a residency track',
};

/** The match that applies to this email, and why. */
export function matchForEmail(
  email: string,
  program: string | undefined,
  profileTarget: Target | undefined,
): MatchDecision {
  const differs = (t: NonNullable<Target>) =>
    profileTarget && profileTarget !== t ? `, although your profile's target is ${PROFILE_WORDS[profileTarget]}` : '';
  // The program's name is the strongest sign: "Saint Barnabas Internal Medicine" is a residency.
  if (program) {
    // "Stanford Clinical Informatics" is a fellowship; "Internal Medicine (informatics track)" is not.
    const fellowship = FELLOWSHIP.test(program) || (/\binformatics\b/i.test(program) && !namesResidency(program));
    const residency = !fellowship && namesResidency(program);
    const t: Target | undefined = fellowship ? 'ci-fellowship' : residency ? 'residency-informatics-track' : undefined;
    if (t) {
      return {
        target: t,
        from: 'program',
        why: `Judged by the ${NAME[t]}'s rules: the program you named ("${program}") is a ${t === 'ci-fellowship' ? 'fellowship' : 'residency'} program${differs(t)}.`,
      };
    }
  }
  const f = mentions(email, FELLOWSHIP);
  const r = mentions(email, RESIDENCY);
  if (f !== r && (f > 0 || r > 0)) {
    const t: NonNullable<Target> = f > r ? 'ci-fellowship' : 'residency-informatics-track';
    return {
      target: t,
      from: 'email',
      why: `Judged by the ${NAME[t]}'s rules: your email speaks of this program as a ${t === 'ci-fellowship' ? 'fellowship' : 'residency'}${differs(t)}. If that is wrong, name the program in the check.`,
    };
  }
  if (profileTarget) {
    return {
      target: profileTarget,
      from: 'profile',
      why: `Judged by the ${NAME[profileTarget]}'s rules, from your profile's target (${PROFILE_WORDS[profileTarget]}): neither the email nor the program's name says whether this is a residency or a fellowship.`,
    };
  }
  return {
    target: undefined,
    from: 'none',
    why: 'Neither the email, the program named nor your profile says whether this is a residency or a fellowship, so both matches are named.',
  };
}
