import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import {
  letterLine,
  profileSummary,
  NEVER_SHARED,
  redactedSummary,
  summaryText,
  timelineLine,
} from '../../src/core/profile/summary.js';
import { EXAMPLE_WITH_RESIDENCIES, readExampleProfile as example } from '../helpers/cli.js';

const withResidencies = (): Profile => JSON.parse(readFileSync(EXAMPLE_WITH_RESIDENCIES, 'utf8'));
const section = (s: ReturnType<typeof profileSummary>, title: string) =>
  s.sections.find((x) => x.title === title)?.lines;

describe('profile summary', () => {
  it('counts a US residency as US clinical experience, as the red-flag rules do, never "none"', () => {
    const base: Profile = {
      version: 1,
      residencies: [
        {
          country: 'United States',
          specialty: 'Internal medicine',
          from: '2021-07',
          to: '2024-06',
          completed: true,
          accreditation: 'acgme',
        },
      ],
    };
    expect(section(profileSummary({ ...base, usce: [] }), 'US clinical experience')).toEqual([
      'None listed separately; your US residency counts as US clinical experience (Internal medicine, Jul 2021 – Jun 2024)',
    ]);
    // The shared version says the same without the dates (a US PGY-3 was shown "none" in session 12's trial).
    const shared = section(redactedSummary({ ...base, usce: [] }), 'US clinical experience');
    expect(shared).toEqual(['None listed separately; a US residency, which counts as US clinical experience']);
    expect(shared?.join(' ')).not.toMatch(/2021|2024|Internal medicine/);
    const both = profileSummary({ ...base, usce: [{ kind: 'observership', months: 2 }] });
    expect(section(both, 'US clinical experience')?.at(-1)).toMatch(/^Also: your US residency counts/);
    const abroad = profileSummary({
      ...base,
      usce: [],
      residencies: [{ ...base.residencies![0]!, country: 'Nigeria', accreditation: 'other' }],
    });
    expect(section(abroad, 'US clinical experience')).toEqual(['none']);
  });

  it('shows a letter ask date without claiming it is past: the contract lets it be a plan', () => {
    const l = { ...example().letters![0]!, asked: '2027-05-01' };
    const line = letterLine(l);
    expect(line).toContain('ask date 1 May 2027');
    expect(line).not.toMatch(/\basked 1 May/);
  });

  it('shows every section of the example in plain words', () => {
    const s = profileSummary(example());
    expect(s.title).toBe('Your profile');
    expect(s.sections.map((x) => x.title)).toEqual([
      'Basics',
      'Exams',
      'Timeline since graduation',
      'Residency training',
      'Board certification',
      'US clinical experience',
      'Informatics',
      'Professionalism',
      'Letters of recommendation',
      'Application deadline',
    ]);
    expect(section(s, 'Basics')).toEqual([
      'Citizenship: Not a US citizen or permanent resident',
      'Visa: J-1',
      'Applying to: Clinical informatics fellowship',
      'Specialty: internal medicine',
      'Medical school: Egypt, graduated Jul 2018',
      'ECFMG certified: yes',
      'Previous Match attempts: 1',
    ]);
    expect(section(s, 'Exams')).toEqual([
      'Step 1 — did not pass, Jun 2019',
      'Step 1 — passed, Nov 2019',
      'Step 2 CK — passed, May 2020, score 247',
    ]);
    expect(section(s, 'Timeline since graduation')?.[3]).toBe(
      'Apr 2023 – present: informatics (EHR data analyst, quality team)',
    );
    expect(section(s, 'US clinical experience')).toEqual(['Observership, 2 months — EHR: Epic — not hands-on']);
    expect(section(s, 'Informatics')?.[1]).toBe('Course: SQL for healthcare data');
    expect(section(s, 'Professionalism')).toEqual(['none']);
    expect(section(s, 'Letters of recommendation')?.[0]).toBe(
      'Dr. Lee — attending / consultant, US, physician, saw your work first-hand, worked together 2024; not asked yet',
    );
    expect(section(s, 'Application deadline')).toEqual(['15 Jan 2027']);
  });

  it('says "not given" for everything missing from an empty profile', () => {
    const s = profileSummary({ version: 1 });
    expect(section(s, 'Basics')?.every((l) => l.endsWith(': not given'))).toBe(true);
    for (const sec of s.sections.slice(1)) expect(sec.lines).toEqual(['not given']);
  });

  it('passes everything the member typed through the escaping hook', () => {
    const p = example();
    p.letters = [{ ...p.letters![0]!, writer: '*Dr. Lee*' }];
    const text = summaryText(profileSummary(p, { memberText: (x) => `<${x}>` }));
    for (const typed of [
      '<*Dr. Lee*>',
      '<Egypt>',
      '<internal medicine>',
      '<USMLE preparation>',
      '<Epic>',
      '<SQL for healthcare data>',
    ]) {
      expect(text).toContain(typed);
    }
    expect(text).not.toContain('<Visa');
  });

  it('lists residencies with country, years and status, and says when none were given', () => {
    expect(section(profileSummary(example()), 'Residency training')).toEqual(['not given']);
    expect(section(profileSummary(withResidencies()), 'Residency training')).toEqual([
      'internal medicine, Egypt, Dec 2019 – Jun 2022, completed — other accreditation (not ACGME or Canadian)',
    ]);
    const p: Profile = {
      version: 1,
      residencies: [
        { country: 'United States', specialty: 'pediatrics', from: '2024-07', to: 'present', completed: false },
        { country: 'India', specialty: 'surgery', from: '2015-01', to: '2016-01', completed: false },
      ],
      boardCertification: [{ board: 'abms', specialty: 'pediatrics' }],
    };
    expect(section(profileSummary(p), 'Residency training')).toEqual([
      'pediatrics, United States, Jul 2024 – present, in progress',
      'surgery, India, Jan 2015 – Jan 2016, not completed',
    ]);
    expect(section(profileSummary(p), 'Board certification')).toEqual(['pediatrics — An ABMS member board (US)']);
    expect(section(profileSummary({ version: 1, boardCertification: [] }), 'Board certification')).toEqual(['none']);
  });

  it('lists professionalism entries with their resolution', () => {
    const p: Profile = { version: 1, professionalism: [{ kind: 'probation', date: '2021-03', remediated: true }] };
    expect(section(profileSummary(p), 'Professionalism')).toEqual(['Probation, Mar 2021 — resolved']);
  });

  it('names a one-month period once: a 4-week observership reads "Sep 2025", not "Sep 2025 – Sep 2025"', () => {
    expect(timelineLine({ from: '2025-09', to: '2025-09', activity: 'observership' })).toMatch(
      /^Sep 2025: observership/,
    );
  });

  it('keeps an acronym at the start of an activity mid-sentence ("US clinical work", never "uS")', () => {
    const line = timelineLine({ from: '2024-07', to: 'present', activity: 'us-clinical' });
    expect(line).toContain(': US clinical work');
    expect(timelineLine({ from: '2019-07', to: '2021-06', activity: 'research' })).toContain(': research');
  });
});

