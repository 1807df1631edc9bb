// Newcomer trial 22's /ask visa findings, fixed as content: H-1B past six years on an approved
// I-140 (a new employer included), a served Conrad 30 term that does not come back on a job change,
// and a J-1 that is not a neutral choice with a green-card case under way. Our own wordings, with
// near-misses that keep their old answers; the private note reads the member's notes.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';
import { personalNote } from '../../src/app/views/ask.js';
import type { Profile } from '../../src/core/profile/schema.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);

describe('H-1B past six years on an approved I-140', () => {
  it.each([
    'my EB2 I-140 was approved in 2022 and my six H1B years end next summer: can a university fellowship still sponsor me on H-1B?',
    'if I leave my hospital job for a CI fellowship, can the new program extend my H-1B beyond year six using the I-140 my employer got approved?',
    'approved I140 + 6 years of H1B almost used, is a fellowship on H1B still possible with a new employer?',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(a.answer).toMatch(/three years at a time/);
    expect(a.answer).toMatch(/immigration attorney/);
  });
  it('near-miss: the plain limit question keeps its answer', () => {
    expect(ask('how many years can I stay on an H-1B?').answer).toMatch(/Six years in total/);
  });
});

describe('a Conrad 30 term already served', () => {
  it.each([
    'my Conrad waiver obligation was completed in 2023, will changing employer now make me subject to 212(e) again?',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(a.answer).toMatch(/does not bring (?:it|the requirement) back/);
  });
});

describe('a J-1 with a green-card case under way', () => {
  it.each([
    'my I-140 is approved; would doing the informatics fellowship on a J-1 instead of H-1B be smarter?',
    'green card process is going (I-140 approved), is switching to J1 for residency a safe option?',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(a.answer).toMatch(/stand in the way/);
  });
});

const member = (note: string): Profile => ({
  version: 1,
  citizenship: 'non-us',
  visa: 'h1b',
  target: 'ci-fellowship',
  exams: [{ exam: 'step3', date: '2018-05', result: 'pass', score: 220 }],
  timeline: [
    { from: '2016-07', to: '2019-06', activity: 'us-clinical', note: 'FM residency, H-1B' },
    { from: '2019-07', to: 'present', activity: 'us-clinical', note },
  ],
});

describe('private note on an H-1B answer', () => {
  const answer = { ...ask('how many years can I stay on an H-1B?') };
  it('an approved I-140 in the notes: no "past the limit", the extension and the J-1 warning', () => {
    const note = personalNote(member('clinic doctor, H-1B, extended on approved I-140'), answer, '2026-12-07') ?? '';
    expect(note).not.toMatch(/past the limit/);
    expect(note).toMatch(/104\(c\)/);
    expect(note).toMatch(/new J-1 would bring/);
  });
  it('near-miss: no petition named keeps the limit', () => {
    const note = personalNote(member('clinic doctor, H-1B'), answer, '2026-12-07') ?? '';
    expect(note).toMatch(/past the limit/);
    expect(note).not.toMatch(/104\(c\)/);
  });
});
