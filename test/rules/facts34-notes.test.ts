import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { matchedNotStarted } from '../../src/rules/redflag-rules/matched-start.js';
import { lapsedBoard, lapsedLicence } from '../../src/rules/redflag-rules/credential-notes.js';
import { prelimJ1Ending, visaRefusal } from '../../src/rules/redflag-rules/visa-history.js';
import { nonAccreditedFellowship } from '../../src/rules/redflag-rules/informatics-fellowship.js';
import { bookedStep3 } from '../../src/rules/redflag-rules/booked-step3.js';
import { noteLabel } from '../../src/rules/redflag-rules/wording.js';
import { h1bRunsOutDuringTraining } from '../../src/rules/redflag-rules/standing.js';
import { redFlags } from '../../src/rules/redflags.js';
import { timelineForProfile } from '../../src/composers/prematch-timeline.js';

// Round facts34 (profiles AG's judge, session 33): facts that live only in a member's notes. Each
// reader is tried on paraphrases in other words than the profiles that found it, and on near-misses
// that must not change anything.

const withNote = (note: string, extra: Partial<Profile> = {}): Profile =>
  ({
    version: 1,
    citizenship: 'non-us',
    visa: 'not-needed',
    target: 'ci-fellowship',
    medSchool: { country: 'Peru', graduated: '2012-06' },
    timeline: [{ from: '2020-07', to: 'present', activity: 'us-clinical', note }],
    ...extra,
  }) as Profile;

describe('a match won whose training has not started (p403)', () => {
  it('reads the win and its July start in other words', () => {
    expect(
      matchedNotStarted(withNote('Matched in the December 2026 AMIA match (start July 2027)'), '2027-01-12')?.start,
    ).toBe('2027-07');
    expect(
      matchedNotStarted(withNote('AMIA CI fellowship match 2026: matched at a Nashville program'), '2027-02-01')?.start,
    ).toBe('2027-07');
    expect(
      matchedNotStarted(
        withNote('Secured a fellowship position through the 2026 AMIA match; begins July 2027'),
        '2027-03-01',
      )?.start,
    ).toBe('2027-07');
    const rt = withNote('Matched into categorical internal medicine in the 2027 NRMP Match, PGY-1 from July 2027', {
      target: 'residency-informatics-track',
    });
    expect(matchedNotStarted(rt, '2027-04-02')?.start).toBe('2027-07');
  });

  it('ignores hopes, losses, conditions and matches whose training began', () => {
    for (const note of [
      'Hoping to match in the 2026 AMIA match',
      'Did not match in the 2026 AMIA match',
      'Unmatched in the December 2026 AMIA match',
      'If I match in the 2026 AMIA match I start July 2027',
      'Matched in the 2024 AMIA match (start July 2025)',
      'Interviewed at four CI programs; waiting for AMIA results',
    ])
      expect(matchedNotStarted(withNote(note), '2027-01-12'), note).toBeUndefined();
  });

  it('makes the pre-start phase the timeline’s now, with the binding result said', () => {
    const p = withNote('Attending; matched in the December 2026 AMIA match (start July 2027)');
    const t = timelineForProfile('2027-01-12', p);
    expect(t.current).toBeNull();
    expect(t.lead).toMatch(/binding/);
    expect(t.lead).toMatch(/July 2027/);
    expect(t.lead).toMatch(/program director/);
    const hoping = timelineForProfile('2027-01-12', withNote('Attending; hoping to match next season'));
    expect(hoping.current).not.toBeNull();
  });

  it('measures a work permit against the matched start, and asks no H-1B question of a member not on one', () => {
    const p = withNote(
      'Attending; H-1B until May 2025, then I-485 pending with an EAD valid to 2027-04-30. Matched in the December 2026 AMIA match (start July 2027)',
    );
    const visa = redFlags(p, '2027-01-12').flags.find((f) => f.id === 'visa-sponsorship');
    expect(visa?.why).toMatch(/starting Jul 2027/);
    expect(h1bRunsOutDuringTraining(p, '2027-01-12')).toBe(false);
  });
});

