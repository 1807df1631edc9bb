/**
 * Round fix24: the mock plan reads the member's real history (judges of blind profiles p397-p407).
 * Each rule is tested on the corpus member that showed it, on paraphrases in other specialties and
 * words, and on near-misses that must not change.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { mockPlan } from '../../src/mock/plan.js';
import { specialtyRelation } from '../../src/mock/specialty.js';
import { ROOT } from '../helpers/cli.js';
import { cleanProfile } from './fixtures.js';

const DIR = join(ROOT, 'test/corpus/profiles');
function corpus(id: string): { profile: Profile; today: string } {
  const file = readdirSync(DIR).find((f) => f.startsWith(`${id}-`))!;
  const d = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { profile: Profile; today: string };
  return { profile: d.profile, today: d.today };
}
const ids = (p: Profile, today: string, count = 8) => mockPlan(p, today, { count }).questions.map((q) => q.id);
const plan = (p: Profile, today: string, count?: number) =>
  mockPlan(p, today, count === undefined ? {} : { count }).questions;

type Residency = NonNullable<Profile['residencies']>[number];
const us = (specialty: string, from: string, to: string, completed = true): Residency => ({
  country: 'United States',
  specialty,
  from,
  to,
  completed,
  accreditation: 'acgme',
});

describe('a preliminary or transitional year on the route to the specialty is no change of direction', () => {
  const TODAY = '2027-01-20';
  const fellow = (specialty: string, first: string, second = specialty) =>
    cleanProfile({
      citizenship: 'us-permanent-resident',
      specialty,
      residencies: [us(first, '2017-07', '2018-06'), us(second, '2018-07', '2022-06')],
      timeline: [
        { from: '2017-07', to: '2022-06', activity: 'us-clinical', note: 'residency' },
        { from: '2022-07', to: 'present', activity: 'us-clinical', note: 'attending' },
      ],
    });

  it('p401: a prelim medicine year before diagnostic radiology', () => {
    const { profile, today } = corpus('p401');
    expect(ids(profile, today, 20)).not.toContain('why-switch-specialty');
  });

  it('paraphrases: other first years, other specialties that start after one', () => {
    for (const [sp, first] of [
      ['anesthesiology', 'internal medicine (preliminary)'],
      ['neurology', 'Preliminary Medicine'],
      ['dermatology', 'transitional year'],
      ['Physical Medicine & Rehabilitation', 'general surgery (prelim)'],
      ['ophthalmology', 'TY'],
      ['internal medicine', 'transitional year'],
    ] as const)
      expect(ids(fellow(sp, first), TODAY, 20), `${first} → ${sp}`).not.toContain('why-switch-specialty');
  });

  it('near-misses: a surgery prelim year before internal medicine, and a completed residency in another field, are still a change', () => {
    expect(ids(fellow('internal medicine', 'general surgery (preliminary)'), TODAY, 20)).toContain(
      'why-switch-specialty',
    );
    expect(ids(fellow('psychiatry', 'family medicine'), TODAY, 20)).toContain('why-switch-specialty');
  });

  it('near-miss: a categorical residency with no first year elsewhere asks nothing of the kind', () => {
    const p = cleanProfile({
      specialty: 'diagnostic radiology',
      residencies: [us('diagnostic radiology', '2018-07', '2022-06')],
    });
    expect(ids(p, TODAY, 20)).not.toContain('why-switch-specialty');
  });
});

describe('a bracket qualifies a field, it does not name another', () => {
  it('p397: "pathology (AP/CP)" beside "pathology (anatomic and clinical)"', () => {
    const { profile, today } = corpus('p397');
    expect(ids(profile, today, 20)).not.toContain('why-switch-specialty');
    expect(specialtyRelation('pathology (AP/CP)', 'pathology (anatomic and clinical)')).toBe('same');
  });

  it('paraphrases and near-misses', () => {
    expect(specialtyRelation('Pediatrics (categorical)', 'pediatrics')).toBe('same');
    expect(specialtyRelation('AP/CP pathology', 'anatomic and clinical pathology')).not.toBe('different');
    expect(specialtyRelation('internal medicine (preliminary)', 'internal medicine')).toBe('same');
    // A different field keeps its reading whatever the brackets say.
    expect(specialtyRelation('surgery (general)', 'internal medicine')).toBe('different');
    expect(specialtyRelation('family medicine (rural track)', 'psychiatry')).toBe('different');
  });
});

describe("why informatics from the member's specialty (CI fellowship)", () => {
  it('p397: a pathologist is asked from pathology, with laboratory and digital pathology as the start', () => {
    const { profile, today } = corpus('p397');
    const q = plan(profile, today).find((x) => x.id === 'why-clinical-informatics')!;
    expect(q.text).toBe('Why clinical informatics, coming from pathology?');
    expect(q.followUps[0]).toMatch(/laboratory and digital pathology informatics/);
    expect(q.followUps[0]).toMatch(/whole health system/);
  });

  it('paraphrases: radiology, anesthesiology, a pediatric hospitalist, and a field without a listed angle', () => {
    const ask = (specialty: string) =>
      plan(cleanProfile({ specialty, residencies: [us(specialty, '2021-07', 'present', false)] }), '2026-09-01').find(
        (x) => x.id === 'why-clinical-informatics',
      )!;
    expect(ask('Diagnostic Radiology').followUps[0]).toMatch(/imaging informatics/);
    expect(ask('anaesthesiology').followUps[0]).toMatch(/perioperative informatics/);
    expect(ask('pediatric hospital medicine').followUps[0]).toMatch(/pediatric informatics/);
    expect(ask('urology').followUps[0]).toMatch(/beyond your own department/);
  });

  it('near-miss: a member whose plan prepares a residency interview keeps the general question', () => {
    const { profile, today } = corpus('p400');
    const q = plan(profile, today).find((x) => x.id === 'why-clinical-informatics')!;
    expect(q.text).not.toMatch(/coming from/);
    expect(q.followUps.join(' ')).not.toMatch(/shape the informatics/);
  });
});

describe('why an accredited fellowship after an informatics fellowship that was not one', () => {
  it('p401: the imaging informatics fellowship he is in', () => {
    const { profile, today } = corpus('p401');
    const q = plan(profile, today).find((x) => x.id === 'why-accredited-after-informatics-fellowship');
    expect(q?.text).toBe(
      'You are in an imaging informatics fellowship that is not ACGME-accredited. Why an accredited clinical informatics fellowship now, and what will it add?',
    );
  });

  it('paraphrases: a past fellowship in other words, or one in the informatics list', () => {
    const withNote = (note: string) =>
      cleanProfile({
        residencies: [us('internal medicine', '2018-07', '2021-06')],
        timeline: [
          { from: '2018-07', to: '2021-06', activity: 'us-clinical', note: 'residency' },
          { from: '2021-07', to: '2022-06', activity: 'informatics', note },
          { from: '2022-07', to: 'present', activity: 'us-clinical', note: 'hospitalist' },
        ],
      });
    for (const note of [
      'Clinical informatics fellowship, one year, non-accredited, Boston',
      'Fellowship in health informatics (unaccredited), Toronto',
      'Applied informatics fellowship - not an ACGME program',
    ])
      expect(ids(withNote(note), '2026-09-01', 20), note).toContain('why-accredited-after-informatics-fellowship');
    const listed = cleanProfile({
      residencies: [us('internal medicine', '2018-07', '2021-06')],
      informatics: [{ kind: 'certificate', title: 'Nursing informatics fellowship (non-accredited)' }],
    });
    expect(ids(listed, '2026-09-01', 20)).toContain('why-accredited-after-informatics-fellowship');
  });

  it('near-misses: an ACGME informatics fellowship, and a residency-route member, are not asked', () => {
    const acgme = cleanProfile({
      residencies: [us('internal medicine', '2018-07', '2021-06')],
      timeline: [
        {
          from: '2021-07',
          to: 'present',
          activity: 'informatics',
          note: 'ACGME-accredited clinical informatics fellowship, PGY-4',
        },
      ],
    });
    expect(ids(acgme, '2026-09-01', 20)).not.toContain('why-accredited-after-informatics-fellowship');
    const { profile, today } = corpus('p408');
    expect(ids(profile, today, 20)).not.toContain('why-accredited-after-informatics-fellowship');
  });
});

describe('how a CI fellowship applicant will keep their clinical skills', () => {
  it('p399 (a resident) and p398 (an attending) are asked it in their specialty', () => {
    for (const [id, sp] of [
      ['p399', 'anesthesiology'],
      ['p398', 'emergency medicine'],
    ] as const) {
      const { profile, today } = corpus(id);
      const q = plan(profile, today).find((x) => x.id === 'keep-clinical-skills');
      expect(q?.text, id).toBe(`How will you keep up your clinical skills in ${sp} during the fellowship?`);
    }
  });

  it('p401: a member whose current role has no patient care is asked about the time before the fellowship too', () => {
    const { profile, today } = corpus('p401');
    expect(plan(profile, today).find((x) => x.id === 'keep-clinical-skills')?.text).toMatch(
      /^You are not seeing patients in your current role\. .*until the fellowship starts, and during it\?$/,
    );
  });

  it('near-misses: flagged clinical currency asks its own question; a residency-route plan does not ask it', () => {
    const { profile, today } = corpus('p405');
    const asked = ids(profile, today, 20);
    expect(asked).toContain('rf-clinical-currency');
    expect(asked).not.toContain('keep-clinical-skills');
    const abroad = corpus('p408');
    expect(ids(abroad.profile, abroad.today, 20)).not.toContain('keep-clinical-skills');
  });
});

describe('a lapsed board certification or licence', () => {
  it('p405: both lapsed, one question with a plan and dates', () => {
    const { profile, today } = corpus('p405');
    expect(plan(profile, today).find((x) => x.id === 'rf-lapsed-credentials')?.text).toBe(
      'Your board certification and your medical licence have lapsed. What is your plan to restore them, and by when?',
    );
  });

  it('paraphrases: one or the other, in other words', () => {
    const noted = (note: string) =>
      cleanProfile({
        specialty: 'family medicine',
        residencies: [us('family medicine', '2012-07', '2015-06')],
        timeline: [{ from: '2015-07', to: 'present', activity: 'us-clinical', note }],
      });
    const text = (note: string) =>
      plan(noted(note), '2026-09-01', 20).find((x) => x.id === 'rf-lapsed-credentials')?.text ?? '';
    expect(text('Urgent care physician; my ABFM certification expired last year')).toMatch(
      /^Your board certification has lapsed/,
    );
    expect(text('Telehealth physician. Texas license not renewed since 2020')).toMatch(
      /^Your medical licence has lapsed/,
    );
    expect(text('Hospitalist; I let my boards lapse when MOC changed')).toMatch(/^Your board certification has lapsed/);
  });

  it('near-misses: an active licence, an expired work permit, a revoked licence are not this question', () => {
    for (const note of [
      'Hospitalist, licence active in Ohio, ABIM certified',
      'Hospitalist; my EAD expired in March and the renewal is pending',
      'Licence revoked in 2019 by the state board, reinstated 2022',
    ]) {
      const p = cleanProfile({
        residencies: [us('internal medicine', '2012-07', '2015-06')],
        timeline: [{ from: '2015-07', to: 'present', activity: 'us-clinical', note }],
      });
      expect(ids(p, '2026-09-01', 20), note).not.toContain('rf-lapsed-credentials');
    }
  });
});

describe('"home system vs US care" is not asked of a member settled in US practice', () => {
  it('p398, p401 and p407: attendings in the US since a US residency', () => {
    for (const id of ['p398', 'p401', 'p407']) {
      const { profile, today } = corpus(id);
      expect(ids(profile, today, 20), id).not.toContain('home-vs-us-system');
    }
  });

  it('near-misses: back in practice abroad since (p402), in a US residency now (p399) keep it', () => {
    for (const id of ['p402', 'p399']) {
      const { profile, today } = corpus(id);
      expect(ids(profile, today, 20), id).toContain('home-vs-us-system');
    }
  });
});

describe('an old gap before a residency interview', () => {
  it('p406: eight months without work after a move, five years back, then jobs without patient care', () => {
    const { profile, today } = corpus('p406');
    const q = plan(profile, today).find((x) => x.id === 'rf-gap-on-cv' || x.id === 'rf-training-gap');
    expect(q).toBeDefined();
  });

  it('paraphrase: eight months of caregiving long ago, then research, for an internal medicine residency', () => {
    const p = cleanProfile({
      citizenship: 'us-permanent-resident',
      target: 'residency-informatics-track',
      residencies: [],
      timeline: [
        { from: '2016-07', to: '2018-06', activity: 'clinical', note: 'medical officer, Karachi' },
        { from: '2018-07', to: '2019-02', activity: 'personal', note: 'caring for my father' },
        { from: '2019-03', to: 'present', activity: 'research', note: 'research coordinator, cardiology' },
      ],
      medSchool: { country: 'Pakistan', graduated: '2016-06' },
    });
    expect(ids(p, '2026-09-01', 20).some((id) => /gap/.test(id))).toBe(true);
  });

  it('near-miss: the same gap with years of clinical work since is not asked', () => {
    const p = cleanProfile({
      citizenship: 'us-permanent-resident',
      target: 'residency-informatics-track',
      residencies: [],
      timeline: [
        { from: '2016-07', to: '2018-06', activity: 'clinical', note: 'medical officer, Karachi' },
        { from: '2018-07', to: '2019-02', activity: 'personal', note: 'caring for my father' },
        { from: '2019-03', to: 'present', activity: 'clinical', note: 'medical officer, Karachi' },
      ],
      medSchool: { country: 'Pakistan', graduated: '2016-06' },
    });
    expect(ids(p, '2026-09-01', 20).some((id) => /gap/.test(id))).toBe(false);
  });
});

describe('SOAP week', () => {
  it('p404: short plan, why us and why you, no ranking question', () => {
    const { profile, today } = corpus('p404');
    const qs = plan(profile, today);
    expect(qs.length).toBe(6);
    expect(qs.some((q) => q.answer === 'polite-decline')).toBe(false);
    expect(qs.find((q) => q.id === 'why-this-program')?.text).toBe(
      'Why our program, and why should we offer you this place?',
    );
    expect(qs.every((q) => q.why.startsWith('SOAP week (now):'))).toBe(true);
  });

  it('paraphrase: an unmatched note without the word SOAP, another year, another specialty', () => {
    // Match Day 2028 is Friday 17 March: Tuesday 14 March is in Match Week.
    const p = cleanProfile({
      citizenship: 'non-us',
      visa: 'j1',
      target: 'residency-informatics-track',
      specialty: 'pediatrics',
      residencies: [],
      timeline: [
        {
          from: '2024-01',
          to: 'present',
          activity: 'clinical',
          note: 'Pediatric medical officer; I did not match in the 2028 Match on Monday',
        },
      ],
    });
    const qs = plan(p, '2028-03-14');
    expect(qs.some((q) => q.answer === 'polite-decline')).toBe(false);
    expect(qs.map((q) => q.id)).toContain('why-this-program');
  });

  it('near-misses: the rank-list weeks, Match Week with nothing said, and a count asked for', () => {
    const { profile } = corpus('p404');
    expect(plan(profile, '2027-02-20').some((q) => q.answer === 'polite-decline')).toBe(true);
    const quiet = { ...profile, timeline: profile.timeline?.map((t) => ({ ...t, note: 'PGY-1, Newark' })) };
    expect(plan(quiet, '2027-03-16').some((q) => q.answer === 'polite-decline')).toBe(true);
    expect(plan(profile, '2027-03-18', 10).length).toBe(10);
  });
});
