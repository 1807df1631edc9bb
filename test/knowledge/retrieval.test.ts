import { beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_TITLES } from '../../src/knowledge/sources.js';
import { loadGuides, parseGuide, type Guide } from '../../src/knowledge/load.js';
import {
  audienceForCitizenship,
  createIndex,
  hasSection,
  search,
  type KnowledgeIndex,
} from '../../src/knowledge/retrieval.js';
import { analyze, stem } from '../../src/knowledge/text.js';

const refs = (index: KnowledgeIndex, q: string, opts = {}): string[] => search(index, q, opts).map((p) => `${p.doc}#${p.section}`);

describe('text analysis', () => {
  it('drops question filler so "how do i" does not dominate', () => {
    expect(analyze('How do I ask for a letter?')).toEqual(['ask', 'letter']);
    expect(analyze('how do i')).toEqual([]);
  });

  it('folds spelling variants of exams, visas and e-mail', () => {
    expect(analyze('J-1 H-1B O-1 e-mail')).toEqual(['j1', 'h1b', 'o1', 'email']);
    expect(analyze('Step 2 CK, step1')).toEqual(['step2', 'ck', 'step1']);
    expect(analyze('US clinical experience')).toEqual(['usa', 'clinical', 'experienc']);
  });

  it('stems plurals and verb endings to a shared form', () => {
    expect(stem('letters')).toBe(stem('letter'));
    expect(stem('failed')).toBe(stem('fail'));
    expect(stem('writing')).toBe(stem('write'));
    expect(stem('strategies')).toBe(stem('strategy'));
    expect(stem('h1b')).toBe('h1b');
  });
});

describe('retrieval over the real guides', () => {
  let guides: Guide[];
  let index: KnowledgeIndex;
  beforeAll(() => {
    guides = loadGuides();
    index = createIndex(guides);
  });

  it('indexes every section of every guide', () => {
    expect(index.sections.size).toBe(guides.reduce((n, g) => n + g.sections.length, 0));
  });

  it('finds letters sections from the abbreviation "LOR"', () => {
    const top = search(index, 'LOR', { limit: 3 });
    expect(top).toHaveLength(3);
    for (const p of top) expect(p.doc).toBe('letters');
  });

  it('finds a letters section despite the typo "recomendation"', () => {
    expect(refs(index, 'how many recomendation letters should mention informatics', { limit: 3 })).toContain(
      'letters#how-many-informatics-letters',
    );
    for (const p of search(index, 'recomendation', { limit: 3 })) {
      expect(p.doc === 'letters' || /letters of recommendation/i.test(p.heading), `${p.doc}#${p.section}`).toBe(true);
    }
  });

  it('returns passages best first with their heading and text', () => {
    const ps = search(index, 'thank-you email after the interview');
    expect(ps.length).toBeGreaterThan(1);
    for (let i = 1; i < ps.length; i++) expect(ps[i - 1]!.score).toBeGreaterThanOrEqual(ps[i]!.score);
    expect(ps[0]).toMatchObject({ doc: 'prematch', section: 'thank-you-notes' });
    expect(ps[0]!.heading.length).toBeGreaterThan(0);
    expect(ps[0]!.text.length).toBeGreaterThan(100);
  });

  it('ranks the section named by the question above sections that merely mention its words', () => {
    expect(refs(index, 'what is alert fatigue')[0]).toBe('informatics-concepts#alert-fatigue');
    expect(refs(index, 'what is a PDSA cycle')[0]).toBe('informatics-concepts#pdsa');
    expect(refs(index, 'can I tell two programs they are my #1')[0]).toBe('prematch#top-choice');
  });

  it('honours the limit and returns nothing for a question of only stop words or unknown words', () => {
    expect(search(index, 'letters', { limit: 2 })).toHaveLength(2);
    expect(search(index, 'how do i')).toEqual([]);
    expect(search(index, 'what is the capital of france')).toEqual([]);
  });

  it('never shows non-US guides to US citizens, nor US-citizen guides to non-US members', () => {
    const q = 'visa sponsorship J-1 H-1B and why did you study abroad as a US citizen';
    const docs = (audience: 'us-citizen' | 'non-us' | undefined): Set<string> =>
      new Set(search(index, q, { limit: 50, ...(audience ? { audience } : {}) }).map((p) => p.doc));
    const audienceOf = new Map(guides.map((g) => [g.id, g.audience]));
    const all = docs(undefined);
    expect([...all].some((d) => audienceOf.get(d) === 'non-us')).toBe(true);
    expect([...all].some((d) => audienceOf.get(d) === 'us-citizen')).toBe(true);
    for (const d of docs('us-citizen')) expect(audienceOf.get(d)).not.toBe('non-us');
    for (const d of docs('non-us')) expect(audienceOf.get(d)).not.toBe('us-citizen');
  });

  it('maps citizenship to the audience filter (permanent residents see every guide)', () => {
    expect(audienceForCitizenship('us-citizen')).toBe('us-citizen');
    expect(audienceForCitizenship('non-us')).toBe('non-us');
    expect(audienceForCitizenship('us-permanent-resident')).toBeUndefined();
    expect(audienceForCitizenship(undefined)).toBeUndefined();
  });

  it('hasSection tells existing refs from missing ones', () => {
    expect(hasSection(guides, { doc: 'letters', section: 'ideal-mix' })).toBe(true);
    expect(hasSection(guides, { doc: 'letters', section: 'no-such-section' })).toBe(false);
    expect(hasSection(guides, { doc: 'no-such-guide', section: 'ideal-mix' })).toBe(false);
  });

  it('builds the index quickly', () => {
    expect(index.buildMs).toBeLessThan(5000);
  });
});

describe('retrieval ranking on a small corpus', () => {
  const src = SOURCE_TITLES.letters;
  const mk = (id: string, audience: string, body: string): Guide =>
    parseGuide(`${id}.md`, `---\nid: ${id}\ntitle: ${id} guide\naudience: ${audience}\ntags: []\nsource: "${src}"\n---\n${body}`);
  const index = createIndex([
    mk('alpha', 'all', '## Letters of recommendation {#letters}\nAsk writers early.\n## Exam scores {#scores}\nA low score needs context.\n'),
    mk('beta', 'non-us', '## Visa sponsorship {#visa}\nPrograms sponsor J-1 visas.\n'),
    mk('gamma', 'us-citizen', '## Studying abroad {#abroad}\nWhy you went abroad.\n'),
  ]);

  it('prefers a heading match over a body match', () => {
    expect(refs(index, 'letters')[0]).toBe('alpha#letters');
    expect(refs(index, 'J1')[0]).toBe('beta#visa');
  });

  it('filters by audience', () => {
    expect(refs(index, 'visa abroad')).toEqual(expect.arrayContaining(['beta#visa', 'gamma#abroad']));
    expect(refs(index, 'visa abroad', { audience: 'us-citizen' })).toEqual(['gamma#abroad']);
    expect(refs(index, 'visa abroad', { audience: 'non-us' })).toEqual(['beta#visa']);
  });
});
