/**
 * Round ux45: the member situations a blind judge failed in session 31 (profiles p375–p384), each as a
 * general rule, checked on members written here in other words, with near-misses for which the old
 * behaviour is right.
 */
import { describe, expect, it } from 'vitest';
import type { Letter, Profile } from '../../src/core/profile/schema.js';
import { redFlags } from '../../src/rules/redflags.js';
import { reviewLetters } from '../../src/rules/letters.js';
import { planLetterSlots } from '../../src/rules/letter-slots.js';
import { timelineForProfile } from '../../src/composers/prematch-timeline.js';
import { mockPlan } from '../../src/mock/plan.js';
import { letterRoute } from '../../src/composers/lor-route.js';
import { composeLorEmail } from '../../src/composers/lor-email.js';
import { readMatchAttempts, saidMatchKind } from '../../src/rules/redflag-rules/match-history.js';
import { saidMatched } from '../../src/composers/timeline-route.js';
import { leftAndReturned } from '../../src/rules/redflag-rules/left-patient-care.js';

const report = (p: Profile, today: string) => {
  const r = redFlags(p, today);
  return [...r.flags.map((f) => `${f.title} ${f.why} ${f.actions.join(' ')}`), ...(r.notes ?? [])].join(' ');
};

const letter = (over: Partial<Letter> & { writer: string }): Letter => ({
  role: 'attending',
  setting: 'us',
  physician: true,
  informatics: false,
  directObservation: true,
  year: 2026,
  ...over,
});

/** A US resident (ACGME, in progress) applying to CI fellowships. */
const usResident = (over: Partial<Profile> = {}): Profile => ({
  version: 1,
  citizenship: 'non-us',
  visa: 'j1',
  target: 'ci-fellowship',
  specialty: 'family medicine',
  medSchool: { country: 'Peru', graduated: '2018-12' },
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
  timeline: [{ from: '2024-07', to: 'present', activity: 'us-clinical', note: 'ACGME family medicine residency' }],
  informatics: [{ kind: 'project', title: 'Diabetes registry dashboard', outcome: 'A1c checks up 20%' }],
  ...over,
});

