/**
 * Labelled member questions as a signal for /ask (experiment, see bench/askml/RESULTS.md): a
 * member's question is compared with questions members asked before, each labelled with the guide
 * sections that answer it or as out of scope, and its nearest neighbours vote.
 *
 * - Section votes: the share of the neighbours' similarity whose labels name a section lifts that
 *   section in the re-ranking (answer.ts `rerank`), as the curated questions already do.
 * - Scope votes: neighbours labelled out of scope push toward "not covered"; in-scope ones pull
 *   away from the weak-confidence "not covered".
 *
 * The neighbours only choose: nothing of their text is ever shown; the answer is still composed from
 * the guides and cites them. Nothing uses this unless an index is set with `setNeighbours`.
 *
 * Features carry meaning rather than wording: the features of `meaningOf` (stems folded by the
 * repo's own synonym table, glossary terms, named entities) plus bigrams of those stems. Weighted by
 * TF-IDF over the labelled questions, compared by cosine through an inverted index.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../core/repo-root.js';
import { featureOf, meaningOf } from './meaning.js';
import { tokenize } from './text.js';

export interface LabelledQuestion {
  q: string;
  scope: 'in' | 'out';
  /** Section refs (`doc#section`) that answer it; [] when in scope but no guide does. */
  answers: readonly string[];
}

/** A labelled question of test/corpus/ask, with the file it comes from. */
export interface CorpusQuestion extends LabelledQuestion {
  id: string;
  file: string;
  /** Whether a yes or a no answers it, and the labeller's gist (its first word is that answer: lead-neighbours.ts). */
  yesNo?: boolean;
  gist?: string;
}

/**
 * Files never learned from: a blind batch not yet read (`questions-ab.jsonl` … ; only the first
 * batch, `questions-a.jsonl`, was read and kept its name) and held-out files. Learning from them
 * would spoil their reading.
 */
export const UNREAD_FILE = (file: string): boolean => /^questions-(?:a[b-z]|b[a-z])\.jsonl$/.test(file) || /^heldout-/.test(file);

/** The folder of labelled member questions. */
export const corpusDir = (): string => join(repoRoot(), 'test', 'corpus', 'ask');

/**
 * The labelled questions members asked (test/corpus/ask/*.jsonl, unread files left out): in-scope
 * ones with the sections that answer them, out-of-scope ones. [] when the folder is absent.
 */
export function loadLabelledQuestions(dir = corpusDir()): CorpusQuestion[] {
  if (!existsSync(dir)) return [];
  const out: CorpusQuestion[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.jsonl') || UNREAD_FILE(file)) continue;
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      let o: { id?: unknown; q?: unknown; scope?: unknown; answers?: unknown; uncovered?: unknown; yesNo?: unknown; gist?: unknown };
      try {
        o = JSON.parse(line) as typeof o;
      } catch {
        continue;
      }
      const scope = typeof o.scope === 'string' ? o.scope.trim().toLowerCase() : '';
      const s = /^in\b/.test(scope) ? 'in' : /^out\b/.test(scope) ? 'out' : undefined;
      if (typeof o.q !== 'string' || !s) continue;
      const answers =
        s === 'in' && o.uncovered !== true && Array.isArray(o.answers)
          ? o.answers.filter((a): a is string => typeof a === 'string' && a.includes('#')).map((a) => a.trim())
          : [];
      out.push({
        id: typeof o.id === 'string' ? o.id : '',
        file,
        q: o.q,
        scope: s,
        answers,
        ...(o.yesNo === true ? { yesNo: true } : {}),
        ...(typeof o.gist === 'string' ? { gist: o.gist } : {}),
      });
    }
  }
  return out;
}

/** The meaning-bearing features of a question (a bag: feature → count). */
export function questionFeatures(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const add = (f: string) => out.set(f, (out.get(f) ?? 0) + 1);
  const m = meaningOf(text);
  for (const f of m.features) add(f);
  for (const e of m.entities) add(`e:${e}`);
  const terms = tokenize(text)
    .map(featureOf)
    .filter((t): t is string => t !== null);
  for (let i = 1; i < terms.length; i++) add(`b:${terms[i - 1]}_${terms[i]}`);
  return out;
}

/**
 * The features of the labelled questions, read from a disk cache when nothing they depend on has
 * changed. Computing them takes about 3 s on this machine (most of it `meaningOf`), which every bot
 * start and every test file that loads the knowledge would pay; the cache makes it a file read.
 * The key hashes the questions, this module's folder (the code that computes features: src/ under
 * vitest, dist/ when built) and the guides folder (the glossary and synonyms come from both), so a
 * stale cache is never used. The cache lives in node_modules/.cache (never committed); where it
 * cannot be written the features are computed each time.
 */
