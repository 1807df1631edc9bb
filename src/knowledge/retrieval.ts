/**
 * Passage retrieval over guide sections: BM25 (MiniSearch) with field boosts, glossary query
 * expansion, prefix and fuzzy matching for typos, stop words, and an audience filter. Pure and
 * in-memory: build once per process with `createIndex`, then `search` as often as needed.
 */
import MiniSearch from 'minisearch';
import { GLOSSARY, type GlossaryEntry } from './glossary.js';
import type { Audience, Guide, Section } from './load.js';
import type { SourceRef } from './outline.js';
import { guidePassages, type GuidePassage } from './passages.js';
import type { FaqEntry } from './faq-types.js';
import { questionClause } from './question-form.js';
import { analyze, indexTerms, processTerm, STOP_WORDS, stem, tokenize } from './text.js';

/**
 * Ranking knobs (the README lists them; tuned on test/retrieval/questions, where the flat
 * optimum spans heading 2-3, title/tags 0.3-1):
 * - `boost`: per-field weights. The heading says what a section is about, so it counts most; the
 *   guide title and tags are the same for every section of a guide, so they act as a light prior
 *   for the right guide rather than a signal for the section.
 * - `canonicalWeight` / `expansionWeight`: weight of a glossary expansion relative to a word the
 *   member typed (1). The canonical forms (abbreviation and its spelled-out meaning) count more
 *   than the looser synonyms, so expansions break ties rather than hijack a question.
 * - `coverageBonus`: a section matching more of the question's concepts is multiplied by
 *   1 + coverageBonus × (concepts matched − 1); MiniSearch's own ×(terms matched) was too steep
 *   (many weak matches beat one strong one).
 * - `fuzzy`/`fuzzyMinLength`/`maxFuzzy`: edit distance as a fraction of term length (0.2 = 1
 *   typo in 5 letters), only for terms that long, since short words have too many neighbours.
 * - `prefixMinLength`: "informat" finds "informatics"; shorter prefixes are too loose.
 * - `weights`: score multipliers for fuzzy and prefix matches (an exact match counts 1).
 */
export const RETRIEVAL_CONFIG = {
  boost: { heading: 2, title: 0.6, tags: 0.6, text: 1 },
  passageBoost: { heading: 0.8, context: 0.6, text: 1 },
  passageWeight: 1,
  disclaimerWeight: 0.3,
  contextWeight: 0.6,
  canonicalWeight: 0.8,
  expansionWeight: 0.45,
  coverageBonus: 0.5,
  fuzzy: 0.2,
  fuzzyMinLength: 5,
  maxFuzzy: 2,
  prefixMinLength: 4,
  weights: { fuzzy: 0.4, prefix: 0.35 },
} as const;

export interface Passage {
  doc: string;
  section: string;
  heading: string;
  text: string;
  score: number;
}

/** One paragraph or list item that matched, with its score (see passages.ts). */
export interface PassageHit {
  passage: GuidePassage;
  score: number;
}

export interface SearchOptions {
  limit?: number;
  /** The member's side of the citizenship split; omit to search every guide. */
  audience?: 'non-us' | 'us-citizen' | undefined;
}

interface IndexedSection {
  id: string;
  doc: string;
  slug: string;
  heading: string;
  title: string;
  tags: string;
  text: string;
  audience: Audience;
  /** Position in guide order, for deterministic tie-breaks. */
  order: number;
}

interface IndexedPassage {
  id: string;
  heading: string;
  context: string;
  text: string;
}

export interface KnowledgeIndex {
  guides: readonly Guide[];
  mini: MiniSearch<IndexedSection>;
  sections: ReadonlyMap<string, IndexedSection>;
  /** Paragraphs and list items, each its own document (the grain of an answer). */
  passageMini: MiniSearch<IndexedPassage>;
  passages: ReadonlyMap<string, GuidePassage>;
  /** Curated questions with short sourced answers, matched before the guides (faq.ts). */
  faq: readonly FaqEntry[];
  /** Questions each section answers (knowledge/questions.yaml), for ranking and yes/no words. */
  sectionQuestions: readonly FaqEntry[];
  /** Every index term of the guides: a query term outside it may be a typo (fuzzy match). */
  vocabulary: ReadonlySet<string>;
  /** How long `createIndex` took, in milliseconds (reported in the README). */
  buildMs: number;
}

