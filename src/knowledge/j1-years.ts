/**
 * The years of clinical training a member tells on a J-1, added up: "3 yrs IM + 3 yrs cardiology
 * fellowship on J1, now CI 2 years also on J1?" is eight. ECFMG's J-1 sponsorship for clinical
 * training is generally limited to seven years in total (visas guide, j1-sponsorship), so a plan
 * past that is a question about the limit, and a "Yes" to it would be wrong.
 *
 * Only spans tied to training are counted (a number of years next to a residency, a fellowship, a
 * specialty or "training"), not the two-year home rule, years since graduation or ages.
 */
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 };
const TRAINING =
  /\b(?:residency|residencies|fellowships?|training|im|internal medicine|family medicine|fm|pediatrics|peds|cardiology|cards|nephrology|gi|gastro\w*|pulm\w*|oncology|heme\w*|surgery|neurology|psychiatry|ci|clinical informatics|informatics|anesthesi\w*|radiology|pathology|em|emergency medicine)\b/i;
/** A span: a number and "year(s)/yr(s)", hyphenated or not ("3-year", "3 yrs", "two years"). */
const SPAN = /\b(\d|one|two|three|four|five|six|seven|eight)[\s-]*(?:years?|yrs?)\b/gi;
/** Spans that are not training: the home rule, time since something, ages, deadlines. */
const NOT_TRAINING = /^(?:\s*(?:home|in (?:my |the )?home|rule|requirement|ago|since|after graduation|gap|old|back home|abroad|waiver|of (?:work|service|practice)))/i;

const J1 = /\bj[\s-]?1\b/i;
/** Words that make the span after them a limit, not training: "maximum 7 years", "up to seven years". */
const LIMIT_BEFORE = /\b(?:max(?:imum)?|limit(?:ed)?(?: (?:to|of|is))?|up ?to|at most|allowed|cap(?:ped)?(?: at)?|only)\s*(?:is\s*)?$/i;

/** The total of the training years told in a message that names a J-1, when it tells two spans or more. */
export function j1YearsTold(message: string): number | undefined {
  if (!J1.test(message)) return undefined;
  let total = 0;
  let spans = 0;
  for (const m of message.matchAll(SPAN)) {
    const word = (m[1] ?? '').toLowerCase();
    const n = /^\d$/.test(word) ? Number(word) : NUMBER_WORDS[word];
    if (!n) continue;
    const at = m.index ?? 0;
    const after = message.slice(at + m[0].length, at + m[0].length + 40);
    if (NOT_TRAINING.test(after)) continue;
    // (The training it counts is named within a few words either side: "3 yrs IM", "CI 2 years".)
    const before = message.slice(Math.max(0, at - 30), at).split(/\s+/).slice(-3).join(' ');
    // The limit itself told ("J-1 is maximum 7 years. I will do IM 3 years…") is not a span of
    // the plan (ask59); and training named after a span counts only inside its own sentence.
    if (LIMIT_BEFORE.test(before)) continue;
    const next = (after.split(/[.!?;]/)[0] ?? '').split(/\s+/).slice(0, 5).join(' ');
    if (!TRAINING.test(next) && !TRAINING.test(before)) continue;
    total += n;
    spans++;
  }
  return spans >= 2 ? total : undefined;
}

/** ECFMG's usual total for J-1 clinical training (visas guide, j1-sponsorship). */
export const J1_CLINICAL_YEARS = 7;

/** The years told when they pass the usual total: the question is then about that limit. */
export function j1YearsPastLimit(message: string): number | undefined {
  const years = j1YearsTold(message);
  return years !== undefined && years > J1_CLINICAL_YEARS ? years : undefined;
}

/** Whether an answer states the seven-year limit (the curated entries say "seven years"). */
export const statesJ1Limit = (answer: string): boolean => /\bseven years\b/i.test(answer);

/**
 * The length of J-1 training itself, asked: "how many years can I stay on J-1 in total?", "what's
 * the max time on a J1 for residency + fellowship", "is there a limit on how long ECFMG sponsors
 * me?". That is the seven-year limit whatever else the message tells (years done, a fellowship's
 * "two years"), not the two-year home rule, a waiver's service years or the 30 days to leave,
 * which ask about time after training and are left to their own answers.
 */
const ASKS_LENGTH =
  /\bhow (?:long|many (?:more )?(?:years?|yrs?))\b|\b(?:max(?:imum)?|total|time|year) limit\b|\blimit(?:ed)? (?:on|to|of|for)\b|\b(?:max(?:imum)?|longest)\b(?: \w+){0,3} (?:time|years?|yrs?|duration|length)\b|\bin total\b/i;
const AFTER_TRAINING =
  /\b(?:home|return|go back|two[\s-]year rule|2[\s-]year rule|212\s*\(?e|waiver|conrad|grace|30 days|after (?:my |the )?(?:training|residency|fellowship|j[\s-]?1) (?:ends|is over|finishes)|h[\s-]?1b?\b|green card)/i;

/**
 * How long a document or a step takes to come ("statement of need … how long it takes", "how long
 * does the DS-2019 take to process") asks about that paperwork, not about the years a J-1 lasts.
 */
const PAPERWORK =
  /\b(?:statement of need|son|ds[\s-]?2019|paperwork|documents?|letter|processing|to (?:process|issue|arrive|come|get it)|(?:it|they|this|that) takes?|does it take|will it take)\b/i;

export function asksJ1Length(message: string): boolean {
  return J1.test(message) && ASKS_LENGTH.test(message) && !AFTER_TRAINING.test(message) && !PAPERWORK.test(message);
}
