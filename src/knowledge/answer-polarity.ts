/**
 * A yes or no read from the answer's own opening sentence (round ask59).
 *
 * The curated leads (`leadWord`) need a phrasing with a known answer that holds nearly all of the
 * member's words, so most yes/no questions got no word even when the sentence the reply opens with
 * plainly says no ("A Step you have passed is not taken again", "scribe work is not US clinical
 * experience"). Here the opening sentence itself is read: when it denies the very thing the member
 * asks about (the denied words carry the question's own content) the reply may lead "No"; when it
 * grants what a "can I…?" or "do I need…?" asks, in the same modal and about the same content, it
 * may lead "Yes". Anything less plain gets no word: a condition ("unless", "only if", "some
 * programs"), a contrast that denies something else ("ERAS, not the NRMP" for a question about
 * ERAS), a question turned around by its own negation, or two questions in one message.
 */
import { meaningOf } from './meaning.js';
import { propositionOf } from './proposition.js';
import { askedPart, isYesNoQuestion, questionClause } from './question-form.js';
import { normalizeText } from './text.js';

/** Words that carry no content of their own for this comparison. */
const WEAK = new Set(['program', 'usa', 'informatic', 'img', 'thi', 'ok', 'good', 'way', 'realli', 'actual', 'just', 'still', 'true', 'need', 'can', 'get', 'go', 'do', 'make', 'us', 'want', 'know', 'right', 'even', 'also', 'time', 'year', 'yr', 'now', 'one', 'thing']);

/** A negation cue on a predicate, read in normalised text (apostrophes dropped). */
const NEGATION = /\b(?:not|cannot|cant|never|no longer|neither|nor|(?:do|does|is|are|wo|did|should|could|would|has|have|was|were|must|need|ai)nt)\b/;

/** In a guide's sentence a determiner denies as plainly: "you need no US licence", "nothing asks you to". */
const SENTENCE_NEGATION = new RegExp(`${NEGATION.source}|\\b(?:no|none|nothing|neither)\\b`);

/** The sentence opens a condition or a split answer: its word would hold for one case only. */
const CONDITIONAL = /^(?:if|when|unless|only|some|it depends|depending|whether|for (?:a|an|the|some|most)\b|as long as|once|after|before|until|in (?:some|many|most)\b|most|many|few|each|every program)\b|\b(?:unless|except|only if|only when|only after|only once|only through|depends|depend on|varies|vary|differs?|some programs|some do|others do|case by case|each program|each one|your program|the program decides|may or may not|not always|not necessarily|not automatically|not by itself|not on its own|not alone|not only|not just|not yet|not unless|usually|often|rarely|sometimes|generally|typically|normally|mostly|can be|may be|might)\b/;

/** Words that grant a permission, by the modal a "can I / may I / is it possible" question uses. */
const GRANTS = /\b(?:you can|you may|you could|you are allowed to|is allowed|are allowed|is possible|is permitted|are permitted|you are free to|can still|may still|is fine|is open to you)\b/;
/** Words that state a requirement, for a "do I need / must I / is X required" question. */
const REQUIRES = /\b(?:you need|you must|you have to|is required|are required|requires?|must be|has to be|have to be|is needed|are needed|is mandatory)\b/;

const ASKS_PERMISSION = /^(?:\S+ ){0,4}(?:can|could|may)\b|\b(?:is it|it is) (?:possible|allowed|ok|okay|fine)\b|\b(?:allowed|permitted) to\b/;
const ASKS_REQUIREMENT = /\b(?:need|needs|required|require|requires|must|mandatory|have to|has to|necessary|compulsory)\b/;

/** Plain content features of a text, without weak words or concept ids that repeat a word. */
function content(text: string): Set<string> {
  // (Plain words only: a concept's glossary and entity ids repeat a word already counted.)
  return new Set([...meaningOf(text).features].filter((f) => !WEAK.has(f) && !f.includes(':')));
}

/**
 * The part of a sentence a negation cue governs: from the cue to the end of its clause (the next
 * comma, semicolon, colon or "but"), and the subject just before it when the cue negates a verb
 * ("X is not Y", "X does not count") rather than a noun phrase after a comma ("…, not the NRMP").
 */
