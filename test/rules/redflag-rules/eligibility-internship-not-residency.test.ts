/**
 * With residencies not given, the year after graduation (an internship, an internado, a house job)
 * or a resident medical officer's post is not the residency to add, even when its title says
 * "resident": the specialty training the timeline names after it is.
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

const said = (timeline: TimelineEntry[]) => fellowshipEligibilityRule(withTimeline(timeline), TODAY).notGiven.join(' ');

describe('an internship under a "resident" title is not read as the residency', () => {
  it.each([
    ['Resident medical officer (internship), Suva', 'Fiji College of Medicine MMed registrar, internal medicine, Suva'],
    ['resident doctor, compulsory internship year, Mosul', 'Iraqi Board internal medicine residency, Mosul'],
    ['RMO rotations (house officer), Colombo General', 'MD Medicine postgraduate registrar, Colombo'],
    ['Internado rotatorio (médico residente de guardia), Asunción', 'Residencia en pediatría, Asunción'],
  ])('names the specialty training after "%s"', (internship, training) => {
    const text = said([
      { from: '2014-01', to: '2014-12', activity: 'clinical', note: internship },
      { from: '2015-01', to: '2018-12', activity: 'clinical', note: training },
    ]);
    expect(text).toContain(`Your timeline mentions one ("${training}")`);
    expect(text).not.toContain(internship);
  });

  it('names no residency when the internship is the only training listed', () => {
    const text = said([
      { from: '2016-01', to: '2016-12', activity: 'clinical', note: 'resident medical officer, Port Vila' },
      { from: '2017-01', to: 'present', activity: 'clinical', note: 'general practitioner, Port Vila' },
    ]);
    expect(text).not.toContain('Your timeline mentions one');
  });

  it('still reads a residency whose note names its intern year', () => {
    const note = 'Internal medicine residency incl. intern year, Lahore';
    const text = said([{ from: '2015-01', to: '2018-12', activity: 'clinical', note }]);
    expect(text).toContain(`Your timeline mentions one ("${note}")`);
  });
});
