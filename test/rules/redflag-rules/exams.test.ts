/**
 * exam-failure and low-score, branch by branch: which attempts count, what "a clear improvement"
 * is measured from, and the facts, actions and sources each case gives the member.
 */
import { describe, expect, it } from 'vitest';
import type { ExamAttempt, Profile } from '../../../src/core/profile/schema.js';
import {
  clearImprovementAfter,
  describeExam,
  examFailureRule,
  isClearlyStrong,
  lowScoreRule,
} from '../../../src/rules/redflag-rules/exams.js';
import { TODAY, clean, edit, theFlag } from './fixtures.js';

const withExams = (exams: ExamAttempt[]) => edit((p) => (p.exams = exams));
const fail = (exam: ExamAttempt['exam'], date: string): ExamAttempt => ({ exam, date, result: 'fail' });
const pass = (exam: ExamAttempt['exam'], date: string, score?: number): ExamAttempt => ({
  exam,
  date,
  result: 'pass',
  ...(score !== undefined ? { score } : {}),
});

const EXAM_SOURCES = [
  { doc: 'red-flags', section: 'exam-failures' },
  { doc: 'explaining-red-flags', section: 'explaining-an-exam-failure' },
  { doc: 'explaining-red-flags', section: 'red-flags-in-the-interview' },
  { doc: 'letters', section: 'letters-and-red-flags' },
];

describe('isClearlyStrong', () => {
  it('needs a pass with a score at or above the floor plus the margin, on an exam that has a floor', () => {
    expect(isClearlyStrong(pass('step2ck', '2020-01', 240))).toBe(true);
    expect(isClearlyStrong(pass('step2ck', '2020-01', 239))).toBe(false);
    expect(isClearlyStrong(pass('step3', '2020-01', 220))).toBe(true);
    expect(isClearlyStrong(pass('step3', '2020-01', 219))).toBe(false);
    expect(isClearlyStrong({ ...fail('step2ck', '2020-01'), score: 260 })).toBe(false);
    expect(isClearlyStrong(pass('step2ck', '2020-01'))).toBe(false);
    expect(isClearlyStrong(pass('comlex2', '2020-01', 700))).toBe(false);
  });
});

describe('clearImprovementAfter', () => {
  it('takes the first strong pass of a different exam strictly after the month', () => {
    const p = withExams([
      pass('step2ck', '2020-05', 250),
      pass('step3', '2021-05', 230),
      pass('step1', '2022-01', 240),
    ]);
    expect(clearImprovementAfter(p, 'step1', '2020-04')).toEqual(pass('step2ck', '2020-05', 250));
    expect(clearImprovementAfter(p, 'step1', '2020-05')).toEqual(pass('step3', '2021-05', 230));
    expect(clearImprovementAfter(p, 'step2ck', '2020-04')).toEqual(pass('step3', '2021-05', 230));
    expect(clearImprovementAfter(p, 'step3', '2021-06')).toEqual(pass('step1', '2022-01', 240));
    // A strong result of the same exam is not a different exam; nothing after the last month.
    expect(clearImprovementAfter(p, 'step1', '2021-06')).toBeUndefined();
    expect(clearImprovementAfter(p, 'step2ck', '2022-01')).toBeUndefined();
  });
});

describe('describeExam', () => {
  it('lists one exam’s attempts in order, with scores where given', () => {
    expect(
      describeExam({
        exam: 'step2ck',
        attempts: [fail('step2ck', '2020-05'), pass('step2ck', '2020-11', 250)],
        failures: 1,
        passed: true,
      }),
    ).toBe('Step 2 CK: failed May 2020, passed Nov 2020 (score 250)');
  });
});

