// ask43: curated phrasings that settle a yes/no question now carry their word, so the reply leads
// with it; a full licence question never gets a wrong Yes (residency starts on a training licence;
// fellowship: it depends on the state, DISPUTED.md).
// Each case below is worded differently from the curated phrasing it reaches.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);

describe('a full licence: residency against fellowship', () => {
  // The curated 'No' for residency was taken back at the merge: its phrasing drew "Salam, I am planning
  // the Italian medical licence exam…" (another country's licence, out of scope) into the guides. The
  // one licence answer says both: a residency starts on a training licence; a fellowship depends.
  it.each([
    'do I need a full medical licence to start residency?',
    'do I have to hold a full medical license to start my residency?',
  ])('"%s" never gets a Yes, and says a residency starts on a training licence', (q) => {
    const a = ask(q);
    expect(a.lead).not.toBe('yes');
    expect(a.answer).toMatch(/residency normally starts on one/);
    expect(a.answer).toContain('[ci-pathway#licence-to-train]');
  });

  it('residency against fellowship gets no single word, and the training licence', () => {
    const a = ask('do I need a full licence for residency vs for fellowship?');
    expect(a.lead).toBeUndefined();
    expect(a.answer).toMatch(/training licence or permit/);
  });

  it('the fellowship still depends on the state', () => {
    const a = ask('do I need a full licence to start a CI fellowship?');
    expect(a.lead).toBe('depends');
    expect(a.answer).toMatch(/^It depends on the state and the program\./);
  });
});

describe('yes/no questions whose curated answer settles them lead with the word', () => {
  it.each([
    ["isn't clinical informatics basically just IT support for the doctors?", 'no', /not IT support/],
    ['the program director asked me where else I had applied, was that allowed?', 'no', /may not ask/],
  ] as const)('"%s" → %s', (q, word, body) => {
    const a = ask(q);
    expect(a.lead).toBe(word);
    expect(a.answer).toMatch(body);
  });
});

describe('no word where the curated answer does not settle what was asked', () => {
  it.each([
    // a famous dean who never supervised: the negation is about the writer, not the question's polarity
    'should i take a letter from our famous dean who never supervised me?',
    // the commit deadline decides it, and it is not told
    'committed my AMIA list, can I still reorder it?',
    'the AMIA commit deadline was yesterday, can I still change my order?',
    // a failed match told without a negation must not turn the SOAP answer into a Yes
    'is there SOAP for the informatics fellowship if i fail to match?',
  ])('"%s" gets no Yes', (q) => {
    expect(ask(q).lead).not.toBe('yes');
  });
});

describe('one word never answers two questions or two courses', () => {
  it('a second question typed without its question mark leaves the first without a word', () => {
    const a = ask('my OET listening missed the minimum by a point, the rest passed. must I sit all four again?? and is there a cap on attempts');
    expect(a.lead).toBeUndefined();
  });

  it('"X, or is Y fine?" is not answered with the word for Y alone', () => {
    const a = ask('must I hold my primary specialty certification before the informatics fellowship begins, or is being board eligible fine?');
    expect(a.lead).not.toBe('yes');
  });

  it('the single question keeps its word', () => {
    expect(ask('do I have to be board certified in IM before the informatics fellowship starts?').lead).toBe('no');
  });
});

describe('leftovers now reach the section that answers them', () => {
  const cites = (q: string) => [...ask(q).answer.matchAll(/\[([a-z0-9-]+#[a-z0-9-]+)\]/g)].map((m) => m[1]);
  it.each([
    ["my IM boards aren't passed yet; may I take the clinical informatics exam first and my specialty boards afterwards?", 'ci-pathway#board-certification'],
    ['our ICU early-warning alert goes off constantly and nurses just ignore it — how would an informaticist tackle that in an interview answer?', 'informatics-concepts#alert-fatigue'],
  ])('"%s" cites %s', (q, ref) => {
    expect(cites(q)).toContain(ref);
  });
});
