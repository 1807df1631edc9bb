/**
 * A J-1 trained member whose own note says the two-year home-residence requirement was met (or
 * served) is not told it still blocks an H-1B, whether the visa wanted next is H-1B or undecided.
 * A note that only plans it, or says it is not yet met, keeps the blocker.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/core/profile/schema.js';
import { noteHomeRuleMet } from '../../../src/rules/redflag-rules/visa-notes.js';
import { visaSponsorshipRule } from '../../../src/rules/redflag-rules/standing.js';
import { edit, theFlag, TODAY } from './fixtures.js';

type Timeline = NonNullable<Profile['timeline']>;
const flag = (visa: Profile['visa'], homeNote: string) =>
  theFlag(
    visaSponsorshipRule(
      edit((p) => {
        p.citizenship = 'non-us';
        p.visa = visa;
        delete p.residencies;
        p.timeline = [
          {
            from: '2017-07',
            to: '2020-06',
            activity: 'us-clinical',
            note: 'Pediatrics residency (ACGME), on an ECFMG J-1',
          },
          { from: '2020-07', to: '2022-09', activity: 'clinical', note: homeNote },
        ] satisfies Timeline;
        p.exams = [...(p.exams ?? []), { exam: 'step3', date: '2020-03', result: 'pass', score: 225 }];
      }),
      TODAY,
    ),
  );

describe('the two-year home-residence requirement the member says is met', () => {
  it.each([
    'Consultant pediatrician in Accra (home-residence requirement served in full, 2020-07 to 2022-07)',
    'GP in Dhaka; the two-year rule was fulfilled in 2022-08',
    'Back home in Lima, 2 year home residency requirement completed 2022-07',
  ])('no longer blocks an H-1B: "%s"', (note) => {
    for (const visa of ['h1b', 'undecided'] as const) {
      const f = flag(visa, note)!;
      expect(f.severity, `${visa}: ${note}`).toBe('low');
      const text = [f.why, ...f.actions].join(' ');
      expect(text).toMatch(/requirement was met/);
      expect(text).not.toMatch(
        /until (?:you have spent two years|the two-year home-residence requirement is met or waived)/,
      );
    }
  });

  it('still blocks it when the note only plans it or says it is not yet met', () => {
    for (const note of [
      'Working at home; the two-year requirement will be completed in 2026-07',
      'Home; two-year rule not yet fulfilled',
    ]) {
      expect(flag('h1b', note)!.severity, note).toBe('medium');
    }
  });

  it('takes the last month told as the month it was met', () => {
    expect(noteHomeRuleMet('two-year home-residence requirement served in full, 2022-07 to 2024-07')).toBe('2024-07');
  });
});
