/**
 * Behavioral "tell me about a time" questions, answered with STAR. An informatics angle is welcome
 * but not required, so `expectsInformatics` is false unless the question is about systems.
 */
import type { Question } from '../types.js';

export const BEHAVIORAL: Question[] = [
  {
    id: 'team-conflict',
    category: 'behavioral',
    text: 'Tell me about a conflict on a team you were part of.',
    shows:
      'Your role, how you listened and negotiated, a fair picture of the other side, and an outcome plus what you learned.',
    framework: 'star',
    hint: 'Keep the other person respectable. Spend most of the answer on what you did to understand both sides and reach a decision, ideally with data, and end with the outcome.',
    followUps: ['What would the other person say about how you handled it?', 'What would you do differently?'],
    expectsInformatics: false,
  },
  {
    id: 'mistake',
    category: 'behavioral',
    text: 'Tell me about a mistake you made.',
    shows: 'Honesty, ownership, the corrective step you took at once, and the lasting change in how you work.',
    framework: 'star',
    hint: 'Choose a real but not catastrophic mistake, own it in the first sentence, say what you did to fix it and tell whom, then what you now do differently every time.',
    followUps: ['Did it affect the patient?', 'Could a system change have prevented it?'],
    expectsInformatics: false,
  },
  {
    id: 'critical-feedback',
    category: 'behavioral',
    text: 'Describe a time you received critical feedback.',
    shows: 'That you can hear criticism without defending yourself, act on it and show it changed your work.',
    framework: 'star',
    hint: 'Quote the feedback briefly, describe your reaction honestly, then the concrete change you made and how you know it worked.',
    followUps: ['Was there feedback you disagreed with?'],
    expectsInformatics: false,
  },
  {
    id: 'adapted-new-system',
    category: 'behavioral',
    text: 'Describe a time you adapted to a new system or environment.',
    shows:
      'Speed and method in learning a new setting: observing, asking, seeking feedback early, which matters when informatics work moves across sites and platforms.',
    framework: 'star',
    hint: 'Tell one transition (new country, hospital or EHR), the specific things you did to learn fast, and how soon you were working independently.',
    followUps: ['What did you find hardest to adjust to?'],
    expectsInformatics: true,
  },
  {
    id: 'under-pressure',
    category: 'behavioral',
    text: 'Tell me about working under heavy pressure.',
    shows:
      'Prioritisation, communication with the team, staying safe under load, and what you do to recover and prevent a repeat.',
    framework: 'star',
    hint: 'Set the scene quickly, then show how you prioritised, who you told, and what you delegated or escalated. End with the outcome and any system fix you suggested afterwards.',
    followUps: ['How do you know when to ask for help?'],
    expectsInformatics: false,
  },
  {
    id: 'ethical-dilemma',
    category: 'behavioral',
    text: 'Describe an ethical dilemma you faced.',
    shows:
      'Sound reasoning between competing duties, willingness to seek advice, and respect for patients, privacy and rules.',
    framework: 'star',
    hint: 'Explain the competing values in one or two sentences, how you reasoned and whom you consulted, what you did and how it turned out.',
    followUps: ['What would you do if you saw a colleague misuse patient data?'],
    expectsInformatics: false,
  },
  {
    id: 'challenging-case',
    category: 'behavioral',
    text: 'Tell me about a challenging case you managed.',
    shows:
      'Clinical reasoning, teamwork and communication, and whether you noticed the system factors around the case.',
    framework: 'star',
    hint: 'Pick a case where your own actions mattered, keep the medicine brief, focus on your decisions and communication, and end with the outcome and one lesson.',
    followUps: ['Was there a system issue that made the case harder?'],
    expectsInformatics: false,
  },
  {
    id: 'leadership-initiative',
    category: 'behavioral',
    text: 'Tell me about a time you took the lead on something.',
    shows:
      'Initiative without a title: spotting a problem, gathering people, keeping momentum and delivering a result.',
    framework: 'star',
    hint: 'Choose something you started, not something you were assigned. Show how you got others on board and what changed because of it.',
    followUps: ['What would have happened if you had not stepped in?'],
    expectsInformatics: false,
  },
  {
    id: 'disagreed-with-supervisor',
    category: 'behavioral',
    text: 'Tell me about disagreeing with a supervisor.',
    shows:
      'Respectful challenge: raising a concern with evidence, accepting the decision or escalating appropriately when safety is at stake.',
    framework: 'star',
    hint: 'Show how you raised it (privately, with evidence), how you listened to their reasoning, and how it was resolved. Keep the supervisor respectable in the story.',
    followUps: ['What if you had been sure they were wrong?'],
    expectsInformatics: false,
  },
  {
    id: 'project-that-failed',
    category: 'behavioral',
    text: 'Tell me about a project that did not work.',
    shows:
      'Honest reflection, learning from failure, and the ability to stop or change course, which informatics work needs often.',
    framework: 'star',
    hint: 'Say what you aimed for, why it did not work (including your part), what you did when you realised, and what you now do at the start of every project.',
    followUps: ['How did you decide to stop?'],
    expectsInformatics: true,
  },
];