export function labelledFeatures(
  questions: readonly LabelledQuestion[],
  guidesDir: string = join(repoRoot(), 'knowledge'),
): Map<string, number>[] {
  let file: string | undefined;
  try {
    const h = createHash('sha256');
    h.update('features-v1\0');
    for (const q of questions) h.update(`${q.q}\0`);
    for (const dir of [dirname(fileURLToPath(import.meta.url)), guidesDir]) {
      for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        if (!e.isFile()) continue;
        h.update(`${e.name}\0`);
        h.update(readFileSync(join(dir, e.name)));
      }
    }
    file = join(repoRoot(), 'node_modules', '.cache', 'img-advisor', `neighbour-features-${h.digest('hex').slice(0, 20)}.json`);
    const rows = JSON.parse(readFileSync(file, 'utf8')) as [string, number][][];
    if (Array.isArray(rows) && rows.length === questions.length) return rows.map((r) => new Map(r));
  } catch {
    // No cache yet (or an unreadable one): computed below.
  }
  const features = questions.map((q) => questionFeatures(q.q));
  if (file) {
    try {
      mkdirSync(dirname(file), { recursive: true });
      // Written whole, then renamed: a process reading at the same time sees the old state or the new one.
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(features.map((m) => [...m])));
      renameSync(tmp, file);
    } catch {
      // A read-only install computes the features at each start.
    }
  }
  return features;
}

interface Row {
  q: string;
  scope: 'in' | 'out';
  answers: readonly string[];
}

export interface NeighbourVotes {
  /** Section ref → share (0…1) of the neighbours' similarity that names it. */
  sections: Map<string, number>;
  /** Share of the neighbours' similarity labelled out of scope / in scope. */
  outShare: number;
  inShare: number;
  /** The best similarity (cosine, 0…1). */
  topSim: number;
  /** The neighbours that voted, closest first: their similarity and labels. */
  voters: readonly { sim: number; scope: 'in' | 'out'; answers: readonly string[] }[];
}

export interface NeighbourIndex {
  size: number;
  votes(question: string): NeighbourVotes;
  /** Whether any labelled question names this section (`doc#slug`): one none names cannot get a vote. */
  knows(section: string): boolean;
  /** The neighbours that vote, closest first (for reading a vote; nothing of theirs is shown to a member). */
  nearest(question: string): { q: string; sim: number; scope: 'in' | 'out'; answers: readonly string[]; row: number }[];
}

export const NEIGHBOUR_CONFIG = {
  /** Neighbours that vote. */
  k: 10,
  /** Similarity below this does not vote. */
  minSim: 0.15,
  /** Votes weigh similarity to this power (closer neighbours count more). */
  power: 2,
};

/** Builds the index from labelled questions (precomputed features may be passed, same order). */
export function createNeighbourIndex(items: readonly LabelledQuestion[], features?: readonly Map<string, number>[]): NeighbourIndex {
  const bags = features ?? items.map((i) => questionFeatures(i.q));
  const n = bags.length;
  const df = new Map<string, number>();
  for (const b of bags) for (const f of b.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const idf = (f: string): number => {
    const d = df.get(f) ?? 0;
    return Math.log(1 + (n - d + 0.5) / (d + 0.5));
  };
  const vector = (bag: Map<string, number>): Map<string, number> => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [f, c] of bag) {
      if (!df.has(f)) continue;
      const w = (1 + Math.log(c)) * idf(f);
      v.set(f, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [f, w] of v) v.set(f, w / norm);
    return v;
  };
  const postings = new Map<string, { row: number; w: number }[]>();
  const rows: Row[] = items.map((it, row) => {
    for (const [f, w] of vector(bags[row]!)) {
      let p = postings.get(f);
      if (!p) postings.set(f, (p = []));
      p.push({ row, w });
    }
    return { q: it.q, scope: it.scope, answers: it.answers.filter((a) => a.includes('#')) };
  });
  const known = new Set(rows.flatMap((r) => r.answers));
  const cache = new Map<string, NeighbourVotes>();
  // The k closest (ties to the earlier row), kept sorted as they come: no sort of every match.
  const closest = (question: string): [number, number][] => {
    const q = vector(questionFeatures(question));
    const sims = new Map<number, number>();
    for (const [f, w] of q) for (const p of postings.get(f) ?? []) sims.set(p.row, (sims.get(p.row) ?? 0) + w * p.w);
    const top: [number, number][] = [];
    const k = NEIGHBOUR_CONFIG.k;
    const before = (a: [number, number], b: [number, number]) => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
    for (const e of sims) {
      if (e[1] < NEIGHBOUR_CONFIG.minSim || (top.length === k && !before(e, top[k - 1]!))) continue;
      let i = top.length < k ? top.length : k - 1;
      while (i > 0 && before(e, top[i - 1]!)) i--;
      top.splice(i, 0, e);
      if (top.length > k) top.pop();
    }
    return top;
  };
  return {
    size: n,
    knows: (section) => known.has(section),
    nearest: (question) => closest(question).map(([row, sim]) => ({ ...rows[row]!, sim, row })),
    votes(question: string): NeighbourVotes {
      const hit = cache.get(question);
      if (hit) return hit;
      const top = closest(question);
      let total = 0;
      let out = 0;
      const sections = new Map<string, number>();
      for (const [row, s] of top) {
        const w = s ** NEIGHBOUR_CONFIG.power;
        total += w;
        const r = rows[row]!;
        if (r.scope === 'out') out += w;
        for (const a of r.answers) sections.set(a, (sections.get(a) ?? 0) + w);
      }
      if (total > 0) for (const [a, v] of sections) sections.set(a, v / total);
      const votes: NeighbourVotes = {
        sections,
        outShare: total ? out / total : 0,
        inShare: total ? (total - out) / total : 0,
        topSim: top[0]?.[1] ?? 0,
        voters: top.map(([row, sim]) => ({ sim, scope: rows[row]!.scope, answers: rows[row]!.answers })),
      };
      if (cache.size > 2000) cache.clear();
      cache.set(question, votes);
      return votes;
    },
  };
}

