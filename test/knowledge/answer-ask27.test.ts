// Readings /ask missed in round ask27, each checked in wordings of our own (none is a curated
// phrasing or a corpus item).
import { describe, expect, it } from 'vitest';
import { answerQuestion, rankedSections } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);
const cites = (q: string) => [...ask(q).answer.matchAll(/\[([a-z0-9-]+#[a-z0-9-]+)\]/g)].map((m) => m[1]);

describe('asking for the words to say in an interview is about the interview, not about one\'s chances', () => {
  it.each([
    'what exactly should i tell the interviewer when he brings up my failed Step 2 CK?',
    "In the interview, how do I respond to 'why did you fail Step 1'? I always get nervous",
    'how would I answer the panel about my Step 1 failure at my interview without sounding weak',
    'interviewer will say "I see two attempts on your CK" - how do I reply??',
  ])('no "still possible" answer: "%s"', (q) => {
    const a = ask(q);
    expect(a.faqId).not.toBe('step-failure-chances');
    expect(a.lead).toBeUndefined();
    expect(cites(q).some((c) => c?.startsWith('explaining-red-flags#'))).toBe(true);
  });

  it('whether a failure ends the road is still answered as a chance', () => {
    expect(ask('I failed Step 1 once, is a CI fellowship still possible for me?').faqId).toBe('step-failure-chances');
  });

  it('an informatics concept asked for an interview is answered by what it is', () => {
    expect(cites('what is alert fatigue and what do I say if the interviewer asks about it?')[0]).toBe('informatics-concepts#alert-fatigue');
  });
});

describe('a span counted from graduation is a gap', () => {
  it.each([
    'the panel may ask about the three years since I graduated. what do I say?',
    'If the program director asks what I did in the 4 years after medical school, how should I answer?',
  ])('answered as a gap in the interview: "%s"', (q) => {
    expect(rankedSections(index, q).slice(0, 3)).toEqual(expect.arrayContaining([expect.stringMatching(/red-flags-in-the-interview|gaps-in-interviews|explaining-a-gap/)]));
  });
});

describe('years on a J-1 told past the usual seven-year total are a question about that limit', () => {
  it.each([
    'finished 4 yr pediatrics residency + 3 yrs neonatology, all on J-1. can I still do the 2 year CI fellowship on J1?',
    'My plan: IM residency 3 years on J1, then cardiology 3 years, then CI 2 years. Is it possible on the same J-1??',
  ])('never a Yes, and the answer states the limit with the member\'s count: "%s"', (q) => {
    const a = ask(q);
    expect(a.lead).toBe('no');
    expect(a.answer).toMatch(/add up to (?:8|9)\b/);
    expect(a.answer).toMatch(/seven years/);
  });

  it('a plan within the limit is not told no', () => {
    expect(ask('3 year IM residency then the 2 year CI fellowship, both on J1 - can one J-1 cover both?').lead).not.toBe('no');
  });

  it('asking how the limit counts keeps its own answer', () => {
    expect(ask('Does the 7 year J-1 limit include my residency? I did 3 years IM and 3 years nephrology on J-1, CI would be 2 years.').lead).not.toBe('no');
  });
});

describe('a question opening with "also" after a story leaves the first question implied', () => {
  it.each([
    "My supervisor told me to draft my own LOR and he would just sign. Also, should I waive my right to read it?",
    'the PD wants me to rank them first and promised a spot, two questions here: is it ok to waive the letter right?',
  ])('no single Yes or No for two questions: "%s"', (q) => {
    expect(ask(q).lead).toBeUndefined();
  });

  it('the same question alone keeps its Yes', () => {
    expect(ask('Should I waive my right to read my recommendation letter?').lead).toBe('yes');
  });
});
