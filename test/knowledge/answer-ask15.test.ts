import { describe, expect, it } from 'vitest';
import { answerQuestion, joinedQuestions, leadWord } from '../../src/knowledge/answer.js';
import { meaningOf } from '../../src/knowledge/meaning.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);

describe('ask15: a question about the USMLE attempt limit is answered with the limit', () => {
  it.each([
    'What is the attempt limit for USMLE?',
    'how many times can I take Step 1?',
    'Kindly tell me the maximum number of USMLE attempts permitted per step.',
    'how many times am I allowed to sit Step 1 before I am locked out?',
  ])('%s', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(a.answer).toMatch(/\bfour (?:attempts|tries)\b/);
    expect(a.answer).toMatch(/usmle\.org/);
    expect(a.passages.map((p) => `${p.doc}#${p.section}`)).toContain('ci-pathway#usmle-attempt-limit');
  });

  it('a question about chances after a failure still gets the failure answer, not the limit', () => {
    const a = ask('I failed Step 1 once. Can I still get into a CI fellowship?');
    expect(a.answer).not.toMatch(/\bfour (?:attempts|tries)\b/);
    expect(a.answer).toMatch(/still possible/);
  });
});

describe('ask15: two questions joined by "and" in one sentence are both answered', () => {
  it('splits only where the second half asks on its own', () => {
    expect(joinedQuestions('do I need US letters and how many?')?.asks).toEqual(['do I need US letters?', 'how many?']);
    expect(joinedQuestions('is Step 3 required for the H-1B and when should I take it')?.asks[1]).toBe('when should I take it?');
    expect(joinedQuestions('can I do residency and the fellowship in the same year?')).toBeUndefined();
    expect(joinedQuestions('I am a J-1 resident and I want to apply')).toBeUndefined();
  });

  it('a second half too short or pointing back is searched with the first half', () => {
    expect(joinedQuestions('do I need US letters and how many?')?.searched).toBe('how many do I need US letters?');
    expect(joinedQuestions('how many letters should I get and can my program director write one of them?')?.searched).toMatch(/^can my program director write one of them how many letters/);
  });

  it('the part the reply does not answer is answered after it', () => {
    const a = ask('do I need US letters and how many?');
    expect(a.answer).toMatch(/at most four letters/);
    expect(a.answer).toMatch(/\*\*You also asked:\*\* "do I need US letters\?"/);
    const b = ask('how many letters should I get for the fellowship and can my program director write one of them?');
    expect(b.answer).toMatch(/program director/);
    expect(b.answer).toMatch(/\*\*You also asked:\*\* "how many letters should I get for the fellowship\?" For a CI fellowship/);
  });
});

describe('ask15: several programs told they are the top choice get a plain No', () => {
  it('three or more of the things a member sends to are "several"', () => {
    expect(meaningOf('can I send a top-choice email to 3 programs?').entities.has('count:several')).toBe(true);
    expect(meaningOf('could I tell five fellowships they are my top choice?').entities.has('count:several')).toBe(true);
    // "Step 3" stays an exam, not a count.
    expect(meaningOf('do I need Step 3 first?').entities.has('count:several')).toBe(false);
  });

  it.each(['can I send a top-choice email to 3 programs?', "could I tell five fellowships they're my top choice?", "Can I send 'you are my top choice' email to 3 programs to increase chance?"])('%s', (q) => {
    const a = ask(q);
    expect(a.lead).toBe('no');
    expect(a.answer).toMatch(/^\*\*No\.\*\* Send a "top choice" message to one program only/);
  });

  it('one program told it is the first choice still gets Yes', () => {
    expect(ask('can I tell my favourite program it is my top choice?').lead).toBe('yes');
  });

  it('a count that measures time ("the two-year rule") is not a shared "several" for the lead', () => {
    expect(leadWord('Can I do my J1 waiver job and CI fellowship at the same time?', { phrasing: 'Is there a waiver for the J-1 two-year rule?', yes: true, precision: 0.7, recall: 0.5 })).toBeUndefined();
  });
});

describe('ask15: whether a professionalism warning must be disclosed is a requirement asked, and gets its Yes', () => {
  it('"do I have to disclose?" after a warning told as context leads Yes', () => {
    const a = ask(
      'during my internship back home I had a professionalism complaint (argument with a senior, written warning). ERAS asks about it. Do I have to disclose?? nobody in US will know',
    );
    expect(a.lead).toBe('yes');
  });

  it('a requirement about the personal statement, which the guides do not set, gets no word', () => {
    expect(ask('do I have to mention my probation in the personal statement?').lead).toBeUndefined();
  });
});