/** Every way a glossary entry can be written, as normalised+stemmed token keys → entries. */
const GLOSSARY_KEYS: ReadonlyMap<string, readonly GlossaryEntry[]> = (() => {
  const map = new Map<string, GlossaryEntry[]>();
  for (const entry of GLOSSARY) {
    for (const form of [entry.term, entry.expansion, ...entry.synonyms]) {
      const key = tokenize(form).map(stem).join(' ');
      if (!key) continue;
      const list = map.get(key) ?? [];
      if (!list.includes(entry)) list.push(entry);
      map.set(key, list);
    }
  }
  return map;
})();
const MAX_PHRASE = Math.max(...[...GLOSSARY_KEYS.keys()].map((k) => k.split(' ').length));
/** First words of multi-word keys: only there can a longer phrase start (saves most lookups). */
const PHRASE_STARTS: ReadonlySet<string> = new Set(
  [...GLOSSARY_KEYS.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0] ?? ''),
);

/** Levenshtein distance, stopping early once it exceeds `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

/** One-word glossary keys long enough to match with a typo ("recomendation", "sponsorhip"). */
const FUZZY_KEYS = [...GLOSSARY_KEYS.keys()].filter((k) => !k.includes(' ') && k.length >= 6);

function fuzzyGlossary(token: string): readonly GlossaryEntry[] | undefined {
  if (token.length < 6) return undefined;
  const max = token.length >= 10 ? 2 : 1;
  let best: { key: string; d: number } | undefined;
  for (const key of FUZZY_KEYS) {
    // (A slip seldom hits the first letter, and a word that differs there is most often another
    // word: "better" is no misspelt "letter", and "which is better for me?" asks nothing of letters.)
    if (key[0] !== token[0]) continue;
    const d = editDistance(token, key, max);
    if (d <= max && (!best || d < best.d)) best = { key, d };
  }
  return best ? GLOSSARY_KEYS.get(best.key) : undefined;
}

/**
 * Glossary entries named in `text`: the longest phrase wins at each position; a single long word
 * that matches nothing exactly may match a one-word key with a typo (1 edit, 2 from 10 letters).
 */
export function glossaryMatches(text: string, opts: { typos?: boolean } = {}): GlossaryEntry[] {
  const typos = opts.typos ?? true;
  const tokens = tokenize(text).map(stem);
  const found: GlossaryEntry[] = [];
  for (let i = 0; i < tokens.length; ) {
    let step = 1;
    let entries: readonly GlossaryEntry[] | undefined;
    const longest = PHRASE_STARTS.has(tokens[i] ?? '') ? Math.min(MAX_PHRASE, tokens.length - i) : 1;
    for (let n = longest; n >= 1 && !entries; n--) {
      entries = GLOSSARY_KEYS.get(tokens.slice(i, i + n).join(' '));
      if (entries) step = n;
    }
    const token = tokens[i] ?? '';
    entries ??= !typos || STOP_WORDS.has(token) ? undefined : fuzzyGlossary(token);
    for (const e of entries ?? []) if (!found.includes(e)) found.push(e);
    i += step;
  }
  return found;
}

export interface ExpansionGroup {
  /** Index terms for one glossary entry, without any the member already typed. */
  terms: string[];
  /** The canonical forms (term + expansion) weigh more than looser synonyms. */
  weight: number;
}

