import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { outOfScope } from '../../src/knowledge/scope.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();

// Declined by what is asked (whose question, about what), not by words: pay, a job hunt after
// training, another country's licence, a career for someone who is not a physician. Close
// questions about getting into US training stay answered. Our own wordings.
describe('pay is declined, asking about pay at an interview is not', () => {
  it.each([
    'how much do clinical informatics attendings make? CMIO salary?',
    'how much do informatics fellows in New York make per year?',
    'which specialty pays the most?',
    'what is the best paying residency for an IMG?',
    'residency with the highest salary and good hours?',
  ])('"%s" is a money question', (q) => {
    expect(outOfScope(q)?.id).toBe('money');
  });

  it.each(['can I ask the PD about salary during the interview?', 'is it rude to bring up pay and vacation with the program director on interview day?'])(
    '"%s" stays in scope',
    (q) => {
      expect(outOfScope(q)).toBeUndefined();
    },
  );
});

describe('a job hunt after training is declined; what a CMIO is and a waiver job are not', () => {
  it.each([
    'After fellowship finish, how I get job as CMIO at big hospital? what companies hiring?',
    'once I finish the CI fellowship, where do I look for CMIO jobs?',
    'post-fellowship, which health systems are hiring physician informaticists?',
    'how is the job market for CMIO roles after the fellowship?',
    'how do I land an attending job in informatics after training ends?',
  ])('"%s" is declined', (q) => {
    expect(outOfScope(q)).toBeDefined();
  });

  it.each([
    'What does a CMIO do, and is that the usual job after fellowship?',
    "can a J1 waiver job be an informatics job? i'd love a CMIO-track role",
    'I want to be CMIO one day. Do I need CI board certification for that kind of job?',
    'can I find a job as a hospitalist between residency and fellowship on my J1?',
  ])('"%s" stays in scope', (q) => {
    expect(outOfScope(q)).toBeUndefined();
  });
});

describe("another country's licence is declined; a past abroad weighed for the US fellowship is not", () => {
  it.each([
    'In Ireland, how I get into specialist registration with my Indian MD?',
    'in the UK what exams do I need to work as a doctor?',
    'how do I get on the Australian specialist register as an IMG?',
    'In New Zealand, what is the route to vocational registration for a Pakistani MBBS?',
  ])('"%s" is another country\'s system', (q) => {
    expect(outOfScope(q)?.id).toBe('other-country');
  });

  it.each([
    'I did my residency in Ireland, am I eligible for a CI fellowship in the US?',
    'do i need a US medical license to even APPLY to CI fellowship? im PGY2 IM rn',
    'In the US, do I need a full medical licence before I apply to clinical informatics fellowships?',
    'my specialist training was in the UK, does it count for the ABPM clinical informatics boards?',
  ])('"%s" stays in scope', (q) => {
    expect(outOfScope(q)).toBeUndefined();
  });
});

describe('a career for someone who is not a physician is declined; a physician applicant\'s Epic certificate is not', () => {
  it.each([
    'recommend a good Epic certification course for non-clinical people',
    'Epic certification for non-medical people, which course?',
    'is there an Epic course for someone without a medical degree?',
    'best EHR training for non-clinical staff?',
  ])('"%s" is declined', (q) => {
    expect(outOfScope(q)).toBeDefined();
  });

  it.each([
    'should I get Epic certified before applying to CI fellowship as an IM resident?',
    'which Epic certification helps a physician applying to clinical informatics fellowship?',
    'I am on H-4, can I switch to J-1 for residency?',
    'moving from H4 to J1 for my fellowship, what happens to my status?',
  ])('"%s" stays in scope', (q) => {
    expect(outOfScope(q)).toBeUndefined();
  });
});

describe('"rn" after a physician\'s training year is "right now", an RN named is still a nurse', () => {
  it('a PGY2 in IM asking about a licence to apply is answered', () => {
    const q = 'do i need a US medical license to even APPLY to CI fellowship? im PGY2 IM rn';
    expect(outOfScope(q)).toBeUndefined();
    expect(answerQuestion(index, q).covered).toBe(true);
  });
  it.each(["I'm a nurse, im rn in ICU, can I apply to a CI fellowship?", 'im rn, can I do clinical informatics?'])('"%s" is a nurse\'s question', (q) => {
    expect(outOfScope(q)?.id).toBe('other-profession');
  });
});
