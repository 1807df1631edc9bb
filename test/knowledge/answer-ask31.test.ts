// Readings /ask missed in round ask31 (questions members ask that the guides answered badly or
// not at all), each checked in wordings of our own: none is a curated phrasing or a corpus item.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { negations } from '../../src/knowledge/question-form.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);

describe('what to do after matching is the onboarding list, not the binding rule', () => {
  it.each([
    'Alhamdulillah I matched into pediatrics!! what are the things i must do now?',
    'just got matched to a CI fellowship, what paperwork is next?',
    'after match day, what are the next steps for an IMG who matched?',
  ])('answered from the after-the-match section: "%s"', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(a.answer).toContain('[matches#after-the-match]');
    expect(a.answer).toMatch(/contract/);
  });
});

describe('a visa or travel problem after matching is about the matched position, not the consulate', () => {
  it.each([
    'I matched but my visa appointment is only in October, what happens with my position?',
    'if I match and my country gets an entry ban again, will I lose my spot?',
    'Matched in March, J-1 visa refused in May. Who should I inform and can the program keep my place?',
  ])('answered, citing the J-1 section first: "%s"', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(a.passages[0] && `${a.passages[0].doc}#${a.passages[0].section}`).toBe('visas#j1-sponsorship');
    expect(a.answer).toMatch(/in writing/);
  });

  it('the consular question itself is still left to the embassy', () => {
    expect(ask('what documents should I bring to my J-1 visa interview at the embassy?').covered).toBe(false);
  });
});

describe('AHIC and the CI boards are told apart', () => {
  it.each([
    'what is the difference between AHIC and clinical informatics boards?',
    'Is AMIA health informatics certification equal to ABPM board certification?',
    'which one does a CI fellowship give me, AHIC or board certification?',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.faqId).toBe('ahic-vs-boards');
    expect(a.answer).toMatch(/different credentials/);
  });
});

describe('a position described by a status it lacks is not a negated question', () => {
  it('"a fellowship that is not ACGME accredited" reads like "a non-ACGME fellowship"', () => {
    expect(negations('will a fellowship that is not ACGME accredited count for the boards?')).toBe(negations('will a non-ACGME fellowship count for the boards?'));
    expect(negations('can I go to a program which isnt accredited?')).toBe(0);
    // …while a negated question stays negated.
    expect(negations('does it not count for the boards?')).toBe(1);
  });

  it.each([
    'A hospital offered me an informatics post that is not ACGME accredited. Will it make me board eligible?',
    'does a non-ACGME informatics fellowship count toward ABPM eligibility?',
  ])('never a Yes: "%s"', (q) => {
    const a = ask(q);
    expect(a.lead).not.toBe('yes');
    expect(a.answer).toMatch(/does not count toward ABPM eligibility/);
  });
});

describe('a J-1 resident cannot change to H-1B inside the US without a waiver', () => {
  it.each([
    'Currently J-1 in IM residency. Can my fellowship be on H1B instead?',
    'im J1 resident now, is it possible to shift to H-1B when I start the CI fellowship?',
  ])('says so plainly: "%s"', (q) => {
    const a = ask(q);
    // (Round ask61's situation lead words it "Not while the J-1 two-year rule stands… cannot change to H-1B status inside the US".)
    expect(a.answer).toMatch(/cannot change to H-1B(?: status)?\s+inside the US/);
    expect(a.lead).not.toBe('yes');
  });
});

describe('the NRMP late registration fee is a Match rule the guides state', () => {
  it.each(['what is the late registration fee for the NRMP?', 'how much extra do I pay if I register late for the main residency match?'])('answered, hedged: "%s"', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(a.answer).toMatch(/\$50/);
    expect(a.answer).toMatch(/check/i);
  });

  it('other prices stay out of scope', () => {
    expect(ask('how much does ERAS cost for 20 programs?').covered).toBe(false);
  });
});

describe('a dating app "match" is not the Match', () => {
  it.each(['my hinge matches stopped replying, any tips?', 'got few matches on bumble since residency started lol how to get more'])('declined: "%s"', (q) => {
    expect(ask(q).covered).toBe(false);
  });
});

describe('courses and degrees count as experience, not toward eligibility', () => {
  it.each(['Sir, I did a health informatics certificate online, will it count for fellowship eligibility?', 'does my diploma in health informatics count toward CI fellowship or the boards?'])('"%s"', (q) => {
    const a = ask(q);
    expect(a.lead).not.toBe('yes');
    expect(a.answer).toMatch(/does not count toward eligibility/);
  });
});

describe('phone service for a newcomer is everyday life, whatever training words come with it', () => {
  it.each([
    'which eSIM should i buy before i fly in for intern year',
    'good mobile provider for an IMG starting residency in july?',
    'cheapest prepaid plan for a new fellow from abroad, any tips',
  ])('declined: "%s"', (q) => {
    expect(ask(q).covered).toBe(false);
  });
});

describe("which visas programs take is not a J-1 resident's change of status", () => {
  it.each(['Do all CI fellowships accept both J-1 and H-1B?', 'do informatics fellowship programs sponsor J1 as well as H1B or only one', 'can an H-1B fellow switch to J-1 for the CI fellowship, or do programs take both?'])(
    'not answered as the J-1-to-H-1B rule: "%s"',
    (q) => {
      expect(ask(q).answer).not.toMatch(/cannot change to H-1B inside the US without a waiver/);
    },
  );
  it.each(['im on j1 for IM residency, for fellowship shall I go H1B or continue J1', 'currently J-1 in residency, is H-1B or J-1 better for my fellowship?', "I'm doing residency on J1, fellowship program only sponsors H1B, can I still join?", 'Did my whole residency here on J1, then one year back home. A fellowship offers me H1B now, can I take it?'])(
    'a physician on a J-1, now or before, gets the rule: "%s"',
    (q) => {
      expect(ask(q).answer).toMatch(/cannot change to H-1B inside the US without a waiver/);
    },
  );
});

describe("a season's dates for a start year are the calendar, not the after-match list", () => {
  it.each(['AMIA match timeline if I want to start in July 2029?', 'when are the AMIA match dates if I start fellowship July 2029'])('"%s"', (q) => {
    const a = ask(q);
    expect(a.answer).toContain('[matches#amia-ci-match]');
    expect(a.answer).not.toContain('[matches#after-the-match]');
  });
});
