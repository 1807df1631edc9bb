/**
 * STAR reading by kind of question: which questions ask for a story, and the parts an answer
 * shows. Each example is an answer a member could give, not a keyword list.
 */
import { describe, expect, it } from 'vitest';
import { answerKind, detectStar, firstAction } from '../../src/mock/star.js';

describe('answerKind', () => {
  it.each([
    ['Do you have any questions for us?', 'to-program'],
    ['What questions would you have for me?', 'to-program'],
    ['Is there anything else you would like to ask?', 'to-program'],
    ['What would you like to know about us?', 'to-program'],
    ['What can I answer for you?', 'to-program'],
    ['Why our program?', 'program-fit'],
    ['Why this fellowship?', 'program-fit'],
    ['What draws you to our program?', 'program-fit'],
    ['Why do you want to train here?', 'program-fit'],
    ['Why did you apply to our fellowship?', 'program-fit'],
    ['Why are you interested in this program?', 'program-fit'],
    ['Why Brookhaven?', 'program-fit'],
    ['Tell me about yourself.', 'opener'],
    ['Please introduce yourself.', 'opener'],
    ['Walk me through your CV.', 'opener'],
    ['What is your background?', 'opener'],
    ['How would you handle alert fatigue?', 'hypothetical'],
    ['What is interoperability?', 'hypothetical'],
    ["What's your understanding of CDS governance?", 'hypothetical'],
    ['Imagine a go-live goes badly. What do you do?', 'hypothetical'],
    ['Can you explain FHIR to a nurse?', 'hypothetical'],
    ['If you could change one EHR screen, which would it be?', 'hypothetical'],
    ['Tell me about a time you disagreed with a senior.', 'story'],
    ['Give me an example of a project that failed.', 'story'],
    ['Describe a conflict on your team.', 'story'],
    ['What happened when your hospital switched EHRs?', 'story'],
    ['How did you adapt to the US system?', 'story'],
    ['Walk me through a PDSA cycle you ran.', 'story'],
    ['Where do you see yourself in ten years?', 'other'],
  ] as const)('"%s" → %s', (question, kind) => {
    expect(answerKind(question)).toBe(kind);
  });
});

describe('detectStar', () => {
  const STORY =
    'During my internal medicine rotation, handoffs between shifts often missed pending lab results. My role was to find out how often. ' +
    'I reviewed two weeks of handoff sheets and met the night team to map the workflow. ' +
    'As a result, missed pending results dropped from nine a week to two.';

  it('finds every part in a full story', () => {
    expect(detectStar(STORY, 'Tell me about a time you improved a process.')).toEqual({
      situation: true,
      task: true,
      action: true,
      result: true,
    });
  });

  it('finds none in an answer to the program’s "any questions?" or "why us?"', () => {
    const none = { situation: false, task: false, action: false, result: false };
    expect(detectStar(STORY, 'Do you have any questions for us?')).toEqual(none);
    expect(detectStar(STORY, 'Why our program?')).toEqual(none);
  });

  it('reads a plan in a hypothetical answer as no action, and a told episode as one', () => {
    const plan =
      'I would look at the override data first and then meet the pharmacists to agree on which alerts to retire.';
    expect(detectStar(plan, 'How would you handle alert fatigue?')).toMatchObject({ action: false, result: false });
    const told =
      'When I was a resident at our county hospital, we had the same problem. I pulled a month of override data and met the pharmacists.';
    expect(detectStar(told, 'How would you handle alert fatigue?').action).toBe(true);
  });

  it('does not take a lesson alone for a result', () => {
    const lesson = `${STORY.split(' As a result')[0]} I learned that data convinces people faster than argument.`;
    expect(detectStar(lesson, 'Tell me about a time you improved a process.').result).toBe(false);
  });

  it('reads a change said of the member as an action, and of anything else as a result', () => {
    const q = 'Tell me about a time you improved a process.';
    // After something the member did: a change told before any action is still the situation.
    expect(detectStar('I built a paging filter. On my night shifts I reduced my coffee intake.', q).result).toBe(false);
    expect(detectStar('I built a paging filter. On my night shifts the pages dropped to a handful.', q).result).toBe(
      true,
    );
    expect(detectStar('On my night shifts we reduced pages by 40%.', q).result).toBe(true);
  });

  it('does not count a passed exam in a summary of oneself as the result of a story', () => {
    const opener =
      'I grew up in Lahore and graduated from King Edward Medical University. I passed Step 1 and Step 2 CK.';
    expect(detectStar(opener, 'Tell me about yourself.')).toMatchObject({ situation: true, result: false });
  });
});

describe('firstAction', () => {
  it('quotes the first thing the member did, cut after eight words', () => {
    const a = firstAction(
      'Handoffs were chaotic. I reviewed two weeks of handoff sheets with the night team and the charge nurse.',
    );
    expect(a).toBe('I reviewed two weeks of handoff sheets with…');
    expect(firstAction('I reviewed the sheets.')).toBe('I reviewed the sheets');
    expect(firstAction('The ward was busy.')).toBeUndefined();
  });
});
