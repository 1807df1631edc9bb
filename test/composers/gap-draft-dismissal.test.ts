import { describe, expect, it } from 'vitest';
import { composeGapDraft } from '../../src/composers/gap-draft.js';
import type { Profile } from '../../src/core/profile/schema.js';
import { selectGap } from '../../src/rules/gap-select.js';

const TODAY = '2026-12-05';

/** A member whose residency ended by dismissal, then months out of training, then a job. */
const dismissed = (dismissalMonth: string, kind: 'dismissal' | 'resignation' = 'dismissal'): Profile => ({
  version: 1,
  citizenship: 'us-citizen',
  target: 'residency-informatics-track',
  medSchool: { country: 'Saint Lucia', graduated: '2020-05' },
  residencies: [
    {
      country: 'United States',
      specialty: 'pediatrics',
      from: '2020-07',
      to: '2022-09',
      completed: false,
      accreditation: 'acgme',
    },
  ],
  timeline: [
    { from: '2020-07', to: '2022-09', activity: 'us-clinical', note: 'pediatrics residency, PGY-1 to PGY-3' },
    { from: '2022-10', to: '2023-06', activity: 'personal', note: 'time at home after leaving the program' },
    { from: '2023-07', to: 'present', activity: 'informatics', note: 'clinical data analyst, children’s hospital' },
  ],
  professionalism: [{ kind, date: dismissalMonth, note: 'ended after a second warning about handoffs' }],
});

const draft = (p: Profile) => composeGapDraft(p, selectGap(p, TODAY, {}).gap, TODAY).text;

describe('a gap that begins with a dismissal is told as the program’s decision', () => {
  it('never tells the months after a dismissal as a personal step away', () => {
    const text = draft(dismissed('2022-09'));
    expect(text).toMatch(/after my residency program dismissed me in Sep 2022/);
    expect(text).not.toMatch(/stepped away from medicine/);
    expect(text).not.toMatch(/personal reason/);
  });

  it('reads a dismissal dated in the first month of the gap the same way', () => {
    expect(draft(dismissed('2022-10'))).toMatch(/dismissed me in Oct 2022/);
  });

  it('leaves a resignation, or a dismissal long before the gap, to the gap’s own reason', () => {
    expect(draft(dismissed('2022-09', 'resignation'))).not.toMatch(/dismissed me/);
    expect(draft(dismissed('2021-01'))).not.toMatch(/dismissed me/);
  });
});
