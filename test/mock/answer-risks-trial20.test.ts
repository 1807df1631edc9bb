/**
 * Newcomer trial 20, mock feedback: an answer announcing a stay in the US for the pay or running
 * down the home system gets advice (with the J-1 risk for a J-1 holder); blame put on a person, above
 * all one of the member's letter writers, gets the blame note; a dismissive close after a failure
 * gets advice; "sponsor my J-1" said of a program is a fact to correct. Our own wordings, and
 * near-misses that must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { factClaims } from '../../src/mock/claims.js';
import { answerFeedback } from '../../src/mock/feedback.js';

const profile = {
  version: 1,
  visa: 'j1',
  letters: [
    {
      writer: 'Mrs. Adaeze Nwosu',
      role: 'non-physician-supervisor',
      setting: 'abroad',
      physician: false,
      informatics: false,
      directObservation: true,
      year: 2021,
    },
    {
      writer: 'Dr. Paul Weber',
      role: 'program-director',
      setting: 'us',
      physician: true,
      informatics: false,
      directObservation: true,
      year: 2026,
    },
  ],
} as Profile;
const WHY = 'Why clinical informatics?';
const FAIL = 'Tell me about the exam you failed.';
const advice = (q: string, a: string, p: Profile | undefined = profile) =>
  answerFeedback(q, a, p ? { profile: p } : {}).advice ?? [];
const notes = (q: string, a: string) => answerFeedback(q, a, { profile }).notes;

describe('staying in the US for the pay, or the home system run down', () => {
  it.each([
    'We have no informatics posts in Ghana at all, so this fellowship lets me stay in the US with a better salary.',
    'Back home the health system is broken and going nowhere; here I could earn more and build a life in America.',
    'Honestly there is no future for doctors back home, which is why I want this.',
  ])('"%s" gets advice naming the wrong motive, and the J-1 risk', (a) => {
    const all = advice(WHY, a).join(' ');
    expect(all).toMatch(/wrong motive/);
    expect(all).toMatch(/J-1 is granted on your intent to return home/);
  });
  it('without a J-1 it names the motive but not the J-1 rule', () => {
    const all = advice(WHY, 'I want to stay in the US for the good pay.', { version: 1, visa: 'h1b' } as Profile).join(
      ' ',
    );
    expect(all).toMatch(/wrong motive/);
    expect(all).not.toMatch(/J-1/);
  });
  it.each([
    'I want to build EHR capacity back home once I finish, starting with the sepsis dashboard we piloted.',
    'After the fellowship I plan to return to Nigeria and help our ministry roll out an EHR.',
    'In Kenya I saw how paper charts lost results, so I built a tracking sheet for our ward.',
  ])('near-miss "%s": no advice on motive', (a) => {
    expect(advice(WHY, a).join(' ')).not.toMatch(/wrong motive/);
  });
});

describe('blame on a person', () => {
  it.each([
    ['My NGO manager kept piling extra duties on me, so I had no time to study.', /Nwosu/],
    ['Mrs. Nwosu gave me so much work that I could not prepare.', /Nwosu/],
    ['My program director refused to give me study days before the exam.', /Weber/],
  ])('"%s" gets the blame note, naming the letter writer it may be', (a, writer) => {
    const n = notes(FAIL, a).find((x) => x.id === 'blame');
    expect(n?.message).toMatch(writer);
    expect(n?.message).toMatch(/one of your letter writers/);
  });
  it.each([
    'I took on too much work at the NGO and did not protect my study time; that was my mistake.',
    'The workload was heavy that year and I said yes to every extra shift, so I changed how I plan.',
    'My supervisor gave me more responsibility after I passed, which I valued.',
  ])('near-miss "%s": no blame note', (a) => {
    expect(notes(FAIL, a).map((x) => x.id)).not.toContain('blame');
  });
});

describe('a dismissive close after a failure', () => {
  it.each([
    'I failed Step 2 CK once. I passed it the next year with 240, so it is not a problem.',
    'I did not pass the first attempt. Anyway, that is no big deal now.',
    "I failed Step 1. But it doesn't really matter, I passed later.",
  ])('"%s" gets advice', (a) => {
    expect(advice(FAIL, a).join(' ')).toMatch(/decides for them/);
  });
  it.each([
    'I failed Step 2 CK once. I changed how I study and passed with 240; my in-training scores have risen since.',
    'Our pilot failed at first. We fixed the alert logic and it is no longer a problem for the nurses.',
  ])('near-miss "%s": no dismissive advice', (a) => {
    expect(advice(FAIL, a).join(' ')).not.toMatch(/decides for them/);
  });
});

describe('"sponsor my J-1" said of a program', () => {
  it.each([
    'Do you sponsor J-1 visas for your fellows?',
    'I would need your program to sponsor my J-1.',
    'I hope the hospital can sponsor a J1 for me.',
  ])('"%s" is a fact to correct', (a) => expect(factClaims(a).map((c) => c.id)).toContain('program-sponsors-j1'));
  it.each([
    'Does your program accept J-1 trainees through ECFMG?',
    'Can you sponsor my H-1B?',
    'ECFMG sponsors my J-1.',
  ])('near-miss "%s"', (a) => expect(factClaims(a).map((c) => c.id)).not.toContain('program-sponsors-j1'));
});
