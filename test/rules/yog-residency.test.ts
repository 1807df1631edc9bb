// Newcomer trial 14: a member 13 years from graduation, applying to residency, found the time since
// graduation as the sixth action of the currency flag. For a residency applicant five or more years
// out it comes second, says programs may screen on it, and gives no number of years of our own.
import { describe, expect, it } from 'vitest';
import { redFlags } from '../../src/rules/redflags.js';
import type { Profile } from '../../src/core/profile/schema.js';

const member = (target: Profile['target'], graduated: string): Profile =>
  ({
    version: 1,
    citizenship: 'non-us',
    visa: 'h1b',
    target,
    medSchool: { country: 'Egypt', graduated },
    timeline: [{ from: '2015-01', to: '2019-06', activity: 'clinical', note: 'paediatrics residency, Cairo' }],
  }) as unknown as Profile;

const currency = (p: Profile) => redFlags(p, '2026-12-06').flags.find((f) => f.id === 'clinical-currency');

describe('time since graduation for a residency applicant years out', () => {
  it.each(['2013-12', '2016-06', '2011-07'])('graduated %s: second action, with what to do', (graduated) => {
    const f = currency(member('residency-informatics-track', graduated));
    expect(f).toBeDefined();
    expect(f!.actions[1]).toMatch(/screen applications on it/);
    expect(f!.actions[1]).not.toMatch(/\b\d+ years? (?:limit|cutoff)/);
  });

  it('a fellowship applicant keeps the short line among the later actions', () => {
    const f = currency(member('ci-fellowship', '2013-12'));
    expect(f!.actions.at(-1)).toMatch(/stated limits on time since graduation/);
  });
});