describe('a lapsed board certification or licence (p405)', () => {
  it('reads a lapse in other words', () => {
    expect(lapsedBoard(withNote('Let my ABFM certification lapse in 2022'))).toMatchObject({
      board: 'ABFM',
      year: '2022',
    });
    expect(lapsedBoard(withNote('Board certification expired 2021 (did not do MOC)'))).toBeDefined();
    expect(lapsedLicence(withNote('Texas medical license expired in 2018'))).toMatchObject({ year: '2018' });
    expect(lapsedLicence(withNote('Industry job; no active medical licence since 2019'))).toBeDefined();
    expect(lapsedLicence(withNote('Not currently licensed to practise'))).toBeDefined();
  });

  it('leaves active, renewed, future and non-board lapses alone', () => {
    for (const note of [
      'ABIM certified 2015, MOC up to date',
      'Ohio licence active; hospitalist',
      'Licence lapsed in 2020, reinstated 2025',
      'ECFMG certificate expired and was revalidated',
      'ACLS expired last month',
      'My licence expires in 2028',
    ]) {
      expect(lapsedBoard(withNote(note)), note).toBeUndefined();
      if (!/lapsed in 2020/.test(note)) expect(lapsedLicence(withNote(note)), note).toBeUndefined();
    }
    expect(lapsedLicence(withNote('Licence lapsed in 2020, reinstated 2025'))).toBeUndefined();
  });

  it('never offers care "under your licence" or a locum without one, and says what the boards need', () => {
    const base: Partial<Profile> = {
      citizenship: 'us-citizen',
      residencies: [
        {
          country: 'United States',
          specialty: 'internal medicine',
          from: '2010-07',
          to: '2013-06',
          completed: true,
          accreditation: 'acgme',
        },
      ],
    };
    const lapsed = {
      ...withNote(
        'Medical director at a health-data company; no patient care; Illinois license expired in 2016, boards let lapse in 2022',
        base,
      ),
      timeline: [
        { from: '2013-07', to: '2015-06', activity: 'us-clinical', note: 'Hospitalist' },
        {
          from: '2015-07',
          to: 'present',
          activity: 'non-clinical-work',
          note: 'Medical director at a health-data company; no patient care; Illinois license expired in 2016, boards let lapse in 2022',
        },
      ],
    } as Profile;
    const r = redFlags(lapsed, '2027-09-22');
    const currency = r.flags.find((f) => f.id === 'clinical-currency')!;
    const text = currency.actions.join(' ');
    expect(text).not.toMatch(/under your licence|locum/i);
    expect(text).toMatch(/active licence again/);
    expect((r.notes ?? []).join(' ')).toMatch(/practice pathway/);
    expect((r.notes ?? []).join(' ')).toMatch(/lapsed/);
    const active = {
      ...lapsed,
      timeline: [
        { from: '2013-07', to: '2015-06', activity: 'us-clinical', note: 'Hospitalist' },
        {
          from: '2015-07',
          to: 'present',
          activity: 'non-clinical-work',
          note: 'Medical director at a health-data company; no patient care; Illinois licence active',
        },
      ],
    } as Profile;
    const text2 = redFlags(active, '2027-09-22')
      .flags.find((f) => f.id === 'clinical-currency')!
      .actions.join(' ');
    expect(text2).toMatch(/under your licence/);
  });
});

describe('a past US visa refusal (p404, p408)', () => {
  it('reads a refusal in other words, and whether a visa was issued since', () => {
    expect(visaRefusal(withNote('visa refused under 214(b) in 2019'))).toMatchObject({
      section: '214(b)',
      year: '2019',
      overcome: false,
    });
    expect(visaRefusal(withNote('My F-1 was denied at the consulate in 2021'))).toMatchObject({ year: '2021' });
    expect(visaRefusal(withNote('B1/B2 rejected 2020; got the visa in 2022 for a conference'))).toMatchObject({
      overcome: true,
    });
  });

  it('ignores petitions, programmes, negations and visas issued', () => {
    for (const note of [
      'H-1B petition denied by USCIS in 2022',
      'Never refused a US visa',
      'The program refused my transfer request',
      'B-1/B-2 visa issued 2024',
    ])
      expect(visaRefusal(withNote(note)), note).toBeUndefined();
  });

  it('puts disclosure on the DS-160 into the visa item of a member who needs a visa', () => {
    const p = withNote('Hospitalist abroad; a B-2 visa for a conference was refused under 214(b) in 2022', {
      visa: 'j1',
    });
    const visa = redFlags(p, '2027-05-05').flags.find((f) => f.id === 'visa-sponsorship')!;
    const text = visa.actions.join(' ');
    expect(text).toMatch(/DS-160/);
    expect(text).toMatch(/not a permanent bar/);
  });
});

describe('a J-1 preliminary year with no position after it (p404)', () => {
  const prelim = (note: string, visa: Profile['visa'] = 'j1'): Profile =>
    ({
      ...withNote(note, { visa, target: 'residency-informatics-track' }),
      residencies: [
        {
          country: 'United States',
          specialty: 'preliminary internal medicine',
          from: '2026-07',
          to: 'present',
          completed: false,
          accreditation: 'acgme',
        },
      ],
    }) as Profile;

  it('says the J-1 ends with the year when the next position is missing', () => {
    expect(prelimJ1Ending(prelim('Prelim PGY-1 on a J-1; went unmatched in the 2027 Match'), '2027-03-18')?.ends).toBe(
      '2027-06',
    );
    expect(prelimJ1Ending(prelim('Prelim year, J-1; no PGY-2 position yet for July'), '2027-04-10')?.ends).toBe(
      '2027-06',
    );
  });

  it('leaves a member with a position, on an H-1B, or in a categorical program alone', () => {
    expect(
      prelimJ1Ending(
        prelim('Prelim on J-1; matched to an advanced radiology PGY-2 in the 2027 Match, starting July 2027'),
        '2027-03-20',
      ),
    ).toBeUndefined();
    expect(
      prelimJ1Ending(prelim('Prelim PGY-1; went unmatched in the 2027 Match', 'h1b'), '2027-03-18'),
    ).toBeUndefined();
    const categorical = {
      ...prelim('PGY-1 on J-1; did not match into a fellowship'),
      residencies: [
        {
          country: 'United States',
          specialty: 'internal medicine',
          from: '2026-07',
          to: 'present',
          completed: false,
          accreditation: 'acgme',
        },
      ],
    } as Profile;
    expect(prelimJ1Ending(categorical, '2027-03-18')).toBeUndefined();
  });
});

