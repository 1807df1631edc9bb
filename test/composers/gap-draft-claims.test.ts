/**
 * A gap draft claims only what the profile's entries and dates support: preparation is "full time"
 * only when the member's note says so, work or care named alongside it is said with it, months after
 * the last pass are asked for rather than given to an exam already passed, clinical work after
 * clinical work is a return, and an entry that hands over in its last month counts it once.
 */
import { describe, expect, it } from 'vitest';
import { composeGapDraft } from '../../src/composers/gap-draft.js';
import { prepManner } from '../../src/composers/gap-facts.js';
import type { ExamAttempt, Profile, TimelineEntry } from '../../src/core/profile/schema.js';
import { selectGap, type GapRange } from '../../src/rules/gap-select.js';

const TODAY = '2026-10-05';

const member = (timeline: TimelineEntry[], exams: ExamAttempt[] = [], graduated = '2014-06'): Profile => ({
  version: 1,
  citizenship: 'non-us',
  target: 'residency-informatics-track',
  medSchool: { country: 'Nigeria', graduated },
  timeline,
  exams,
});
/** The draft for the gap the range names (else the default one chat would pick). */
const draft = (p: Profile, range: GapRange = {}) => composeGapDraft(p, selectGap(p, TODAY, range).gap, TODAY).text;
/** The exam-preparation stretch of the "months after the last pass" members, named by its dates. */
const PREP_2021: GapRange = { from: '2021-04', to: '2022-06' };

/** Clinical work, then exam preparation with this note, then an externship. */
const prepWith = (note: string): Profile =>
  member(
    [
      { from: '2014-07', to: '2020-02', activity: 'clinical', note: 'medical officer, Ibadan' },
      { from: '2020-03', to: '2022-08', activity: 'exam-prep', note },
      { from: '2022-09', to: 'present', activity: 'us-clinical', note: 'internal medicine externship, Newark' },
    ],
    [
      { exam: 'step1', date: '2021-05', result: 'pass' },
      { exam: 'step2ck', date: '2022-07', result: 'pass', score: 233 },
    ],
  );

describe('a gap draft says how the member prepared only as their notes say it', () => {
  it.each([
    [
      'USMLE study while driving for a ride-hailing company at night',
      'while driving for a ride-hailing company at night',
    ],
    ['Step 1 and Step 2 CK, whilst tutoring chemistry to pay rent', 'while tutoring chemistry to pay rent'],
    ['USMLE prep; part-time call-centre agent', 'alongside part-time work (call-centre agent)'],
    ['exam preparation, also driving for Uber on weekends', 'alongside other work (driving for Uber on weekends)'],
  ])('does not call preparation with work beside it full time: "%s"', (note, said) => {
    const text = draft(prepWith(note));
    expect(text).not.toMatch(/full time/);
    expect(text).toContain(said);
  });

  it('says full time when the note does', () => {
    expect(draft(prepWith('full-time USMLE preparation at home in Lagos'))).toMatch(/I prepared full time for Step 1/);
  });

  it('says neither full time nor anything alongside when the note names only the exams', () => {
    const text = draft(prepWith('USMLE preparation'));
    expect(text).toMatch(/From Mar 2020 to Aug 2022 I prepared for Step 1 and Step 2 CK\./);
  });

  it('reads a part-time job anywhere in the notes as ruling out full time, even when too long to quote', () => {
    const m = prepManner([
      'Full-time study at first; later part-time work as a pharmacy technician at a large chain store in the suburbs of Manila',
    ]);
    expect(m.fullTime).toBe(false);
  });
});

describe('a gap draft gives months after the last pass no exam', () => {
  it('asks what the months held when preparation runs on long after the last exam was passed', () => {
    const p = member(
      [
        { from: '2015-01', to: '2021-03', activity: 'clinical', note: 'general practitioner, Asunción' },
        { from: '2021-04', to: '2022-06', activity: 'exam-prep', note: 'USMLE preparation in Miami' },
        { from: '2022-07', to: 'present', activity: 'research', note: 'research assistant, sepsis registry' },
      ],
      [{ exam: 'step2ck', date: '2021-09', result: 'pass', score: 236 }],
    );
    const text = draft(p, PREP_2021);
    expect(text).toMatch(/^From Apr 2021 I prepared for Step 2 CK\./);
    expect(text).not.toMatch(/to Jun 2022 I prepared/);
    expect(text).toContain('[Say what you did from Oct 2021 to Jun 2022, after passing Step 2 CK');
  });

  it('keeps the whole stretch for the exam when it was passed near its end', () => {
    const p = member(
      [
        { from: '2015-01', to: '2021-03', activity: 'clinical', note: 'general practitioner, Asunción' },
        { from: '2021-04', to: '2022-06', activity: 'exam-prep', note: 'USMLE preparation in Miami' },
        { from: '2022-07', to: 'present', activity: 'research', note: 'research assistant, sepsis registry' },
      ],
      [{ exam: 'step2ck', date: '2022-05', result: 'pass', score: 236 }],
    );
    expect(draft(p, PREP_2021)).toMatch(/^From Apr 2021 to Jun 2022 I prepared for Step 2 CK\./);
  });
});

