/**
 * Session 30 (text47), asks-for-ranking precision. Two readings that made polite emails look like
 * ranking questions:
 * - the program's ranking of the member set as the condition of the member's own pledge ("should
 *   your committee rank me high enough, I will rank you first") states the terms of a trade, which
 *   quid-pro-quo reports; it asks nothing unless the member also asks to be told, or asks for the
 *   program's answer ("Would that work for you?");
 * - "whether I should apply", when the email asks about an eligibility rule (graduation year, a
 *   visa, a required experience), is the member's own decision following from that rule, not a
 *   request to be judged. Asked about the member's profile, it stays an ask about standing.
 */
import { describe, expect, it } from 'vitest';
import type { PrematchKind } from '../../src/rules/prematch-context.js';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';

const ids = (text: string, kind: PrematchKind = 'top-choice') =>
  checkPrematchEmail(
    `Dear Dr. Lee,\n\n${text}\n\nBest regards,\nDr. Sample`,
    { kind, program: 'Lakeside Clinical Informatics Fellowship' },
    '2026-01-15',
    {},
  ).findings.map((f) => f.id);

describe('a ranking condition of the member pledge is a trade, not a question', () => {
  it.each([
    'After seeing the sepsis dashboard work at Lakeside, I can say this: if your committee ranks me high enough to match, Lakeside will be the first name on my list.',
    'The telestroke project stayed with me. Should the committee place me within its matching positions, I give you my word that no other program will stand above Lakeside on my list.',
    'I loved the order-set audit your fellows showed me. Provided your program places me high enough on its rank list, I am prepared to put Lakeside at the very top of mine.',
  ])('reports the trade and no ranking question: %s', (text) => {
    const got = ids(text);
    expect(got).toContain('quid-pro-quo');
    expect(got).not.toContain('asks-for-ranking');
  });

  it('still reads the ask when the member asks for the program answer to the trade', () => {
    const got = ids(
      'I enjoyed the telestroke afternoon. If your committee ranks me high enough to match, I will rank Lakeside first. Would that work for you?',
    );
    expect(got).toEqual(expect.arrayContaining(['quid-pro-quo', 'asks-for-ranking']));
  });

  it('still reads the ask when the condition is being told where the member stands', () => {
    const got = ids(
      'The insulin order set work impressed me. If you could tell me that Lakeside plans to rank me to match, I would place Lakeside first on my list.',
    );
    expect(got).toContain('asks-for-ranking');
  });

  it('reads a request to confirm the arrangement as an ask', () => {
    const got = ids(
      'I propose a clear arrangement: if Lakeside ranks me high enough that I will match, I will place Lakeside first. Could you confirm this is acceptable?',
    );
    expect(got).toContain('asks-for-ranking');
  });
});

describe('whether to apply, decided by an eligibility rule, is not an ask about standing', () => {
  it.each([
    'Does Lakeside accept applicants who finished medical school more than ten years ago? I would like to know whether I should apply this cycle or not.',
    'Does Lakeside allow applicants whose residency was in family medicine? If not, I would rather know now whether I should apply to your program or look elsewhere.',
    'Could you please clarify the graduation cut-off for the fellowship? I graduated in 2012 and I must know early if I should apply.',
  ])('does not read a ranking question: %s', (text) => {
    expect(ids(text, 'inquiry')).not.toContain('asks-for-ranking');
  });

  it.each([
    'Looking at my profile, do you think I should still apply to Lakeside, or am I too weak a candidate?',
    'Given my USMLE scores and the two-year gap after residency, should I even apply to Lakeside this year?',
  ])('reads whether to apply, judged on the member, as an ask: %s', (text) => {
    expect(ids(text, 'inquiry')).toContain('asks-for-ranking');
  });
});
