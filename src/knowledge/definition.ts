/**
 * Definition requests ("what's ABPM?", "what does FHIR stand for", "define HL7", "CMIO meaning"):
 * the member asks what a named thing IS, so the answer is the guide sentence that says what it
 * is, not the passage that retrieval ranks best on the term's other words (a question about ABPM
 * is not one about the practice pathway ABPM once ran).
 *
 * Reading, in two steps:
 * 1. The request's form: the asking clause is a copula or "mean / stand for / refer to" question,
 *    or an imperative ("define", "explain what"), whose object is a short noun phrase. The phrase
 *    must name something the guides name: a glossary term or expansion, or a form the guide text
 *    itself uses as a name (an acronym, a capitalised name, a hyphenated compound, a label). A
 *    phrase that is a description ("the best way to ask my PD") names nothing and is left to the
 *    rest of the pipeline, and so is a name the guides never use ("a CPA").
 * 2. The defining sentence: of every guide sentence that uses the name, the one whose structure
 *    defines it wins (the name as subject of "is / are / means / refers to", a label followed by
 *    its gloss, "counts as X", "being an X is…", a parenthetical naming followed by what it
 *    does). When the guides only spell the name out or mention it, the answer says so and shows
 *    where, instead of passing an unrelated passage off as a definition.
 */
import { GLOSSARY } from './glossary.js';
import type { GuidePassage } from './passages.js';
import type { KnowledgeIndex } from './retrieval.js';
import { escapeRegExp as escape } from '../core/regex.js';

export interface DefinitionAnswer {
  answer: string;
  /** `doc#section` of the cited passage. */
  ref: string;
  /** 3 or more: the guides define it; 2: they name or spell it out; 1: they only mention it. */
  strength: number;
  term: string;
}

/** Function words that may follow a name inside the noun phrase ("CDS in informatics", "the Conrad 30 thing people mention"). */
const PHRASE_TAIL = new Set(['in', 'for', 'on', 'of', 'at', 'when', 'that', 'which', 'people', 'thing', 'things', 'exactly', 'everyone', 'you', 'i', 'we', 'they', 'here', 'actually', 'again', 'about', 'with', 'used', 'mentioned']);

/** Words that open a description rather than a name: "what is the best way…", "what is a strong letter…". */
const NOT_A_NAME = /^(?:best|right|good|better|worst|difference|point|deal|process|chance|rule|way|limit|deadline|timeline|cost|fee|plan|problem|issue|reason|purpose|meaning|difference)\b/;

const DETERMINER = /^(?:an?|the|this|that|these|those)\s+/;

/**
 * Head nouns that ask for a thing's contents, not for what it is: "what is the AMIA match
 * calendar?" wants the dates, "what are the ERAS fees?" the amounts. The name before them
 * ("AMIA match") is only the modifier.
 */
const CONTENT_HEAD = /^(?:calendar|schedule|timeline|timetable|dates?|deadlines?|fees?|costs?|prices?|requirements?|rules|steps|process|procedure|results?|statistics|stats|numbers|figures)$/;

/** The phrase's head: its last word before the first function word of a tail ("calendar for this cycle" → "calendar"). */
function headOf(phrase: string): string {
  const words = phrase.split(' ');
  const tail = words.findIndex((w, i) => i > 0 && (PHRASE_TAIL.has(w) || w === 'this' || w === 'next'));
  return (tail > 0 ? words[tail - 1] : words[words.length - 1]) ?? '';
}

