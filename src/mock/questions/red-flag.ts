/**
 * Red-flag questions, at least one per contract red-flag id, rehearsed live with the four-part
 * pattern: name it, your analysis and actions, the result, the link to informatics. The first
 * question tagged with an id is the one the planner picks for that flag.
 */
import type { Question } from '../types.js';

export const RED_FLAG: Question[] = [
  {
    id: 'rf-exam-failure',
    category: 'red-flag',
    text: 'I see an exam attempt that did not pass. What happened?',
    shows:
      'Ownership in one sentence, an honest analysis of what went wrong, what you changed, and the evidence that the change worked.',
    framework: 'problem-action-result',
    hint: 'Name the failure plainly, give the real cause in a sentence, describe what you changed in how you prepared, then point to the later pass or score. About a minute, no excuses.',
    followUps: [
      'What would you do differently if you were starting over?',
      'How do we know it will not happen with the boards?',
    ],
    expectsInformatics: false,
    tags: ['exam-failure'],
    presumes: ['exam-failure'],
  },
  {
    id: 'rf-exam-retake-changes',
    category: 'red-flag',
    text: 'What did you change before your retake?',
    shows:
      'That you used data about your own performance to change your method, the same habit quality improvement work needs.',
    framework: 'problem-action-result',
    hint: 'Describe the data you looked at (practice scores, weak subjects), the specific change you made and the result. One sentence can link this to how you approach QI.',
    followUps: ['How do you study for something new now?'],
    expectsInformatics: true,
    // Not a low-score question: a low score on an exam passed at the first attempt would be asked
    // about a retake it never had (a judge found "what did you change before your retake?" given
    // for Step 1 209 because another exam had been retaken).
    tags: ['exam-failure'],
    presumes: ['exam-retake'],
  },
  {
    id: 'rf-low-score',
    category: 'red-flag',
    text: 'Your score is below our usual range. Why should that not concern us?',
    shows:
      'Calm acknowledgement without excuses, and stronger evidence elsewhere: a later score, research, informatics work, strong evaluations.',
    framework: 'problem-action-result',
    hint: 'Accept the number in one sentence, then move to your strongest counter-evidence (a later exam, a project with a measurable result, letters). Do not argue with the score.',
    followUps: ['How do you handle material you find difficult?'],
    expectsInformatics: true,
    tags: ['low-score'],
  },
  {
    // Before the other gap questions: for a break taken for the member's own health the question is
    // readiness now, told without medical detail, not what they produced in those months.
    id: 'rf-gap-health',
    category: 'red-flag',
    text: 'I see some months away from work on your CV. Can you tell me about that time, and how ready you are for the demands of training now?',
    shows:
      'A brief, calm account that needs no diagnosis, when you were back at work, what is in place now, and evidence from the work since that you are ready.',
    framework: 'problem-action-result',
    hint: 'One sentence is enough (you took time away for a health matter, it was treated, and you have been back at work since a date you name); you never have to give a diagnosis, and an interviewer should not ask for one. Spend the rest on what is in place now and on the work since that shows you are ready.',
    followUps: [
      'How do you keep a sustainable pace when the workload is heavy?',
      'What support would you look for in a program?',
    ],
    expectsInformatics: false,
    tags: ['training-gap'],
    presumes: ['health-gap'],
  },
  {
    id: 'rf-training-gap',
    category: 'red-flag',
    text: 'How did you use your time away from clinical work?',
    shows:
      'A short honest reason for the gap and what you did with it, ideally informatics coursework, data projects or health IT exposure.',
    framework: 'problem-action-result',
    hint: 'Give the reason in one neutral sentence, then spend most of the answer on what you learned or built during that time and how it led to where you are now.',
    followUps: ['Why did it take that long?', 'How did you keep your clinical knowledge up during that time?'],
    expectsInformatics: true,
    tags: ['training-gap'],
  },
  {
    id: 'rf-gap-on-cv',
    category: 'red-flag',
    text: 'There is a gap on your CV. Can you walk me through it?',
    shows: 'That you can name the dates and reason without defensiveness and show the gap is closed and explained.',
    framework: 'problem-action-result',
    hint: 'State the dates and the reason plainly, mention anything productive you did, then pivot to how ready you are now. Keep it under a minute.',
    followUps: ['Is there anything else in that period we should know?'],
    expectsInformatics: false,
    tags: ['training-gap'],
  },
  {
    // A board certification or a licence the member's notes say has lapsed (round fix24, judge of
    // p405): the fellowship needs a licence for its clinical work, and ABPM a current primary
    // certification and an unrestricted licence for the boards (knowledge/ci-pathway.md). No tag:
    // no red-flag id covers it, so it is the member's own history.
    id: 'rf-lapsed-credentials',
    category: 'red-flag',
    text: 'Your board certification or licence has lapsed. What is your plan to restore it, and by when?',
    shows:
      'That you know what the training and the boards need (an active licence for clinical work; for the clinical informatics boards a current primary certification and an unrestricted licence), the steps you have already started, and dates.',
    framework: 'problem-action-result',
    hint: "Say plainly what lapsed and when, then the steps you have already taken to restore each (your board's route back to certification, the state medical board's reinstatement or re-entry process) and when you expect them done. Never imply that either is current before it is.",
    followUps: [
      'Will your licence be active by the time you would start with us?',
      'What does your board ask of you to be certified again?',
    ],
    expectsInformatics: false,
    presumes: ['lapsed-credentials'],
  },
  {
    // A medical board's action on the member told in a note (session 36, judge of p432: a board
    // order a programme had already asked about, never rehearsed). Programs ask it plainly.
    id: 'rf-board-action',
    category: 'red-flag',
    text: 'We saw a medical board action in your record. What happened, what did you change, and where does it stand now?',
    shows:
      'Candour about a matter programs can verify, ownership without defensiveness, what you changed in your practice, and its outcome (an order complied with, a restriction ended).',
    framework: 'problem-action-result',
    hint: 'Give the facts in two sentences, as the board order states them; own your part without blaming the board, patients or colleagues; say what you changed (documentation, prescribing, supervision) and the checkable outcome, such as the date a restriction ended. Never shade it from what the record says.',
    followUps: ['Is anything still restricted or under review?', 'How would you keep it from happening again?'],
    expectsInformatics: false,
    presumes: ['board-action'],
  },
  {
    id: 'rf-clinical-currency',
    category: 'red-flag',
    text: 'When did you last care for patients, and how have you kept current?',
    shows:
      'Honesty about the time since your last clinical work and a concrete plan or record of refreshing your skills.',
    framework: 'problem-action-result',
    hint: 'Give the date of your last clinical work, then what you have done since to stay current (USCE, courses, guidelines, case conferences) and what you would do in your first months.',
    followUps: ['How would you handle a night on call in your first month?'],
    expectsInformatics: false,
    tags: ['clinical-currency'],
  },
  {
    // Asked when a short recent clinical stint ends years away from patient care: the currency rule
    // is met, but the time before it is what an interviewer sees. ("Several years" was said of two
    // years of exams and research, which are not a gap: a blind profile's judge, session 26; the
    // plan's reason gives the member's own span.) No tag, so it never stands in
    // for the clinical-currency flag.
    id: 'rf-time-away-from-patients',
    category: 'red-flag',
    text: 'Before your recent clinical work you spent a while away from patient care. How ready are you for the clinical side of training?',
    shows:
      'A plain account of what you did in that time (exams, research, other work) told as a choice rather than a gap to excuse, what the recent clinical work showed you, and a concrete plan for the first months back on the wards.',
    framework: 'problem-action-result',
    hint: 'Name the years away and what you did in them in a sentence, then what your recent hands-on work showed (what came back fast, what you had to relearn), and end with how you keep current now and what you will do in your first months.',
    followUps: [
      'How would you handle a night on call in your first month?',
      'What clinical skill do you expect to be rusty?',
    ],
    expectsInformatics: false,
  },
  {
    id: 'rf-multiple-match-attempts',
    category: 'red-flag',
    text: 'This is not your first application cycle. What is different this time?',
    shows:
      'A clear-eyed review of the earlier cycle and specific changes since: new experience, better letters, a sharper informatics story.',
    framework: 'problem-action-result',
    hint: 'Say briefly what you think held you back last time, then list the concrete things that are stronger now. Avoid sounding bitter about the earlier result.',
    followUps: ['What will you do if you do not match this year?'],
    expectsInformatics: true,
    tags: ['multiple-match-attempts'],
  },
  {
    id: 'rf-professionalism',
    category: 'red-flag',
    text: 'Tell me about the professionalism concern in your record.',
    shows:
      'Full ownership, what you learned, the remediation you completed, and a clean record since that others can confirm.',
    framework: 'problem-action-result',
    hint: 'Describe the event factually in one or two sentences, take responsibility without qualifiers, then spend the rest on remediation and what has been true since. Never criticise the people involved.',
    followUps: ['Who could speak to how you work now?', 'What would you do if you saw a colleague do the same?'],
    expectsInformatics: false,
    tags: ['professionalism'],
  },
  {
    id: 'rf-limited-usce',
    category: 'red-flag',
    text: 'Your US clinical experience is limited. How will you manage?',
    shows:
      'That you know the gap, have used what US exposure you have well, and have a plan to get up to speed on US workflows and EHRs.',
    framework: 'problem-action-result',
    hint: 'Acknowledge it in a sentence, describe what you did with the US time you had (EHR, documentation, feedback), and give the specific steps you are taking to close the rest.',
    followUps: ['What did you do in the EHR yourself during your US clinical time?'],
    expectsInformatics: true,
    tags: ['limited-usce'],
  },
  {
    id: 'rf-weak-informatics',
    category: 'red-flag',
    text: 'Your informatics experience is short. How do we know your interest is serious?',
    shows:
      'Evidence of commitment beyond words: a project, a course with something you built, reading, a mentor, and a clear question you want to work on.',
    framework: 'problem-action-result',
    hint: 'Do not overclaim. Show the concrete steps you have taken, one thing you produced, and the specific problem you want to keep working on.',
    followUps: ['What informatics paper or project have you followed recently?'],
    expectsInformatics: true,
    tags: ['weak-informatics'],
  },
  {
    id: 'rf-visa-sponsorship',
    category: 'red-flag',
    text: 'What visa would you need for training?',
    shows:
      'That you know your own visa situation and what it asks of the program, and can answer briefly without making it the centre of the interview.',
    framework: 'direct',
    hint: 'Answer in two or three factual sentences: which visa, whether the program has sponsored it before if you know, and your long-term plan. Then let the interviewer move on.',
    followUps: ['Have you looked into what that visa requires after training?'],
    expectsInformatics: false,
    // Two or three sentences spoken are 15-30 seconds: only a bare visa name is too short.
    spoken: {
      aim: 'two or three factual sentences, well under a minute',
      minSeconds: 8,
      add: 'which visa, whether the program has sponsored it if you know, and your long-term plan',
    },
    audience: 'non-us',
    tags: ['visa-sponsorship'],
  },
  {
    id: 'rf-fellowship-eligibility',
    category: 'red-flag',
    text: 'Walk me through your clinical training so far and how it fits the eligibility requirements for this fellowship.',
    shows:
      'That you know exactly which training the fellowship and the board require, state your own plainly, and have a realistic plan rather than hoping nobody checks.',
    framework: 'direct',
    hint: 'Give your training plainly (where, which specialty, completed or not), and if it does not meet the usual requirement, say so yourself with what you have confirmed with the program. Then describe your realistic plan (what programs have confirmed they accept, or a US residency first if none does), and never overstate your training.',
    followUps: [
      'How would you become board eligible in clinical informatics after the fellowship?',
      'What will you do if we cannot take you this year?',
    ],
    expectsInformatics: false,
    tags: ['fellowship-eligibility'],
  },
  {
    // Asked of anyone with an earlier unsuccessful cycle, even one below the red-flag threshold;
    // no tag, so it never stands in for a flag the member does not have.
    id: 'rf-previous-cycle',
    category: 'red-flag',
    text: 'You applied in an earlier cycle. What have you done since then?',
    shows: 'A calm, factual account of the earlier cycle and of what is stronger now, without bitterness or excuses.',
    framework: 'problem-action-result',
    hint: 'Say in one sentence that you applied before, then spend the answer on what you added since (experience, letters, informatics work) and what you learned from the first round.',
    followUps: ['What feedback did you get last time?'],
    expectsInformatics: true,
  },
  {
    id: 'rf-challenges-in-training',
    category: 'red-flag',
    text: 'Tell me about challenges in your training so far.',
    shows:
      'Readiness to name a real difficulty briefly, the steps you took, and how it made you stronger, without over-sharing.',
    framework: 'problem-action-result',
    hint: 'Pick one real challenge (it can be your red flag), name it briefly, spend most of the time on what you did and what changed, then link it to how you work now.',
    followUps: ['What support did you ask for?'],
    expectsInformatics: false,
  },
];
