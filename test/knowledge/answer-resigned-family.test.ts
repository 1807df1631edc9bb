import { describe, expect, it } from 'vitest';
import { answerQuestion, type Answer } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';

/**
 * A resignation the member chose for a family illness, in good standing, is not a professionalism
 * issue: newcomer trial 15 got "Documented remediation…" and "You also asked: … **Yes.**" for it.
 * A dismissal, being pushed to resign or probation over conduct still is. Wordings are our own.
 */
const { index } = getKnowledge();
const ask = (q: string): Answer => answerQuestion(index, q);

describe('a resignation for a family illness, in good standing', () => {
  it.each([
    "ERAS asks whether I ever resigned or took a leave. I left my FM residency for my dad's dialysis, my PD supported me, no probation. do i tick yes? will it be seen as a professionalism red flag?",
    'I left my IM residency in good terms because my father had a stroke and I had to go home, nobody pushed me. Does it count as a professionalism problem?',
    'Sir I had to leave my surgery residency in 2022 since my mother was very sick and I am her only son, my PD gave me good letter. Do programs consider this as disciplinary?',
    "resigned residency for my wife's illness. program was supportive. should i disclose it in ERAS? will it look like misconduct?",
  ])('"%s": not a professionalism issue, answered truthfully in one calm sentence', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    // The first sentence says no in words (no bold lead is given: the lead rules keep it for
    // phrasings they can match closely enough).
    expect(a.answer).toMatch(/^(?:\*\*No\.\*\* )?A resignation you chose for a family illness, in good standing, is not a professionalism issue/);
    expect(a.answer).not.toMatch(/^\*\*Yes/);
    expect(a.answer).toMatch(/none of those/);
    expect(a.answer).toMatch(/one calm sentence/);
    expect(a.answer).not.toMatch(/remediation plan|\*\*Yes\.\*\*|take responsibility/);
  });

  it.each([
    'I was dismissed from my residency after a conduct complaint. will programs treat it as a professionalism red flag?',
    'my program put me on probation for being late and I was later asked to resign. Is that a professionalism issue?',
  ])('"%s": a dismissal or a push to resign still is one', (q) => {
    const a = ask(q);
    expect(a.answer).toMatch(/^\*\*Yes\.\*\*/);
    expect(a.answer).not.toMatch(/none of those/);
  });
});