describe('redacted summary', () => {
  it('hides dates, scores, countries, citizenship, visa, names and notes', () => {
    const text = summaryText(redactedSummary(example()));
    for (const hidden of [
      '2018',
      '2019',
      '2020',
      '2021',
      '2024',
      '2026',
      '2027',
      '247',
      'Egypt',
      'Cairo',
      'J-1',
      'Not a US citizen',
      'Visa',
      'Dr. Lee',
      'Haddad',
      'Ortiz',
      'sepsis',
      'SQL',
      'Jan',
      'Jun',
    ]) {
      expect(text, hidden).not.toContain(hidden);
    }
  });

  it('keeps what advice depends on: results, durations, kinds and letter qualities', () => {
    const s = redactedSummary(example());
    expect(s.title).toBe('Profile (shared, details hidden)');
    expect(section(s, 'Exams')).toEqual(['Step 1 — passed', 'Step 2 CK — passed']);
    expect(section(s, 'Timeline since graduation')).toEqual([
      'Exam preparation: 1 year 4 months',
      'Clinical work outside the US: 2 years 7 months',
      'No activity: 9 months',
      'Informatics: ongoing',
    ]);
    expect(section(s, 'US clinical experience')).toEqual(['Observership, 2 months — no hands-on EHR use']);
    expect(section(s, 'Informatics')).toEqual(['Job', 'Course']);
    expect(section(s, 'Letters of recommendation')?.[2]).toBe(
      'Non-physician supervisor, outside the US, non-physician, speaks to informatics, saw your work first-hand',
    );
    expect(section(s, 'Application deadline')).toBeUndefined();
  });

  it('shares residency status and boards but not the country, specialty or dates of a residency', () => {
    const p = withResidencies();
    p.boardCertification = [{ board: 'other', specialty: 'internal medicine' }];
    const s = redactedSummary(p);
    expect(section(s, 'Residency training')).toEqual(['Completed — other accreditation (not ACGME or Canadian)']);
    expect(section(s, 'Board certification')).toEqual(['Another board']);
    const text = summaryText(s);
    for (const hidden of ['Egypt', '2019', '2022', 'Dec']) expect(text, hidden).not.toContain(hidden);
  });

  it('names no residency elsewhere in the share when one was left unfinished (hands-on work and a supervising physician instead)', () => {
    const p = withResidencies();
    p.residencies = [
      ...(p.residencies ?? []),
      {
        country: 'United States',
        specialty: 'pediatrics',
        from: '2021-07',
        to: '2023-02',
        completed: false,
        accreditation: 'acgme',
      },
    ];
    p.usce = [{ kind: 'residency', months: 19, ehr: 'Epic', handsOn: true }];
    p.letters = [
      {
        writer: 'Dr. Hale',
        role: 'program-director',
        setting: 'us',
        physician: true,
        informatics: false,
        directObservation: true,
        year: 2023,
      },
    ];
    const s = redactedSummary(p);
    const text = summaryText(s);
    expect(section(s, 'US clinical experience')?.[0]).toMatch(/^US clinical work \(hands-on\), 1 year 7 months/);
    expect(section(s, 'Letters of recommendation')?.[0]).toMatch(/^Supervising physician, US/);
    expect(text).not.toMatch(/Residency, 1 year|program director|Not completed/i);
    // A member who finished every residency keeps the plain labels.
    const done = withResidencies();
    done.usce = [{ kind: 'residency', months: 36, ehr: 'Epic', handsOn: true }];
    done.letters = p.letters;
    const plain = redactedSummary(done);
    expect(section(plain, 'US clinical experience')?.[0]).toMatch(/^Residency, 3 years/);
    expect(section(plain, 'Letters of recommendation')?.[0]).toMatch(/^Residency program director, US/);
  });

  it('never posts previous Match attempts, whatever their number (a missing line reveals nothing)', () => {
    for (const n of [0, 1, 3]) {
      const p = example();
      p.matchAttempts = n;
      const text = summaryText(redactedSummary(p));
      expect(text, String(n)).not.toMatch(/Match attempts?:/);
    }
    expect(NEVER_SHARED).toMatch(/previous Match attempts/);
  });

  it('never posts a failed attempt, a professionalism entry or a letter that speaks to it', () => {
    const p = example();
    p.professionalism = [{ kind: 'probation', date: '2020-03', remediated: true, note: 'attendance' }];
    if (p.letters?.[0]) p.letters[0].mentionsProfessionalism = true;
    const text = summaryText(redactedSummary(p));
    for (const hidden of ['did not pass', 'Professionalism', 'rofessionalism', 'Probation', 'probation', 'resolved']) {
      expect(text, hidden).not.toContain(hidden);
    }
  });
});
