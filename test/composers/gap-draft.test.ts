import { describe, expect, it } from 'vitest';
import { composeGapDraft, GAP_PLACEHOLDERS } from '../../src/composers/gap-draft.js';
import { quotableNote, type GapFamily } from '../../src/composers/gap-facts.js';
import { itemPhrase } from '../../src/composers/informatics-phrase.js';
import type { InformaticsItem, Profile, TimelineEntry } from '../../src/core/profile/schema.js';
import { countWords, GAP_LINT_CONFIG, lintGapExplanation } from '../../src/rules/gap-lint.js';
import { selectGap } from '../../src/rules/gap-select.js';
import { readExampleProfile as example } from '../helpers/cli.js';

const TODAY = '2026-03-01';

const RICH_INFORMATICS: InformaticsItem[] = [
  { kind: 'project', title: 'Discharge summary template redesign', outcome: 'reduced missing follow-up dates by 30%' },
  { kind: 'certificate', title: 'Epic Ambulatory proficiency' },
];

/** Graduated 2019-06; a gap from 2019-07 to 2020-12 described by `entry`; clinical work afterwards. */
function profile(entry: Partial<TimelineEntry> | null, extra: Partial<Profile> = {}): Profile {
  const gapEntries: TimelineEntry[] = entry
    ? [{ from: '2019-07', to: '2020-12', activity: 'none', ...entry } as TimelineEntry]
    : [];
  return {
    version: 1,
    medSchool: { country: 'India', graduated: '2019-06' },
    timeline: [
      ...gapEntries,
      { from: '2021-01', to: 'present', activity: 'clinical', note: 'internal medicine residency, Pune' },
    ],
    ...extra,
  };
}

const draftOf = (p: Profile, range = {}) => composeGapDraft(p, selectGap(p, TODAY, range).gap, TODAY);

/** One profile per reason family, bare (no extra facts) and rich (exams, informatics items). */
const FAMILY_CASES: [string, GapFamily, Profile][] = [
  ['visa note', 'visa', profile({ note: 'waiting for J-1 visa' })],
  ['visa note, rich', 'visa', profile({ note: 'embassy paperwork' }, { informatics: RICH_INFORMATICS })],
  ['caregiving', 'personal', profile({ activity: 'personal', note: 'caring for my mother after her stroke' })],
  [
    'caregiving, rich',
    'personal',
    profile(
      { activity: 'personal', note: 'caring for my father' },
      { informatics: RICH_INFORMATICS, exams: [{ exam: 'step2ck', date: '2020-06', result: 'pass', score: 244 }] },
    ),
  ],
  ['own health', 'personal', profile({ activity: 'personal', note: 'recovery from my own surgery' })],
  ['new child', 'personal', profile({ activity: 'personal', note: 'maternity leave' })],
  ['personal, no note', 'personal', profile({ activity: 'personal' })],
  ['exam prep', 'exam-prep', profile({ activity: 'exam-prep' })],
  [
    'exam prep, rich',
    'exam-prep',
    profile(
      { activity: 'exam-prep', note: 'USMLE preparation' },
      {
        informatics: RICH_INFORMATICS,
        exams: [
          { exam: 'step1', date: '2020-02', result: 'fail' },
          { exam: 'step1', date: '2020-09', result: 'pass' },
          { exam: 'step2ck', date: '2021-05', result: 'pass', score: 248 },
        ],
      },
    ),
  ],
  [
    'work for income',
    'non-clinical-work',
    profile({ activity: 'non-clinical-work', note: 'pharma sales to pay off debt' }),
  ],
  ['work, rich', 'non-clinical-work', profile({ activity: 'non-clinical-work' }, { informatics: RICH_INFORMATICS })],
  ['job keyword without label', 'non-clinical-work', profile({ note: 'worked as a hotel night manager' })],
  ['nothing listed', 'other', profile(null)],
  ['none, rich', 'other', profile({}, { informatics: RICH_INFORMATICS })],
];

