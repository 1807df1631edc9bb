/**
 * What makes a thank-you specific to the program, at the edges the frame rows do not reach: a
 * record system every hospital has is not a person met, and a talk "about the program and the
 * fellowship" names nothing. Each sentence was found to tell a mutant of src/text/prematch.ts
 * from the real code (tools/mutant-probe.mjs, tools/phrases/prematch-9.txt).
 */
import { describe, expect, it } from 'vitest';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';

const generic = (text: string) =>
  checkPrematchEmail(
    text,
    { kind: 'thank-you', program: 'Lakeside University Clinical Informatics Fellowship' },
    '2026-01-15',
    {},
  ).findings.some((f) => f.id === 'generic-message');

describe('a thank-you that names nothing of the program', () => {
  it.each([
    'Thank you for the interview. I enjoyed my coffee with Epic trainers.',
    'Thank you for the interview. It was lovely to meet the Epic team.',
    'Thank you for speaking with me about the program and the fellowship.',
  ])('reads "%s" as generic', (text) => {
    expect(generic(text)).toBe(true);
  });
});