describe('examFailureRule', () => {
  it('says exams were not given, and flags nothing, when the list is missing; an empty list or only passes is fine', () => {
    expect(
      examFailureRule(
        edit((p) => delete p.exams),
        TODAY,
      ),
    ).toEqual({
      flags: [],
      notGiven: ['exams not given — exam failures and low scores could not be checked'],
    });
    expect(examFailureRule(withExams([]), TODAY)).toEqual({ flags: [], notGiven: [] });
    expect(examFailureRule(clean(), TODAY)).toEqual({ flags: [], notGiven: [] });
  });

  it('one failure passed later, no strong later exam: medium, with the reason, the paragraph to write and the trend to build', () => {
    const f = theFlag(examFailureRule(withExams([fail('step1', '2019-06'), pass('step1', '2019-11')]), TODAY));
    expect(f).toMatchObject({ id: 'exam-failure', severity: 'medium', sources: EXAM_SOURCES });
    expect(f.title).toBe('Exam failure: Step 1 (1 failed attempt, later passed)');
    expect(f.why).toBe(
      'Step 1: failed Jun 2019, passed Nov 2019. Step 1 was failed once and passed on the retake in Nov 2019. No later, different exam has been passed since, and a retake of the same exam does not erase the failure. Score cut-offs are program-specific; these are the lines this advisor uses.',
    );
    expect(f.actions).toEqual([
      expect.stringMatching(
        /^Write one short paragraph on the Step 1 failure: the reason as context \(not an excuse\), what you changed .*\(passed Nov 2019\) and what it taught you .*informatics\.$/,
      ),
      expect.stringMatching(
        /^Build an upward trend programs can check: a strong score on Step 2 CK, Step 3 or an in-training exam/,
      ),
      expect.stringMatching(/^Show analytical ability with informatics work that has a result/),
      expect.stringMatching(/^Rehearse a one-minute spoken answer: .* Never blame the exam or anyone else\.$/),
    ]);
  });

  it('one failure and a strong later exam: low, and the trend goes up front', () => {
    const f = theFlag(
      examFailureRule(
        withExams([fail('step1', '2019-06'), pass('step1', '2019-11'), pass('step2ck', '2020-06', 245)]),
        TODAY,
      ),
    );
    expect(f.severity).toBe('low');
    expect(f.why).toBe(
      'Step 1: failed Jun 2019, passed Nov 2019; Step 2 CK: passed Jun 2020 (score 245). Step 1 was failed once and passed on the retake in Nov 2019. Step 2 CK 245 (Jun 2020), 5 points over the 240 that reads as clearly strong: a later, different exam passed well, which softens the failure. Score cut-offs are program-specific; these are the lines this advisor uses.',
    );
    expect(f.actions[0]).toContain('(passed Nov 2019)');
    expect(f.actions[1]).toBe(
      'Put your trend up front: Step 2 CK 245 in Jun 2020 is the evidence programs look for, so mention it right after the failure.',
    );
    // The example member is in a residency: the in-training exam continues the trend.
    expect(f.actions[2]).toMatch(/^You are in residency now: good in-training exam results/);
    expect(f.actions).toHaveLength(5);
  });

  it('tells a resident with a strong later exam that in-training exam results and evaluations extend the trend', () => {
    const resident = {
      ...withExams([fail('step2ck', '2021-03'), pass('step2ck', '2021-10', 241), pass('step3', '2025-11', 222)]),
      residencies: [
        {
          country: 'United States',
          specialty: 'internal medicine',
          from: '2025-07',
          to: 'present' as const,
          completed: false,
          accreditation: 'acgme' as const,
        },
      ],
    };
    const f = theFlag(examFailureRule(resident, TODAY));
    expect(f.severity).toBe('low');
    expect(f.actions).toContain(
      'You are in residency now: good in-training exam results and strong evaluations extend that trend, so name them too (they are newer than any Step score).',
    );
    // Without a residency in progress the list is as before.
    const applicant = theFlag(examFailureRule({ ...resident, residencies: [] }, TODAY));
    expect(applicant.actions.some((a) => a.includes('in-training'))).toBe(false);
  });

  it('measures the improvement from the failure, not from the later pass', () => {
    // Step 2 CK 245 came after the failure but before the Step 1 pass: it still shows the trend.
    const f = theFlag(
      examFailureRule(
        withExams([fail('step1', '2019-06'), pass('step2ck', '2019-09', 245), pass('step1', '2019-11')]),
        TODAY,
      ),
    );
    expect(f.severity).toBe('low');
    expect(f.why).toContain('Step 2 CK 245 (Sep 2019), 5 points over the 240 that reads as clearly strong: a later');
  });

  it('quotes the score of the passing retake in the paragraph to write', () => {
    const f = theFlag(examFailureRule(withExams([fail('step2ck', '2020-05'), pass('step2ck', '2020-11', 232)]), TODAY));
    expect(f.actions[0]).toContain('(passed Nov 2020 with 232)');
    expect(f.title).toBe('Exam failure: Step 2 CK (1 failed attempt, later passed)');
  });

  it('two failed attempts across exams, both passed: high, one paragraph per exam, no improvement claimed', () => {
    const f = theFlag(
      examFailureRule(
        withExams([
          fail('step1', '2019-06'),
          pass('step1', '2019-11'),
          fail('step2ck', '2020-05'),
          pass('step2ck', '2020-11', 250),
        ]),
        TODAY,
      ),
    );
    expect(f.severity).toBe('high');
    expect(f.title).toBe(
      'Exam failure: Step 1 (1 failed attempt, later passed) and Step 2 CK (1 failed attempt, later passed)',
    );
    expect(f.why).toMatch(
      /\. 2 failed attempts in total\. Step 1 was failed once and passed on the retake in Nov 2019\. Step 2 CK was failed once and passed on the retake in Nov 2020 with 250, 10 points over the 240 that reads as clearly strong\.$/,
    );
    expect(f.actions.slice(0, 3)).toEqual([
      expect.stringContaining('on the Step 1 failure'),
      expect.stringContaining('on the Step 2 CK failure'),
      expect.stringMatching(/^Build an upward trend/),
    ]);
  });

  it('an exam never passed: high, names it, and puts passing it first', () => {
    const f = theFlag(examFailureRule(withExams([fail('step3', '2025-02'), fail('step3', '2025-08')]), TODAY));
    expect(f.severity).toBe('high');
    expect(f.title).toBe('Exam failure: Step 3 (2 failed attempts, not passed yet)');
    expect(f.why).toBe('Step 3: failed Feb 2025, failed Aug 2025. 2 failed attempts in total, Step 3 not passed yet.');
    expect(f.actions[0]).toBe(
      'Make passing Step 3 your first priority, with a structured plan (review course, tutor or mentor, question-based schedule): an exam not yet passed raises doubts about board eligibility.',
    );
    expect(f.actions.some((a) => a.startsWith('Write one short paragraph'))).toBe(false);
  });

  it('a single failure not passed yet is high too', () => {
    const f = theFlag(examFailureRule(withExams([pass('step1', '2019-01'), fail('step2ck', '2025-02')]), TODAY));
    expect(f.severity).toBe('high');
    expect(f.why).toMatch(/1 failed attempt in total, Step 2 CK not passed yet\.$/);
  });
});

