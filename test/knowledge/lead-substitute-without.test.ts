import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';

/**
 * "Will a master's make me eligible … without a fellowship?" asks whether the master's stands in for
 * the fellowship: the same proposition as "will a master's make me eligible?", whose answer is No.
 * The "without" must not turn a curated "No" into "Yes" (lead34's report: a curated **Yes.** over a
 * reply that says the degree does not count). Questions in our own words.
 */
const { index } = getKnowledge();
const lead = (q: string) => /^\*\*(Yes|No)\.\*\*/.exec(answerQuestion(index, q).answer)?.[1];

describe('a credential said to make the member eligible "without" a step is not asked the other way round', () => {
  it.each([
    'will a masters in informatics make me eligible to sit the CI boards without fellowship?',
    'would an MSc in health informatics make me board eligible without doing the fellowship?',
    'will my informatics certificate make me eligible for the boards without a fellowship',
  ])('%s → never Yes', (q) => {
    expect(lead(q)).not.toBe('Yes');
  });

  it('the leading case gets its plain No', () => {
    expect(lead('will a masters in informatics make me eligible to sit the CI boards without fellowship?')).toBe('No');
  });

  it('near-miss: asking whether the member can do something without a step still asks the opposite of needing it', () => {
    expect(lead('can I get H-1B without Step 3?')).toBe('No');
  });
});
