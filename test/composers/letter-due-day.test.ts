/**
 * A letter is due when programs start reading the season's applications, when that comes before
 * the member's own deadline: the member's late date is not the one to plan letters around.
 */
import { describe, expect, it } from 'vitest';
import { letterDueDay } from '../../src/composers/application-season.js';
import type { Profile } from '../../src/core/profile/schema.js';

const member = (target: Profile['target'], deadline?: string): Profile => ({
  version: 1,
  target,
  ...(deadline ? { deadline } : {}),
});

describe('the day a letter is due', () => {
  it('is the day programs start reading when the member’s own deadline is later', () => {
    // A fellowship applicant in spring with a mid-August date: programs read from mid-July.
    expect(letterDueDay(member('ci-fellowship', '2027-08-15'), '2027-03-01')).toEqual({
      day: '2027-07-16',
      review: true,
      deadline: '2027-08-15',
    });
    // A residency applicant whose own date is in late October: programs read from late September.
    expect(letterDueDay(member('residency-informatics-track', '2027-10-30'), '2027-05-20')?.day).toBe('2027-09-24');
  });

  it('is as soon as possible (today) once programs are already reading', () => {
    const due = letterDueDay(member('ci-fellowship', '2026-10-31'), '2026-08-19');
    expect(due).toEqual({ day: '2026-08-19', review: true, deadline: '2026-10-31' });
  });

  it('stays the member’s own deadline when it comes first, and is unknown without one ahead', () => {
    expect(letterDueDay(member('ci-fellowship', '2027-07-01'), '2027-03-01')).toEqual({
      day: '2027-07-01',
      review: false,
      deadline: '2027-07-01',
    });
    expect(letterDueDay(member('ci-fellowship'), '2027-03-01')).toBeUndefined();
    expect(letterDueDay(member('ci-fellowship', '2026-07-01'), '2026-09-01')).toBeUndefined();
  });
});
