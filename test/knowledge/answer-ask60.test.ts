// Round ask60 (newcomer trial 19: an H-4 EAD pediatrician reapplying to residency): each answer in
// wordings from different voices, with near-misses that keep their old answers.
import { describe, expect, it } from 'vitest';
import { seasonNowLine } from '../../src/app/views/ask-season.js';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);

describe("a member's own future dates are counted from her residency start, not this season's calendar", () => {
  it.each([
    'if i match in march 2027 when i will finish and when can i start CI fellowship?',
    'Say I get a pediatrics spot this Match, what year does my informatics fellowship begin and end?',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.faqId).toBe('own-route-dates');
    expect(seasonNowLine(q, a, '2026-12-07')).toBeUndefined();
  });
  it('near-miss: this season\'s commit deadline keeps the calendar and its "today" line', () => {
    const q = 'When is the AMIA match commit deadline this year?';
    const a = ask(q);
    expect(a.faqId).toBe('amia-calendar');
    expect(seasonNowLine(q, a, '2026-12-07')).toBeDefined();
  });
});

describe("an H-4 EAD member's own standing is answered, not declined as everyday life", () => {
  it.each([
    'can i travel to Egypt to see my mother during residency on H4? my visa stamp is expired',
    'I am on H4 with an EAD and my stamp ran out. Can I fly home and return on the EAD card?',
  ])('travel: "%s" leads No with the stamp', (q) => {
    const a = ask(q);
    expect(a.faqId).toBe('h4-travel-visa-stamp');
    expect(a.lead).toBe('no');
  });
  it('travel told another way still gets the travel text', () => {
    expect(ask('my H-4 visa in my passport expired but my EAD is valid; can I leave the US and come back?').answer).toMatch(/not a travel document/);
  });
  it.each([
    'what if my husband loses his job or H1B? my EAD is valid until 2028',
    "if my partner's H1B gets revoked will I lose my EAD too?",
  ])('principal loses H-1B: "%s"', (q) => {
    const a = ask(q);
    expect(a.faqId).toBe('h4-principal-loses-h1b');
    expect(a.answer).toMatch(/60 days/);
  });
  it('do programs accept an EAD, or J-1/H-1B: one answer for both parts, no "don\'t answer that part"', () => {
    const a = ask('do programs accept H4 EAD? do i need J1 or H1B instead?');
    expect(a.faqId).toBe('h4-ead-accepted-or-visa');
    expect(a.answer).not.toMatch(/don't answer that part/);
  });
  it.each([
    'if he gets green card during my residency do i need to tell the program?',
    "My wife's I-485 may be approved while I'm a resident on EAD. Do I inform GME?",
  ])('green card mid-training: "%s" is answered', (q) => {
    const a = ask(q);
    expect(a.declined).toBeUndefined();
    expect(a.answer).toMatch(/I-9/);
  });
  it.each([
    ['Can I do residency on my H-4 visa?', 'h4-dependent-training'],
    ['Can I train in residency or fellowship on an H-4 EAD work permit?', 'h4-ead-training'],
  ])('near-miss "%s" keeps %s', (q, id) => {
    expect(ask(q).faqId).toBe(id);
  });
  it('near-miss: a green card asked for applying is still declined as immigration', () => {
    expect(ask('Should I get a green card before applying?').declined).toBe('immigration');
  });
});

describe('a quality or data-abstraction job is informatics work, not clinical experience', () => {
  it.each([
    'ok but does the abstractor job count as informatics experience for the CI fellowship later?',
    'I do SEP-1 chart abstraction and Tableau reports for a hospital quality team. Is that informatics experience?',
    'Would a data analyst job at a health system be seen as informatics experience by fellowship programs?',
  ])('"%s"', (q) => {
    expect(ask(q).faqId).toBe('quality-data-job-informatics');
  });
  it('near-miss: the same job asked as US clinical experience stays No', () => {
    const a = ask('Does my job as a data analyst count as US clinical experience?');
    expect(a.faqId).toBe('job-as-usce');
    expect(a.lead).toBe('no');
  });
});

describe('Step 3 before residency gets a recommendation with its reason', () => {
  it.each([
    'should i take step 3 now before the match? is it needed for H1B in texas?',
    'Would you recommend sitting Step 3 before I even get a residency position?',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.faqId).toBe('step3-now-before-residency');
    expect(a.answer).toMatch(/FSMB/);
  });
  it.each([
    ['Do I need Step 3 for an H-1B visa?', 'h1b-step3'],
    ['Can I take Step 3 outside the US?', 'step3-where'],
    ['Do I need Step 3 passed before I apply?', 'step3-before-applying'],
  ])('near-miss "%s" keeps %s', (q, id) => {
    expect(ask(q).faqId).toBe(id);
  });
});

describe("a parent's illness is kept out of emails to programs", () => {
  it.each([
    'my mother is sick with cancer, should i tell programs?',
    'My dad is in hospital; do I let the programs where I interviewed know about it?',
    'Should I write to the PD that my mother has cancer so they understand my situation?',
  ])('"%s" leads No', (q) => {
    const a = ask(q);
    expect(a.faqId).toBe('family-illness-tell-programs');
    expect(a.lead).toBe('no');
  });
  it.each(['How do I explain a gap for caring for my sick mother?', 'Should I mention the family reason behind my gap, such as a pregnancy?'])(
    'near-miss "%s" is a gap question',
    (q) => {
      expect(ask(q).faqId).not.toBe('family-illness-tell-programs');
    },
  );
});
