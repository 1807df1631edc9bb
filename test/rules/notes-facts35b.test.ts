import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { advancedInPlay, rankingPressure } from '../../src/rules/match-state.js';
import { interviewsSet } from '../../src/rules/interview-notes.js';
import { residencyEndMoved } from '../../src/rules/training-end.js';
import { noteProbations } from '../../src/rules/professionalism-notes.js';
import { redFlags } from '../../src/rules/redflags.js';
import { timelineForProfile } from '../../src/composers/prematch-timeline.js';
import { mockPlan } from '../../src/mock/plan.js';

// Round facts35b (profiles AH's judge, session 34: p409, p411, p412, p413, p420). Facts told only in
// notes, tried in other words than the profiles', with near-misses that must not change anything.

const rt = (note: string, extra: Partial<Profile> = {}): Profile =>
  ({
    version: 1,
    citizenship: 'us-citizen',
    visa: 'not-needed',
    target: 'residency-informatics-track',
    specialty: 'internal medicine',
    medSchool: { country: 'India', graduated: '2019-06' },
    timeline: [{ from: '2022-01', to: 'present', activity: 'research', note }],
    deadline: '2026-09-25',
    ...extra,
  }) as Profile;

const resident = (note: string, extra: Partial<Profile> = {}): Profile =>
  ({
    version: 1,
    citizenship: 'us-citizen',
    visa: 'not-needed',
    target: 'ci-fellowship',
    specialty: 'internal medicine',
    medSchool: { country: 'Dominica', graduated: '2023-05' },
    timeline: [{ from: '2024-07', to: 'present', activity: 'us-clinical', note }],
    residencies: [
      {
        country: 'United States',
        specialty: 'internal medicine',
        from: '2024-07',
        to: 'present',
        completed: false,
        accreditation: 'acgme',
      },
    ],
    professionalism: [],
    deadline: '2026-08-15',
    ...extra,
  }) as Profile;

describe('an interview set, told in a note (p411)', () => {
  it('reads the program and day in other words', () => {
    const a = interviewsSet(
      rt('Invited to interview at Harbor Internal Medicine Program on 3 February 2027'),
      '2027-01-15',
    );
    expect(a[0]?.date).toBe('2027-02-03');
    expect(a[0]?.program).toMatch(/Harbor/);
    const b = interviewsSet(
      rt('Got an interview offer from Mesa IM residency; interview date January 30, 2027'),
      '2027-01-15',
    );
    expect(b[0]?.date).toBe('2027-01-30');
  });
  it('near-misses: requests pending, hoped for, none yet, an interview already past', () => {
    for (const note of [
      'Interview requests pending from four IM programs',
      'Hoping for an interview invitation from Harbor IM',
      'No interviews yet this season',
    ])
      expect(interviewsSet(rt(note), '2027-01-15'), note).toEqual([]);
    expect(interviewsSet(rt('Interviewed at Harbor IM on 2026-11-10'), '2027-01-15')).toEqual([]);
  });
  it('the timeline prepares for it and does not open with "Not applied this season?"', () => {
    const t = timelineForProfile(
      '2027-01-15',
      rt('Invited to interview at Harbor Internal Medicine Program on 3 February 2027'),
    );
    expect(t.notApplied).toBeUndefined();
    expect(t.lead).toMatch(/interview at Harbor/);
  });
});

describe('advanced positions and ranking pressure (p412)', () => {
  it('reads advanced positions in play, not a won or refused one', () => {
    expect(advancedInPlay(rt('Interviewed at two advanced radiology programs and three prelim years'))).toBe(true);
    expect(advancedInPlay(rt('Applied to PGY-2 positions in dermatology'))).toBe(true);
    expect(advancedInPlay(rt('Not applying to advanced programs this year'))).toBe(false);
    expect(advancedInPlay(rt('Interviewed at six categorical IM programs'))).toBe(false);
  });
  it('the rank step says to attach supplemental PGY-1 lists', () => {
    const t = timelineForProfile('2027-02-15', rt('Interviewed at two advanced radiology programs'));
    const rank = t.phases.find((ph) => ph.id === 'rank-list');
    expect(rank?.actions.join(' ')).toMatch(/supplemental rank order list/);
  });
  it('reads a program pressing for a ranking promise in other words', () => {
    for (const note of [
      'The program director called me and asked me to promise I would rank them number one',
      'Coordinator at Bayview emailed me asking where I will rank them',
      'The APD at Lakeside pushed me to commit to ranking their program first',
    ])
      expect(rankingPressure(rt(note)), note).toBeDefined();
  });
  it('near-misses: the member volunteering, a program volunteering its own plan', () => {
    for (const note of [
      'I told the PD I will rank them first',
      'The PD said they would rank me highly',
      'Sent a letter of intent to my top program',
    ])
      expect(rankingPressure(rt(note)), note).toBeUndefined();
  });
  it('the timeline names the breach and says what to do', () => {
    const t = timelineForProfile('2027-02-15', rt('The PD at Bayview asked me to promise I would rank them first'));
    expect(t.lead).toMatch(/may not ask/);
    expect(t.lead).toMatch(/true order of preference/);
    expect(t.lead).toMatch(/report/);
  });
});

