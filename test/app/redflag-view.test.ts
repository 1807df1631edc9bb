import { describe, expect, it } from 'vitest';
import { redflagReportView, redflagShareView } from '../../src/app/views/redflag.js';
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

describe('red-flag public share: the most sensitive kinds never reach a channel', () => {
  const clean: Profile = {
    version: 1,
    target: 'ci-fellowship',
    citizenship: 'us-citizen',
    medSchool: { country: 'IN', graduated: '2024-06' },
    exams: [{ exam: 'step1', date: '2023-03', result: 'pass' }],
    timeline: [{ activity: 'clinical', from: '2024-07', to: 'present' }],
  };
  const sensitiveOnly: Profile = {
    ...clean,
    exams: [
      { exam: 'step1', date: '2022-03', result: 'fail' },
      { exam: 'step1', date: '2023-03', result: 'pass' },
    ],
    professionalism: [{ kind: 'probation', date: '2025-01', remediated: true }],
  };

  it('leaves out exam-failure, professionalism and visa flags, and counts only what it shows', () => {
    const report = redFlags(several, TODAY);
    const ids = report.flags.map((f) => f.id);
    expect(ids).toContain('exam-failure');
    expect(ids).toContain('visa-sponsorship');
    const text = renderText(redflagShareView(report));
    expect(text).not.toMatch(/Exam failure on record|Visa sponsorship needed|Professionalism concern/);
    const shown = report.flags.filter(
      (f) => !['exam-failure', 'multiple-match-attempts', 'professionalism', 'visa-sponsorship'].includes(f.id),
    );
    expect(text).toContain(`${shown.length} to work on`);
    expect(text).toContain('never included in a public share');
  });

  it('never posts earlier Match cycles in a public share', () => {
    const report = redFlags({ ...clean, matchAttempts: 3 }, TODAY);
    expect(report.flags.map((f) => f.id)).toContain('multiple-match-attempts');
    const text = renderText(redflagShareView(report));
    expect(text).not.toMatch(/Multiple Match attempts|previous cycle/i);
    expect(text).toContain('previous Match attempts');
  });

  it('says the same words for a clean profile and one whose only flags are sensitive', () => {
    const sensitive = redFlags(sensitiveOnly, TODAY);
    expect(sensitive.flags.map((f) => f.id)).toEqual(expect.arrayContaining(['exam-failure', 'professionalism']));
    const none = redFlags(clean, TODAY);
    expect(none.flags.map((f) => f.id)).not.toContain('exam-failure');
    // Only the sensitive flags, as for a member whose profile raises nothing else.
    const onlySensitive = sensitive.flags.filter((f) => ['exam-failure', 'professionalism'].includes(f.id));
    const a = renderText(redflagShareView({ ...sensitive, flags: onlySensitive }));
    const b = renderText(redflagShareView({ ...none, flags: [] }));
    expect(a).toBe(b);
    expect(a).not.toMatch(/no red flags found/i);
  });
});
