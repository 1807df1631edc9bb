import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';
import { ownCycleStart } from '../../src/app/views/ask-own-cycle.js';
import { seasonNowLine } from '../../src/app/views/ask-season.js';
import type { Profile } from '../../src/core/profile/schema.js';

/**
 * Round ask63, newcomer trial 20 (a resident in a US internal medicine program on an ECFMG J-1,
 * planning a CI fellowship): the trial's questions, paraphrases in other voices, and near-misses
 * that must keep their old answers. The curated answers are matched only when a question tells
 * their situation (src/knowledge/trial20-situations.ts).
 */
const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);

describe('Conrad 30 after a J-1 fellowship', () => {
  it.each([
    'is conrad 30 waiver possible after CI fellowship? can i do informatics job on the waiver',
    'Once I finish my J-1 clinical informatics fellowship, could I apply for a Conrad 30 waiver?',
    'after fellowship in CI is conrad 30 still an option for me, and could the job be mostly informatics?',
    'My plan: IM residency then CI fellowship both on J1. Following the fellowship can I go for the Conrad waiver?',
  ])('says it is possible, with clinical work: %s', (q) => {
    const a = ask(q);
    expect(a.faqId).toBe('conrad-30-after-fellowship');
    expect(a.answer).toMatch(/can follow a J-1 fellowship/);
    expect(a.answer).toMatch(/90 days/);
    expect(a.answer).toMatch(/without patient care does not\s+fit/);
    expect(a.lead).not.toBe('no');
  });
  it.each([
    ['Can I leave my Conrad 30 waiver job early to start a fellowship?', 'conrad-30-leave-early'],
    ['Can I use a Conrad 30 waiver for a non-clinical informatics job?', 'conrad-30'],
    ['Do I have to tell programs that I am on a Conrad 30 waiver?', 'conrad-30-tell-programs'],
    ['I am in my second Conrad year, can I start the fellowship before my waiver job ends?', 'conrad-30-leave-early'],
  ])('the reverse question keeps its answer: %s', (q, id) => {
    expect(ask(q).faqId).toBe(id);
  });
});

describe('no work on the J-1 between programs', () => {
  it.each([
    'if i dont match CI, can i stay in US and work as hospitalist on my J1 for one year and reapply?',
    'if I am unmatched for fellowship, can I keep working as an attending on my J-1 until next season?',
    'Residency ends June, no fellowship spot yet. Am I allowed to stay and take a hospitalist job on J1 while I reapply?',
    'is it possible to work in the US for a gap year on my J-1 visa between residency and fellowship?',
  ])('leads No, with the 30 days and no work: %s', (q) => {
    const a = ask(q);
    expect(a.faqId).toBe('j1-no-work-after-training');
    expect(a.lead).toBe('no');
    expect(a.answer).toMatch(/30 days/);
  });
  it('moonlighting during residency is not this answer', () => {
    expect(ask('can i moonlight in PGY3 on my J-1?').faqId).not.toBe('j1-no-work-after-training');
  });
});

describe('a ranking traded for a place', () => {
  it.each([
    'can i rank a program first and tell them so they give me a spot?',
    "can I promise a program I'll rank them #1 in exchange for a guaranteed position?",
    'If I tell the PD they are my top choice, can I ask them to guarantee me a spot in return?',
  ])('leads No: %s', (q) => {
    const a = ask(q);
    expect(a.lead).toBe('no');
    expect(a.answer).toMatch(/trade|quid|in return/i);
  });
  it.each([
    ['Am I allowed to tell a program I will rank them first?', 'tell-program-ranking', 'yes'],
    ['Can I tell two programs they are my top choice, just to be safe?', 'top-choice-multiple', 'no'],
  ])('telling a true ranking keeps its answer: %s', (q, id, lead) => {
    const a = ask(q);
    expect(a.faqId).toBe(id);
    expect(a.lead).toBe(lead);
  });
});

