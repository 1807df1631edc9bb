/**
 * Judged readings fixed in ux42, each as a general rule with paraphrases and near-misses of our own:
 * widening the list after three or more unmatched residency cycles (p347), no "trend" made of a
 * later pass close to its floor (p343), H-1B days abroad that can be recaptured (p338), and the
 * current clinical supervisor not yet asked for a letter. Members and wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { redFlags } from '../../src/rules/redflags.js';
import { timelineForProfile } from '../../src/composers/prematch-timeline.js';
import { currentSupervisorSuggestion } from '../../src/rules/letter-suggest.js';

const TODAY = '2027-04-20';

const base = (over: Partial<Profile> = {}): Profile => ({
  version: 1,
  citizenship: 'us-permanent-resident',
  visa: 'not-needed',
  target: 'residency-informatics-track',
  specialty: 'family medicine',
  medSchool: { country: 'Peru', graduated: '2018-12' },
  ecfmgCertified: true,
  exams: [
    { exam: 'step1', date: '2020-05', result: 'pass' },
    { exam: 'step2ck', date: '2021-03', result: 'pass', score: 236 },
  ],
  timeline: [{ from: '2019-01', to: 'present', activity: 'clinical', note: 'family physician, Arequipa' }],
  residencies: [],
  usce: [{ kind: 'externship', months: 3, handsOn: true }],
  matchAttempts: 0,
  letters: [],
  ...over,
});

const flag = (p: Profile, id: string, today = TODAY) => redFlags(p, today).flags.find((f) => f.id === id);

describe('after several unmatched residency cycles, the reports say to widen the list', () => {
  it.each([3, 4, 6])('%i unmatched cycles: the red flag and the timeline both say it, hedged', (n) => {
    const p = base({ matchAttempts: n });
    const f = flag(p, 'multiple-match-attempts')!;
    const widen = f.actions.find((a) => /widen where you apply/.test(a));
    expect(widen).toMatch(/more programs/);
    expect(widen).toMatch(/preliminary \(PGY-1\) positions/);
    expect(widen).toMatch(/judgement, not a rule/);
    expect(widen).toMatch(/no promise of a categorical place/);
    const t = timelineForProfile(TODAY, p);
    expect(JSON.stringify(t)).toMatch(/widen where you apply/);
  });

  it('names visa sponsorship only for a member who needs a visa', () => {
    const j1 = base({ matchAttempts: 3, citizenship: 'non-us', visa: 'j1' });
    expect(flag(j1, 'multiple-match-attempts')!.actions.join(' ')).toMatch(/each sponsors your visa/);
    expect(flag(base({ matchAttempts: 3 }), 'multiple-match-attempts')!.actions.join(' ')).not.toMatch(
      /sponsors your visa and has no limit/,
    );
  });

  it.each([
    ['two cycles (medium)', base({ matchAttempts: 2 })],
    ['a CI fellowship target', base({ matchAttempts: 3, target: 'ci-fellowship' })],
  ])('does not add it for %s', (_l, p) => {
    const f = flag(p, 'multiple-match-attempts');
    expect(f?.actions.join(' ') ?? '').not.toMatch(/widen where you apply/);
    expect(JSON.stringify(timelineForProfile(TODAY, p))).not.toMatch(/widen where you apply/);
  });
});

describe('a later pass close to its floor is not a trend to lead with', () => {
  const low = (later: { exam: 'step3' | 'step2ck'; score: number }) =>
    base({
      exams: [
        { exam: 'step1', date: '2020-05', result: 'pass', score: 214 },
        { exam: 'step2ck', date: '2021-03', result: 'pass', score: 217 },
        { exam: later.exam === 'step3' ? 'step3' : 'step3', date: '2023-06', result: 'pass', score: later.score },
      ],
    });
  it.each([201, 205, 209])('Step 3 %i after a low Step 2 CK is not named as the trend', (score) => {
    const f = flag(low({ exam: 'step3', score }), 'low-score')!;
    expect(f.actions.join(' ')).not.toMatch(new RegExp(`Lead with your later results: Step 3 ${score}`));
    expect(f.actions.join(' ')).not.toMatch(new RegExp(`trend: Step 3 ${score}`));
  });
  it.each([210, 214, 225])('Step 3 %i, clearly above its floor, is still the result to lead with', (score) => {
    const f = flag(low({ exam: 'step3', score }), 'low-score')!;
    expect(f.actions.join(' ')).toMatch(new RegExp(`Step 3 ${score}`));
  });
});

describe('H-1B days spent outside the US may be recaptured', () => {
  const h1b = (note: string) =>
    base({
      citizenship: 'non-us',
      visa: 'h1b',
      exams: [
        { exam: 'step1', date: '2018-05', result: 'pass' },
        { exam: 'step2ck', date: '2019-03', result: 'pass', score: 236 },
        { exam: 'step3', date: '2021-03', result: 'pass', score: 221 },
      ],
      timeline: [
        { from: '2017-01', to: '2020-12', activity: 'clinical', note: 'GP, Cebu' },
        { from: '2021-02', to: 'present', activity: 'research', note },
      ],
    });
  it.each([
    'research fellow at a university hospital on H-1B since 2021-02',
    'postdoc (H1B), spends two months a year at the home site in Manila',
  ])('counting H-1B time used says days abroad can be added back: %s', (note) => {
    const f = flag(h1b(note), 'visa-sponsorship')!;
    expect(f.why).toMatch(/this report counts all of it toward the 6-year limit/);
    expect(f.why).toMatch(
      /Days you spent outside the US while on H-1B do not count toward the six years: they can be recaptured/,
    );
    expect(f.why).not.toMatch(/all of it counts toward the 6-year/);
  });
  it('a J-1 count is not told about H-1B recapture', () => {
    const p = h1b('research scholar, J-1 since 2021-02');
    p.visa = 'j1';
    const f = flag(p, 'visa-sponsorship');
    expect(f?.why ?? '').not.toMatch(/recaptured/);
  });
});

describe('the supervisor of the member’s current clinical work', () => {
  const letter = (over: Partial<NonNullable<Profile['letters']>[number]> = {}) => ({
    writer: 'Dr. Rosa Quispe',
    role: 'attending' as const,
    setting: 'abroad' as const,
    physician: true,
    informatics: false,
    directObservation: true,
    year: 2020,
    ...over,
  });
  it.each([
    [
      'clinical',
      'medical officer in an emergency department, Lima',
      /head of department, consultant or medical director/,
    ],
    [
      'us-clinical',
      'hospitalist at a community hospital in Ohio',
      /medical director, section chief or a senior attending/,
    ],
    ['us-clinical', 'preliminary medicine resident (PGY-1)', /program director or an attending who supervises you/],
  ] as const)('is suggested by role when no letter can be theirs: %s, %s', (activity, note, role) => {
    const p = base({
      timeline: [{ from: '2025-03', to: 'present', activity, note }],
      letters: [letter({ year: 2022 })],
    });
    const s = currentSupervisorSuggestion(p, TODAY)!;
    expect(s.message).toMatch(role);
    expect(s.message).toMatch(/since Mar 2025/);
    // Never a name: the profile gives none for this person.
    expect(s.message).not.toMatch(/Dr\. /);
  });
  it.each([
    ['a recent physician letter from someone who watched', base({ letters: [letter({ year: 2026 })] })],
    ['letters not given', base({ letters: undefined as unknown as [] })],
    [
      'no current clinical work',
      base({ timeline: [{ from: '2024-01', to: 'present', activity: 'informatics', note: 'EHR analyst' }] }),
    ],
    [
      'clinical work that ended',
      base({ timeline: [{ from: '2019-01', to: '2024-12', activity: 'clinical', note: 'GP, Cusco' }] }),
    ],
  ])('is not suggested with %s', (_l, p) => {
    if (_l === 'letters not given') delete p.letters;
    expect(currentSupervisorSuggestion(p, TODAY)).toBeUndefined();
  });
  it('a recent letter from a family friend or a non-physician is not the supervisor’s', () => {
    const p = base({
      letters: [
        letter({ role: 'family-friend', year: 2027 }),
        letter({ role: 'non-physician-supervisor', physician: false, year: 2027 }),
      ],
    });
    expect(currentSupervisorSuggestion(p, TODAY)).toBeDefined();
  });
});
