import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { propositionOf, samePropositionKind } from '../../src/knowledge/proposition.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);
const WORD = /\*\*(?:Yes|No)\.\*\*/;

// A yes or no answers one proposition. Whether a rule is already done for the member is not whether
// it applies, whether something is required is not whether the member already did it, and "can I
// still…" is not "should I…". Our own wordings of each kind.
describe('the proposition asked is read from the asking clause', () => {
  it.each([
    'is my 2 year home rule done?',
    'have I met the two-year home requirement already?',
    'I went back to Lagos for 26 months after residency, has the 212e requirement been satisfied?',
    'does my time working in Cairo count toward the two years?',
    'am I free of the home residency rule now?',
    'does the two-year rule still apply to me after living in Egypt since 2023?',
    'I passed Step 3 in 2022. did I already take care of the H-1B exam requirement?',
    'are my two years at home up yet?',
  ])('"%s" asks whether something is done', (q) => {
    expect(propositionOf(q)).toBe('done');
  });

  it.each([
    'does the two year home rule apply to me?',
    'do I have to go home for two years after my J-1?',
    'is Step 3 required for the H-1B?',
    'must I spend two years in my country after J1 residency?',
    'Once the two-year home requirement is done, can I get an H-1B?',
    'I finished my two years at home, can I come back on an H-1B?',
  ])('"%s" does not ask whether something is done', (q) => {
    expect(propositionOf(q)).not.toBe('done');
  });

  it('"can I still…" is not settled by "should I…", but a permission by a permission is', () => {
    expect(samePropositionKind('can I still email the programs about my new paper?', 'should I email programs when I get a new publication')).toBe(false);
    expect(samePropositionKind('could I still mention my visa in the interview?', 'Should I bring up my visa in the interview?')).toBe(false);
    expect(samePropositionKind('can I still apply after the deadline?', 'can I still apply after the deadline passed?')).toBe(true);
    expect(samePropositionKind('is Step 3 required for the H-1B?', 'Do I need Step 3 for an H-1B visa?')).toBe(true);
  });
});

describe('whether the two-year home rule is done gets no word from whether it applies', () => {
  it.each([
    'I did IM residency on J1, left the US in 2023 and have been working in Cairo as a data analyst since. is my 2 year home rule done?',
    'After my J1 fellowship I went home to Pakistan in 2023. have I completed the two year requirement?',
    'I trained on an ECFMG J-1 and have been home in India for 3 years. does the 2 year rule still apply to me?',
    'I left the US in 2023 after my J-1 residency and have lived in Egypt since. Have I fulfilled the home residency requirement?',
    'back in Karachi for 2.5 years now after my J1 fellowship, am I done with the two-year rule?',
    'does my time at home since 2023 count toward the two years?',
  ])('"%s": no Yes or No, and when the rule is met is said', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(a.lead === 'yes' || a.lead === 'no').toBe(false);
    expect(a.answer).not.toMatch(WORD);
    expect(a.answer).toMatch(/two years/);
  });

  it('whether it applies keeps its Yes', () => {
    for (const q of ['Do I have to go home for two years after a J-1?', 'after J1 training must I go back home for 2 years?']) {
      expect(ask(q).lead, q).toBe('yes');
    }
  });

  it('the two-part message: "You also asked" about the rule being done carries no Yes', () => {
    const a = ask(
      'I did IM residency on J1, left the US in 2023 and have been working in Cairo as a data analyst since. is my 2 year home rule done? can I get H1B for fellowship?',
    );
    expect(a.covered).toBe(true);
    expect(a.answer).not.toMatch(/You also asked[^\n]*\*\*Yes\.\*\*/);
    expect(a.answer).not.toMatch(WORD);
  });
});

describe('whether Step 3 is required is not whether the member already met it', () => {
  it.each([
    'I passed Step 3 in 2022. did I already take care of the H-1B exam requirement?',
    'passed step 3 last spring, have I already met the Step 3 requirement for H1B?',
    'have I completed the Step 3 requirement for the H-1B since I passed it in residency?',
    'did I already satisfy the exam part for the H1B by passing step 3?',
  ])('"%s": no borrowed Yes from "do I need Step 3 for an H-1B?"', (q) => {
    const a = ask(q);
    expect(a.answer).not.toMatch(WORD);
  });

  it('the requirement asked keeps its Yes', () => {
    expect(ask('Do I need Step 3 for an H-1B visa?').lead).toBe('yes');
    expect(ask('is step 3 required for h1b').lead).toBe('yes');
  });
});
