/**
 * Deterministic answer composer (no LLM): the best passage's opening, trimmed at a sentence
 * boundary, then "See also" pointers to the next passages, every part cited as `[doc#section]`.
 * When retrieval is not confident the guides say so plainly and list what they do cover, rather
 * than dressing up an unrelated passage as an answer.
 */
import type { Guide } from './load.js';
import { formatRef } from './outline.js';
import { searchWithStats, type KnowledgeIndex, type Passage, type SearchOptions, type SearchOutcome } from './retrieval.js';

/**
 * Composer thresholds (the README lists them):
 * - `scoreFloor`: minimum confidence for "covered". Confidence = the best passage's score × the
 *   share of the member's own words that occur in the guides at all. Calibrated on the retrieval
 *   question set (lowest on-topic ≈ 16) against off-topic questions (highest ≈ 15.5, "what is
 *   the meaning of life"); a weak on-topic question is preferred over a confident wrong answer.
 * - `leadMaxChars` / `leadMaxSentences` / `leadMaxBullets`: size of the quoted opening;
 *   `leadMinChars`: an opening shorter than this continues into the next paragraph (a one-line
 *   scene-setter is not an answer).
 * - `seeAlsoMax` / `seeAlsoMinShare`: how many further passages to point to, and how close
 *   their score must be to the best one (a share of it) to be worth a pointer.
 */
export const ANSWER_CONFIG = {
  scoreFloor: 15,
  leadMinChars: 200,
  leadMaxChars: 900,
  leadMaxSentences: 3,
  leadMaxBullets: 6,
  seeAlsoMax: 3,
  seeAlsoMinShare: 0.3,
  searchLimit: 5,
} as const;

export interface Answer {
  answer: string;
  /** The passages the answer cites, best first (empty when not covered). */
  passages: Passage[];
  covered: boolean;
  /** Best score × share of the question's words the guides know; compared with `scoreFloor`. */
  confidence: number;
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

const BULLET = /^\s*(?:[-*+]|\d+[.)])\s+/;

/** Markdown emphasis markers read as noise in a terminal; the words stay. */
function plain(text: string): string {
  return text.replace(/\*\*|__/g, '').replace(/\s+/g, ' ').trim();
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const at = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, at > max / 2 ? at : max - 1).replace(/[\s,;:]+$/, '')}…`;
}

type Item = { kind: 'para' | 'bullet'; text: string };

/** Section markdown → paragraphs and list items; a bold-only line becomes a "Label:" paragraph. */
function items(text: string): Item[] {
  const out: Item[] = [];
  let para: string[] = [];
  const flush = (): void => {
    if (para.length) out.push({ kind: 'para', text: plain(para.join(' ')) });
    para = [];
  };
  for (const line of text.split('\n')) {
    const label = /^\s*\*\*([^*]+?)\*\*\s*:?\s*$/.exec(line);
    if (!line.trim()) flush();
    else if (BULLET.test(line)) {
      flush();
      out.push({ kind: 'bullet', text: plain(line.replace(BULLET, '')) });
    } else if (label) {
      flush();
      out.push({ kind: 'para', text: `${plain(label[1] ?? '').replace(/[.:]$/, '')}:` });
    } else para.push(line);
  }
  flush();
  return out;
}

/**
 * The key content of a section: its first sentences (up to `leadMaxSentences`) and, when a
 * paragraph introduces a list ("…these:"), the first items of that list; a short opening goes on
 * to the next paragraph or list. Always within `leadMaxChars`, cut at a sentence or item.
 */
export function leadOf(text: string): string {
  const cfg = ANSWER_CONFIG;
  const lines: string[] = [];
  let length = 0;
  let sentences = 0;
  let bullets = 0;
  let inList = false;
  const fits = (s: string): boolean => length + s.length + 1 <= cfg.leadMaxChars;
  const push = (s: string): void => {
    lines.push(s);
    length += s.length + 1;
  };
  for (const item of items(text)) {
    if (item.kind === 'bullet') {
      const line = `- ${item.text}`;
      const wanted = inList || lines.length === 0 || lines.at(-1)?.endsWith(':') || length < cfg.leadMinChars;
      if (!wanted || bullets >= cfg.leadMaxBullets || !fits(line)) break;
      push(line);
      bullets++;
      inList = true;
      continue;
    }
    // Go on past the first paragraph only into what it introduces ("…these:") or while the
    // opening is still too short to be an answer.
    const introduced = lines.at(-1)?.endsWith(':') ?? false;
    if (lines.length && !introduced && length >= cfg.leadMinChars) break;
    const isLabel = item.text.endsWith(':') && splitSentences(item.text).length === 1;
    const taken: string[] = [];
    for (const sentence of splitSentences(item.text)) {
      if ((!isLabel && sentences >= cfg.leadMaxSentences) || !fits([...taken, sentence].join(' '))) break;
      taken.push(sentence);
      if (!isLabel) sentences++;
    }
    if (taken.length === 0) {
      if (lines.length === 0) push(cut(item.text, cfg.leadMaxChars));
      break;
    }
    push(taken.join(' '));
    inList = false;
  }
  // Never end on a "Label:" with nothing after it.
  while (lines.length > 1 && lines.at(-1)?.endsWith(':')) lines.pop();
  return lines.join('\n');
}

/** Guide titles the member can see, for the "not covered" reply. */
export function coveredTopics(guides: readonly Guide[], audience: SearchOptions['audience']): string[] {
  return guides.filter((g) => !audience || g.audience === 'all' || g.audience === audience).map((g) => g.title);
}

const cite = (p: Passage): string => `[${formatRef({ doc: p.doc, section: p.section })}]`;

/** Turns a search outcome into the member-facing answer. */
export function composeAnswer(outcome: SearchOutcome, guides: readonly Guide[], audience?: SearchOptions['audience']): Answer {
  const cfg = ANSWER_CONFIG;
  const [best, ...rest] = outcome.passages;
  const share = outcome.termCount ? outcome.matchedTerms / outcome.termCount : 0;
  const confidence = best ? best.score * share : 0;
  if (!best || confidence < cfg.scoreFloor) {
    const topics = coveredTopics(guides, audience);
    return {
      answer: [
        "The guides don't cover this question, so I won't guess.",
        `They cover: ${topics.join('; ')}.`,
        'Try asking about one of those topics, for example "how do I explain a gap" or "who should write my letters".',
      ].join('\n'),
      passages: [],
      covered: false,
      confidence,
    };
  }
  const seeAlso = rest.filter((p) => p.score >= best.score * cfg.seeAlsoMinShare).slice(0, cfg.seeAlsoMax);
  const lines = [`${leadOf(best.text)} ${cite(best)}`];
  if (seeAlso.length) {
    lines.push('', 'See also:');
    for (const p of seeAlso) lines.push(`- ${plain(p.heading)} ${cite(p)}`);
  }
  return { answer: lines.join('\n'), passages: [best, ...seeAlso], covered: true, confidence };
}

/** Search + compose in one step. */
export function answerQuestion(index: KnowledgeIndex, question: string, audience?: SearchOptions['audience']): Answer {
  const outcome = searchWithStats(index, question, { limit: ANSWER_CONFIG.searchLimit, audience });
  return composeAnswer(outcome, index.guides, audience);
}
