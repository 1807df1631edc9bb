/**
 * Situations a blind judge failed in session 30 (profiles p363–p372), each written here as a
 * different member (other names, countries and dates), with near-misses that must not change:
 * an F-2 dependant's lack of work permission, Step 3 waiting on ECFMG certification, a pending
 * Conrad 30 job against a binding match, a two-year home rule already met, a pending green card
 * and the J-1 fallback, the H-1B count for a CI applicant whose route is a residency, and "your
 * specialty is not the obstacle".
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/core/profile/schema.js';
import { redFlags } from '../../../src/rules/redflags.js';
import { prepManner } from '../../../src/composers/gap-facts.js';
import { noteF2Held, notePendingWaiver, noteWaiver } from '../../../src/rules/redflag-rules/visa-notes.js';

type Flag = ReturnType<typeof redFlags>['flags'][number];
const flag = (p: Profile, today: string, id: string): Flag | undefined =>
  redFlags(p, today).flags.find((f) => f.id === id);
const text = (f: Flag | undefined) => (f ? `${f.title} ${f.why} ${f.actions.join(' ')}` : '');

const residencyMember = (over: Partial<Profile>): Profile => ({
  version: 1,
  citizenship: 'non-us',
  visa: 'j1',
  target: 'residency-informatics-track',
  specialty: 'pediatrics',
  medSchool: { country: 'Egypt', graduated: '2017-06' },
  ecfmgCertified: true,
  exams: [
    { exam: 'step1', date: '2022-03', result: 'pass' },
    { exam: 'step2ck', date: '2023-02', result: 'pass', score: 238 },
  ],
  residencies: [],
  usce: [{ kind: 'observership', months: 2, handsOn: false }],
  informatics: [{ kind: 'project', title: 'Clinic wait-time dashboard' }],
  matchAttempts: 0,
  ...over,
});

describe('an F-2 dependant: no work permission, no EAD, a status of her own to train', () => {
  it.each([
    'Volunteer research, Columbus (F-2 as my wife is an F-1 doctoral student; not allowed to work)',
    'Unpaid QI volunteer at a free clinic; on F2, dependant of my husband (F-1 MBA)',
  ])('%s', (note) => {
    const p = residencyMember({ timeline: [{ from: '2025-01', to: 'present', activity: 'research', note }] });
    const visa = text(flag(p, '2026-05-10', 'visa-sponsorship'));
    expect(visa).toContain('F-2 allows no employment at all and no work permit (EAD)');
    expect(visa).toMatch(/change of status inside the US or a visa from a US consulate abroad/);
    const usce = text(flag(p, '2026-05-10', 'limited-usce'));
    expect(usce).not.toContain('remote or hybrid US health IT work');
    expect(usce).toContain('a job is not open to you');
  });

  it.each([
    'Research assistant; my husband is on F-2 while I finish my F-1 PhD',
    'Analyst at a health system on an H-4 EAD',
  ])('near-miss: %s is not the member on F-2', (note) => {
    const p = residencyMember({ timeline: [{ from: '2025-01', to: 'present', activity: 'research', note }] });
    expect(text(flag(p, '2026-05-10', 'visa-sponsorship'))).not.toContain('F-2 allows no employment');
    expect(text(flag(p, '2026-05-10', 'limited-usce'))).toContain('remote or hybrid US health IT work');
  });

  it('reads F-2 as held only when it is the member’s own', () => {
    expect(noteF2Held('USMLE study (F-2 dependant of her husband)')).toBe(true);
    expect(noteF2Held('my wife is on F-2')).toBe(false);
    expect(noteF2Held('applying for F-2 next year')).toBe(false);
  });
});

describe('a gap note that says the member may not work is not work alongside', () => {
  it.each([
    'Step 1 preparation in Austin (F-2 dependant; not authorized to work)',
    'USMLE study; no work permission while on F-2',
    'Step 2 CK preparation, waiting for work authorization',
  ])('%s', (note) => {
    expect(prepManner([note]).alongside ?? '').not.toMatch(/work/);
  });

  it('near-miss: real work named beside the preparation is still said', () => {
    expect(prepManner(['Step 2 CK preparation; part-time medical interpreter']).alongside).toContain('part-time work');
    expect(prepManner(['USMLE preparation while working night shifts at a pharmacy']).alongside).toContain(
      'working night shifts',
    );
  });
});

describe('Step 3 comes after ECFMG certification for an H-1B this season', () => {
  const uncertified = (over: Partial<Profile> = {}): Profile =>
    residencyMember({
      visa: 'h1b',
      ecfmgCertified: false,
      medSchool: { country: 'Bangladesh', graduated: '2019-12' },
      timeline: [{ from: '2020-01', to: 'present', activity: 'clinical', note: 'Medical officer, Dhaka' }],
      deadline: '2026-09-25',
      ...over,
    });

  it('in the rank weeks: H-1B unrealistic for this July, rank J-1 programs', () => {
    const t = text(flag(uncertified(), '2027-02-15', 'visa-sponsorship'));
    expect(t).toContain('only once ECFMG has certified them');
    expect(t).toContain('For a residency starting Jul 2027, an H-1B is unrealistic');
    expect(t).toContain('choose and rank programs that sponsor the J-1');
    expect(t).not.toContain('Pass Step 3 before programs decide');
  });

  it('more than nine months ahead: the order to follow, not "unrealistic"', () => {
    const t = text(flag(uncertified({ deadline: '2027-09-25' }), '2027-03-20', 'visa-sponsorship'));
    expect(t).toContain('Plan the order: ECFMG certification first, then Step 3');
    expect(t).not.toContain('unrealistic');
  });

  it('the exam-failure trend advice says Step 3 comes after the certificate', () => {
    const exams: Profile['exams'] = [
      { exam: 'step1', date: '2022-03', result: 'pass' },
      { exam: 'step2ck', date: '2023-02', result: 'fail' },
      { exam: 'step2ck', date: '2023-09', result: 'pass', score: 229 },
    ];
    expect(text(flag(uncertified({ exams }), '2027-02-15', 'exam-failure'))).toContain(
      'Step 3 can be taken only once ECFMG has certified you',
    );
    expect(text(flag(uncertified({ exams, ecfmgCertified: true }), '2027-02-15', 'exam-failure'))).not.toContain(
      'only once ECFMG has certified you',
    );
  });

  it('near-miss: a certified member is told to pass Step 3 before programs decide', () => {
    const t = text(flag(uncertified({ ecfmgCertified: true }), '2027-02-15', 'visa-sponsorship'));
    expect(t).toContain('Pass Step 3 before programs decide');
    expect(t).not.toContain('only once ECFMG has certified them');
  });
});

describe('a pending J-1 waiver job against a binding match', () => {
  const resident = (note: string): Profile =>
    residencyMember({
      target: 'ci-fellowship',
      specialty: 'family medicine',
      medSchool: { country: 'Kenya', graduated: '2016-11' },
      residencies: [
        {
          country: 'United States',
          specialty: 'family medicine',
          from: '2024-07',
          to: 'present',
          completed: false,
          accreditation: 'acgme',
        },
      ],
      timeline: [{ from: '2024-07', to: 'present', activity: 'us-clinical', note }],
      deadline: '2026-08-20',
    });

  it.each([
    'ACGME FM residency, Omaha, on an ECFMG J-1; Conrad 30 application submitted 2026-09 for an outpatient clinic job starting 2027-09',
    'FM residency (J-1), PGY-3 ending 2027-06; J-1 waiver pending with the state health department for a rural post from August 2027',
  ])('%s', (note) => {
    const f = flag(resident(note), '2026-11-30', 'visa-sponsorship')!;
    expect(f.severity).toBe('medium');
    expect(f.title).toContain('a pending J-1 waiver job');
    const t = text(f);
    expect(t).toContain('cannot be done alongside it');
    expect(t).toContain('The AMIA match is binding');
    expect(t).toContain('before the commit deadline');
    expect(t).not.toContain('most go home');
  });

  it('reads an application as pending, never as a waiver held', () => {
    const note = 'Conrad 30 waiver application filed 2026-10 for a hospitalist job from 2027-08';
    expect(noteWaiver(note)).toBeUndefined();
    expect(notePendingWaiver(note)).toMatchObject({ conrad: true, jobFrom: '2027-08' });
  });

  it.each([
    'FM residency on an ECFMG J-1; Conrad 30 application denied in 2026',
    'FM residency on an ECFMG J-1; may look for a Conrad 30 job later',
  ])('near-miss: %s raises no clash', (note) => {
    const t = text(flag(resident(note), '2026-11-30', 'visa-sponsorship'));
    expect(t).not.toContain('a pending J-1 waiver job');
  });
});

describe('a two-year home rule already met, for a member who needs no visa now', () => {
  const onPermit = (homeNote: string): Profile =>
    residencyMember({
      visa: 'not-needed',
      target: 'ci-fellowship',
      specialty: 'psychiatry',
      residencies: [
        {
          country: 'United States',
          specialty: 'psychiatry',
          from: '2014-07',
          to: '2018-06',
          completed: true,
          accreditation: 'acgme',
        },
      ],
      boardCertification: [{ board: 'abms', specialty: 'psychiatry' }],
      timeline: [
        {
          from: '2014-07',
          to: '2018-06',
          activity: 'us-clinical',
          note: 'Psychiatry residency, Baltimore, on an ECFMG J-1',
        },
        { from: '2018-07', to: '2020-08', activity: 'clinical', note: homeNote },
        {
          from: '2020-09',
          to: 'present',
          activity: 'us-clinical',
          note: 'Psychiatrist, Virginia, on an L-2 EAD valid to 2028-01',
        },
      ],
      deadline: '2027-08-15',
    });

  it.each([
    'Psychiatrist, Cairo; home-residence requirement completed',
    'Consultant psychiatrist in Alexandria (212(e) two years served in full)',
  ])('%s', (note) => {
    const t = text(flag(onPermit(note), '2027-05-01', 'visa-sponsorship'));
    expect(t).toMatch(/two-year home-residence requirement from your J-1 training is met \(Aug 2020\)/);
    expect(t).toContain('no longer stands in the way of an H-1B or a green card');
  });

  it('near-miss: a rule not yet met is not said to be met', () => {
    const t = text(
      flag(onPermit('Psychiatrist, Cairo; two-year requirement not yet fulfilled'), '2027-05-01', 'visa-sponsorship'),
    );
    expect(t).not.toContain('no longer stands in the way of an H-1B or a green card');
  });
});

describe('a pending green card: no J-1 offered as a plain fallback', () => {
  const permit = (note: string): Profile =>
    residencyMember({
      visa: 'not-needed',
      specialty: 'internal medicine',
      timeline: [{ from: '2025-03', to: 'present', activity: 'non-clinical-work', note }],
      deadline: '2026-09-20',
    });

  it.each([
    'Medical assistant, Phoenix, on an EAD valid to 2027-10 while my marriage-based I-485 is pending',
    'Patient navigator, Atlanta; work permit until 2027-09 (adjustment of status pending, spouse a US citizen)',
  ])('%s', (note) => {
    const t = text(flag(permit(note), '2026-11-15', 'visa-sponsorship'));
    expect(t).toContain('Do not count on a J-1 as the fallback while your green-card application is pending');
    expect(t).toContain('advance parole');
    expect(t).not.toContain('whether it could sponsor a J-1');
  });

  it('near-miss: a TPS permit keeps the plain J-1 or H-1B question', () => {
    const t = text(
      flag(
        permit('Care coordinator, Houston, on a TPS-based EAD valid through 2027-08'),
        '2026-11-15',
        'visa-sponsorship',
      ),
    );
    expect(t).toContain('whether it could sponsor a J-1');
  });
});

describe('a CI applicant on H-1B whose route is a US residency first', () => {
  const analyst = (over: Partial<Profile> = {}): Profile =>
    residencyMember({
      visa: 'h1b',
      target: 'ci-fellowship',
      specialty: 'anatomic pathology',
      medSchool: { country: 'Brazil', graduated: '2011-12' },
      residencies: [{ country: 'Brazil', specialty: 'pathology', from: '2012-03', to: '2015-02', completed: true }],
      timeline: [
        {
          from: '2012-03',
          to: '2021-12',
          activity: 'clinical',
          note: 'Pathology residency, then pathologist, São Paulo',
        },
        {
          from: '2022-01',
          to: 'present',
          activity: 'non-clinical-work',
          note: 'Lab informatics analyst, Minneapolis, on H-1B since 2022-01',
        },
      ],
      deadline: '2026-08-01',
      ...over,
    });

  it('counts the six years against the residency, and says the specialty is not the obstacle', () => {
    const report = redFlags(analyst(), '2026-10-12');
    const visa = text(report.flags.find((f) => f.id === 'visa-sponsorship'));
    expect(visa).toContain('Your route to a CI fellowship runs through a US residency first');
    expect(visa).toMatch(/residency starting Jul 2028/);
    const elig = text(report.flags.find((f) => f.id === 'fellowship-eligibility'));
    expect(elig).toContain('Your specialty (anatomic pathology) is not what stands in the way');
  });

  it('near-miss: an ACGME residency completed raises neither', () => {
    const p = analyst({
      residencies: [
        {
          country: 'United States',
          specialty: 'pathology',
          from: '2016-07',
          to: '2020-06',
          completed: true,
          accreditation: 'acgme',
        },
      ],
      boardCertification: [{ board: 'abms', specialty: 'pathology' }],
    });
    const report = redFlags(p, '2026-10-12');
    expect(text(report.flags.find((f) => f.id === 'visa-sponsorship'))).not.toContain(
      'runs through a US residency first',
    );
    expect(report.flags.find((f) => f.id === 'fellowship-eligibility')).toBeUndefined();
  });
});
