/**
 * Blame of round eighteen, held by short sentences of our own: a cleft that denies the member's
 * side caused the setback lays the cause on others; a cleft that owns it, or one about something
 * other than a cause, does not.
 */
import { describe, expect, it } from 'vitest';
import { blameQuotes } from '../../src/mock/feedback.js';

describe("a cleft denying that the member's side caused the setback is blame", () => {
  it.each([
    'The go-live slipped by four months, but it was not my team that caused the delay.',
    "Looking back, it wasn't us who slowed the rollout down.",
    'The launch slipped twice and it was never our department which created the backlog.',
  ])('%s', (answer) => {
    expect(blameQuotes(answer)).not.toHaveLength(0);
  });
  it.each([
    'It was my team that caused the delay, and I own that.',
    'It was not my idea that started the project; a nurse suggested it first.',
    'It was not the software that was hard, it was agreeing on the fields.',
  ])('not: %s', (answer) => {
    expect(blameQuotes(answer)).toHaveLength(0);
  });
});