describe('lowScoreRule', () => {
  const LOW_SOURCES = [
    { doc: 'red-flags', section: 'low-scores' },
    { doc: 'explaining-red-flags', section: 'research-to-offset-scores' },
    { doc: 'explaining-red-flags', section: 'technical-credibility' },
    { doc: 'letters', section: 'letters-and-red-flags' },
  ];
  const REST = [
    expect.stringMatching(
      /^Join informatics or digital health research with a named role .* state your part in ERAS\.$/,
    ),
    expect.stringMatching(/^Make technical literacy visible: a short SQL, R or Python course plus a small project/),
    expect.stringMatching(/^Ask an informatics leader or research mentor .* analytical skills in a letter\.$/),
  ];

  it('says exams were not given when the list is missing', () => {
    expect(lowScoreRule(edit((p) => delete p.exams)).notGiven).toEqual([
      'exams not given — exam failures and low scores could not be checked',
    ]);
  });

  it('a low Step 2 CK with Step 3 still ahead: medium, with the Step 3 score that would count as strong', () => {
    const f = theFlag(lowScoreRule(withExams([pass('step1', '2019-06'), pass('step2ck', '2021-08', 215)])));
    expect(f).toMatchObject({ id: 'low-score', severity: 'medium', sources: LOW_SOURCES });
    expect(f.title).toBe('Low passing score: Step 2 CK 215');
    expect(f.why).toBe(
      'Step 2 CK 215 (Aug 2021) is 5 points below 220, the level this advisor treats as low (programs set their own cut-offs).',
    );
    expect(f.actions).toEqual([
      'Use Step 3 to show a rising trend: 220 or more would count as clearly strong here and answers the low Step 2 CK.',
      ...REST,
    ]);
  });

  it('skips an exam already passed when naming the next one', () => {
    const f = theFlag(lowScoreRule(withExams([pass('step1', '2019-06', 205), pass('step2ck', '2021-08', 225)])));
    expect(f.actions[0]).toMatch(/^Use Step 3 to show a rising trend: 220 or more .* the low Step 1\.$/);
  });

  it('names a next exam that was taken but not passed', () => {
    const r = lowScoreRule(withExams([pass('step1', '2019-06', 205), fail('step2ck', '2021-08')]));
    expect(r.notGiven).toEqual([]);
    expect(theFlag(r).actions[0]).toContain('Use Step 2 CK to show a rising trend: 240 or more');
  });

  it('a low Step 1 with Step 2 CK not taken: names Step 2 CK and its strong score', () => {
    const f = theFlag(lowScoreRule(withExams([pass('step1', '2019-06', 205)])));
    expect(f.actions[0]).toContain('Use Step 2 CK to show a rising trend: 240 or more');
  });

  it('a low Step 3 with nothing after it: another way to show the trend', () => {
    const f = theFlag(lowScoreRule(withExams([...clean().exams!, pass('step3', '2023-03', 195)])));
    expect(f.actions).toEqual([
      'Show a rising trend another way, for example strong in-training exam results.',
      ...REST,
    ]);
  });

  it('a strong later exam: low, named in the facts and in the first action', () => {
    const f = theFlag(lowScoreRule(withExams([pass('step1', '2019-06', 205), pass('step2ck', '2020-06', 245)])));
    expect(f.severity).toBe('low');
    expect(f.why).toBe(
      'Step 1 205 (Jun 2019) is 5 points below 210, the level this advisor treats as low (programs set their own cut-offs). Your later Step 2 CK 245 (Jun 2020) is clearly stronger.',
    );
    expect(f.actions[0]).toBe(
      'Point to your trend: Step 2 CK 245 shows the Step 1 205 was not your ceiling; say so once and move on.',
    );
  });

  it('lists every low score, oldest first, and judges the trend from the latest', () => {
    const f = theFlag(
      lowScoreRule(
        withExams([pass('step2ck', '2021-08', 215), pass('step1', '2019-06', 205), pass('step3', '2022-09', 230)]),
      ),
    );
    expect(f.title).toBe('Low passing score: Step 1 205 and Step 2 CK 215');
    expect(f.why).toMatch(
      /^Step 1 205 \(Jun 2019\) is 5 points below 210, .*; Step 2 CK 215 \(Aug 2021\) is 5 points below 220, /,
    );
    expect(f.severity).toBe('low'); // Step 3 230 after the latest low score (Step 2 CK)
    expect(f.why).toContain('Your later Step 3 230 (Sep 2022) is clearly stronger.');
  });

  it('does not count a strong exam before the latest low score as improvement', () => {
    const f = theFlag(lowScoreRule(withExams([pass('step2ck', '2019-06', 250), pass('step3', '2021-08', 195)])));
    expect(f.severity).toBe('medium');
  });
});