function negatedScopes(sentence: string): string[] {
  const out: string[] = [];
  const re = new RegExp(SENTENCE_NEGATION.source, 'g');
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const after = sentence.slice(m.index).split(/[,;:]|\bbut\b|\band (?:you|it|they|that)\b/)[0] ?? '';
    const before = sentence.slice(0, m.index);
    // An instruction after a colon or semicolon ("Hardware: …; do not interview from your phone")
    // is a main clause of its own.
    const instruction = (m[0] === 'not' && /[;:]\s*do\s*$/.test(before)) || (/^(?:dont|never)$/.test(m[0]) && /[;:]\s*$/.test(before));
    // "…, not the NRMP", "…but not work": a contrast denies only the phrase after it, and whether
    // that phrase is what was asked or only compared with it is too close to call: no scope.
    if (!instruction && (/(?:[,;:]|\bbut|\band)\s*$/.test(before) || /\brather than\b|\binstead of\b/.test(before.slice(-20)))) return [];
    // Otherwise the denial must be in the sentence's main clause: not after a colon or semicolon,
    // nor in a clause joined by a comma and a conjunction ("…, and after four tries you cannot…").
    // (A list in the subject, "a title, a specialisation or a certificate … is not…", is fine.)
    if (!instruction && (/[;:]/.test(before) || /,\s*(?:and|but|so|or|while|whereas|although|though|after|once|if|when|unless|because|since|as)\b/.test(before))) return [];
    out.push(instruction ? after : `${before} ${after}`);
  }
  return out;
}

/** The share of the asked content found in a text, and whether that content is named at all. */
function share(asked: Set<string>, text: string): number {
  if (!asked.size) return 0;
  const said = content(text);
  return [...asked].filter((f) => said.has(f)).length / asked.size;
}

/**
 * "yes", "no" or nothing, from the reply's opening sentence, for a single yes/no question asked
 * without a negation of its own. `opening` is that sentence without citations or bold marks.
 */
