/**
 * A negative statement with a tag ("CI isn't just IT support, is it?", "I can't moonlight on a
 * J-1, can I?", "an observership isn't residency, right?") asks the plain question ("is CI just IT
 * support?", "can I moonlight on a J-1?"): an English reply answers the facts, so "No" agrees with
 * the member's guess that it is not. Read as written, the statement's own negation turned the
 * curated word around (round ask62: four "**Yes.**" leads to answers that said no). The statement
 * is rewritten as the plain question it asks before anything else reads the message; a tag that
 * does not echo the negated verb ("I don't know if I can, can I?") is left alone.
 */

/** The negated verb of the statement, and the positive form its tag and the plain question use. */
const NEGATED: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:can ?['’]?t|can not|cannot)$/, 'can'],
  [/^(?:won ?['’]?t|will not)$/, 'will'],
  [/^(?:don ?['’]?t|do not)$/, 'do'],
  [/^(?:doesn ?['’]?t|does not)$/, 'does'],
  [/^(?:didn ?['’]?t|did not)$/, 'did'],
  [/^(?:isn ?['’]?t|is not|['’]?s not)$/, 'is'],
  [/^(?:aren ?['’]?t|are not|['’]?re not)$/, 'are'],
  [/^(?:['’]?m not|am not)$/, 'am'],
  [/^(?:shouldn ?['’]?t|should not)$/, 'should'],
  [/^(?:wouldn ?['’]?t|would not)$/, 'would'],
  [/^(?:couldn ?['’]?t|could not)$/, 'could'],
  [/^(?:haven ?['’]?t|have not)$/, 'have'],
  [/^(?:hasn ?['’]?t|has not)$/, 'has'],
  [/^(?:mustn ?['’]?t|must not)$/, 'must'],
  [/^(?:needn ?['’]?t|need not)$/, 'need'],
];

const NEG_SOURCE =
  String.raw`can ?['’]?t|can not|cannot|won ?['’]?t|will not|don ?['’]?t|do not|doesn ?['’]?t|does not|didn ?['’]?t|did not|isn ?['’]?t|is not|aren ?['’]?t|are not|shouldn ?['’]?t|should not|wouldn ?['’]?t|would not|couldn ?['’]?t|could not|haven ?['’]?t|have not|hasn ?['’]?t|has not|mustn ?['’]?t|must not|needn ?['’]?t|need not|am not`;

/** "…, can I?", "…, is it?", "…, right?": the tag that closes the statement. */
const TAG = String.raw`(?:,\s*|\s+)(?:(can|will|do|does|did|is|are|am|should|would|could|have|has|must|need)\s+(i|you|u|it|they|he|she|we|there|that|this|one)|right|correct|yeah|yes)\s*\?+`;

/** A sentence: from the message start or the end of the last sentence to the tag's question mark. */
/** A pronoun with its verb contracted before "not" ("I'm not", "it's not", "they're not"). */
const CONTRACTED = String.raw`(i['’]?m|it['’]?s|that['’]?s|there['’]?s|he['’]s|she['’]?s|they['’]?re|you['’]?re|u['’]?re|we['’]re)`;
const STATEMENT = new RegExp(String.raw`(^|[.!?]\s+|\n\s*)([^.!?\n]*?)\b(?:${CONTRACTED}\s+not|(${NEG_SOURCE}))\s+([^.!?\n]*?)${TAG}`, 'i');

/** Discourse words before the subject that the plain question drops ("so", "ok", "but"). */
const OPENERS = /^(?:(?:so|ok|okay|and|but|like|also|wait|hmm+|um+|just to confirm|to confirm|quick q(?:uestion)?)[,:]?\s+)+/i;

function positiveOf(neg: string): string | undefined {
  const n = neg.toLowerCase().replace(/\s+/g, ' ').trim();
  return NEGATED.find(([re]) => re.test(n))?.[1];
}

/** The contracted "'s not", "'re not", "'m not" after a pronoun, as its verb. */
function contractedVerb(suffix: string, subject: string): string {
  const s = suffix.toLowerCase().replace(/['’]/g, '');
  if (s === 'm') return 'am';
  if (s === 're') return 'are';
  return /^(?:you|u|they|we)$/i.test(subject) ? 'are' : 'is';
}

/**
 * The message with a negative tag question rewritten as the plain question it asks, or the
 * message itself when it has none.
 */
export function withPlainTagQuestion(message: string): string {
  const m = STATEMENT.exec(message);
  if (!m) return message;
  const [whole, before = '', lead = '', contracted, negWord, rest = '', tagVerb] = m;
  const split = contracted ? /^(i|it|that|there|he|she|they|you|u|we)(['’]?(?:m|s|re))$/i.exec(contracted) : null;
  const pronoun = split?.[1];
  const contraction = split?.[2];
  const verb = pronoun ? contractedVerb(contraction ?? '', pronoun) : positiveOf(negWord ?? '');
  if (!verb) return message;
  // The tag echoes the statement's verb ("can't …, can I?"); "do" stands for any of its forms.
  if (tagVerb) {
    const t = tagVerb.toLowerCase();
    const same = t === verb || (/^(?:do|does|did)$/.test(t) && /^(?:do|does|did)$/.test(verb)) || (/^(?:is|are|am)$/.test(t) && /^(?:is|are|am)$/.test(verb));
    if (!same) return message;
  }
  // "I can't…" is asked back as "can I…?"; the subject keeps its words, without openers. A clause
  // told before it in the same sentence ("my old hospital pays well but I can't…") stays as told.
  const stem = pronoun ? `${lead}${pronoun}` : lead;
  const cut = /^(.*(?:[,;:]|\b(?:but|and|so|because|since|though|although)\b)\s*)/i.exec(stem);
  const told = cut?.[1] ?? '';
  const who = stem.slice(told.length).replace(OPENERS, '').trim();
  if (!who || who.split(/\s+/).length > 8) return message;
  const plain = `${told}${verb} ${who} ${rest.trim()}?`;
  const start = m.index + before.length;
  return `${message.slice(0, start)}${plain}${message.slice(m.index + whole.length)}`;
}

/**
 * How the reply to a negative statement put for confirmation opens (round ask67, issue #11).
 *
 * "I don't need Step 3 for the J-1, do I?" is answered on the facts (above): the plain question
 * "do I need Step 3 for the J-1?" gets "No". But a bare "No." after a negative statement reads two
 * ways ("no, you're wrong" or "no, you don't"), and labellers themselves split on it. So the word is
 * said with the member's own verb: "Correct: you don't." when the facts agree with the statement,
 * "Actually, you do." when they do not. Where the verb or subject cannot be read, "Correct: no." and
 * "Actually, yes." keep the same two meanings without the verb.
 */
export function confirmationHead(message: string, word: 'yes' | 'no'): string | undefined {
  const m = STATEMENT.exec(message);
  if (!m || withPlainTagQuestion(message) === message) return undefined;
  const [, , lead = '', contracted, negWord] = m;
  const split = contracted ? /^(i|it|that|there|he|she|they|you|u|we)(['’]?(?:m|s|re))$/i.exec(contracted) : null;
  const verb = split ? contractedVerb(split[2] ?? '', split[1] ?? '') : positiveOf(negWord ?? '');
  const subject = (split?.[1] ?? lead.replace(/^.*(?:[,;:]|\b(?:but|and|so|because|since|though|although)\b)\s*/i, '').replace(OPENERS, '')).trim().toLowerCase();
  const who = pronounFor(subject);
  if (!verb || !who) return word === 'no' ? '**Correct: no.**' : '**Actually, yes.**';
  const v = who === 'you' && (verb === 'am' || verb === 'is') ? 'are' : who === 'you' && verb === 'does' ? 'do' : who !== 'you' && who !== 'they' && verb === 'do' ? 'does' : who === 'they' && verb === 'is' ? 'are' : verb;
  const negated = NEGATIVE_FORM[v] ?? `${v} not`;
  return word === 'no' ? `**Correct: ${who} ${negated}.**` : `**Actually, ${who} ${v}.**`;
}

const NEGATIVE_FORM: Record<string, string> = {
  do: "don't",
  does: "doesn't",
  did: "didn't",
  is: "isn't",
  are: "aren't",
  can: "can't",
  will: "won't",
  should: "shouldn't",
  would: "wouldn't",
  could: "couldn't",
  have: "haven't",
  has: "hasn't",
  must: "don't have to",
  need: "don't need to",
};

/** The pronoun a reply uses for the statement's subject: the member's "I" is "you". */
function pronounFor(subject: string): string | undefined {
  if (/^(?:i|we|me)$/.test(subject)) return 'you';
  if (/^(?:it|that|this|there)$/.test(subject)) return subject === 'there' ? undefined : 'it';
  if (/^(?:they|these|those)$/.test(subject)) return 'they';
  if (/^(?:he|she)$/.test(subject)) return subject;
  if (/^(?:you|u)$/.test(subject)) return undefined;
  // A noun phrase: plural by its head, the last word before any phrase qualifying it ("letters
  // from 2020", "programs in Texas"), else "it".
  const head = subject.split(/\s+(?:from|of|in|for|at|with|that|which|who|on|by|about|older|newer|than)\s+/)[0] ?? subject;
  const last = head.split(/\s+/).at(-1) ?? '';
  if (!last || subject.split(/\s+/).length > 6) return undefined;
  return /[^s]s$/.test(last) && !/(?:ss|us|is)$/.test(last) ? 'they' : 'it';
}
