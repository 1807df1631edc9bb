/**
 * The layout of a pasted email or draft: which lines are the member's own words, which are a
 * quoted earlier message (someone else's words: a coordinator's "we rank independently" must not
 * count as the member's), which are the signature, and where a mail client hard-wrapped one
 * sentence over several lines. Works on the character-normalised text and keeps the offset map.
 */
import { rewrite, type Normalized } from './normalize.js';

export type LineRole = 'body' | 'greeting' | 'closing' | 'signature' | 'quoted' | 'blank';

export interface Line {
  start: number;
  end: number;
  text: string;
  role: LineRole;
}

/** "On Tue, 4 Nov 2025 at 09:12, Jane Doe <jane@x.org> wrote:" (possibly wrapped over two lines). */
const REPLY_HEADER = /^\s*(?:On\b.{0,200}\bwrote:|Le\b.{0,200}\ba écrit\s*:|Am\b.{0,200}\bschrieb\b.{0,80}:)\s*$/i;
const REPLY_HEADER_START = /^\s*On\b.{0,160}$/i;
const WROTE_END = /\bwrote:\s*$/i;
const ORIGINAL_MESSAGE = /^\s*(?:-{2,}\s*(?:Original|Forwarded) Message\s*-{2,}|_{10,}|Begin forwarded message:)\s*$/i;
const FROM_HEADER = /^\s*From:\s+\S/i;
const MAIL_HEADER = /^\s*(?:Sent|Date|To|Subject|Cc):\s/i;
const SIG_DASHES = /^--\s?$/;
const GREETING =
  /^\s*(?:dear|hello|hi|hey|good (?:morning|afternoon|evening)|greetings|to whom it may concern)\b.{0,70}$/i;
const CLOSING =
  /^\s*(?:(?:with |very )?(?:best|kind|kindest|warm|warmest|warm(?:est)? (?:and )?(?:best|kind)) (?:regards|wishes)|regards|best|sincerely(?: yours)?|yours(?: truly| sincerely| faithfully)?|respectfully(?: yours)?|many thanks|thanks(?: again| so much)?|thank you(?: again| so much| very much)?(?: for your (?:time|consideration))?|with (?:gratitude|appreciation|thanks)|gratefully|cheers|all the best|cordially|thanking you|with (?:respect|regards|warm regards|kind regards|best wishes)|(?:yours )?respectfully|regards and respect)\s*[,.!]?\s*$/i;
const BULLET = /^\s*(?:[-*•·‣◦]|\d{1,2}[.)]|\(?[a-z]\))\s+/;

/**
 * A number that a hard wrap put at the start of a line ("…you rank me in your top\n3. Fair for
 * both sides") is the sentence going on, not a numbered list: the line before is a long line of prose
 * that stops mid-sentence (a lowercase word, no closing punctuation) and is not a list item itself.
 * A short lead-in ("My updates") or one ending in a colon still opens a list.
 */
function wrappedNumber(prevText: string, text: string, prevContinues = false): boolean {
  if (!/^\s*\d{1,2}[.)]\s/.test(text)) return false;
  const before = prevText.trim();
  // A short line counts too when it is itself the middle of a wrapped sentence (joined to the line
  // before it): "Proposal: I rank Kestrel Bay\n#1, you rank me in your top\n3. Fair for both sides."
  return (before.length >= 30 || prevContinues) && !BULLET.test(before) && /\b[a-z][a-z'’-]*$/.test(before);
}
const HEADER_LINE = /^\s*(?:subject|re|fwd?):\s/i;

/** A line that reads as a sentence, not a name, title, phone number or address. */
function isSentenceLine(text: string): boolean {
  const t = text.trim();
  const words = t.split(/\s+/).length;
  if (/^p\.?\s?s\.?\b/i.test(t)) return true;
  return (
    words > 8 || (words >= 4 && /[.?!]["')]?$/.test(t) && !/\b(?:M\.?D|Ph\.?D|M\.?P\.?H|D\.?O|M\.?S|MBBS)\.?$/i.test(t))
  );
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    const end = start + part.length;
    lines.push({ start, end, text: part, role: part.trim() ? 'body' : 'blank' });
    start = end + 1;
  }
  return lines;
}

/**
 * Round thirty-one: a sign-off composed freely from the words of sign-offs, with or without a comma
 * ("With utmost respect and gratitude,", "Thanks and best regards", "With deepest respect"). Every
 * word is one of them and at least one is a sign-off noun, so a short body line never qualifies.
 */
const CLOSING_WORD =
  /^(?:with|and|my|our|all|the|very|most|utmost|deepest|deep|sincere|sincerest|sincerely|warm|warmest|best|kind|kindest|humble|humbly|heartfelt|highest|many|much|respect|respects|respectfully|regards|gratitude|gratefully|grateful|thanks|thank|you|again|wishes|appreciation|yours|truly|faithfully|cordially|love)$/;
const CLOSING_NOUN = /^(?:respect|respects|regards|gratitude|thanks|wishes|appreciation)$/;
function closingWordsOnly(text: string): boolean {
  const words = text
    .trim()
    .replace(/[,.!]\s*$/, '')
    .toLowerCase()
    .split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 7 &&
    words.every((w) => CLOSING_WORD.test(w)) &&
    words.some((w) => CLOSING_NOUN.test(w))
  );
}

