/**
 * The shape every text check shares: a small plugin with its id that reads one parsed document
 * (and the checker's own context) and says where, if anywhere, the problem is. Messages are the
 * caller's business (they depend on the match, the program, the member's words), so a plugin
 * returns only the evidence.
 */
import type { Sentence, Span, TextDoc } from './document.js';

export interface Hit {
  /** Where in the member's text (offsets in `TextDoc.text`); absent for checks about context. */
  span?: Span;
  /** The sentence the hit is in, when there is one. */
  sentence?: Sentence;
  /** Anything the message needs (a count, the earlier program). */
  detail?: Record<string, string | number>;
}

export interface TextCheck<Id extends string, Ctx> {
  id: Id;
  /** What the check looks for, in one line: shown when nothing fires ("checked: …"). */
  checks: string;
  run(doc: TextDoc, ctx: Ctx): Hit | undefined;
  /**
   * Every place the check fires, the first being `run`'s hit, for checks whose problem can sit in
   * more than one sentence; read in the same pass (no second parse).
   */
  runAll?(doc: TextDoc, ctx: Ctx): Hit[];
}

/**
 * Run every check over one document; a check that finds nothing is left out. A check that can fire
 * in several places gives them all (`more`, after `hit`).
 */
export function runChecks<Id extends string, Ctx>(
  checks: readonly TextCheck<Id, Ctx>[],
  doc: TextDoc,
  ctx: Ctx,
): { id: Id; hit: Hit; more?: Hit[] }[] {
  const out: { id: Id; hit: Hit; more?: Hit[] }[] = [];
  for (const c of checks) {
    if (c.runAll) {
      const [hit, ...more] = c.runAll(doc, ctx);
      if (hit) out.push({ id: c.id, hit, ...(more.length ? { more } : {}) });
      continue;
    }
    const hit = c.run(doc, ctx);
    if (hit) out.push({ id: c.id, hit });
  }
  return out;
}

/**
 * The member's words as shown back to them: a hard wrap, a tab or a run of spaces inside the quoted
 * words is one space ("…a commitment to\nrank you first" reads "a commitment to rank you first").
 */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A short quote of the member's words around a hit: the whole sentence, or a window of it. */
export function quoteFor(doc: TextDoc, hit: Hit, maxWords = 24): string | undefined {
  const q = rawQuoteFor(doc, hit, maxWords);
  return q === undefined ? undefined : collapseSpace(q);
}

function rawQuoteFor(doc: TextDoc, hit: Hit, maxWords: number): string | undefined {
  if (!hit.sentence && !hit.span) return undefined;
  const s = hit.sentence;
  if (s) {
    const whole = doc.quote(s);
    if (whole.split(/\s+/).length <= maxWords || !hit.span) return whole.replace(/[\s,;:]+$/, '');
    // A long sentence: the hit with a few words either side.
    const toks = s.tokens;
    const first = toks.findIndex((t) => t.end > hit.span!.start);
    let last = toks.length - 1;
    for (let i = toks.length - 1; i >= 0; i--)
      if (toks[i]!.start < hit.span.end) {
        last = i;
        break;
      }
    const a = Math.max(0, first - 5);
    const b = Math.min(toks.length - 1, Math.max(last, first) + 6);
    const text = doc.quote({ start: toks[a]!.start, end: toks[b]!.end });
    return `${a > 0 ? '…' : ''}${text}${b < toks.length - 1 ? '…' : ''}`;
  }
  return doc.quote(hit.span!);
}
