import { describe, expect, it } from 'vitest';
import { mockPlan } from '../../src/mock/plan.js';
import {
  answer,
  currentQuestion,
  end,
  hint,
  lastAttempt,
  next,
  parseSession,
  retry,
  SESSION_CONFIG,
  skip,
  startSession,
  summary,
  type SessionState,
  type Step,
} from '../../src/mock/session.js';
import { exampleProfile, TODAY } from './fixtures.js';

const NOW = '2026-09-01T10:00:00.000Z';
const plain = (n: number) => Array.from({ length: n }, () => 'patients').join(' ');

/** Unwrap a step that must succeed. */
function must<T>(step: Step<T>): T {
  if (!step.ok) throw new Error(`unexpected error: ${step.error.message}`);
  return step.value;
}

const plan3 = {
  questions: [{ id: 'tell-me-about-yourself' }, { id: 'team-conflict' }, { id: 'mistake' }],
  toAsk: [{ id: 'ask-ehr-governance' }],
};

const STORY =
  'During my surgery rotation, handoffs between shifts often missed pending lab results. My role was to find out how often. ' +
  'I reviewed two weeks of handoff sheets and I met the night team to map the workflow, then I proposed a pending-results line on the EHR handoff template. ' +
  'As a result, missed pending results dropped from nine a week to two, and the template was adopted by the whole department. ' +
  'I learned that a small data audit convinces people faster than an argument.';

describe('mock session: STAR applies to story questions only', () => {
  it('never picks a good opener as the weakest answer for lacking a story, and counts STAR over stories', () => {
    let s = must(startSession(plan3, { id: 's2', now: NOW, userId: 'u1' }));
    const opener = `I trained in internal medicine in Cairo and moved into health IT. ${plain(70)} I want to build EHR tools that save clinicians time.`;
    s = must(next(must(answer(s, opener))));
    // A story with no result: the member never says what came of it.
    const noResult =
      'During my surgery rotation, handoffs between shifts often missed pending lab results. My role was to find out how often. ' +
      `I reviewed two weeks of handoff sheets and met the night team to map the workflow. ${plain(50)}`;
    s = must(next(must(answer(s, noResult))));
    s = must(skip(s));
    const sum = summary(s);
    expect(sum.star.of).toBe(1);
    expect(sum.weakest?.questionId).toBe('team-conflict');
    expect(sum.best?.questionId).toBe('tell-me-about-yourself');
  });
});

