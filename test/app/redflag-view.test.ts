import { describe, expect, it } from 'vitest';
import { redflagReportView } from '../../src/app/views/redflag.js';
import type { Profile } from '../../src/core/profile/schema.js';
import { renderText } from '../../src/console/render.js';
import { redFlags } from '../../src/rules/redflags.js';

const TODAY = '2026-12-03';

/** Two failed attempts and a long gap: several flags. */
const several: Profile = {
  version: 1,
  target: 'ci-fellowship',
  citizenship: 'non-us',
  visa: 'j1',
  medSchool: { country: 'IN', graduated: '2017-06' },
  exams: [
    { exam: 'step1', date: '2019-03', result: 'fail' },
    { exam: 'step1', date: '2019-09', result: 'pass' },
  ],
  timeline: [{ activity: 'clinical', from: '2017-07', to: '2019-01', note: 'house officer' }],
};

describe('red-flag report view: the details menu', () => {
  it('offers one flag at a time, and "all", while the report shows one flag in full', () => {
    const report = redFlags(several, TODAY);
    expect(report.flags.length).toBeGreaterThan(1);
    const text = renderText(redflagReportView(report, undefined, 0));
    expect(text).toContain('/redflag <number>  (or /redflag all)');
  });

  it('no longer offers "all" once every flag is shown in full', () => {
    const text = renderText(redflagReportView(redFlags(several, TODAY), undefined, 'all'));
    expect(text).not.toContain('/redflag all');
    expect(text).toContain('/redflag <number>  (one flag at a time)');
  });

  it('shows no menu when there is a single flag, already in full', () => {
    const report = redFlags(several, TODAY);
    const one = { ...report, flags: report.flags.slice(0, 1) };
    const view = redflagReportView(one, undefined, 0);
    expect(view.actions?.flat().some((a) => a.kind === 'select')).toBe(false);
    expect(renderText(view)).not.toContain('/redflag <number>');
  });
});