export function openingSentenceLead(question: string, opening: string): 'yes' | 'no' | undefined {
  if (!isYesNoQuestion(question)) return undefined;
  // Two questions in one message may have different answers.
  if (question.split('?').filter((s) => s.trim() && isYesNoQuestion(`${s}?`)).length > 1) return undefined;
  const clause = askedPart(questionClause(question));
  // A question turned around ("isn't a master's enough?", "you don't need…, right?") or asking
  // whether something is already done for the member is left to the curated phrasings.
  if (NEGATION.test(clause) || /\b(?:without|no|none|nothing|skip|instead)\b/.test(clause)) return undefined;
  const kind = propositionOf(question);
  if (kind === 'done') return undefined;
  const sentence = normalizeText(opening).trim();
  if (!sentence || /:$/.test(opening.trim()) || /\?/.test(opening)) return undefined;
  if (CONDITIONAL.test(sentence)) return undefined;
  // A sentence that denies one thing "but" grants another ("needs no visa but still needs ECFMG
  // certification") answers two questions; one about what the guides hold ("the guides give no
  // cut-off") answers none.
  if (/\bbut\b/.test(sentence) || /^(?:the guides|we|our|nothing we)\b/.test(sentence)) return undefined;
  // A question that asks for a judgement ("too late to apply?", "is it a red flag?", "will it
  // hurt?") is settled only by a sentence that makes the same judgement in its words.
  const judgement = /\btoo \w+|\b(?:bad|red flags?|hurt\w*|problem\w*|issues?|wrong|disqualif\w*|harm\w*|risk\w*|late|early|worse|weak\w*|legit\w*|normal|rude)\b/.exec(clause);
  if (judgement && !new RegExp(`\\b${judgement[0].replace(/\W+/g, '\\W+')}`).test(sentence)) return undefined;
  const asked = content(clause);
  // At least two things asked, and the sentence speaks about most of them.
  if (asked.size < 2 || share(asked, sentence) < 0.5) return undefined;
  if (SENTENCE_NEGATION.test(sentence)) {
    // Every cue must deny something asked: a sentence that denies one thing asked and another
    // thing beside it is not plain enough.
    const scopes = negatedScopes(sentence);
    if (!scopes.length || !scopes.every((s) => [...content(s)].some((f) => asked.has(f)))) return undefined;
    // Denying a permission answers "can I"; denying a requirement answers "do I need": the modal
    // of the sentence must be the one asked about, else a "not required" would answer "can I".
    const deniesRequirement = /\b(?:not|never) (?:\w+ )?(?:required|needed|necessary|mandatory)\b|\b(?:need not|neednt|dont need|doesnt need|do not need|does not need|not have to|no need|(?:do|does|did) not (?:require|ask for|need)|(?:dont|doesnt) (?:require|ask for)|(?:need|needs|require|requires|asks? for) no)\b/.test(sentence);
    // (…and a requirement denied settles only a question about that requirement: "ECFMG does not
    // require Step 3" answers "do I need Step 3 for the J-1?", not "will I still get the J-1?".)
    if (deniesRequirement && !ASKS_REQUIREMENT.test(clause)) return undefined;
    if (ASKS_REQUIREMENT.test(clause) && !deniesRequirement && !/\b(?:not|never) (?:accept|take|count|consider|recogni[sz]e|meet|satisf)\w*\b/.test(sentence)) return undefined;
    // "Should I…?" is settled only by the guide telling the member not to do it.
    if (kind === 'advised' && !/(?:^|[:;,.] )(?:do not|dont|never|avoid)\b/.test(sentence)) return undefined;
    return 'no';
  }
  if (kind === 'advised') return undefined;
  // A "yes" only where the sentence grants exactly what is asked, in the modal asked, and the
  // question asks one plain thing: "still", "only", "again" or two things joined ("decline and
  // apply again") turn on a detail the opening sentence may not settle.
  if (/\b(?:still|only|just|again|even|also|already|anymore|any more|and|or)\b/.test(clause)) return undefined;
  if (ASKS_PERMISSION.test(clause) && GRANTS.test(sentence) && share(asked, sentence) >= 0.6) return 'yes';
  if (ASKS_REQUIREMENT.test(clause) && REQUIRES.test(sentence) && share(asked, sentence) >= 0.6) return 'yes';
  return undefined;
}

/** The word a reply's own opening sentence gives to the question (see openingSentenceLead), if any. */
export function replyOpeningLead(question: string, reply: string): 'yes' | 'no' | undefined {
  return openingSentenceLead(question, openingOf(reply, ''));
}

/** The opening sentence of a reply, without citations, bold marks or the "no plain word" notice. */
function openingOf(answer: string, noPlainWord: string): string {
  const text = answer.replace(noPlainWord, '').replace(/\[[a-z0-9-]+#[a-z0-9-]+\]/g, ' ').replace(/\*\*/g, '').trim();
  const line = text.split('\n')[0] ?? '';
  // A sentence ends at a full stop followed by a capital (not inside "e.g." or "U.S.").
  return /^(.+?[.!?])(?=\s+[A-Z"(]|\s*$)/.exec(line)?.[1] ?? line;
}

interface Leadable {
  answer: string;
  covered: boolean;
  kind?: string;
  lead?: 'yes' | 'no' | 'depends';
}

/**
 * A reply to a yes/no question that no curated phrasing settled leads with the word its own opening
 * sentence gives, replacing the "no plain word" notice; otherwise it is returned as it was.
 */
export function withOpeningLead<T extends Leadable>(question: string, a: T, noPlainWord: string): T {
  if (!a.covered || a.lead || (a.kind !== 'faq' && a.kind !== 'guides')) return a;
  const body = a.answer.startsWith(noPlainWord) ? a.answer.slice(noPlainWord.length).trimStart() : a.answer;
  // A reply that opens on a note of its own (bold, a list, a private line) is left alone.
  if (/^(?:\*\*|[-*] |>)/.test(body)) return a;
  const word = openingSentenceLead(question, openingOf(body, noPlainWord));
  if (!word) return a;
  return { ...a, answer: `**${word === 'yes' ? 'Yes' : 'No'}.** ${body}`, lead: word };
}
