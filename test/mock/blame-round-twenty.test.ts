/**
 * Blame of round twenty, held by short sentences of our own: the speaker's comment set off by
 * commas between a party and its judgement ("was, frankly, lazy", "the head, I'm sorry to say,
 * never replied") no longer hides the judgement; an aside beside praise, a plain limit or a
 * patient's feeling is still no blame.
 */
import { describe, expect, it } from 'vitest';
import { blameQuotes } from '../../src/mock/feedback.js';

describe('a comment set off by commas does not hide a judgement of another party', () => {
  it.each([
    'The charge nurse was, to put it mildly, careless with the drug round.',
    'Our clinic manager, I hate to say, never answered a single one of my messages.',
    'The residency office, I think it is fair to say, did not support juniors who raised concerns.',
    'He was, truth be told, incompetent with the new order screens.',
  ])('%s', (answer) => {
    expect(blameQuotes(answer)).not.toHaveLength(0);
  });
  it.each([
    'My attending was, frankly, the most patient teacher I have had.',
    'The analytics team was, to be fair, only two people for the whole hospital.',
    'The boy was, understandably, rude to everyone on his first night.',
    'The ward clerk, I think, had already left for the day, so I filed the form myself.',
  ])('not: %s', (answer) => {
    expect(blameQuotes(answer)).toHaveLength(0);
  });
});
