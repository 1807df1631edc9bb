/**
 * What a member says they do NOT have, or do not have yet.
 *
 * A member's situation is often told as a lack: "I'm on H-4, no EAD", "I don't have a J-1 waiver",
 * "my work permit is still pending", "applied for the EAD but it hasn't come", "never failed a
 * Step". Read as loose words, each of these names the very thing the member lacks, so the question
 * looked like one from a member who holds it ("It depends on the program: an EAD allows any job…"
 * to a member who has none). Here such a telling is found by what it says (a document or status
 * denied, pending or only applied for; a failure denied), and its words are taken out of what the
 * question is read as: the member without an EAD is a member on H-4 alone, the member without a
 * waiver is a J-1 trainee still under the two-year rule, the member who never failed has no
 * failure to explain.
 *
 * Only two things are read this way, the ones whose lack turns a question around: a work permit
 * (an H-4 member without an EAD is on H-4 alone, which allows no paid training) and a waiver of the
 * J-1 two-year rule (a member without one, or with one pending, is still under the rule, so the lack
 * is read as the rule itself). Anything else keeps its words: "I don't have my Statement of Need
 * yet, can I apply?" asks about applying before the document, and "I haven't taken Step 3" is what
 * an H-1B question turns on. Asking how to get the thing ("how do I apply for a waiver?") tells no
 * lack; "can I train without an EAD?" is read as training on H-4 alone, which is what it asks.
 */

/** A work permit, or a waiver of the J-1 rule (with the words members put before them). */
const HELD = String.raw`(?:(?:h-?4|j-?1|j-?2|212 ?e|home(?:[- ]country)?|two[- ]year|2[- ]year|conrad(?: 30)?|iga|hardship|persecution)[ -]+)?(?:ead|eads|ead card|work permit|work authori[sz]ation|employment authori[sz]ation(?: document| card)?|waiver|waivers)\b`;

/**
 * What a lack is read as: a waiver lacking is the J-1 rule standing; an H-4 work permit lacking is
 * H-4 on its own (the status stays: "still waiting on my H-4 EAD" is told by a member on H-4, and
 * taking the whole phrase out left no status at all, so the question read as one about the EAD);
 * any other work permit lacking, nothing.
 */
function readAs(told: string): string {
  if (/\bwaiver/i.test(told)) return ' J-1 home requirement ';
  return /\bh-?4\b/i.test(told) ? ' H-4 ' : ' ';
}

/** Articles and small words that can stand between a negator and the thing ("no valid H-4 EAD yet"). */
const FILL = String.raw`(?:(?:an?|any|my|the|a valid|valid|approved|current|yet|own|our|her|his)\s+){0,3}`;

/** A lack, a wait or an application told (not asked): the denied thing is the last group. */
const DENIED = new RegExp(
  [
    // "no EAD", "without a waiver", "lacking a work permit", "minus the green card"
    String.raw`\b(?:no|without|lacking|lack|minus|nor)\s+${FILL}${HELD}`,
    // "I don't have a J-1 waiver", "haven't got my EAD", "never received the Statement of Need",
    // "not yet obtained", "yet to get", "still don't have"
    String.raw`\b(?:don'?t|do not|didn'?t|did not|haven'?t|have not|hasn'?t|has not|never|not yet|yet to|still not|not)\s+(?:yet\s+|still\s+|even\s+|ever\s+)?(?:have|had|has|got(?:ten)?|get|gotten|receive[ds]?|obtain(?:ed)?|hold|holding|been (?:given|granted|issued|approved for))\s+${FILL}${HELD}`,
    // "my EAD is still pending", "the waiver isn't approved yet", "my work permit hasn't come"
    String.raw`\b${HELD}(?:\s+(?:application|petition|request|case|approval))?\s+(?:is|was|are|has|have|'s)?\s*(?:still\s+|yet\s+)?(?:pending|processing|in process(?:ing)?|being processed|under review|awaited|not (?:yet )?(?:approved|granted|issued|here|through|out|ready|done|in hand)|n'?t (?:yet )?(?:approved|granted|issued|come|arrived|here|through|out|ready|done)|isn'?t (?:yet )?(?:approved|granted|issued|here|through|out|ready|done)|hasn'?t (?:come|arrived|been (?:approved|granted|issued))(?: yet)?)`,
    // "I applied for the H-4 EAD", "we filed for a waiver", "still waiting for my EAD", "awaiting the waiver"
    String.raw`\b(?:i|we|i'?ve|ive|i have|we have|just|already|recently|have)\s+(?:just\s+|already\s+|recently\s+)?(?:applied|filed)\s+(?:for|an?|my|the)\s+${FILL}${HELD}`,
    String.raw`\b(?:still\s+)?(?:waiting|awaiting)\s+(?:for|on)?\s*${FILL}${HELD}`,
  ].join('|'),
  'gi',
);

/** A failure denied: "never failed", "no failures", "haven't failed any Step", "passed everything first attempt". */
const NO_FAILURE = new RegExp(
  [
    String.raw`\b(?:never|not once|haven'?t|have not|hasn'?t|has not|didn'?t|did not)\s+(?:ever\s+|once\s+)?(?:failed|flunked|fail|flunk)\b(?:\s+(?:any|a|an|my|the|one|a single)?\s*(?:usmle\s+)?(?:steps?|exams?|attempts?|tests?|usmle)\b)?`,
    String.raw`\b(?:no|zero|0|without any|without a)\s+(?:usmle\s+|exam\s+|step\s+)?(?:failures?|fails|failed attempts?|attempt failures?)\b`,
  ].join('|'),
  'gi',
);

/** A lack said again without its thing: "nothing approved so far", "no decision yet", "still nothing". */
const RESTATED_LACK =
  /\b(?:nothing|none)(?: (?:has been|have been|has|have|is|was|got|been))? (?:approved|granted|issued|received|decided|come|came|arrived|back|yet|so far)(?: (?:yet|so far|as of (?:now|yet)|till now|until now))?\b|\bno (?:approval|decision|news|answer|word)(?: yet| so far| till now)?\b|\bstill nothing\b/gi;

/**
 * The text with each lack or wait the member tells taken out (read as not holding the thing), and
 * whether there was one. `failure` says a failure was denied ("never failed").
 */
export function lacksTold(text: string): { rest: string; told: boolean; noFailure: boolean } {
  const plain = text.replace(/[’]/g, "'");
  let rest = plain.replace(DENIED, readAs);
  const told = rest !== plain;
  // A lack told, then said again without naming the thing ("…waiting on my H-4 EAD, nothing
  // approved so far", "no decision yet"): the second telling is the same lack, not an approval
  // asked about (its "approved" read the question as one about approved I-140s).
  if (told) rest = rest.replace(RESTATED_LACK, ' ');
  const before = rest;
  rest = rest.replace(NO_FAILURE, ' ');
  return { rest, told: told || rest !== before, noFailure: rest !== before };
}
