import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { comparedSides } from '../../src/knowledge/comparison.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const cites = (q: string): string[] => [...answerQuestion(index, q).answer.matchAll(/\[([a-z0-9-]+#[a-z0-9-]+)\]/g)].map((m) => m[1]!);

describe('a comparison reads the two things set side by side', () => {
  it.each([
    ['chief medical vs chief nursing officer?', 'chief medical', 'chief nursing officer'],
    ['what is the difference between an order set and a reminder', 'order set', 'reminder'],
    ['compare Step 3 with OET', 'Step 3', 'OET'],
    ['for my gap, is an externship better than an observership?', 'externship', 'observership'],
    ['LOINC or RxNorm - which one is for lab tests?', 'LOINC', 'RxNorm'],
  ])('%s', (q, a, b) => {
    expect(comparedSides(q)).toEqual([a, b]);
  });

  it.each(['should I waive my right or not?', 'can I apply to residency and the fellowship in the same year?', 'I did research and then an observership. What next?'])('finds no comparison in "%s"', (q) => {
    expect(comparedSides(q)).toBeUndefined();
  });
});

describe('a comparison is answered on both sides', () => {
  it('answers what each officer does when the first reply only named both in passing', () => {
    const a = answerQuestion(index, 'CNIO versus CMIO?');
    expect(a.answer).toMatch(/Chief Nursing Information Officer/);
    expect(a.answer).toMatch(/Chief Medical Information Officer/);
    expect(cites('CNIO versus CMIO?')).toContain('informatics-concepts#governance-and-change-management');
  });

  it('adds the side the reply left out, cited from its own section', () => {
    const a = answerQuestion(index, 'what separates a hard stop from an interruptive alert?');
    expect(a.answer).toMatch(/Interruptive alerts stop the workflow/);
    expect(a.answer).toMatch(/Hard stops - the system blocks an action/);
    expect(cites('what separates a hard stop from an interruptive alert?')).toContain('informatics-concepts#patient-safety-and-qi');
  });

  it('speaks to a research year as well as an observership', () => {
    const a = answerQuestion(index, 'an observership or a research year: which helps me more?');
    expect(a.answer).toMatch(/observership/i);
    expect(a.answer).toMatch(/\bresearch\b/i);
  });

  // Regression of session 35's merges, fixed in ask69: "what is NRMP?" found letters25's SOAP-letters
  // passage, which names the NRMP only in passing; a side's own answer must be about the side.
  it('keeps a reply that already opens a sentence on each side', () => {
    const plain = answerQuestion(index, 'AMIA match or NRMP — which one for CI?');
    expect(plain.answer).toMatch(/AMIA Clinical Informatics Fellowship Match, not the NRMP/);
    expect(plain.answer).not.toMatch(/\*\*(?:AMIA match|NRMP):\*\*/);
  });
});

describe('matching of other things than applicants and programs is declined', () => {
  it.each([
    'should I use exact matching or a caliper for my retrospective study?',
    'how many controls per case when matching patients by sex and age?',
    'does the match on bumble depend on how often you swipe?',
    'propensity-score matched cohorts: how do I report them?',
  ])('declines "%s"', (q) => {
    const a = answerQuestion(index, q);
    expect(a.covered).toBe(false);
    expect(a.kind).toBe('out-of-scope');
  });

  it.each([
    'how does the NRMP algorithm pair applicants with programs?',
    'does my chance to match depend on my age?',
    'can a couple match together into the same hospital?',
  ])('still answers "%s"', (q) => {
    expect(answerQuestion(index, q).covered).toBe(true);
  });
});

describe('a question about a question interviewers will ask gets the interview answer', () => {
  it('answers why the member studied in the Caribbean, told as a story first', () => {
    const q = 'I went to medical school in St. Kitts and have worked as a hospitalist abroad since. Now I am applying to internal medicine. They are sure to ask why, so how should I answer?';
    expect(answerQuestion(index, q).passages[0] && `${answerQuestion(index, q).passages[0]!.doc}#${answerQuestion(index, q).passages[0]!.section}`).toBe('us-citizen-img#why-study-abroad');
  });

  it('answers a reported question about a gap with no interview named', () => {
    const cited = cites('If the program director wants to know about the year I spent at home after graduating, how do I respond?');
    expect(cited.some((r) => /explaining-a-gap|red-flags-in-the-interview|gaps-in-interviews|training-gaps/.test(r))).toBe(true);
  });

  it.each(['Programs ask for three letters, how do I choose the writers?', 'How should I explain my gap? Programs ask about clinical currency.', 'What will interviewers ask me about informatics?'])(
    'leaves "%s" to the ordinary reading',
    (q) => {
      const a = answerQuestion(index, q);
      expect(a.passages.map((p) => p.doc)).not.toContain('us-citizen-img');
    },
  );
});
