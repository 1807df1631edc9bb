/**
 * Quid-pro-quo readings of round twenty-one, held by short post-interview notes of our own (never
 * corpus items): the program's sign asked for as what the member's move would come with ("…my
 * first choice with a little reassurance from your side") is a trade, however it is placed; the
 * member's own decision ("so that I can make an informed decision") is no move offered to the
 * program.
 */
import { describe, expect, it } from 'vitest';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';
import type { PrematchContext } from '../../src/rules/prematch-context.js';

const context: PrematchContext = {
  kind: 'update',
  program: 'Quarry Hill Clinical Informatics Fellowship',
  interviewDate: '2026-10-12',
  sendDate: '2026-11-20',
};
const ids = (body: string) =>
  checkPrematchEmail(`Dear Dr. Abara,\n\n${body}\n\nKind regards,\nMina Tadesse`, context, '2026-11-20').findings.map(
    (f) => f.id,
  );

describe('a sign from the program asked for with the member move is quid-pro-quo', () => {
  it.each([
    'I believe I could make Quarry Hill my first choice with a small indication from you that I am in a good position.',
    'Given some assurance from your committee about my position, I would be ready to commit to Quarry Hill.',
    'With just a word from your side about where I stand, I would rank the program at the top without hesitation.',
  ])('fires on: %s', (body) => {
    expect(ids(body)).toContain('quid-pro-quo');
  });
});

describe("the member's own decision is not a move offered", () => {
  it.each([
    'Could you tell me whether I am being considered favourably, so that I can make an informed decision about my list?',
    'I would appreciate knowing if the committee sees me as a strong candidate, so I can make my plans for next year.',
  ])('asks about standing but offers nothing: %s', (body) => {
    const found = ids(body);
    expect(found).not.toContain('quid-pro-quo');
    expect(found).toContain('asks-for-ranking');
  });
  it.each([
    'Thank you for your kind word about my poster. I remain very interested in Quarry Hill.',
    'With a little help from my mentor I finished the SQL course this month, and I am still keen on your program.',
  ])('stays quiet on: %s', (body) => {
    expect(ids(body)).not.toContain('quid-pro-quo');
  });
});
