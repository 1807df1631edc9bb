// An answer written for a US citizen ("a US citizen needs no visa") is for a member who says they
// are one. An Egyptian graduate who asked whether their residency at home lets them apply was given
// the US-citizen answer, because the rest of the words ("studied abroad", "apply for CI
// fellowship") were close; the curated US-citizen answers now need the question to say so.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { SAYS_US_CITIZEN } from '../../src/knowledge/faq.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);

describe('answers written for US citizens', () => {
  it.each([
    'I finished internal medicine residency in Egypt in 2021, can I apply for CI fellowship now?',
    'did my residency back home in Lahore, am i able to apply to informatics fellowship directly',
    'studied and trained in Nigeria, is an informatics fellowship open to me?',
  ])('are not given to a member who only says where they trained: "%s"', (q) => {
    const a = ask(q);
    expect(a.faqId ?? '').not.toMatch(/^us-citizen/);
    expect(a.answer).not.toMatch(/needs? no visa/i);
  });

  it.each([
    'I am a US citizen who went to med school in Grenada, can I do a clinical informatics fellowship?',
    'american here with an offshore MD, am I eligible for a CI fellowship',
  ])('are given when the member says they are a citizen or permanent resident: "%s"', (q) => {
    expect(ask(q).faqId ?? '').toMatch(/^us-citizen/);
  });

  it('tell a permanent resident who studied abroad that ECFMG is still needed, a visa not', () => {
    const a = ask('green card holder, studied medicine in India: do I need a visa or ECFMG?');
    expect(a.answer).toMatch(/permanent resident[^.]*needs no visa but still needs ECFMG/);
  });

  it.each([
    ['born and raised in Texas, med school in Dominica', true],
    ['I was born in the US but studied abroad', true],
    ['my citizenship is Indian', true],
    ['I trained in Cairo and work in Riyadh', false],
    ['international medical graduate from Pakistan', false],
  ] as const)('reads "%s" as saying the asker is a citizen: %s', (text, says) => {
    expect(SAYS_US_CITIZEN.test(text)).toBe(says);
  });
});

// A trial (session 13): "I already submitted ERAS in September but never registered with NRMP, is it
// too late?" got "**Yes.**" from a guide question about registering separately, because naming ERAS
// beside the NRMP counted as a conflict with the NRMP registration answer. A question naming two
// entities of one class is about both: an entry naming one of them is not in conflict with it.
describe('a question naming ERAS and the NRMP together', () => {
  it.each([
    'I already submitted ERAS in September but never registered with NRMP, is it too late and what is the deadline?',
    'forgot to sign up for the NRMP match, ERAS is done. Am I too late?',
  ])('reaches the late-registration answer and never says "Yes": "%s"', (q) => {
    const a = ask(q);
    expect(a.answer).toMatch(/register with the NRMP now/);
    expect(a.answer).not.toMatch(/^\*\*Yes\.\*\*/);
  });

  // "No NRMP registration yet" is "not registered yet": the noun and the verb are one feature (ask25).
  it('reaches the late-registration answer for "…no NRMP registration yet. problem?"', () => {
    expect(ask('my ERAS application is in since september, but no NRMP registration yet. problem?').answer).toMatch(
      /register with the NRMP now/,
    );
  });
});

// The same trial: "Do I need ECFMG certification before I can rank?" got "aim to have it before the
// season you apply". The NRMP needs ECFMG's confirmation of the exam requirements by the rank order
// list deadline, not the certificate itself (NRMP help pages, checked 2026-12-05).
describe('ECFMG certification and the rank order list', () => {
  it.each([
    'ecfmg certificate still pending, will my rank list count?',
    'Is it mandatory to have ECFMG certificate to join the match?',
  ])('says the certificate is not needed to rank, the exam confirmation by the deadline is: "%s"', (q) => {
    const a = ask(q);
    expect(a.answer).toMatch(/by the rank order list deadline/);
    expect(a.answer).toMatch(/certificate is needed to start residency/);
  });
});
