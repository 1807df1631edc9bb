/**
 * The visa rule looks ahead: when the training applied for would start (the season, a later
 * deadline, a US residency still in progress) and how long it lasts, what happens after J-1
 * training, and what a member with no target is told.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/core/profile/schema.js';
import { visaSponsorshipRule } from '../../../src/rules/redflag-rules/standing.js';
import { edit, theFlag, TODAY } from './fixtures.js';

type Timeline = NonNullable<Profile['timeline']>;
const on = (visa: Profile['visa'], timeline: Timeline, change: (p: Profile) => void = () => {}) =>
  theFlag(
    visaSponsorshipRule(
      edit((p) => {
        p.citizenship = 'non-us';
        p.visa = visa;
        delete p.residencies;
        p.timeline = timeline;
        change(p);
      }),
      TODAY,
    ),
  );
const J1_NOW: Timeline = [{ from: '2024-07', to: 'present', activity: 'us-clinical', note: 'J-1 residency' }];
const J1_DONE: Timeline = [{ from: '2016-07', to: '2019-06', activity: 'us-clinical', note: 'J-1 residency' }];
const US_RESIDENCY_NOW = {
  country: 'United States',
  specialty: 'internal medicine',
  from: '2025-07',
  to: 'present' as const,
  completed: false,
  accreditation: 'acgme' as const,
};

describe('when the fellowship would start', () => {
  it('this season by default: the July after the current year', () => {
    expect(on('j1', J1_NOW).why).toContain('until a fellowship starting Jul 2027 (typically 2 years)');
  });

  it('a later season when the deadline names a later year, not when the deadline has passed', () => {
    expect(on('j1', J1_NOW, (p) => (p.deadline = '2027-09-01')).why).toContain('a fellowship starting Jul 2028');
    expect(on('j1', J1_NOW, (p) => (p.deadline = '2026-01-15')).why).toContain('a fellowship starting Jul 2027');
  });

  it('after a US residency still in progress (typically three years), unless a residency is already completed', () => {
    const inProgress = on('j1', J1_NOW, (p) => (p.residencies = [US_RESIDENCY_NOW]));
    expect(inProgress.why).toContain(
      'If you stay on J-1 until a fellowship starting Jul 2028 (typically 2 years), you would have about 4 years by its start and about 6 years by its end: within the limit.',
    );
    const completedBefore = on('j1', J1_NOW, (p) => {
      p.residencies = [
        { ...US_RESIDENCY_NOW, from: '2019-07', to: '2022-06', completed: true },
        { ...US_RESIDENCY_NOW, specialty: 'pediatrics' },
      ];
    });
    expect(completedBefore.why).toContain('a fellowship starting Jul 2027');
    const abroadInProgress = on('j1', J1_NOW, (p) => {
      p.residencies = [{ ...US_RESIDENCY_NOW, country: 'Egypt', accreditation: undefined }];
    });
    expect(abroadInProgress.why).toContain('a fellowship starting Jul 2027');
  });
});

describe('no target yet', () => {
  it('counts the time against the limit without projecting any training, and lists both calendars', () => {
    const over = on('h1b', [{ from: '2019-07', to: 'present', activity: 'us-clinical', note: 'H-1B' }], (p) => {
      delete p.target;
      p.exams!.push({ exam: 'step3', date: '2021-03', result: 'pass' });
    });
    expect(over.why).toMatch(
      /Your timeline shows about 7 years 4 months on H-1B so far \(Jul 2019 – now\), and this report counts all of it toward the 6-year limit, which is already past the limit\. Days you spent outside the US while on H-1B do not count toward the six years: they can be recaptured/,
    );
    expect(over.severity).toBe('medium');
    expect(over.actions).toContain(
      'Build your list of programs that take IMGs and sponsor your visa before applications open (early July for CI fellowships, September for residencies).',
    );
    expect(over.actions).toContain('H-1B time is limited to 6 years in total, and training years count.');
    const under = on('h1b', [{ from: '2024-07', to: 'present', activity: 'us-clinical', note: 'H-1B' }], (p) => {
      delete p.target;
      p.exams!.push({ exam: 'step3', date: '2021-03', result: 'pass' });
    });
    expect(under.why).toMatch(
      /about 2 years 4 months on H-1B so far \(Jul 2024 – now\), and this report counts all of it toward the 6-year limit\. Days you spent outside the US while on H-1B do not count toward the six years: they can be recaptured/,
    );
    expect(under.severity).toBe('low');
  });
});

describe('after J-1 training', () => {
  it('counts clinical work abroad after it toward the home-residence requirement, met from two years', () => {
    const f = on('j1', [
      ...J1_DONE,
      { from: '2015-01', to: '2016-06', activity: 'clinical', note: 'before the J-1' },
      { from: '2019-08', to: 'present', activity: 'clinical', note: 'hospital at home' },
    ]);
    expect(f.actions).toContain(
      'Your timeline shows clinical work outside the US since Aug 2019 (about 7 years 4 months) after your J-1 training. If that time was in your home country, it counts toward the two-year home-residence requirement, which may then already be met: confirm your status with ECFMG before you apply.',
    );
    const short = on('j1', [...J1_DONE, { from: '2025-06', to: 'present', activity: 'clinical', note: 'home' }]);
    expect(short.actions.find((a) => a.startsWith('Your timeline shows clinical work outside the US'))).toMatch(
      /since Jun 2025 \(about 1 year 6 months\) after your J-1 training\. .*home-residence requirement: confirm your status/,
    );
  });

  it('says nothing about it for research abroad, or when the J-1 time is only inferred from a residency', () => {
    const research = on('j1', [...J1_DONE, { from: '2019-08', to: 'present', activity: 'research', note: 'lab' }]);
    expect(research.actions.some((a) => a.includes('home-residence requirement, which'))).toBe(false);
    expect(research.actions.some((a) => a.startsWith('Your timeline shows clinical work outside'))).toBe(false);
    const inferred = on('j1', [{ from: '2019-08', to: 'present', activity: 'clinical', note: 'home' }], (p) => {
      p.residencies = [{ ...US_RESIDENCY_NOW, from: '2016-07', to: '2019-06', completed: true }];
    });
    expect(inferred.actions.some((a) => a.startsWith('Your timeline shows clinical work outside'))).toBe(false);
  });

  it('undecided after J-1 training: medium, J-1 is the realistic option', () => {
    const f = on('undecided', J1_DONE);
    expect(f.severity).toBe('medium');
    // The title names what blocks: the timeline quotes it as the blocker to clear.
    expect(f.title).toBe('Visa sponsorship needed: earlier J-1 training');
    expect(f.actions[1]).toBe(
      'Your timeline shows training on a J-1 (Jul 2016 – Jun 2019): until the two-year home-residence requirement is met or waived you cannot get an H-1B, so J-1 is your realistic option unless an immigration attorney confirms otherwise.',
    );
  });

  it('H-1B after J-1 training: settle the J-1 first; the training would need a J-1 again, with its own limit', () => {
    const f = on('h1b', [{ from: '2018-07', to: 'present', activity: 'us-clinical', note: 'J-1 research' }], (p) => {
      p.target = 'residency-informatics-track';
    });
    expect(f.severity).toBe('medium');
    expect(f.actions[0]).toMatch(/otherwise the training would need a J-1 again, which has its own 7-year limit\.$/);
    expect(f.actions[1]).toBe(
      'Your J-1 time would also run past its seven-year limit: ask ECFMG whether an extension could apply before you count on a J-1 either.',
    );
    expect(f.why).toContain('Your timeline shows about 8 years 4 months on J-1 so far (Jul 2018 – now)');
    const fellowship = on('h1b', J1_DONE, (p) => p.exams!.push({ exam: 'step3', date: '2021-03', result: 'pass' }));
    expect(fellowship.actions[0]).toMatch(/otherwise the fellowship would need a J-1 again/);
    // Within the J-1 limit: no second warning about it, and the time is not repeated.
    expect(fellowship.actions.some((a) => a.startsWith('Your J-1 time would also run past'))).toBe(false);
    expect(fellowship.why).not.toContain('years on J-1 so far');
  });

  it('names the missing Step 3 in the title only for H-1B', () => {
    expect(on('j1', J1_NOW).title).toBe('Visa sponsorship needed (J-1)');
    expect(on('h1b', []).title).toBe('Visa sponsorship needed (H-1B): Step 3 not passed yet');
  });
});
