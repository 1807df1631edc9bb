/**
 * Newcomer trial 20: a residency in progress had no expected end in the profile, so a PGY-2's
 * "finish june 2028" was refused and the advice inferred a June 2027 end. Now a residency with
 * `completed: false` and a month still to come records its expected end; setup reads it from the
 * words people type; the rules, timeline and red flags use it (and say an inferred end is inferred);
 * a PGY level the start month contradicts is asked about. Members: a J-1 IM PGY-2, an H-1B
 * pediatrics PGY-1, a four-year specialty (neurology), and "present" profiles that must not change.
 */
import { describe, expect, it } from 'vitest';
import { earliestFellowshipSeason } from '../../src/composers/season-calendar.js';
import { timelineForProfile } from '../../src/composers/prematch-timeline.js';
import {
  pgyMismatch,
  readExpectedEnd,
  residencyEndAnswer,
  residencyEndNote,
} from '../../src/core/profile/expected-end.js';
import { LIST_FIELDS, parseFieldValue } from '../../src/core/profile/field-specs.js';
import { parseProfile, parseProfileText } from '../../src/core/profile/parse.js';
import type { Profile } from '../../src/core/profile/schema.js';
import { residencyLine } from '../../src/core/profile/summary.js';
import { readResidencies, residencyEnd } from '../../src/core/profile/training.js';
import { redFlags } from '../../src/rules/redflags.js';

const TODAY = '2026-12-07';

function member(over: Partial<Profile> & { residencies: Profile['residencies'] }): Profile {
  return {
    version: 1,
    citizenship: 'non-us',
    visa: 'j1',
    target: 'ci-fellowship',
    specialty: 'internal medicine',
    medSchool: { country: 'Nigeria', graduated: '2018-07' },
    ecfmgCertified: true,
    timeline: [{ from: '2025-07', to: 'present', activity: 'us-clinical', note: 'IM residency, J-1' }],
    ...over,
  } as Profile;
}

const j1Im = member({
  residencies: [
    {
      country: 'United States',
      specialty: 'internal medicine',
      from: '2025-07',
      to: '2028-06',
      completed: false,
      accreditation: 'acgme',
    },
  ],
});
const h1bPeds = member({
  visa: 'h1b',
  specialty: 'pediatrics',
  timeline: [{ from: '2026-07', to: 'present', activity: 'us-clinical', note: 'pediatrics residency, H-1B' }],
  residencies: [{ country: 'USA', specialty: 'pediatrics', from: '2026-07', to: '2029-06', completed: false }],
});
const neuro = member({
  specialty: 'neurology',
  timeline: [{ from: '2024-07', to: 'present', activity: 'us-clinical', note: 'neurology residency, J-1' }],
  residencies: [{ country: 'United States', specialty: 'neurology', from: '2024-07', to: '2028-06', completed: false }],
});
const asPresent = (p: Profile): Profile => ({
  ...p,
  residencies: p.residencies!.map((r) => ({ ...r, to: 'present' })),
});

describe('the profile holds an expected end', () => {
  it.each([
    ['J-1 IM PGY-2', j1Im],
    ['H-1B pediatrics PGY-1', h1bPeds],
    ['four-year neurology', neuro],
  ])('%s: import accepts it, export gives it back, and it reads as in progress', (_, p) => {
    const text = JSON.stringify(p);
    const read = parseProfileText(text, TODAY);
    expect(read.ok).toBe(true);
    if (read.ok) expect(JSON.stringify(read.value)).toBe(text);
    const [r] = readResidencies(p, TODAY)!;
    expect(r!.status).toBe('in-progress');
    expect(residencyEnd(p.residencies![0]!, TODAY)?.stated).toBe(true);
    expect(residencyLine(p.residencies![0]!)).toMatch(/\(expected\), in progress/);
  });

  it('a completed residency with a future end, and one ending further ahead than any residency runs, are refused', () => {
    const done = { ...j1Im, residencies: [{ ...j1Im.residencies![0]!, completed: true }] };
    expect(parseProfile(done, TODAY).ok).toBe(false);
    const far = { ...j1Im, residencies: [{ ...j1Im.residencies![0]!, to: '2036-06' }] };
    expect(parseProfile(far, TODAY).ok).toBe(false);
  });

  it('a residency left in the past is still "left", not in progress', () => {
    const left = member({
      residencies: [{ country: 'Egypt', specialty: 'surgery', from: '2019-07', to: '2020-03', completed: false }],
    });
    expect(readResidencies(left, TODAY)![0]!.status).toBe('left');
  });
});

