import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { askingAfterCircumstance, readsNoResidency } from '../../src/knowledge/circumstance.js';
import { meaningOf } from '../../src/knowledge/meaning.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);

describe('ask17: a circumstance about the member before a comma informs; the part after it asks', () => {
  it('finds the asking part after a clause about the member', () => {
    expect(askingAfterCircumstance('my visa is j1, can i do informatics fellowship after residency on same j1?')).toBe('can i do informatics fellowship after residency on same j1?');
    expect(askingAfterCircumstance('as a pakistani grad with 2 failures, how many letters should i send?')).toBe('how many letters should i send?');
    expect(askingAfterCircumstance('failed ck twice, how many attempts do i get?')).toBe('how many attempts do i get?');
  });

  it('keeps the whole clause when the leading phrase names the topic or a condition, or the asking part points back', () => {
    expect(askingAfterCircumstance('for describe a conflict with a colleague, what do interviewers want?')).toBeUndefined();
    expect(askingAfterCircumstance('if the pd brings up my warning, what should i say?')).toBeUndefined();
    expect(askingAfterCircumstance('i left my residency after a year, how do i explain it?')).toBeUndefined();
    expect(askingAfterCircumstance('the program sent an email, what do i reply?')).toBeUndefined();
  });

  it('answers a J-1 holder asking about the fellowship on the same J-1 with the seven-year limit, not with how to find sponsors', () => {
    for (const q of ['my visa is J1, can i do informatics fellowship after residency on same j1?', 'I am on a J1 in IM, can I do the CI fellowship after residency on the same J1?']) {
      const a = ask(q);
      expect(a.faqId).toBe('j1-time-limit');
      expect(a.answer).toMatch(/seven years/);
    }
  });

  it('still answers a J-1 holder asking which programs sponsor it with the sponsorship answer', () => {
    expect(ask('I am on a J1 right now, how do I find which CI fellowships sponsor visas?').passages.map((p) => `${p.doc}#${p.section}`)).toContain('visas#sponsorship-history');
  });
});

describe('ask17: tries and shots are attempts, and several failures ask about the attempt limit', () => {
  it.each(['I failed step 1 twice, how many more tries do I have?? am I finished', 'After failing Step 2 CK twice, how many more attempts am I allowed?', 'flunked CK two times already... how many shots do I get before they lock me out?'])('%s', (q) => {
    const a = ask(q);
    expect(a.passages.map((p) => `${p.doc}#${p.section}`)).toContain('ci-pathway#usmle-attempt-limit');
    expect(a.answer).toMatch(/\bfour (?:attempts|tries)\b/i);
  });

  it('a single failure and a chance at the fellowship still gets the failure answer', () => {
    const a = ask('I failed Step 1 once; can I still get into a clinical informatics fellowship?');
    expect(a.answer).toMatch(/still possible/);
    expect(a.answer).not.toMatch(/\bfour (?:attempts|tries)\b/i);
  });
});

describe('ask17: medical school done with no residency is one stage, however it is told', () => {
  it('reads the stage in its many tellings, and not in a residency done or under way', () => {
    for (const t of ['just graduated from med school', 'fresh MBBS grad here', 'straight after internship', 'can I skip residency', 'no residency yet', 'without doing a residency', 'right out of medical school']) expect(readsNoResidency(t)).toBe(true);
    for (const t of ['I graduated from medical school in 2012', 'I finish residency next June', 'without doing residency again in the US', 'my residency program director']) expect(readsNoResidency(t)).toBe(false);
  });

  it('the telling is one feature, so two tellings share it and not their loose words', () => {
    const a = meaningOf('fresh grad, can I apply to a CI fellowship?').features;
    const b = meaningOf('can I do a CI fellowship without residency?', { typos: false }).features;
    expect(a.has('c:no-residency') && b.has('c:no-residency')).toBe(true);
    expect(b.has('without')).toBe(false);
  });

  it.each([
    'just graduated from med school, can I go into an informatics fellowship now?',
    'straight after MBBS, can I do a CI fellowship?',
    'can I skip residency and do informatics fellowship?',
    'fresh grad, can I apply to clinical informatics fellowship?',
    'right after internship can I join an informatics fellowship?',
  ])('answers "%s" with No and the no-residency rule', (q) => {
    const a = ask(q);
    expect(a.faqId).toBe('fellowship-without-residency');
    expect(a.answer).toMatch(/^\*\*No\.\*\*/);
  });

  it('a resident about to finish is not told the no-residency rule', () => {
    expect(ask('I finish my internal medicine residency next June; can I apply to CI fellowships this cycle?').faqId).not.toBe('fellowship-without-residency');
  });
});
