import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/text/document.js';

// A mail client wrapping narrowly can leave a short comma line at the start of a paragraph. Run on
// by a lower-case clause below, it opens a wrapped sentence; only a sign-off is followed by a name.
const sentences = (t: string): string[] => analyse(t).sentences.map((s) => s.canon);

describe('a short comma line that runs on is a wrapped sentence, not a sign-off', () => {
  it.each([
    'Dear Dr. Lee,\n\nThank you for the interview.\n\nI was wondering,\nonly if it is appropriate, whether there\nmight be any news about my application.\n\nThank you for your understanding,\nMina Park',
    'Hello Ms. Ortiz,\n\nI enjoyed the day.\n\nWith respect,\nwould it be possible to hear how my\ninterview was received by the faculty?\n\nKind regards,\nAhmed',
  ])('%s', (email) => {
    const joined = sentences(email).find((s) => s.includes('whether there') || s.includes('would it be possible'));
    expect(joined).toMatch(/^(?:i was wondering, only|with respect, would it be possible to hear how my interview)/);
  });

  it('a real sign-off followed by a name still closes the email', () => {
    const s = sentences(
      'Dear Dr. Lee,\n\nThank you for the interview.\n\nWarm wishes,\nMina Park\nPGY-3, Internal Medicine',
    );
    expect(s.some((x) => x.startsWith('thank you for the interview'))).toBe(true);
    expect(s.some((x) => x.includes('thank you for the interview') && x.includes('warm wishes'))).toBe(false);
  });
});
