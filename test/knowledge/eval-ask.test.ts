import { beforeAll, describe, expect, it } from 'vitest';
import { labelMatches, normaliseScope, run, summary, wantedSections, type Item } from '../../bench/eval-ask/run.js';
import { getKnowledge } from '../../src/knowledge/store.js';

// Loading the guides and the labelled questions /ask learns from is set-up, not the test.
beforeAll(() => void getKnowledge(), 120_000);

// The eval script must read a labelled batch written later by someone else: other spellings of
// the scope, "uncovered" written three ways, labels naming a whole guide, a batch of its own.
describe('npm run eval:ask reads every labelled batch', () => {
  const item = (over: Partial<Item>): Item => ({ id: 'x', q: 'q', scope: 'in', file: 'f.jsonl', ...over });

  it('counts answers: [], answers: ["uncovered"] and uncovered: true alike, and no answers field as unlabelled', () => {
    expect(wantedSections(item({ answers: [] }))).toEqual([]);
    expect(wantedSections(item({ answers: ['uncovered'] }))).toEqual([]);
    expect(wantedSections(item({ uncovered: true, answers: ['letters#ideal-mix'] }))).toEqual([]);
    expect(wantedSections(item({}))).toBeUndefined();
    expect(wantedSections(item({ answers: [' letters#ideal-mix '] }))).toEqual(['letters#ideal-mix']);
    expect(wantedSections(item({ scope: 'out', answers: ['letters#ideal-mix'] }))).toBeUndefined();
  });

  it('accepts a section label or a whole-guide label, and the usual spellings of the scope', () => {
    expect(labelMatches('letters#ideal-mix', 'letters#ideal-mix')).toBe(true);
    expect(labelMatches('letters', 'letters#ideal-mix')).toBe(true);
    expect(labelMatches('letters#ideal-mix', 'letters#eras-letter-limits')).toBe(false);
    expect(normaliseScope('in-scope')).toBe('in');
    expect(normaliseScope('Out of scope')).toBe('out');
    expect(normaliseScope('maybe')).toBeUndefined();
  });

  it('reports a batch marked "heldout" as its own part and scores it like the rest', () => {
    const rows = run([
      item({ id: 'b1', batch: 'heldout', q: 'how many letters of recommendation do I need for a CI fellowship?', answers: ['letters'] }),
      item({ id: 'b2', batch: 'heldout', q: 'what is the capital of France?', scope: 'out' }),
      item({ id: 'b3', batch: 'heldout', q: 'is there a guide on parking at interviews?', answers: [] }),
    ]);
    expect(rows.map((r) => r.part)).toEqual(['batch', 'batch', 'batch']);
    const s = summary(rows);
    expect(s).toMatchObject({ inScope: 1, answered: 1, outOfScope: 1, declined: 1, uncovered: 1 });
  });
});
