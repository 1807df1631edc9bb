/**
 * US clinical experience the usce list gives without a dated timeline entry is credited for what it
 * is (hands-on months) but never placed: blank months it may fill are not counted as a gap, it does
 * not count as recent clinical work, and every view asks for its dates in the same words.
 */
import { describe, expect, it } from 'vitest';
import { composeGapDraft } from '../../../src/composers/gap-draft.js';
import type { Profile } from '../../../src/core/profile/schema.js';
import { selectGap } from '../../../src/rules/gap-select.js';
import { redFlags } from '../../../src/rules/redflags.js';
import { mockPlan } from '../../../src/mock/plan.js';

const TODAY = '2026-06-15';

/** An Egyptian graduate: clinical work, a blank stretch, then research; an undated externship. */
function member(blank: { from: string; to: string }, usce: Profile['usce'], extra: Profile['timeline'] = []): Profile {
  const before = `${blank.from.slice(0, 4)}-${blank.from.slice(5)}`;
  return {
    version: 1,
    citizenship: 'non-us',
    visa: 'j1',
    target: 'residency-informatics-track',
    medSchool: { country: 'Egypt', graduated: '2019-09' },
    exams: [{ exam: 'step2ck', date: '2023-05', result: 'pass', score: 238 }],
    timeline: [
      { from: '2019-10', to: monthBefore(before), activity: 'clinical', note: 'house officer, Cairo' },
      ...(blank.to === 'present' ? [] : [{ from: monthAfter(blank.to), to: 'present', activity: 'research' as const }]),
      ...extra,
    ],
    residencies: [],
    usce,
  };
}
const monthBefore = (m: string) => shift(m, -1);
const monthAfter = (m: string) => shift(m, 1);
function shift(m: string, d: number): string {
  const i = Number(m.slice(0, 4)) * 12 + Number(m.slice(5)) - 1 + d;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

const externship = (months: number) => [{ kind: 'externship' as const, months, ehr: 'Cerner', handsOn: true }];
const flagsOf = (p: Profile, id: string) => redFlags(p, TODAY).flags.filter((f) => f.id === id);

describe('undated US clinical experience', () => {
  it('blank months an undated externship may fill are not raised as a gap, and the report asks for its dates', () => {
    // Eight blank months, three of which may be the externship: five left, under the six-month line.
    const p = member({ from: '2024-01', to: '2024-08' }, externship(3));
    expect(flagsOf(p, 'training-gap')).toEqual([]);
    const passed = (redFlags(p, TODAY).passed ?? []).join('\n');
    expect(passed).toMatch(/3-month externship .*no dates on your timeline/);
    expect(passed).toMatch(/not counted as a gap/);
    expect(() => selectGap(p, TODAY)).toThrow(/no gap/);
  });

  it('a long blank stretch stays a gap, its severity counted without the undated months, said in every view', () => {
    const p = member({ from: '2024-07', to: 'present' }, [...externship(2), ...externship(1)]);
    const [gap] = flagsOf(p, 'training-gap');
    expect(gap?.why).toMatch(/up to 3 months of these blank months may be it/);
    expect(gap?.why).toMatch(/add their dates/);
    const draft = composeGapDraft(p, selectGap(p, TODAY).gap, TODAY);
    expect(draft.notes.join(' ')).toMatch(/2-month externship .*no dates/);
  });

  it('an undated externship does not reset clinical currency, and the currency flag says why', () => {
    const p = member({ from: '2022-01', to: '2023-12' }, externship(3));
    const [currency] = flagsOf(p, 'clinical-currency');
    expect(currency?.currency?.lastClinical).toBe('2021-12');
    expect(currency?.why).toMatch(/cannot tell whether it is recent/);
    // The mock plan rehearses the same currency flag, not a fresher one.
    expect(mockPlan(p, TODAY).questions.some((q) => /last care for patients/i.test(q.text))).toBe(true);
  });

  it('credits the hands-on months in the checked line and asks for the dates there too', () => {
    const p = member({ from: '2024-01', to: '2024-08' }, externship(4));
    const line = (redFlags(p, TODAY).passed ?? []).find((l) => l.startsWith('US clinical experience'));
    expect(line).toMatch(/4 months hands-on/);
    expect(line).toMatch(/add its dates/);
  });

  it('a student elective is a rotation before graduation: never asked to be placed after it', () => {
    const p = member({ from: '2024-01', to: '2024-08' }, [{ kind: 'elective', months: 3, ehr: 'Epic', handsOn: true }]);
    expect(JSON.stringify(redFlags(p, TODAY))).not.toMatch(/no dates on your timeline/);
    expect(flagsOf(p, 'training-gap').map((f) => f.gap?.months)).toEqual([8]);
  });

  it('an externship the timeline dates is placed, and nothing asks for its dates', () => {
    const p = member({ from: '2024-01', to: '2024-08' }, externship(3), [
      { from: '2024-09', to: '2024-11', activity: 'us-clinical', note: 'IM externship, Houston' },
    ]);
    const all = JSON.stringify(redFlags(p, TODAY));
    expect(all).not.toMatch(/no dates on your timeline/);
    expect(flagsOf(p, 'training-gap').map((f) => f.gap?.months)).toEqual([8]);
  });
});
