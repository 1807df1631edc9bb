// Round ask68: newcomer trial 23's /ask findings (an H-4 EAD internist applying to an IM residency
// with an informatics track), each fixed as a general rule. The questions are written for this test
// in other voices than the trial's (texting, situation first, non-native), with near-misses on the
// other side of each line that must not change.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);
const cites = (q: string) => ask(q).passages.map((p) => `${p.doc}#${p.section}`);

describe("a member's own switch to a training visa, weighed against an H-4 EAD, is answered, never 'family visas'", () => {
  const own = [
    'should i switch to J-1 instead so i dont have problem with EAD?',
    'thinking to change from H4 to J1 for residency, my EAD is problem, good idea?',
    'would going J-1 be safer than depending on my work permit?',
    'is it smarter to drop the h4 ead and take the j1 the program offers?',
  ];
  for (const q of own)
    it(q, () => {
      const a = ask(q);
      expect(a.declined).toBeUndefined();
      expect(a.faqId).toBe('h4-ead-or-switch-to-j1');
    });

  const stillDeclined = ['can my H4 EAD be used to work at Walmart?', 'how do I renew my EAD card?', 'my husband wants to switch his H1B to another company, will my EAD continue?'];
  for (const q of stillDeclined) it(`near-miss stays declined: ${q}`, () => expect(ask(q).declined).toBeDefined());
});

describe('Step 3 timing questions reach the passage on when results arrive', () => {
  const timing = [
    'how long does it take to get step 3 score back?',
    'when do step 3 results come? if i take it in february will it be before rank list deadline?',
    'booking step 3 for mid feb - would the score reach programs in time for ranking?',
    'is it good idea to take Step 3 before rank list deadline as IMG?',
    'should i take step 3 before the rank list? i think to book it february 2027',
  ];
  for (const q of timing) it(q, () => expect(cites(q)).toContain('ci-pathway#step3-timing'));

  it('a February sitting is answered as most likely after the rank list', () => {
    const a = ask('booking step 3 for mid feb - would the score reach programs in time for ranking?');
    expect(a.answer).toMatch(/most likely come after the rank list/);
  });
  it('near-miss: where Step 3 is given keeps its own section', () => {
    expect(cites('can I sit step 3 in my home country?')[0]).toBe('ci-pathway#step3-where');
  });
});

describe('a pending EAD renewal: the current rule said plainly, dated and sourced', () => {
  const pending = [
    'if i file EAD renewal before it expire and it still pending, can i keep working in residency?',
    'my EAD card ends next fall and renewal is pending, may I keep seeing patients after it ends?',
  ];
  // Known gaps at the round's end (reported): told without "keep working", they reach the renewal
  // passage's filing advice or the ranking answer, not the plain rule.
  const gaps = [
    'work permit renewal sent to USCIS months ago, no decision yet, can the hospital keep me on the wards after the card date?',
    'EAD renewal still processing when my card runs out during intern year - am I allowed to continue?',
  ];
  for (const q of gaps) it.fails(`known gap: ${q}`, () => expect(ask(q).faqId).toBe('ead-renewal-pending-work'));
  for (const q of pending)
    it(q, () => {
      const a = ask(q);
      expect(a.faqId).toBe('ead-renewal-pending-work');
      expect(a.answer).toMatch(/October 30, 2025/);
      expect(a.answer).toMatch(/2025-19702/);
    });
});

describe("an H-4 spouse's EAD is (c)(26), not (c)(9)", () => {
  for (const q of ['will program rank me lower because my EAD expire in PGY-1?', 'my H4 work permit runs out a few months into intern year, will programs hold that against me?'])
    it(q, () => {
      const a = ask(q);
      expect(a.answer).not.toMatch(/\(c\)\(9\)/);
      expect(a.answer).toMatch(/\(c\)\(26\)/);
    });
  it('near-miss: the combo card from a pending green-card application stays (c)(9)', () => {
    expect(ask('will residency programs accept my combo card EAD from a pending I-485?').answer).toMatch(/\(c\)\(9\)/);
  });
});

