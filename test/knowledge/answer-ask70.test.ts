// Round ask70: round ask68's curated answers landed, each kept to the meaning it was written for.
// Paraphrases in other voices reach each new answer; near-misses on the other side of each line
// keep the answer they had before (the reason the round ask68 commits waited on their branch).
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);

describe('a Step 3 result against the rank list: only questions about when the result comes', () => {
  const timing = [
    'step 3 in january, score back before I certify my rank list?',
    'if I sit step 3 in february would programs see my score when ranking?',
    'booking step 3 for mid feb - would the score reach programs in time for ranking?',
    'is a february step 3 date too late for the result to count in the match ranking?',
  ];
  for (const q of timing)
    it(q, () => {
      const a = ask(q);
      expect(a.faqId).toBe('step3-result-before-rank-list');
      expect(a.answer).toMatch(/late February or early March/);
      // (No yes/no word of its own: "will it be too late?" and "will it be back in time?" are opposites.)
      expect(a.answer).not.toMatch(/^\*\*(?:Yes|No)\.\*\*/);
    });
  // A Step 3 prerequisite says "before" too; it keeps its own answer and its word.
  it.each([
    ['Must I pass Step 3 before I can get an H-1B for residency?', 'yes'],
    ['do I have to pass Step 3 first to get an H-1B for training?', 'yes'],
    ['is passing step 3 a must before H1B petition?', 'yes'],
    ['Do I need Step 3 for an H-1B?', 'yes'],
    ['can I get H1B without step 3?', 'no'],
  ] as const)('near-miss keeps h1b-step3 and its word: %s', (q, word) => {
    const a = ask(q);
    expect(a.faqId).toBe('h1b-step3');
    expect(a.lead).toBe(word);
  });
  it('near-miss: Step 3 for a J-1 keeps its No', () => expect(ask('is step 3 needed for J1?').lead).toBe('no'));
  it('near-miss: where Step 3 is given keeps its own answer', () => expect(ask('can I take step 3 outside the US?').faqId).toBe('step3-where'));
});

describe('research as USCE at some programs, never over the plain question', () => {
  for (const q of ['does research count as USCE for some programs?', 'is research counted as USCE at certain programs?', 'research as USCE - does it depend on the program?'])
    it(q, () => {
      const a = ask(q);
      expect(a.faqId).toBe('research-usce-program-definition');
      expect(a.answer).toMatch(/own definition/);
    });
  it.each([
    ['does research count as USCE?', 'no'],
    ['is research the same as USCE?', 'no'],
    ['research year at a US hospital - is that clinical experience?', 'no'],
    ['is my research considered clinical experience', 'no'],
  ] as const)('near-miss keeps the plain No: %s', (q, word) => {
    const a = ask(q);
    expect(a.faqId).toBe('research-as-usce');
    expect(a.lead).toBe(word);
  });
  it("a negative put for confirmation is still confirmed: research doesn't count as USCE, right?", () => {
    expect(ask("research doesn't count as USCE, right?").answer).toMatch(/^\*\*Correct: it doesn't\.\*\*/);
  });
});

describe('a pending EAD renewal: the current rule, dated and sourced', () => {
  for (const q of [
    'if uscis hasnt approved my ead renewal by expiry can i continue residency?',
    'if i file EAD renewal before it expire and it still pending, can i keep working in residency?',
    'my EAD card ends next fall and renewal is pending, may I keep seeing patients after it ends?',
  ])
    it(q, () => {
      const a = ask(q);
      expect(a.faqId).toBe('ead-renewal-pending-work');
      expect(a.answer).toMatch(/October 30, 2025/);
      expect(a.answer).toMatch(/2025-19702/);
      // (The answer states the rule; the composer gives the word: never a bare "Not" of its own.)
      expect(a.answer).not.toMatch(/^Not\b/);
    });
});

describe('a residency abroad: PGY-1, what the guides cannot settle, and what it still counts for', () => {
  for (const q of [
    'I completed a specialty residency in Egypt, can I skip PGY-1?',
    'my residency abroad, does it count for anything? must i redo intern year?',
    'will US residencies give me credit for my specialist training back home?',
    'I did MD anaesthesia in India, does it count / can I skip intern year?',
  ])
    it(q, () => {
      const a = ask(q);
      expect(a.faqId).toBe('foreign-residency-credit');
      expect(a.answer).toMatch(/PGY-1/);
      expect(a.answer).toMatch(/cannot settle/);
      expect(a.answer).toMatch(/still counts in your application/);
      expect(a.lead).toBeUndefined();
    });
  it('near-miss: CI fellowship eligibility with a foreign residency keeps its own answer', () => {
    expect(ask('Can I apply to a clinical informatics fellowship with a residency I completed outside the US?').faqId).toBe('eligibility-foreign-residency');
  });
});

describe("a PhD's letter", () => {
  for (const q of ['my PhD mentor is not an MD, can he write me a letter for residency?', 'my PI is PhD not MD, is her letter ok for IM residency?'])
    it(q, () => {
      const a = ask(q);
      expect(a.faqId).toBe('phd-letter-ok');
      expect(a.answer).toMatch(/physician/);
    });
});
