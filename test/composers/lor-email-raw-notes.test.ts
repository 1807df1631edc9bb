/**
 * Newcomer trial 19: a letter request never pastes the member's raw note (lower-case "i…",
 * shorthand, the writer in the third person) into the email; a current supervisor is not told of
 * the work in the past tense; a writer last seen years ago gets a re-introduction; an observership
 * host is not scored as having watched the member work. Our own members and writers.
 */
import { describe, expect, it } from 'vitest';
import { composeLorEmail } from '../../src/composers/lor-email.js';
import { noteLike } from '../../src/composers/informatics-phrase.js';
import type { Letter, Profile } from '../../src/core/profile/schema.js';
import { writerStrength } from '../../src/rules/letter-slots.js';

const TODAY = '2026-11-20';

const supervisor: Letter = {
  writer: 'Dana Whitcomb',
  role: 'non-physician-supervisor',
  setting: 'us',
  physician: false,
  informatics: true,
  directObservation: true,
  year: 2026,
};
const oldPd: Letter = {
  writer: 'Prof. Tomas Reyes',
  role: 'program-director',
  setting: 'abroad',
  physician: true,
  informatics: false,
  directObservation: true,
  year: 2018,
};
const host: Letter = {
  writer: 'Dr. Priya Raman',
  role: 'attending',
  setting: 'us',
  physician: true,
  informatics: false,
  directObservation: true,
  year: 2025,
};

function member(outcome: string): Profile {
  return {
    version: 1,
    citizenship: 'non-us',
    visa: 'not-needed',
    target: 'residency-informatics-track',
    specialty: 'internal medicine',
    medSchool: { country: 'Philippines', graduated: '2012-04' },
    ecfmgCertified: true,
    exams: [
      { exam: 'step1', date: '2022-05', result: 'pass' },
      { exam: 'step2ck', date: '2023-02', result: 'pass', score: 238 },
    ],
    timeline: [
      { from: '2015-06', to: '2018-06', activity: 'clinical', note: 'internal medicine residency, Manila' },
      { from: '2024-02', to: 'present', activity: 'informatics', note: 'quality data analyst, Ohio' },
    ],
    residencies: [
      {
        country: 'Philippines',
        specialty: 'internal medicine',
        from: '2015-06',
        to: '2018-06',
        completed: true,
        accreditation: 'other',
      },
    ],
    usce: [{ kind: 'observership', months: 1 }],
    informatics: [{ kind: 'job', title: 'Quality data analyst', outcome }],
    letters: [supervisor, oldPd, host],
  };
}

describe('noteLike', () => {
  it.each([
    'i made a tableau dashboard for SEP-1 compliance, my manager uses it monthly',
    'built a report w/ the nurses, cut chart pulls b/c of it',
    'my boss said i saved the team hours each week',
  ])('"%s" reads as a note', (t) => expect(noteLike(t)).toBe(true));
  it.each([
    'Readmission report used in monthly quality meetings',
    'I built a sepsis dashboard; time to antibiotics fell 12%',
  ])('near-miss "%s" is a sentence', (t) => expect(noteLike(t)).toBe(false));
});

