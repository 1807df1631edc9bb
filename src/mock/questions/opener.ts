/** Openers: the first few minutes, where the interviewer hears your whole story in brief. */
import type { Question } from '../types.js';

export const OPENER: Question[] = [
  {
    id: 'tell-me-about-yourself',
    category: 'opener',
    text: 'Tell me about yourself.',
    shows:
      'A coherent path from where you trained to why clinical informatics now, told in about two minutes with two or three chosen experiences.',
    framework: 'three-part',
    hint: 'Use three parts: a short background, two or three formative experiences, then why this field and this program. Skip the year-by-year biography.',
    followUps: [
      'Which of those experiences changed your direction the most?',
      'What would your current supervisor add to that?',
    ],
    expectsInformatics: true,
  },
  {
    id: 'walk-me-through-your-cv',
    category: 'opener',
    text: 'Walk me through your CV.',
    shows:
      'That you can turn a list of dates into a story with a direction, and that you address any unusual stretch calmly before it is raised.',
    framework: 'three-part',
    hint: 'Group the CV into two or three chapters and give each one a purpose. Name any gap in a single plain sentence and move on to what you did next.',
    followUps: ['What were you doing between those two positions?', 'Which entry on your CV are you proudest of?'],
    expectsInformatics: true,
  },
  {
    id: 'elevator-pitch',
    category: 'opener',
    text: 'Give me the thirty-second version of who you are.',
    shows: 'That you know your own headline: clinician, the problem you care about, and what you want to build.',
    framework: 'direct',
    hint: 'One sentence each for who you are clinically, the informatics problem that drives you, and what you want from training. Stop at thirty seconds.',
    followUps: ['Now tell me the longer version.'],
    expectsInformatics: true,
    // Its own hint: "Stop at thirty seconds."
    spoken: {
      aim: 'about thirty seconds',
      minSeconds: 15,
      add: 'a sentence each on who you are clinically, the problem that drives you and what you want from training',
    },
  },
  {
    id: 'how-did-you-get-here',
    category: 'opener',
    text: 'How did you end up applying to us?',
    shows:
      'A deliberate route into informatics rather than a chance one, and that you picked this program for reasons you can name.',
    framework: 'three-part',
    hint: 'Trace the turning points that led you toward informatics, then land on one concrete reason this program fits, such as a project, faculty member or rotation.',
    followUps: ['Who else are you considering, and why?', 'What made you look at informatics in the first place?'],
    expectsInformatics: true,
  },
  {
    id: 'colleagues-describe-you',
    category: 'opener',
    text: 'How would your colleagues describe you?',
    shows:
      'Self-awareness and the traits this training needs (reliability, curiosity, working across teams), each backed by a short example.',
    framework: 'direct',
    hint: 'Pick two or three traits and give a one-line example for each from real work. A mildly self-critical trait with what you do about it sounds honest.',
    followUps: ['What would they say you need to work on?'],
    expectsInformatics: false,
  },
];
