// Newcomer trial 13: "i did my FM residency on J1… can i do CI fellowship on H1B since i passed step 3?"
// was answered "**Yes.**" from the H-1B section's Step 3 rule. For a member who trained on an ECFMG
// J-1 the two-year home rule decides first, so /ask leads with it and never says a bare Yes.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { homeRuleQuestion } from '../../src/knowledge/home-rule.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);

describe('a J-1 trainee asking about an H-1B hears the two-year rule first', () => {
  it.each([
    'i did my FM residency on J1 in ohio. can i do CI fellowship on H1B since i passed step 3?',
    'Finished IM in 2025, trained on J1 visa. now want H1B for the informatics fellowship, how?',
    'im a J-1 resident PGY3 and step 3 is passed. H1B for fellowship possible?',
    'Respected sir, my paediatrics residency was completed under an ECFMG J-1. May I now go for clinical informatics fellowship with H-1B status?',
    'currently on J1 in family med, can the fellowship switch me to h1b next july',
    'finished FM residency on J1 last june, now i want CI fellowship on H1B, is that possible?',
  ])('%s', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(a.answer).not.toMatch(/^\*\*Yes\b/);
    expect(a.lead).not.toBe('yes');
    const opening = a.answer.split(/\n/)[0] ?? '';
    expect(opening).toMatch(/two-year/);
    expect(opening).toMatch(/waive/);
    // The rule's own word is not followed by "I can't give a plain yes or no".
    expect(a.answer).not.toMatch(/plain yes or no/);
  });
});

describe('the J-1 offered as an option, or a rule already settled, is not told as training', () => {
  it.each([
    'Should I do the CI fellowship on J1 or H1B?',
    'does an H1B need step 3 passed?',
    'I got my J1 waiver approved through Conrad 30, can I do CI fellowship on H1B later?',
    'I already completed my two years at home after my J-1 residency, can I get an H1B for fellowship now?',
  ])('%s', (q) => {
    expect(homeRuleQuestion(q)).toBe(false);
    expect(ask(q).answer).not.toMatch(/^\*\*Not while the J-1 two-year rule stands/);
  });
});

describe('two questions in one message get no single word from the rule', () => {
  it('keeps the rule first but leads with no word when a second question is asked', () => {
    const a = ask('Does ECFMG sponsor the J-1 for my CI fellowship? And since my residency was on J1, can I switch to H1B later?');
    expect(a.lead).toBeUndefined();
    expect(a.answer).toMatch(/two-year/);
  });
});
