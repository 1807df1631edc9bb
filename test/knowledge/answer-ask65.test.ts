// Round ask65: topics session 32's unseen questions missed (the guides lacked them or retrieval
// missed them) and newcomer trial 21's /ask findings, fixed as content and general retrieval. Each
// in wordings of our own, with near-misses that keep their old answers.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { asksIfReportedQuestionAllowed } from '../../src/knowledge/reported-question.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);
const cites = (q: string) => [...ask(q).answer.matchAll(/\[([a-z0-9-]+#[a-z0-9-]+)\]/g)].map((m) => m[1]);

describe('an interview question about children, pregnancy or religion: not the program to ask', () => {
  it.each([
    'interviewer wanted to know if we plan another baby and who minds my kids, is this allowed?',
    'at my interview they wanted to know if I am married and planning a family. do I have to answer?',
    'a faculty member asked about my religion and whether I pray during work, is that legal?',
    'one faculty kept asking about my husband and whether we want another baby. is that ok for them to ask?',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(cites(q)).toContain('matches#improper-questions');
    expect(a.answer).not.toMatch(/You also asked/);
  });
  it('near-miss: where else I interviewed keeps the ranking rule and its No', () => {
    const a = ask('the program director asked me where else I interviewed and how I will rank them, is that allowed?');
    expect(a.lead).toBe('no');
    expect(a.answer).toMatch(/where else you applied/);
  });
  it('the reading is structural: a party asked, then "is this allowed?"', () => {
    expect(asksIfReportedQuestionAllowed('the PD asked if I have kids, can they ask that?')).toBe(true);
    expect(asksIfReportedQuestionAllowed('is it allowed to send two thank-you emails?')).toBe(false);
    expect(asksIfReportedQuestionAllowed('they will ask about my gap, how do I answer?')).toBe(false);
  });
});

describe('hiding an exam failure: the transcript shows every attempt', () => {
  it.each([
    'nobody will know I failed Step 1 the first time unless I tell them?',
    'can I conceal that I failed Step 1?',
    'I would rather keep quiet about my Step 1 fail, programs will not notice if I never mention it, right?',
  ])('"%s"', (q) => {
    expect(ask(q).answer).toMatch(/transcript lists every Step/);
  });
  it.each(['how do I explain my Step 1 failure in the interview?', 'what should my personal statement say about my Step 1 fail?'])(
    'near-miss "%s" keeps the explaining answer',
    (q) => {
      expect(ask(q).faqId).toBe('explain-failure');
    },
  );
});

describe('a US citizen told by birth or passport still needs ECFMG certification', () => {
  it.each([
    'my son is american born but did medicine in the dominican republic. he says since hes a citizen he doesnt need ECFMG. is that true?',
    'I hold a US passport but graduated from a medical school in Cuba, my friend says I can skip ECFMG, right?',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(a.answer).toMatch(/still needs ECFMG certification/);
  });
});

describe('courses, certificates, CV entries and unpaid data work', () => {
  it.each([
    ['online informatics certificate worth it?', 'explaining-red-flags#technical-credibility'],
    ['is the 10x10 informatics course from AMIA useful on my CV?', 'explaining-red-flags#technical-credibility'],
    ['how to write informatics projects on CV', 'explaining-red-flags#eras-experiences'],
    ['I clean research data for free at a university, does unpaid work like that count for anything?', 'explaining-red-flags#productive-gap-activities'],
  ])('"%s"', (q, ref) => {
    expect(cites(q)).toContain(ref);
  });
});

describe('when to send a top-choice letter', () => {
  it('after the last interview, said plainly', () => {
    const a = ask('should I send my letter of intent right away or wait until my remaining interviews are over?');
    expect(a.answer).toMatch(/last interview/);
  });
});

describe('EAD renewals and a pending green card', () => {
  it('a combo card from a pending I-485 is read as its own kind of EAD', () => {
    const a = ask('is my EAD enough for residency? i have combo card EAD/AP, i-485 pending');
    expect(a.answer).toMatch(/\(c\)\(9\)/);
  });
  it.each([
    'my husband green card, if we get it during residency does it change anything for me?',
    "if my spouse's green card is approved in the middle of my residency, what happens for me?",
  ])('a green card during training asked as what it changes: "%s"', (q) => {
    expect(ask(q).faqId).toBe('green-card-during-training');
  });
  it('near-miss: a green-card holder applying still needs ECFMG', () => {
    expect(ask('I have a green card, do I still need ECFMG certification?').lead).toBe('yes');
  });
});