/** The phrase a definition request asks about, in the member's words (lower case), or undefined. */
export function definitionTarget(question: string): string | undefined {
  let text = question
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  // Only the last sentence asks ("sorry if dumb q but what does ABPM stand for").
  text = text.replace(/[?!.\s]+$/, '');
  const lastStop = Math.max(text.lastIndexOf('. '), text.lastIndexOf('? '), text.lastIndexOf('! '));
  if (lastStop >= 0) text = text.slice(lastStop + 2);
  const forms: RegExp[] = [
    // what is / what's / whats / what are (…) X (exactly)
    /(?:^|\b(?:but|so|and|ok|okay|,)\s*|^.*?,\s*)wh?at(?:\s+exactly)?\s*(?:'s|s\b|\s+is|\s+are)\s+(?:exactly\s+|actually\s+)?(.+)$/,
    // what does / do X mean / stand for / refer to / do
    /(?:^|\b)what\s+(?:does|do)\s+(.+?)\s+(?:mean|stand for|refer to|do)(?:\s+exactly)?$/,
    // define X / definition of X / meaning of X / explain what X is
    /(?:^|\b)(?:define|definition of|meaning of|explain what)\s+(.+?)(?:\s+(?:is|are|means))?(?:\s+for me)?$/,
    // X meaning / X definition / X stands for what / X means what / X = ?
    /^(.+?)\s*(?:\s(?:meaning|definition|stands for what|means what|mean)|=)$/,
  ];
  for (const form of forms) {
    const m = form.exec(text);
    const phrase = m?.[1]?.trim().replace(DETERMINER, '').replace(/\s+exactly$/, '');
    if (phrase && phrase.split(' ').length <= 8 && !NOT_A_NAME.test(phrase) && !CONTENT_HEAD.test(headOf(phrase))) return phrase;
  }
  return undefined;
}

/** True when a curated phrasing itself asks what `term` is ("what is SOAP?" does not define the Match). */
export function asksDefinitionOf(phrasing: string, term: string): boolean {
  const target = definitionTarget(phrasing)?.split(' ');
  if (!target) return false;
  // The phrase is the term, or the term followed by its context ("SOAP in the match").
  return target.some((_, n) => squash(target.slice(0, n + 1).join(' ')) === squash(term) && (n + 1 === target.length || PHRASE_TAIL.has(target[n + 1]!)));
}

const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

interface NameForms {
  /** How to call it in the answer. */
  term: string;
  /** Every written form to look for in the guides (term, expansion). */
  forms: string[];
}

/** A phrase the guides use as a name: an acronym, a capitalised name, a hyphenated compound. */
function namedInGuides(phrase: string, passages: readonly GuidePassage[]): NameForms | undefined {
  const re = new RegExp(`(?<![A-Za-z0-9-])${escape(phrase).replace(/\\-|\s+/g, '[-\\s]?')}s?(?![A-Za-z0-9])`, 'i');
  for (const p of passages) {
    for (const s of p.sentences) {
      const m = re.exec(s.text);
      if (!m) continue;
      const written = m[0];
      // A name, not an ordinary phrase: two capitals, a digit, a hyphen, or a capital inside a sentence.
      if (/[A-Z][^A-Z]*[A-Z]|\d|-/.test(written) || (m.index > 0 && /^[A-Z]/.test(written))) return { term: written, forms: [written] };
      // …or the label of a list item the guide defines ("**Medication reconciliation.** Comparing…").
      if (m.index === 0 && s.text.trim().replace(/[.:]\s*$/, '').length <= written.length + 1) return { term: written, forms: [written] };
    }
  }
  return undefined;
}

/** The name a phrase stands for: a glossary term or expansion, or a name the guide text uses. */
function resolveName(phrase: string, passages: readonly GuidePassage[]): NameForms | undefined {
  const words = phrase.split(' ');
  // The longest opening of the phrase that is a name, the rest being its context ("CDS in informatics").
  for (let n = words.length; n >= 1; n--) {
    if (n < words.length && !PHRASE_TAIL.has(words[n]!)) continue;
    const candidate = words.slice(0, n).join(' ');
    for (const variant of [candidate, candidate.replace(/s$/, '')]) {
      const key = squash(variant);
      if (key.length < 2) continue;
      const entry = GLOSSARY.find((e) => squash(e.term) === key || (e.expansion && squash(e.expansion) === key));
      if (entry) return { term: entry.term, forms: [entry.term, entry.expansion].filter((f) => f && squash(f) !== squash('the Match')) };
      const named = namedInGuides(variant, passages);
      if (named) return named;
    }
  }
  return undefined;
}

const PREDICATE_STOP = new Set(['and', 'or', 'of', 'in', 'for', 'to', 'with', 'the', 'a', 'an', 'at', 'on', 'from', 'required', 'meetings']);

/** The patterns that find one written form of a name, and the defining structures around it, compiled once per request. */
interface FormPatterns {
  form: string;
  uses: RegExp;
  defines: RegExp[];
  label: RegExp;
  apposition: RegExp;
  naming: RegExp;
  subject: RegExp;
}

function formPatterns(form: string): FormPatterns {
  const f = escape(form).replace(/\\-|\s+/g, '[-\\s]?');
  const name = `${f}s?(?![A-Za-z0-9])`;
  const paren = `(?:\\s*\\([^)]*\\))?`;
  return {
    form,
    uses: new RegExp(`(?<![A-Za-z0-9-])${name}`, 'i'),
    // The name as subject of a defining verb, a label with its gloss, "being an X is", "(X is …)", "counts as X".
    defines: [
      new RegExp(`^(?:the |an? )?${name}${paren}(?:\\s+(?:is|are|means|refers to|stands for)\\b|\\s*(?:-|–|—|:)\\s)`, 'i'),
      new RegExp(`^being (?:an? )?${name} is\\b`, 'i'),
      new RegExp(`\\(${name} (?:is|are|means)\\b`, 'i'),
      new RegExp(`\\bcounts? as (?:an? )?${name}`, 'i'),
    ],
    label: new RegExp(`^${name}(?:\\s+\\w+)?\\.?$`, 'i'),
    apposition: new RegExp(`\\(${name},`, 'i'),
    // A parenthetical naming: "Graduate Medical Education Committee (GMEC) reviews…", "ABPM (American Board…) accepts…".
    naming: new RegExp(`(?:${name}\\s*\\(([A-Z][^)]+)\\)|((?:[A-Z][\\w-]*\\s+(?:(?:of|and|for|the)\\s+)?){2,})\\(${name}(?:,[^)]*)?\\)|\\(${name},[^)]*\\))\\s*,?\\s*(\\w+)?`, 'i'),
    subject: new RegExp(`^(?:the |an? )?${escape(form)}\\b`, 'i'),
  };
}

/** How strongly a sentence defines one of the forms (0: it does not use it). */
function definingStrength(sentence: string, forms: readonly FormPatterns[], next: string | undefined): number {
  let best = 0;
  for (const p of forms) {
    if (!p.uses.test(sentence)) continue;
    let s = 1;
    const words = sentence.split(/\s+/).length;
    if (words >= 6 && p.defines.some((re) => re.test(sentence))) s = 4;
    // A short label sentence ("Cap-exempt employers.") whose gloss is the next sentence.
    else if (words <= 3 && p.label.test(sentence) && next) s = 4;
    // "(Conrad 30, requested by a state health department)": an apposition glossing the phrase before it.
    else if (words >= 6 && p.apposition.test(sentence)) s = 3;
    else {
      // (The bracket holds an expansion, "(American Board…)", or follows one, "Graduate Medical
      // Education Committee (GMEC)"; "ERAS (or other)" and "US (ACGME)" name nothing.)
      const named = p.naming.exec(sentence);
      const expansion = named?.[1];
      const before = named?.[2]?.trim().split(/\s+/) ?? [];
      const spelled = expansion ?? named?.[2];
      if (named && (spelled === undefined || spellsOut(p.form, spelled)) && (named[2] === undefined || before.filter((w) => /^[A-Z]/.test(w)).length >= 2)) {
        const after = named[3] ?? '';
        s = words >= 6 && after && !PREDICATE_STOP.has(after.toLowerCase()) && /^[a-z]/.test(after) ? 3 : 2;
      }
    }
    best = Math.max(best, s);
  }
  return best;
}

/**
 * One side of "X (Y)" spells the other out: an abbreviation's letters appear in order in the
 * longer side, from its first letter ("ABPM" in "American Board of Preventive Medicine", not in
 * "July cycle" or "US"). A side that is no abbreviation is taken as it is.
 */
function spellsOut(a: string, b: string): boolean {
  const [short, long] = a.replace(/[^A-Za-z]/g, '').length <= b.replace(/[^A-Za-z]/g, '').length ? [a, b] : [b, a];
  if (!/^[A-Z0-9-]{2,}$/.test(short.trim())) return true;
  const letters = short.toLowerCase().replace(/[^a-z]/g, '');
  // (From the first word that starts like the abbreviation: "the institution's Graduate…".)
  const all = long.toLowerCase().replace(/[^a-z\s]/g, ' ').trim().split(/\s+/);
  const from = all.findIndex((w) => w[0] === letters[0]);
  if (!letters || from < 0) return false;
  const words = all.slice(from).join(' ');
  let k = 0;
  for (const ch of words.replace(/\s+/g, '')) if (ch === letters[k]) k++;
  return k >= letters.length;
}

const cite = (p: GuidePassage): string => `[${p.doc}#${p.section}]`;
const clean = (s: string): string => s.replace(/\s*\((?:see|details in)\b[^)]*\)/gi, '').trim();

