import { describe, expect, it } from 'vitest';
import { answerFeedback } from '../../src/mock/feedback.js';

/** The advice line asking for evidence, if the feedback gave one. */
const evidenceAsked = (question: string, answer: string) =>
  (answerFeedback(question, answer).advice ?? []).find((a) => a.startsWith('A result with no evidence'));

const STORY = 'Tell me about a time you improved a process.';
const SETUP =
  'On our ward the handover sheet was always incomplete. I redesigned the template with the charge nurse and trained the night staff.';

describe('a result claimed with nothing to back it (newcomer trial 19, finding 14)', () => {
  it('asks for evidence when the result is only words, whatever the question', () => {
    const trial =
      'Um, so, in my job we review charts for SEP-1 and I noticed that many cases failed only because the lactate repeat time was documented in a free text note not in the flowsheet, so the abstractors could not find it. I told my manager and we made a tip sheet for nurses and I built the tableau dashboard. I dont know the exact numbers but the fallouts became less. I want to learn how to fix this problems from the EHR side, like order sets and alerts, for children hospitals.';
    const advice = evidenceAsked('Why clinical informatics?', trial);
    expect(advice).toMatch(/the fallouts became less/);
    expect(advice).toMatch(/a number.*who noticed/);
    expect(advice).toMatch(/Without exact figures/);
    expect(evidenceAsked(STORY, `${SETUP} Things got better after that.`)).toMatch(/Things got better after that/);
    expect(evidenceAsked(STORY, `${SETUP} People were happier with the new sheet.`)).toBeDefined();
    expect(
      evidenceAsked(
        'Describe a project you led.',
        'At my hospital discharge summaries were late. I built a template in Cerner with the residents. It really helped and made a big difference for the team.',
      ),
    ).toBeDefined();
    expect(
      evidenceAsked(
        STORY,
        'Patients waited a long time for refills. I set up a refill request form in the EHR and taught the front desk to use it. The phone calls went down a lot.',
      ),
    ).toBeDefined();
  });

  it('gives no such advice when a number, a named witness or a concrete change backs it', () => {
    expect(evidenceAsked(STORY, `${SETUP} Incomplete handovers fell from about twelve a week to two.`)).toBeUndefined();
    expect(evidenceAsked(STORY, `${SETUP} Compliance went up by 18 percent over six months.`)).toBeUndefined();
    expect(
      evidenceAsked(
        STORY,
        `${SETUP} The charge nurse told me handovers were much better and asked me to train the day team.`,
      ),
    ).toBeUndefined();
    expect(evidenceAsked(STORY, `${SETUP} My manager said the audit scores looked better.`)).toBeUndefined();
    expect(evidenceAsked(STORY, `${SETUP} The nurses now use the checklist every shift.`)).toBeUndefined();
    expect(evidenceAsked(STORY, `${SETUP} The template was adopted by the other two wards.`)).toBeUndefined();
  });

  it('leaves alone the member’s own growth, plans, and answers with no deed', () => {
    expect(
      evidenceAsked(
        'Tell me about yourself.',
        'I am a pediatrician from Cairo. I worked in a hospital and a private clinic, then moved to Houston, passed my exams and became more confident in my English.',
      ),
    ).toBeUndefined();
    expect(
      evidenceAsked(
        'Why clinical informatics?',
        'I want to improve how data flows in hospitals. I hope to make alerts better and reduce burden for nurses.',
      ),
    ).toBeUndefined();
    // A story with no result at all gets the no-result note, not this advice as well.
    const fb = answerFeedback(STORY, `${SETUP} That is what I did.`);
    expect(fb.notes.map((n) => n.id)).toContain('no-result');
    expect((fb.advice ?? []).some((a) => a.startsWith('A result with no evidence'))).toBe(false);
  });
});