describe('mock session', () => {
  it('walks start → answer → feedback → retry → answer → next → skip → summary', () => {
    let s = must(startSession(plan3, { id: 's1', now: NOW, userId: 'u1' }));
    expect(s).toMatchObject({
      v: 1,
      id: 's1',
      userId: 'u1',
      createdAt: NOW,
      index: 0,
      phase: 'question',
      ended: false,
    });
    expect(currentQuestion(s)?.id).toBe('tell-me-about-yourself');

    const h = must(hint(s));
    expect(h.hint).toBe(currentQuestion(s)?.hint);
    s = h.state;
    expect(s.hintsUsed).toEqual(['tell-me-about-yourself']);
    expect(must(hint(s)).state.hintsUsed).toEqual(['tell-me-about-yourself']); // recorded once

    s = must(answer(s, 'I am a doctor.'));
    expect(s.phase).toBe('feedback');
    expect(lastAttempt(s)?.feedback.notes.map((n) => n.id)).toContain('too-short');

    s = must(retry(s));
    expect(s.phase).toBe('question');
    expect(currentQuestion(s)?.id).toBe('tell-me-about-yourself');
    s = must(answer(s, `I grew up in Texas and studied medicine in Grenada. ${plain(60)} I want to design EHR tools.`));
    expect(s.attempts.map((a) => a.retry)).toEqual([0, 1]);

    s = must(next(s));
    expect(s).toMatchObject({ index: 1, phase: 'question' });
    s = must(answer(s, STORY));
    s = must(next(s));
    expect(currentQuestion(s)?.id).toBe('mistake');

    s = must(skip(s));
    expect(s).toMatchObject({ phase: 'summary', ended: true, skipped: ['mistake'], index: 3 });

    const sum = summary(s);
    expect(sum).toMatchObject({
      total: 3,
      answered: 2,
      skipped: 1,
      retried: 1,
      notReached: 0,
      attempts: 3,
      hintsUsed: 1,
    });
    expect(sum.star.of).toBe(1); // STAR counts only the story question, not "Tell me about yourself"
    expect(sum.star.result).toBe(1); // and that story has its result
    // The opener asks for no story, so it is not marked down for lacking STAR parts: with no notes
    // it ties with the full story and, being earlier, ranks first; nothing to retry.
    expect(sum.best?.questionId).toBe('tell-me-about-yourself');
    expect(sum.weakest?.questionId).toBe('team-conflict');
    expect(sum.weakest?.score).toBe(sum.best?.score);
    expect(sum.practiseNext.join(' ')).not.toMatch(/Retry your weakest answer/);
    expect(sum.practiseNext.join(' ')).toMatch(/Tell me about a mistake you made/);
    expect(sum.toAsk).toEqual([{ id: 'ask-ehr-governance', text: expect.stringContaining('EHR governance') }]);
  });

  it('never mutates the state it is given', () => {
    const s0 = must(startSession(plan3, { id: 's', now: NOW }));
    const frozen = JSON.stringify(s0);
    const s1 = must(answer(s0, STORY));
    must(retry(s1));
    must(next(s1));
    must(skip(s0));
    must(end(s0));
    must(hint(s0));
    expect(JSON.stringify(s0)).toBe(frozen);
  });

  it('rejects moves that make no sense in the current phase, with a message for the member', () => {
    const q = must(startSession(plan3, { id: 's', now: NOW }));
    for (const step of [next(q), retry(q)]) {
      expect(step.ok).toBe(false);
      if (!step.ok) expect(step.error.code).toBe('wrong-phase');
    }
    const fb = must(answer(q, STORY));
    const again = answer(fb, STORY);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.message).toMatch(/already answered/);
    expect(skip(fb).ok).toBe(false);

    const done = must(end(fb));
    expect(done).toMatchObject({ phase: 'summary', ended: true });
    for (const step of [answer(done, STORY), skip(done), retry(done), next(done), end(done)]) {
      expect(step.ok).toBe(false);
      if (!step.ok) expect(step.error.code).toBe('ended');
    }
    const h = hint(done);
    expect(h.ok).toBe(false);
  });

  it('rejects an empty or oversized answer', () => {
    const q = must(startSession(plan3, { id: 's', now: NOW }));
    const empty = answer(q, '   \n');
    expect(!empty.ok && empty.error.code).toBe('empty-answer');
    const huge = answer(q, 'a'.repeat(SESSION_CONFIG.maxAnswerChars + 1));
    expect(!huge.ok && huge.error.code).toBe('answer-too-long');
  });

  it('refuses to start without questions, with an unknown id or a bad timestamp', () => {
    expect(startSession({ questions: [] }, { id: 's', now: NOW }).ok).toBe(false);
    const unknown = startSession({ questions: [{ id: 'no-such-question' }] }, { id: 's', now: NOW });
    expect(!unknown.ok && unknown.error.message).toMatch(/no-such-question/);
    expect(startSession(plan3, { id: 's', now: 'yesterday' }).ok).toBe(false);
  });

  it('counts questions left when the member ends early', () => {
    let s = must(startSession(plan3, { id: 's', now: NOW }));
    s = must(answer(s, STORY));
    s = must(end(s));
    const sum = summary(s);
    expect(sum).toMatchObject({ answered: 1, skipped: 0, notReached: 2 });
    expect(sum.practiseNext.join(' ')).toMatch(/2 questions you did not reach/);
  });

  it('does not record a retried question as skipped when the member skips the retry', () => {
    let s = must(startSession(plan3, { id: 's', now: NOW }));
    s = must(retry(must(answer(s, STORY))));
    s = must(skip(s));
    expect(s.skipped).toEqual([]);
    expect(s.index).toBe(1);
  });

  it('survives a JSON round-trip at every step and carries on from the copy', () => {
    const plan = mockPlan(exampleProfile(), TODAY, { count: 3 });
    const roundTrip = (s: SessionState): SessionState => {
      const copy = JSON.parse(JSON.stringify(s)) as unknown;
      expect(copy).toEqual(s);
      return must(parseSession(copy));
    };
    let s = roundTrip(must(startSession(plan, { id: 'rt', now: NOW, userId: '42' })));
    s = roundTrip(must(hint(s)).state);
    s = roundTrip(must(answer(s, STORY)));
    s = roundTrip(must(retry(s)));
    s = roundTrip(must(answer(s, `${STORY} um, like, you know.`)));
    s = roundTrip(must(next(s)));
    s = roundTrip(must(skip(s)));
    s = roundTrip(must(answer(s, 'Short.')));
    s = roundTrip(must(next(s)));
    expect(s.phase).toBe('summary');
    expect(summary(s)).toEqual(summary(JSON.parse(JSON.stringify(s)) as SessionState));
    expect(s.toAsk).toEqual(plan.toAsk.map((q) => q.id));
  });

  it('refuses a stored session that is not valid', () => {
    const s = must(startSession(plan3, { id: 's', now: NOW }));
    expect(parseSession({ ...s, v: 2 }).ok).toBe(false);
    expect(parseSession({ ...s, phase: 'lunch' }).ok).toBe(false);
    expect(parseSession({ ...s, index: 9 }).ok).toBe(false);
    expect(parseSession('not a session').ok).toBe(false);
  });
});

describe('a question answered with a polite decline', () => {
  it('judges "where will you rank us?" as a refusal: no too-short, no result, no informatics angle', () => {
    let s = must(startSession({ questions: [{ id: 'how-will-you-rank-us' }] }, { id: 'd', now: NOW }));
    s = must(
      answer(
        s,
        'Thank you for asking. I really value your mentorship model, and I will decide my list once my interviews are done.',
      ),
    );
    const notes = lastAttempt(s)!.feedback.notes.map((n) => n.id);
    expect(notes).not.toContain('too-short');
    expect(notes).not.toContain('no-result');
    expect(notes).not.toContain('no-informatics-angle');
  });

  it('still flags blame and fillers in a refusal', () => {
    let s = must(startSession({ questions: [{ id: 'how-will-you-rank-us' }] }, { id: 'd2', now: NOW }));
    s = must(answer(s, 'Um, um, like, honestly, um, other programs were unfair to me, like, so, um, I guess you.'));
    const notes = lastAttempt(s)!.feedback.notes.map((n) => n.id);
    expect(notes).toEqual(expect.arrayContaining(['blame', 'fillers']));
  });
});
