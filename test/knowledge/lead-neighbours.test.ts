import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, NO_PLAIN_WORD } from '../../src/knowledge/answer.js';
import { createLeadIndex, currentLeadIndex, gistLead, setLeadIndex, withNeighbourLead } from '../../src/knowledge/lead-neighbours.js';
import type { CorpusQuestion } from '../../src/knowledge/neighbours.js';
import { getKnowledge } from '../../src/knowledge/store.js';

/**
 * Round lead34 (issue #11): yes/no questions lead with the yes or no. Questions in our own words
 * (not in the labelled corpus) in several voices, with the word the guides' answer gives; and
 * questions a yes or a no does not answer, which must get none.
 */
const knowledge = getKnowledge();
const { index } = knowledge;
const ask = (q: string) => answerQuestion(index, q);

// The product keeps neighbour leads off unless ADVISOR_ASK_NEIGHBOUR_LEADS=on (store.ts); these
// tests measure the signal itself, so they switch it on with the whole labelled set.
const productLeads = currentLeadIndex();
beforeAll(() => setLeadIndex(createLeadIndex(knowledge.labelled.questions, knowledge.labelled.features)));
afterAll(() => setLeadIndex(productLeads));

describe('yes/no questions in other voices lead with the right word', () => {
  it.each([
    ['My cousin says observerships count as hands-on clinical experience in the US. Is he right?', 'no'],
    ['is an observership hands-on experience?', 'no'],
    ['Does research in the US count as clinical experience?', 'no'],
    ['does a research year in the US count as USCE?', 'no'],
    ['Do I need a US medical licence just to apply to fellowships?', 'no'],
    ['need a US licence to apply for CI fellowships?', 'no'],
    ['Will failing Step 2 CK once make me ineligible for the fellowship?', 'no'],
    ['Is my master in health informatics enough to be board eligible without a fellowship?', 'no'],
    ['my husband asks: does CI fellowship matching run through NRMP?', 'no'],
    ['Is a US residency compulsory before I can start a clinical informatics fellowship?', 'yes'],
    ['Can ECFMG sponsor my J-1 for a CI fellowship?', 'yes'],
    ['If I match on a J-1, do I have to go back home for two years afterwards?', 'yes'],
    ['Is the AMIA match binding once results are out?', 'yes'],
    ['is the fellowship match result binding on me?', 'yes'],
    ['Must I pass Step 3 before I can get an H-1B for residency?', 'yes'],
    ['do I have to pass Step 3 first to get an H-1B for training?', 'yes'],
    ['Are CI fellowships ACGME accredited?', 'yes'],
    ['can I rank only one program in the AMIA match?', 'yes'],
  ] as const)('"%s" → %s', (q, word) => {
    const a = ask(q);
    expect(a.lead).toBe(word);
    expect(a.answer.startsWith(word === 'yes' ? '**Yes.**' : '**No.**')).toBe(true);
    expect(a.answer).not.toContain(NO_PLAIN_WORD);
  });
  // Regression of session 35, fixed in ask69: the labelled neighbours split between "Yes, it can"
  // and "It depends: it can if…"; asked whether it EVER happens, "it depends" is a yes.
  it('"Does my ECFMG certificate ever expire?" → yes', () => {
    expect(ask('Does my ECFMG certificate ever expire?').lead).toBe('yes');
  });
});

describe('near-misses: questions a yes or a no does not answer get no lead', () => {
  it.each([
    'which programs sponsor the H-1B for CI fellows?',
    'when does the AMIA match open?',
    'please tell me how to write my personal statement',
    'what counts as US clinical experience?',
    'how do I get ECFMG certified as a US citizen from a Caribbean school?',
    'could you explain how the AMIA match works, step by step?',
    'where should I do an observership, a big academic centre or a community hospital?',
    'J-1 or H-1B for the fellowship?',
  ])('"%s"', (q) => {
    expect(ask(q).lead).toBeUndefined();
  });
});

/** A small labelled set: the vote's rules, read apart from the corpus. */
const corpus = (rows: [string, string, string][]): CorpusQuestion[] =>
  rows.map(([q, gist, section], n) => ({ id: `t${n}`, file: 'x.jsonl', q, scope: 'in', answers: [section], yesNo: true, gist }));

describe('the neighbour vote', () => {
  const idx = createLeadIndex(
    corpus([
      ['do I need a US licence to apply to a CI fellowship?', 'No: no licence is needed to apply.', 'ci-pathway#licence-to-train'],
      ['is a US medical licence required to apply for the fellowship?', 'No, not to apply.', 'ci-pathway#licence-to-train'],
      ['can I apply to the fellowship without a US licence?', 'Yes: no licence is needed to apply.', 'ci-pathway#licence-to-train'],
      ['can I apply for a fellowship with a US licence?', 'Yes.', 'ci-pathway#licence-to-train'],
    ]),
  );
  const cited = new Set(['ci-pathway#licence-to-train']);

  it('reads the word from gists that open with it', () => {
    expect(gistLead('Yes, that is right')).toBe('yes');
    expect(gistLead('Generally not: …')).toBe('no');
    expect(gistLead('It depends: …')).toBe('depends');
    expect(gistLead('Two parts: …')).toBeUndefined();
    expect(gistLead('No guide answers this; say so.')).toBeUndefined();
  });

  it('counts only neighbours asked the same way (requirement, same polarity)', () => {
    expect(idx.vote('need a US licence for applying to CI fellowships?', cited)).toBe('no');
    // "Without" turns the requirement around: only the neighbour asked that way votes.
    expect(idx.vote('may I apply for the fellowship without having a US licence?', cited)).toBe('yes');
  });

  it('gives no word when the reply cites none of the neighbours’ sections', () => {
    expect(idx.vote('need a US licence for applying to CI fellowships?', new Set(['visas#j1-basics']))).toBeUndefined();
  });

  it('leads a reply, never against its own opening word, and never a negative statement or two questions', () => {
    const before = currentLeadIndex();
    setLeadIndex(idx);
    try {
      const reply: { answer: string; covered: boolean; kind: string; lead?: 'yes' | 'no' | 'depends' } = {
        answer: `${NO_PLAIN_WORD} You need no licence to apply. [ci-pathway#licence-to-train]`,
        covered: true,
        kind: 'guides',
      };
      const led = withNeighbourLead('need a US licence for applying to CI fellowships?', reply, NO_PLAIN_WORD);
      expect(led.lead).toBe('no');
      expect(led.answer).toBe('**No.** You need no licence to apply. [ci-pathway#licence-to-train]');
      const contrary = { ...reply, answer: 'Yes, some programs ask for one. [ci-pathway#licence-to-train]' };
      expect(withNeighbourLead('need a US licence for applying to CI fellowships?', contrary, NO_PLAIN_WORD).lead).toBeUndefined();
      expect(withNeighbourLead('I don’t need a US licence to apply, right?', reply, NO_PLAIN_WORD).lead).toBeUndefined();
      expect(withNeighbourLead('need a US licence to apply? and is Step 3 required to start?', reply, NO_PLAIN_WORD).lead).toBeUndefined();
    } finally {
      setLeadIndex(before);
    }
  });
});