describe('lowScoreRule: the scores that clear their floor beside a low one', () => {
  it('says which scores are at or above their floor even when another is flagged low', () => {
    const r = lowScoreRule(
      withExams([pass('step1', '2017-06', 208), pass('step2ck', '2018-05', 236), pass('step3', '2025-08', 201)]),
    );
    expect(r.flags.map((f) => f.id)).toEqual(['low-score']);
    expect(r.flags[0]!.title).toContain('Step 1 208');
    expect(r.passed).toEqual([
      'Scores: Step 2 CK 236 (floor 220) and Step 3 201 (floor 200): each at or above the floor this advisor uses.',
    ]);
  });

  it('says nothing as checked when every scored exam is below its floor', () => {
    const r = lowScoreRule(withExams([pass('step2ck', '2021-05', 212), pass('step3', '2023-01', 195)]));
    expect(r.flags).toHaveLength(1);
    expect(r.passed).toBeUndefined();
  });
});

describe('examFailureRule: OET and where the trend can come from', () => {
  const flagOf = (exams: ExamAttempt[], change: (p: Profile) => void = () => {}) =>
    theFlag(
      examFailureRule(
        edit((p) => {
          p.exams = exams;
          delete p.residencies;
          change(p);
        }),
        TODAY,
      ),
    );

  it('an OET attempt failed before a pass: low, a calm sentence or two, ECFMG sources', () => {
    const f = flagOf([
      pass('step1', '2019-01'),
      pass('step2ck', '2019-08', 240),
      fail('oet', '2020-01'),
      pass('oet', '2020-05'),
    ]);
    expect(f.severity).toBe('low');
    expect(f.actions).toEqual([
      'If an interviewer asks about the OET attempt, one or two calm sentences are enough: what you changed in your preparation, and that you then met ECFMG’s requirement.',
      'Let your English show where programs judge it: a clear personal statement, well-written ERAS entries and fluent, structured interview answers.',
    ]);
    expect(f.sources).toEqual([
      { doc: 'red-flags', section: 'low-scores' },
      { doc: 'ci-pathway', section: 'ecfmg-certification' },
    ]);
  });

  it('the trend can still come from exams not passed yet: a failed later attempt is not a pass', () => {
    const f = flagOf([fail('step1', '2019-06'), pass('step1', '2019-11'), fail('step2ck', '2020-06')]);
    expect(f.actions).toContain(
      'Build an upward trend programs can check: a strong score on Step 2 CK or Step 3 would show the failures were not your ceiling.',
    );
  });

  it('nothing left to come: points to the passes that followed the last failure, OET and earlier ones left out', () => {
    const f = flagOf([
      pass('step1', '2018-01'),
      fail('step2ck', '2019-06'),
      pass('oet', '2019-08'),
      pass('step3', '2019-09', 210),
      pass('step2ck', '2019-11', 230),
    ]);
    expect(f.actions).toContain(
      'Point to what followed: Step 3 210 (Sep 2019) and your training since, so the failure reads as a single event.',
    );
  });

  it('nothing left to come and nothing after it: the general advice', () => {
    const f = flagOf([
      pass('step1', '2018-01'),
      pass('step2ck', '2018-09'),
      fail('step3', '2019-06'),
      pass('step3', '2019-11'),
    ]);
    expect(f.actions).toContain(
      'Point to what followed the failure that programs can check (strong evaluations, your clinical and informatics work since) so it reads as a single event; the retake alone does not show that.',
    );
  });
});

