/**
 * When programs start reading ERAS applications before the member's own deadline, "now" is the
 * programs' date: the current phase opens with "submit now, this week", not only the later date.
 */
import { describe, expect, it } from 'vitest';
import { prematchTimeline } from '../../src/composers/prematch-timeline.js';

const nowActions = (today: string, target: 'ci-fellowship' | 'residency-informatics-track', deadline?: string) => {
  const t = prematchTimeline(today, target, deadline);
  return { first: t.phases.find((p) => p.id === t.current)!.actions[0]!, notes: t.notes };
};

describe('timeline: programs reviewing before the member deadline', () => {
  it('a residency applicant a week before her own late-September date is told to submit this week', () => {
    const { first } = nowActions('2026-09-21', 'residency-informatics-track', '2026-09-29');
    expect(first).toMatch(/^Submit now, this week, rather than waiting for your own date of 29 Sep 2026/);
    expect(first).toMatch(/start reviewing residency applications .* around 24 Sep 2026/);
    expect(first).toMatch(/check this season's ERAS timeline/);
  });

  it('a fellowship applicant whose own date is in the autumn hears that review began in July', () => {
    const { first } = nowActions('2026-08-20', 'ci-fellowship', '2026-10-31');
    expect(first).toMatch(/have typically been reviewing fellowship applications in ERAS since about 16 Jul 2026/);
  });

  it('before applications open, the plan is to submit on the first days rather than by the own date', () => {
    const { first } = nowActions('2026-06-20', 'ci-fellowship', '2026-08-15');
    expect(first).toMatch(
      /^Plan to submit in the first days applications open \(about 2 Jul 2026\), not by your own date/,
    );
  });

  it('says nothing of it when the own deadline comes before programs start reviewing', () => {
    const { first } = nowActions('2026-09-05', 'residency-informatics-track', '2026-09-15');
    expect(first).not.toMatch(/rather than waiting/);
  });

  it('says nothing of it without a deadline', () => {
    const { first, notes } = nowActions('2026-09-05', 'residency-informatics-track');
    expect([first, ...notes].join(' ')).not.toMatch(/rather than waiting/);
  });
});