describe('home for two years after the fellowship', () => {
  it.each([
    'after the fellowship must i go home for 2 years?',
    'When my J-1 fellowship is over, do I have to go back to my country for two years?',
    'after finishing the CI fellowship on J1 will i be forced to return home for 2 years?',
    'Is the 2 year home requirement something I must do after my fellowship ends?',
  ])('leads Yes, unless waived, and further J-1 training stays open: %s', (q) => {
    const a = ask(q);
    expect(a.faqId).toBe('home-after-j1-fellowship');
    expect(a.lead).toBe('yes');
    expect(a.answer).toMatch(/unless you get a waiver/);
    expect(a.answer).toMatch(/does not stop more J-1 training/);
  });
  it.each([
    ['on a J-1, must I spend two years in my home country between residency and fellowship?', 'no'],
    ['can I go from my J-1 residency straight into a CI fellowship on the J-1?', 'yes'],
  ])('going straight on keeps the continuation answer: %s', (q, lead) => {
    const a = ask(q);
    expect(a.faqId).toBe('j1-home-rule-fellowship-next');
    expect(a.lead).toBe(lead);
    // (Round ask63: continuation is ECFMG's and the program's decision, with a new SoN naming CI.)
    expect(a.answer).toMatch(/ECFMG can continue your sponsorship/);
    expect(a.answer).toMatch(/Training Program Liaison/);
    expect(a.answer).toMatch(/naming clinical informatics/);
  });
});

describe('an inquiry email to a fellowship program director now', () => {
  it.each([
    'can i email a fellowship program director now to ask if they take J-1 residents?',
    'Is it okay to email a CI fellowship PD now, a year before I apply, to ask about visa sponsorship?',
    'PGY2 here. May I contact the program director of a clinical informatics fellowship already to ask if they accept J-1?',
    'Should I reach out to informatics fellowship coordinators before applying to check eligibility?',
  ])('leads Yes, without the residency-abroad exception: %s', (q) => {
    const a = ask(q);
    expect(a.faqId).toBe('email-fellowship-pd-now');
    expect(a.lead).toBe('yes');
    expect(a.answer).not.toMatch(/exception/);
    expect(a.answer).not.toMatch(/cited above/);
  });
  it('a thank-you after the interview keeps its answer', () => {
    expect(ask('Can I email the program after the interview to say thank you?').faqId).toBe('thank-you-timing');
  });
});

describe('an old exam failure at fellowship', () => {
  it.each([
    'does my step 2 ck failure matter for fellowship?',
    'I failed Step 2 CK once years ago. Will CI fellowships care about it?',
    'Does a USMLE fail hurt me for clinical informatics fellowship applications?',
    "how will fellowship programs view my failed Step 1 attempt now that I'm a resident? does it still matter?",
  ])('answers plainly, with what weighs beside it: %s', (q) => {
    const a = ask(q);
    expect(a.faqId).toBe('exam-failure-at-fellowship');
    expect(a.answer).toMatch(/in-training exam/);
    expect(a.answer).toMatch(/program director/);
    // (Never "doing well on Step 2 CK" to a member who failed it.)
    expect(a.answer).not.toMatch(/doing well on Step 2 CK/);
  });
  it.each([
    ['Can I still get into a CI fellowship after failing a Step exam?', 'step-failure-chances'],
    ['How do I explain my Step 1 failure in my fellowship personal statement?', 'explain-failure'],
  ])('near-misses keep their answers: %s', (q, id) => {
    expect(ask(q).faqId).toBe(id);
  });
  it('the guide no longer composes another exam into the verification example', () => {
    const a = ask('how do I explain my step 2 ck failure, what counts as verification?');
    expect(a.answer).not.toMatch(/doing well on Step 2 CK/);
  });
});

