/**
 * Newcomer trial 22: a "short, factual" visa question's length check asked for 1-2 minutes, and
 * brief red-flag answers were told the same although the guide asks for about a minute. The aim
 * follows the question's own kind; the contract's 30-second floor stays for every question that
 * does not itself ask for less.
 */
import { describe, expect, it } from 'vitest';
import { answerFeedback, spokenLength } from '../../src/mock/feedback.js';

const short = (q: string, a: string) => answerFeedback(q, a).notes.find((n) => n.id === 'too-short')?.message;

describe('length by the kind of question', () => {
  it('a visa question asking for a few factual sentences is not too short at three sentences', () => {
    const a =
      'I would need an H-1B. I hold one now with an approved I-140, so a cap-exempt program can file a change of employer. My plan is to stay in academic informatics.';
    expect(short('rf-visa-sponsorship', a)).toBeUndefined();
    expect(spokenLength('rf-visa-sponsorship').aim).not.toMatch(/1-2 minutes/);
  });

  it('a bare visa name is still too short, with the question’s own parts', () => {
    expect(short('rf-visa-sponsorship', 'H-1B.')).toMatch(/which visa.*long-term plan; aim for two or three/);
  });

  it('the thirty-second opener is judged against thirty seconds', () => {
    const a =
      'I am a family physician with six years of US primary care. I lead our clinic EHR work and raised our eye exam rate from 41 to 63 percent. I want training to build decision support at scale.';
    expect(short('elevator-pitch', a)).toBeUndefined();
  });

  it.each([
    ['rf-exam-failure', 'I failed Step 2 CK in 2016. I changed how I studied and passed.'],
    ['Why did you fail Step 1?', 'I relied on rereading. I switched to question banks and passed.'],
    ['Can you explain the gap in your training?', 'I was caring for my father. He is better now.'],
  ])('a red flag under 30 s: still too short, aiming at about a minute (%s)', (q, a) => {
    const m = short(q, a) ?? '';
    expect(m).toMatch(/Brief is right for a red flag/);
    expect(m).toMatch(/aim for about a minute\./);
    expect(m).not.toMatch(/1-2 minutes/);
  });

  it('a story question keeps 1-2 minutes', () => {
    expect(short('Tell me about a time you led a team.', 'I led nurses to fix discharge and it went well.')).toMatch(
      /aim for 1-2 minutes\./,
    );
    expect(spokenLength('Tell me about a time you led a team.').kind).toBe('main');
  });
});