describe('what ended the gap, told against what came before it', () => {
  const around = (before: TimelineEntry['activity'] | null, after: TimelineEntry['activity']): Profile =>
    member([
      ...(before ? [{ from: '2014-07', to: '2023-05', activity: before, note: 'hospitalist' } as TimelineEntry] : []),
      { from: '2023-06', to: '2024-09', activity: 'non-clinical-work', note: 'ran the family shop after a death' },
      { from: '2024-10', to: 'present', activity: after, note: 'nocturnist' },
    ]);

  it('calls US clinical work after US clinical work a return', () => {
    const text = draft(around('us-clinical', 'us-clinical'));
    expect(text).toContain('In Oct 2024 I returned to clinical work in the US');
    expect(text).not.toContain('started clinical work');
  });

  it('calls clinical work after clinical work abroad a return, without saying "in the US" came back', () => {
    expect(draft(around('clinical', 'clinical'))).toContain('In Oct 2024 I returned to clinical work');
    expect(draft(around('clinical', 'us-clinical'))).toContain('In Oct 2024 I started clinical work in the US');
  });

  it('calls clinical work with none before it a beginning, not a return', () => {
    const p = member(
      [
        { from: '2014-07', to: '2016-01', activity: 'none' },
        { from: '2016-02', to: 'present', activity: 'clinical', note: 'medical officer' },
      ],
      [],
      '2014-06',
    );
    expect(draft(p)).toContain('In Feb 2016 I began clinical work');
  });
});

describe('an entry that hands over in its last month counts it once', () => {
  it('counts parental leave from October to March, with preparation from March, as five months', () => {
    const p = member([
      { from: '2016-01', to: '2022-10', activity: 'clinical', note: 'paediatric medical officer, Kano' },
      { from: '2022-10', to: '2023-03', activity: 'personal', note: 'maternity leave after our second child' },
      { from: '2023-03', to: '2024-09', activity: 'exam-prep', note: 'USMLE preparation' },
      { from: '2024-10', to: 'present', activity: 'informatics', note: 'clinical data annotator' },
    ]);
    // The leave (split off from the preparation, and under six months) is told as what came before
    // the preparation, with the member's own dates; the handover month is not a leave of its own.
    const text = draft(p, { from: '2023-03', to: '2024-09' });
    expect(text).toContain('I was on parental leave from Oct 2022 to Mar 2023, 5 months in all.');
    expect(text).toContain('From Mar 2023 to Sep 2024 I prepared for the USMLE.');
    expect(text).not.toMatch(/Mar 2023 to Mar 2023|1 month in all/);
  });

  it('tells a short stretch outside medicine before split-off preparation as what came first', () => {
    // Different wording and reason: a job outside medicine handing over to preparation in its last month.
    const p = member([
      { from: '2015-01', to: '2021-05', activity: 'clinical', note: 'medical officer, Enugu' },
      { from: '2021-05', to: '2021-09', activity: 'non-clinical-work', note: 'sold insurance to pay debts' },
      { from: '2021-09', to: '2023-02', activity: 'exam-prep', note: 'Step 1 and Step 2 CK revision' },
      { from: '2023-03', to: 'present', activity: 'research', note: 'research assistant' },
    ]);
    const text = draft(p, { from: '2021-09', to: '2023-02' });
    expect(text).toMatch(
      /^To support myself financially, I worked outside clinical medicine from May 2021 to Sep 2021/,
    );
    expect(text).toContain('From Sep 2021 to Feb 2023 I prepared for Step 1 and Step 2 CK.');
    expect(text).not.toMatch(/Sep 2021 to Sep 2021/);
  });
});
