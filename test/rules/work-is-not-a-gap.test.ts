/**
 * Stated work in health care, past or present, is work experience, not a training gap: years as a
 * hospital interpreter, a public-health programme officer or a care coordinator are not "months to
 * explain" (blind judges of p269, p256 and newcomer trial 12). Their distance from patient care is
 * clinical currency's to say. A job outside health care, or work the member never describes, stays
 * time away from medicine to explain. Each result a gap draft quotes is told in its own period.
 */
import { describe, expect, it } from 'vitest';
import { composeGapDraft } from '../../src/composers/gap-draft.js';
import { gaps, isProductive } from '../../src/core/profile/derived.js';
import type { Profile, TimelineEntry } from '../../src/core/profile/schema.js';
import { redFlags } from '../../src/rules/redflags.js';
import { selectGap } from '../../src/rules/gap-select.js';

const TODAY = '2026-11-20';
const member = (timeline: TimelineEntry[], extra: Partial<Profile> = {}): Profile => ({
  version: 1,
  citizenship: 'us-permanent-resident',
  visa: 'not-needed',
  target: 'residency-informatics-track',
  medSchool: { country: 'Kenya', graduated: '2014-06' },
  residencies: [],
  timeline,
  ...extra,
});
const job = (note: string | undefined, from = '2016-01', to = '2020-12'): TimelineEntry => ({
  from,
  to,
  activity: 'non-clinical-work',
  ...(note !== undefined ? { note } : {}),
});
const before: TimelineEntry = { from: '2014-07', to: '2015-12', activity: 'clinical', note: 'house officer, Nairobi' };
const after: TimelineEntry = { from: '2021-01', to: 'present', activity: 'informatics', note: 'Epic analyst, Ohio' };
const gapFlags = (p: Profile) => redFlags(p, TODAY).flags.filter((f) => f.id === 'training-gap');

describe('paid work in health care is work, not a gap', () => {
  it.each([
    'Swahili medical interpreter for a county hospital in Minneapolis',
    'programme officer for a maternal and child health NGO, Kisumu: vaccination coverage surveys',
    'care coordinator at a federally qualified health center',
    'data officer for the WHO malaria programme, Nairobi office',
    'emergency department scribe, Columbus',
    'disease surveillance analyst for the county health department',
  ])('five past years as "%s" raise no training gap', (note) => {
    const p = member([before, job(note), after]);
    expect(gapFlags(p)).toEqual([]);
    expect(isProductive({ activity: 'non-clinical-work', note })).toBe(true);
  });

  it('still counts the job as time away from patients in clinical currency', () => {
    const p = member([before, job('medical interpreter, Mayo Clinic', '2016-01', 'present')]);
    const currency = redFlags(p, TODAY).flags.find((f) => f.id === 'clinical-currency');
    expect(currency?.severity).toBe('high');
    expect(currency?.why).toMatch(/medical interpreter, Mayo Clinic.*not patient care/);
  });

  it('keeps a real break next to the job, and only that break, as the gap', () => {
    const p = member([
      before,
      job('community health worker supervisor, Kibera'),
      { from: '2021-01', to: '2022-02', activity: 'personal', note: 'moved to Texas; cared for our newborn' },
      { from: '2022-03', to: 'present', activity: 'research', note: 'research assistant, sepsis registry' },
    ]);
    const [flag, ...rest] = gapFlags(p);
    expect(rest).toEqual([]);
    expect(flag?.title).toMatch(/Jan 2021 – Feb 2022/);
    expect(flag?.why).not.toMatch(/community health worker/);
  });
});

