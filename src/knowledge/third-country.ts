/**
 * A J-1 physician who names a third country for the two years of the home-country physical
 * presence requirement ("I worked in Saudi for 3 years after my J-1, does that count for the 2-year
 * home rule?", "can I do the 2 years in Dubai instead of going back to Pakistan?").
 *
 * The curated answers on the rule say what it blocks and how it is waived; read alone they never
 * tell this member the one fact that decides their case: "home" is the country of nationality or of
 * the last legal permanent residence (22 CFR 62.2, cited in visas#j1-sponsorship), so time in any
 * other country does not count. The answer leads with that fact whenever a third country is named
 * as the place of the two years; a member who names their own country ("back home to India") is
 * not given it.
 */
import { isYesNoQuestion } from './question-form.js';
import { normalizeText } from './text.js';

/** The J-1 (or its sponsor) told, so the two years named are the J-1 rule's. */
const J1_TOLD = /\bj ?1\b|\becfmg\b|\bexchange visitor\b|\b212 ?e\b/;

/** The requirement itself, by any of its names. */
const RULE_TOLD =
  /\b(?:two|2)[ -]?(?:years?|yrs?)\b|\bhome (?:country |residen\w* |return |physical presence )?(?:rule|requirement)\b|\b212 ?e\b|\bhome residency\b|\bphysical presence\b/;

/** Countries and regions members name; the rule reads any of them the same way. */
const PLACES =
  'saudi arabia|saudi|ksa|uae|united arab emirates|emirates|dubai|abu dhabi|sharjah|qatar|doha|kuwait|oman|muscat|bahrain|the gulf|gulf|uk|united kingdom|england|britain|scotland|ireland|canada|australia|new zealand|germany|france|europe|singapore|malaysia|india|pakistan|egypt|nigeria|bangladesh|sudan|jordan|lebanon|iraq|iran|syria|yemen|libya|morocco|tunisia|algeria|kenya|ghana|ethiopia|uganda|tanzania|south africa|philippines|indonesia|nepal|sri lanka|china|japan|korea|brazil|mexico|turkey|russia|ukraine|africa|the middle east';

/** Time spent, or to be spent, in a place ("worked in Saudi", "went to UAE", "the 2 years in Dubai", "the Qatar time"). */
const TIME_IN = new RegExp(
  String.raw`\b(?:work\w*|lived|living|live|spent|spend|spending|stay\w*|moved?|moving|went|go|going|relocat\w*|been|practi[cs]\w*|jobs?|employed|do|doing|did|serve[ds]?|serving|years?|yrs|time|months)\b(?: [\w-]+){0,5} (?:in|to|at) (?:the )?(${PLACES})\b|\b(?:the |my )?(${PLACES}) (?:time|years?|yrs|stint|job|work|experience|period)\b`,
  'g',
);

/** The member says the place is home (nationality, birth, permanent residence): the time there is what the rule asks. */
function toldAsHome(text: string, place: string): boolean {
  const p = place.replace(/^the /, '');
  return new RegExp(
    String.raw`\bback (?:home )?(?:to|in) (?:the )?${p}\b|\bhome(?: country)?(?:,| is| in| of| =| to)? (?:the )?${p}\b|\b${p}(?:,)? (?:is |was )?(?:my|our) (?:home|country|nationality)\b|\b(?:from|citizen of|national of|born in|grew up in|passport of|nationality) (?:the )?${p}\b|\b${p} (?:citizen|national|passport|nationality|born)\b|\bpermanent (?:resident|residence|residency)\b[^.?!]{0,40}\b${p}\b|\b${p}\b[^.?!]{0,40}\bpermanent (?:resident|residence|residency)\b`,
  ).test(text);
}

/** "Another country", "a third country", "outside my home country": a third country without a name. */
const OTHER_COUNTRY = /\b(?:another|a third|third|a different|different|other|some other) country\b|\b(?:outside|not in|other than) (?:my )?(?:home )?country\b/;

