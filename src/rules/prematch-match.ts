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

/** Specialty names as an email writes them about a program ("your internal medicine program"). */
const SPECIALTY_WORDS =
  'internal\\s+medicine|family\\s+(?:medicine|practice)|pediatrics?|paediatrics?|psychiatry|neurology|general\\s+surgery|surgery|emergency\\s+medicine|ob\\s*/?\\s*gyn|anesthesiology|pathology|radiology|med-?peds|IM|FM|EM';

/** Specialties that residency programs are named by (a program named for one is a residency program). */
const RESIDENCY_SPECIALTY =
  /\b(?:internal\s+medicine|family\s+(?:medicine|practice)|pediatrics?|paediatrics?|psychiatry|neurology|general\s+surgery|surgery|emergency\s+medicine|obstetrics|gynecology|ob\s*\/?\s*gyn|anesthesiology|pathology|radiology|med-?peds|transitional\s+year|preliminary|categorical)\b/i;
/** Short forms in capitals only ("IM"; "im" is often "I'm"). */
const RESIDENCY_SHORT = /\b(?:IM|FM|EM|TY)\b/;
const namesResidency = (s: string) =>
  RESIDENCY_SPECIALTY.test(s) || RESIDENCY_SHORT.test(s) || /\bresidency\b/i.test(s);

/** Words that name a fellowship program or the fellowship match. */
const FELLOWSHIP = /\bfellowships?\b|\bfellows\b|\bAMIA\b|\b(?:clinical\s+informatics|CI)\s+program\b/i;
/** Words that name a residency program or the NRMP's match. */
const RESIDENCY = new RegExp(
  [
    '\\bresidency\\b|\\bresidents\\b|\\bNRMP\\b|\\bmain\\s+(?:residency\\s+)?match\\b|\\bSOAP\\b|\\binterns?\\b|\\bPGY-?\\s?[1-3]s?\\b',
    // "your categorical internal medicine program and its informatics track": a residency's words
    // (tracks and categorical positions are residency terms; a fellowship is not in a specialty).
    '\\bcategorical\\b|\\binformatics\\s+track\\b',
    `\\b(?:${SPECIALTY_WORDS})\\s+(?:residency\\s+)?(?:program|programme|track)\\b`,
  ].join('|'),
  'i',
);

/**
 * A mention that is about the member's own past or a later plan, not this program: "my residency
 * in Colombia", "during residency I built…", "a CI fellowship later". Such a mention says nothing
 * about which match this email is in.
 */
function aboutThisProgram(text: string, index: number, word: string): boolean {
  const before = text.slice(Math.max(0, index - 60), index).toLowerCase();
  const after = text.slice(index + word.length, index + word.length + 60).toLowerCase();
  // "your residents", "this fellowship", "your categorical program": this program, whatever follows
  // ("I hope to join your fellowship after residency").
  if (/\b(?:your|this)\s+(?:(?!my\b)[\w-]+\s+){0,3}$/.test(before)) return true;
  // The member's own training: "my residency", "during residency", "I completed a 3-year internal
  // medicine residency", "in residency".
  if (/\b(?:my|our|during|completed|finished|since|before|after)\s+(?:[\w-]+\s+){0,4}$/.test(before)) return false;
  if (/\bin\s+$/.test(before)) return false;
  // The member's present: "as a PGY-3 internal medicine resident", "I am currently an intern".
  if (/\b(?:i\s+am|i['’]m|currently|now|as\s+an?)\s+(?:[\w-]+\s+){0,3}$/.test(before)) return false;
  if (
    /^[^.]*?\b(?:later|eventually|one day|in the future|after (?:residency|that|training)|down the road|afterwards?)\b/.test(
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
