/**
 * A question about a question: the member reports what interviewers or programs will ask ("they
 * will ask why", "if a PD asks me about the two years since graduation", "at interviews they'll
 * want to know why I went abroad") and asks how to answer it. What is asked is how to answer that
 * question in an interview, not the facts behind it (eligibility, the visa, the gap's rules), so
 * the message is searched as "in the interview they ask <the reported question>, what do I say?".
 *
 * The reading is structural: an asking party (they, interviewers, a PD, programs, the committee), a
 * verb of asking (ask, want to know, bring up, question me on…) with what it asks, and a request
 * for a reply (how do I respond, what should I say, a good way to answer…). A reported question
 * too short to stand alone ("they will ask why") takes its matter from the message's first
 * sentence, where a story-form message says what the member did.
 */

const PARTY = String.raw`(?:they|interviewers?|the interviewers?|(?:a|the|my|any) (?:pd|program director|interviewer|faculty member|panel|committee)|pds?|program directors?|programs?|the programs?|faculty|the committee|people|someone|anyone|everyone)`;
const WILL = String.raw`(?:(?:will|ll|would|might|may|could|are going to|re going to|are bound to|re bound to|are sure to|always|usually|often|probably|definitely|surely|must|keep|do|does)\s+)*`;
const ASKING = String.raw`(?:ask(?:s|ed|ing)?|want(?:s)? to know|wonder(?:s)?|bring(?:s)? up|rais(?:e|es)|question(?:s)? me (?:on|about)|quiz(?:zes)? me (?:on|about)|grill(?:s)? me (?:on|about)|press(?:es)? me (?:on|about)|probe(?:s)?)`;
/** The party and its asking verb, then what it asks up to the end of the clause. */
const REPORTED = new RegExp(String.raw`\b${PARTY}\s+${WILL}${ASKING}\s+(?:me\s+)?(?!(?:me\s+)?(?:for|to)\b)([^?.!;,]*)`, 'i');
/** A request for the reply to give. */
const REPLY =
  /\b(?:how (?:do|should|can|would|could|shall) i (?:respond|answer|reply|handle|explain|address|deal with|approach|frame|phrase|tackle)(?!\s+(?:the|my|a|an|our)\s+(?!question|answer)\w)|how to (?:respond|answer|reply|handle|explain|address|deal with|approach|frame|phrase)(?!\s+(?:the|my|a|an|our)\s+(?!question|answer)\w)|what (?:do|should|can|would|could) i (?:say|tell|answer|reply|respond)|what to (?:say|tell|answer|reply)|(?:a |the )?(?:good|best|right|safe|honest) (?:way to (?:answer|respond|reply|put it)|answer|response|reply))\b/i;
/** A reported question that names nothing of its own. */
const ELLIPTICAL = /^(?:why|how|about (?:it|this|that)|it|this|that|so|me|about|why so|how come|what happened|)$/i;

/** A message's first sentence ("St. Kitts", "Dr. Lee" do not end one). */
function firstSentence(text: string): string {
  return text.split(/(?<=[.!?])(?<!\b(?:st|dr|mr|mrs|ms|vs|etc|jr|sr|no)\.)\s+/i)[0] ?? '';
}

/** The search text for a message asking how to answer a question interviewers will ask, if it is one. */
export function reportedInterviewQuestion(message: string): { query: string; storyFirst: boolean } | undefined {
  const text = message.replace(/[’‘]/g, "'").replace(/\b(they|we|you)'ll\b/gi, '$1 will').replace(/\b(they|we|you)'re\b/gi, '$1 are');
  if (!REPLY.test(text)) return undefined;
  const m = REPORTED.exec(text);
  if (!m) return undefined;
  // A message that opens on the reported question and names the interview already says what it
  // asks, and its other words ("I don't want it to become the whole interview") help the search;
  // the framing is for a story told first, or a question with no interview named.
  const opening = firstSentence(text);
  const storyFirst = m.index >= opening.length;
  if (!storyFirst && /\binterview\w*/i.test(text)) return undefined;
  // A quoted question is the question, whole ("they asked 'why did you fail step 1?' and I froze").
  const quoted = /^[^"'“‘]{0,40}["'“‘]([^"'”’]{3,200})["'”’]/.exec(text.slice(m.index + m[0].length - (m[1] ?? '').length));
  // Otherwise it ends where the request for a reply begins, or the member's own reaction ("and I froze").
  let asked = quoted ? quoted[1]!.replace(/[?.!]+$/, '') : (m[1] ?? '').replace(REPLY, ' ').replace(/\s+/g, ' ').trim();
  asked = asked
    .replace(/\s+(?:and|but|so) (?:i|my|then)\b.*$/i, '')
    .replace(/\s+(?:and|so|but|then)$/i, '')
    .replace(/^(?:(?:during|in|at) (?:the |my |an? )?interviews?|straight|directly|again|last year|always)\s+/i, '')
    .trim();
  if (ELLIPTICAL.test(asked)) {
    const first = firstSentence(text) ?? '';
    // (A message that opens with the reported question has no story to take the matter from.)
    if (REPORTED.test(first) || REPLY.test(first)) return undefined;
    const matter = first.replace(/[.!?]+$/, '').trim();
    asked = `${/^how/i.test(asked) ? 'how' : 'why'} ${matter}`;
  }
  // "bring up my Step 2 fail" asks about it.
  asked = asked.replace(/\s+(?:in|at|during) (?:the |my |an? )?interviews?$/i, '');
  if (!quoted && !/^(?:why|how|what|whats|whether|if|about|when|where|who|which|is|are|do|did|have)\b/i.test(asked)) asked = `about ${asked}`;
  return { query: `in the interview they ask ${asked}, what do I say?`, storyFirst };
}

/** Whether a reported question was proper: "is this allowed?", "can they ask that?", "do I have to answer?". */
const PERMISSIBLE =
  /\b(?:is (?:this|that|it) (?:even )?(?:allowed|ok|okay|legal|permitted|fair|appropriate|normal)|(?:can|could|may) (?:they|he|she|a program|programs|an interviewer|interviewers|the pd|a pd) (?:even )?(?:ask|say) (?:that|this|it)|(?:are|is) (?:they|he|she|programs|interviewers) (?:even )?allowed|do i (?:have|need) to answer)\b/i;

/**
 * A message that tells what an interviewer asked and asks whether that was allowed ("they asked if I
 * plan more kids and who looks after them, is this allowed?"): everything the party asked is the
 * matter of one question about the question itself, not a second question of the member's own.
 * Read apart, "who takes care of my children" was answered as a question about clinical currency
 * (newcomer trial 21).
 */
export function asksIfReportedQuestionAllowed(message: string): boolean {
  const text = message.replace(/[’‘]/g, "'");
  return PERMISSIBLE.test(text) && new RegExp(String.raw`\b${PARTY}\s+${WILL}${ASKING}\b`, 'i').test(text);
}
