/**
 * Newcomer trial 21: a first-time pediatrics residency applicant with several red flags had an
 * eight-question plan with "Why clinical informatics?" and no "Why pediatrics?"; her answer to
 * "why residency again?" was marked down for lacking an informatics link; and lukewarm or comfort
 * reasons ("pediatrics is also good", "more flexible for mothers") passed unremarked. Specialties
 * and wordings of our own; near-misses keep their readings.
 */
import { describe, expect, it } from 'vitest';
import { mockPlan } from '../../src/mock/plan.js';
import { answerFeedback } from '../../src/mock/feedback.js';
import type { Profile } from '../../src/core/profile/schema.js';
import { cleanProfile, TODAY } from './fixtures.js';

const flagged = (specialty: string): Profile =>
  cleanProfile({
    citizenship: 'non-us',
    visa: 'undecided',
    target: 'residency-informatics-track',
    specialty,
    medSchool: { country: 'Egypt', graduated: '2012-07' },
    exams: [
      { exam: 'step1', date: '2022-03', result: 'fail' },
      { exam: 'step1', date: '2022-09', result: 'pass' },
      { exam: 'step2ck', date: '2023-05', result: 'pass', score: 228 },
    ],
    // Trained abroad in the same specialty, then years at home with children: the red flags and
    // "why residency again?" crowd an eight-question plan.
    residencies: [
      { country: 'Egypt', specialty, from: '2013-03', to: '2016-03', completed: true, accreditation: 'other' },
    ],
    timeline: [
      { from: '2016-04', to: '2021-07', activity: 'clinical', note: `${specialty} specialist, Cairo hospital` },
      {
        from: '2021-08',
        to: 'present',
        activity: 'personal',
        note: 'moved to the US, two children, studied for USMLE',
      },
    ],
    usce: [{ kind: 'observership', months: 3, handsOn: false }],
    informatics: [{ kind: 'course', title: 'AMIA 10x10' }],
  } as Partial<Profile>);

describe('a residency applicant rehearses "why <specialty>?" beside "why informatics?"', () => {
  it('a first-time applicant with no earlier training has it as a question of its own', () => {
    const p = cleanProfile({
      citizenship: 'non-us',
      visa: 'j1',
      target: 'residency-informatics-track',
      specialty: 'neurology',
    });
    const spec = mockPlan(p, TODAY, { count: 8 }).questions.find((q) => q.id === 'why-this-specialty');
    expect(spec?.text).toMatch(/Why neurology\?/i);
  });

  it.each(['pediatrics', 'internal medicine', 'psychiatry', 'family medicine'])('%s, eight questions', (sp) => {
    const plan = mockPlan(flagged(sp), TODAY, { count: 8 });
    // Its own question, or asked inside "why residency again?" when the decline took its place.
    const texts = plan.questions.map((q) => q.text).join(' | ');
    expect(texts).toMatch(new RegExp(`Why ${sp}[?,]`, 'i'));
    expect(plan.questions.map((q) => q.id)).toContain('how-will-you-rank-us');
    expect(plan.questions.map((q) => q.id)).toContain('why-clinical-informatics');
  });

  it('near-miss: a CI fellowship applicant is not asked why a specialty', () => {
    const p = cleanProfile({
      citizenship: 'non-us',
      visa: 'j1',
      target: 'ci-fellowship',
      specialty: 'internal medicine',
    });
    expect(mockPlan(p, TODAY, { count: 8 }).questions.map((q) => q.id)).not.toContain('why-this-specialty');
  });
});

describe('a residency-why answer is not marked down for lacking informatics', () => {
  it('"why residency again?" with a clinical reason has no informatics note', () => {
    const fb = answerFeedback(
      'why-residency-again',
      'I trained in pediatrics at home for three years and ran a busy ward, but US residency teaches a structured, supervised way of caring for children with chronic disease that I want for myself. I am ready to be an intern again: my earlier years mean I can carry a heavy list safely from the first week, and I welcome being taught the way things are done here, from handoffs to family-centred rounds.',
    );
    expect(fb.notes.map((n) => n.id)).not.toContain('no-informatics-angle');
  });
});

describe('lukewarm or comfort reasons for a specialty get advice', () => {
  const said = (q: string, a: string) => (answerFeedback(q, a).advice ?? []).join(' ');
  it.each([
    [
      'Why pediatrics?',
      'I worked with children in Cairo for years and I enjoy it, and honestly pediatrics is also good because the hours are more flexible for mothers like me with small kids at home, so it fits my family.',
    ],
    [
      'Why internal medicine?',
      'Internal medicine is ok I guess, I like many parts of medicine and IM is less competitive than the surgical fields, so it is a reasonable choice for an IMG like me who wants to match this year.',
    ],
    [
      'Why psychiatry?',
      'I find the conversations with patients interesting, and psychiatry has easier hours than the other fields I rotated in, with almost no nights, which matters a lot for my family right now.',
    ],
    [
      'Why family medicine?',
      'Family medicine was my backup plan at first but it is fine too, and it is easier to match for someone with my graduation year, so I put most of my applications there.',
    ],
  ])('%s', (q, a) => {
    expect(said(q, a)).toMatch(/lukewarm|easier life/);
  });

  it('near-miss: a committed answer with a patient story gets no such advice', () => {
    const a =
      'During my internship I followed a boy with poorly controlled asthma through four admissions in one winter. Working out with his mother why the inhaler plan kept failing at home taught me that pediatrics is about the whole family, and that is the medicine I want to practise. I tested the choice with two years on a pediatric ward before deciding.';
    expect(said('Why pediatrics?', a)).not.toMatch(/lukewarm|easier life/);
  });

  it('near-miss: the comfort of nurses as the problem a project fixed is no reason of comfort', () => {
    const a =
      'I love the continuity of care in family medicine. In my clinic I redesigned the refill workflow because our nurses were spending hours on calls after clinic; their after-hours work fell by half, and I want to keep doing that kind of work for my own panel.';
    expect(said('Why family medicine?', a)).not.toMatch(/lukewarm|easier life/);
  });
});
