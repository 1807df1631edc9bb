/**
 * Claims in a mock answer that the guides say are false, whatever the member's profile holds. The
 * six note checks judge how an answer is told; none judges what it asserts, so an answer that calls
 * a residency abroad "equivalent to a US residency, so I am eligible" passed them all while the
 * red-flag report rates the same situation high. Rehearsing that sentence would hurt the member in
 * a real interview, so the feedback says so, apart from the contract's notes (these are not note
 * ids, and the CLI's JSON is unchanged).
 *
 * One claim for now, read by meaning rather than by one phrase: training outside the US and Canada
 * said to equal (or count as, or be recognised as) a US, ACGME or American residency, or said to
 * make the member eligible, unless the sentence denies it ("is not equivalent", "I know it does not
 * count"). Source: ci-pathway#fellowship-eligibility and #exceptionally-qualified-applicants.
 */

import { normalizeChars, originalSpan } from '../text/normalize.js';

export interface FactClaim {
  id: 'foreign-residency-equivalent';
  /** The member's sentence, as typed (trimmed). */
  quote: string;
  message: string;
  source: string;
}

/**
 * Training named as done abroad: a home-country qualification (FCPS, MRCP, DNB…), "abroad", "back
 * home", "outside the US", or a country other than the US named. A residency "in Chicago" is not.
 */
const ABROAD_TRAINING =
  /\b(?:fcps|mrcp|mrcs|frcs|frcp|dnb|mcps|md\s+(?:in|from)|ms\s+(?:in|from)|home[-\s]country|abroad|overseas|outside\s+(?:the\s+)?(?:US|U\.S\.|United\s+States|America)|back\s+home|in\s+my\s+(?:home\s+)?country|(?:pakistan|india|nigeria|egypt|bangladesh|philippines|iran|iraq|syria|jordan|sudan|nepal|sri\s+lanka|brazil|mexico|colombia|peru|venezuela|russia|ukraine|china|turkey|saudi|uk|united\s+kingdom|britain)\w*)\b/i;

/**
 * The member's own training as the subject of a comparison ("my Manila training", "my two years of
 * residency"): when the same sentence sets it against a US residency, the comparison itself says the
 * training was not a US one, so no place name is needed (a city abroad is not in any list). Skipped
 * when the subject is itself called US or ACGME ("my US residency was the same as…").
 */
const OWN_TRAINING =
  /\bmy\s+(?:[\w'-]+\s+){0,5}?(?:training|residency|residencies|internship|specialty\s+training|postgraduate\s+(?:training|years?)|board\s+training)\b/i;

/** A relation of sameness or standing: equal to, counts as, recognised as, on par with. */
const EQUIVALENCE =
  /\b(?:equivalent|equivalence|equal|same(?:\s+thing|\s+as|\s+level)?|on\s+par|comparable|counts?\s+as|as\s+good\s+as|recogni[sz]ed\s+(?:as|by|in)|accepted\s+(?:as|by|in)|accredited\s+like|no\s+different)\b/i;

/** What it is said to equal: a residency or standard of the US (or ACGME), or eligibility itself. */
// "US" in capitals only: the pronoun "us" ("it taught us the same") is not the country.
const US_STANDARD = /\b(?:US|U\.S\.|USA|[Aa]merican|ACGME|acgme|[Uu]nited\s+[Ss]tates)\b/;
const ELIGIBLE =
  /\b(?:i\s*(?:am|'m)\s+(?:already\s+|fully\s+|therefore\s+|thus\s+)?eligible|makes?\s+me\s+eligible|qualif(?:y|ies)\s+me)\b/i;

/** Eligible for something other than the fellowship or its boards (ECFMG, a Step, a visa, a residency). */
const OTHER_ELIGIBILITY =
  /\beligible\s+(?:for|to)\s+(?:the\s+|an?\s+)?(?:ecfmg|step|usmle|exams?|visa|j-?1|h-?1b|residency|residencies|match|nrmp|eras|observerships?|sit|take)\b/i;

/** A denial inside the sentence: "is not equivalent", "doesn't count", "I know it is not the same". */
const DENIED =
  /\b(?:not|isn'?t|aren'?t|wasn'?t|doesn'?t|don'?t|never|no\s+longer|neither|nor)\b[^.;]{0,30}\b(?:equivalent|equal|same|on\s+par|comparable|counts?|recogni[sz]ed|accepted|eligible|qualif\w*)/i;

const MESSAGE =
  "This says your training abroad equals a US residency or makes you eligible. For an ACGME clinical informatics fellowship it does not: the standard rule needs a residency accredited by the ACGME (or Canada's RCPSC or CFPC), and a residency elsewhere counts only if a program chooses the exceptionally qualified applicant exception (program director, GME committee and ECFMG certification). An interviewer will know this. Say plainly what your residency was and where, then what makes you eligible: an ACGME residency you are in or have finished, if you have one (the training abroad is then experience, not the qualifying residency); if not, your plan: a US residency first, or asking programs in writing whether they consider the exception.";

/**
 * Sentences of the answer read through the checks' shared normalisation (NFKC, invisible characters
 * removed, look-alike letters folded), each with the member's own characters for the quote. A full
 * stop, question or exclamation mark, or a line break ends one.
 */
function sentences(answer: string): { text: string; quote: string }[] {
  const n = normalizeChars(answer);
  return [...n.text.matchAll(/[^.!?\n]+[.!?]*/g)]
    .map((m) => ({ text: m[0].trim(), quote: originalSpan(n, m.index ?? 0, (m.index ?? 0) + m[0].length).trim() }))
    .filter((x) => x.text);
}

/** The false claims an answer makes, at most one per kind, each quoting the member's sentence. */
export function factClaims(answer: string): FactClaim[] {
  const all = sentences(answer);
  // A claim of eligibility counts when training abroad was named in the same or the previous
  // sentence ("I did FCPS in Lahore. It is the same as a US residency, so I am eligible.").
  for (let i = 0; i < all.length; i++) {
    const s = all[i]?.text ?? '';
    const context = `${all[i - 1]?.text ?? ''} ${s}`;
    if (DENIED.test(s)) continue;
    const own = OWN_TRAINING.exec(s);
    const comparedWithUs =
      own !== null &&
      !US_STANDARD.test(own[0]) &&
      EQUIVALENCE.test(s.slice(own.index + own[0].length)) &&
      US_STANDARD.test(s.slice(own.index + own[0].length));
    if (!ABROAD_TRAINING.test(context) && !comparedWithUs) continue;
    const eligible = ELIGIBLE.test(s) && !OTHER_ELIGIBILITY.test(s);
    const equal = comparedWithUs || (EQUIVALENCE.test(s) && (US_STANDARD.test(s) || eligible));
    if (equal || eligible) {
      return [
        {
          id: 'foreign-residency-equivalent',
          quote: all[i]?.quote ?? s,
          message: MESSAGE,
          source: 'ci-pathway#fellowship-eligibility',
        },
      ];
    }
  }
  return [];
}