/** How the neighbours are used (each measured on its own in bench/askml). */
export interface NeighbourUse {
  /** (a) section votes re-rank the sections: score × e^(lift × share). */
  rank: boolean;
  lift: number;
  /** The best section score stays what it is without the neighbours (they re-order, not reassure). */
  keepConfidence: boolean;
  /** A section with at least this share joins the candidates even if retrieval missed it. */
  addFloor: number;
  /** A curated answer none of whose sections gets a vote yields when another section has at least this share (Infinity: never). */
  faqVeto: number;
  /**
   * Closeness: a neighbour's say on the sections grows from nothing at similarity `closeFrom` to
   * its full weight at `closeFull` (closenessShares), so a loose neighbourhood, one sharing only
   * a word or two with the question, barely moves the ranking.
   */
  closeFrom: number;
  closeFull: number;
  /** (b) out-of-scope neighbours decline: at least this share, with a neighbour this close. */
  scope: boolean;
  outShare: number;
  outMinSim: number;
  /** …unless a curated answer fits at least this well. */
  outFaqKeep: number;
  /** In-scope neighbours with at least this share (and a neighbour this close) keep a weak guide answer. */
  inShare: number;
  inMinSim: number;
}

export const DEFAULT_USE: NeighbourUse = {
  rank: true,
  lift: 4,
  keepConfidence: true,
  addFloor: 0.5,
  faqVeto: 0.6,
  closeFrom: 0.2,
  closeFull: 0.5,
  scope: true,
  outShare: 0.8,
  outMinSim: 0.35,
  outFaqKeep: 0.7,
  inShare: 0.9,
  inMinSim: 0.4,
};

/**
 * The section votes with each neighbour's say scaled by how close it is: similarity² × closeness,
 * over the similarity² of every neighbour that voted. Never more than the plain share; equal to it
 * when every neighbour is at least `closeFull` alike.
 */
export function closenessShares(votes: NeighbourVotes, use: Pick<NeighbourUse, 'closeFrom' | 'closeFull'>): Map<string, number> {
  if (!(use.closeFull > use.closeFrom)) return votes.sections;
  const out = new Map<string, number>();
  let total = 0;
  for (const v of votes.voters) {
    const w = v.sim ** NEIGHBOUR_CONFIG.power;
    total += w;
    const say = w * Math.min(1, Math.max(0, (v.sim - use.closeFrom) / (use.closeFull - use.closeFrom)));
    for (const a of v.answers) out.set(a, (out.get(a) ?? 0) + say);
  }
  if (total > 0) for (const [a, v] of out) out.set(a, v / total);
  return out;
}

let current: { index: NeighbourIndex; use: NeighbourUse } | undefined;

/** Sets (or, with undefined, removes) the neighbour index /ask consults. */
export function setNeighbours(index: NeighbourIndex | undefined, use: Partial<NeighbourUse> = {}): void {
  current = index ? { index, use: { ...DEFAULT_USE, ...use } } : undefined;
}

/** The neighbour index /ask consults now, if any. */
export function currentNeighbours(): NeighbourIndex | undefined {
  return current?.index;
}

/** The votes for a question and how to use them, or undefined when no index is set. */
export function neighboursFor(question: string): { votes: NeighbourVotes; use: NeighbourUse; knows: (section: string) => boolean } | undefined {
  const c = current;
  return c ? { votes: c.index.votes(question), use: c.use, knows: (section) => c.index.knows(section) } : undefined;
}
