// Round ask67 (issue #11): /ask on unseen questions. Every question here is our own wording, in
// several voices; near-misses share the words of the fixed cases and must not change.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';
import { outOfScope } from '../../src/knowledge/scope.js';
import { offersChoice } from '../../src/knowledge/question-form.js';
import { confirmationHead } from '../../src/knowledge/tag-question.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);

describe('a language or data tool chosen or learned for its own sake is declined', () => {
  it.each([
    'Which is better to learn first for data analysis, R or Python?',
    'for crunching hospital data, should I pick up SQL or python first?',
    'Stata vs SPSS, which one is easier to get started with for statistics?',
    'what is the fastest way to learn python from scratch?',
    'R or Python, which one should a beginner start with for health data?',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(false);
    expect(a.declined).toBe('tool-choice');
  });
  it.each([
    'should I learn R or Python before my CI fellowship interviews?',
    'is Python useful for the fellowship interview',
    'do CI programs expect applicants to know SQL?',
    'will knowing python make my application stand out for informatics?',
  ])('near-miss "%s" stays answered', (q) => {
    expect(outOfScope(q)?.id).not.toBe('tool-choice');
    expect(ask(q).covered).toBe(true);
  });
});

describe("a drug's pharmacology asked as content is clinical", () => {
  it.each([
    'metformin mechanism for step 2 ck?',
    "amoxicillin isn't safe in pregnancy, right? a patient asked me",
    'what are the side effects of atorvastatin',
    'how does lisinopril work, quick summary please',
    'is ciprofloxacin ok in breastfeeding mothers?',
  ])('"%s"', (q) => {
    expect(ask(q).declined).toBe('clinical');
  });
  it.each([
    'I built a metformin renal-dosing alert in our EHR, how do I describe it in my personal statement?',
    'how do drug interaction alerts cause alert fatigue?',
  ])('near-miss "%s" stays answered', (q) => {
    expect(ask(q).covered).toBe(true);
  });
});

describe('posting, announcing or writing to others for the member is on-behalf', () => {
  it.each([
    'email my 3 letter writers a reminder that ERAS uploads are due friday, here are the addresses: a@x.org, b@y.org',
    'post in #announcements that the AMIA commit deadline has been extended to january, everyone needs to know',
    'please announce to everyone that the interview prep session moved to Sunday',
    'can you pin a message in the server saying ERAS opens in June',
    'send a reminder to my references that the letters are due next week',
  ])('"%s"', (q) => {
    expect(ask(q).declined).toBe('on-behalf');
  });
  it.each(['should I remind my letter writers before the ERAS deadline?', 'can I share my AMIA match result in the group?'])(
    'near-miss "%s" is not on-behalf',
    (q) => {
      expect(ask(q).declined).not.toBe('on-behalf');
    },
  );
});

describe('two courses offered are never led Yes or No', () => {
  it.each([
    'should I send one thank-you email to all interviewers, or separate ones?',
    'should I take Step 3 before or after the match?',
    'do I apply in July or September for the CI fellowship?',
  ])('"%s"', (q) => {
    expect(offersChoice(q)).toBe(true);
    const a = ask(q);
    expect(a.answer).not.toMatch(/^\*\*(?:Yes|No)\.\*\*/);
    expect(a.lead === 'yes' || a.lead === 'no').toBe(false);
  });
  it('"J-1 or H-1B, is one better for the fellowship?" is not led either', () => {
    expect(ask('J-1 or H-1B, is one better for the fellowship?').lead === 'yes').toBe(false);
  });
  it.each(['can I apply with a J-1 or do I need an H-1B?', 'is the AMIA match binding?', 'is it ok to email the PD after the interview?'])(
    'near-miss "%s" offers no choice of two courses',
    (q) => {
      expect(offersChoice(q)).toBe(false);
    },
  );
});

describe('one message for all is not one for each: no curated word (q-hax-138)', () => {
  it.each([
    'had my interview yesterday, met 4 faculty and the PD. should i send one thank-you email to all of them together?',
    'is a single group email to everyone I interviewed with ok as a thank you?',
    'can I just cc everyone in one thank you note?',
  ])('"%s" is not led Yes', (q) => {
    expect(ask(q).lead).not.toBe('yes');
  });
});

describe('a negative statement put for confirmation: the word on the facts, said so it cannot be misread', () => {
  it.each([
    ["I don't need Step 3 for the J-1, do I?", /^\*\*Correct: you don't\.\*\*/],
    ["research doesn't count as USCE, right?", /^\*\*Correct: it doesn't\.\*\*/],
    ["an observership isn't USCE, right?", /^\*\*Correct: it isn't\.\*\*/],
    ["the AMIA match isn't binding, is it?", /^\*\*Actually, it is\.\*\*/],
  ])('"%s"', (q, head) => {
    expect(ask(q as string).answer).toMatch(head as RegExp);
  });
  it('the heads, by subject and verb', () => {
    expect(confirmationHead("we don't have to register, do we?", 'no')).toBe("**Correct: you don't.**");
    expect(confirmationHead("letters from 2020 aren't too old, right?", 'yes')).toBe('**Actually, they are.**');
    expect(confirmationHead("unpaid volunteer work doesn't belong in ERAS, does it?", 'yes')).toBe('**Actually, it does.**');
  });
  it('near-miss: a plain question keeps its plain word', () => {
    expect(confirmationHead('do I need Step 3 for the J-1?', 'no')).toBeUndefined();
    expect(ask('do I need Step 3 for the J-1?').answer).toMatch(/^\*\*No\.\*\*/);
  });
});

describe('a bold label is never shown as a sentence of its own (trial 19)', () => {
  it.each([
    'should i also apply prelim IM 1 year as backup? or transitional year',
    'would a transitional year be enough on its own for the informatics fellowship? or do I need more',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.answer).not.toMatch(/A preliminary or transitional year alone\.\s/);
  });
  it('the label heads its sentence', () => {
    expect(ask('should i also apply prelim IM 1 year as backup? or transitional year').answer).toMatch(
      /A preliminary or transitional year alone: such a year/,
    );
  });
});

describe('a visa errand or a device fault told as the setting, with the application asked, stays answered', () => {
  it.each([
    "i was put on professionalism probation in PGY-1 at a US program (kept arriving late while juggling visa appointments), finished remediation and my later evals are great. now i'm applying to CI fellowships. how do i write about it without ruining everything?",
    'I got a formal warning in residency because I missed shifts for my embassy interviews. How should I address that in my personal statement?',
    'my remediation was partly because of visa stamping trips home. how do i describe it when they ask in interviews?',
    'all my CI fellowship interviews are virtual and i\'m in kathmandu. we have power cuts sometimes and the internet drops. what setup should i do? i only have a laptop and a phone',
    "My interviews are on Zoom and our electricity goes off often in Lagos. Any tips to prepare so the call doesn't drop?",
  ])('"%s"', (q) => {
    expect(ask(q).covered).toBe(true);
  });
  it.each([
    ['what documents do I bring to my visa interview at the embassy?', 'consular'],
    ['my laptop keeps freezing on zoom, how do I fix it?', 'it-support'],
    ['my zoom keeps crashing on my laptop, I have an interview next week, how do I fix it?', 'it-support'],
  ])('near-miss "%s" stays declined', (q, kind) => {
    expect(ask(q).declined).toBe(kind);
  });
});
