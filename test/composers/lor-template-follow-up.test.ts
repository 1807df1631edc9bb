/**
 * The follow-up plan of the template letter (no writer named yet) follows the ask-by day like any
 * writer not yet asked: a member whose deadline is a season away is never told to send the package
 * today (profile judge, p323: "send the package today" with the ask due in 2028). The package comes
 * after the writer's yes. Wordings and members of our own.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { composeLorPackage } from '../../src/composers/lor-package.js';

const member = (deadline: string | undefined, target: Profile['target']): Profile => ({
  version: 1,
  citizenship: 'non-us',
  visa: 'undecided',
  target,
  specialty: 'family medicine',
  medSchool: { country: 'Peru', graduated: '2019-12' },
  ...(deadline ? { deadline } : {}),
});

describe('the template follow-up plan follows the ask date', () => {
  it.each([
    ['2026-03-10', '2027-09-20', 'residency-informatics-track'],
    ['2027-01-15', '2028-09-15', 'residency-informatics-track'],
    ['2026-12-06', '2027-08-01', 'ci-fellowship'],
  ] as const)(
    'today %s, deadline %s: the first step is an ask by a later day, never "send today"',
    (today, deadline, target) => {
      const pkg = composeLorPackage(member(deadline, target), null, today);
      const first = pkg.reminders[0]!;
      expect(first.date! > today).toBe(true);
      expect(first.date! < deadline).toBe(true);
      expect(first.what).toMatch(/^Ask \[writer name\] by this day at the latest/);
      expect(first.what).toMatch(/once they agree, send this package/);
      const dated = pkg.reminders.filter((r) => r.date).map((r) => r.date!);
      expect([...dated].sort()).toEqual(dated);
    },
  );

  it('a deadline only weeks away still says to send it now', () => {
    const pkg = composeLorPackage(member('2026-12-28', 'residency-informatics-track'), null, '2026-12-06');
    expect(pkg.reminders[0]!.date).toBe('2026-12-06');
    expect(pkg.reminders[0]!.what).toMatch(/^Send \[writer name\] this package/);
  });
});