// Known gap: a curated 'ABIM then ABPM' answer took 'can I take the ABPM boards after a US fellowship?'
// from its section (test/knowledge/answer.test.ts), so it was withdrawn; the question still needs one.
// Kept as expected failures rather than skipped (CI fails on any skipped test): each turns red the day
// the question gets its answer, so the marker is removed then.
describe('which board certifies clinical informatics', () => {
  for (const q of ['ABPM or ABIM for clinical informatics board?', 'which board certify clinical informatics? ABIM or ABPM?', 'after IM residency who gives me the informatics board certificate, abim?', 'is the clinical informatics board exam from ABIM or another board?'])
    it.fails(`known gap: ${q}`, () => {
      const a = ask(q);
      expect(a.answer).toMatch(/ABIM/);
      expect(a.answer).toMatch(/ABPM/);
      expect(a.answer).toMatch(/24-month/);
    });
  it('near-miss: the licence question keeps its own answer', () => {
    expect(ask('can I take the CI board exam with a training licence?').faqId).toBe('board-training-licence');
  });
});

describe('a residency abroad: PGY-1, and it still counts in the application', () => {
  // Known gap: "back home" still pulls the J-1 two-year home-residence rule.
  it.fails('known gap: finished 4 yrs of medicine residency back home, must i begin as an intern again in the US?', () =>
    expect(ask('finished 4 yrs of medicine residency back home, must i begin as an intern again in the US?').answer).toMatch(/still counts in your application/),
  );
  for (const q of ['does my vietnamese IM residency count for anything? can i skip PGY-1?', 'will my residency in my country be worth anything when I apply to US programs?'])
    it(q, () => {
      const a = ask(q);
      expect(a.answer).toMatch(/PGY-1/);
      expect(a.answer).toMatch(/still counts in your application/);
    });
});

describe("a member's target match chooses the SOAP paragraph in private, never in public", () => {
  const soap = ['i am so worry, if i dont match in march can i still do SOAP with H4 EAD or program need visa?', 'what happens if I don\u2019t match?', 'no match for me this year, what now?', 'if I end up unmatched what are my options'];
  for (const q of soap) {
    it(`private, residency target: ${q}`, () => {
      const a = answerQuestion(index, q, { match: 'nrmp' });
      if (a.faqId !== 'soap') return;
      expect(a.answer).not.toMatch(/AMIA match has no SOAP/);
      expect(a.answer).toMatch(/SOAP/);
    });
    it(`public: ${q}`, () => {
      const a = ask(q);
      if (a.faqId !== 'soap') return;
      expect(a.answer).toMatch(/AMIA match has no SOAP/);
    });
  }
  it('private, fellowship target: the AMIA part only', () => {
    const a = answerQuestion(index, 'what happens if I don\u2019t match?', { match: 'amia' });
    expect(a.faqId).toBe('soap');
    expect(a.answer).toMatch(/AMIA match has no SOAP/);
    expect(a.answer).not.toMatch(/^It depends/);
  });
  it('the soap entry is reached privately', () => expect(answerQuestion(index, 'what happens if I don\u2019t match?', { match: 'nrmp' }).faqId).toBe('soap'));
});

describe('research as USCE at some programs: programs define it', () => {
  for (const q of ['does research count as USCE for some programs?', 'is research counted as USCE at certain programs?'])
    it(q, () => {
      const a = ask(q);
      expect(a.answer).not.toMatch(/^\*\*No\.\*\*/);
      expect(a.answer).toMatch(/own definition/);
    });
  for (const q of ['is research USCE?', 'does my research year count as clinical experience?', 'does research count as US clinical experience?'])
    it(`near-miss keeps its plain No: ${q}`, () => expect(ask(q).faqId).toBe('research-as-usce'));
});

describe("a PhD supervisor's letter", () => {
  for (const q of ['my PI is PhD not MD, is her letter ok for IM residency?', 'is a letter from my research supervisor (she has a PhD, no MD) acceptable for residency?', 'lab boss is a scientist not a doctor - fine to use his LOR for the match?'])
    it(q, () => {
      const a = ask(q);
      expect(a.answer).toMatch(/physician/);
      expect(a.passages.map((p) => `${p.doc}#${p.section}`)).toContain('letters#non-physician-writers');
    });
});
