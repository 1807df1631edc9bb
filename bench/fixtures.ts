/**
 * Inputs shared by every part of the bench. Self-contained (no files outside the repository) so
 * the bench runs anywhere: a profile in the contract's format with one explainable gap, several
 * letters and a failed attempt, plus typical member text for the linters and the mock feedback.
 */

/** The contract's example applicant: every engine has something to say about them. */
export const BENCH_PROFILE = {
  version: 1,
  citizenship: 'non-us',
  visa: 'j1',
  target: 'ci-fellowship',
  specialty: 'internal medicine',
  medSchool: { country: 'Egypt', graduated: '2018-07' },
  ecfmgCertified: true,
  exams: [
    { exam: 'step1', date: '2019-06', result: 'fail' },
    { exam: 'step1', date: '2019-11', result: 'pass' },
    { exam: 'step2ck', date: '2020-05', result: 'pass', score: 247 },
  ],
  timeline: [
    { from: '2018-08', to: '2019-11', activity: 'exam-prep', note: 'USMLE preparation' },
    { from: '2019-12', to: '2022-06', activity: 'clinical', note: 'internal medicine residency, Cairo' },
    { from: '2022-07', to: '2023-03', activity: 'none' },
    { from: '2023-04', to: 'present', activity: 'informatics', note: 'EHR data analyst, quality team' },
  ],
  usce: [{ kind: 'observership', months: 2, ehr: 'Epic', handsOn: false }],
  informatics: [
    {
      kind: 'job',
      title: 'EHR data analyst for sepsis bundle dashboard',
      outcome: 'time to antibiotics reported weekly',
    },
    { kind: 'course', title: 'SQL for healthcare data' },
  ],
  matchAttempts: 1,
  professionalism: [],
  letters: [
    {
      writer: 'Dr. Lee',
      role: 'attending',
      setting: 'us',
      physician: true,
      informatics: false,
      directObservation: true,
      year: 2024,
    },
    {
      writer: 'Dr. Haddad',
      role: 'department-chair',
      setting: 'abroad',
      physician: true,
      informatics: false,
      directObservation: false,
      year: 2021,
    },
    {
      writer: 'Ms. Ortiz',
      role: 'non-physician-supervisor',
      setting: 'abroad',
      physician: false,
      informatics: true,
      directObservation: true,
      year: 2026,
    },
  ],
  deadline: '2027-01-15',
} as const;

export const BENCH_PROFILE_TEXT = JSON.stringify(BENCH_PROFILE, null, 2);

/** Questions members ask, cycled through by /ask and the retrieval benches. */
export const QUESTIONS = [
  'who should write my letters of recommendation for a CI fellowship?',
  'I failed Step 1 once, how do I explain it in an interview?',
  'do I need a J-1 or H-1B visa for an informatics fellowship?',
  'what is the difference between clinical informatics fellowship and an informatics residency track?',
  'can I email the program director after my interview?',
  'how do I explain a gap of nine months after residency abroad?',
  'what questions should I ask the program at the end of the interview?',
  'is hands-on US clinical experience with Epic important?',
] as const;

/** A member's own gap explanation (about 90 words) for the gap linter. */
export const GAP_TEXT =
  'From July 2022 to March 2023 I was not in a clinical role because my family needed me at home after my ' +
  'father became ill. During those months I completed an online SQL course for healthcare data, volunteered ' +
  'to clean the admission records of a local clinic, and built a small dashboard of readmissions that the ' +
  'clinic still uses. That work showed me how much bedside care depends on good data, which is why I took my ' +
  'current job as an EHR data analyst and why I am applying to clinical informatics.';

/** A post-interview email for the pre-match checker (kind "thank-you"). */
export const EMAIL_TEXT = [
  'Dear Dr. Smith,',
  '',
  'Thank you for the conversation on Tuesday about the clinical informatics fellowship. I especially enjoyed',
  'hearing how your team redesigned the sepsis order set, and it confirmed my interest in the program.',
  'I wanted to share that my dashboard project was accepted as a poster at AMIA this year.',
  'Where am I on your rank list? I will rank you highly if you rank me first.',
  '',
  'Best regards,',
  'Amira',
].join('\n');

/** An interview answer (STAR-shaped, with a filler or two) for the mock feedback engine. */
export const MOCK_ANSWER =
  'So, um, in my current job the sepsis bundle data was reported monthly and nobody trusted it. I was asked ' +
  'to fix the report. I met the quality nurses, mapped where each timestamp came from in the EHR, and wrote ' +
  'SQL that pulled the antibiotic times directly from the medication administration record. I built a weekly ' +
  'dashboard and reviewed it with the team every Monday. After three months the time to antibiotics went ' +
  'from about three hours to under ninety minutes, and the dashboard is now part of the quality meeting.';

/** The question the mock benches answer (free text, as a member could type it). */
export const MOCK_QUESTION = 'Tell me about a time you used data to improve patient care.';
