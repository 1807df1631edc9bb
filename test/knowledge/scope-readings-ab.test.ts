// Three readings the blind set questions-ab found wanting, each checked in other wordings:
// - a residency abroad weighed against US graduates for a US fellowship ("am I treated the same as
//   US grads for CI fellowship?") asks about US eligibility, not another country's system;
// - "rn" closing a clause is chat for "right now", not a registered nurse;
// - "ok" before a question word is a filler: "ok now what do I do?" is not a yes/no question.
import { describe, expect, it } from 'vitest';
import { outOfScope } from '../../src/knowledge/scope.js';
import { isYesNoQuestion } from '../../src/knowledge/question-form.js';

describe('scope: a residency abroad compared with US graduates for a US fellowship', () => {
  it.each([
    'I completed internal medicine residency in Singapore under ACGME-I. Am I treated same as US residency grads for CI fellowship?',
    'my residency was in Qatar (ACGME-I accredited). will CI fellowship programs see me the same as american residents?',
    'Did pediatrics residency in UAE, ACGME-International. For informatics fellowship is it considered like a US residency?',
  ])('keeps "%s" in scope', (q) => {
    expect(outOfScope(q)).toBeUndefined();
  });

  it.each(['Is the Singapore residency match similar to the NRMP match?', 'does Australia have a match like the NRMP?'])(
    'still declines "%s": another country\'s own system',
    (q) => {
      expect(outOfScope(q)?.id).toBe('other-country');
    },
  );
});

describe('scope: "rn" as "right now"', () => {
  it.each([
    'MATCHED CI FELLOWSHIP!!! 🎉 ok now what do i actually need to do. im on J1 in IM residency rn',
    'doing observership in chicago rn, can I get a letter from the attending?',
    'studying for step 3 rn. should I mention it in my application?',
  ])('keeps "%s" in scope', (q) => {
    expect(outOfScope(q)?.id).not.toBe('other-profession');
  });

  it.each(['I am an RN, can I do a clinical informatics fellowship?', 'as an rn with 10 years in ICU, can I apply for informatics fellowship', 'is informatics good for rn'])(
    'still reads "%s" as a nurse asking',
    (q) => {
      expect(outOfScope(q)?.id).toBe('other-profession');
    },
  );
});

describe('question form: "ok" before a question word', () => {
  it.each(['ok now what do i actually need to do', 'okay so how do I ask for a letter?', 'ok, when does ERAS open?'])('"%s" is not a yes/no question', (q) => {
    expect(isYesNoQuestion(q)).toBe(false);
  });
  it.each(['ok to email the PD twice?', 'ok if I send my CV again?'])('"%s" still is', (q) => {
    expect(isYesNoQuestion(q)).toBe(true);
  });
});