/** Marks quoted replies (to the end of the text after a reply header) and the signature. */
export function classifyLines(text: string): Line[] {
  const lines = splitLines(text);
  // Quoted: "> " lines anywhere; everything after a reply header or an original-message marker.
  let quotedFrom = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    const next = lines[i + 1]?.text ?? '';
    const isHeader =
      REPLY_HEADER.test(t) ||
      (REPLY_HEADER_START.test(t) && !/[.?!]\s*$/.test(t) && WROTE_END.test(next)) ||
      ORIGINAL_MESSAGE.test(t) ||
      (FROM_HEADER.test(t) && lines.slice(i + 1, i + 4).some((l) => MAIL_HEADER.test(l.text)));
    if (isHeader && i > 0) {
      quotedFrom = i;
      break;
    }
  }
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (i >= quotedFrom || /^\s*>/.test(l.text)) l.role = l.role === 'blank' ? 'blank' : 'quoted';
  }
  // Signature: after "-- ", or the short lines after a closing formula ("Best regards,").
  const own = lines.slice(0, quotedFrom);
  const dash = own.findIndex((l) => SIG_DASHES.test(l.text));
  if (dash >= 0) for (const l of own.slice(dash)) if (l.role === 'body') l.role = 'signature';
  for (let i = own.length - 1; i >= 0; i--) {
    const l = own[i]!;
    // A known formula, or any short line ending in a comma near the end ("Cordially,").
    // A short line that ends in a comma but continues an unfinished line above it ("…we are" /
    // "supposed to discuss,") is a wrapped sentence, not a closing.
    const above = own[i - 1];
    const continuesAbove = !!above && above.role === 'body' && !/[.?!:;]["')]?\s*$/.test(above.text);
    // A short comma line run on by a lower-case line of several words below ("I was wondering," /
    // "only if it is appropriate, whether there") opens a wrapped sentence: a sign-off is followed by
    // a name, not by the rest of a clause (session 36, the evasion test's narrow wrap).
    const below0 = own[i + 1];
    const runsOnBelow =
      !!below0 &&
      below0.role === 'body' &&
      /^\s*[a-z]/.test(below0.text) &&
      below0.text.trim().split(/\s+/).length >= 4;
    const closing =
      CLOSING.test(l.text) ||
      closingWordsOnly(l.text) ||
      (!continuesAbove &&
        !runsOnBelow &&
        /^[^.?!]{2,40},\s*$/.test(l.text.trim()) &&
        l.text.trim().split(/\s+/).length <= 4);
    if (l.role !== 'body' || !closing) continue;
    // "…were a similar indication to be given on" / "yours.": a formula word in lower case that
    // ends the unfinished line above it is the end of the sentence, not a sign-off.
    if (continuesAbove && /^\s*[a-z]/.test(l.text) && !/,\s*$/.test(l.text)) continue;
    // "Thanks" / "again for the interview at …": a formula word with no comma, run on by a lower-case
    // line of several words just below, is a sentence a mail client wrapped after its first word.
    const below = own[i + 1];
    if (
      below &&
      below.role === 'body' &&
      /^\s*[a-z]/.test(below.text) &&
      below.text.trim().split(/\s+/).length >= 4 &&
      !/[,.?!:;]\s*$/.test(l.text)
    )
      continue;
    if (i === own.findIndex((x) => x.role === 'body')) continue; // the greeting, not a closing
    const rest = own.slice(i + 1).filter((x) => x.role === 'body');
    // A closing is only a closing near the end: at most a few short lines follow. Name, degree
    // and contact lines are the signature; a full sentence after it ("P.S. …") is still the body.
    // A mail client may have wrapped that sentence: a line that directly continues an unfinished
    // sentence line (no blank line between) belongs to it, however short it is.
    const sentence = new Set<Line>();
    for (let j = i + 1; j < own.length; j++) {
      const x = own[j]!;
      const before = own[j - 1]!;
      if (x.role !== 'body') continue;
      const continues = sentence.has(before) && !/[.?!]["')]?\s*$/.test(before.text);
      if (isSentenceLine(x.text) || continues) sentence.add(x);
    }
    // And a wrapped sentence that starts a new line after a sentence line: "my number one now." /
    // "Would it help at all if" / "I committed to" / "you? Happy to do that." The unfinished lines
    // belong to the sentence line they run into.
    for (let j = i + 2; j < own.length; j++) {
      if (!sentence.has(own[j - 1]!) || sentence.has(own[j]!)) continue;
      let k = j;
      while (
        k < own.length &&
        own[k]!.role === 'body' &&
        !sentence.has(own[k]!) &&
        !/[.?!,]["')]?\s*$/.test(own[k]!.text.trim())
      )
        k++;
      if (k > j && k < own.length && sentence.has(own[k]!)) for (let m = j; m < k; m++) sentence.add(own[m]!);
    }
    if (rest.length <= 8 && rest.filter((x) => !sentence.has(x)).length <= 6) {
      l.role = 'closing';
      for (const x of rest) if (!sentence.has(x)) x.role = 'signature';
    }
    break;
  }
  const firstBody = own.find((l) => l.role === 'body');
  // A mail client may wrap a greeting and the first sentence into one line ("hi dr kessler!! quick
  // q would it help my chances at" / "Bayview if …"): a long first line that runs on into the next
  // body line is the start of the body, or the ask in it would be set aside with the greeting.
  const next = firstBody ? own[own.indexOf(firstBody) + 1] : undefined;
  const runsOn =
    !!firstBody &&
    firstBody.text.trim().split(/\s+/).length > 6 &&
    !/[,.!?:;]["')]?\s*$/.test(firstBody.text) &&
    next?.role === 'body';
  if (firstBody && GREETING.test(firstBody.text) && firstBody.text.trim().length <= 80 && !runsOn) {
    firstBody.role = 'greeting';
  }
  return lines;
}

/**
 * The member's own text: quoted lines dropped, hard-wrapped lines rejoined with a space. A line
 * break stays a break (a sentence boundary) after a greeting, closing or header line, before a
 * list item, at a blank line, and between the body and the signature.
 */
export function ownText(n: Normalized, lines: readonly Line[], roles: ReadonlySet<LineRole>): Normalized {
  return rewrite(n, () => {
    let out = '';
    const from: number[] = [];
    let prev: Line | undefined;
    // Whether the line just added was joined to the one before it (a wrapped sentence going on).
    let prevJoined = false;
    for (const l of lines) {
      if (!roles.has(l.role) && l.role !== 'blank') continue;
      if (l.role === 'blank') {
        prevJoined = false;
        if (prev && !out.endsWith('\n\n') && out.length) {
          out += '\n';
          from.push(l.start);
        }
        prev = l;
        continue;
      }
      if (prev && out.length && !out.endsWith('\n')) {
        const hardBreak: boolean =
          prev.role !== l.role ||
          prev.role === 'greeting' ||
          prev.role === 'closing' ||
          prev.role === 'signature' ||
          HEADER_LINE.test(prev.text) ||
          (BULLET.test(l.text) && !wrappedNumber(prev.text, l.text, prevJoined)) ||
          prev.start + prev.text.length !== l.start - 1;
        out += hardBreak ? '\n' : ' ';
        from.push(l.start - 1);
        prevJoined = !hardBreak;
      } else prevJoined = false;
      const trimmedStart = l.text.length - l.text.trimStart().length;
      const body = l.text.slice(trimmedStart).replace(/^>\s?/, '');
      const offset = l.start + (l.text.length - l.text.trimStart().length) + (l.text.trimStart().length - body.length);
      for (let i = 0; i < body.length; i++) from.push(offset + i);
      out += body;
      prev = l;
    }
    // Collapse runs of spaces left by wrapping ("word \nword"), keeping the map aligned.
    let collapsed = '';
    const cFrom: number[] = [];
    for (let i = 0; i < out.length; i++) {
      const c = out[i]!;
      if (c === ' ' && (collapsed.endsWith(' ') || collapsed.endsWith('\n') || collapsed === '')) continue;
      if (c === '\n' && collapsed.endsWith(' ')) {
        collapsed = collapsed.slice(0, -1);
        cFrom.pop();
      }
      collapsed += c;
      cFrom.push(from[i]!);
    }
    return { text: collapsed, from: cFrom };
  });
}
