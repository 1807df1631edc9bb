/**
 * Guide sections cut at the grain of an answer: each paragraph and each list item is a passage,
 * carrying the section heading and the sentence or bold label that introduced its list as
 * context, and still cited as `doc#section`. A member asking "how long can I stay on a J-1?"
 * wants the one item that says "seven years", not the section's opening disclaimer.
 *
 * Sentences that only hedge ("this is orientation, not legal advice", "check this season's
 * calendar") or point elsewhere ("see the matches guide") are marked, so the composer never
 * offers them as the answer; they may follow an answer, never lead it.
 */
import type { Guide } from './load.js';

export type PassageKind = 'paragraph' | 'item';

export interface GuidePassage {
  /** `doc#section#n`, n counting from 0 within the section. */
  id: string;
  doc: string;
  section: string;
  heading: string;
  kind: PassageKind;
  /** Plain text (markdown emphasis removed), one line. */
  text: string;
  /** What introduced a list item (its lead-in sentence or bold label); '' for paragraphs. */
  context: string;
  /**
   * A bold label the passage opens with ("**A preliminary or transitional year alone.** Such a
   * year…"), as plain text without its full stop; '' when it opens with none. The label is also
   * the passage's first sentence (the index and the definitions read it as written); the composer
   * uses this to show it as a label, never as a sentence of its own (answer.ts `withLabel`).
   */
  label: string;
  /** The passage's sentences, each marked when it only hedges or points elsewhere. */
  sentences: PassageSentence[];
  /** True when every sentence is a hedge or pointer: never the answer on its own. */
  disclaimer: boolean;
  /** Position in the section (0 = first passage). */
  position: number;
}

export interface PassageSentence {
  text: string;
  /** A hedge, disclaimer or cross-reference: may follow an answer, never lead it. */
  meta: boolean;
}

const BULLET = /^\s*(?:[-*+]|\d+[.)])\s+/;
const LABEL_LINE = /^\s*\*\*([^*]+?)\*\*\s*:?\s*$/;

/**
 * Hedges and pointers. They are written by us, in the guides, so a short list of their shapes is
 * enough; they are not a guess at what members type.
 */
const META_PATTERNS: RegExp[] = [
  /\bgeneral orientation\b/i,
  /\bnot legal advice\b/i,
  /\b(?:confirm|check) (?:every|the|all|each|everything)\b.*\b(?:with|on) (?:the|ecfmg|your|an?|each)\b/i,
  /^(?:always )?(?:confirm|check)\b.*\b(?:page|calendar|program|ecfmg|attorney|board)\b/i,
  /^(?:see|read) (?:also |below|above|the (?:next|previous|following|[\w-]+ )?(?:sections?|guides?)\b)/i,
  /\bthis guide (?:covers|describes|says|gives|applies|follows)\b/i,
  /\bthe (?:rest|next sections?|sections? below) of this guide\b/i,
  /^the (?:outline|list) below\b/i,
  /\b(?:details|rules) (?:depend on|change)\b.*\b(?:circumstances|over time|season)\b/i,
  /^(?:dates|rules) (?:move|change)\b/i,
];

export function isMetaSentence(sentence: string): boolean {
  const s = sentence.trim();
  return META_PATTERNS.some((p) => p.test(s));
}

const ABBREVIATION = /\b(?:e\.g|i\.e|etc|vs|Dr|Mr|Ms|Mrs|St|No|approx|U\.S)\.$/i;

/** Sentences of one paragraph, keeping "e.g." and "Dr." inside their sentence. */
export function splitSentences(paragraph: string): string[] {
  const parts = paragraph.split(/(?<=[.!?]["”')\]]?)\s+(?=["“(]?[A-Z0-9])/);
  const out: string[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (last !== undefined && ABBREVIATION.test(last)) out[out.length - 1] = `${last} ${part}`;
    else out.push(part);
  }
  return out.map((s) => s.trim()).filter(Boolean);
}

/** Markdown emphasis and spacing removed: `**Step 3 first.** Programs…` → `Step 3 first. Programs…`. */
export function plainText(text: string): string {
  return text
    .replace(/\*\*|__/g, '')
    .replace(/(^|[\s(])\*([^*\n]+)\*(?=[\s).,;:]|$)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

function passage(
  guide: Guide,
  section: { slug: string; heading: string },
  kind: PassageKind,
  raw: string,
  context: string,
  position: number,
): GuidePassage {
  const text = plainText(raw);
  // (A label long enough to be a sentence of its own, or one with its own verb-led clause after a
  // colon, is left as written.)
  const bold = /^\s*\*\*([^*]{2,90}?)[.:]?\*\*[.:]?\s+\S/.exec(raw);
  const label = bold ? plainText(bold[1] ?? '').replace(/[.:]$/, '') : '';
  const sentences = splitSentences(text).map((s) => ({ text: s, meta: isMetaSentence(s) }));
  return {
    id: `${guide.id}#${section.slug}#${position}`,
    doc: guide.id,
    section: section.slug,
    heading: section.heading,
    kind,
    text,
    context,
    label,
    sentences,
    disclaimer: sentences.every((s) => s.meta),
    position,
  };
}

/** Every passage of one guide section, in order. */
export function sectionPassages(guide: Guide, section: { slug: string; heading: string; text: string }): GuidePassage[] {
  const out: GuidePassage[] = [];
  let para: string[] = [];
  // The lead-in of the list that follows: a bold label, or a paragraph ending in ":".
  let listContext = '';
  let lastParagraph = '';
  const flush = (): void => {
    if (!para.length) return;
    const raw = para.join(' ');
    para = [];
    const p = passage(guide, section, 'paragraph', raw, '', out.length);
    out.push(p);
    lastParagraph = p.text;
    listContext = p.text.endsWith(':') ? p.text : '';
  };
  for (const line of section.text.split('\n')) {
    if (!line.trim()) {
      flush();
      continue;
    }
    const label = LABEL_LINE.exec(line);
    if (label) {
      flush();
      listContext = plainText(label[1] ?? '').replace(/[.:]$/, '');
      continue;
    }
    if (BULLET.test(line)) {
      flush();
      const context = listContext || (lastParagraph.endsWith(':') ? lastParagraph : '');
      out.push(passage(guide, section, 'item', line.replace(BULLET, ''), context, out.length));
      continue;
    }
    // An indented continuation of a list item belongs to that item.
    const previous = out.at(-1);
    if (!para.length && previous?.kind === 'item' && /^\s{2,}\S/.test(line)) {
      out[out.length - 1] = passage(guide, section, 'item', `${previous.text} ${line.trim()}`, previous.context, previous.position);
      continue;
    }
    para.push(line.trim());
  }
  flush();
  return out;
}

/** Every passage of every guide, in guide and section order. */
export function guidePassages(guides: readonly Guide[]): GuidePassage[] {
  return guides.flatMap((g) => g.sections.flatMap((s) => sectionPassages(g, s)));
}
