// Readings /ask missed in round ask28 (a newcomer trial), each checked in wordings of our own
// (none is a curated phrasing or a corpus item).
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { meaningOf } from '../../src/knowledge/meaning.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);
const cites = (q: string) => [...ask(q).answer.matchAll(/\[([a-z0-9-]+#[a-z0-9-]+)\]/g)].map((m) => m[1]);

describe('a Match named by its year, by Match Day or by applying in September is the NRMP Main Residency Match', () => {
  it.each([
    'am I too late for Match 2027, its already december',
    'Should I just wait until September and apply for next years match?',
    'is there still time to get into the 2028 match if I start my application now',
    'Can I still register for the 2027 Match or did I miss it already?',
  ])('answered from the NRMP calendar, not AMIA\'s: "%s"', (q) => {
    const c = cites(q);
    expect(c).not.toContain('matches#amia-ci-match');
    expect(c.some((x) => x === 'matches#nrmp-main-match' || x === 'matches#which-match')).toBe(true);
  });

  it.each([
    'is it too late for the 2027 CI fellowship match',
    'when does the AMIA match 2027 open for preferences?',
  ])('a fellowship or AMIA named keeps the AMIA match: "%s"', (q) => {
    expect(meaningOf(q).entities.has('match:nrmp')).toBe(false);
  });
});

describe("the member's own background as a whole is asked about eligibility", () => {
  it.each([
    'can I do a clinical informatics fellowship at all with my background?',
    'given my profile, am I able to do a CI fellowship or not?',
    'with my background is a clinical informatics fellowship even possible?',
  ])('not answered as weak informatics exposure: "%s"', (q) => {
    const a = ask(q);
    expect(a.faqId).not.toBe('no-informatics-experience');
    expect(cites(q).some((c) => c === 'ci-pathway#fellowship-eligibility' || c === 'ci-pathway#exceptionally-qualified-applicants')).toBe(true);
  });

  it('a background in a named field is still informatics exposure', () => {
    expect(ask('can I apply to a CI fellowship with no informatics background at all?').faqId).toBe('no-informatics-experience');
  });
});

describe('whether to take Step 3 says that an H-1B for training needs it', () => {
  it.each(['should I take Step 3?', 'is it worth sitting step3 before applying', 'do i really need to do USMLE step 3 now or later?'])(
    'names the H-1B: "%s"',
    (q) => {
      const a = ask(q);
      expect(a.answer).toMatch(/H-1B/);
    },
  );
});
