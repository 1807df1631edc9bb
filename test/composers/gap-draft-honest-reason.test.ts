/**
 * Newcomer trial 19, finding 11: the gap draft leads with the honest reason the notes give (a move,
 * a dependant's status, no licence or no right to work, children, a relative's illness), ends a
 * residency applicant's paragraph on the residency applied for, says how clinical knowledge was kept
 * current after years away from patient care, and asks a reapplicant what changed. Each reading is
 * checked with several wordings and with near-misses that must change nothing.
 */
import { describe, expect, it } from 'vitest';
import { composeGapDraft } from '../../src/composers/gap-draft.js';
import { gaps } from '../../src/core/profile/derived.js';
import type { Profile, TimelineEntry } from '../../src/core/profile/schema.js';
import { checkGapText } from '../../src/composers/gap-check.js';

const TODAY = '2026-12-07';

/** A pediatrician who trained abroad, then spent years away from patient care. */
function member(note: string, extra: Partial<Profile> = {}, after: TimelineEntry[] = []): Profile {
  return {
    version: 1,
    citizenship: 'non-us',
    target: 'residency-informatics-track',
    specialty: 'pediatrics',
    medSchool: { country: 'Jordan', graduated: '2014-06' },
    exams: [
      { exam: 'step1', date: '2021-05', result: 'pass' },
      { exam: 'step2ck', date: '2022-02', result: 'pass', score: 236 },
    ],
    residencies: [
      {
        country: 'Jordan',
        specialty: 'pediatrics',
        from: '2014-07',
        to: '2018-06',
        completed: true,
        accreditation: 'other',
      },
    ],
    timeline: [
      { from: '2018-07', to: '2020-05', activity: 'clinical', note: 'pediatrician, Amman' },
      { from: '2020-06', to: '2022-03', activity: 'exam-prep', note },
      ...(after.length
        ? after
        : [
            {
              from: '2022-04',
              to: 'present',
              activity: 'research',
              note: 'research assistant, pediatric outcomes',
            } as const,
          ]),
    ],
    ...extra,
  };
}

const draftOf = (p: Profile) => {
  const g = (gaps(p, TODAY) ?? []).filter((x) => x.months >= 6).sort((a, b) => b.months - a.months)[0]!;
  return composeGapDraft(p, g, TODAY);
};
const firstSentence = (t: string) => t.split(/(?<=\.)\s+/)[0]!;

describe('gap draft: the honest reason the notes give comes first', () => {
  it.each([
    [
      'usmle prep; relocated to the States with my spouse',
      /after moving to the United States with my spouse, I could not practise medicine without a US licence/,
    ],
    [
      'Step 1/2 study, came to America with family',
      /after moving to the United States with my family, I could not practise/,
    ],
    [
      'joined my husband in Texas (he is on H-1B), studying for boards',
      /after moving to the United States for my husband's work/,
    ],
    [
      'moved to New Jersey as an H-4 dependant; USMLE',
      /after moving to the United States as a dependant \(H-4\), I could not practise/,
    ],
    [
      'board prep; looking after our two kids; we moved to Ohio',
      /after moving to the United States, I could not practise medicine without a US licence, and I also cared for my children/,
    ],
  ])('%s', (note, said) => {
    const d = draftOf(member(note));
    const first = firstSentence(d.text);
    expect(first).toMatch(/^From Jun 2020 to Mar 2022, /);
    expect(first).toMatch(said);
    // The exam preparation is told in the same sentence, with its months dated once.
    expect(first).toMatch(/(?:, and|;) I prepared for Step 1 and Step 2 CK/);
    // Never the raw note.
    expect(d.text).not.toContain(note);
  });

  it.each([
    'Step 1 prep, moved on to Step 2 CK',
    'family medicine review course alongside USMLE study',
    'USMLE study; helped in the family business on weekends',
    'US-style question banks, full time',
  ])('near-miss: %s gives no reason sentence', (note) => {
    const d = draftOf(member(note));
    expect(firstSentence(d.text)).toMatch(/^From Jun 2020 to Mar 2022 I prepared/);
    expect(d.text).not.toMatch(/after moving|family reasons|without a US licence/);
  });

  it('waiting for the right to work keeps the work-authorization sentence', () => {
    const d = draftOf(member('moved to the US as an H-4 dependant, no work permit yet; USMLE'));
    expect(firstSentence(d.text)).toMatch(/work authorization/);
  });

  it('a bare move with no place or reason is not told as one', () => {
    expect(draftOf(member('USMLE prep; moving house')).text).not.toMatch(/after moving/);
  });

  it('a US residency begun before the gap ended means no "without a US licence"', () => {
    const p = member('exam study after moving to Chicago', {
      residencies: [
        {
          country: 'United States',
          specialty: 'pediatrics',
          from: '2021-07',
          to: '2024-06',
          completed: true,
          accreditation: 'acgme',
        },
      ],
    });
    expect(draftOf(p).text).not.toMatch(/without a US licence/);
  });
});

