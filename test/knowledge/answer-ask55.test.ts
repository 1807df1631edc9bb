import { describe, expect, it } from 'vitest';
import { answerQuestion, type Answer } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';

/**
 * Round ask55 (newcomer trial 17: a citizen of one country holding permanent residence in another,
 * with a foreign specialist title, asking about a US residency or a CI fellowship). Each rule is
 * checked in wordings of our own, in several voices, with near-misses that must keep their answer.
 */
const { index } = getKnowledge();
const ask = (q: string): Answer => answerQuestion(index, q);
const cited = (a: Answer): string[] => [...a.answer.matchAll(/\[([a-z0-9-]+#[a-z0-9-]+)\]/g)].map((m) => m[1]!);

describe('permanent residence of another country is not US permanent residence', () => {
  it.each([
    'Which visa would I need for a US residency? I am an Egyptian citizen and a permanent resident of Canada.',
    'my canadian PR card - does it count as permanent residence so no visa is needed for residency in the US?',
    'I hold UK indefinite leave to remain but I am a Nigerian national: is that enough to start a US residency without sponsorship?',
    'Australian PR here (citizen of Sri Lanka). For US fellowship training do I still need a J1 or H1B?',
    'living in canada as a PR for 3 years, do I need any visa to join an internal medicine residency in the USA?',
  ])('"%s": needs a training visa, never "no visa needed"', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(a.answer).not.toMatch(/^\*\*Yes\.\*\*/);
    expect(a.answer).not.toMatch(/permanent resident who studied medicine abroad needs no visa/);
    expect(a.answer).toMatch(/not US permanent\s+residence/);
    expect(a.answer).toMatch(/J-1 through ECFMG/);
    expect(a.answer).toMatch(/H-1B/);
    expect(cited(a)).toContain('visas#other-country-residence');
  });

  it('a US green-card holder keeps the answer that no visa is needed', () => {
    const a = ask("I'm a US permanent resident (green card holder) who studied in India, do I need a visa for residency?");
    expect(a.answer).toMatch(/needs no visa/);
    expect(cited(a)).not.toContain('visas#other-country-residence');
  });

  it("a relative's residence abroad is not the member's training question", () => {
    const a = ask('my wife has Canadian PR, can she visit me in the US while I do residency?');
    expect(a.answer).not.toMatch(/not US permanent\s+residence/);
  });
});

describe('TN status: citizens of Canada and Mexico only, and not for residency or fellowship', () => {
  it.each([
    'I am a Canadian permanent resident with an Indian passport. Could I use TN for residency the way Canadian citizens do?',
    "I'm a Canadian citizen, can I do my IM residency on TN status?",
    'someone told me NAFTA lets Canadian residents do residency in the US without a visa, true?',
    'Mexican citizen here: is the TN visa an option for a clinical informatics fellowship?',
  ])('"%s": answered No, never declined', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(a.answer).not.toMatch(/^\*\*Yes\.\*\*/);
    expect(a.answer).toMatch(/teaching or research/);
    expect(a.answer).toMatch(/citizens of Canada and Mexico/);
    expect(cited(a)).toContain('visas#other-country-residence');
  });

  it('Tennessee ("TN") is not TN status', () => {
    const a = ask('Can I apply to residency in TN (Tennessee) programs as an IMG?');
    expect(a.answer).not.toMatch(/USMCA/);
  });
});

describe('the Statement of Need and the home rule follow the most recent permanent residence', () => {
  it.each([
    'Living in Australia as a PR, citizen of Sri Lanka: which country writes my statement of need for the J-1?',
    'I am a Pakistani citizen with Canadian PR. For a J1 does my home rule count in Pakistan or Canada?',
    'citizen of india, permanent resident of the UK (ILR) - statement of need from which ministry?',
  ])('"%s": the country of most recent legal permanent residence, one answer for both', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(a.answer).toMatch(/most recent legal permanent residence/);
    expect(a.answer).toMatch(/nationality or of last legal permanent residence/);
    expect(a.answer).not.toMatch(/home country's Ministry of Health/);
    expect(cited(a)).toContain('visas#other-country-residence');
  });

  it("the J-1 section itself says the home country is the most recent permanent residence", () => {
    const j1 = index.guides.find((g) => g.id === 'visas')?.sections.find((s) => s.slug === 'j1-sponsorship');
    expect(j1?.text ?? '').toMatch(/country of your most recent legal permanent residence/);
  });
});

describe("keeping another country's permanent residence: declined with where to ask", () => {
  it.each([
    'Will spending three years in a US fellowship cost me my permanent residency in Canada?',
    'if I train in America for 5 years can I keep my canadian PR?',
  ])('"%s": that country\'s rule, with IRCC or a lawyer named', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(false);
    expect(a.answer).toMatch(/IRCC/);
    expect(a.answer).toMatch(/immigration lawyer/);
  });

  it('asked beside the home-rule question, the home rule is answered and the residence part is named with IRCC', () => {
    const a = ask('If I do a 3 year J-1 residency will my Canadian PR be at risk? Also is my two year home rule in India or Canada?');
    expect(a.covered).toBe(true);
    expect(a.answer).toMatch(/most recent legal permanent residence/);
    expect(a.answer).toMatch(/IRCC/);
  });
});

describe('a foreign specialist title is not "board certified" on ERAS', () => {
  it.each([
    'my FCPS medicine is called a fellowship, so may I list myself as a board certified internist on ERAS?',
    'On my CV can I describe myself as board-certified since I hold MRCP from the UK?',
    'I passed the national board exam back home in Egypt, can I write board certified in my residency application?',
  ])('"%s": No, the exact name instead, misrepresentation named', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(a.answer).toMatch(/^\*\*No\.\*\*|is not that/);
    expect(a.answer).not.toMatch(/^\*\*Yes\.\*\*/);
    expect(a.answer).toMatch(/ABMS/);
    expect(a.answer).toMatch(/exact name/);
    expect(a.answer).toMatch(/misrepresentation/);
    expect(cited(a)).toContain('ci-pathway#foreign-title-on-eras');
  });

  it('what US board certification in CI needs is still the ABPM answer', () => {
    const a = ask('What do I need to become board certified in clinical informatics?');
    expect(cited(a)[0]).toBe('ci-pathway#board-certification');
  });
});

