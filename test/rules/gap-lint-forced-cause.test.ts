import { describe, expect, it } from 'vitest';
import { lintGapExplanation } from '../../src/rules/gap-lint.js';

const linkNote = (t: string) => lintGapExplanation(t).find((l) => l.id === 'no-informatics-link')?.message ?? '';

// Newcomer trial 16: a war displacement with a relative killed was told to close on "what it
// taught you about data, the EHR…". The id still fires (SPEC), but the advice owes no lesson.
describe('gap lint: a gap forced by war, a loss or illness is not asked for a lesson', () => {
  const forced = [
    'From April to June 2023 I was not working because the war started in Khartoum and my family had to flee to Port Sudan. My uncle was killed in the fighting. It was the worst time of my life. In July 2023 I started as a hospitalist in Riyadh.',
    'Between March and November 2024 I did not practise. My father passed away after a long illness and I stayed with my mother to settle the family affairs. I returned to clinical work in December 2024.',
    'In 2022 I was diagnosed with breast cancer and spent ten months in treatment and recovery. Since February 2023 I am back to full-time work in the outpatient clinic.',
    'we were displaced when the shelling reached our city in 2022, the hospital closed and we lived with relatives in another region for eight months before I found a post again',
  ];
  it.each(forced)('asks for a neutral reason and the return date: %#', (t) => {
    const m = linkNote(t);
    expect(m).toMatch(/owes no lesson/);
    expect(m).toMatch(/one neutral sentence/);
    expect(m).not.toMatch(/what it taught you/);
  });

  const chosen = [
    'From 2022 to 2023 I took a break to prepare for USMLE Step 2 CK and Step 3 and passed both on my first attempt. I also helped at my cousin\u2019s pharmacy.',
    'I spent eleven months travelling and resting after my internship before I decided on my next step; I then restarted clinical work in a private clinic.',
  ];
  it.each(chosen)('keeps the usual advice for a gap the member chose: %#', (t) => {
    expect(linkNote(t)).toMatch(/what it taught you about data/);
  });
});
