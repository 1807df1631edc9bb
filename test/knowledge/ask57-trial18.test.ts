import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';

/**
 * Round ask57, newcomer trial 18 (a J-1 preliminary-year graduate back home): the trial's own
 * questions, paraphrases in other words, and near-misses that must keep their answers.
 */
const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);

describe('a new J-1 before the two years at home are done', () => {
  it.each([
    'can I come back to the US on a J-1 again for a categorical residency if I didnt finish the 2 years in colombia?',
    'can ECFMG sponsor me again on a J-1 if I have not yet done my two years back home?',
  ])('says the rule does not bar a new J-1: %s', (q) => {
    const a = ask(q);
    expect(a.answer).toMatch(/does not bar a new J-1/);
    expect(a.answer).not.toMatch(/^\*\*No\.\*\*/);
  });

  it.each([
    'if I match categorical can I do the informatics fellowship after with J-1 or I need waiver?',
    'will I need a waiver to move from residency into a clinical informatics fellowship if both are on J-1?',
  ])('going on to a fellowship on the J-1 needs no waiver: %s', (q) => {
    expect(ask(q).answer).toMatch(/needs no waiver/);
  });

  it('answers "does the rule apply to me, must I stay home first?" with both halves', () => {
    const a = ask(
      'I was on J-1 from ECFMG for my prelim year. does the two year home rule apply to me? do I have to stay 2 years in Colombia before I go back?',
    );
    expect(a.answer).toMatch(/subject to it/);
    expect(a.answer).toMatch(/does not make you stay home before coming back on a new J-1/);
  });

  it('keeps the H-1B-after-two-years answer for that question (near-miss)', () => {
    expect(ask('after my two years at home can I come back on H-1B?').faqId).toBe('j1-home-then-h1b');
  });
});

describe('credit for a US preliminary year', () => {
  it.each([
    'if I do categorical IM residency do I need to repeat the intern year or they give credit for my prelim year?',
    'I finished a preliminary medicine year in Ohio. Do programs let me skip PGY-1 in categorical IM?',
  ])('says it can count and is the program’s decision, never "starts at PGY-1 whatever": %s', (q) => {
    const a = ask(q);
    expect(a.passages.map((p) => `${p.doc}#${p.section}`)).toContain('ci-pathway#prelim-year-credit');
    expect(a.answer).not.toMatch(/whatever you trained in abroad/);
  });

  it('still says No to "does a preliminary year count as a completed residency?" (near-miss)', () => {
    const a = ask('Does a preliminary year count as a completed residency?');
    expect(a.answer).toMatch(/^\*\*No\.\*\*/);
  });
});

describe('a letter written in another language', () => {
  it.each([
    'my clinic director in Medellin only speaks spanish, can he write the letter in spanish? who translate it?',
    'my old chief writes only in Arabic, can his letter of recommendation be written in Arabic and then translated?',
  ])('is answered about the letter, not declined as learning a language: %s', (q) => {
    const a = ask(q);
    expect(a.kind).not.toBe('out-of-scope');
    expect(a.passages.some((p) => p.doc === 'letters')).toBe(true);
  });

  it.each(['do I need to learn Spanish to work as a doctor in Miami? which course is best?', 'which app should I use to learn Spanish before residency in LA?'])(
    'still declines learning a language (near-miss): %s',
    (q) => {
      expect(ask(q).declined).toBe('language');
    },
  );
});
