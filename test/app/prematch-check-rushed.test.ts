/**
 * Round-six trial: a member in a rush types "/prematch check updte Mercy" or "thank you
 * interview=2026-11-2 Northside". The kind and the date are read as meant (the email is then
 * checked, not sent to /ask line by line); what cannot be read is still refused by name.
 */
import { describe, expect, it } from 'vitest';
import { checkContext } from '../../src/app/views/prematch.js';

describe('/prematch check options typed in a rush', () => {
  it('reads a misspelt or two-word kind and a date without leading zeros', () => {
    expect(checkContext({ kind: 'updte', program: 'Mercy Psychiatry' })).toEqual({
      kind: 'update',
      program: 'Mercy Psychiatry',
    });
    expect(checkContext({ kind: 'thank', program: 'you Northside', interviewDate: '2026-11-2' })).toEqual({
      kind: 'thank-you',
      program: 'Northside',
      interviewDate: '2026-11-02',
    });
    expect(checkContext({ kind: 'top', program: 'choice Lakeside' })).toMatchObject({
      kind: 'top-choice',
      program: 'Lakeside',
    });
    expect(checkContext({ kind: 'thanks' })).toEqual({ kind: 'thank-you' });
  });

  it('still refuses, by name, a kind or a date it cannot read', () => {
    expect(() => checkContext({ kind: 'love-letter' })).toThrow(/kind: "love-letter" is not one of/);
    expect(() => checkContext({ kind: 'thank-you', interviewDate: 'last week' })).toThrow(
      /interview_date: "last week" is not a date/,
    );
  });
});
