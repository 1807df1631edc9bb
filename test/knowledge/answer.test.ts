import { describe, expect, it } from 'vitest';
import { ANSWER_CONFIG, answerQuestion, composeAnswer, leadOf, splitSentences } from '../../src/knowledge/answer.js';
import { loadGuides } from '../../src/knowledge/load.js';
import { createIndex, type Passage } from '../../src/knowledge/retrieval.js';

const guides = loadGuides();
const index = createIndex(guides);
const CITATION = /\[([a-z0-9-]+)#([a-z0-9-]+)\]/g;

const passage = (text: string, score: number, section = 's'): Passage => ({ doc: 'd', section, heading: `Heading ${section}`, text, score });

describe('leadOf', () => {
  it('keeps at most three sentences and does not split after "e.g." or "Dr."', () => {
    const text = 'One is here, e.g. this. Dr. Lee wrote two. Three ends. Four is dropped.';
    expect(leadOf(text)).toBe('One is here, e.g. this. Dr. Lee wrote two. Three ends.');
    expect(splitSentences('Ask Dr. Lee. Then wait.')).toEqual(['Ask Dr. Lee.', 'Then wait.']);
  });

  it('follows a paragraph into the list it introduces, and stops at the next paragraph', () => {
    const item = 'who watched you work on a real project and can describe it in detail.';
    const text = `Three groups matter most:\n\n- **Informatics faculty** ${item}\n- US attendings ${item}\n- Research leads ${item}\n\nA later paragraph that is not part of the lead.`;
    expect(leadOf(text)).toBe(`Three groups matter most:\n- Informatics faculty ${item}\n- US attendings ${item}\n- Research leads ${item}`);
  });

  it('turns a bold label into "Label:" before its list and never ends on a dangling label', () => {
    expect(leadOf('Short opener.\n\n**What they ask**\n- One?\n- Two?')).toBe('Short opener.\nWhat they ask:\n- One?\n- Two?');
    expect(leadOf('Short opener.\n\n**Label**')).toBe('Short opener.');
  });

  it(`stays within ${ANSWER_CONFIG.leadMaxChars} characters, cutting at a sentence or a word`, () => {
    const long = `${'This sentence is rather long and keeps going. '.repeat(40)}`;
    const lead = leadOf(long);
    expect(lead.length).toBeLessThanOrEqual(ANSWER_CONFIG.leadMaxChars);
    expect(lead).toMatch(/\.$/);
    const oneSentence = `${'word '.repeat(400)}end.`;
    const cut = leadOf(oneSentence);
    expect(cut.length).toBeLessThanOrEqual(ANSWER_CONFIG.leadMaxChars);
    expect(cut).toMatch(/word…$/);
  });
});

describe('composeAnswer', () => {
  it('cites the lead and each "See also" line, and drops passages far below the best', () => {
    const a = composeAnswer(
      {
        passages: [passage('Best answer here. More.', 100, 'a'), passage('Close.', 60, 'b'), passage('Far.', 10, 'c')],
        matchedTerms: 2,
        termCount: 2,
      },
      guides,
    );
    expect(a.covered).toBe(true);
    expect(a.answer).toBe('Best answer here. More. [d#a]\n\nSee also:\n- Heading b [d#b]');
    expect(a.passages.map((p) => p.section)).toEqual(['a', 'b']);
  });

  it(`says plainly it is not covered when confidence is below the floor (${ANSWER_CONFIG.scoreFloor})`, () => {
    const weak = composeAnswer({ passages: [passage('x', ANSWER_CONFIG.scoreFloor * 2)], matchedTerms: 1, termCount: 3 }, guides);
    expect(weak.covered).toBe(false);
    expect(weak.passages).toEqual([]);
    expect(weak.answer).toMatch(/don't cover/);
    for (const g of guides) expect(weak.answer).toContain(g.title);
    const atFloor = composeAnswer({ passages: [passage('x.', ANSWER_CONFIG.scoreFloor)], matchedTerms: 1, termCount: 1 }, guides);
    expect(atFloor.covered).toBe(true);
    const justBelow = composeAnswer({ passages: [passage('x.', ANSWER_CONFIG.scoreFloor - 0.01)], matchedTerms: 1, termCount: 1 }, guides);
    expect(justBelow.covered).toBe(false);
  });

  it('lists only the topics the member can see when not covered', () => {
    const a = composeAnswer({ passages: [], matchedTerms: 0, termCount: 0 }, guides, 'us-citizen');
    for (const g of guides) {
      if (g.audience === 'non-us') expect(a.answer).not.toContain(g.title);
      else expect(a.answer).toContain(g.title);
    }
  });
});

describe('answerQuestion on the real guides', () => {
  it.each([
    ['how many letters should mention informatics', 'letters#how-many-informatics-letters'],
    ['how do I explain a gap', 'explaining-red-flags#explaining-a-gap'],
    ['can I tell two programs they are my top choice', 'prematch#top-choice'],
    ['what is the STAR method', 'interview-questions#star-method'],
  ])('answers "%s" citing %s, and every citation exists', (q, ref) => {
    const a = answerQuestion(index, q);
    expect(a.covered).toBe(true);
    expect(a.answer.startsWith('[')).toBe(false);
    const cited = [...a.answer.matchAll(CITATION)].map((m) => `${m[1]}#${m[2]}`);
    expect(cited).toContain(ref);
    expect(cited).toEqual(a.passages.map((p) => `${p.doc}#${p.section}`));
    for (const c of cited) {
      const [doc, section] = c.split('#');
      expect(guides.some((g) => g.id === doc && g.sections.some((s) => s.slug === section))).toBe(true);
    }
  });

  it.each(['what is the capital of france', 'how do I bake sourdough bread', 'how do i', 'recommend a good laptop for gaming'])(
    'does not pretend to answer "%s"',
    (q) => {
      const a = answerQuestion(index, q);
      expect(a.covered).toBe(false);
      expect(a.answer).not.toMatch(CITATION);
    },
  );
});