describe('work outside health care, or undescribed, is still time away from medicine', () => {
  it.each([
    'ran the family hardware store in Mombasa after my father died',
    'rideshare driver and warehouse shifts to support my family',
    undefined,
  ])('a five-year job "%s" is a gap to explain', (note) => {
    const p = member([before, job(note), after]);
    expect(gapFlags(p).map((f) => f.severity)).toEqual(['high']);
  });

  it('a job that only says what the member left is not health-care work', () => {
    expect(isProductive({ activity: 'non-clinical-work', note: 'left medicine to sell insurance policies' })).toBe(
      false,
    );
    expect(isProductive({ activity: 'non-clinical-work', note: 'no medical work: taught English online' })).toBe(false);
  });

  it('the gaps themselves are unchanged for other activities', () => {
    const p = member([before, { from: '2016-01', to: '2016-09', activity: 'none' }, { ...after, from: '2016-10' }]);
    expect((gaps(p, TODAY) ?? []).filter((g) => g.months >= 6).map((g) => g.months)).toEqual([9]);
  });
});

describe('a gap draft tells each result in the period it belongs to', () => {
  const withProject = (timeline: TimelineEntry[]): Profile =>
    member(timeline, {
      informatics: [
        {
          kind: 'project',
          title: 'county vaccination dashboard in DHIS2',
          outcome: 'used by county managers every month',
        },
      ],
    });
  it('a result from a job before the gap is dated to that job and told before the gap, not after the next step', () => {
    const p = withProject([
      before,
      job('programme officer, county vaccination dashboard in DHIS2 for the health ministry', '2016-01', '2019-12'),
      { from: '2020-01', to: '2021-06', activity: 'personal', note: 'relocated to Ohio; cared for my mother' },
      { from: '2021-07', to: 'present', activity: 'research', note: 'research coordinator, asthma trial' },
    ]);
    const text = composeGapDraft(p, selectGap(p, TODAY, {}).gap, TODAY).text;
    const result = text.indexOf('used by county managers');
    expect(text).toMatch(/From Jan 2016 to Dec 2019, my project "county vaccination dashboard in DHIS2" had a result/);
    expect(result).toBeGreaterThanOrEqual(0);
    expect(result).toBeLessThan(text.indexOf('From Jan 2020'));
    expect(result).toBeLessThan(text.indexOf('research team'));
  });
});

describe('more than one failed attempt never "reads as a single event"', () => {
  const withExams = (exams: Profile['exams']): Profile =>
    member([{ from: '2014-07', to: 'present', activity: 'clinical', note: 'medical officer' }], { exams });
  const actions = (p: Profile) =>
    redFlags(p, TODAY)
      .flags.find((f) => f.id === 'exam-failure')
      ?.actions.join(' ') ?? '';
  it('two failures of different exams, a later Step 3: asks to be ready for each, not one event', () => {
    const text = actions(
      withExams([
        { exam: 'step1', date: '2016-05', result: 'fail' },
        { exam: 'step1', date: '2016-11', result: 'pass', score: 214 },
        { exam: 'step2ck', date: '2017-06', result: 'fail' },
        { exam: 'step2ck', date: '2017-12', result: 'pass', score: 224 },
        { exam: 'step3', date: '2023-03', result: 'pass', score: 208 },
      ]),
    );
    expect(text).not.toMatch(/single event|reads as one|one-off/i);
    expect(text).toMatch(/Step 3 208.*2 failed attempts, expect to be asked about each/);
  });
  it('two failures of one exam and nothing after: the same, in other words', () => {
    const text = actions(
      withExams([
        { exam: 'step1', date: '2016-05', result: 'pass', score: 221 },
        { exam: 'step3', date: '2024-01', result: 'fail' },
        { exam: 'step3', date: '2024-07', result: 'fail' },
        { exam: 'step3', date: '2025-02', result: 'pass', score: 206 },
      ]),
    );
    expect(text).not.toMatch(/single event/i);
  });
  it('one failure is not told to expect questions about each attempt', () => {
    const text = actions(
      withExams([
        { exam: 'step1', date: '2016-05', result: 'fail' },
        { exam: 'step1', date: '2016-11', result: 'pass', score: 214 },
        { exam: 'step2ck', date: '2017-12', result: 'pass', score: 232 },
      ]),
    );
    expect(text).toMatch(/failure was not your ceiling/);
    expect(text).not.toMatch(/asked about each/);
  });
});