describe('exam-failure tells each failure precisely: exam, attempt, later score against the lines', () => {
  const why = (exams: ExamAttempt[]) => theFlag(examFailureRule(withExams(exams), TODAY)).why;

  it('a retake of the same exam is measured but never said to soften the failure', () => {
    const text = why([
      pass('step1', '2016-05'),
      pass('step2ck', '2017-01', 229),
      fail('step3', '2023-04'),
      pass('step3', '2023-10', 203),
    ]);
    expect(text).toContain(
      'Step 3 was failed once and passed on the retake in Oct 2023 with 203, 3 points over its 200 floor but 17 points under the 220 that reads as clearly strong.',
    );
    expect(text).toContain('a retake of the same exam does not erase the failure');
    expect(text).not.toMatch(/softens the failure\b(?! so far)/);
  });

  it('a later, different exam just under the clearly-strong line is measured and does not soften', () => {
    const text = why([fail('step2ck', '2020-02'), pass('step2ck', '2020-07', 212), pass('step3', '2022-03', 219)]);
    expect(text).toContain('passed on the retake in Jul 2020 with 212, 8 points under the 220 many programs screen at');
    expect(text).toContain(
      'Later, different exam: Step 3 219 (Mar 2022), 19 points over its 200 floor but 1 point under the 220',
    );
    expect(text).toContain(
      'It is not clearly strong yet, so the flag stays as it is, but it is a pass since the failure',
    );
    expect(text).toContain('point to it as progress when you explain it');
    expect(text).toContain('program-specific');
  });

  it('a later, different exam well over its line is what softens the failure', () => {
    const text = why([fail('step1', '2019-03'), pass('step1', '2019-08'), pass('step2ck', '2020-04', 252)]);
    expect(text).toContain(
      'Step 2 CK 252 (Apr 2020), 12 points over the 240 that reads as clearly strong: a later, different exam passed well, which softens the failure.',
    );
  });

  it('names every exam the heading counts: an OET attempt beside a counted failure is told, and why it weighs little', () => {
    const f = theFlag(
      examFailureRule(
        withExams([
          fail('oet', '2021-01'),
          pass('oet', '2021-05'),
          fail('step2ck', '2021-09'),
          pass('step2ck', '2022-02', 231),
        ]),
        TODAY,
      ),
    );
    expect(f.title).toBe(
      'Exam failure: OET (1 failed attempt, later passed) and Step 2 CK (1 failed attempt, later passed)',
    );
    expect(f.why).toContain('Step 2 CK was failed once and passed on the retake in Feb 2022 with 231');
    expect(f.why).toContain('The OET attempt failed before your OET pass (May 2021) weighs little');
  });

  it('says on which attempt a twice-failed exam was passed, and leaves exams without a floor unmeasured', () => {
    const text = why([fail('comlex1', '2018-06'), fail('comlex1', '2018-10'), pass('comlex1', '2019-02', 450)]);
    expect(text).toContain('COMLEX Level 1 was failed twice and passed on the third attempt in Feb 2019 with 450.');
    expect(text).not.toMatch(/points (over|under)/);
  });
});
