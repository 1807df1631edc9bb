/**
 * A J-1 member near the end of a US residency is told that practice in the US instead of (or
 * before) more training needs a waiver job, most often Conrad 30, with its service term (ux39: a
 * judge of p309 found only "obtain a waiver"). Our own members and dates.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/core/profile/schema.js';
import { visaSponsorshipRule } from '../../../src/rules/redflag-rules/standing.js';
import { edit, theFlag } from './fixtures.js';

/** A Ghanaian internist in a US IM residency since Jul 2024, on an ECFMG J-1. */
const accra = (change: (p: Profile) => void = () => undefined) =>
  edit((p) => {
    p.citizenship = 'non-us';
    p.visa = 'j1';
    p.timeline = [
      { from: '2024-07', to: 'present', activity: 'us-clinical', note: 'IM residency, Detroit; ECFMG J-1' },
    ];
    p.residencies = [
      {
        country: 'United States',
        specialty: 'internal medicine',
        from: '2024-07',
        to: 'present',
        completed: false,
        accreditation: 'acgme',
      },
    ];
    change(p);
  });
const actions = (p: Profile, today: string) => theFlag(visaSponsorshipRule(p, today)).actions.join(' ');

describe('visa-sponsorship: practice after a J-1 residency needs a waiver job', () => {
  it('names Conrad 30, its term and the clinical-work condition in the final year of residency', () => {
    const text = actions(accra(), '2026-10-12');
    expect(text).toMatch(
      /practising here straight after a J-1 residency needs a waiver of the two-year rule, most often a Conrad 30 job/,
    );
    expect(text).toMatch(
      /full-time clinical work in H-1B status in an area short of doctors, typically for at least three years/,
    );
    expect(text).toMatch(/an informatics job without patient care does not qualify/);
    expect(text).toMatch(/immigration attorney/);
  });

  it('says it in the months after a residency just finished, and for a residency-track member too', () => {
    const done = accra((p) => {
      p.residencies![0]!.to = '2026-06';
      p.residencies![0]!.completed = true;
      p.timeline![0]!.to = '2026-06';
    });
    expect(actions(done, '2026-09-01')).toMatch(/most often a Conrad 30 job/);
    const track = accra((p) => (p.target = 'residency-informatics-track'));
    expect(actions(track, '2027-01-20')).toMatch(/most often a Conrad 30 job/);
  });

  it('waits until the residency is within a year of its end, and is silent long after it', () => {
    expect(actions(accra(), '2025-03-01')).not.toMatch(/Conrad 30/);
    const old = accra((p) => {
      p.residencies![0]!.to = '2023-06';
      p.residencies![0]!.from = '2020-07';
      p.residencies![0]!.completed = true;
      p.timeline![0] = { from: '2020-07', to: '2023-06', activity: 'us-clinical', note: 'IM residency; J-1' };
    });
    expect(actions(old, '2026-10-12')).not.toMatch(/most often a Conrad 30 job/);
  });

  it('is not said where the notes show the two-year rule met, or to a member on another visa', () => {
    const met = accra((p) => {
      p.timeline!.unshift({
        from: '2019-01',
        to: '2021-01',
        activity: 'clinical',
        note: 'Accra; two-year home residence requirement met',
      });
    });
    expect(actions(met, '2026-10-12')).not.toMatch(/most often a Conrad 30 job/);
    const h1b = accra((p) => (p.visa = 'h1b'));
    expect(actions(h1b, '2026-10-12')).not.toMatch(/most often a Conrad 30 job/);
  });
});
