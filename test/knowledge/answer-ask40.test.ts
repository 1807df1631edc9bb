// Readings /ask missed in round ask40, each checked in wordings of our own (none is a curated
// phrasing or a corpus item): yes/no questions typed as a tag ("…or nah") or as an equation
// ("observership = USCE?"), news after the interviews, pay typed without its auxiliary, memorising
// exam content, and suing a program.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { isYesNoQuestion } from '../../src/knowledge/question-form.js';
import { outOfScope } from '../../src/knowledge/scope.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);

describe('a yes/no question typed as a tag or an equation is read as yes/no', () => {
  it.each([
    ['research in a US lab counts as clinical experience or nah'],
    ['is my foreign internship enough for ERAS or nope?'],
    ['ci fellowships sponsor H1B or nah??'],
    ['observership = hands-on experience?'],
    ['failed step 1 = no fellowship?'],
    ['PGY2 on J1 here. J1 waiver = green card?'],
  ])('"%s"', (q) => expect(isYesNoQuestion(q)).toBe(true));

  it.each([
    ['what = ERAS, what = NRMP?'],
    ['which is better, J1 or H1B?'],
    ['should I apply in September or wait until October?'],
    ['how does the AMIA match work'],
  ])('still not yes/no: "%s"', (q) => expect(isYesNoQuestion(q)).toBe(false));

  it('an observership asked as an equation gets the curated "No"', () => {
    const a = ask('an observership in a US hospital = USCE?');
    expect(a.lead).toBe('no');
    expect(a.answer).toMatch(/observership/i);
  });

  it('a tagged question about observerships gets the same "No"', () => {
    expect(ask('does a shadowing observership count as USCE or nah').lead).toBe('no');
  });
});

describe('news that came after the interviews is worth an update', () => {
  it.each([
    ['just passed step 3, my interviews finished last month. should i email the programs?'],
    ['cleared step 3 after interviewing. do I tell programs about it'],
  ])('"%s" is answered from the updates section, never from the licence rules', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(a.answer).toMatch(/\[prematch#updates\]/);
    expect(a.answer).not.toMatch(/licence-to-train/);
    expect(a.lead === undefined || a.lead === 'yes').toBe(true);
  });

  it('a Step 3 passed after the interviews, emailed to programs: "Yes"', () => {
    expect(ask('got my step 3 pass after all my interviews. Should I email the programs about it?').lead).toBe('yes');
  });

  it('a third update is still "No"', () => {
    expect(ask('can I send the same program a third update email?').lead).toBe('no');
  });

  it('whether Step 3 is needed to start keeps its own answer', () => {
    const a = ask('is step 3 needed before my CI fellowship starts?');
    expect(a.answer).not.toMatch(/\[prematch#updates\]/);
  });
});

describe('pay typed without its auxiliary is declined as money', () => {
  it.each([['how much a PGY2 in Chicago makes'], ['how much an informatics fellow earns per year in texas?'], ['how much CMIOs gets paid?']])('"%s"', (q) => {
    expect(outOfScope(q)?.id).toBe('money');
  });

  it('"how much … makes a difference" is not pay', () => {
    expect(outOfScope('how much research makes a difference for a CI application?')?.id).not.toBe('money');
  });
});

describe('memorising exam content is exam prep', () => {
  it.each([['tips to memorize the lysosomal storage diseases for step 1?'], ['good mnemonics for step 2 ck antiarrhythmics'], ['how should I memorise micro bugs for USMLE step 1']])(
    '"%s"',
    (q) => expect(outOfScope(q)?.id).toBe('exam-prep'),
  );

  it('memorising an answer for the interview is not exam prep', () => {
    expect(outOfScope('I failed step 2 ck once, should I memorise how I explain it at interviews?')).toBeUndefined();
  });
});

describe('suing a program is a legal dispute the guides do not cover', () => {
  it.each([
    ['my residency in Cairo terminated me without a hearing. can I sue the hospital?'],
    ['thinking of filing a lawsuit against my old program, will that help me?'],
    ['the hospital back home dismissed me, should I take them to court first?'],
  ])('"%s"', (q) => expect(outOfScope(q)?.id).toBe('legal'));

  it('a match rule asked with "sue" stays in scope', () => {
    expect(outOfScope('if I break the match commitment could the program sue me?')).toBeUndefined();
  });

  it('explaining a dismissal stays in scope', () => {
    expect(outOfScope('I was let go from my residency abroad, how do I explain that on ERAS?')).toBeUndefined();
  });
});