describe('the rules and timeline use the stated end', () => {
  it('J-1 IM PGY-2 finishing June 2028: fellowship from July 2028, no year between, no July 2027 start', () => {
    const early = earliestFellowshipSeason(j1Im, TODAY)!;
    expect(early.ends).toBe('2028-06');
    expect(early.why).toMatch(/expected end in your profile, finishes in Jun 2028/);
    const flags = JSON.stringify(redFlags(j1Im, TODAY).flags);
    expect(flags).not.toMatch(/Jun 2027|Jul 2027/);
    expect(flags).not.toMatch(/year between/);
    const t = JSON.stringify(timelineForProfile(TODAY, j1Im));
    expect(t).not.toMatch(/ends around Jun 2027/);
  });

  it('four-year neurology: the stated June 2028 end moves the season a year past the three-year guess', () => {
    expect(earliestFellowshipSeason(neuro, TODAY)!.year).toBe(2027);
    expect(earliestFellowshipSeason(asPresent(neuro), TODAY)!.year).toBe(2026);
  });

  it('H-1B pediatrics PGY-1: the season follows the stated June 2029 end', () => {
    const early = earliestFellowshipSeason(h1bPeds, TODAY)!;
    expect(early.ends).toBe('2029-06');
    expect(early.year).toBe(2028);
  });

  it('with "present" the end is inferred and said as inferred', () => {
    const p = asPresent(j1Im);
    expect(residencyEnd(p.residencies![0]!, TODAY)).toEqual({ end: 2028 * 12 + 5, stated: false });
    expect(earliestFellowshipSeason(p, TODAY)!.why).toMatch(/gives no expected end/);
    // A PGY-3 from July 2024 with "present": the J-1 item still plans the year between, as before.
    const pgy3 = member({
      residencies: [
        { country: 'United States', specialty: 'internal medicine', from: '2024-07', to: 'present', completed: false },
      ],
      timeline: [{ from: '2024-07', to: 'present', activity: 'us-clinical', note: 'IM residency, J-1' }],
    });
    const flags = JSON.stringify(redFlags(pgy3, TODAY).flags);
    expect(flags).toMatch(/around Jun 2027 \(inferred as three years from its start/);
  });
});

describe('setup reads an expected end and checks the PGY level', () => {
  const to = (raw: string) => parseFieldValue(LIST_FIELDS.residencies.fields.to, raw);

  it.each([
    ['present (pgy2 IM since july 25, finish june 2028)', '2028-06'],
    ['present, finish june 2028', '2028-06'],
    ['PGY2, ends 2028', '2028-06'],
    ['still in it, expected to finish Jun 2029', '2029-06'],
    ['currently PGY-1, graduating in 2029', '2029-06'],
    ['in progress until 2027-06', '2027-06'],
    ['2028-06', '2028-06'],
    ['June 2028', '2028-06'],
  ])('"%s" → %s', (raw, value) => {
    expect(to(raw)).toEqual({ ok: true, value });
  });

  it.each(['present', 'still in it (PGY3)', 'currently a second year resident'])(
    '"%s" → present, with a note asking for the expected end when it has words',
    (raw) => {
      expect(to(raw)).toEqual({ ok: true, value: 'present' });
    },
  );

  it('a date after "since" is the start, never the end', () => {
    expect(readExpectedEnd('pgy2 since july 2025')).toBeUndefined();
    expect(residencyEndAnswer('pgy2 since july 2025')).toBe('present');
  });

  it('near-misses: a past end and an unreadable answer keep the ordinary readers', () => {
    expect(to('2022-06')).toEqual({ ok: true, value: '2022-06' });
    expect(to('left after a year').ok).toBe(false);
  });

  it('says the expected end back, and June for a year alone', () => {
    expect(residencyEndNote('PGY2, ends 2028')).toMatch(
      /expected to end Jun 2028 \(June, when residencies usually end/,
    );
    expect(residencyEndNote('present (pgy2)')).toMatch(/Add the month it is expected to end/);
  });

  it('asks when the PGY level and the start disagree, never when they agree', () => {
    expect(pgyMismatch('present (pgy2 IM since july 25, finish june 2028)', '2024-07', TODAY)).toMatch(
      /you said PGY-2, but a start in Jul 2024 makes this your third year \(PGY-3\)/,
    );
    expect(pgyMismatch('PGY2, ends 2028', '2025-07', TODAY)).toBeUndefined();
    expect(pgyMismatch('second year resident', '2026-07', TODAY)).toMatch(/PGY-1/);
    expect(pgyMismatch('present', '2024-07', TODAY)).toBeUndefined();
  });
});
