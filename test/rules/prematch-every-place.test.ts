/**
 * Newcomer trial 19: when two sentences raise the same check, the finding names every one of them
 * with its line, so deleting the first does not leave the second unflagged. The JSON shape stays
 * { id, severity, message } (the extra places ride in the message). Wordings of our own.
 */
import { describe, expect, it } from 'vitest';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';
import type { PrematchContext } from '../../src/rules/prematch-context.js';

const thanks: PrematchContext = {
  kind: 'thank-you',
  program: 'Riverside Pediatrics Residency',
  interviewDate: '2026-12-03',
  sendDate: '2026-12-04',
};
const check = (body: string) =>
  checkPrematchEmail(
    `Dear Dr. Lindqvist,\n\nThank you for the interview day and for describing the asthma registry your residents run.\n\n${body}\n\nBest regards,\nNadia Rahman`,
    thanks,
    '2026-12-04',
  ).findings;

describe('asks-for-ranking names every sentence that asks', () => {
  it.each([
    [
      'Would you be able to share how high I am on your rank list? I enjoyed the noon conference.\nIs there any chance you could tell me whether I will be ranked to match?',
      ['rank list', 'ranked to match'],
    ],
    [
      'May I ask where I stand among your applicants?\nThe team felt welcoming.\nCould you give me a hint of my position on your list?',
      ['where I stand', 'position on your list'],
    ],
  ])('%s', (body, parts) => {
    const f = check(body).filter((x) => x.id === 'asks-for-ranking');
    expect(f).toHaveLength(1);
    for (const part of parts) expect(f[0]!.message).toContain(part);
    expect(f[0]!.message).toMatch(/in 2 places \(line \d+: ".*"; line \d+: ".*"\)/);
    expect(Object.keys(f[0]!).filter((k) => k !== 'sources' && k !== 'quote')).toEqual(['id', 'severity', 'message']);
  });

  it('near-miss: one ask and an innocent question name only the one place', () => {
    const f = check(
      'Could you tell me where I stand on your rank list?\nWhen does the program usually hold its second-look day?',
    ).find((x) => x.id === 'asks-for-ranking')!;
    expect(f.message).not.toMatch(/places/);
  });

  it('near-miss: an email with no ranking question raises nothing', () => {
    expect(check('I would be glad to train with your team.').some((x) => x.id === 'asks-for-ranking')).toBe(false);
  });
});
