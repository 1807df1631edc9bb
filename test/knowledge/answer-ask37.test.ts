// Readings /ask missed in round ask37, each checked in wordings of our own (none is a curated
// phrasing or a corpus item), in several voices: numbers typed as digits and short forms, ECFMG's
// sponsorship (the J-1, not its certification), retaking a Step already passed.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { meaningOf } from '../../src/knowledge/meaning.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);
const sameMeaning = (a: string, b: string) => expect([...meaningOf(a).features].sort()).toEqual([...meaningOf(b).features].sort());

describe('a number typed as digits or a short form reads as its words', () => {
  it.each([
    ['2 yrs gap after internship', 'two years gap after internship'],
    ['3 yrs since graduation, too late?', 'three years since graduation, too late?'],
    ['did a 6 mo observership in ohio', 'did a six months observership in ohio'],
    ['6mos of research in boston', 'six months of research in boston'],
    ['my 1st attempt at CK', 'my first attempt at CK'],
    ['a 2nd yr IM resident asking', 'a second year IM resident asking'],
  ])('"%s" means what "%s" means', (a, b) => sameMeaning(a, b));

  it.each([
    ['second year resident in IM', 'year:pgy2'],
    ['im a 2nd-year internal medicine resident', 'year:pgy2'],
    ['in the third year of my surgery residency', 'year:pgy3'],
    ['first year resident here on J1', 'year:pgy1'],
  ])('a resident\'s year told in words is the PGY year: "%s"', (q, year) => {
    expect(meaningOf(q).entities.has(year)).toBe(true);
  });

  it('a year after residency is no training year', () => {
    expect([...meaningOf('the first year after residency i worked as hospitalist').entities].some((e) => e.startsWith('year:'))).toBe(false);
  });

  it('a number before things is still a count', () => {
    expect(meaningOf('I applied to 2 programs only').entities.has('count:several')).toBe(true);
  });
});

describe("ECFMG's sponsorship is the J-1's, not its certification", () => {
  it.each([
    'Do I need ECFMG to sponsor me again for a fellowship?',
    'will ecfmg sponsor me for fellowship after my residency ends?',
    'does ECFMG have to sponsor again when i switch to fellowship',
    'my fellowship, will it be sponsored by ECFMG also like residency?',
  ])('answered about J-1 sponsorship: "%s"', (q) => {
    const a = ask(q);
    expect(a.faqId).not.toBe('ecfmg-needed');
    expect(a.answer).toMatch(/J-1/);
  });

  it('ECFMG certification asked about stays certification', () => {
    expect(ask('is ECFMG certification required before a CI fellowship?').faqId).toBe('ecfmg-needed');
  });
});

describe('retaking a Step already passed', () => {
  it.each([
    'can I retake Step 1 to improve my score?',
    'I passed step 2 ck with 221, can i take it again for a higher score',
    'failed step 1 first attempt, passed second time. do i have to retake it for fellowship?',
    'scored 212 on CK, passed but low. allowed to resit?',
    'is it possible to repeat usmle step 2 after passing, my score is weak',
  ])('says a passed Step is not taken again: "%s"', (q) => {
    const a = ask(q);
    expect(a.faqId).toBe('retake-passed-step');
    expect(a.answer).toMatch(/does not allow a retake after a\s+pass/);
    expect(a.lead === undefined || a.lead === 'no').toBe(true);
  });

  it.each([
    'I failed Step 1 and passed on the retake, how do I explain it in the interview?',
    'how do i answer when they ask about my step 1 fail, i passed the second time',
    'failed CK twice, how soon can I retake?',
    'I failed Step 1 two times and third time I passed. how fast can I retake Step 2 if I fail?',
    'OET: passed listening, reading and speaking but not writing. can I retake only writing?',
    'my step 2 score is low (passed), will it hurt me?',
  ])('a question that only mentions a Step in passing is not about retaking a pass: "%s"', (q) => {
    expect(ask(q).faqId).not.toBe('retake-passed-step');
  });
});
