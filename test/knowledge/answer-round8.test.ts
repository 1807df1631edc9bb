import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { questionClause } from '../../src/knowledge/question-form.js';
import { outOfScope } from '../../src/knowledge/scope.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const cited = (text: string): string[] => [...text.matchAll(/\[([a-z0-9-]+#[a-z0-9-]+)\]/g)].map((m) => m[1] ?? '');

describe('round eight: questions by category from the misses of seen-questions-f', () => {
  it('declines visas and visits for relatives, with no citation, but keeps the member’s own case in scope', () => {
    for (const q of [
      'could my dad come over on a J-1 to see me finish my fellowship?',
      'what visa does my husband need to live with me while I do residency on an H-1B?',
      'is my sister allowed to join me as a dependent on my J-1 and study there?',
    ]) {
      const a = answerQuestion(index, q);
      expect(a.kind, q).toBe('out-of-scope');
      expect(cited(a.answer)).toEqual([]);
    }
    expect(outOfScope('I married a US citizen last year, do I still need a J-1 for residency?')).toBeUndefined();
    expect(outOfScope('my father is very ill back home, can I ask my J-1 program to delay my start?')?.id).not.toBe('others-visa');
    expect(outOfScope('my wife is a US citizen, can the hardship to her get me a J-1 waiver?')).toBeUndefined();
  });

  it('declines how a foreign regulator grades a US qualification, but answers whether a foreign one counts here', () => {
    for (const q of [
      'would the Omani medical council list a US informatics fellowship as specialist or consultant level?',
      'which Australian qualification is the counterpart of a CI fellowship in Australia?',
    ]) {
      expect(answerQuestion(index, q).kind, q).toBe('out-of-scope');
    }
    const here = answerQuestion(index, 'Does a Royal College residency from Canada count as the prerequisite for a US CI fellowship?');
    expect(here.covered).toBe(true);
    expect(cited(here.answer).some((r) => r.startsWith('ci-pathway#'))).toBe(true);
  });

  it('reads a letter-style message by the wish it states, not by its closing request', () => {
    const q = 'Respected madam, I have worked 10 years as a specialist physician in Egypt. I wish to join an informatics fellowship in America without another residency. Kindly guide me at your earliest convenience.';
    expect(questionClause(q)).toMatch(/^i wish to join an informatics fellowship/);
    const a = answerQuestion(index, q);
    expect(a.covered).toBe(true);
    expect(cited(a.answer).some((r) => r.startsWith('ci-pathway#'))).toBe(true);
  });

  it('keeps a foreign diploma in the background when the question aims at a CI fellowship', () => {
    const a = answerQuestion(index, 'I passed MRCP and worked as a registrar for six years. Could I go directly into a clinical informatics fellowship?');
    expect(a.covered).toBe(true);
    expect(cited(a.answer).some((r) => r.startsWith('ci-pathway#'))).toBe(true);
  });

  it('answers a short core question wrapped in worry from its own section', () => {
    const a = answerQuestion(index, 'why clinical informatics? honestly nervous my reason is boring and everyone says it');
    expect(a.covered).toBe(true);
    expect(cited(a.answer)).toContain('interview-questions#why-clinical-informatics');
  });

  it('sends a professionalism record to the professionalism sections, not to training abroad', () => {
    const a = answerQuestion(index, 'during house job I got a written warning after a fight with my registrar, must I disclose it in ERAS?');
    expect(a.covered).toBe(true);
    const refs = cited(a.answer);
    expect(refs.some((r) => ['red-flags#professionalism', 'explaining-red-flags#explaining-professionalism', 'explaining-red-flags#eras-experiences'].includes(r))).toBe(true);
    expect(refs).not.toContain('ci-pathway#foreign-residency-only');
  });

  it('answers an ACGME-I question from fellowship eligibility, hedged as the guide has it', () => {
    const a = answerQuestion(index, 'is an ACGME International accredited residency from Abu Dhabi good enough for a CI fellowship in the US?');
    expect(a.covered).toBe(true);
    expect(cited(a.answer)).toContain('ci-pathway#fellowship-eligibility');
    expect(a.lead).toBeUndefined();
  });

  it('answers a relative or family friend as letter writer, and an old letter, from the writers to avoid', () => {
    for (const q of ['my aunt is a well known professor of surgery, can she write my LOR even though she never supervised me?', 'can I reuse a recommendation letter from my 2019 elective this year?']) {
      const a = answerQuestion(index, q);
      expect(a.covered, q).toBe(true);
      expect(cited(a.answer), q).toContain('letters#writers-to-avoid');
      expect(a.lead, q).not.toBe('yes');
    }
  });
});