describe('a partial match in Match Week (p413)', () => {
  it('leads with the binding advanced place and the PGY-1 through SOAP', () => {
    const p = rt('2027 Match: matched advanced radiology (PGY-2, July 2028), no preliminary year', {
      citizenship: 'non-us',
      visa: 'j1',
    });
    const t = timelineForProfile('2027-03-16', p);
    expect(t.lead).toMatch(/Partially matched/);
    expect(t.lead).toMatch(/binding/);
    expect(t.lead).toMatch(/SOAP/);
    expect(t.lead).toMatch(/outside the Match/);
    expect(t.matched).toBeUndefined();
  });
});

describe('a residency end moved past the fellowship start (p409)', () => {
  it('reads the new end in other words', () => {
    expect(
      residencyEndMoved(
        resident('After my parental leave the program extended my training to December 2027'),
        '2026-11-20',
      )?.end,
    ).toBe('2027-12');
    expect(
      residencyEndMoved(resident('LOA in spring 2026; I now finish on 30 September 2027'), '2026-11-20')?.end,
    ).toBe('2027-09');
  });
  it('near-misses: leave only planned, an end with no change', () => {
    expect(
      residencyEndMoved(resident('Taking leave next year; residency ends June 2027'), '2026-11-20'),
    ).toBeUndefined();
    expect(
      residencyEndMoved(resident('PGY-3, chief resident; residency ends June 2027'), '2026-11-20'),
    ).toBeUndefined();
  });
  it('the timeline says tell programs before committing, and the mock plan rehearses it', () => {
    const p = resident('Medical leave in 2026; my completion date was moved to 31 October 2027');
    const t = timelineForProfile('2026-11-28', p);
    expect(t.lead).toMatch(/Oct 2027/);
    expect(t.lead).toMatch(/off-cycle start|deferral/);
    expect(t.lead).toMatch(/[Bb]efore you commit/);
    const plan = mockPlan(p, '2026-11-28');
    expect(plan.questions.some((q) => /now ends in Oct 2027/.test(q.text))).toBe(true);
  });
});

describe('a probation told only in a note (p420)', () => {
  it('reads it in other words, with its date and remediation', () => {
    const [e] = noteProbations(resident('Probation in PGY-2, remediated'));
    expect(e?.kind).toBe('probation');
    expect(e?.date).toBe('2025-07');
    expect(e?.remediated).toBe(true);
    expect(noteProbations(resident('Placed on academic probation in March 2026; still on it'))[0]?.remediated).toBe(
      false,
    );
  });
  it('near-misses: nearly, avoided, the program on probation', () => {
    for (const note of [
      'Was nearly put on probation in PGY-1 but a mentoring plan sorted it out',
      'A warning letter in PGY-1, never probation',
      'The residency program was placed on ACGME probation in 2025',
    ])
      expect(noteProbations(resident(note)), note).toEqual([]);
  });
  it('the report flags it and the plan rehearses it, never "professionalism not given"', () => {
    const p = resident('Academic probation for three months in PGY-2 after missed handoffs; completed successfully', {
      professionalism: undefined,
    });
    const r = redFlags(p, '2027-08-10');
    expect(r.flags.some((f) => f.id === 'professionalism')).toBe(true);
    expect(r.notGiven.join(' ')).not.toMatch(/professionalism/i);
    const plan = mockPlan(p, '2027-08-10');
    expect(plan.questions.some((q) => q.id === 'rf-professionalism')).toBe(true);
  });
});

describe('gap readings (p418, p411)', () => {
  const gapMember = (entries: Profile['timeline']): Profile =>
    ({
      version: 1,
      citizenship: 'us-citizen',
      visa: 'not-needed',
      target: 'residency-informatics-track',
      medSchool: { country: 'Egypt', graduated: '2015-06' },
      timeline: entries,
    }) as Profile;
  it('exam preparation right after a gap is told with it, not flagged as a second gap', () => {
    const p = gapMember([
      { from: '2015-07', to: '2016-06', activity: 'clinical' },
      { from: '2016-07', to: '2018-12', activity: 'personal', note: 'Raising our twins' },
      { from: '2019-01', to: '2020-04', activity: 'exam-prep', note: 'Step 1 and Step 2 CK' },
      { from: '2020-05', to: 'present', activity: 'research', note: 'Research assistant' },
    ]);
    const gaps = redFlags(p, '2026-10-01').flags.filter((f) => f.id === 'training-gap');
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.why).toMatch(/exam preparation/);
  });
  it('near-miss: exam preparation with work between it and the gap is not told as part of it', () => {
    const p = gapMember([
      { from: '2015-07', to: '2016-06', activity: 'clinical' },
      { from: '2016-07', to: '2018-12', activity: 'personal', note: 'Raising our twins' },
      { from: '2019-01', to: '2019-12', activity: 'clinical', note: 'Hospital job' },
      { from: '2020-01', to: '2021-06', activity: 'exam-prep', note: 'Step 1 and Step 2 CK' },
      { from: '2021-07', to: 'present', activity: 'research', note: 'Research assistant' },
    ]);
    const gaps = redFlags(p, '2026-10-01').flags.filter((f) => f.id === 'training-gap');
    expect(gaps.map((f) => f.why).join(' ')).not.toMatch(/was followed by/);
  });
});
