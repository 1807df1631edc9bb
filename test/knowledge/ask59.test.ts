import { describe, expect, it } from 'vitest';
import { answerQuestion, type Answer } from '../../src/knowledge/answer.js';
import { openingSentenceLead } from '../../src/knowledge/answer-polarity.js';
import { j1YearsPastLimit, j1YearsTold } from '../../src/knowledge/j1-years.js';
import { asksResidencyOrFellowshipFirst } from '../../src/knowledge/residency-first.js';
import { outOfScope } from '../../src/knowledge/scope.js';
import { getKnowledge } from '../../src/knowledge/store.js';

/**
 * Round ask59 (issue #11): the misses of session 30's held-out set, fixed by meaning and checked in
 * wordings of our own, with near-misses that must not change.
 */
const { index } = getKnowledge();
const ask = (q: string): Answer => answerQuestion(index, q);
const cited = (a: Answer): string[] => [...a.answer.matchAll(/\[([a-z0-9-]+#[a-z0-9-]+)\]/g)].map((m) => m[1]!);

describe('careers after training, board exam facts and science laws are declined', () => {
  it.each([
    'once I complete my informatics fellowship what kind of roles are out there? does Cerner hire fellows?',
    'after finishing the fellowship, could I become a CMIO immediately?',
    'I recently completed my CI fellowship and have two job offers, one at a startup and one as faculty. which should I take?',
    'what is the pass rate of the ABPM clinical informatics exam?',
    'how difficult are the clinical informatics boards and which review course is best?',
    'what is the step 1 pass rate for IMGs?',
    'can you explain the renin angiotensin pathway for step 1 renal?',
    'quick explanation of the Starling forces in renal physiology please',
  ])('"%s"', (q) => {
    expect(outOfScope(q)).toBeDefined();
    expect(ask(q).covered).toBe(false);
  });

  it.each([
    'am I eligible to sit the CI board exam after a fellowship through the exception?',
    'can I work as an informatics analyst during residency to strengthen my fellowship application?',
    'I matched in the AMIA match but got a job offer from a startup, can I back out?',
    'what do CI fellows do after the fellowship, do they still see patients?',
    'when can I take the clinical informatics boards?',
    'I failed step 1 once, how will programs see it?',
    'is pathology a good base specialty for clinical informatics?',
    'I have two fellowship interview offers on the same day, which should I accept?',
    'does informatics work before the fellowship count as experience?',
    'how many attempts do I get at the CI boards?',
  ])('near-miss stays in scope: "%s"', (q) => {
    expect(outOfScope(q)).toBeUndefined();
  });
});

describe('a J-1 limit the member quotes is not a year of their plan', () => {
  it.each([
    ['Pls sir J-1 is maximum 7 years. I will do IM 3 years and CI fellowship 2 years, it will fit inside the J-1?', 5],
    ['I know the J-1 allows up to 7 years. Family medicine 3 years then clinical informatics 2 years, ok?', 5],
    ['J1 is limited to seven years right? pediatrics 3 yrs and then informatics fellowship 2 yrs', 5],
  ])('"%s"', (q, years) => {
    expect(j1YearsTold(q)).toBe(years);
    expect(j1YearsPastLimit(q)).toBeUndefined();
    expect(ask(q).answer).not.toMatch(/^\*\*No\.\*\*/);
  });

  it('a plan past the limit is still read as past it', () => {
    expect(j1YearsPastLimit('on J-1: 3 yrs IM + 3 yrs cardiology fellowship, now CI 2 years also on J1?')).toBe(8);
    expect(j1YearsPastLimit('J1 limit is seven years, right? IM 3 yrs then cardiology 3 yrs then CI 2 yrs')).toBe(8);
  });
});

describe('"residency first or fellowship?" from a member with no residency leads with residency first', () => {
  it.each([
    'residency first or straight to fellowship?',
    'should I do residency first or go straight to the CI fellowship? I have no residency',
    'fellowship directly or residency first, which one for me, I only have MBBS',
    'i just graduated MBBS. do i need to do US residency before CI fellowship or can i go straight?',
    'which comes first for an IMG, the residency or the informatics fellowship?',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.answer).toMatch(/^\*\*Residency first\.\*\*/);
    expect(a.answer).not.toMatch(/\*\*(?:Yes|No)\.\*\*/);
    expect(cited(a)).toContain('ci-pathway#fellowship-eligibility');
  });

  it.each([
    'I finished my IM residency in Egypt, residency again or straight to fellowship?',
    'PGY2 in internal medicine now: CI fellowship right after or a few years as attending first?',
    'how long is the CI fellowship?',
  ])('near-miss keeps its own answer: "%s"', (q) => {
    expect(asksResidencyOrFellowshipFirst(q)).toBe(false);
    expect(ask(q).answer).not.toMatch(/^\*\*Residency first/);
  });
});

describe('a yes or no read from the opening sentence only when it plainly settles what is asked', () => {
  it.each([
    ['can I join my video interview on my phone?', 'Hardware: use a laptop or desktop; do not interview from your phone.', 'no'],
    ['can my wife do residency on her H-4?', 'H-4 on its own lets you live and study in the US but not work, and training is paid work.', undefined],
    ['do I need Step 3 for a J-1?', 'A J-1 through ECFMG does not require Step 3: ECFMG asks for certification.', 'no'],
    // A requirement denied does not answer whether something is still possible.
    ['I failed step 3, will I still be able to get a J-1?', 'A J-1 through ECFMG does not require Step 3: ECFMG asks for certification.', undefined],
    // A contrast denies the thing compared, not the thing asked.
    ['is the AMIA match binding like the NRMP?', 'CI fellowships match through the AMIA Clinical Informatics Fellowship Match, not the NRMP.', undefined],
    // A condition or a hedge: no plain word.
    ['can I apply without Step 3?', 'Only if the program does not ask for it.', undefined],
    ['can I rank a program I did not interview with?', 'Some programs allow it, others do not.', undefined],
    // Two questions, or a question turned around by its own negation.
    ['can I apply now? and do I need letters?', 'You can apply now.', undefined],
    ["isn't a master's enough for the boards?", "A master's is not enough for the boards.", undefined],
    // A permission granted in the modal asked.
    ['can I enter a rank order list before my ECFMG certificate is issued?', 'The certificate itself can come later: you can enter a rank order list before it is issued.', 'yes'],
  ])('"%s" / "%s"', (q, s, word) => {
    expect(openingSentenceLead(q, s)).toBe(word);
  });

  it.each([
    'is it ok to do the zoom interview from my phone?',
    'could I do my virtual interview using my mobile phone?',
    'my laptop died, can I interview on my phone instead?',
  ])('whole replies: "%s" leads No where the guide says not to', (q) => {
    const a = ask(q);
    if (a.lead) expect(a.lead).toBe('no');
    expect(a.answer).not.toMatch(/^\*\*Yes\.\*\*/);
  });
});

describe('curated answers for the meanings session 30 missed', () => {
  it.each([
    ['Monday of match week, I am unmatched. what do I do in SOAP now?', 'matches#soap'],
    ['just got told I did not match this morning (match week), how do the SOAP rounds work?', 'matches#soap'],
    ['is it smarter to sit step 3 before residency applications or once I am a resident?', 'visas#h1b-for-training'],
    ['Step 3 timing: before the match or during PGY1, and does the visa change that?', 'visas#h1b-for-training'],
    ['I have zero US experience, not even an observership. can my letters still be strong?', 'letters#no-us-experience'],
    ['spent two years nursing my father after graduation and did Coursera data courses after. how should ERAS show that gap?', 'explaining-red-flags#explaining-a-gap'],
    ['completed my residency in Pakistan; should I apply to IM residencies and CI fellowships in the same cycle as a backup?', 'matches#both-matches-one-season'],
  ])('"%s" cites %s', (q, ref) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(cited(a)).toContain(ref);
  });
});
