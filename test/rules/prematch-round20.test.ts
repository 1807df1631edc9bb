/**
 * Generic-message readings of round twenty, held by short thank-you notes of our own: an unfilled
 * template slot names nothing whatever its placeholder says; words a program person said, recalled
 * with their content, and the work of the program's people named by its aim, belong to the program.
 */
import { describe, expect, it } from 'vitest';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';
import type { PrematchContext } from '../../src/rules/prematch-context.js';

const context: PrematchContext = {
  kind: 'thank-you',
  program: 'Quarry Hill Clinical Informatics Fellowship',
  interviewDate: '2026-10-12',
  sendDate: '2026-10-13',
};
const generic = (body: string) =>
  checkPrematchEmail(`Dear Dr. Abara,\n\n${body}\n\nKind regards,\nMina Tadesse`, context, '2026-10-13').findings.some(
    (f) => f.id === 'generic-message',
  );

describe('generic-message, round twenty readings', () => {
  it.each([
    'Thank you for the interview at [Program Name]. I especially enjoyed [mention something the faculty member described].',
    'Thank you for meeting me on {{interview_date}}. I was glad to learn about <FEATURE> at your program.',
    'Thank you for your time, Dr. XXXX. I enjoyed [what you told me about your fellows] very much.',
    'Thank you for the interview. As you said, informatics is a growing field, and I hope to be part of it.',
    'Thank you for the interview. I admired your fellows\u2019 work and the friendly culture of the program.',
  ])('fires on: %s', (body) => {
    expect(generic(body)).toBe(true);
  });
  it.each([
    'Thank you for the interview. I keep returning to what you said about retiring alerts nobody reads.',
    'Thank you for the interview. Something you said at lunch stayed with me: your fellows begin every project at the bedside.',
    "Thank you for the interview. I appreciated the point you made about checking an alert's override rate first.",
    "Thank you for the interview. I was drawn to your residents' work on trimming duplicate troponin orders.",
    "Thank you for the interview. Your faculty's efforts to shorten the handoff note stayed with me.",
    'Thank you for showing me the Quarry Hill simulation suite [apologies for the delay, I was on nights].',
  ])('stays quiet on: %s', (body) => {
    expect(generic(body)).toBe(false);
  });
});