describe('1. a translated clinical letter is the one to swap for a second informatics letter', () => {
  const four = (lang: string): Letter[] => [
    letter({ writer: 'Dr. Ada Park', role: 'program-director' }),
    letter({ writer: 'Dr. Ben Cho', role: 'cmio', informatics: true }),
    letter({ writer: 'Dr. Cy Ruiz' }),
    letter({ writer: 'Dr. Dora Lima', setting: 'abroad', year: 2024, language: lang }),
  ];
  for (const lang of ['es', 'fr']) {
    it(`names the ${lang} letter to replace, in the findings and the slot plan`, () => {
      const p = usResident({ letters: four(lang) });
      const review = reviewLetters(p, '2026-10-01');
      const share = review.findings.find((f) => f.id === 'informatics-share-low');
      expect(share?.message).toMatch(/letter to replace is Dr\. Dora Lima's/);
      expect(share?.message).toMatch(/translat/);
      expect(review.findings.find((f) => f.id === 'non-english-letter')?.message).toMatch(
        /replace rather than translate/,
      );
      const slot = planLetterSlots(p, '2026-10-01').slots.find((s) => s.writer === 'Dr. Dora Lima');
      expect(slot?.why).toMatch(/Replace if you can/);
      expect(slot?.why).not.toMatch(/send every one you have/);
    });
  }
  it('near-miss: no swap once half the letters are informatics, or for a program director abroad', () => {
    const half = usResident({
      letters: [
        ...four('es').slice(0, 3),
        letter({ writer: 'Dr. Eli', role: 'qi-lead', informatics: true, language: 'es' }),
      ],
    });
    expect(reviewLetters(half, '2026-10-01').findings.some((f) => /letter to replace/.test(f.message))).toBe(false);
    const pd = usResident({
      letters: [
        ...four('es').slice(1, 3),
        letter({ writer: 'Dr. Pia', role: 'program-director', setting: 'abroad', language: 'es' }),
      ],
    });
    expect(reviewLetters(pd, '2026-10-01').findings.some((f) => /letter to replace/.test(f.message))).toBe(false);
  });
  it('near-miss: a residency applicant keeps the clinical letter from abroad (translated)', () => {
    const p = usResident({ target: 'residency-informatics-track', letters: four('es') });
    expect(reviewLetters(p, '2026-10-01').findings.find((f) => f.id === 'non-english-letter')?.message).toMatch(
      /Ask for it in English/,
    );
  });
});

/** A CI applicant whose only residency is abroad (fellowship-eligibility high). */
const abroadCi = (over: Partial<Profile> = {}): Profile => ({
  version: 1,
  citizenship: 'us-permanent-resident',
  visa: 'not-needed',
  target: 'ci-fellowship',
  specialty: 'internal medicine',
  medSchool: { country: 'Kenya', graduated: '2010-11' },
  residencies: [
    {
      country: 'Kenya',
      specialty: 'internal medicine',
      from: '2012-01',
      to: '2015-12',
      completed: true,
      accreditation: 'other',
    },
  ],
  timeline: [{ from: '2016-01', to: 'present', activity: 'clinical', note: 'Physician, Nairobi' }],
  ...over,
});

describe('2. a CI member not eligible sees the NRMP residency route as the step now', () => {
  for (const today of ['2027-07-10', '2027-08-20']) {
    it(`during the AMIA application weeks (${today})`, () => {
      const t = timelineForProfile(today, abroadCi());
      expect(t.calendar).toBe('amia-ci-match');
      expect(t.lead).toMatch(/^Residency route \(now\)/);
      expect(t.lead).toMatch(/NRMP Main Residency Match in internal medicine/);
      expect(t.route?.calendar).toBe('nrmp-main');
      expect(t.route?.current).not.toBeNull();
      expect(t.current).toBeNull();
      expect(t.phases.flatMap((ph) => ph.actions).join(' ')).not.toMatch(/Submit now, this week/);
    });
  }
  it('past the residency applications, the route is next NRMP season', () => {
    const t = timelineForProfile('2026-12-17', abroadCi());
    expect(t.route?.season).toBe('2027-2028');
  });
  it('near-miss: an eligible member keeps the AMIA step as now, with no route', () => {
    const t = timelineForProfile(
      '2027-07-10',
      usResident({
        residencies: [
          {
            country: 'United States',
            specialty: 'family medicine',
            from: '2024-07',
            to: '2027-06',
            completed: true,
            accreditation: 'acgme',
          },
        ],
      }),
    );
    expect(t.route).toBeUndefined();
    expect(t.current).not.toBeNull();
  });
});

/** An H-1B-minded residency applicant in Match Week. */
const soapMember = (notes: string[] = []): Profile => ({
  version: 1,
  citizenship: 'non-us',
  visa: 'h1b',
  target: 'residency-informatics-track',
  specialty: 'internal medicine',
  medSchool: { country: 'Ghana', graduated: '2020-06' },
  exams: [
    { exam: 'step1', date: '2022-01', result: 'pass' },
    { exam: 'step2ck', date: '2022-09', result: 'pass', score: 240 },
    { exam: 'step3', date: '2023-09', result: 'pass', score: 225 },
  ],
  timeline: [
    { from: '2020-07', to: 'present', activity: 'clinical', note: 'Medical officer, Accra' },
    ...notes.map((note) => ({ from: '2024-01', to: 'present', activity: 'personal' as const, note })),
  ],
  deadline: '2026-09-25',
});

describe('3. an H-1B-only stance in SOAP hears the J-1 fallback', () => {
  for (const today of ['2027-03-10', '2027-03-16']) {
    it(`after the rank deadline (${today})`, () => {
      const text = report(soapMember(), today);
      expect(text).toMatch(/many programs with places left sponsor only the J-1/);
      expect(text).toMatch(/Statement of Need/);
    });
  }
  it('near-miss: a pending green card keeps "accept only offers from programs that sponsor it"', () => {
    const text = report(soapMember(['I-485 adjustment of status pending through marriage']), '2027-03-16');
    expect(text).not.toMatch(/many programs with places left sponsor only the J-1/);
  });
});

describe('4. years in a job away from patient care, then back to practice', () => {
  const member = (job: string, activity: 'non-clinical-work' | 'research' = 'non-clinical-work'): Profile => ({
    version: 1,
    citizenship: 'us-citizen',
    visa: 'not-needed',
    target: 'ci-fellowship',
    specialty: 'internal medicine',
    medSchool: { country: 'India', graduated: '2008-06' },
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
    boardCertification: [{ board: 'abms', specialty: 'internal medicine' }],
    timeline: [
      { from: '2010-07', to: '2013-06', activity: 'us-clinical', note: 'IM residency' },
      { from: '2013-07', to: '2016-08', activity, note: job },
      { from: '2016-09', to: 'present', activity: 'us-clinical', note: 'Primary care physician' },
    ],
  });
  for (const job of [
    'Medical director at a health-insurance company, utilization review',
    'Consultant, healthcare strategy firm',
  ]) {
    it(`raises and rehearses it (${job.slice(0, 20)}…)`, () => {
      const p = member(job);
      expect(leftAndReturned(p, '2026-11-01')?.months).toBe(38);
      expect(report(p, '2026-11-01')).toMatch(/why you left clinical work and why you came back/);
      const plan = mockPlan(p, '2026-11-01');
      expect(
        plan.questions.some((q) => /Why did you leave clinical work, and why did you come back/.test(q.text)),
      ).toBe(true);
    });
  }
  it('near-miss: research years that a residency ended, and a job under two years, raise nothing', () => {
    const beforeResidency: Profile = {
      ...member('Research fellow'),
      timeline: [
        { from: '2008-07', to: '2010-06', activity: 'clinical', note: 'Internship' },
        { from: '2010-07', to: '2013-06', activity: 'research', note: 'Research fellow, Boston' },
        { from: '2013-07', to: '2016-06', activity: 'us-clinical', note: 'IM residency' },
        { from: '2016-07', to: 'present', activity: 'us-clinical', note: 'Hospitalist' },
      ],
      residencies: [
        {
          country: 'United States',
          specialty: 'internal medicine',
          from: '2013-07',
          to: '2016-06',
          completed: true,
          accreditation: 'acgme',
        },
      ],
    };
    expect(leftAndReturned(beforeResidency, '2026-11-01')).toBeUndefined();
    const short: Profile = {
      ...member('Pharma medical affairs'),
      timeline: [
        { from: '2010-07', to: '2013-06', activity: 'us-clinical', note: 'IM residency' },
        { from: '2013-07', to: '2014-12', activity: 'non-clinical-work', note: 'Pharma medical affairs' },
        { from: '2015-01', to: 'present', activity: 'us-clinical', note: 'Hospitalist' },
      ],
    };
    expect(leftAndReturned(short, '2026-11-01')).toBeUndefined();
  });
});

describe('5. which match an earlier cycle was, read from the notes by meaning', () => {
  const withNote = (note: string): Profile =>
    usResident({
      matchAttempts: 1,
      residencies: [
        {
          country: 'United States',
          specialty: 'family medicine',
          from: '2020-07',
          to: '2023-06',
          completed: true,
          accreditation: 'acgme',
        },
      ],
      timeline: [{ from: '2020-07', to: '2023-06', activity: 'us-clinical', note }],
      informatics: [
        { kind: 'course', title: 'Intro to SQL' },
        { kind: 'project', title: 'Opioid order-set cleanup', outcome: 'duplicate orders down a third' },
        { kind: 'certificate', title: 'Epic analyst' },
      ],
    });
  for (const note of [
    'FM residency; went unmatched in the 2022 AMIA match',
    'FM residency. Applied to clinical informatics fellowships in 2022: no match',
  ]) {
    it(`reads a fellowship cycle: "${note.slice(0, 40)}…"`, () => {
      const p = withNote(note);
      expect(readMatchAttempts(p, '2026-07-10')?.kind).toBe('fellowship');
      const text = report(p, '2026-07-10');
      expect(text).toMatch(/earlier unmatched fellowship cycle/);
      expect(text).not.toMatch(/does not show whether it was a residency Match/);
      expect(text).toMatch(
        /"Opioid order-set cleanup" \(duplicate orders down a third\) and "Epic analyst" certificate/,
      );
    });
  }
  it('reads a residency Match cycle the member matched after', () => {
    expect(
      saidMatchKind(withNote('FM residency; did not match in the 2019 NRMP Main Residency Match, matched in 2020'))
        ?.kind,
    ).toBe('residency');
  });
  it('near-miss: a note that names no match keeps the honest "does not show"', () => {
    expect(report(withNote('FM residency, chief resident'), '2026-07-10')).toMatch(
      /does not show whether it was a residency Match/,
    );
  });
});

describe('6. the CI board named follows the primary board', () => {
  const pathologist = (specialty: string, note: string): Profile => ({
    version: 1,
    citizenship: 'non-us',
    visa: 'j1',
    target: 'residency-informatics-track',
    specialty,
    medSchool: { country: 'Egypt', graduated: '2012-06' },
    residencies: [
      { country: 'Egypt', specialty, from: '2013-03', to: '2017-02', completed: true, accreditation: 'other' },
    ],
    timeline: [{ from: '2017-03', to: 'present', activity: 'clinical', note }],
  });
  for (const [spec, note] of [
    ['pathology', 'Consultant pathologist; LIS super-user for the lab'],
    ['clinical pathology', 'Lab director, laboratory information system upgrade lead'],
  ] as const) {
    it(`ABPath for ${spec}, with LIS work named`, () => {
      const t = timelineForProfile('2027-08-20', pathologist(spec, note));
      const notes = t.notes.join(' ');
      expect(notes).toMatch(/through ABPath/);
      expect(notes).toMatch(/your LIS work/);
      expect(notes).not.toMatch(/usual route to ABPM board certification/);
    });
  }
  it('near-miss: an internist is still told ABPM', () => {
    const t = timelineForProfile('2027-08-20', pathologist('internal medicine', 'Physician'));
    expect(t.notes.join(' ')).toMatch(/usual route to ABPM board certification/);
  });
});

describe('7. a member whose note says she matched is told what follows, not the post-match process', () => {
  const matched = (note: string): Profile =>
    usResident({
      residencies: [
        {
          country: 'United States',
          specialty: 'family medicine',
          from: '2023-07',
          to: 'present',
          completed: false,
          accreditation: 'acgme',
        },
      ],
      timeline: [{ from: '2023-07', to: 'present', activity: 'us-clinical', note }],
    });
  for (const note of [
    'FM residency PGY-3; matched to the clinical informatics fellowship at a Boston program (AMIA match, December 2026)',
    'FM residency; secured a fellowship position through the 2026 AMIA match, starting July 2027',
  ]) {
    it(`after the results: "${note.slice(15, 55)}…"`, () => {
      const t = timelineForProfile('2026-12-22', matched(note));
      expect(t.matched).toBe(true);
      expect(t.lead).toMatch(/post-match process below is not for you/);
      expect(t.lead).toMatch(/contract/);
      expect(t.lead).toMatch(/Statement of Need/);
      expect(t.lead).toMatch(/finish your family medicine residency/);
      expect(t.current).toBeNull();
      expect(t.next).toBeNull();
    });
  }
  it('near-miss: "did not match" and "hoping to match" stay unmatched; an old residency Match is another season', () => {
    expect(
      saidMatched(matched('FM residency; did not match in the 2026 AMIA match'), 'amia-ci-match', 2026),
    ).toBeUndefined();
    expect(
      saidMatched(matched('FM residency; hoping to match in the 2026 AMIA match'), 'amia-ci-match', 2026),
    ).toBeUndefined();
    const t = timelineForProfile('2026-12-22', matched('FM residency; matched in the 2023 NRMP Match'));
    expect(t.matched).toBeUndefined();
  });
});

describe('8. a residency-route email names the residency now and informatics as the later goal', () => {
  const routeMember = (asked?: string): Profile =>
    abroadCi({
      letters: [letter({ writer: 'Dr. Omar Haddad', setting: 'abroad', year: 2026, ...(asked ? { asked } : {}) })],
    });
  for (const asked of [undefined, '2027-06-20']) {
    it(`${asked ? 'a follow-up' : 'a new ask'} says residency through the NRMP`, () => {
      const p = routeMember(asked);
      const email = composeLorEmail(letterRoute(p, '2027-07-10').profile, { today: '2027-07-10' });
      expect(email.body).toMatch(/US internal medicine residency through the NRMP Main Residency Match/);
      expect(email.body).toMatch(/clinical informatics, through a fellowship after residency, is my longer-term goal/);
      expect(email.body).not.toMatch(/applying for a clinical informatics \(CI\) fellowship/);
    });
  }
  it('near-miss: an eligible CI applicant still asks for the fellowship', () => {
    const p = usResident({ letters: [letter({ writer: 'Dr. Kim' })] });
    expect(composeLorEmail(letterRoute(p, '2027-03-10').profile, { today: '2027-03-10' }).body).toMatch(
      /clinical informatics \(CI\) fellowship/,
    );
  });
});
