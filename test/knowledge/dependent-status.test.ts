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
    'my husband is H1B engineer, i am H4 wife. if i match can i join residency with H4 or i need my own visa',
    'Is H-4 status enough for residency training?',
  ])('answers "%s" first with H-4 alone allowing no work (never Yes or It depends), then what would do (an EAD the program takes, or a sponsored visa)', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(a.faqId).toBe('h4-dependent-training');
    expect(a.lead === undefined || a.lead === 'no').toBe(true);
    expect(a.answer).toMatch(/^(?:\*\*No\.\*\* )?H-4 on its own lets you live and study in the US but not work/);
    expect(a.answer).toMatch(/EAD/);
    expect(a.answer).toMatch(/J-1 \(two-year home rule\) or an H-1B \(Step 3 first\)/);
    expect(cited(a.answer)[0]).toBe('visas#dependent-status');
  });

  it("answers which visa an H-4 spouse needs without a yes or a no", () => {
    const a = ask("my wife is on H1B, I'm H4, which visa should I put for residency?");
    expect(a.faqId).toBe('h4-dependent-training');
    expect(a.lead).toBeUndefined();
  });

  it.each(['can i train on H4 EAD', 'do residency programs take EAD holders?', 'I have H4 EAD card, will a fellowship accept it or not'])(
    'answers "%s" with It depends: an EAD allows work, and each program decides whether it takes one',
    (q) => {
      const a = ask(q);
      expect(a.covered).toBe(true);
      expect(a.faqId).toBe('h4-ead-training');
      expect(a.lead === undefined || a.lead === 'depends').toBe(true);
      expect(a.answer).not.toMatch(/^\*\*(?:Yes|No)\.\*\*/);
      expect(cited(a.answer)[0]).toBe('visas#dependent-status');
    },
  );

  it.each(['how do I renew my EAD card', 'what documents does my H4 extension need?'])(
    'still declines "%s": a work permit or status asked about outside training is not in the guides',
    (q) => {
      expect(ask(q).covered).toBe(false);
    },
  );
});
