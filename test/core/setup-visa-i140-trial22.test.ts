/**
 * A green-card step typed in the visa answer is never dropped silently (newcomer trial 22): the
 * visa box keeps the visa, and the note says the I-140 is not stored and where it counts (a
 * timeline note the red-flag report reads). Our own paraphrases; a plain visa answer gets no such line.
 */
import { describe, expect, it } from 'vitest';
import { visaNote } from '../../src/core/profile/setup-flow.js';

describe('visa answer naming an I-140', () => {
  it.each([
    'H1B (on it now, six years used by mid 2026, extended on approved I-140)',
    'h-1b; my I140 was approved in 2022',
    'H1B - past 6 yrs on EB2 I-140 approval',
  ])('%s: said not stored, with the timeline note to add', (raw) => {
    const note = visaNote(raw) ?? '';
    expect(note).toMatch(/approved I-140 is not stored here/);
    expect(note).toMatch(/timeline entry's note/);
    expect(note).toMatch(/extensions past six years/);
  });

  it('a pending I-140 is said as pending, without the extension promise', () => {
    const note = visaNote('H1B, I-140 filed last spring, not yet approved') ?? '';
    expect(note).toMatch(/pending I-140 is not stored here/);
    expect(note).not.toMatch(/extensions past six years/);
  });

  it('a plain visa answer gets no I-140 line', () => {
    expect(visaNote('H-1B') ?? '').not.toMatch(/I-140/);
  });
});
