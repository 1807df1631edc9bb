import { describe, expect, it } from 'vitest';
import { personalNote } from '../../src/app/views/ask.js';
import type { Profile } from '../../src/core/profile/schema.js';
import type { Answer } from '../../src/knowledge/answer.js';

/** An answer about H-1B, as /ask returns it; only the fields the note reads matter. */
const h1bAnswer = {
  covered: true,
  topic: 'visas#h1b-for-training',
  faqId: 'h1b-step3',
  passages: [],
} as unknown as Answer;

const onH1b = (exams: Profile['exams']): Profile => ({ version: 1, visa: 'h1b', citizenship: 'non-us', exams });

describe('/ask private note for a member on H-1B', () => {
  it('asks for Step 3 only when the profile does not show it passed', () => {
    expect(personalNote(onH1b([]), h1bAnswer)).toMatch(/Plan to have Step 3 passed/);
    expect(personalNote(onH1b([{ exam: 'step3', date: '2022-05', result: 'fail' }]), h1bAnswer)).toMatch(
      /Plan to have Step 3 passed/,
    );
  });

  it('says Step 3 is already passed, with its month, and points to the six-year limit instead', () => {
    const note = personalNote(
      onH1b([
        { exam: 'step3', date: '2021-11', result: 'fail' },
        { exam: 'step3', date: '2022-05', result: 'pass' },
      ]),
      h1bAnswer,
    );
    expect(note).toContain('Step 3 passed (May 2022)');
    expect(note).toContain('six-year limit');
    expect(note).not.toMatch(/Plan to have Step 3/);
  });
});
