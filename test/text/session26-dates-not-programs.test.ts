/**
 * Newcomer trial 14: "After my interview on Nov 19, … Einstein is my first choice" was flagged HIGH as
 * a top choice told to two programs, "Nov" read as a program's name. A month or a day shortened as
 * members and mail clients write them names no program; a real second program still does.
 */
import { describe, expect, it } from 'vitest';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';
import { parsePrematchContext } from '../../src/rules/prematch-context.js';

function pm(email: string, program = 'Einstein Pediatrics'): string[] {
  const parsed = parsePrematchContext({ kind: 'top-choice', program, interviewDate: '2026-11-19' });
  if (!parsed.ok) throw new Error('bad context');
  return checkPrematchEmail(email, parsed.value, '2026-12-06', {}).findings.map((f) => f.id);
}

describe('a shortened month or weekday beside a top-choice statement is a date, not a second program', () => {
  it.each([
    'Dear Dr. Patel, After my interview on Nov 19, I want to let you know that Einstein is my first choice and I will rank it first. Your sepsis dashboard work with Dr. Lee stayed with me.',
    'Dear Dr Patel,\nSince our talk on Thu (Nov. 19) I am sure: Einstein Pediatrics is my number one program. Thank you for showing me the PICU early-warning tool.',
    'dear dr patel - writing after the Oct 30 / Nov 19 visits to say Einstein is my top choice, the informatics elective you described is exactly what I want',
    'Respected Dr. Patel, I humbly write on Sept 2 to inform that Einstein Pediatrics is my first choice, and the quality dashboard project of Dr. Lee is the reason.',
  ])('%s', (email) => {
    expect(pm(email)).not.toContain('multiple-top-choice');
  });

  it('still flags a second program named as first in the same email', () => {
    expect(
      pm(
        'Dear Dr. Patel, After my interview on Nov 19, I want you to know Einstein is my first choice, and Montefiore is my first choice as well. I loved the PICU dashboard Dr. Lee showed me.',
      ),
    ).toContain('multiple-top-choice');
  });
});
