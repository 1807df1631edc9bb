// Round ask56: the readings behind session 29's six expected failures, and two eligibility
// readings (a preliminary or transitional year; residency first or fellowship?), each asked in
// wordings of our own with near-misses that must not change.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);
const cited = (text: string): string[] => [...text.matchAll(/\[([a-z0-9-]+#[a-z0-9-]+)\]/g)].map((m) => m[1]!);

describe('a long gap asked about in general is the gap answer, a residency-only worry the residency one', () => {
  it.each(['my gap is 6 years since MBBS, am I finished?', 'I have a 4 year gap after graduation. is it hopeless?'])('"%s" gets how programs read a gap', (q) => {
    expect(cited(ask(q).answer)).toContain('red-flags#training-gaps');
  });
  it.each(["I haven't seen patients in 5 years, will IM residency programs still take me?", 'will a 3 year break from clinical work hurt my chances for internal medicine residency?'])(
    'near-miss "%s" keeps the residency answer',
    (q) => {
      expect(ask(q).faqId).toBe('clinical-absence-residency');
    },
  );
});

describe('a licence asked for applying is not a licence asked for starting', () => {
  it('applying: No', () => {
    const a = ask('must I hold an unrestricted state license at the time I submit my CI fellowship application?');
    expect(a.faqId).toBe('licence-to-apply-fellowship');
    expect(a.lead).toBe('no');
  });
  it.each(['do I need a full licence before I begin the informatics fellowship?', 'is a US license required to start CI fellowship training?'])('starting (near-miss): "%s" depends', (q) => {
    const a = ask(q);
    expect(a.faqId).toBe('licence-to-start-fellowship');
    expect(a.lead).toBe('depends');
  });
});

describe('the whole route summed ("all together", "in total", "overall") is the route length', () => {
  it.each(['what is the total duration if I do IM residency and after that clinical informatics fellowship?', 'overall, how many years is residency plus the fellowship?'])('"%s"', (q) => {
    expect(cited(ask(q).answer)).toContain('ci-pathway#route-length');
  });
  it('near-miss: the fellowship alone stays two years', () => {
    expect(ask('how long is the CI fellowship?').faqId).toBe('fellowship-length');
  });
});

describe('a curated answer held nearly whole is not vetoed by neighbours sharing one name', () => {
  it('"is there a cap on how many times I can sit USMLE Step 3?" gets the attempt limit', () => {
    expect(ask('is there a cap on how many times I can sit USMLE Step 3?').faqId).toBe('usmle-attempt-limit');
  });
  it('near-miss: the H-1B and Step 3 stays the H-1B answer', () => {
    const a = ask('does the H-1B need Step 3 passed?');
    expect(a.faqId).toBe('h1b-step3');
    expect(a.lead).toBe('yes');
  });
});

describe('a named Step failed once is "a failed Step"', () => {
  it('"failed step 1 on my first attempt, is a clinical informatics fellowship still realistic?" leads Yes', () => {
    expect(ask('failed step 1 on my first attempt, is a clinical informatics fellowship still realistic?').lead).toBe('yes');
  });
  it('the opposite outcome asked ("does it end my chances?") leads No', () => {
    expect(ask('does failing step 3 once end my chances at CI fellowship?').lead).toBe('no');
  });
});

describe('named standards the night before an interview are cramming', () => {
  it('"Interview in the morning. Worth pulling an all-nighter memorising ICD and CPT codes?"', () => {
    const a = ask('Interview tomorrow morning, should I cram the ICD and CPT terminologies tonight?');
    expect(a.passages.map((p) => `${p.doc}#${p.section}`)).toContain('interview-preparation#final-48-hours');
  });
  it('near-miss: what a standard is stays a definition', () => {
    expect(ask('what is SNOMED?').passages[0]?.doc).toBe('informatics-concepts');
  });
});

describe('a preliminary or transitional year alone never opens the CI fellowship', () => {
  it.each([
    'I did a prelim surgery year in Detroit, can I apply to CI fellowship now?',
    'finished TY at a community hospital last June - eligible for informatics fellowship?',
    'did one year of IM prelim, can I apply to the AMIA match?',
    "my PGY-1 was a transitional year and that's all I have; is the informatics fellowship open to me?",
    'i only completed an intern year in the US, enough for clinical informatics fellowship?',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.faqId).toBe('prelim-year-eligibility');
    expect(a.answer).toMatch(/^(?:\*\*No\.\*\* )?That year alone does not make you eligible/);
    expect(a.answer).toMatch(/ABPM/);
  });
  it.each([
    ['a categorical residency under way after the prelim year', 'I did a prelim year then matched categorical IM, now PGY-3, can I apply to CI fellowship?'],
    ['SOAP after a prelim match', 'matched prelim only, can I SOAP for categorical IM?'],
    ['a surgery resident in the research years', "I'm a PGY-3 surgery resident, can I do the CI fellowship in my research years?"],
  ])('near-miss (%s) is not that answer', (_, q) => {
    expect(ask(q).faqId).not.toBe('prelim-year-eligibility');
  });
});

describe('"residency first or fellowship?" is answered whole', () => {
  it.each(['Residency first or fellowship?', 'should I do residency first', 'which is first for an IMG: residency or CI fellowship?', 'can I skip residency and go straight to the fellowship', 'fellowship without residency?'])(
    '"%s" gets the residency-first answer with the exception for a residency abroad',
    (q) => {
      const a = ask(q);
      expect(a.faqId).toBe('fellowship-without-residency');
      expect(a.answer).toMatch(/exceptionally qualified/);
      expect(cited(a.answer)).toContain('ci-pathway#fellowship-eligibility');
    },
  );
});
