/**
 * A gap around a new child claims only what the notes support: "parental leave" only when the
 * member names a leave (a leave is from a job), a move or no right to work stays the member's to
 * name when it shared those months, and the draft's dates end where the report's header ends.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { composeGapDraft } from '../../src/composers/gap-draft.js';
import { explainableGaps } from '../../src/rules/gap-select.js';

const TODAY = '2027-03-10';
const member = (note: string, next: Profile['timeline'] = []): Profile => ({
  version: 1,
  target: 'residency-informatics-track',
  medSchool: { country: 'Peru', graduated: '2014-12' },
  timeline: [
    { from: '2015-01', to: '2020-12', activity: 'clinical', note: 'general practitioner, district hospital' },
    { from: '2021-01', to: '2023-05', activity: 'personal', note },
    ...(next.length
      ? next
      : [{ from: '2023-05', to: 'present', activity: 'clinical' as const, note: 'physician, community clinic' }]),
  ],
});
const draftOf = (p: Profile) => {
  const gap = explainableGaps(p, TODAY)[0]!;
  return { gap, d: composeGapDraft(p, gap, TODAY) };
};

describe('gap draft: a new child', () => {
  it.each([
    'maternity leave after the birth of our daughter',
    'on leave from the hospital when my son was born, baby care',
    'parental leave with our newborn',
  ])('a leave the member names is told as parental leave: "%s"', (note) => {
    expect(draftOf(member(note)).d.text).toMatch(/I was on parental leave from Jan 2021/);
  });

  it.each([
    ['relocated to Texas with my husband, then home with our baby', 'my baby'],
    ['we moved countries and waited for my employment authorization; our first child was born in 2022', 'my child'],
  ])('a move or no right to work shares the months: the child explains only part ("%s")', (note, who) => {
    const t = draftOf(member(note)).d.text;
    expect(t).not.toMatch(/leave/);
    expect(t).toContain(`for part of that time I cared for ${who}.`);
  });

  it('a child alone, with no leave named: caring at home, not a leave', () => {
    const t = draftOf(member('stayed home to raise our newborn twins')).d.text;
    // Twins stay twins: "my young child" would put a fact in her mouth that her note contradicts.
    expect(t).toMatch(/From Jan 2021 to \w{3} 2023 I was at home caring for my newborn twins/);
    expect(t).not.toMatch(/young child/);
    expect(t).not.toMatch(/leave/);
  });

  it('the draft ends the gap in the month the report’s header does, not the next entry’s first month', () => {
    const { gap, d } = draftOf(
      member('home with our newborn son', [
        { from: '2023-06', to: '2024-02', activity: 'exam-prep', note: 'Step 1 and Step 2 CK' },
        { from: '2024-02', to: 'present', activity: 'clinical', note: 'physician' },
      ]),
    );
    const end = gap.to;
    expect(d.text).not.toMatch(/to Jun 2023/);
    expect(end).toBe('2023-05');
    expect(d.text).toMatch(/to May 2023/);
  });
});
