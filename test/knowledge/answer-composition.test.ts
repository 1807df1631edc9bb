import { describe, expect, it } from 'vitest';
import { personalNote } from '../../src/app/views/ask.js';
import type { Profile } from '../../src/core/profile/schema.js';
import { answerQuestion, NO_PLAIN_WORD, refersBack, type AskOptions } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string, opts: AskOptions = {}) => answerQuestion(index, q, opts);
const body = (answer: string) =>
  answer
    .replace(NO_PLAIN_WORD, '')
    .replace(/\s*\[[a-z0-9-]+#[a-z0-9-]+\]/g, '')
    .trim();
const firstSentence = (answer: string) => (body(answer).split(/\n/)[0] ?? '').split(/(?<=[.!?])\s+/)[0] ?? '';

describe('a complete question after an answer is read on its own, not with the previous topic', () => {
  it.each([
    ['are observerships worth doing at all, or a waste of time?', 'visas#h1b-for-training'],
    ['does research count as USCE?', 'h1b-step3'],
    ['how do I explain a gap year?', 'visas#j1-sponsorship'],
    ['do i need step 3 before applying?', 'visas#h1b-for-training'],
  ])('%s (after %s)', (q, previous) => {
    const alone = ask(q);
    const after = ask(q, { previous });
    expect(after.topic).toBe(alone.topic);
    expect(body(after.answer).length).toBeGreaterThan(40);
  });

  it('a message that leans on the previous answer still takes its topic', () => {
    expect(ask('and how long does it last?', { previous: 'h1b-step3' }).answer).toMatch(/six years/i);
    expect(ask('what about for the fellowship?', { previous: 'h1b-step3' }).topic).not.toBe(ask('what about for the fellowship?').topic);
  });
});

describe('an answer never ends on a list lead-in without its items', () => {
  it.each([
    'I flunked Step 1 the first time, am I doomed for a CI fellowship?',
    'failed step 2 ck once, be straight with me, do I still have a shot?',
    'how should I explain a failed USMLE attempt?',
    'I failed step 2 ck once, is my career over? be honest',
  ])('%s', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    for (const part of a.answer.split(/\n\n/)) {
      const text = part.replace(/\s*\[[a-z0-9-]+#[a-z0-9-]+\]/g, '').trim();
      // A line ending in a colon is followed by the items it introduces.
      const lines = text.split('\n');
      lines.forEach((line, i) => {
        if (line.trim().endsWith(':')) expect(lines[i + 1] ?? '').toMatch(/^- /);
      });
    }
  });
});

describe('an answer does not open on a sentence that points back at one it left out', () => {
  it('reads a demonstrative opening or a bare pronoun at the end as pointing back', () => {
    expect(refersBack('AMIA notes that the ACGME Common Program Requirements in force from July 2025 provide for this.')).toBe(true);
    expect(refersBack('Fellowship programs may ask for one; one CI program\'s published list starts with it.')).toBe(true);
    expect(refersBack('This rule applies to every program.')).toBe(true);
    expect(refersBack('Ask a writer early and remind them.')).toBe(false);
    expect(refersBack('It is reasonable to confirm eligibility before you pay to apply.')).toBe(false);
    expect(refersBack('Programs often set a deadline such as Match Day.')).toBe(false);
    expect(refersBack('An ACGME CI fellowship lasts two years (24 months).')).toBe(false);
  });

  it.each([
    'is there a special route into clinical informatics for surgery residents?',
    'can a general surgery resident do the CI fellowship in place of research years?',
    'how many letters do i need and can my pakistani PD write one',
    'do fellowships want a letter from my residency program director?',
    'when should I apply to CI fellowship given I finish residency in June 2027?',
  ])('%s', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(refersBack(firstSentence(a.answer))).toBe(false);
  });
});

describe('answers that stay on the question asked', () => {
  it.each([
    ["my only residency was in Nigeria, but I've done three years of research at a US university. am I eligible for a CI fellowship?"],
    ['can i do a CI fellowship if my residency was in pakistan but I did 2 years of research in the US?'],
    ['Will US research experience substitute for US residency training for clinical informatics fellowships?'],
  ])('research does not stand in for a residency: %s', (q) => {
    const a = ask(q);
    expect(a.answer).not.toMatch(/general surgery/i);
    expect(a.answer).toMatch(/exception/i);
  });

  it.each([
    ["what happens if i don't match in the AMIA match"],
    ["what happens if I don't match in the CI fellowship match?"],
  ])('not matching is answered with what comes after the results: %s', (q) => {
    expect(ask(q).answer).toMatch(/post-match/i);
  });

  it('a question about which match applies is still answered as one', () => {
    expect(ask('Is the CI fellowship in the AMIA match or the NRMP?').faqId).toBe('which-match');
  });

  it.each([
    ['does being a Caribbean grad hurt me for CI fellowship?'],
    ['is a Caribbean MD a problem for clinical informatics fellowship applications if my residency is in the US?'],
  ])('a US citizen in an ACGME residency is told the residency is what counts: %s', (q) => {
    const a = ask(q, { audience: 'us-citizen', noVisa: true });
    expect(a.answer).not.toMatch(/any other country does not meet/);
    expect(a.answer).toMatch(/residency/);
  });

  it.each([['do i need step 3 before applying?'], ['is step 3 necessary before I send my fellowship applications?'], ['Is passing Step 3 a requirement to apply?']])(
    'a general Step 3 question gets the general answer, not a low-score tip: %s',
    (q) => {
      for (const audience of [undefined, 'us-citizen', 'non-us'] as const) {
        const a = ask(q, audience ? { audience } : {});
        expect(a.answer).not.toMatch(/^\W*A rising trend/);
        expect(a.answer).toMatch(/ECFMG certification/);
      }
    },
  );

  it('the curated answer on a program director letter names the letter it speaks of', () => {
    expect(firstSentence(ask('should my PD write one of my fellowship letters').answer)).toMatch(/program director/);
  });
});

describe('the personal line is added only when the answer is about what it personalises', () => {
  const usCitizen: Profile = { version: 1, citizenship: 'us-citizen', target: 'ci-fellowship' };
  const pakistani: Profile = { version: 1, citizenship: 'non-us', visa: 'not-needed', target: 'ci-fellowship' };

  it('no sponsorship line on a Step 3 question asked after a visa answer', () => {
    for (const profile of [usCitizen, pakistani]) {
      const a = ask('do i need step 3 before applying?', { previous: 'visas#h1b-for-training', audience: profile.citizenship === 'us-citizen' ? 'us-citizen' : 'non-us', noVisa: true });
      expect(personalNote(profile, a) ?? '').not.toMatch(/sponsorship/);
    }
  });

  it('no match line on an answer that only lists a match section among further sources', () => {
    const a = ask('does being a Caribbean grad hurt me for CI fellowship?', { audience: 'us-citizen', noVisa: true });
    expect(personalNote(usCitizen, a)).toBeUndefined();
  });

  it('the match line stays on an answer about the match', () => {
    const a = ask("what happens if i don't match in the AMIA match");
    expect(personalNote(usCitizen, a)).toMatch(/AMIA Clinical Informatics Fellowship Match/);
  });
});
