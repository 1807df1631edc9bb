import { describe, expect, it } from 'vitest';
import { answerQuestion, type Answer } from '../../src/knowledge/answer.js';
import { homeRuleQuestion } from '../../src/knowledge/home-rule.js';
import { meaningOf } from '../../src/knowledge/meaning.js';
import { lacksTold } from '../../src/knowledge/negation.js';
import { outOfScope } from '../../src/knowledge/scope.js';
import { getKnowledge } from '../../src/knowledge/store.js';

/**
 * Round ask51: what a member says they lack ("no EAD", "I don't have a waiver", "my EAD is still
 * pending", "never failed") is read as lacking it; J-1 sponsorship for a non-ACGME fellowship; a
 * setback asked as "will they still…" never borrows a requirement's No; an H-4 member's questions
 * about training and their profile are not declined as everyday life or permanent immigration.
 */
const { index } = getKnowledge();
const ask = (q: string): Answer => answerQuestion(index, q);
const cited = (a: Answer): string[] => [...a.answer.matchAll(/\[([a-z0-9-]+#[a-z0-9-]+)\]/g)].map((m) => m[1]!);

describe('a lack told by the member is found, in different voices', () => {
  it.each([
    "I'm on H-4, no EAD.",
    'we applied for my H4 EAD last month and are still waiting for it',
    'My employment authorization document is still pending with USCIS.',
    "honestly I don't have a work permit yet",
    'I have not yet received my J-1 waiver',
    'the waiver application is under review',
    'never failed a single step',
    'no USMLE failures at all',
  ])('"%s"', (q) => {
    expect(lacksTold(q).told).toBe(true);
  });

  it.each([
    'how do I apply for a J-1 waiver?',
    'I have my H-4 EAD in hand',
    'my Conrad waiver was approved last year',
    'I failed Step 1 once',
    'what is an EAD?',
  ])('nothing lacking is told in "%s"', (q) => {
    expect(lacksTold(q).told).toBe(false);
  });

  it('a denied failure is no failure to explain, a told one still is', () => {
    expect(meaningOf('I have never failed any step, do I need to explain anything?').entities.has('fail:exam')).toBe(false);
    expect(meaningOf('I failed step 1 once, do I need to explain it?').entities.has('fail:exam')).toBe(true);
  });
});

describe('an H-4 member without a work permit is answered as on H-4 alone', () => {
  it.each([
    "my husband works in IT on H1B and I'm on H-4, no EAD. finished internal medicine in Egypt. can I start residency just on my H4?",
    'H4 spouse here, EAD still pending. can i join residency in july on h4?',
    'I applied for the H4 EAD but have not got it yet. Could I begin residency on my H-4 status meanwhile?',
    'Good afternoon. I hold H-4 status and I do not have employment authorization. Is it possible for me to commence residency training?',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(cited(a)).toContain('visas#dependent-status');
    // Never the EAD holder's answer, and never a Yes.
    expect(a.answer).not.toMatch(/^(?:\*\*[^*]+\*\*\s*)?It depends on the program\. An EAD (?:allows any job|is a work permit)/);
    expect(a.lead).not.toBe('yes');
    expect(a.lead).not.toBe('depends');
  });

  it('a member who holds an EAD still gets the EAD answer', () => {
    const a = ask('Can I train in residency on my H-4 EAD?');
    expect(cited(a)).toContain('visas#dependent-status');
    expect(a.answer).toMatch(/An EAD is a work permit, not a visa a program sponsors/);
  });
});

describe('a J-1 trainee without a waiver still hears the two-year rule', () => {
  it.each([
    "I did my IM residency on a J1 and I don't have a waiver yet. can I do the CI fellowship on H1B since I passed step 3?",
    'finished residency on J-1, my waiver application is pending. can I switch to H-1B for fellowship?',
    'J1 resident, still waiting on my IGA waiver — could I move to an H1B fellowship?',
    'I completed my residency under a J-1 and have not obtained a waiver. May I take the fellowship on an H-1B?',
  ])('"%s"', (q) => {
    expect(homeRuleQuestion(q)).toBe(true);
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(a.answer).toMatch(/two-year/);
    expect(a.lead).not.toBe('yes');
  });

  it('a waiver in hand settles it', () => {
    expect(homeRuleQuestion('I trained on J1 and got my Conrad waiver approved, can I take an H1B fellowship now?')).toBe(false);
  });
});

describe('J-1 sponsorship for a non-ACGME informatics fellowship', () => {
  it.each([
    'A non-ACGME informatics fellowship at a big hospital offered me a spot. Can ECFMG sponsor my J1 for it like a normal fellowship??',
    "got an offer from an informatics fellowship that isn't accredited. will ecfmg do my j-1?",
    'The program is not ACGME accredited - is J-1 sponsorship through ECFMG still possible for me?',
    'Would ECFMG be able to sponsor a J-1 visa for an unaccredited clinical informatics fellowship position?',
  ])('"%s" is answered from the guide, hedged, never with a Yes', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(cited(a)).toContain('ci-pathway#alternatives');
    expect(a.answer).toMatch(/non-standard/);
    expect(a.lead).not.toBe('yes');
  });

  it('an ACGME CI fellowship keeps its Yes', () => {
    expect(ask('Does ECFMG sponsor the J-1 for a CI fellowship?').lead).toBe('yes');
  });
});

describe('"will they still…" after a setback is not answered by a requirement\'s No', () => {
  it.each([
    "I failed step 3 first attempt last month. Will ECFMG still sponsor my J1 for residency? I'm panicking",
    'step 3 fail on my record - would ECFMG still sponsor the J-1?',
    'can ECFMG still sponsor my J-1 even though I failed Step 3 once?',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(a.answer).toMatch(/does not require Step 3/);
    expect(a.lead).not.toBe('no');
  });

  it('the requirement asked keeps its No', () => {
    expect(ask('Is Step 3 required to start residency on a J-1?').lead).toBe('no');
  });
});

describe('an H-4 member asking about training or their profile is in scope', () => {
  it.each([
    "I'm on H-4, finished IM residency in Egypt. husband is H1B and his I-140 is approved. Can I do residency on an H-4 EAD?",
    'on H-4 with no EAD for this whole year. what can i do to build my informatics profile without working?',
    "wife of an H1B engineer here. I don't have a work permit. will a program let me train on H-4 alone?",
  ])('"%s"', (q) => {
    expect(outOfScope(q)).toBeUndefined();
    expect(ask(q).covered).toBe(true);
  });

  it.each([
    "my husband's company filed his I-140, how long until our green card?",
    'Can I get a work permit in Germany after the Approbation?',
  ])('"%s" stays declined', (q) => {
    expect(outOfScope(q)).toBeDefined();
  });
});
