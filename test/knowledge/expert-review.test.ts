// A domain expert asked the bot thirty questions as IMG members (session 12, ask21) and found
// answers that were wrong or beside the question: a match calendar question answered with which
// match applies, a program asking the member read as the member asking the program, a committed
// AMIA list answered "can't give a yes or no", and others. These tests ask the same things in
// wordings of our own (none of them is a curated phrasing) and check the meaning of the answer.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);
const cited = (text: string): string[] => [...text.matchAll(/\[([a-z0-9-]+#[a-z0-9-]+)\]/g)].map((m) => m[1]!);

describe('/ask after the expert review', () => {
  it.each([
    'when does the informatics fellowship match close for ranking, and when will I hear if I matched?',
    'could you list the important dates of the CI fellowship match this cycle?',
  ])('gives the AMIA calendar with the seasons its dates come from for "%s"', (q) => {
    const a = ask(q);
    expect(cited(a.answer)[0]).toBe('matches#amia-ci-match');
    expect(a.answer).toMatch(/early December/);
    expect(a.answer).toMatch(/2023|2024/);
    expect(a.answer).toMatch(/this season/);
  });

  // "What is the X calendar" once read as a request to define a term ("The guides mention AMIA
  // match calendar but don't define it"); the calendar is the head of the phrase, so it asks for the dates.
  it('gives the calendar, not a definition, for "what is the AMIA match calendar for this cycle?"', () => {
    const a = ask('what is the AMIA match calendar for this cycle?');
    expect(cited(a.answer)[0]).toBe('matches#amia-ci-match');
  });

  it.each([
    'the director of a fellowship I interviewed with texted me to ask where I plan to rank them. should I answer?',
    'during my interview the PD wanted to know if his program is my top choice, do I need to reply?',
  ])('reads a program asking the member as the program asking, not the member: "%s"', (q) => {
    const a = ask(q);
    expect(a.answer).toMatch(/need not answer|do not have to answer/);
    expect(a.answer).toMatch(/(program|programs) (may not|cannot) ask/);
    expect(a.answer).not.toMatch(/^\*\*Yes/);
    expect(a.answer).not.toMatch(/^Asking a program how it will rank you/);
  });

  it('leads No when a member wants to leave a committed AMIA list for another offer', () => {
    const a = ask('I committed to my rank list in the AMIA match last week and another program just offered me a spot directly. may I back out now?');
    expect(a.lead).toBe('no');
    expect(a.answer).toMatch(/binding/);
    expect(a.answer).toMatch(/final/);
  });

  it('says a training licence does not meet the boards\' licence requirement', () => {
    const a = ask('my friend says the limited license residents get is enough to apply for the CI board exam. is she right?');
    expect(cited(a.answer)[0]).toBe('ci-pathway#board-certification');
    expect(a.answer).toMatch(/unrestricted/);
    expect(a.answer).toMatch(/not that full licence|not to sit the boards/);
  });

  it('says yes to an H-1B after two years at home, with the narrower waivers of a government-funded J-1', () => {
    const a = ask('my J-1 was paid for by my government, so after the fellowship I will go home for two years. can I come back on an H-1B after that?');
    expect(a.lead).toBe('yes');
    expect(a.answer).toMatch(/two years in total/);
    expect(a.answer).toMatch(/no-objection/);
  });

  it('answers an ACGME-I residency from the ACGME-I paragraph: unsettled, ask the programs', () => {
    const a = ask('my residency in Singapore was accredited by ACGME International. does that make me eligible like a US graduate for an informatics fellowship?');
    expect(a.covered).toBe(true);
    expect(a.lead).toBeUndefined();
    expect(a.answer).toMatch(/ACGME-I/);
    expect(a.answer).toMatch(/Ask each program in writing/);
    expect(cited(a.answer)[0]).toBe('ci-pathway#fellowship-eligibility');
  });

  it('says what Conrad 30 requires and that a job without patient care does not fit it', () => {
    const a = ask('I want to use a Conrad 30 waiver to take a non-clinical informatics job. will that work?');
    expect(a.lead).not.toBe('yes');
    expect(a.answer).toMatch(/full time/);
    expect(a.answer).toMatch(/shortage or underserved area/);
    expect(a.answer).toMatch(/30 waivers a year/);
    expect(a.answer).toMatch(/does not fit/);
  });

  it('tells which ECFMG certificates expire and does not say yes to a certificate from before the Pathways', () => {
    const a = ask('I passed everything for ECFMG in 2018 and never matched. does my certificate still hold?');
    expect(a.lead).toBeUndefined();
    expect(a.answer).toMatch(/through a Pathway/);
    expect(cited(a.answer)[0]).toBe('ci-pathway#ecfmg-certification');
  });

  it('says ECFMG sponsors the J-1 but each institution decides which visas it takes', () => {
    const a = ask('the hospital I matched at only sponsors H-1B. can they say no to a J-1 if ECFMG would sponsor me?');
    expect(a.lead).not.toBe('no');
    expect(a.answer).toMatch(/each institution decides which visas it accepts/);
  });

  it('says Yes, CI fellowships are ACGME-accredited', () => {
    const a = ask('is clinical informatics fellowship accredited by the ACGME?');
    expect(a.lead).toBe('yes');
    expect(a.answer).toMatch(/ACGME-accredited fellowship of 24 months/);
  });

  it('keeps the rule both ways when a member asks a program about its own ranking', () => {
    const a = ask('is it fine for me to ask a fellowship how high they will rank me?');
    expect(a.lead).toBe('no');
    expect(a.answer).toMatch(/may not ask a program how it will rank you/);
  });
});

describe('"what if I do not match" in members\' words reaches the SOAP and post-match answer', () => {
  it.each([
    'what happens if i dont match? my residency ends june 2027 and im on J1',
    "what happens if I don't match in March?",
  ])('"%s"', (q) => {
    const a = answerQuestion(getKnowledge().index, q);
    expect(a.faqId).toBe('soap');
    expect(a.answer).toMatch(/post-match process/);
  });
});

describe('a residency applicant who has not registered with the NRMP is told to register now, and the deadlines', () => {
  it.each(["I haven't registered with the NRMP yet, is that a problem?", 'is it too late to sign up for the NRMP match in january?'])(
    '"%s"',
    (q) => {
      const a = answerQuestion(getKnowledge().index, q);
      expect(a.answer).toMatch(/late fee/);
      expect(a.answer).toMatch(/rank order list deadline/);
    },
  );
});
