/**
 * Round thirty-three of the pre-match email check: offers made as conditions, pinned by sentences
 * of our own with near-misses beside them. Never corpus items.
 * - The member's list made to depend on the program's interest in the member is a trade.
 * - The member's first place told, with a hope that it "will be reciprocated", is a trade.
 * - An offer said with a pro-form ("I am ready to do so") after a sentence about committing to rank
 *   a program first, on condition that it helps the member, is a trade.
 * - Ease of ranking first set against the program ranking the member is a trade.
 * - Not trades: the member considered for ranking (the program's act), "my own rank order" (the
 *   member's list as a thing), "left the day convinced… and I will rank…" (a time, not a condition),
 *   "a great place to train" (a noun, not the program placing).
 */
import { describe, expect, it } from 'vitest';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';
import type { PrematchContext } from '../../src/rules/prematch-context.js';

function ids(email: string, ctx: Partial<PrematchContext> = {}): string[] {
  const context = {
    kind: 'update',
    program: 'Corran Vale Internal Medicine',
    sendDate: '2026-01-20',
    ...ctx,
  } as PrematchContext;
  return checkPrematchEmail(email, context, '2026-01-20', {})
    .findings.map((f) => f.id)
    .sort();
}

const wrap = (body: string) =>
  `Dear Dr. Ashworth,\n\nThank you again for showing me the Corran Vale discharge-medication dashboard. ${body}\n\nKind regards,\nIlse`;

describe('offers made as conditions', () => {
  it.each([
    'Please be aware that how I order my rank list will depend on the enthusiasm each program shows for my application.',
    'My final ranking will be shaped mostly by the interest programs express in me over the next month.',
    'I have settled on Corran Vale as my first choice, and I share this trusting that my decision will be returned in kind.',
    'Is it right that committees favour applicants who commit to ranking them first? If that would help my chances, I would be glad to do so for Corran Vale.',
    'If Corran Vale ranks me to match, it will be easy for me to put Corran Vale at the top.',
  ])('fires on "%s"', (body) => {
    expect(ids(wrap(body))).toContain('quid-pro-quo');
  });

  it.each([
    'My rank list will reflect my own interest in the dashboard work, nothing else.',
    'Could you tell me whether I am still being considered for an interview slot in the second round?',
    'I am building my own rank order this week, and the dashboard visit helped me a lot.',
    'I left the day convinced Corran Vale would be a wonderful place to train, and I will be ranking the program very highly.',
    'I hope the dashboard work goes well, and I would be glad to do so again if you ever need a volunteer for testing.',
  ])('stays silent on "%s"', (body) => {
    expect(ids(wrap(body))).not.toContain('quid-pro-quo');
  });
});