describe('an informatics fellowship that is not ACGME-accredited (p401, p408)', () => {
  it('reads it in other words', () => {
    expect(
      nonAccreditedFellowship(withNote('Pathology informatics fellowship (non-accredited), one year'), '2027-01-01'),
    ).toBeDefined();
    expect(
      nonAccreditedFellowship(
        withNote('Clinical informatics fellowship at a Gulf hospital, not ACGME accredited'),
        '2027-01-01',
      ),
    ).toBeDefined();
  });

  it('leaves accredited, unstated and clinical fellowships alone', () => {
    for (const note of [
      'ACGME-accredited clinical informatics fellowship, PGY-4',
      'Imaging informatics fellowship, Boston',
      'Cardiology fellowship, not ACGME-accredited',
    ])
      expect(nonAccreditedFellowship(withNote(note), '2027-01-01'), note).toBeUndefined();
  });

  it('asks for a clinical plan for the months before the next start, and says credit is each program’s', () => {
    const p = {
      ...withNote('x', {
        citizenship: 'us-permanent-resident',
        residencies: [
          {
            country: 'United States',
            specialty: 'diagnostic radiology',
            from: '2018-07',
            to: '2022-06',
            completed: true,
            accreditation: 'acgme',
          },
        ],
        boardCertification: [{ board: 'abms', specialty: 'diagnostic radiology' }],
      }),
      timeline: [
        { from: '2022-07', to: '2026-06', activity: 'us-clinical', note: 'Attending radiologist' },
        {
          from: '2026-07',
          to: 'present',
          activity: 'informatics',
          note: 'Radiology informatics fellowship, unaccredited, ends June 2027; no clinical reading',
        },
      ],
    } as Profile;
    const notes = (redFlags(p, '2027-01-20').notes ?? []).join(' ');
    expect(notes).toMatch(/each program's decision/);
    expect(notes).toMatch(/Jul 2028/);
    expect(notes).toMatch(/clinical work/);
  });
});

describe('a booked Step 3 (p397, p406)', () => {
  it('reads a sitting booked in other words', () => {
    expect(bookedStep3(withNote('Step 3 booked for 2027-08-05 (not yet taken)'), '2027-07-15')?.date).toBe(
      '2027-08-05',
    );
    expect(bookedStep3(withNote('Step III scheduled on 12 March 2027'), '2027-02-01')?.date).toBe('2027-03-12');
  });

  it('ignores a sitting only wished for, and one already passed', () => {
    expect(bookedStep3(withNote('Might take Step 3 next spring'), '2027-01-01')).toBeUndefined();
    expect(bookedStep3(withNote('Planning to book Step 3 after the holidays'), '2027-01-01')).toBeUndefined();
    const passed = withNote('Step 3 booked for 2027-08-05', {
      exams: [{ exam: 'step3', date: '2026-05', result: 'pass', score: 225 }],
    } as Partial<Profile>);
    expect(bookedStep3(passed, '2027-07-15')).toBeUndefined();
  });

  it('is acknowledged where Step 3 is advised, not "plan it during residency"', () => {
    const p = {
      ...withNote('x', {
        visa: 'j1',
        exams: [
          { exam: 'step1', date: '2020-03', result: 'pass' },
          { exam: 'step2ck', date: '2020-09', result: 'pass', score: 244 },
        ],
      } as Partial<Profile>),
      residencies: [
        {
          country: 'United States',
          specialty: 'internal medicine',
          from: '2025-07',
          to: 'present',
          completed: false,
          accreditation: 'acgme',
        },
      ],
      timeline: [
        {
          from: '2025-07',
          to: 'present',
          activity: 'us-clinical',
          note: 'IM residency, J-1; sitting Step 3 on 9 September 2027',
        },
      ],
    } as Profile;
    const r = redFlags(p, '2027-07-20');
    const text = JSON.stringify(r);
    expect(text).toMatch(/booked for 9 Sep 2027/);
    expect(text).not.toMatch(/plan it during residency/);
  });
});

describe('a note quoted as a label (p406)', () => {
  it('takes the first clause, not the whole note', () => {
    expect(
      noteLabel(
        'Clinical research coordinator, cardiology, Houston. 2026 Match: unmatched. Step 3 booked for 2027-04-14.',
      ),
    ).toBe('Clinical research coordinator, cardiology, Houston');
    expect(noteLabel('Scribe; then ED tech')).toBe('Scribe');
  });
});
