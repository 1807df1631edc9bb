/**
 * The neighbour signal switched on (askon): what it broke in earlier rounds, and the general rules
 * that mend it. A loose neighbourhood barely moves the ranking (closeness), so it cannot overturn
 * a curated answer or pull a section in on one shared word; an out-of-scope vote does not decline a
 * question the guides answer squarely. Each family is checked with the product's index and, where
 * the mechanism needs it, with a small labelled set of our own.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import {
  closenessShares,
  createNeighbourIndex,
  currentNeighbours,
  DEFAULT_USE,
  setNeighbours,
  type LabelledQuestion,
  type NeighbourVotes,
} from '../../src/knowledge/neighbours.js';
import { getKnowledge, neighboursOn } from '../../src/knowledge/store.js';

const { index, labelled } = getKnowledge();
const before = currentNeighbours();
const product = createNeighbourIndex(labelled.questions, labelled.features);
afterEach(() => setNeighbours(before));

const cited = (answer: string): string[] => [...answer.matchAll(/\[([a-z0-9-]+#[a-z0-9-]+)\]/g)].map((m) => m[1] ?? '');
const withProduct = (q: string) => {
  setNeighbours(product);
  return answerQuestion(index, q);
};

describe('closeness: each neighbour has a say in proportion to how alike it is', () => {
  const votes = (sims: number[], section: string): NeighbourVotes => ({
    sections: new Map([[section, 1]]),
    outShare: 0,
    inShare: 1,
    topSim: sims[0] ?? 0,
    voters: sims.map((sim) => ({ sim, scope: 'in' as const, answers: [section] })),
  });

  it('gives a loose neighbourhood (questions sharing a word or two) almost no say', () => {
    const share = closenessShares(votes([0.26, 0.24, 0.22], 'letters#how-many'), DEFAULT_USE).get('letters#how-many') ?? 0;
    expect(share).toBeLessThan(0.2);
  });

  it('keeps the full share when the neighbours are close', () => {
    expect(closenessShares(votes([0.8, 0.7, 0.6], 'letters#how-many'), DEFAULT_USE).get('letters#how-many')).toBeCloseTo(1, 5);
  });

  it('lets one close neighbour outweigh many loose ones', () => {
    const v: NeighbourVotes = {
      sections: new Map(),
      outShare: 0,
      inShare: 1,
      topSim: 0.55,
      voters: [
        { sim: 0.55, scope: 'in', answers: ['letters#strong-letter'] },
        ...Array.from({ length: 8 }, () => ({ sim: 0.24, scope: 'in' as const, answers: ['red-flags#usce-kinds'] })),
      ],
    };
    const s = closenessShares(v, DEFAULT_USE);
    expect(s.get('letters#strong-letter')!).toBeGreaterThan(3 * (s.get('red-flags#usce-kinds') ?? 0));
  });
});

describe('a curated answer is not overturned by loosely similar questions', () => {
  it.each([
    'say I go unmatched this year, am I allowed to apply once more the next cycle?',
    "if the match doesn't work out for me, can I reapply next year for informatics?",
    'no match this round, is another attempt next season possible?',
    "if I don't match this cycle could I give it another try next season?",
  ])('applying again after not matching: "%s"', (q) => {
    expect(withProduct(q).faqId).toBe('reapply-after-amia-unmatched');
  });

  it('holds against a set of our own whose loose neighbours all name another section', () => {
    const own: LabelledQuestion[] = [
      { q: 'unmatched after SOAP in March, what do I do with the months until the next season?', scope: 'in', answers: ['matches#after-the-match'] },
      { q: 'third cycle coming, is it hopeless?', scope: 'in', answers: ['red-flags#multiple-match-attempts'] },
      { q: 'will programs see that this is my second attempt at the match?', scope: 'in', answers: ['red-flags#multiple-match-attempts'] },
    ];
    setNeighbours(createNeighbourIndex(own));
    expect(answerQuestion(index, 'if I fail to match can I have another go next season?').faqId).toBe('reapply-after-amia-unmatched');
  });
});

describe('an offer made on condition of leaving the Match stays an early-offer answer', () => {
  it.each([
    'a surgery program says they will give me a contract outside the match if I drop out of the NRMP, can I accept?',
    'Program director offered me a residency spot now on condition that I withdraw from the Main Residency Match. Should I agree?',
    'IM residency wants me to sign before match day and leave the NRMP. can I just do that?',
  ])('"%s"', (q) => {
    const a = withProduct(q);
    expect(cited(a.answer)[0]).toBe('prematch#early-offers');
    expect(a.lead).not.toBe('yes');
  });
});

describe('an observership letter is answered about letters, not about what counts as USCE', () => {
  it.each([
    'the one US LOR I have is from shadowing during an observership, will programs discount it?',
    'Is a recommendation from an observership attending weaker than one from hands-on US clinical work?',
    'observership doctor wrote my letter but I only watched, does that letter count for much?',
    'my only US letter comes from an observership where I just shadowed, do PDs take it less seriously?',
  ])('"%s"', (q) => {
    expect(cited(withProduct(q).answer).join(' ')).toMatch(/letters#(?:less-ideal-writers|strong-letter)/);
  });
});

describe('an out-of-scope vote does not decline what the guides answer squarely', () => {
  it.each([
    ['do CI fellowship programs expect applicants to know SQL?', 'interview-questions#programming-skills-needed'],
    ['how much programming like python or SQL do informatics fellows need?', 'interview-questions#programming-skills-needed'],
    ['is SQL knowledge expected from CI fellows?', 'interview-questions#programming-skills-needed'],
    ['my husband has H-1B with an approved I-140; can I, on H-4, get a work permit while applying?', 'visas#dependent-status'],
    ['H4 dependent here: am I able to get an EAD so I can work before residency starts?', 'visas#dependent-status'],
    ['I am on H4, can I get an EAD to work while I wait for the match?', 'visas#dependent-status'],
  ])('"%s" cites %s', (q, ref) => {
    const a = withProduct(q);
    expect(a.covered).toBe(true);
    expect(cited(a.answer)).toContain(ref);
  });

  it('even when every close labelled question like it was marked out of scope (labels older than the guide)', () => {
    const own: LabelledQuestion[] = [
      { q: 'my husband is on H1B and I am on H4, can I get EAD to work while waiting?', scope: 'out', answers: [] },
      { q: 'wife on H-4, can she get an EAD to work?', scope: 'out', answers: [] },
      { q: 'H4 spouse EAD: how do I get it so I can work?', scope: 'out', answers: [] },
    ];
    setNeighbours(createNeighbourIndex(own));
    const a = answerQuestion(index, 'on an H-4 visa, may I apply for an EAD and work while I wait for residency?');
    expect(a.covered).toBe(true);
    expect(cited(a.answer)).toContain('visas#dependent-status');
  });

  it('while a question the guides answer only loosely is still declined by such neighbours', () => {
    const own: LabelledQuestion[] = [
      { q: 'my toddler will not sleep before a big day, tips?', scope: 'out', answers: [] },
      { q: 'toddler refuses bedtime, which sleep method works?', scope: 'out', answers: [] },
      { q: 'how do I get my toddler to sleep in a hotel?', scope: 'out', answers: [] },
    ];
    setNeighbours(createNeighbourIndex(own));
    expect(answerQuestion(index, 'my toddler will not sleep the night before my interview day, any tips?').covered).toBe(false);
  });
});

describe('loose in-scope neighbours do not rescue a question the guides do not answer', () => {
  it.each([
    'what paperwork proves my residence address for the county library card?',
    'which documents show proof of residence for getting a library card in my county?',
    'how to get a job as a medical scribe so I can move into the tech industry',
    'I want to switch from scribing to a software career, where do I start?',
  ])('declined: "%s"', (q) => {
    expect(withProduct(q).covered).toBe(false);
  });

  it('nor does a set of our own whose loose neighbours name a section for "paperwork"', () => {
    const own: LabelledQuestion[] = [
      { q: 'I matched! what paperwork comes next?', scope: 'in', answers: ['matches#after-the-match'] },
      { q: 'matched, what do I do now paperwork wise?', scope: 'in', answers: ['matches#after-the-match'] },
    ];
    setNeighbours(createNeighbourIndex(own));
    expect(answerQuestion(index, 'what paperwork proves my address for a gym membership?').covered).toBe(false);
  });
});

describe('an alert-fatigue story asked for an interview keeps its informatics section', () => {
  it.each([
    'our ICU early-warning alert goes off constantly and nurses just ignore it — how would an informaticist tackle that in an interview answer?',
    'in an interview, how should I describe fixing a sepsis alert that clinicians keep overriding?',
  ])('"%s"', (q) => {
    expect(cited(withProduct(q).answer)).toContain('informatics-concepts#alert-fatigue');
  });
});

describe('the switch', () => {
  it('is on unless ADVISOR_ASK_NEIGHBOURS says off', () => {
    expect(neighboursOn({})).toBe(true);
    expect(neighboursOn({ ADVISOR_ASK_NEIGHBOURS: 'on' })).toBe(true);
    expect(neighboursOn({ ADVISOR_ASK_NEIGHBOURS: '' })).toBe(true);
    for (const v of ['off', 'OFF', ' off ', '0', 'false', 'no']) expect(neighboursOn({ ADVISOR_ASK_NEIGHBOURS: v })).toBe(false);
  });
});
