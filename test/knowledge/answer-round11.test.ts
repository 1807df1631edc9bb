import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { meaningOf } from '../../src/knowledge/meaning.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);

describe('round eleven: the lead answers what was asked', () => {
  it('a "when" question opens with the time the guides give, not with whether', () => {
    const a = ask('When should I ask my PD for the letter?');
    expect(a.answer).toMatch(/^Ask early/);
    expect(a.answer).toMatch(/4-6 weeks/);
  });

  // Regression of session 29, fixed in ask56: a named Step is "a Step", failing once is one failed
  // attempt (answer.ts withImplied), and the curated answer opens "It is possible." again.
  it('a failed exam named in the context is what "can I still…?" is about, and the guide says yes', () => {
    const a = ask('I failed Step 2 CK once, can I still apply to CI fellowships?');
    expect(a.lead).toBe('yes');
    expect(a.answer).toMatch(/^\*\*Yes\.\*\* It is possible\./);
    expect(a.answer).toContain('[red-flags#exam-failures]');
  });

  it('asked as the opposite outcome ("does that block…?"), the guide\'s yes is not borrowed', () => {
    expect(ask('failed step 3 twice. does that block CI fellowship').lead).not.toBe('yes');
  });

  it('"pass/fail" and an attempt alone are not a failure', () => {
    expect(meaningOf('step 1 is pass/fail now, does my old score still show?').entities.has('fail:exam')).toBe(false);
    expect(meaningOf('I failed CK once').entities.has('fail:exam')).toBe(true);
  });

  // Regression of session 35's merges, fixed in ask69: letters25's new guide sections moved the
  // weights so the entry's prohibition phrasing ("is it against the rules to tell…? [no]") reached
  // the lead; the obligation guard now treats a prohibition like a permission (answer.ts).
  it('an obligation is not answered with a permission\'s yes', () => {
    expect(ask("PD emailed me saying they'll rank me to match. Do I now have to put them #1??").lead).not.toBe('yes');
  });

  it('a negated condition run into the question ("if i dont match … is there SOAP") does not flip the answer', () => {
    expect(ask('if i dont match in the AMIA match is there SOAP').lead).not.toBe('yes');
  });

  it('a message asking two things answers both, the second briefly', () => {
    const a = ask('I am J-1 physician in IM. Can I do the informatics fellowship on same J-1? And who give the Statement of Need?');
    expect(a.answer).toContain('**You also asked:** "And who give the Statement of Need?"');
    expect(a.answer).toMatch(/Ministry of Health/);
  });

  it('red flags to avoid at an interview are found in the interview guide', () => {
    const a = ask('red flags to avoid in interviews');
    expect(a.covered).toBe(true);
    expect(a.answer).toContain('[interview-preparation#interview-red-flags]');
    expect(ask('red flags when buying a used car in the US?').covered).toBe(false);
  });
});