export interface ExpandedQuery {
  /** Index terms typed by the member, in order, deduplicated. */
  terms: string[];
  /**
   * Extra terms from the glossary (abbreviation ↔ expansion ↔ synonyms). Each matched entry
   * yields a canonical group (its term and expansion) and a synonym group; a group counts as one
   * concept however many words it holds.
   */
  expansions: ExpansionGroup[];
}

export function expandQuery(query: string): ExpandedQuery {
  const terms = [...new Set(analyze(query))];
  const seen = new Set(terms);
  const expansions: ExpansionGroup[] = [];
  const group = (forms: string[], weight: number): void => {
    const out: string[] = [];
    for (const t of forms.flatMap(analyze)) {
      if (!seen.has(t)) {
        seen.add(t);
        out.push(t);
      }
    }
    if (out.length) expansions.push({ terms: out, weight });
  };
  const entries = glossaryMatches(query);
  for (const e of entries) group([e.term, e.expansion], RETRIEVAL_CONFIG.canonicalWeight);
  for (const e of entries) group(e.synonyms, RETRIEVAL_CONFIG.expansionWeight);
  return { terms, expansions };
}

function uniqueByTerm(tokens: string[]): string[] {
  const seen = new Set<string>();
  return tokens.filter((t) => {
    const key = processTerm(t);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface IndexOptions {
  /** The curated questions; default none (getKnowledge() loads knowledge/faq.yaml). */
  faq?: readonly FaqEntry[];
  /** Questions per section; default none (getKnowledge() loads knowledge/questions.yaml). */
  sectionQuestions?: readonly FaqEntry[];
}

const tokenizeField = (text: string, field?: string): string[] =>
  // Tags are a bag of labels: count each label term once so "J-1, J1, J-1 waiver" is not tf 3.
  field === 'tags' ? uniqueByTerm(tokenize(text)) : tokenize(text);

/** Builds the search indexes over every section and every passage of every guide. */
export function createIndex(guides: readonly Guide[], options: IndexOptions = {}): KnowledgeIndex {
  const started = performance.now();
  // Every index term seen while indexing: a query term outside it may be a typo.
  const vocabulary = new Set<string>();
  const collect = (t: string): string[] | null => {
    const terms = indexTerms(t);
    if (terms) for (const term of terms) vocabulary.add(term);
    return terms;
  };
  const mini = new MiniSearch<IndexedSection>({
    fields: ['heading', 'title', 'tags', 'text'],
    storeFields: [],
    tokenize: tokenizeField,
    processTerm: collect,
  });
  const sections = new Map<string, IndexedSection>();
  for (const g of guides) {
    for (const s of g.sections) {
      const doc: IndexedSection = {
        id: `${g.id}#${s.slug}`,
        doc: g.id,
        slug: s.slug,
        heading: s.heading,
        title: g.title,
        tags: g.tags.join(', '),
        text: s.text,
        audience: g.audience,
        order: sections.size,
      };
      sections.set(doc.id, doc);
    }
  }
  mini.addAll([...sections.values()]);

  const passageMini = new MiniSearch<IndexedPassage>({
    fields: ['heading', 'context', 'text'],
    storeFields: [],
    tokenize: tokenizeField,
    processTerm: (t) => indexTerms(t),
  });
  const passages = new Map<string, GuidePassage>();
  for (const p of guidePassages(guides)) passages.set(p.id, p);
  passageMini.addAll([...passages.values()].map((p) => ({ id: p.id, heading: p.heading, context: p.context, text: p.text })));
  return {
    guides,
    mini,
    sections,
    passageMini,
    passages,
    vocabulary,
    faq: options.faq ?? [],
    sectionQuestions: options.sectionQuestions ?? [],
    buildMs: performance.now() - started,
  };
}

/** Is a guide for this audience visible to the member? `all` guides always are. */
export function audienceAllows(guide: Audience, member: SearchOptions['audience']): boolean {
  if (!member || guide === 'all') return true;
  return guide === member;
}

/** The member's citizenship → the audience filter. Permanent residents see everything. */
export function audienceForCitizenship(citizenship: string | undefined): SearchOptions['audience'] {
  if (citizenship === 'us-citizen') return 'us-citizen';
  if (citizenship === 'non-us') return 'non-us';
  return undefined;
}

/** A US citizen or permanent resident, or a profile saying no visa is needed: visa advice is not for them. */
export function needsNoVisa(profile: { citizenship?: string | undefined; visa?: string | undefined } | undefined): boolean {
  return profile?.citizenship === 'us-citizen' || profile?.citizenship === 'us-permanent-resident' || profile?.visa === 'not-needed';
}

/** Per-document BM25 score of one term (MiniSearch, field boosts, prefix/fuzzy as configured). */
function termScores(
  mini: MiniSearch<IndexedSection> | MiniSearch<IndexedPassage>,
  boost: Record<string, number>,
  term: string,
  typo: boolean,
): Map<string, number> {
  const cfg = RETRIEVAL_CONFIG;
  const scores = new Map<string, number>();
  const results = mini.search(term, {
    tokenize: (s) => [s],
    processTerm: (t) => t,
    boost: { ...boost },
    weights: { ...cfg.weights },
    prefix: term.length >= cfg.prefixMinLength,
    fuzzy: typo && term.length >= cfg.fuzzyMinLength ? cfg.fuzzy : false,
    maxFuzzy: cfg.maxFuzzy,
  });
  for (const r of results) scores.set(r.id as string, r.score);
  return scores;
}

export interface SearchOutcome {
  passages: Passage[];
  /** How many of the member's own (non-stop-word) terms the guides contain at all. */
  matchedTerms: number;
  termCount: number;
  /** The best paragraphs and list items, best first, from the sections in `passages`. */
  hits?: PassageHit[];
}

interface Scored {
  scores: Map<string, number>;
  matchedTerms: number;
}

/**
 * Score = (sum of the BM25 scores of the member's own terms + for each glossary group, its
 * weight × its best-scoring term) × (1 + coverageBonus × (concepts matched − 1)), where a
 * concept is one of the member's terms (1) or a glossary group (its weight). Scoring term by
 * term, instead of one MiniSearch OR query, keeps a glossary entry with many synonyms from
 * outweighing a word the member actually typed.
 */
function scoreAll(
  query: WeightedQuery,
  mini: MiniSearch<IndexedSection> | MiniSearch<IndexedPassage>,
  boost: Record<string, number>,
  vocabulary: ReadonlySet<string>,
): Scored {
  const sum = new Map<string, number>();
  const concepts = new Map<string, number>();
  const total = mini.documentCount || 1;
  const add = (id: string, score: number, weight: number): void => {
    sum.set(id, (sum.get(id) ?? 0) + score);
    concepts.set(id, (concepts.get(id) ?? 0) + weight);
  };
  /** A term in most documents says little about which one answers: it counts less as a concept. */
  const specificity = (df: number): number => Math.max(0.1, Math.log((total + 1) / (df + 0.5)) / Math.log(total + 1));
  let matchedTerms = 0;
  for (const { term, weight } of query.terms) {
    // Fuzzy matching is for typos: a word the guides use is matched exactly ("residency" must
    // not also find "residence").
    const scores = termScores(mini, boost, term, !vocabulary.has(term));
    if (scores.size) matchedTerms++;
    const spec = specificity(scores.size);
    for (const [id, s] of scores) add(id, weight * s, weight * spec);
  }
  for (const group of query.expansions) {
    const best = new Map<string, number>();
    for (const term of group.terms) {
      for (const [id, s] of termScores(mini, boost, term, false)) best.set(id, Math.max(best.get(id) ?? 0, s));
    }
    const spec = specificity(best.size);
    for (const [id, s] of best) add(id, group.weight * s, group.weight * spec);
  }
  const scores = new Map<string, number>();
  for (const [id, s] of sum) {
    scores.set(id, s * (1 + RETRIEVAL_CONFIG.coverageBonus * Math.max(0, (concepts.get(id) ?? 1) - 1)));
  }
  return { scores, matchedTerms };
}

interface WeightedQuery {
  terms: Array<{ term: string; weight: number }>;
  expansions: ExpansionGroup[];
}

/**
 * The member's terms, those outside the asking clause (context such as "I'm a PGY2 from Lagos")
 * weighted `contextWeight`; glossary expansions as in expandQuery.
 */
function weightQuery(query: string): WeightedQuery {
  const expanded = expandQuery(query);
  const asked = new Set(analyze(questionClause(query)));
  const hasClause = asked.size > 0;
  return {
    terms: expanded.terms.map((term) => ({ term, weight: !hasClause || asked.has(term) ? 1 : RETRIEVAL_CONFIG.contextWeight })),
    expansions: expanded.expansions,
  };
}

/**
 * The best sections for a free-text question, best first, with how much of the question the
 * guides know (the answer composer uses that to tell "not covered" apart from a weak match), and
 * the best paragraphs and list items inside them.
 *
 * A section's score is its own score plus `passageWeight` × its best passage's score: a section
 * holding one paragraph that answers the question outranks a long section that merely mentions
 * the question's words here and there.
 */
export function searchWithStats(index: KnowledgeIndex, query: string, options: SearchOptions = {}): SearchOutcome {
  const { limit = 5, audience } = options;
  const weighted = weightQuery(query);
  const sectionScores = scoreAll(weighted, index.mini, RETRIEVAL_CONFIG.boost, index.vocabulary);
  const passageScores = scoreAll(weighted, index.passageMini, RETRIEVAL_CONFIG.passageBoost, index.vocabulary).scores;

  const bestPassage = new Map<string, number>();
  const hits: PassageHit[] = [];
  for (const [id, score] of passageScores) {
    const passage = index.passages.get(id);
    if (!passage) continue;
    const key = `${passage.doc}#${passage.section}`;
    const section = index.sections.get(key);
    if (!section || !audienceAllows(section.audience, audience)) continue;
    // A hedge or pointer never answers; it still counts a little for its section.
    const s = passage.disclaimer ? score * RETRIEVAL_CONFIG.disclaimerWeight : score;
    hits.push({ passage, score: s });
    bestPassage.set(key, Math.max(bestPassage.get(key) ?? 0, s));
  }

  const ranked: Array<Passage & { order: number }> = [];
  for (const [id, s] of sectionScores.scores) {
    const section = index.sections.get(id);
    if (!section || !audienceAllows(section.audience, audience)) continue;
    ranked.push({
      doc: section.doc,
      section: section.slug,
      heading: section.heading,
      text: section.text,
      score: s + RETRIEVAL_CONFIG.passageWeight * (bestPassage.get(id) ?? 0),
      order: section.order,
    });
  }
  // Ties break on guide order, so results are deterministic.
  ranked.sort((a, b) => b.score - a.score || a.order - b.order);
  const passages = ranked.slice(0, limit).map(({ order: _order, ...p }) => p);
  const kept = new Set(passages.map((p) => `${p.doc}#${p.section}`));
  hits.sort((a, b) => b.score - a.score || a.passage.id.localeCompare(b.passage.id));
  return {
    passages,
    matchedTerms: sectionScores.matchedTerms,
    termCount: weighted.terms.length,
    hits: hits.filter((h) => kept.has(`${h.passage.doc}#${h.passage.section}`)),
  };
}

/** The best sections for a free-text question, best first; empty when nothing matches. */
export function search(index: KnowledgeIndex, query: string, options: SearchOptions = {}): Passage[] {
  return searchWithStats(index, query, options).passages;
}

/** Does `doc#section` exist in the loaded guides? */
export function hasSection(guides: readonly Guide[], ref: SourceRef): boolean {
  return guides.some((g) => g.id === ref.doc && g.sections.some((s: Section) => s.slug === ref.section));
}