describe('the ask email', () => {
  it.each([
    'i built the readmissions report and my manager presents it every month',
    'made a fall-risk dashboard w/ the unit leads, she uses it in huddles',
  ])('never pastes the raw note "%s"', (outcome) => {
    const e = composeLorEmail(member(outcome), { today: TODAY, writer: 'Dana Whitcomb' });
    expect(e.body).not.toContain(outcome);
    expect(e.body).not.toMatch(/\bi (?:built|made)\b/);
    expect(e.body).toMatch(/\[one result of this work, written to them/);
  });

  it('near-miss: a clean outcome about the work is still quoted', () => {
    const e = composeLorEmail(member('Readmission report used in monthly quality meetings'), {
      today: TODAY,
      writer: 'Dana Whitcomb',
    });
    expect(e.body).toMatch(/readmission report used in monthly quality meetings/i);
  });

  it('a current supervisor is not told of the work in the past tense', () => {
    const e = composeLorEmail(member('x'), { today: TODAY, writer: 'Dana Whitcomb' });
    expect(e.body).not.toMatch(/You saw my work first-hand[^.]* in 2026/);
    expect(e.body).toMatch(/You have seen my work first-hand/);
    expect(e.body).not.toMatch(/short reminder/);
  });

  it('a program director from years back gets a re-introduction with what happened since', () => {
    const e = composeLorEmail(member('x'), { today: TODAY, writer: 'Prof. Tomas Reyes' });
    expect(e.body).toMatch(/8 years, a short reminder: I am \[Your name\], and we worked together from 2015 to 2018/);
    expect(e.body).toMatch(/Since then I have passed USMLE Step 1 and Step 2 CK and become ECFMG certified/);
  });

  it('never claims as done since an exam or certification that came before the time together', () => {
    // (A judge read "Since then I have passed the OET and Step 2 CK" to a writer from after both.)
    const p = member('x');
    p.exams = [
      { exam: 'step1', date: '2014-05', result: 'pass' },
      { exam: 'step2ck', date: '2014-11', result: 'pass', score: 238 },
    ];
    const e = composeLorEmail(p, { today: TODAY, writer: 'Prof. Tomas Reyes' });
    expect(e.body).toMatch(/a short reminder: I am \[Your name\]/);
    expect(e.body).not.toMatch(/Since then I have passed/);
    expect(e.body).not.toMatch(/become ECFMG certified/);
    expect(e.body).toMatch(/\[what you have done since, in a few words\]/);
  });
});

describe('/lor-ask plan scoring', () => {
  it('an observership host is not scored as having watched the member work', () => {
    const r = writerStrength(host, member('x'), TODAY);
    expect(r.reasons.join(' ')).not.toMatch(/watched you work directly/);
    expect(r.reasons.join(' ')).toMatch(/observer/);
  });

  it('near-miss: the same attending after a hands-on externship is', () => {
    const p = member('x');
    p.usce = [{ kind: 'externship', months: 2, handsOn: true }];
    expect(writerStrength(host, p, TODAY).reasons.join(' ')).toMatch(/watched you work directly/);
  });
});

describe('the gap draft', () => {
  it('never pastes a raw note as the result, and asks for the sentence instead', async () => {
    const { composeGapDraft } = await import('../../src/composers/gap-draft.js');
    const { explainableGaps } = await import('../../src/rules/gap-select.js');
    const note = 'i built the readmissions report and my manager presents it every month';
    const p = member(note);
    const gap = explainableGaps(p, TODAY)[0]!;
    const draft = composeGapDraft(p, gap, TODAY);
    const text = JSON.stringify(draft);
    expect(text).not.toContain(note);
    expect(text).not.toMatch(/\bi built\b/);
  });
});

describe('the gap draft of a residency applicant after exam preparation', () => {
  it('ends on the residency applied for, not on clinical informatics', async () => {
    const { composeGapDraft } = await import('../../src/composers/gap-draft.js');
    const { explainableGaps } = await import('../../src/rules/gap-select.js');
    const p = member('Readmission report used in monthly quality meetings');
    p.timeline = [
      { from: '2015-06', to: '2018-06', activity: 'clinical', note: 'internal medicine residency, Manila' },
      { from: '2018-07', to: '2023-06', activity: 'exam-prep', note: 'USMLE preparation' },
      { from: '2024-02', to: 'present', activity: 'informatics', note: 'quality data analyst, Ohio' },
    ];
    const gap = explainableGaps(p, TODAY)[0]!;
    const draft = composeGapDraft(p, gap, TODAY);
    expect(draft.text).toMatch(/internal medicine residency/);
    expect(draft.text).not.toMatch(/habit I now bring to clinical informatics/);
  });
});
