/**
 * A program asking how the member will rank it: which questions count as that, what feedback still
 * applies to a polite decline, and the coaching line that says whether the answer gave a rank away.
 */
import { describe, expect, it } from 'vitest';
import { BANK } from '../../src/mock/bank.js';
import { declineAdvice, declineFeedback, isPoliteDecline, revealsRanking } from '../../src/mock/decline.js';
import { answerFeedback } from '../../src/mock/feedback.js';

const RANK_Q = BANK.find((q) => q.answer === 'polite-decline')!;
const STORY_Q = BANK.find((q) => q.id === 'ehr-data-project')!;

describe('isPoliteDecline', () => {
  it('takes the bank question marked as a decline, and typed questions that ask for a rank', () => {
    expect(isPoliteDecline(RANK_Q)).toBe(true);
    for (const typed of [
      'Where will you rank us?',
      'How are you going to rank our program?',
      'Where do you plan to rank us?',
      'Are we your first choice?',
      'Is this program your number one?',
      'Is our program at the top of your first choices?',
      'How highly would you rank us?',
      'Where does our program stand on your list?',
      'Where do we fall on your rank list?',
    ]) {
      expect(isPoliteDecline(typed), typed).toBe(true);
      // A typed question that is not from the bank is judged by its text too.
      expect(isPoliteDecline({ ...STORY_Q, text: typed }), typed).toBe(true);
    }
  });

  it('leaves every other question, and no question at all, to the normal feedback', () => {
    expect(isPoliteDecline(undefined)).toBe(false);
    expect(isPoliteDecline('')).toBe(false);
    expect(isPoliteDecline(STORY_Q)).toBe(false);
    for (const typed of [
      'Why clinical informatics?',
      'Tell me about a project you are proud of.',
      'Where do you see yourself in ten years?',
    ]) {
      expect(isPoliteDecline(typed), typed).toBe(false);
    }
  });
});

describe('declineFeedback', () => {
  it('drops the notes that judge a story (too short, no result, no informatics angle) and keeps the rest', () => {
    const short = answerFeedback(STORY_Q, 'I would rather not say, thank you.');
    expect(short.notes.map((n) => n.id)).toContain('too-short');
    expect(declineFeedback(short).notes.map((n) => n.id)).toEqual(
      short.notes.map((n) => n.id).filter((id) => !['too-short', 'no-result', 'no-informatics-angle'].includes(id)),
    );
    const blaming = answerFeedback(
      STORY_Q,
      'Honestly my last program director was unfair and the staff were useless, so I will not talk about ranking at all today with anyone here.',
    );
    const kept = declineFeedback(blaming).notes.map((n) => n.id);
    expect(kept).toContain('blame');
    expect(kept).not.toContain('no-result');
    expect(kept).not.toContain('no-informatics-angle');
    // Everything but the notes is the same feedback.
    expect({ ...declineFeedback(blaming), notes: [] }).toEqual({ ...blaming, notes: [] });
  });
});

describe('revealsRanking and declineAdvice', () => {
  it('sees a rank or a promise given away, however it is said', () => {
    for (const answer of [
      'I will rank you first.',
      'I am ranking your program highly.',
      'I plan to rank this program #1.',
      'I would rank you number one.',
      'I will rank you at the top.',
      'I plan to rank you 1.',
      'You are my first choice.',
      "You're my top choice.",
      'This is my number one choice.',
      'It is my #1 choice.',
      "It's my top choice, honestly.",
      'You are at the top of my list.',
      'You are at the top of my rank list.',
      'Rest assured, I will rank you.',
    ]) {
      expect(revealsRanking(answer), answer).toBe(true);
    }
  });

  it('does not see one in a warm decline or in other uses of "rank"', () => {
    for (const answer of [
      'Thank you for asking. I value your informatics curriculum and will decide my list after my interviews.',
      'I rank my tasks by urgency on busy nights.',
      'My first choice of project was the sepsis dashboard.',
    ]) {
      expect(revealsRanking(answer), answer).toBe(false);
    }
  });

  it('always states the rule, then says whether the answer gave a rank away and what to do', () => {
    const RULE =
      'A program should not ask how you will rank it (the NRMP forbids it; for the AMIA CI match, follow the same etiquette), and you do not have to say: the right answer is a warm, polite decline with no rank and no promise.';
    expect(declineAdvice('You are my first choice.')).toBe(
      `${RULE} Your answer gives a ranking or a promise away: take it out, thank them, name what you value about the program and say you will decide your list after your interviews.`,
    );
    expect(declineAdvice('Thank you; I will decide my list after my interviews.')).toBe(
      `${RULE} Your answer gives no ranking away: good.`,
    );
  });
});
