import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';
import { residencyProgress } from '../../src/knowledge/subject.js';

const { index } = getKnowledge();

describe('how far through residency the member says they are', () => {
  it.each([
    'I finished IM residency, can I apply?',
    'Completed my internal medicine residency back in Egypt two years ago.',
    'graduated from pediatrics residency last June',
    'done with residency (FM) since 2022',
    'I am three years out of residency',
    'after I finished residency I worked in a clinic',
    'my residency was completed in 2019',
    'with a residency I completed outside the US',
    "I'm a board-certified internist",
  ])('past it: "%s"', (q) => {
    expect(residencyProgress(q)).toBe('done');
  });

  it.each([
    "I'm a PGY-3, can I apply now?",
    'I will finish residency next June',
    'I am a second-year resident in family medicine',
    'still in residency, is it too early?',
    'in my final residency year',
  ])('still in it: "%s"', (q) => {
    expect(residencyProgress(q)).toBe('in');
  });

  it.each([
    "I haven't finished residency yet",
    'once I have completed residency, can I apply?',
    'I finished medical school and started residency prep',
    'I am a permanent resident of the US',
    "I'm attending a webinar on informatics",
    'when I finish residency can I apply?',
  ])('neither told as done nor as under way: "%s"', (q) => {
    expect(residencyProgress(q)).toBeUndefined();
  });
});

describe('a member who has finished residency gets the eligibility rule, not the in-residency timing', () => {
  it.each([
    'I finished IM residency, can I apply for informatics fellowship?',
    'I graduated from pediatrics residency last June. Is it possible for me to apply to informatics fellowships now?',
    "I'm three years out of residency and working as a hospitalist, can I still apply to a CI fellowship?",
    'after I finished residency I worked in a clinic for 2 years. can I apply to informatics fellowship?',
  ])('"%s"', (q) => {
    const a = answerQuestion(index, q);
    expect(a.answer).not.toMatch(/apply during your final residency year/i);
    expect(a.answer).toMatch(/standard rule/i);
    expect(a.answer).toMatch(/exception|any other country/i);
  });

  it.each(['Can I apply for the CI fellowship while I am still in residency?', "I'm a PGY-3, can I apply to the CI fellowship now?"])(
    'one still in residency keeps the timing answer: "%s"',
    (q) => {
      expect(answerQuestion(index, q).answer).toMatch(/final residency year/i);
    },
  );
});

describe('a comparison asked as "which is better for me" defines both sides', () => {
  it.each([
    'CMIO vs CNIO, which one is better for a physician like me?',
    'CNIO or CMIO - which should I aim for as a doctor?',
    'as an internist, is the CMIO or the CNIO track the better fit for me?',
  ])('"%s"', (q) => {
    const a = answerQuestion(index, q);
    expect(a.answer).toMatch(/CMIO[^\n]*physician leader/);
    expect(a.answer).toMatch(/CNIO[^\n]*nursing counterpart/);
    // (not a list of letter writers that names both in passing)
    expect(a.answer).not.toMatch(/oversaw your project work/);
    expect(a.answer).not.toMatch(/plain yes or no/);
  });

  it('a reply that opens on the sides keeps its opening', () => {
    const a = answerQuestion(index, 'What is difference between AMIA match and NRMP match? Which one I use for clinical informatics fellowship??');
    expect(a.answer).toMatch(/^CI fellowships match through the AMIA/);
  });
});

describe('a term a guide defines is answered even when it sounds clinical', () => {
  it.each(['what does medication reconciliation mean exactly', 'what is e-prescribing?'])('"%s"', (q) => {
    const a = answerQuestion(index, q);
    expect(a.kind).not.toBe('out-of-scope');
    expect(a.answer).toContain('[informatics-concepts#ehr-and-workflow]');
  });

  it.each(['what is the right dose of metformin', 'how do I do medication reconciliation for a patient on warfarin and amiodarone'])(
    'a clinical question stays declined: "%s"',
    (q) => {
      expect(answerQuestion(index, q).kind).toBe('out-of-scope');
    },
  );
});

describe('another clinical profession as the career asked about is declined', () => {
  it.each([
    'Is it easier for an IMG to work as a physician associate in America than to match into residency?',
    'could I become a CRNA with my foreign medical degree instead of residency?',
    'my MBBS is from Egypt - can I work as an anesthesiologist assistant in the US while waiting to match?',
  ])('"%s"', (q) => {
    expect(answerQuestion(index, q).kind).toBe('out-of-scope');
  });

  it.each(['Does working as a medical scribe count as US clinical experience?', 'Can a physician assistant write one of my letters for the CI fellowship?'])(
    'stays in scope: "%s"',
    (q) => {
      expect(answerQuestion(index, q).kind).not.toBe('out-of-scope');
    },
  );
});

describe('a consular delay told as the setting does not decide the question', () => {
  it('the asking clause about the application keeps it in scope', () => {
    const a = answerQuestion(index, 'My visa is stuck in administrative processing and my start date may slip by months. What can I do in the meantime to keep my application strong?');
    expect(a.kind).not.toBe('out-of-scope');
  });

  it('a question about the embassy itself stays declined', () => {
    expect(answerQuestion(index, 'what documents do I bring to my J-1 visa interview at the embassy?').kind).toBe('out-of-scope');
  });

  it('time to fill while waiting for a visa is read as a gap to come', () => {
    expect(answerQuestion(index, 'while I wait for my J-1 to come through, what should I fill the months with?').answer).toContain('[explaining-red-flags#productive-gap-activities]');
  });
});

describe('a residency not yet finished is a stage told, not a negation of the question', () => {
  it.each(["I haven't finished residency yet, can I apply for the informatics fellowship?", 'I have not completed my residency, can I still apply to a CI fellowship?'])(
    '"%s" gets the curated yes',
    (q) => {
      expect(answerQuestion(index, q).answer).toMatch(/^\*\*Yes\.\*\* You apply during your final residency year/);
    },
  );
});