/**
 * The member asks whether that time counts, or whether they may spend the two years there. (Not
 * whether the rule applies at all: "I did residency in Pakistan, then a J-1; does the rule apply
 * to me?" tells training before the J-1, not a place for the two years.)
 */
const ASKS_COUNTS =
  /\b(?:count|counts|counted|counting|satisf\w*|fulfil\w*|meet|meets|met|done|over|finished|free of|cleared|instead|enough)\b|\b(?:do|spend|serve|complete|fulfil\w*|finish) (?:the |my |those |these )?(?:two|2)[ -]?(?:years?|yrs?) (?:in|at)\b/;

/**
 * The third country the member names as the place of the rule's two years: its name, "another
 * country" when unnamed, undefined when none is named or every place named is the member's home.
 */
export function thirdCountryNamed(question: string): string | undefined {
  const text = normalizeText(question);
  // (The J-1 may go unsaid when the two years are set against going back: "can I do the 2 years in
  // Dubai instead of going back to Pakistan?")
  if (!(J1_TOLD.test(text) || /\b(?:home|back)\b/.test(text)) || !RULE_TOLD.test(text)) return undefined;
  if (!isYesNoQuestion(question) || !ASKS_COUNTS.test(text)) return undefined;
  // "I left the US after my J-1 and have lived in Egypt since": the one place named after leaving is
  // most likely home; without a sign that it is not ("instead of", "not my home", a second country),
  // whether the rule is met stays the general answer's, with no lead.
  if (
    /\b(?:left|leaving|after leaving|went back from|returned from) (?:the )?(?:us|usa|u s|united states|america|states)\b/.test(text) &&
    !/\binstead of\b|\bnot (?:my )?(?:home|country)\b|\bthird country\b/.test(text)
  )
    return undefined;
  for (const m of text.matchAll(TIME_IN)) {
    const place = (m[1] ?? m[2] ?? '').trim();
    // "went back home to India": the span itself says home.
    if (!place || /\b(?:back|home)\b/.test(m[0]) || toldAsHome(text, place)) continue;
    return place;
  }
  return OTHER_COUNTRY.test(text) ? 'another country' : undefined;
}

/** A country's name as members write it, for the reply ("saudi" → "Saudi", "uae" → "UAE"). */
function displayName(place: string): string {
  if (/^(?:uae|uk|ksa)$/.test(place)) return place.toUpperCase();
  return place.replace(/\b([a-z])/g, (c) => c.toUpperCase()).replace(/^The /, 'the ');
}

export function thirdCountryLead(place: string): string {
  const where = place === 'another country' ? 'in a third country' : `in ${displayName(place)}`;
  return `**No, unless that country is your home in the rule's sense.** For the J-1 two-year home-country physical presence requirement, "home" means your country of nationality or the country of your last legal permanent residence (22 CFR 62.2). Time spent living or working ${where}, when it is neither, does not count toward the two years, however long it was; only time physically present in your home country does, unless a waiver lifts the requirement. Confirm your own case with ECFMG and an immigration attorney. [visas#j1-sponsorship]`;
}

/**
 * Puts the third-country fact in front of an answer about the two-year rule when the member names
 * a third country for it, and takes away any yes or no the answer led with (its facts stay after).
 */
export function withThirdCountry<A extends { answer: string; covered: boolean; lead?: 'yes' | 'no' | 'depends' }>(question: string, a: A, noWord?: string): A {
  if (!a.covered) return a;
  const place = thirdCountryNamed(question);
  if (!place) return a;
  let body = a.answer.replace(/^\*\*(?:Yes|No|It depends:?)\.?\*\*\s*/i, '');
  if (noWord && body.startsWith(noWord)) body = body.slice(noWord.length).trimStart();
  const answer = `${thirdCountryLead(place)}\n\n${body}`;
  // One yes/no question is answered No; with a second question in the message the fact comes first
  // and no word is given for the whole.
  if ((question.match(/\?/g) ?? []).length <= 1) return { ...a, answer, lead: 'no' };
  const { lead: _dropped, ...rest } = a;
  return { ...rest, answer } as A;
}
