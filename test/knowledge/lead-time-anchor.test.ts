// A yes/no question timed by one event ("must I go home BEFORE the fellowship?") is not answered by
// the yes or no of a curated question timed by another ("…go home for two years AFTER a J-1?": yes).
// The two-year home rule follows the end of J-1 training; it does not stand between a J-1 residency
// and a J-1 fellowship, so a "Yes" there told a resident to leave the country for nothing.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';
import { timeAnchors } from '../../src/knowledge/question-form.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);

describe('timeAnchors: what the time words of a clause are anchored to', () => {
  it.each([
    ['do i have to go home 2 yrs before fellowship or can j1 continue?', ['fellowship']],
    ['is it compulsory to have passed step3 before i begin the clinical informatics fellowship?', ['i begin the clinical informatics fellowship']],
    ['do I have to go home for two years after a J-1?', ['a j1']],
    ['can I send it after that?', []],
    ['what is the two year rule?', []],
  ])('reads "%s" as anchored to %j', (clause, want) => {
    expect(timeAnchors(clause)).toEqual(want);
  });
});

describe('/ask: a yes or no only from an answer to the question as timed', () => {
  it.each([
    'PGY3 IM on J1, finishing june 2027. interviewing for CI now. do i have to go home 2 yrs before fellowship or can J1 continue?',
    'im J-1 resident. must i return to my country for 2 years before i start CI fellowship?',
    'J1 doctor here, is it required to stay home two years prior to fellowship training',
    'Dear sir, I am on J1 visa in pediatrics residency. Whether I need to complete 2 year home stay before joining informatics fellowship?',
  ])('never answers "%s" with Yes', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(a.lead).not.toBe('yes');
    expect(a.answer).not.toMatch(/^\*\*Yes\.\*\*/);
  });

  it('still answers the rule after J-1 training with Yes', () => {
    const a = ask('do i have to go home for 2 years after my J1 training ends?');
    expect(a.faqId).toBe('j1-two-year-rule');
    expect(a.lead).toBe('yes');
  });

  it('answers "before fellowship" from the entry about going straight on to a fellowship', () => {
    const a = ask('im J-1 resident. must i return to my country for 2 years before i start CI fellowship?');
    expect(a.faqId).toBe('j1-home-rule-fellowship-next');
  });
});
