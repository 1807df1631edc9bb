/**
 * Claims in a mock answer that the guides say are false, whatever the member's profile holds. The
 * six note checks judge how an answer is told; none judges what it asserts, so an answer that calls
 * a residency abroad "equivalent to a US residency, so I am eligible" passed them all while the
 * red-flag report rates the same situation high. Rehearsing that sentence would hurt the member in
 * a real interview, so the feedback says so, apart from the contract's notes (these are not note
 * ids, and the CLI's JSON is unchanged).
 *
 * Two claims, read by meaning rather than by one phrase. First, training outside the US and Canada
 * said to equal (or count as, or be recognised as) a US, ACGME or American residency, or said to
 * make the member eligible, unless the sentence denies it ("is not equivalent", "I know it does not
 * count"). Source: ci-pathway#fellowship-eligibility and #exceptionally-qualified-applicants.
 *
 * Second (newcomer trial 17: "I see the doctors' workflow every day in the EMR, so I am still clinical
 * in a way"): work without patient care (EMR support, data entry, scribing, an observership,
 * research, informatics) said to keep the member clinical or to count as clinical experience. Programs
 * count only hands-on patient care (red-flags#clinical-currency, #usce-kinds), and the red-flag
 * report already says so of the same job. Not when the sentence denies it ("it is not clinical
 * work") or names patient care the member gives ("I also do two telemedicine shifts a week").
 */

import { normalizeChars, originalSpan } from '../text/normalize.js';