describe('gap draft: a residency applicant ends on the residency', () => {
  it('ends on the specialty residency, with or without an informatics item', () => {
    const bare = draftOf(member('USMLE study'));
    expect(bare.text).toMatch(/informatics track of a pediatrics residency\.$/);
    const withItem = draftOf(
      member('USMLE study', { informatics: [{ kind: 'course', title: 'Health informatics specialization (online)' }] }),
    );
    expect(withItem.text).toMatch(/a pediatrics residency\.$/);
    expect(withItem.text).toContain('Health informatics specialization');
  });

  it('an applicant to a CI fellowship still ends on clinical informatics', () => {
    const p = member('USMLE study', { target: 'ci-fellowship' });
    expect(draftOf(p).text).toMatch(/clinical informatics[^.]*\.$/);
    expect(draftOf(p).text).not.toMatch(/pediatrics residency\.$/);
  });
});

describe('gap draft: clinical currency and what changed, from the profile', () => {
  const obs: TimelineEntry = {
    from: '2023-02',
    to: '2023-04',
    activity: 'observership',
    note: 'general pediatrics, Ohio',
  };
  const work: TimelineEntry = {
    from: '2023-06',
    to: 'present',
    activity: 'non-clinical-work',
    note: 'quality analyst; chart abstraction for core measures; monthly CME webinars',
  };

  it('names the observership, the clinical exam and the study the notes give', () => {
    const d = draftOf(member('USMLE study', {}, [obs, work]));
    expect(d.text).toMatch(
      /Since I last cared for patients in May 2020, I have kept my clinical knowledge current by passing Step 2 CK/,
    );
    expect(d.text).toMatch(/observership/);
    expect(checkGapText(d.text).lints).toEqual([]);
  });

  it('asks for it in a bracket when the profile holds none', () => {
    const d = draftOf(member('USMLE study', { exams: [{ exam: 'step1', date: '2021-05', result: 'pass' }] }));
    expect(d.text).toMatch(/\[Say how you (?:have )?kept your clinical knowledge current/);
  });

  it('says nothing of currency for a member who sees patients now', () => {
    const d = draftOf(
      member('USMLE study', {}, [
        { from: '2022-04', to: 'present', activity: 'clinical', note: 'pediatrician, Amman' },
      ]),
    );
    expect(d.text).not.toMatch(/clinical knowledge current/);
  });

  it('tells a reapplicant what changed since the last cycle, from dated facts', () => {
    const p = member('USMLE study', {
      matchAttempts: 1,
      exams: [
        { exam: 'step1', date: '2021-05', result: 'pass' },
        { exam: 'step2ck', date: '2022-02', result: 'pass', score: 236 },
        { exam: 'step3', date: '2026-02', result: 'pass', score: 221 },
      ],
    });
    expect(draftOf(p).text).toMatch(/Since my last Match application, I have passed Step 3 in Feb 2026/);
  });

  it('asks a reapplicant with no dated change for one, and a first-time applicant for nothing', () => {
    expect(draftOf(member('USMLE study', { matchAttempts: 2 })).text).toMatch(
      /\[Say what changed since your last Match application/,
    );
    expect(draftOf(member('USMLE study')).text).not.toMatch(/last Match application/);
  });

  it('every draft stays within its own lint, saying what to add elsewhere when words run out', () => {
    const p = member(
      'USMLE study; relocated to Boston with my wife for her postdoc, no work permit',
      {
        matchAttempts: 1,
        informatics: [
          { kind: 'job', title: 'Quality analyst', outcome: 'built a sepsis bundle compliance report used by 4 units' },
        ],
      },
      [obs, work],
    );
    const d = draftOf(p);
    expect(d.words).toBeLessThanOrEqual(150);
    expect(checkGapText(d.text).lints.map((l) => l.id)).toEqual([]);
    if (!/clinical knowledge current/.test(d.text)) expect(d.notes.join(' ')).toMatch(/clinical knowledge current/);
  });
});
