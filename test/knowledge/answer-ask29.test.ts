// Readings /ask missed in round ask29 (seen-questions-x), each checked in wordings of our own
// (none is a curated phrasing or a corpus item).
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);
const cites = (q: string) => [...ask(q).answer.matchAll(/\[([a-z0-9-]+#[a-z0-9-]+)\]/g)].map((m) => m[1]);

describe('a "not" in what the member tells turns the answer only when the matched question negates the same thing', () => {
  it.each([
    'fellowship match results came and I did not get a spot. is there a SOAP for the AMIA match?',
    "I wasn't matched in december. does the AMIA match have a SOAP?",
    'results are out, i didnt match anywhere. is there SOAP in informatics fellowship like for residency??',
  ])('no "Yes" that the AMIA match has a SOAP: "%s"', (q) => {
    expect(ask(q).lead).not.toBe('yes');
    expect(ask(q).answer).toMatch(/no SOAP/);
  });

  it('a told lack the question negates still counts ("no US experience… can I still get strong letters?")', () => {
    expect(ask('I have no US clinical experience at all. Can I still get strong letters?').lead).toBe('yes');
  });
});

describe('a reason given in front of the question ("since…, …") is told, not asked', () => {
  it.each([
    'since ECFMG sponsors the J1 visa and not the hospital, a hospital has to accept J-1 trainees, right?',
    'because ECFMG sponsors the visa, not the hospital, a hospital has to accept J-1 trainees, right?',
  ])('its contrast ("not the hospital") does not turn the answer into a Yes: "%s"', (q) => {
    const a = ask(q);
    expect(a.lead).not.toBe('yes');
    expect(a.answer).toMatch(/each institution decides/);
  });
});

describe('a residency position named by its kind (prelim, categorical, transitional, advanced) names the NRMP match', () => {
  it.each([
    'I only got a preliminary year, can I go into SOAP for a categorical spot?',
    'got only transitional year in match. eligible for SOAP for IM?',
    'matched prelim surgery, can i still SOAP into a categorical program',
  ])('answered for residency, with the SOAP section, not "it depends on which match": "%s"', (q) => {
    const a = ask(q);
    expect(a.lead).not.toBe('depends');
    expect(a.answer).not.toMatch(/^It depends on which match/);
    expect(a.answer).not.toMatch(/AMIA match has no SOAP; it has a voluntary/);
    expect(cites(q)).toContain('matches#soap');
  });
});

describe('an embassy or visa appointment told as the reason or guessed at does not make a covered question consular', () => {
  it.each([
    ['statement of need, who gives it? the embassy here?', 'visas#j1-sponsorship'],
    ['I got a written warning for missing shifts (embassy appointments took days). Must I disclose this in ERAS?', 'red-flags#professionalism'],
    ['my probation was because of visa appointments making me late. should I explain it in my application?', 'explaining-red-flags#explaining-professionalism'],
  ])('answered from the guides: "%s"', (q, ref) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(cites(q)).toContain(ref);
  });

  it.each(['how long is the wait for a J1 visa appointment at the embassy in Lagos?', 'embassy asked me for more documents for my J1 stamping, what do i bring?'])(
    'the consular question itself is still declined: "%s"',
    (q) => {
      expect(ask(q).kind).toBe('out-of-scope');
    },
  );
});
