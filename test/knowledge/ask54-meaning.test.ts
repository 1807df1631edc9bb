import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { outOfScope } from '../../src/knowledge/scope.js';
import { getKnowledge } from '../../src/knowledge/store.js';
import { thirdCountryNamed } from '../../src/knowledge/third-country.js';

const { index } = getKnowledge();
const cites = (q: string): string[] => [...answerQuestion(index, q).answer.matchAll(/\[([a-z0-9-]+#[a-z0-9-]+)\]/g)].map((m) => m[1] ?? '');

// Our own wordings, in several voices, for what the issue-11 misses share in meaning; near-misses
// beside each must not change.
describe("another country's recognition or licensing of US training is declined", () => {
  it.each([
    'once I finish the informatics fellowship in the US and go home to Oman, will OMSB give me consultant title with ABPM cert?',
    'after us fellowship i plan going back to bahrain. is NHRA licence easy with american board?',
    "Will Egypt's medical syndicate recognise my US clinical informatics boards when I return?",
  ])('"%s"', (q) => {
    expect(outOfScope(q)).toBeDefined();
  });
  it.each([
    'I trained in Kuwait for internal medicine, does that residency count toward CI fellowship eligibility?',
    'does ABPM accept my residency from Kuwait for board eligibility?',
    'if I go home for two years after my J1, will I be accepted for H1B later?',
  ])('but whether training abroad counts here, or the J-1 rule, stays answered: "%s"', (q) => {
    expect(outOfScope(q)).toBeUndefined();
  });
});

describe('how to learn exam content, another language or taxes is declined', () => {
  it.each(['good youtube channel for step 2 cardio?', 'how do i remember the brachial plexus for step 1'])('exam content: "%s"', (q) => {
    expect(outOfScope(q)?.id).toBe('exam-prep');
  });
  it.each(['is spanish mandatory for doctors in texas? any good course?', 'should i learn spanish before starting residency in LA, which app is best'])(
    'another language: "%s"',
    (q) => {
      expect(outOfScope(q)?.id).toBe('language');
    },
  );
  it.each(['are usmle fees tax deductible for a resident?', 'can I write off my ERAS application costs on my tax return? im on J1'])('tax: "%s"', (q) => {
    expect(outOfScope(q)?.id).toBe('money');
  });
  it.each([
    'does a low step 1 score hurt my CI fellowship application?',
    'what resources explain how programs view a Step 1 failure?',
    'should I list Spanish under languages on ERAS?',
  ])('near-miss stays in scope: "%s"', (q) => {
    expect(outOfScope(q)).toBeUndefined();
  });
});

describe('a message whose every question is outside the guides is declined', () => {
  it('pay after fellowship, then remote work', () => {
    expect(outOfScope('what do CI fellowship grads earn compared to hospitalists? also is hybrid work normal?')).toBeDefined();
  });
});

describe("a J-2 or H-4 dependant's work and the two-year rule are answered from dependent-status", () => {
  it.each([
    'my husband will be J2 while im on J1 for residency, is he allowed to get a job?',
    'wife on H4, she has EAD that expires next year; will a residency program take her with that?',
  ])('"%s"', (q) => {
    expect(cites(q)).toContain('visas#dependent-status');
  });
  it('a relative visiting on a tourist visa is still declined', () => {
    expect(outOfScope('Can my mother visit me on a tourist visa during residency?')).toBeDefined();
  });
  it("the J-2 answer is not given to a member asking about their own rule", () => {
    expect(answerQuestion(index, 'I did residency in Pakistan and then a J1 fellowship. does the two year rule apply to me?').answer).not.toMatch(/J-2 spouse/);
  });
});

describe('time in a third country for the J-1 two-year rule is answered No first', () => {
  it.each([
    ['I worked in Saudi for 3 years after my J-1, does that count for the 2-year home rule?', 'saudi'],
    ['after my J1 residency I went to UAE for two years of work, is my home requirement done?', 'uae'],
    ["I'm Egyptian, finished J1 fellowship, now working in Qatar since 2023. does the Qatar time satisfy 212e?", 'qatar'],
  ])('"%s"', (q, place) => {
    expect(thirdCountryNamed(q)).toBe(place);
    const a = answerQuestion(index, q);
    expect(a.lead).toBe('no');
    expect(a.answer).toMatch(/^\*\*No, unless/);
    expect(a.answer).toContain('[visas#j1-sponsorship]');
  });
  it.each([
    'I went back home to India for 2 years after J1, is my two-year rule fulfilled?',
    "I'm Saudi and plan to go back to Saudi for my 2 years after J1, does that satisfy the rule?",
    'I did residency in Pakistan and then a J1 fellowship. does the two year rule apply to me?',
  ])('but not when the place is home, or the time came before the J-1: "%s"', (q) => {
    expect(thirdCountryNamed(q)).toBeUndefined();
  });
});

describe('advice questions get advice, not a neighbouring topic', () => {
  it('a cold email to a PD is contact, not a cold', () => {
    expect(outOfScope('should I tell the PD about my mental health issue in my first cold email?')).toBeUndefined();
    expect(outOfScope('I have a cold and fever, what should I take?')?.id).toBe('clinical');
  });
  it('telling hardship in a first email cites the early-email pitfalls', () => {
    expect(cites('should I tell the PD about my mental health issue in my first cold email?')).toContain('prematch#early-pitfalls');
  });
  it('whether to cram terms the night before is not answered with their definition', () => {
    expect(answerQuestion(index, 'night before interview - cram informatics terms or sleep?').answer).not.toMatch(/^HL7 is a family/);
    expect(cites('night before interview - cram informatics terms or sleep?')).toContain('interview-preparation#final-48-hours');
  });
  it('sitting Step 3 without a residency is answered from the FSMB facts', () => {
    expect(cites('is it possible to sit step 3 while still not matched anywhere?')).toContain('visas#h1b-for-training');
  });
});
