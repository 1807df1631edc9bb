/**
 * Findings of the blind judge on profiles R, each as a general rule tried on small members written
 * here in other words: a draft states only the family the member named, a resignation is a departure
 * and not a conduct problem, earlier US training may be credited (each program's choice), the SOAP is
 * explained with who may use it and that an accepted offer binds, a researcher rehearses why they
 * leave research, and the plan builds on the member's measured project.
 */
import { describe, expect, it } from 'vitest';
import { childWords } from '../../src/composers/gap-facts.js';
import { composeLorPackage } from '../../src/composers/lor-package.js';
import { prematchTimeline } from '../../src/composers/prematch-timeline.js';
import type { Profile } from '../../src/core/profile/schema.js';
import { currentNonClinicalRole, measuredOutcome, mockPlan } from '../../src/mock/plan.js';
import { fellowshipEligibilityRule } from '../../src/rules/redflag-rules/eligibility.js';
import { readExampleProfile as example } from '../helpers/cli.js';

describe('a gap draft names only the children the note names', () => {
  it.each([
    ['looked after our twin boys after they were born', 'my twins'],
    ['home with my newborn triplets', 'my newborn triplets'],
    ['full-time mother to our two little ones', 'my children'],
    ['stayed at home after my son arrived', 'my son'],
    ['raising our daughter until she started nursery', 'my daughter'],
    ['toddler at home, no childcare available', 'my child'],
  ])('"%s" → %s', (note, who) => {
    expect(childWords(note)).toBe(who);
  });

  it('a note that says nothing of the children leaves a bracket, not a guess', () => {
    expect(childWords('maternity')).toMatch(/^my \[.*\]$/);
    expect(childWords('family reasons after giving birth')).not.toMatch(/young|twins|son|daughter/);
  });
});

describe('a resignation in good standing is framed as the departure in the letters package', () => {
  const member = (kinds: Array<'resignation' | 'probation'>): Profile => ({
    ...example(),
    professionalism: kinds.map((kind, i) => ({ kind, date: `2024-0${i + 3}` })),
  });
  const talk = (p: Profile) => {
    const w = p.letters![0]!;
    return composeLorPackage(p, w, '2026-06-15').lines.join('\n');
  };

  it('one who resigned to look after a relative is not told she has a professionalism issue', () => {
    const text = talk(member(['resignation']));
    expect(text).not.toMatch(/professionalism issue/);
    expect(text).toMatch(/why you left your earlier training in Mar 2024/);
  });

  it('a real conduct record is still named, next to the departure', () => {
    const text = talk(member(['resignation', 'probation']));
    expect(text).toMatch(/professionalism issue/);
    expect(text).toMatch(/why you left your earlier training/);
  });
});

describe('earlier US training that was not finished: credit and PGY-2 places are each program’s call', () => {
  const applicant = (months: { from: string; to: string }): Profile => ({
    ...example(),
    target: 'residency-informatics-track',
    residencies: [
      { country: 'United States', specialty: 'pediatrics', ...months, completed: false, accreditation: 'acgme' },
    ],
  });

  it('a year of pediatrics left behind: may be credited, PGY-2 outside the Match, never automatic', () => {
    const notes = fellowshipEligibilityRule(applicant({ from: '2023-07', to: '2024-06' }), '2026-06-10').passed ?? [];
    const text = notes.join(' ');
    expect(text).toMatch(/may instead credit part of what you completed/);
    expect(text).toMatch(/PGY-2 position/);
    expect(text).toMatch(/each program's decision/);
    expect(text).not.toMatch(/automatically/);
  });

  it('three months tried and left give no such note', () => {
    const notes = fellowshipEligibilityRule(applicant({ from: '2023-07', to: '2023-09' }), '2026-06-10').passed ?? [];
    expect(notes.join(' ')).not.toMatch(/PGY-2/);
  });
});

describe('the SOAP is explained with who may use it and what accepting means', () => {
  const results = (day: string) =>
    prematchTimeline(day, 'residency-informatics-track')
      .phases.find((p) => p.id === 'results')!
      .actions.join(' ');

  it('on the Wednesday of Match Week', () => {
    const text = results('2027-03-17');
    expect(text).toMatch(/registered for this Main Residency Match/);
    expect(text).toMatch(/rounds/);
    expect(text).toMatch(/R3/);
    expect(text).toMatch(/binding commitment/);
  });

  it('in the weeks before, briefly', () => {
    const text = results('2027-02-10');
    expect(text).toMatch(/Only applicants registered for this Match/);
    expect(text).toMatch(/binding/);
  });
});

describe('a member leaving research or another non-clinical job rehearses why', () => {
  const withCurrent = (activity: 'research' | 'non-clinical-work' | 'us-clinical', from: string): Profile => ({
    ...example(),
    timeline: [...(example().timeline ?? []).filter((t) => t.to !== 'present'), { from, to: 'present', activity }],
  });

  it('two years as a lab scientist: the motivation question asks why not stay in research', () => {
    const p = withCurrent('research', '2024-01');
    expect(currentNonClinicalRole(p, '2026-09-01')?.staying).toBe('staying in research');
    const q = mockPlan(p, '2026-09-01').questions.map((x) => x.text);
    expect(q.some((t) => /rather than staying in research\?$/.test(t))).toBe(true);
  });

  it('never promises a fellowship applicant board eligibility the fellowship may not give', () => {
    // The example member's residency is abroad: a CI fellowship would not make her board eligible.
    const p = withCurrent('research', '2024-01');
    const why = mockPlan(p, '2026-09-01').questions.find((x) => /rather than staying in research\?$/.test(x.text));
    expect(why).toBeDefined();
    expect(why!.shows).not.toMatch(/board eligibility/);
    expect(why!.shows).toMatch(/informatics decisions/);
  });

  it('a product manager at a health-tech company is asked about leaving the job', () => {
    expect(currentNonClinicalRole(withCurrent('non-clinical-work', '2023-05'), '2026-09-01')?.staying).toBe(
      'staying in your current job',
    );
  });

  it('a few months of research, or current patient care, keeps the plain question', () => {
    expect(currentNonClinicalRole(withCurrent('research', '2026-05'), '2026-09-01')).toBeUndefined();
    expect(currentNonClinicalRole(withCurrent('us-clinical', '2022-07'), '2026-09-01')).toBeUndefined();
  });
});

describe('the informatics question is built on work the member measured', () => {
  it.each([
    'readmissions fell from 18% to 12%',
    'order-set use halved the wrong-dose alerts',
    'turnaround cut by a third',
    'median time down by a fifth',
  ])('"%s" is a measured change', (o) => expect(measuredOutcome(o)).toBe(true));

  it.each(['2,000 clinicians trained', 'went live on 9 wards', 'paper accepted at AMIA'])(
    '"%s" is scale, not a measured change',
    (o) => expect(measuredOutcome(o)).toBe(false),
  );

  it('a later, measured project is chosen over an earlier roll-out told by its size', () => {
    const p: Profile = {
      ...example(),
      informatics: [
        { kind: 'project', title: 'Regional lab-results interface roll-out', outcome: 'live in 30 clinics' },
        { kind: 'project', title: 'Insulin order set rebuild', outcome: 'hypoglycaemia events down by a quarter' },
      ],
    };
    const text = mockPlan(p, '2026-09-01')
      .questions.map((q) => `${q.text} ${q.why}`)
      .join('\n');
    expect(text).toContain('Insulin order set rebuild');
    expect(text).not.toContain('Regional lab-results interface roll-out');
  });
});