export interface FactClaim {
  id: 'foreign-residency-equivalent' | 'non-clinical-as-clinical' | 'program-sponsors-j1';
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
/** Being, staying or counting as clinical: the claim itself. */
const CLINICAL_CLAIM =
  /\b(?:(?:still|remain(?:ed|ing)?|stay(?:ed|ing)?|kept|keeps?|keeping|am|i'm|was|feel|consider\s+myself)\s+(?:\w+\s+){0,2}?(?:clinical(?:ly)?(?:\s+(?:active|current|involved|sharp))?(?=\s*(?:[.,;:!?)]|$|in\b|through\b|by\b|because\b|as\b|since\b|enough\b|too\b|now\b|every\b|and\b|but\b|with\b))|(?:in|close\s+to|connected\s+to|in\s+touch\s+with)\s+(?:clinical\s+(?:practice|work|medicine|care)|patient\s+care|the\s+clinic(?:al)?\s+side))\b|\bclinically\s+(?:active|current|up\s+to\s+date)\b|\b(?:counts?|count(?:ed|ing)|qualif(?:y|ies))\s+as\s+(?:\w+\s+)?clinical\b|\b(?:is|as|like|equals?|same\s+as)\s+(?:\w+\s+)?clinical\s+(?:work|experience|practice)\b)/i;

/** Work that is not patient care, named in the same or the previous sentence. */
const NON_CLINICAL_WORK =
  /\b(?:emr|ehr|epic|cerner|meditech|data[\s-]+entry|data\s+(?:work|analyst|analysis)|scrib(?:e|ing)|observ(?:ership|ing|ed?)|shadow(?:ing|ed)?|research(?:er)?|informatics|workflows?|it\s+support|tech(?:nical)?\s+support|help[\s-]?desk|analyst|coding|billing|admin(?:istrative|istration)?|front\s+desk|receptionist|medical\s+assistant|teaching|tutor(?:ing)?|watch(?:ing)?\s+(?:the\s+)?doctors)\b/i;

/** Patient care the member gives, which would make the claim true. */
const OWN_PATIENT_CARE =
  /\b(?:i|we)\s+(?:\w+\s+){0,2}(?:see|saw|treat(?:ed)?|examine[sd]?|manage[sd]?|admit(?:ted)?|round(?:ed)?\s+on|care\s+for|cared\s+for|prescribe[sd]?)\s+(?:\w+\s+){0,2}patients\b|\b(?:telemedicine|telehealth|locum|on[\s-]call|clinic)\s+shifts?\b|\bhands[\s-]on\b/i;

const DENIED_CLINICAL =
  /\b(?:not|isn'?t|aren'?t|wasn'?t|doesn'?t|don'?t|never|no)\b[^.;]{0,25}\b(?:clinical|patient\s+care|count)/i;

const NON_CLINICAL_MESSAGE =
  'This calls work without patient care clinical. Programs count as clinical only hands-on care of patients; EMR support, data entry, scribing, observerships, research and informatics work are worth describing, but not as clinical experience, and an interviewer who reads your timeline will notice. Say what the work is and what it taught you, then say plainly when you last cared for patients and what you are doing to get back to it.';

export function factClaims(answer: string): FactClaim[] {
  return [...foreignResidencyClaims(answer), ...nonClinicalClaims(answer), ...programSponsorsJ1(answer)];
}

/**
 * Third (newcomer trial 20: "…if you can sponsor my J-1"): a program said to sponsor the member's
 * J-1. ECFMG is the sole sponsor of J-1 physicians in clinical training; the program supports the
 * application through its Training Program Liaison (ECFMG EVSP pages, checked 2026-12-07;
 * knowledge/visas.md#j1-h1b-o1). Asking a program whether it takes J-1 trainees is right; "sponsor"
 * tells an interviewer the member has not learned how the visa works. An H-1B is petitioned by the
 * employer, so "sponsor my H-1B" is left alone.
 */
const SPONSOR_J1 =
  /\b(?:you|your\s+(?:\w+\s+)?(?:program|programme|fellowship|hospital|institution)|the\s+(?:\w+\s+)?(?:program|programme|fellowship|hospital)|programs?|they|it)\s+(?:\w+\s+){0,3}?(?:sponsor(?:s|ed|ing)?|sponsorship\s+(?:of|for))\s+(?:\w+\s+){0,2}?J-?\s?1\b|\bJ-?\s?1\s+(?:visa\s+)?sponsorship\s+(?:from|by)\s+(?:you|your|the\s+(?:program|hospital))/i;

function programSponsorsJ1(answer: string): FactClaim[] {
  const hit = sentences(answer).find((s) => SPONSOR_J1.test(s.text) && !/\bECFMG\b/i.test(s.text));
  if (!hit) return [];
  return [
    {
      id: 'program-sponsors-j1',
      quote: hit.quote,
      message:
        'Programs do not sponsor a J-1: for clinical training ECFMG is the only J-1 sponsor, and the program supports your application through its Training Program Liaison. Ask instead whether the program accepts J-1 trainees (and, for a fellowship, whether it supports continuing your ECFMG sponsorship).',
      source: 'visas#j1-h1b-o1',
    },
  ];
}

function nonClinicalClaims(answer: string): FactClaim[] {
  const all = sentences(answer);
  for (let i = 0; i < all.length; i++) {
    const s = all[i]?.text ?? '';
    const claim = CLINICAL_CLAIM.exec(s);
    if (!claim || DENIED_CLINICAL.test(s)) continue;
    // The member's own state, not a wish ("I wanted to stay close to clinical medicine") nor a reason
    // for the program ("governance, local validation and staying clinical").
    const before = s.slice(0, claim.index);
    const countsAs = /^(?:counts?|count(?:ed|ing)|qualif|is\b|as\b|like\b|equals?|same\b)/i.test(claim[0]);
    if (
      (!countsAs && !/\b(?:i|me|my|i'm)\b/i.test(before + claim[0])) ||
      /\b(?:want(?:ed)?|wish(?:ed)?|hope[ds]?|plan(?:ned)?|tr(?:y|ied)|aim(?:ed)?|like)\s+to\s*$/i.test(before)
    )
      continue;
    const context = `${all[i - 1]?.text ?? ''} ${s}`;
    if (!NON_CLINICAL_WORK.test(context) || OWN_PATIENT_CARE.test(context)) continue;
    return [
      {
        id: 'non-clinical-as-clinical',
        quote: all[i]?.quote ?? s,
        message: NON_CLINICAL_MESSAGE,
        source: 'red-flags#clinical-currency',
      },
    ];
  }
  return [];
}

function foreignResidencyClaims(answer: string): FactClaim[] {
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
