// A member on a dependent status (H-4, the spouse of an H-1B worker) asks whether they can train on
// it. The newcomer trial of session 11 got the seven-year J-1 rule instead; the visa guide now has
// a section on dependent status and work permits, from a university's summary of the USCIS rule and
// two institutions' GME policies, and a curated answer.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);
const cited = (text: string): string[] => [...text.matchAll(/\[([a-z0-9-]+#[a-z0-9-]+)\]/g)].map((m) => m[1]!);

describe('/ask on a dependent status and a work permit', () => {
  it.each([
    "I am on H-4 visa as my husband's dependent. Can I do residency on my H-4 or do I need to change to J-1?",
    "my wife is on H1B, I'm H4, which visa should I put for residency?",
    'can i train on H4 EAD',
    'do residency programs take EAD holders?',
  ])('answers "%s" with what decides it: a work permit the program accepts, or a sponsored visa', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(a.faqId).toBe('h4-dependent-training');
    expect(a.answer).toMatch(/^It depends on a work permit\./);
    expect(a.answer).toMatch(/H-4 on its own does not allow work/);
    expect(a.answer).toMatch(/J-1 \(two-year home rule\) or an H-1B \(Step 3 first\)/);
    expect(cited(a.answer)[0]).toBe('visas#dependent-status');
  });

  it.each(['how do I renew my EAD card', 'what documents does my H4 extension need?'])(
    'still declines "%s": a work permit or status asked about outside training is not in the guides',
    (q) => {
      expect(ask(q).covered).toBe(false);
    },
  );
});
