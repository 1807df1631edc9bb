// Readings /ask missed in the trials and blind batch R (ask25). Each block names the reading and
// asks it in wordings of our own, in different voices; none is a curated phrasing.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';
import { questionType } from '../../src/knowledge/question-form.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);
const cited = (text: string): string[] => [...text.matchAll(/\[([a-z0-9-]+#[a-z0-9-]+)\]/g)].map((m) => m[1]!);

describe('"when" put last ("results come out when?") asks for a date', () => {
  it.each([
    'AMIA match results come out when?',
    'the CI match result is announced when??',
    'fellowship match results released when',
    'informatics fellowship match day is which day?',
  ])('gives the AMIA calendar with its mid-December results: "%s"', (q) => {
    expect(questionType(q)).toBe('when');
    const a = ask(q);
    expect(a.faqId).toBe('amia-calendar');
    expect(a.answer).toMatch(/mid-December/);
  });

  it('a "when" inside the sentence is still not a date question ("what do I do when…")', () => {
    expect(questionType('what do I say when they ask about my gap')).not.toBe('when');
  });
});

describe('a count said as a digit is the count said as a word ("2 year rule" = "two-year rule")', () => {
  it.each([
    'my visa is J1, does the 2 year home rule stop me from doing the informatics fellowship right after?',
    'on a J1 — will the 2-year home residency rule stop me from starting a fellowship right after residency?',
  ])('the J-1 home rule does not stop more J-1 training, and says No: "%s"', (q) => {
    const a = ask(q);
    expect(a.faqId).toBe('j1-home-rule-fellowship-next');
    expect(a.lead).toBe('no');
  });

  it('reads "2 year" and "two year" alike', () => {
    const digits = ask('I am J-1 resident. Because of the 2 year rule, do I have to go home for 2 years after the J-1?');
    const words = ask('I am J-1 resident. Because of the two year rule, do I have to go home for two years after the J-1?');
    expect(digits.faqId).toBe(words.faqId);
    expect(digits.lead).toBe(words.lead);
  });
});

describe('"tries", "goes" are attempts: how many an exam allows', () => {
  // Regression of session 29, fixed in round ask56 (see the commit that turned it back into a plain test).
  it('gives the attempt limit first: "how many tries do I get for Step 3"', () => {
    expect(cited(ask('how many tries do I get for Step 3').answer)[0]).toBe('ci-pathway#usmle-attempt-limit');
  });
  it.each([
    'how many tries at step 2 ck before they stop me?',
    'bro how many goes do we get at USMLE step 1',
    'Kindly tell how many tries are allowed for each USMLE step.',
  ])('gives the attempt limit: "%s"', (q) => {
    const a = ask(q);
    expect(cited(a.answer)[0]).toBe('ci-pathway#usmle-attempt-limit');
    expect(a.answer).toMatch(/\bfour (?:attempts|tries)\b/i);
  });
});

describe('a training year told as who asks ("I am PGY3, does…") does not stop the lead', () => {
  it.each([
    'my visa is J1 and i am PGY3, does the 2 year home rule stop me from doing the informatics fellowship right after?',
    'I am on J-1 and PGY2, will the J-1 two-year home residency rule stop me from starting a fellowship right after residency?',
  ])('says No for the J-1 home rule: "%s"', (q) => {
    const a = ask(q);
    expect(a.faqId).toBe('j1-home-rule-fellowship-next');
    expect(a.lead).toBe('no');
  });

  it('a year in the asking part still decides ("can a PGY1 apply…" gets no borrowed word)', () => {
    expect(ask('can a PGY1 apply for the clinical informatics fellowship this year?').lead).toBeUndefined();
  });
});

describe('registering, as a verb or a noun ("no NRMP registration yet" = "not registered yet")', () => {
  it.each([
    'my ERAS application is in since september, but no NRMP registration yet. problem?',
    'ERAS submitted in september. NRMP registration not done till now, is it late?',
    'i forgot the nrmp registration, only did eras. what happens',
    'Still not enrolled in the NRMP match though my ERAS went in months ago - ok?',
  ])('tells a residency applicant to register now: "%s"', (q) => {
    expect(ask(q).answer).toMatch(/register with the NRMP now/);
  });
});

describe('the match a member names decides which unmatched process comes first', () => {
  it.each([
    "fellowship results came and i didn't match to any CI program. what now??",
    'unmatched in the clinical informatics fellowship match, is there something like SOAP?',
    "didn't match in the AMIA fellowship match this december, any options left?",
  ])("a CI applicant gets AMIA's post-match process, not SOAP: \"%s\"", (q) => {
    const a = ask(q);
    expect(a.answer).toMatch(/^(?:\*\*\w+\.\*\* )?For a CI fellowship, the AMIA match has no SOAP/);
    expect(a.answer).not.toMatch(/Match Week/);
    expect(cited(a.answer)[0]).toBe('matches#amia-ci-match');
  });

  it.each([
    'i did not match into IM residency this march, what happens now',
    "What happens in match week if I don't match to any IM program?",
  ])('a residency applicant gets SOAP first: "%s"', (q) => {
    const a = ask(q);
    expect(a.answer).toMatch(/^For residency, SOAP/);
    expect(cited(a.answer)[0]).toBe('matches#nrmp-main-match');
  });
});

describe('what goes into a message, with the message named first ("in the thank-you letter can I share…")', () => {
  it.each([
    'in thank you letter can I share that I am pregnant',
    'In my thank-you email, is it ok to mention my wife is expecting a baby?',
    'in the thank you email may I say I am getting married in june',
    'can I write in thank you note that I had a baby last month',
  ])('says what to leave out of a thank-you note: "%s"', (q) => {
    const a = ask(q);
    expect(a.faqId).toBe('thank-you-what-to-leave-out');
    expect(a.answer).toMatch(/personal hardship/);
  });
});

describe('"licence" and "license" are one word; applying needs no licence, starting may', () => {
  // Regression of session 29, fixed in round ask56 (see the commit that turned it back into a plain test).
  it('says No for applying: "do i need full US medical license already to apply for a clinical informatics fellowship?"', () => {
    const a = ask('do i need full US medical license already to apply for a clinical informatics fellowship?');
    expect(a.faqId).toBe('licence-to-apply-fellowship');
    expect(a.lead).toBe('no');
  });
  it.each(['Do I need a full licence before I apply to CI fellowships?'])('says No for applying: "%s"', (q) => {
    const a = ask(q);
    expect(a.faqId).toBe('licence-to-apply-fellowship');
    expect(a.lead).toBe('no');
    expect(a.answer).toMatch(/You need no US licence to apply/);
  });

  it('a licence from abroad told beside the question still gets the applying answer', () => {
    const a = ask('do i need a US medical license to APPLY to CI fellowship? i only have my license from peru');
    expect(a.faqId).toBe('licence-to-apply-fellowship');
    expect(a.lead).not.toBe('yes');
  });

  it.each(['Do I need a full medical license before starting a clinical informatics fellowship?', 'what licence do I need to begin the informatics fellowship in July'])(
    'starting is still the state-and-program answer: "%s"',
    (q) => {
      const a = ask(q);
      expect(a.faqId).toBe('licence-to-start-fellowship');
      expect(a.lead).not.toBe('no');
    },
  );
});
