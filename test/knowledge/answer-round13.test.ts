import { describe, expect, it } from 'vitest';
import { answerQuestion, leadWord } from '../../src/knowledge/answer.js';
import { negations } from '../../src/knowledge/question-form.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);

describe('round thirteen: a yes/no question is settled by any proposition its curated entry carries', () => {
  it.each([
    ['AMIA membership asked as joining', 'Do I have to join AMIA before entering the CI match?', 'yes'],
    ['J-1 sponsorship asked as who does it', 'Is ECFMG the one that sponsors J-1 for an informatics fellow?', 'yes'],
    ['SOAP asked for the fellowship match', 'Unmatched after the AMIA match — is there a SOAP round for informatics?', 'no'],
    ['asking for one\'s place on a rank list', "Am I permitted to ask a PD where I'll be on their rank list?", 'no'],
  ])('%s', (_what, q, word) => {
    expect(ask(q).lead).toBe(word);
  });

  it('a contrast ("a different match from the NRMP") asks the proposition the other way round', () => {
    expect(negations('Do CI fellowships use a different match from the NRMP?')).toBe(1);
    expect(negations('Do CI fellowships use the NRMP?')).toBe(0);
    expect(ask('Do clinical informatics fellowships use a different match from the NRMP?').lead).toBe('yes');
  });

  it('asking whether something ended one\'s chances turns "is it still possible?" around', () => {
    expect(negations('is CI fellowship dead for me')).toBe(1);
    expect(negations('Does that end my chances at informatics fellowship?')).toBe(1);
  });

  it('a negation told before the question counts for what the curated question negates', () => {
    const a = ask('I have zero US clinical experience, not even observership. Can I still get strong letters for informatics residency?');
    expect(a.lead).not.toBe('no');
  });

  it('"anything like SOAP" asks about a kind of process, so a word about SOAP itself does not answer it', () => {
    expect(leadWord("didn't match in the AMIA match. is there any scramble thing like SOAP for fellowship??", { phrasing: 'Does the AMIA match have a SOAP?', yes: false, precision: 1, recall: 1 })).toBeUndefined();
    expect(leadWord('does the AMIA match have a SOAP?', { phrasing: 'Does the AMIA match have a SOAP?', yes: false, precision: 1, recall: 1 })).toBe('no');
  });
});

describe('round thirteen: leads the expert reviewer found wrong or weak', () => {
  it('a residency done abroad "depends on the route", never a bare No', () => {
    const a = ask('Can I apply with a residency done abroad?');
    expect(a.lead).toBe('depends');
    expect(a.answer).toMatch(/exceptionally qualified/);
  });

  it('a US-trained member is not told their eligibility "depends" on a foreign-residency route', () => {
    expect(ask('EM IMG, finished US EM residency last yr. eligible for CI fellow yes?').lead).not.toBe('depends');
  });

  it.each([
    'My letter is 4 years old, should I still use it?',
    'is a 4 year old LOR ok to use?',
    'are translated letters acceptable?',
    'Can I submit my professor\'s letter in German with a translation?',
  ])('advice on an old or non-English letter leads with no bare No: %s', (q) => {
    const a = ask(q);
    expect(a.kind).toBe('faq');
    expect(a.lead).toBeUndefined();
    expect(a.answer).toMatch(/^Only if you truly have no alternative/);
  });

  it('the $100,000 H-1B payment is answered in full (who pays, from when, inside-the-US changes of status, what to ask)', () => {
    const a = ask('does the 100k H1B fee apply to fellows?');
    expect(a.covered).toBe(true);
    expect(a.answer).toMatch(/September 21, 2025/);
    expect(a.answer).toMatch(/change of\s+status/);
    expect(a.answer).toMatch(/ask each program in\s+writing/);
  });

  it('a cap-exempt program and the $100,000 fee is a visa question, not personal finance', () => {
    expect(ask('My program is cap-exempt, so does the $100,000 fee not apply to me?').covered).toBe(true);
    expect(ask('how much do H1B residents earn?').declined).toBe('money');
  });

  it('the cap-exempt answer says the payment may still apply', () => {
    const a = ask('What does cap-exempt H-1B mean?');
    expect(a.answer).toMatch(/lottery only/);
    expect(a.answer).toMatch(/\$100,000/);
  });

  it('"is an observership useful?" leads Yes with what it does and does not show', () => {
    const a = ask('is an observership useful?');
    expect(a.lead).toBe('yes');
    expect(a.answer).toMatch(/not hands-on/);
  });
});

describe('a yes or no only for the question asked (session 9 blind reading)', () => {
  it('gives no single word when the question asks for several where the curated question asks for one', () => {
    // (Since ask15 "3 programs" is read as several, so this question reaches the curated question
    // about several programs and gets its No; a permission about one program still gives no word.)
    const a = answerQuestion(getKnowledge().index, "Can I send 'you are my top choice' email to 3 programs to increase chance?");
    expect(a.lead).toBe('no');
    expect(a.answer).toMatch(/one program/);
    expect(leadWord("Can I send 'you are my top choice' email to 3 programs to increase chance?", { phrasing: 'Can I tell a program it is my number one?', yes: true })).toBeUndefined();
  });

  it('gives no single word when a requirement is asked against an advice question (mandatory is not advisable)', () => {
    const a = answerQuestion(
      getKnowledge().index,
      'Is it mandatory to waive my right to view the recommendation letters in ERAS? I would like to check what my consultant wrote.',
    );
    expect(a.lead).toBeUndefined();
    expect(a.answer).not.toMatch(/^\*\*Yes\.\*\*/);
  });
});