describe('Step 3 for a member in a US residency', () => {
  it.each([
    'should i take step 3 now in PGY2 or wait?',
    "I'm a PGY-1 on J-1. When is the best time to take Step 3, now or later in residency?",
    'as a second year resident should I do step 3 this year or wait until PGY3?',
    'I am a PGY-2 on a J-1, should I take Step 3 now?',
  ])('says take it during residency, for the licence and the CI boards: %s', (q) => {
    const a = ask(q);
    expect(a.faqId).toBe('step3-during-residency');
    expect(a.answer).toMatch(/during residency/);
    expect(a.answer).toMatch(/ABPM/);
    expect(a.answer).not.toMatch(/^If your Step 3 result comes late/);
  });
  it.each([
    ['Should I take Step 3 before applying to residency, or during residency?', 'step3-before-or-during-residency'],
    ['Can I take Step 3 outside the United States?', 'step3-where'],
    ['Do I need Step 3 for an H-1B visa?', 'h1b-step3'],
  ])('a member without residency, or another Step 3 question, keeps its answer: %s', (q, id) => {
    expect(ask(q).faqId).toBe(id);
  });
});

describe('an honest picture of the chances', () => {
  it.each([
    'honestly what are my chances to match CI as J-1 IMG with step 2 fail? be honest',
    'Give it to me straight: what are my odds of matching CI as a non-US IMG on a J-1 with one USMLE failure?',
    'Realistically, what are my chances for a clinical informatics fellowship as an IMG with a failed step?',
    'be honest, what are the chances for an IMG on a visa to get a CI fellowship?',
  ])('gives the hedged picture, not a red-flag definition: %s', (q) => {
    const a = ask(q);
    expect(a.faqId).toBe('honest-chances-fellowship');
    expect(a.answer).toMatch(/nine in ten/);
    expect(a.answer).toMatch(/peer-reviewed/);
    expect(a.answer).toMatch(/J-1 trainees/);
    expect(a.answer).not.toMatch(/^What counts/);
  });
  it('a chance tied to a gap keeps its answer', () => {
    expect(ask('What are my chances with a two-year gap?').faqId).not.toBe('honest-chances-fellowship');
  });
});

describe('the CMIO or the program director for a letter', () => {
  it.each([
    'who is better for letter, the CMIO or my program director?',
    'Should my LOR come from the CMIO or my residency PD?',
    'CMIO vs program director, which letter is stronger for CI fellowship?',
    'Is a letter from our CNIO better than one from my PD, or should I get both?',
  ])('says both, and that programs may ask for the PD letter: %s', (q) => {
    const a = ask(q);
    expect(a.faqId).toBe('letter-cmio-or-pd');
    expect(a.answer).toMatch(/^Both/);
    expect(a.answer).toMatch(/program director/);
  });
  it('who writes letters in general keeps the guide answer', () => {
    expect(ask('Who should write my letters for a CI fellowship?').faqId).not.toBe('letter-cmio-or-pd');
  });
});

describe("the AMIA dates for the member's own cycle (private reply with a profile)", () => {
  const resident: Profile = {
    version: 1,
    citizenship: 'non-us',
    visa: 'j1',
    target: 'ci-fellowship',
    residencies: [{ country: 'USA', specialty: 'internal medicine', from: '2025-07', to: 'present', completed: false, accreditation: 'acgme' }],
  };
  it.each(['what is the AMIA commit date for my cycle?', 'when is the commit deadline in my season?', 'AMIA commit deadline for me?'])(
    'places the dates in the season the member applies in: %s',
    (q) => {
      const start = ownCycleStart(q, resident, '2026-12-07');
      expect(start).toBe(2028);
      const line = seasonNowLine(q, ask(q), '2026-12-07', resident.target, start);
      expect(line?.text).toMatch(/fellowship starting in July 2028/);
      expect(line?.text).toMatch(/commit deadline falls in early December 2027/);
    },
  );
  it('a question not about the own cycle, or without a profile, keeps today’s line', () => {
    expect(ownCycleStart('what is the AMIA commit date?', resident, '2026-12-07')).toBeUndefined();
    expect(ownCycleStart('what is the AMIA commit date for my cycle?', undefined, '2026-12-07')).toBeUndefined();
  });
});
