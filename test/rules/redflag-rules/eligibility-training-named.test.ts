/**
 * With residencies not given, training the timeline names under another system's word (postgrado,
 * residentado, ordinatura, specialty training) is read as a residency to add, and when it sits
 * outside the US the member is told, conditionally, that it alone does not meet ACGME fellowship
 * eligibility.
 */
import { describe, expect, it } from 'vitest';
import { fellowshipEligibilityRule } from '../../../src/rules/redflag-rules/eligibility.js';
import type { TimelineEntry } from '../../../src/core/profile/schema.js';
import { edit, TODAY } from './fixtures.js';

const withTimeline = (timeline: TimelineEntry[]) =>
  edit((p) => {
    delete p.residencies;
    p.target = 'ci-fellowship';
    p.timeline = timeline;
  });

describe('training named in the timeline when residencies are not given', () => {
  it.each([
    'postgrado de pediatría, Hospital de Niños, Bogotá',
    'ordinatura in cardiology, Almaty',
    'internal medicine specialty training (registrar), Harare',
    'residência em clínica médica, São Paulo',
  ])('reads "%s" as a residency abroad and says what it does not meet, conditionally', (note) => {
    const r = fellowshipEligibilityRule(
      withTimeline([{ from: '2015-01', to: '2018-12', activity: 'clinical', note }]),
      TODAY,
    );
    expect(r.flags).toEqual([]);
    const said = r.notGiven.join(' ');
    expect(said).toContain('Your timeline mentions one');
    expect(said).toContain(
      'If that training was outside the US and Canada, it does not by itself meet ACGME fellowship eligibility',
    );
  });

  it('leaves the caveat out when the timeline also shows training in the US', () => {
    const r = fellowshipEligibilityRule(
      withTimeline([
        { from: '2012-01', to: '2013-06', activity: 'clinical', note: 'residentado in surgery, Lima' },
        { from: '2016-07', to: '2019-06', activity: 'us-clinical', note: 'internal medicine training, Miami' },
      ]),
      TODAY,
    );
    expect(r.notGiven.join(' ')).not.toContain('If that training');
  });

  it('says nothing of a residency when the timeline names none', () => {
    const r = fellowshipEligibilityRule(
      withTimeline([{ from: '2015-01', to: '2018-12', activity: 'clinical', note: 'general practitioner, Quito' }]),
      TODAY,
    );
    expect(r.notGiven.join(' ')).not.toContain('Your timeline mentions one');
  });
});
