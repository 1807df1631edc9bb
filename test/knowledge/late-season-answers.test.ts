// Questions a newcomer asked in December that the guides answered with the wrong paragraph or
// without the word that decides: "can I still submit ERAS in December?" had been given the
// professionalism answer ("submit" read like "disclose"); SOAP eligibility was never said; "how
// many programs should I rank?" got no number or range at all; "board certified without finishing
// residency?" got no "No". Facts: AAMC ERAS FAQ, NRMP help pages and ABPM, checked 2026-12-05.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);

describe('late-season questions', () => {
  it.each([
    'can I still submit ERAS in December?',
    'is it too late to send my ERAS application now, its december already',
    'havent applied yet, can i still apply to residency programs on ERAS this late?',
  ])('a late ERAS application gets the season that is still open and the program deadline: "%s"', (q) => {
    const a = ask(q);
    expect(a.answer).toMatch(/May 31/);
    expect(a.answer).toMatch(/own deadline/);
    expect(a.answer).not.toMatch(/professionalism|disclose/i);
  });

  it('a late ERAS application for a fellowship is for next season', () => {
    expect(ask('can I still submit ERAS in December?').answer).toMatch(/next season/);
  });

  it.each([
    'am I eligible for SOAP if I don\'t match?',
    'what do I need to be able to do SOAP as an IMG',
    'do I need to be ECFMG certified for SOAP?',
  ])('SOAP eligibility names registration, ECFMG verification and being unmatched: "%s"', (q) => {
    const a = ask(q);
    expect(a.answer).toMatch(/registered with the NRMP/);
    expect(a.answer).toMatch(/ECFMG's confirmation/);
    expect(a.answer).toMatch(/unmatched or partially matched/);
  });

  it.each(['how many programs should I rank?', 'is there a minimum number of programs i must put on my rank list'])(
    'how many programs to rank says there is no set number and no minimum: "%s"',
    (q) => {
      const a = ask(q);
      expect(a.answer).toMatch(/no right number|Neither match sets a minimum/);
      expect(a.answer).toMatch(/interviewed with and\s+would (?:genuinely|truly) attend/);
    },
  );

  it.each([
    'can I become board certified in clinical informatics without finishing residency?',
    'is it possible to get the CI boards without doing any residency, only the fellowship?',
  ])('board certification without a residency opens with No: "%s"', (q) => {
    const a = ask(q);
    expect(a.lead).toBe('no');
    expect(a.answer).toMatch(/primary specialty certification/);
  });

  it('a question about the rank list deadline is not taken for how many programs to rank', () => {
    const a = ask('What is rank list deadline of NRMP main residency match 2027?');
    expect(a.faqId).not.toBe('how-many-to-rank');
  });
});

describe('disclosing a remediation', () => {
  // Trial 3: "do I need to tell programs about my remediation?" had opened "I can't give a plain yes
  // or no" and never said to disclose it.
  it.each(['do I need to tell programs about my remediation?', 'Do I have to tell fellowship programs about my probation?'])(
    'says never to hide it: "%s"',
    (q) => {
      const a = answerQuestion(index, q);
      expect(a.answer).toMatch(/Never hide it|Disclose it honestly/);
    },
  );
});

describe('soap that is not the SOAP', () => {
  // Held-out questions-s: "how to make homemade soap with coconut oil" was answered with the new
  // SOAP section; the Match's SOAP comes with the Match, unmatched places or programs.
  it.each(['how to make homemade soap with coconut oil, whats the lye ratio', 'which soap is best for sensitive skin'])(
    'is declined: "%s"',
    (q) => {
      expect(answerQuestion(index, q).covered).toBe(false);
    },
  );

  it('the Match SOAP is still answered', () => {
    expect(answerQuestion(index, 'am I eligible for SOAP if I go unmatched in the NRMP match?').answer).toMatch(/SOAP/);
  });
});