/**
 * The answer to a definition request from the guides, or undefined when the question is not one
 * or names nothing the guides use (the rest of the pipeline, or scope, decides then).
 */
export function definitionAnswer(index: KnowledgeIndex, question: string, audience?: string): DefinitionAnswer | undefined {
  const phrase = definitionTarget(question);
  if (!phrase) return undefined;
  const allowed = new Set(index.guides.filter((g) => !audience || g.audience === 'all' || g.audience === audience).map((g) => g.id));
  const passages = [...index.passages.values()].filter((p) => allowed.has(p.doc) && !p.disclaimer);
  const name = resolveName(phrase, passages);
  if (!name) return undefined;
  const forms = name.forms.map(formPatterns);
  const namesIt = (heading: string): boolean => name.forms.some((f) => heading.toLowerCase().includes(f.toLowerCase()));
  // (…then to a sentence whose subject it is: "NRMP Main Residency Match: apply…", "ECFMG says…".)
  const subject = (t: string): boolean => forms.some((f) => f.subject.test(t));
  let best: { passage: GuidePassage; i: number; strength: number; headed: boolean } | undefined;
  for (const p of passages) {
    const headed = namesIt(p.heading);
    p.sentences.forEach((s, i) => {
      if (s.meta || /\?\s*$/.test(s.text)) return;
      const strength = definingStrength(s.text, forms, p.sentences[i + 1]?.text);
      // Ties go to the section whose heading names it, then to the first met.
      const better = best !== undefined && headed === best.headed && subject(s.text) && !subject(best.passage.sentences[best.i]!.text);
      if (strength && (!best || strength > best.strength || (strength === best.strength && ((headed && !best.headed) || better)))) best = { passage: p, i, strength, headed };
    });
  }
  if (!best) return undefined;
  const { passage, i, strength } = best;
  // An ordinary word of the glossary ("match", "gap") that no sentence defines is no name to
  // report on: the rest of the pipeline answers.
  if (strength < 3 && !/[A-Z]{2}|\d|-/.test(name.term)) return undefined;
  const sentences = passage.sentences;
  const first = clean(sentences[i]!.text);
  // A label sentence brings its gloss; a defining sentence may bring one short follow-up.
  const taken = [first];
  const follow = sentences[i + 1];
  // (Only a gloss that still speaks of the name, and not a lead-in to a list: "It covers your
  // medical school credentials…" after "Being an IMG is…" is about ECFMG certification.)
  const label = first.split(/\s+/).length <= 3;
  const speaksOfIt = follow !== undefined && definingStrength(follow.text, forms, undefined) > 0;
  if (follow && !follow.meta && !follow.text.trim().endsWith(':') && (label || (strength >= 3 && speaksOfIt && first.length + follow.text.length <= 320))) taken.push(clean(follow.text));
  const joined = taken.join(' ');
  const quoted = `${joined.charAt(0).toUpperCase()}${joined.slice(1)}`;
  const term = name.term;
  const answer =
    strength >= 3
      ? `${quoted} ${cite(passage)}`
      : strength === 2
        ? `The guides name ${term} without defining it further; where they introduce it: ${quoted} ${cite(passage)}`
        : `The guides mention ${term} but don't define it; where it comes up: ${quoted} ${cite(passage)}`;
  return { answer, ref: `${passage.doc}#${passage.section}`, strength, term };
}