describe('composeGapDraft', () => {
  describe.each(FAMILY_CASES)('%s', (_name, family, p) => {
    it(`reads the reason as ${family}`, () => {
      const draft = draftOf(p);
      expect(draft.family).toBe(family);
    });

    it('passes its own linter', () => {
      const draft = draftOf(p);
      expect(lintGapExplanation(draft.text)).toEqual([]);
    });

    it(`stays within ${GAP_LINT_CONFIG.maxWords} words in one paragraph`, () => {
      const draft = draftOf(p);
      expect(draft.words).toBe(countWords(draft.text));
      expect(draft.words).toBeLessThanOrEqual(GAP_LINT_CONFIG.maxWords);
      expect(draft.text).not.toContain('\n');
    });

    it('is deterministic', () => {
      const draft = draftOf(p);
      expect(draftOf(p).text).toBe(draft.text);
    });

    it('cites the gap guides', () => {
      const draft = draftOf(p);
      expect(draft.sources).toContainEqual({ doc: 'explaining-red-flags', section: 'explaining-a-gap' });
      expect(draft.sources).toContainEqual({ doc: 'red-flags', section: 'training-gaps' });
    });
  });

  it('opens differently for each reason family', () => {
    const openings = FAMILY_CASES.filter(([name]) => !name.includes('rich')).map(
      ([, , p]) => draftOf(p).text.split('. ')[0],
    );
    expect(new Set(openings).size).toBe(openings.length);
  });

  it('builds the example profile draft from its own facts', () => {
    const d = draftOf(example(), { from: '2018-08', to: '2019-11' });
    expect(d.family).toBe('exam-prep');
    expect(d.text).toMatch(/^After graduating in Jul 2018, I spent 1 year 4 months preparing for Step 1\./);
    expect(d.text).toContain('I passed Step 1 in Nov 2019 on my second attempt');
    expect(d.text).toContain('Step 2 CK with a score of 247');
    // The step after the gap is optional: it gives way to how clinical knowledge was kept current and
    // what changed since the last cycle, which programs ask first (trial 19, finding 11).
    // The example's observership is undated: it may have come before the gap, so it is never claimed
    // as keeping knowledge current; the member is asked instead (session 36, round fix28).
    expect(d.text).not.toContain('by completing a US observership');
    expect(d.text).toContain('[Say how you kept your clinical knowledge current.]');
    expect(d.text).toContain('EHR data analyst for sepsis bundle dashboard');
    expect(lintGapExplanation(d.text)).toEqual([]);
  });

  it('explains the second example gap, which has no reason, with instructions instead of inventions', () => {
    const d = draftOf(example(), { from: '2022-07', to: '2023-03' });
    expect(d.family).toBe('other');
    expect(d.text).toContain(GAP_PLACEHOLDERS.otherReason);
    expect(d.text).toContain(GAP_PLACEHOLDERS.otherActivity);
    expect(d.text).toContain('In Apr 2023 I moved into informatics work (EHR data analyst, quality team).');
    // Every bracket left in the draft is counted, and the note gives that count.
    expect(d.placeholders).toBe(d.text.match(/\[[^\]]+\]/g)?.length);
    // Four since session 36: how knowledge was kept current is asked, not claimed from an undated
    // observership, and the bracket says to name it only if it came after the last patient care.
    expect(d.placeholders).toBe(4);
    expect(d.text).toContain('name your observership only if it came after that month');
    expect(d.notes[0]).toMatch(/^Fill the 4 \[bracketed\] parts/);
  });

  it("states the example's informatics outcome as a result and passes its own lint", () => {
    const d = draftOf(example(), { from: '2022-07', to: '2023-03' });
    expect(d.text).toContain(
      // The job is on the timeline from Apr 2023, after the gap: named as what came after it.
      'Since Apr 2023, my work as an EHR data analyst for sepsis bundle dashboard has a result I can show: time to antibiotics reported weekly.',
    );
    // The ask for a number is optional: it gives way to the currency and what-changed lines.
    expect(lintGapExplanation(d.text)).toEqual([]);
  });

  it('asks for a result when the informatics items have no outcome', () => {
    const d = draftOf(profile(null, { informatics: [{ kind: 'course', title: 'SQL for healthcare data' }] }));
    expect(d.text).toContain(GAP_PLACEHOLDERS.outcome);
    expect(lintGapExplanation(d.text)).toEqual([]);
  });

  it('asks for a result in an exam-prep gap with no pass, even though the method mentions practice scores', () => {
    const d = draftOf(profile({ activity: 'exam-prep' }));
    expect(d.text).toContain(GAP_PLACEHOLDERS.examMethod);
    expect(d.text).toContain(GAP_PLACEHOLDERS.outcome);
    expect(lintGapExplanation(d.text)).toEqual([]);
  });

  it('calls credential paperwork paperwork, not a visa', () => {
    const d = draftOf(profile({ note: 'waiting for ECFMG certification' }));
    expect(d.family).toBe('visa');
    expect(d.text).toMatch(/paperwork processing/);
    expect(d.text).not.toMatch(/\bvisa\b/i);
    // The words shown to the member (and the note) say paperwork too, not "visa or immigration".
    expect(d.familyWords).toMatch(/^credential paperwork/);
    expect(d.notes.join(' ')).not.toMatch(/visa or immigration/);
  });

  // A trial (session 13): a blank 14-month gap with Step 2 CK passed in its fourth month was drafted
  // as "1 year 2 months preparing full time for Step 2 CK", a claim a program director would catch.
  it('ends exam preparation read from the exams alone at the pass, and asks for the months after', () => {
    const d = draftOf(profile(null, { exams: [{ exam: 'step2ck', date: '2019-10', result: 'pass', score: 236 }] }));
    expect(d.family).toBe('exam-prep');
    expect(d.text).toMatch(/4 months preparing for Step 2 CK/);
    expect(d.text).toMatch(/\[Say what you did from Nov 2019 to Dec 2020\.\]/);
    expect(d.text).not.toMatch(/1 year \d+ months? preparing/);
  });

  it('keeps the whole gap as preparation when its last attempt was a failure (the member kept preparing)', () => {
    const d = draftOf(profile(null, { exams: [{ exam: 'step2ck', date: '2019-10', result: 'fail' }] }));
    expect(d.text).not.toMatch(/Say what you did from/);
  });

  it('still calls a visa wait a visa', () => {
    expect(draftOf(profile({ note: 'waiting for my J-1 visa' })).familyWords).toBe('visa or immigration');
  });

  it.each([
    [
      'a move with a spouse',
      'COVID, family, moved to the US with my husband in 2021 (H-4)',
      /after moving to the United States with my husband as a dependant \(H-4\)/,
    ],
    ['a relocation for a partner', 'relocated to Dubai for my wife’s job', /after moving to Dubai for my wife's work/],
    ['family named with no care in it', 'family reasons', /\[name it/],
    ['a wedding', 'got married, my parents arranged everything', /\[name it/],
  ])('does not invent caregiving from %s, and says only the reason the note gives', (_, note, said) => {
    const d = draftOf(profile({ activity: 'personal', note }));
    expect(d.text).not.toMatch(/caring for|care for|cared for/i);
    expect(d.text).toMatch(said);
  });

  it('says a move as the note gives it (where, with whom), and leaves a bare move to the member', () => {
    const d = draftOf(profile({ activity: 'personal', note: 'shifted to Canada with my family' }));
    expect(d.text).toMatch(
      /^From \w{3} \d{4} to \w{3} \d{4}, after moving to Canada with my family, I was away from clinical work\./,
    );
    const bare = draftOf(profile({ activity: 'personal', note: 'relocated' }));
    expect(bare.text).toContain(`I stepped away from medicine when I relocated ${GAP_PLACEHOLDERS.relocationReason}.`);
  });

  it.each([
    'looked after my grandmother after her fall and surgery',
    'my mother’s cancer treatment',
    'supporting my dad through dialysis',
    'carer for my disabled brother',
  ])('reads care given in "%s" as caregiving', (note) => {
    const d = draftOf(profile({ activity: 'personal', note }));
    expect(d.text).toMatch(/caring for a family member|care for a family member/);
  });

  it('does not turn a death in the family into caregiving', () => {
    const d = draftOf(profile({ activity: 'personal', note: 'my father passed away' }));
    expect(d.text).not.toMatch(/caring for|care for/);
    expect(d.text).toContain(GAP_PLACEHOLDERS.personalReason);
  });

  it('quotes member text on one line, without brackets or a doubled full stop', () => {
    const d = draftOf(
      profile(
        { activity: 'non-clinical-work', note: '  hotel   [night]\n manager. ' },
        { informatics: [{ kind: 'job', title: 'Data analyst.', outcome: 'fewer alerts.\n\nnurses happier' }] },
      ),
    );
    expect(d.text).toContain('(hotel (night) manager)');
    expect(d.text).toContain('My work as a data analyst has a result I can show: fewer alerts. nurses happier.');
    expect(d.text).not.toMatch(/\n| {2}|\.\./);
    expect(lintGapExplanation(d.text)).toEqual([]);
  });

  it('writes bracketed instructions, not invented facts, when the profile holds none', () => {
    const d = draftOf(profile(null));
    expect(d.text).toContain(GAP_PLACEHOLDERS.outcome);
    expect(d.text).toContain(GAP_PLACEHOLDERS.link);
    expect(d.text).not.toMatch(/course "|certificate "|scored|score of/);
    expect(d.notes.join(' ')).toMatch(/no entry for 1 year 6 months/);
  });

  it('uses an informatics outcome as the checkable result and another item as the link', () => {
    const d = draftOf(profile({ activity: 'non-clinical-work' }, { informatics: RICH_INFORMATICS }));
    expect(d.text).toContain(
      'My project "Discharge summary template redesign" has a result I can show: reduced missing follow-up dates by 30%.',
    );
    expect(d.text).toContain('the certificate "Epic Ambulatory proficiency"');
    expect(d.text).not.toContain(GAP_PLACEHOLDERS.outcome);
  });

  it('never quotes a note that blames others', () => {
    const d = draftOf(profile({ activity: 'non-clinical-work', note: 'sales job because the program was unfair' }));
    expect(d.text).not.toContain('unfair');
    expect(lintGapExplanation(d.text)).toEqual([]);
  });

  it.each([
    ['visa', { note: 'visa paperwork delayed word1 word2 word3 word4 word5 word6' }],
    ['personal', { activity: 'personal', note: 'caring for my father word1 word2 word3 word4 word5' }],
    ['exam-prep', { activity: 'exam-prep', note: 'word0 word1 word2 word3 word4 word5 word6 word7 word8 word9' }],
    [
      'non-clinical-work',
      { activity: 'non-clinical-work', note: 'salary job word1 word2 word3 word4 word5 word6 word7' },
    ],
    ['other', {}],
  ] as const)('keeps a %s draft within the word limit with the longest notes and titles allowed', (family, entry) => {
    const long = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const p = profile(entry as Partial<TimelineEntry>, {
      informatics: [
        { kind: 'project', title: long(40), outcome: `reduced errors by 20% ${long(60)}` },
        { kind: 'course', title: long(40) },
      ],
      exams: [
        { exam: 'step1', date: '2019-09', result: 'fail' },
        { exam: 'step1', date: '2020-03', result: 'pass', score: 230 },
        { exam: 'step2ck', date: '2020-10', result: 'pass', score: 250 },
      ],
    });
    const d = draftOf(p);
    expect(d.family).toBe(family === 'other' ? 'exam-prep' : family); // exams in an unlabelled gap read as exam-prep
    expect(d.words).toBeLessThanOrEqual(GAP_LINT_CONFIG.maxWords);
    expect(lintGapExplanation(d.text)).toEqual([]);
  });

  it('describes an ongoing gap in the present tense', () => {
    const p: Profile = {
      version: 1,
      medSchool: { country: 'India', graduated: '2019-06' },
      timeline: [
        { from: '2019-07', to: '2024-12', activity: 'clinical' },
        { from: '2025-01', to: 'present', activity: 'none', note: 'waiting for H-1B visa' },
      ],
    };
    const d = draftOf(p);
    expect(d.text).toMatch(/^Visa processing has kept me out of clinical training since Jan 2025\./);
    expect(lintGapExplanation(d.text)).toEqual([]);
  });
});

describe('composeGapDraft: dates and quotes that match the profile', () => {
  /** Graduated Dec 2016, nothing listed until a non-clinical job from Mar 2024 to now. */
  const lateJob = (): Profile => ({
    version: 1,
    medSchool: { country: 'Egypt', graduated: '2016-12' },
    timeline: [{ from: '2024-03', to: 'present', activity: 'non-clinical-work', note: 'pharma sales' }],
  });

  it('dates a job begun in 2024 from 2024, not from the start of the gap, and asks about the months before', () => {
    const d = composeGapDraft(lateJob(), selectGap(lateJob(), TODAY, {}).gap, TODAY);
    expect(d.family).toBe('non-clinical-work');
    expect(d.text).toMatch(/since Mar 2024/i);
    expect(d.text).not.toMatch(/since Jan 2017/i);
    expect(d.text).toMatch(/^\[Say what you did from Jan 2017 to Feb 2024\.\]/);
    expect(lintGapExplanation(d.text)).toEqual([]);
  });

  it('tells exam preparation just before the gap as what came before, with its own months, and drafts for the blank year alone', () => {
    const p: Profile = {
      version: 1,
      medSchool: { country: 'India', graduated: '2019-06' },
      timeline: [
        { from: '2019-07', to: '2020-06', activity: 'exam-prep', note: 'USMLE preparation' },
        { from: '2021-07', to: 'present', activity: 'clinical' },
      ],
    };
    const d = draftOf(p);
    // The preparation is told as what came before, in its own months; "full time" only when the note says so.
    expect(d.text).toMatch(/^From Jul 2019 to Jun 2020 I prepared for the USMLE\b/);
    expect(d.text).not.toMatch(/full time/);
    expect(d.text).toMatch(/From Jul 2020 to Jun 2021/);
    expect(d.text).not.toMatch(/2 years preparing/);
  });

  it('quotes a long outcome by its whole first sentence, never cut mid-sentence', () => {
    const p = profile(
      { activity: 'non-clinical-work' },
      {
        informatics: [
          {
            kind: 'project',
            title: 'Sepsis dashboard',
            outcome:
              'Time to antibiotics fell by 25 minutes. The quality committee then adopted the dashboard for every medical ward in the hospital and asked me to train the charge nurses on it.',
          },
        ],
      },
    );
    const d = draftOf(p);
    expect(d.text).toContain('has a result I can show: Time to antibiotics fell by 25 minutes.');
    expect(d.text).not.toMatch(/…/);
  });

  it('does not quote an outcome whose only sentence is too long, and says how to shorten it', () => {
    const runOn =
      'the dashboard that I designed with the quality team and the nurses on the night shift was adopted across every medical ward in the hospital within six months';
    const p = profile(
      { activity: 'non-clinical-work' },
      { informatics: [{ kind: 'project', title: 'Sepsis dashboard', outcome: runOn }] },
    );
    const d = draftOf(p);
    expect(d.text).not.toContain('the dashboard that I designed');
    expect(d.text).not.toMatch(/…/);
    expect(d.text).toContain(GAP_PLACEHOLDERS.outcome);
    expect(d.notes.join(' ')).toMatch(/outcome of "Sepsis dashboard" is too long to quote whole/);
  });
});

describe('member text reads naturally inside the advisor’s sentences (rules review)', () => {
  it('gives a job title an article and mid-sentence case, keeps product names, and drops a trailing ", 0.2 FTE"', () => {
    const job = (title: string) => itemPhrase({ kind: 'job', title });
    expect(job('Clinical data abstractor for the sepsis registry')).toBe(
      'my work as a clinical data abstractor for the sepsis registry',
    );
    expect(job('Epic ambulatory analyst trainee')).toBe('my work as an Epic ambulatory analyst trainee');
    expect(job('Epic physician champion, 0.2 FTE')).toBe('my work as an Epic physician champion');
    expect(job('EHR data analyst')).toBe('my work as an EHR data analyst');
    expect(job('Sunbelt Health analyst')).toBe('my work as a Sunbelt Health analyst');
    // A comma inside brackets belongs to the title: the bracket is never left open.
    expect(job('clinical data analyst (Epic Clarity, SQL)')).toBe(
      'my work as a clinical data analyst (Epic Clarity, SQL)',
    );
    expect(job('nurse informaticist [Cerner, Oracle Health], night shifts')).toBe(
      'my work as a nurse informaticist (Cerner, Oracle Health)',
    );
  });

  it('keeps a product name capitalised when quoting a timeline note', () => {
    expect(quotableNote('Epic ambulatory analyst trainee, Sunbelt Health')).toBe(
      'Epic ambulatory analyst trainee, Sunbelt Health',
    );
    expect(quotableNote('Medical scribe, emergency department')).toBe('medical scribe, emergency department');
  });
});

describe('gap reasons read from the member’s own words (rules review)', () => {
  const gapProfile = (note: string): Profile => ({
    version: 1,
    target: 'ci-fellowship',
    medSchool: { country: 'Syria', graduated: '2011-06' },
    timeline: [
      { from: '2011-07', to: '2015-07', activity: 'clinical', note: 'neurology residency, Damascus' },
      { from: '2015-08', to: '2018-01', activity: 'none', note },
      { from: '2018-02', to: 'present', activity: 'research', note: 'stroke registry coordinator' },
    ],
    informatics: [
      { kind: 'project', title: 'Stroke alert dashboard', outcome: 'median door-to-needle fell by 12 minutes' },
    ],
  });

  it('drafts a displacement as such, not as a vague personal reason or a visa delay', () => {
    const p = gapProfile('left Syria; refugee in Turkey, resettled in the US in late 2017');
    const d = composeGapDraft(p, selectGap(p, '2025-06-20').gap, '2025-06-20');
    expect(d.family).toBe('personal');
    expect(d.text).toMatch(
      /^From Aug 2015 to Jan 2018 I was displaced from my home country and could not practise medicine\./,
    );
    expect(d.text).not.toMatch(/visa delay|personal reason|Coming back/);
  });

  it.each([
    'caring for my mother during her chemotherapy',
    'looked after my father after his stroke',
    'waiting for my visa, administrative processing for 2 years',
  ])('claims no motive the member never gave when linking "%s" to informatics', (note) => {
    const p = gapProfile(note);
    const d = composeGapDraft(p, selectGap(p, '2025-06-20').gap, '2025-06-20');
    expect(d.text).not.toMatch(/sharpened my interest|family's side|made me think about|slow administrative process/);
    expect(d.text).toMatch(/I have pursued clinical informatics through|\[Connect this period to clinical informatics/);
  });

  it('reads "stayed home with our first child" as a new child, not caring for a sick relative', () => {
    const p = gapProfile('moved to the US with my husband; stayed home with our first child');
    const d = composeGapDraft(p, selectGap(p, '2025-06-20').gap, '2025-06-20');
    expect(d.text).not.toMatch(/care for a family member|family's side/);
    // No leave is named (a leave is from a job) and a move shared the months: the child is told
    // as part of them, the move left for the member to say.
    expect(d.text).not.toMatch(/parental leave/);
    expect(d.text).toMatch(/for part of that time I cared for my child\./);
  });
});

describe('gap draft: exams and the job in their order', () => {
  it('tells exams passed in the preparation before the gap in date order, never "outside work"', () => {
    const p: Profile = {
      version: 1,
      target: 'residency-informatics-track',
      medSchool: { country: 'Nigeria', graduated: '2017-11' },
      exams: [
        { exam: 'step2ck', date: '2019-06', result: 'fail' },
        { exam: 'step2ck', date: '2020-03', result: 'pass', score: 228 },
      ],
      timeline: [
        { from: '2017-12', to: '2018-11', activity: 'clinical' },
        { from: '2018-12', to: '2020-03', activity: 'exam-prep' },
        { from: '2020-04', to: '2022-03', activity: 'personal', note: 'caring for my mother' },
        { from: '2022-04', to: 'present', activity: 'non-clinical-work', note: 'implementation analyst' },
      ],
    };
    const text = draftOf(p).text;
    expect(text).toMatch(/Since Apr 2022 I have worked outside clinical medicine/);
    // The short form is used when the paragraph also carries the currency line (trial 19).
    expect(text).toMatch(
      /^From Dec 2018 to Mar 2020 I prepared for (?:Step 2 CK, and passed Step 2 CK with a score of 228 in Mar 2020 on my second attempt|and passed Step 2 CK)\./,
    );
    expect(text).not.toMatch(/Outside work I studied/);
  });
});

describe('composeGapDraft: what came next, and what it does not know', () => {
  const neet = (): Profile => ({
    version: 1,
    // Sixteen months of preparation: a shorter stretch of only exam preparation is no gap at all.
    medSchool: { country: 'India', graduated: '2014-12' },
    timeline: [
      { from: '2015-01', to: '2016-04', activity: 'exam-prep', note: 'prepared for NEET PG entrance exam for MD' },
      { from: '2019-06', to: 'present', activity: 'clinical', note: 'Consultant anaesthesiologist, Pune' },
    ],
    residencies: [
      {
        country: 'India',
        specialty: 'Anaesthesia',
        from: '2016-05',
        to: '2019-05',
        completed: true,
        accreditation: 'other',
      },
    ],
    informatics: RICH_INFORMATICS,
  });

  it('says the member began the residency that ended the gap, not that they "returned to clinical work"', () => {
    const d = draftOf(neet());
    expect(d.text).toContain('In May 2016 I began my anaesthesia residency in India.');
    expect(d.text).not.toMatch(/returned to clinical work/);
  });

  it('keeps "returned to clinical work" for clinical work that is not a residency starting then', () => {
    expect(draftOf(profile({ activity: 'exam-prep' })).text).not.toMatch(/began my .* residency/);
  });

  it('calls exams the profile does not name "my exams", not "licensing exams" (an entrance exam is not one)', () => {
    const d = draftOf(neet());
    expect(d.text).toMatch(/preparing for my exams\./);
    expect(d.text).not.toMatch(/licensing/);
  });

  it('says the profile records no dates for informatics items, without implying the member left them out', () => {
    expect(draftOf(neet()).notes).toContain(
      'Your profile does not record when your informatics items took place, so the draft does not place them in the gap. If one did, say so: it turns the gap into career development.',
    );
  });

  it('names what the timeline lists for months the reason does not cover, instead of asking as if they were blank', () => {
    const p: Profile = {
      version: 1,
      medSchool: { country: 'Syria', graduated: '2008-07' },
      timeline: [
        { from: '2008-08', to: '2015-10', activity: 'clinical', note: 'General surgeon, Damascus' },
        { from: '2015-11', to: '2017-12', activity: 'personal', note: 'Resettled in the US with my family' },
        { from: '2018-01', to: '2019-06', activity: 'exam-prep', note: 'USMLE' },
        {
          from: '2019-07',
          to: '2023-11',
          activity: 'non-clinical-work',
          note: 'Clinical research coordinator, Houston',
        },
        { from: '2023-12', to: 'present', activity: 'informatics', note: 'Clinical data analyst' },
      ],
    };
    // The research-coordinator job is research, not part of the gap (derived.ts isProductive): the
    // gap is Nov 2015 – Jun 2019, read as displacement and then exam preparation.
    const d = draftOf(p);
    expect(d.text).toMatch(/^From Nov 2015 to Dec 2017 I was displaced from my home country/);
    // Exam preparation is told as what it was, in the member's terms, not asked for as a blank.
    expect(d.text).toContain('From Jan 2018 to Jun 2019 I prepared for the USMLE.');
    expect(d.text).not.toMatch(/\[Say what you did from Jan 2018/);
  });

  it('says a gap before an accepted residency needs little for a fellowship, as the red-flag report does', () => {
    const resident = (target: Profile['target']): Profile => ({
      version: 1,
      target,
      medSchool: { country: 'Philippines', graduated: '2019-06' },
      timeline: [
        { from: '2019-07', to: '2024-04', activity: 'clinical' },
        { from: '2024-05', to: '2025-06', activity: 'personal', note: 'Cared for my father after his stroke' },
      ],
      residencies: [
        {
          country: 'USA',
          specialty: 'Internal Medicine',
          from: '2025-07',
          to: 'present',
          completed: false,
          accreditation: 'acgme',
        },
      ],
    });
    const note =
      /^This gap ended before your Internal Medicine residency, which now speaks for you: for a fellowship, a dated ERAS entry and a sentence if asked are usually enough\./;
    expect(draftOf(resident('ci-fellowship')).notes).toContainEqual(expect.stringMatching(note));
    expect(draftOf(resident('residency-informatics-track')).notes).not.toContainEqual(expect.stringMatching(note));
  });
});

describe('the months of a gap outside its reason', () => {
  it('name only what the gap is made of, not a job that hands over in its first month', () => {
    const p: Profile = {
      ...example(),
      timeline: [
        { from: '2019-01', to: '2022-12', activity: 'clinical', note: 'medical officer, Accra' },
        { from: '2022-12', to: '2023-09', activity: 'exam-prep', note: 'USMLE preparation' },
        { from: '2023-10', to: '2024-09', activity: 'personal', note: 'caring for my father' },
        { from: '2024-10', to: 'present', activity: 'research', note: 'research assistant' },
      ],
    };
    const text = draftOf(p).text;
    expect(text).toMatch(/^From Dec 2022 to Sep 2023 I prepared for the USMLE\./);
    expect(text).not.toMatch(/lists clinical work|clinical work \(medical officer/i);
  });
});
