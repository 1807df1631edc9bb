/** The pre-match context file: every refusal names the field and the fix; valid files pass as given. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONTEXT,
  MAX_CONTEXT_BYTES,
  parsePrematchContext,
  parsePrematchContextText,
} from '../../src/rules/prematch-context.js';

describe('parsePrematchContext', () => {
  it('assumes nothing without a file, and takes files of a few lines only', () => {
    expect(DEFAULT_CONTEXT).toEqual({ kind: 'other' });
    expect(MAX_CONTEXT_BYTES).toBe(16_384);
  });

  it('names an unknown key inside previous[] with the keys allowed there', () => {
    const r = parsePrematchContext({
      kind: 'update',
      previous: [{ kind: 'inquiry', program: 'X', date: '2026-10-01', note: 'hi' }],
    });
    expect(r).toEqual({
      ok: false,
      error: ['previous[0].note: unknown key "note" (allowed: kind, program, date; check the spelling)'],
    });
  });

  it('names every unknown top-level key with the keys allowed', () => {
    const r = parsePrematchContext({ kind: 'update', when: 'x', programme: 'y' });
    expect(r).toEqual({
      ok: false,
      error: [
        'when: unknown key "when" (allowed: kind, program, interviewDate, sendDate, previous; check the spelling)',
        'programme: unknown key "programme" (allowed: kind, program, interviewDate, sendDate, previous; check the spelling)',
      ],
    });
  });

  it('requires the kind and a non-empty program, and calls the file the context', () => {
    expect(parsePrematchContext({ program: '  ' })).toEqual({
      ok: false,
      error: [
        'kind: is required (one of "inquiry", "thank-you", "update", "top-choice", "other")',
        'program: must not be empty',
      ],
    });
    expect(parsePrematchContext('thank-you')).toEqual({
      ok: false,
      error: [expect.stringMatching(/^\(context\): expected /)],
    });
  });

  it('accepts a thank-you sent the day of the interview, and dates in any order for other kinds', () => {
    const sameDay = { kind: 'thank-you', interviewDate: '2026-11-10', sendDate: '2026-11-10' } as const;
    expect(parsePrematchContext(sameDay)).toEqual({ ok: true, value: sameDay });
    const update = { kind: 'update', interviewDate: '2026-11-10', sendDate: '2026-11-01' } as const;
    expect(parsePrematchContext(update)).toEqual({ ok: true, value: update });
    expect(parsePrematchContext({ kind: 'thank-you', interviewDate: '2026-11-10', sendDate: '2026-11-09' })).toEqual({
      ok: false,
      error: ['sendDate: 2026-11-09 is before interviewDate 2026-11-10; a thank-you goes out after the interview'],
    });
  });
});

describe('parsePrematchContextText', () => {
  it('says an empty file is empty and shows what to write', () => {
    expect(parsePrematchContextText(' \n\t')).toEqual({
      ok: false,
      error: ['(context): file is empty; expected a JSON object such as {"kind": "thank-you"}'],
    });
  });

  it('says the text is not JSON, with the parser’s reason', () => {
    const r = parsePrematchContextText('{kind: other}');
    expect(r).toEqual({ ok: false, error: [expect.stringMatching(/^\(context\): not valid JSON \(.+\)$/)] });
  });

  it('parses a valid file', () => {
    expect(parsePrematchContextText('{"kind": "inquiry", "program": " Lakeside "}')).toEqual({
      ok: true,
      value: { kind: 'inquiry', program: 'Lakeside' },
    });
  });
});
