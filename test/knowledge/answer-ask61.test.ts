// Round ask61: trial 19's answers (round ask60) coexist with the rest. Each answer in three or more
// wordings from different voices, with near-misses that keep their old answers.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);

describe("the spouse's lost H-1B: its own answer, unless the message also asks whether an EAD is enough", () => {
  it.each([
    "my wife is on H-1B and her company is doing layoffs. I'm a PGY-1 on H4 EAD, what happens to me if she's let go?",
    "If my husband's H1B ends, how long can I keep working as a resident on my EAD?",
    'hubby got laid off from his H-1B job last week, does my EAD still work for residency?',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.faqId).toBe('h4-principal-loses-h1b');
    expect(a.answer).toMatch(/60 days/);
  });
  it.each([
    'can i start residency on the EAD? what happens if my husband loses his H1B job?',
    'Residency on an H-4 EAD: is that possible, and if my wife is laid off from her H-1B, then what?',
    'Can I train in residency or fellowship on an H-4 EAD work permit?',
  ])('near-miss "%s" keeps the EAD answer', (q) => {
    expect(ask(q).faqId).toBe('h4-ead-training');
  });
});

describe('travel on H-4 with the stamp run out leads No', () => {
  it.each([
    'Is my EAD card enough to re-enter the US after a trip home? H4 stamp is old',
    'I am on H-4 and want to visit India over winter break during residency, my stamp expired last year. Can I come back on my EAD?',
    'H4 stamp expired, can I still travel abroad and return during my fellowship?',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.faqId).toBe('h4-travel-visa-stamp');
    expect(a.lead).toBe('no');
  });
  it('near-miss: another country\'s residence permit and a trip to the US stays declined', () => {
    const a = ask('My permesso di soggiorno (residency permit) in Italy expired last month, can I still travel to the US for a conference?');
    expect(a.covered).toBe(false);
  });
});

describe('EAD or a sponsored visa, a green card mid-training', () => {
  it.each([
    'Will GME accept my H4 EAD for residency or should I ask them to sponsor an H-1B or J-1 instead?',
    'Is an H-4 EAD accepted by residency programs, or is it better to get a J1 or H1B?',
    'do programs accept H4 EAD? do i need J1 or H1B instead?',
  ])('"%s"', (q) => {
    expect(ask(q).faqId).toBe('h4-ead-accepted-or-visa');
  });
  it.each([
    'My green card may be approved while I\'m in fellowship. Do I have to tell my program or HR?',
    'if I become a permanent resident in the middle of residency should I inform GME?',
    'if he gets green card during my residency do i need to tell the program?',
  ])('"%s"', (q) => {
    expect(ask(q).faqId).toBe('green-card-during-training');
  });
  it.each(['how do I renew my EAD card', 'my EAD expires in March, how do I renew it?', 'when should I file the EAD renewal'])(
    'near-miss "%s": a USCIS filing outside training stays declined',
    (q) => {
      expect(ask(q).covered).toBe(false);
    },
  );
});

describe('a pending H-4 EAD is H-4 alone', () => {
  it.each([
    'my H4 EAD is still processing and nothing has come, can I start residency on July 1?',
    "I filed for the H-4 work permit in May and it hasn't arrived; can I begin training in July?",
    'EAD application pending, I am on H4. Can I join my residency program this year?',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.faqId).toBe('h4-dependent-training');
    expect(a.answer).toMatch(/H-4 on its own/);
  });
});

describe('Step 3 now, own route dates, a data job, a sick parent', () => {
  it.each([
    "Should I sit for USMLE Step 3 right now, while I'm still waiting to match?",
    'is it smart to take step 3 before I have a residency spot?',
    'Would you recommend sitting Step 3 before I even get a residency position?',
  ])('Step 3 advice: "%s"', (q) => {
    expect(ask(q).faqId).toBe('step3-now-before-residency');
  });
  it.each([
    ['Can I take Step 3 without a residency?', 'step3-without-residency'],
    ['Do I need Step 3 passed before I apply?', 'step3-before-applying'],
  ])('near-miss "%s" keeps %s', (q, id) => {
    expect(ask(q).faqId).toBe(id);
  });
  it.each([
    'Assuming I start residency in July 2027, which year would I apply for the CI fellowship and when would I finish it?',
    'counting from my residency start, what year could I take the clinical informatics boards?',
    'if i match in march 2027 when will i finish and when can i start the CI fellowship?',
  ])('own dates: "%s"', (q) => {
    expect(ask(q).faqId).toBe('own-route-dates');
  });
  it.each([
    'I code inpatient charts for core measures as a quality abstractor. Will CI programs count that as informatics experience?',
    'is working as a healthcare data analyst considered informatics experience for fellowship applications?',
    'ok but does the abstractor job count as informatics experience for the CI fellowship later?',
  ])('data job: "%s"', (q) => {
    expect(ask(q).faqId).toBe('quality-data-job-informatics');
  });
  it.each([
    'My father was just diagnosed with cancer. Should I mention it to the programs I interviewed at?',
    'should I tell the PD about my mom being in hospital?',
    'my mother is sick with cancer, should i tell programs?',
  ])('sick parent: "%s"', (q) => {
    expect(ask(q).faqId).toBe('family-illness-tell-programs');
  });
  it('near-miss: a gap for caring for a parent is a gap question', () => {
    expect(ask('How do I explain a gap for caring for my sick mother?').faqId).not.toBe('family-illness-tell-programs');
  });
});

describe('a J-1 return before the two years at home are done leads plainly', () => {
  it.each([
    'Can I come back to the US on a J-1 before my 2 years at home are done?',
    'is it possible to return to America on J1 before finishing my two years back home?',
    "my 2 year home requirement isn't over yet, can I go back to the US with a J-1?",
    'Am I allowed to re-enter the States on a fresh J1 while I still owe the 2 years in my country?',
  ])('"%s": Yes, with the statuses that wait', (q) => {
    const a = ask(q);
    expect(a.faqId).toBe('j1-return-before-two-years');
    expect(a.lead).toBe('yes');
    expect(a.answer).toMatch(/H, L or K visa/);
    expect(a.answer).toMatch(/visitor or student visa/);
  });
  it.each([
    'does the home rule stop me from coming back on a new J-1 before the two years?',
    'I went home after my J-1 prelim year. Must I wait out the 2 years before returning on J-1?',
  ])('"%s": No, asked as a bar', (q) => {
    const a = ask(q);
    expect(a.faqId).toBe('j1-return-before-two-years');
    expect(a.lead).toBe('no');
  });
  it.each(['Can I get an H-1B before my two years at home are done?', 'could I get H1B before finishing the 2 years at home?'])(
    'near-miss "%s": never Yes',
    (q) => {
      expect(ask(q).lead).not.toBe('yes');
    },
  );
  it('near-miss: an H-1B once the two years are done keeps its Yes', () => {
    expect(ask('Can I get an H-1B once my two years at home are done?').lead).toBe('yes');
  });
});

describe('the letter-drafting No holds in other voices', () => {
  it.each([
    'my boss said just write your own letter of recommendation and I will sign it, should I do that?',
    "My consultant wants me to write my own LOR and he'll just sign it, is that ok?",
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.faqId).toBe('write-own-letter');
    expect(a.lead).toBe('no');
  });
});