describe('the rest of the trial: age, a statement about a move, Step 3 abroad, both matches, years away from patients', () => {
  it.each(['is there an age limit for residency in the US?', 'Is 42 too old to begin an internal medicine residency in the States?', 'im 39, am i too old for the match??'])(
    '"%s": no age limit in the rules read; graduation year and recency matter',
    (q) => {
      const a = ask(q);
      expect(a.covered).toBe(true);
      expect(a.answer).toMatch(/set no age limit|sets an age limit/);
      expect(a.answer).toMatch(/how long ago you graduated/);
      expect(a.answer).not.toMatch(/Family friends/);
    },
  );

  it('"is my letter from 2019 too old?" stays a letters question', () => {
    expect(ask('is my letter from 2019 too old?').answer).not.toMatch(/age limit/);
  });

  it.each([
    'is it ok to write about my children and moving to canada in my personal statement?',
    'should I mention my divorce and the move to Australia in my personal statement?',
  ])('"%s": a statement question, not another country\'s system', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(cited(a).some((c) => c.startsWith('explaining-red-flags#personal-statement'))).toBe(true);
  });

  it('a licence in Ontario is still another country', () => {
    expect(ask('how do I get a medical licence in Ontario?').covered).toBe(false);
  });

  it.each(['Do I have to fly to America to write Step 3, or is there a centre in India?', 'can I sit step 3 from canada?'])('"%s": Step 3 is given in the US', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(a.answer).toMatch(/only at Prometric test centres in the United States/);
    expect(cited(a)).toContain('ci-pathway#step3-where');
  });

  it('asked with "do I need it before applying", both halves are answered', () => {
    const a = ask('is step 3 needed before I apply? and can I take step 3 while living in India?');
    expect(a.answer).toMatch(/not a general requirement/);
    expect(a.answer).toMatch(/in the United States/);
  });

  it.each([
    "I'm registered for the NRMP and also applying to AMIA fellowships this cycle, what happens if I get matched in both?",
    'applying to IM residency and a CI fellowship in the same season - what if I match both?',
  ])('"%s": both binding, AMIA results before the NRMP list deadline', (q) => {
    const a = ask(q);
    expect(a.answer).toMatch(/mid-December/);
    expect(a.answer).toMatch(/binding/);
    expect(a.answer).not.toMatch(/membership/);
    expect(cited(a)).toContain('matches#both-matches-one-season');
  });

  // (Round ask55b: training in both at once is the fellowship's eligibility, not two matches in one
  // season; only applying, matching or ranking in the same season is.)
  it.each([
    'Is it possible to do the CI fellowship while doing residency? same time?',
    'could I train in an informatics fellowship and internal medicine residency at the same time',
  ])('"%s": doing both at once is not the both-matches answer', (q) => {
    expect(cited(ask(q))).not.toContain('matches#both-matches-one-season');
  });

  it('"can I rank residency and the AMIA fellowship match in the same cycle" is the both-matches answer', () => {
    expect(cited(ask('can I rank programs in the residency match and the AMIA fellowship match in the same cycle?'))).toContain('matches#both-matches-one-season');
  });

  // (Round ask55b: the new board-certification paraphrases shifted word weights so that the
  // letter-drafting answer lost its "No."; it must keep it.)
  // Session 31: lost again when rounds ask58 and ask59 were merged (each alone keeps it; the
  // answer still opens "Never draft the letter…"). Known and expected to fail until the next /ask
  // round finds which of the joined entries moves the lead's resemblance below its bound.
  it.each([
    "my attending told me 'write the letter yourself and I'll sign it'. is that ok??",
    'my supervisor says I should write the letter myself and he will just sign it, is that okay?',
  ])('"%s": the letter-drafting answer leads with No', (q) => {
    expect(ask(q).answer).toMatch(/^\*\*No\.\*\*/);
  });

  it('"are both matches binding?" keeps the binding answer', () => {
    expect(cited(ask('are both matches binding?'))).not.toContain('matches#both-matches-one-season');
  });

  it.each([
    'Five years without seeing patients: realistically, will internal medicine programs interview me?',
    'I have a 4 yr gap from clinical practice, will that hurt my chances for IM residency?',
  ])('"%s": a residency answer, not the informatics reframing', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(a.answer).not.toMatch(/easier to reframe/);
    expect(a.answer).toMatch(/Step 3/);
    expect(a.answer).toMatch(/hands-on clinical work/);
    expect(cited(a)).toContain('red-flags#clinical-currency');
  });

  it('years away asked for a CI fellowship is not the residency answer', () => {
    expect(ask("I haven't practised for 3 years since finishing residency, can I still apply to a CI fellowship?").answer).not.toMatch(/For a residency it is a serious barrier/);
  });
});
