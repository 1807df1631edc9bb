/** Motivation: why informatics, why now, why this program, where you are going. */
import type { Question } from '../types.js';

export const MOTIVATION: Question[] = [
  {
    id: 'why-clinical-informatics',
    category: 'motivation',
    text: 'Why clinical informatics?',
    shows:
      'A clinical problem you lived through, why you see it as a systems or data problem, what you have already done about it, and the clinician-informatician you want to become.',
    framework: 'informatics-angle',
    hint: 'Start from one patient-care problem you saw more than once, explain why no single clinician could fix it, then give your own project as evidence and end with your direction.',
    followUps: [
      'What does a clinical informaticist actually do day to day?',
      'What would you lose by leaving full-time clinical work?',
    ],
    expectsInformatics: true,
  },
  {
    id: 'why-this-specialty',
    category: 'motivation',
    text: 'Why this specialty?',
    shows:
      'A reason rooted in patients and work you have done in the specialty, what you tested before choosing it, and how informatics fits inside it rather than replacing it.',
    framework: 'three-part',
    hint: 'Name two or three experiences in the specialty that drew you (patients, the kind of thinking it asks for), what you did to test the choice, then how the informatics track fits the clinician you want to be. Say why this specialty, not only why the US.',
    followUps: [
      'What would you do if you did not match in this specialty?',
      'Which part of the specialty do you find hardest?',
    ],
    expectsInformatics: false,
  },
  {
    id: 'why-not-purely-clinical',
    category: 'motivation',
    text: 'Why informatics instead of a purely clinical path?',
    shows:
      'That you still value patient care but want to fix problems at the level of the whole system, where one change protects many patients.',
    framework: 'informatics-angle',
    hint: 'Contrast what you could fix for your own patients with what a better tool or workflow fixes for every patient. Make clear you are not running away from clinical work.',
    followUps: ['How much clinical time do you want to keep?'],
    expectsInformatics: true,
  },
  {
    id: 'what-ci-means-to-you',
    category: 'motivation',
    text: 'What does clinical informatics mean to you?',
    shows:
      'A working definition that goes beyond IT support or coding: people, process and technology used together to improve care.',
    framework: 'informatics-angle',
    hint: 'Give a one-sentence definition in your own words, say what it is not (help desk, pure software work), and anchor it with an example from your own practice.',
    followUps: ['How is that different from health IT?', 'Where does quality improvement fit?'],
    expectsInformatics: true,
  },
  {
    id: 'why-this-program',
    category: 'motivation',
    text: 'Why our program?',
    shows:
      'That you researched this program specifically: its projects, its EHR, its faculty, and how your background would add to their work.',
    framework: 'direct',
    hint: 'Name two or three things you found on their website or in their publications, and for each say what you would bring or do with it. Avoid praise that fits any program.',
    followUps: ['What would you want to work on in your first year here?'],
    expectsInformatics: true,
  },
  {
    id: 'how-will-you-rank-us',
    category: 'motivation',
    text: 'So, where are you going to rank us?',
    shows:
      'That you know the match rules and stay warm under pressure: programs may not ask how you will rank them, you need not say, and a courteous answer that gives no rank keeps the rapport.',
    framework: 'direct',
    hint: 'Decline politely and give no rank or promise: thank them, say calmly that the match rules leave your list to you and that you would rather not say, name one thing you genuinely value about the program, and say you will decide your list once your interviews are done. Never invent a ranking to please them.',
    followUps: ['Are we your first choice, though?'],
    expectsInformatics: false,
    answer: 'polite-decline',
  },
  {
    id: 'five-to-ten-years',
    category: 'motivation',
    text: 'Where do you see yourself in five to ten years?',
    shows:
      'A realistic career picture that combines clinical work and informatics leadership and follows from what you have done so far.',
    framework: 'direct',
    hint: 'Describe a role, not a title: the kind of problems you want to own, the setting, and the mix of clinical and informatics time. Tie it back to this training.',
    followUps: ['What would you need to learn to get there?', 'Would you consider a CMIO path?'],
    expectsInformatics: true,
  },
  {
    id: 'project-you-would-do-here',
    category: 'motivation',
    text: 'What project would you want to work on here?',
    shows:
      'Preparation and initiative: a concrete, scoped idea that fits this institution and a sense of how you would measure it.',
    framework: 'problem-action-result',
    hint: 'Pick a problem that fits their setting, say who you would involve, what you would change and which measure would tell you it worked. Keep it small enough for one year.',
    followUps: ['What data would you need, and who owns it?', 'What if the first version does not work?'],
    expectsInformatics: true,
  },
  {
    id: 'how-informatics-improves-care',
    category: 'motivation',
    text: 'How can informatics improve patient care?',
    shows:
      'That you connect tools to outcomes (safety, timeliness, equity) and also see how poorly designed technology can make care worse.',
    framework: 'informatics-angle',
    hint: 'Give one example where a tool made care safer and one where a tool added risk or burden, then say what separated them.',
    followUps: ['Give me an example of technology making care worse.'],
    expectsInformatics: true,
  },
  {
    // A CI fellowship applicant with a residency that opens the fellowship (round fix24, judges of
    // p399 and p401): every fellowship asks how the member will keep practising their own specialty,
    // since an informaticist's standing with clinicians rests on it. The plan words it for a member
    // whose current role has no patient care.
    id: 'keep-clinical-skills',
    category: 'motivation',
    text: 'How will you keep your clinical skills up during the fellowship?',
    shows:
      'A realistic plan for clinical work in your own specialty (how much, where, under which licence or arrangement), and that you see clinical practice as what gives your informatics work its credibility.',
    framework: 'direct',
    hint: 'Say how much clinical work you plan (sessions, shifts or call a month), where and under what licence or arrangement, and ask how the program builds it in. End on why it matters for your informatics work: clinicians follow a colleague who still sees patients.',
    followUps: [
      'What would you do if the fellowship left less clinical time than you hoped?',
      'How does your clinical work feed your informatics projects?',
    ],
    expectsInformatics: false,
    presumes: ['ci-clinical-upkeep'],
  },
  {
    // An informatics fellowship that is not ACGME-accredited, done or under way, before a CI
    // fellowship (round fix24, judge of p401): programs ask why a second fellowship.
    id: 'why-accredited-after-informatics-fellowship',
    category: 'motivation',
    text: 'You have already trained in an informatics fellowship. Why an accredited clinical informatics fellowship now, and what will it add?',
    shows:
      'Respect for what the first fellowship taught you, a clear view of what it could not give (the ACGME training the clinical informatics boards require, work across the whole health system rather than one department), and a plan that does not read as collecting training.',
    framework: 'informatics-angle',
    hint: "Give in a sentence what your first fellowship gave you, then what it could not: the accredited training the boards ask for and enterprise-wide work beyond your own department. Do not count on credit for the first one, which is each program's decision, and end on what you will do with both.",
    followUps: [
      'Would you expect any credit for your first fellowship?',
      'What did your first fellowship not give you?',
    ],
    expectsInformatics: true,
    presumes: ['informatics-fellowship-unaccredited'],
  },
  {
    id: 'why-now',
    category: 'motivation',
    text: 'Why are you applying at this point in your career?',
    shows:
      'That the timing is a decision: you have the clinical base, some informatics evidence and a clear reason formal training is the next step.',
    framework: 'direct',
    hint: 'Say what you have built up to now (clinical base, first projects) and what you cannot learn without structured training. Keep it forward-looking.',
    followUps: ['What have you done in informatics without formal training?'],
    expectsInformatics: true,
  },
];
