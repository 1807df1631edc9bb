/**
 * What a member reads from a mock session: each refusal's words, and the summary's counts, best
 * and weakest answers and what to practise next. Answers are built so their feedback is known.
 */
import { describe, expect, it } from 'vitest';
import {
  answer,
  currentQuestion,
  end,
  hint,
  lastAttempt,
  next,
  parseSession,
  retry,
  skip,
  startSession,
  summary,
  type SessionState,
  type Step,
} from '../../src/mock/session.js';

const NOW = '2026-09-01T10:00:00.000Z';
function must<T>(step: Step<T>): T {
  if (!step.ok) throw new Error(`unexpected error: ${step.error.message}`);
  return step.value;
}
const errorOf = <T>(step: Step<T>) => (step.ok ? undefined : step.error);
const start = (ids: string[], toAsk: string[] = []) =>
  must(
    startSession({ questions: ids.map((id) => ({ id })), toAsk: toAsk.map((id) => ({ id })) }, { id: 's', now: NOW }),
  );

const STORY =
  'During my surgery rotation, handoffs between shifts often missed pending lab results. My role was to find out how often. ' +
  'I reviewed two weeks of handoff sheets and I met the night team to map the workflow, then I proposed a pending-results line on the EHR handoff template. ' +
  'As a result, missed pending results dropped from nine a week to two, and the template was adopted by the whole department. ' +
  'I learned that a small data audit convinces people faster than an argument.';

describe('starting a session', () => {
  it('names what is wrong with the start', () => {
    expect(errorOf(startSession({ questions: [{ id: 'mistake' }] }, { id: ' ', now: NOW }))).toEqual({
      code: 'bad-session',
      message: 'A session needs an id.',
    });
    expect(errorOf(startSession({ questions: [{ id: 'mistake' }] }, { id: 's', now: 'soon' }))).toEqual({
      code: 'bad-session',
      message: '"soon" is not an ISO timestamp.',
    });
    expect(errorOf(startSession({ questions: [] }, { id: 's', now: NOW }))).toEqual({
      code: 'empty-plan',
      message: 'There are no questions in this plan; ask for a plan with at least one question.',
    });
    expect(errorOf(startSession({ questions: [{ id: 'x1' }] }, { id: 's', now: NOW }))).toEqual({
      code: 'unknown-question',
      message: 'Unknown question id: x1.',
    });
    expect(
      errorOf(
        startSession({ questions: [{ id: 'mistake' }, { id: 'x1' }], toAsk: [{ id: 'x2' }] }, { id: 's', now: NOW }),
      ),
    ).toEqual({ code: 'unknown-question', message: 'Unknown question ids: x1, x2.' });
  });

  it('keeps no user id unless given, and no questions to ask unless planned', () => {
    const s = must(startSession({ questions: [{ id: 'mistake' }] }, { id: 's', now: NOW }));
    expect(s).toEqual({
      v: 1,
      id: 's',
      createdAt: NOW,
      questions: ['mistake'],
      toAsk: [],
      index: 0,
      phase: 'question',
      attempts: [],
      skipped: [],
      hintsUsed: [],
      ended: false,
    });
  });
});

describe('moves that make no sense now', () => {
  it('says what to do instead, in each phase', () => {
    const q = start(['team-conflict', 'mistake']);
    expect(errorOf(next(q))).toEqual({
      code: 'wrong-phase',
      message: 'Answer the question first, or say "skip" to move on without answering.',
    });
    expect(errorOf(retry(q))).toEqual({
      code: 'wrong-phase',
      message: 'There is nothing to retry yet: answer the question first.',
    });
    const fb = must(answer(q, STORY));
    expect(errorOf(answer(fb, STORY))).toEqual({
      code: 'wrong-phase',
      message: 'You have already answered this one: say "retry" to try it again or "next" to move on.',
    });
    expect(errorOf(skip(fb))).toEqual({
      code: 'wrong-phase',
      message: 'You have answered this one, so there is nothing to skip: say "next" to move on.',
    });
    expect(must(hint(fb)).hint).toBe(currentQuestion(fb)!.hint);
    const done = must(end(fb));
    expect(errorOf(answer(done, STORY))).toEqual({
      code: 'ended',
      message: 'This mock interview has finished. Start a new one to keep practising.',
    });
    expect(errorOf(end(done))).toEqual({ code: 'ended', message: 'This mock interview has already finished.' });
    expect(currentQuestion(done)).toBeUndefined();
  });

  it('refuses an empty answer and a too-long one with the numbers', () => {
    const q = start(['team-conflict']);
    expect(errorOf(answer(q, ' \n '))).toEqual({
      code: 'empty-answer',
      message: 'Your answer is empty. Type (or paste) what you would say out loud.',
    });
    expect(errorOf(answer(q, ` ${'a'.repeat(10_001)} `))).toEqual({
      code: 'answer-too-long',
      message:
        'Your answer is 10001 characters; the limit is 10000. A spoken answer should be far shorter: aim for 1-2 minutes.',
    });
    expect(must(answer(q, 'a'.repeat(10_000))).attempts[0]!.answer).toHaveLength(10_000);
  });

  it('says a question no longer exists instead of crashing on an old session', () => {
    const old: SessionState = { ...start(['team-conflict']), questions: ['retired-question'] };
    expect(errorOf(answer(old, STORY))).toEqual({
      code: 'unknown-question',
      message: 'This session refers to a question that no longer exists; please start a new one.',
    });
  });

  it('stores the trimmed answer and counts retries per question', () => {
    let s = start(['team-conflict', 'mistake']);
    s = must(answer(s, `  ${STORY}  `));
    expect(lastAttempt(s)).toMatchObject({ questionId: 'team-conflict', answer: STORY, retry: 0 });
    s = must(answer(must(retry(s)), 'Short.'));
    expect(lastAttempt(s)).toMatchObject({ answer: 'Short.', retry: 1 });
    s = must(answer(must(next(s)), STORY));
    expect(lastAttempt(s)).toMatchObject({ questionId: 'mistake', retry: 0 });
  });

  it('records a skipped question once and moves on; the last skip closes the session', () => {
    let s = start(['team-conflict', 'mistake']);
    s = must(skip(s));
    expect(s).toMatchObject({ index: 1, phase: 'question', skipped: ['team-conflict'], ended: false });
    s = must(skip(s));
    expect(s).toMatchObject({ index: 2, phase: 'summary', skipped: ['team-conflict', 'mistake'], ended: true });
  });
});

describe('summary', () => {
  it('counts, averages, STAR parts, notes by frequency, best and weakest, and what to practise', () => {
    let s = start(['team-conflict', 'mistake', 'under-pressure', 'critical-feedback'], ['ask-ehr-governance']);
    s = must(next(must(answer(s, STORY))));
    s = must(answer(s, 'Short.'));
    s = must(answer(must(retry(s)), 'Still short.'));
    s = must(next(s));
    s = must(skip(s));
    s = must(hint(s)).state;
    s = must(end(s));
    const sum = summary(s);
    expect(sum).toMatchObject({
      total: 4,
      answered: 2,
      skipped: 1,
      retried: 1,
      notReached: 1,
      attempts: 3,
      hintsUsed: 1,
    });
    expect(sum.star.of).toBe(2);
    expect(sum.best).toMatchObject({
      questionId: 'team-conflict',
      text: currentQuestion(start(['team-conflict']))!.text,
    });
    expect(sum.weakest).toMatchObject({ questionId: 'mistake' });
    expect(sum.weakest!.notes).toContain('too-short');
    expect(sum.commonNotes[0]).toEqual({ id: 'too-short', count: 1 });
    expect(sum.practiseNext).toContain(
      'Give fuller answers of at least 30 seconds, each with one concrete example from your own work.',
    );
    expect(sum.practiseNext).toContain(`Retry your weakest answer: "${sum.weakest!.text}"`);
    expect(sum.practiseNext.some((x) => /^Come back to what you skipped: ".+"$/.test(x))).toBe(true);
    expect(sum.practiseNext.at(-1)).toBe('Finish the 1 question you did not reach in a new session.');
    expect(sum.toAsk).toEqual([
      { id: 'ask-ehr-governance', text: currentQuestion(start(['ask-ehr-governance']))!.text },
    ]);
  });

  it('lists what to practise in order: the commonest notes, the Action, the weakest answer, skipped, not reached', () => {
    let s = start(['team-conflict', 'mistake', 'under-pressure', 'critical-feedback']);
    s = must(next(must(answer(s, STORY))));
    s = must(answer(s, 'Short.'));
    s = must(answer(must(retry(s)), 'Still short.'));
    s = must(next(s));
    s = must(skip(s));
    const sum = summary(must(end(s)));
    // Ties in frequency keep the notes' own order.
    expect(sum.commonNotes).toEqual([
      { id: 'too-short', count: 1 },
      { id: 'no-result', count: 1 },
    ]);
    expect(sum.practiseNext).toEqual([
      'Give fuller answers of at least 30 seconds, each with one concrete example from your own work.',
      'Finish every story with what changed (a number if you have one) and what you now do differently.',
      'Retry your weakest answer: "Tell me about a mistake you made."',
      'Come back to what you skipped: "Tell me about working under heavy pressure."',
      'Finish the 1 question you did not reach in a new session.',
    ]);

    const TEAM =
      'We were short of beds. We changed the rota and we blamed nobody. The team was happy with it in the end, I think, and the nurses agreed.';
    let t = start(['team-conflict', 'mistake', 'under-pressure']);
    t = must(next(must(answer(t, TEAM))));
    t = must(next(must(answer(t, `${TEAM.slice(0, -1)} too.`))));
    t = must(next(must(answer(t, STORY))));
    const two = summary(t);
    expect(two.commonNotes).toEqual([{ id: 'too-short', count: 2 }]);
    expect(two.star).toMatchObject({ action: 1, of: 3 });
    // Equal scores: the earlier question ranks higher, so the later one is the weakest.
    expect(two.best?.questionId).toBe('under-pressure');
    expect(two.weakest?.questionId).toBe('mistake');
    expect(two.practiseNext).toEqual([
      'Give fuller answers of at least 30 seconds, each with one concrete example from your own work.',
      'Say "I" and name what you personally did (the Action); interviewers need your part, not only the team\'s.',
      'Retry your weakest answer: "Tell me about a mistake you made."',
    ]);
  });

  it('averages words and seconds over the latest attempts, rounded', () => {
    let s = start(['team-conflict', 'mistake']);
    s = must(answer(s, 'one two three'));
    s = must(answer(must(retry(s)), 'one two three four five six'));
    s = must(next(s));
    s = must(next(must(answer(s, 'one two three'))));
    const sum = summary(s);
    expect(sum.averageWords).toBe(5); // (6 + 3) / 2 = 4.5 → 5
    expect(sum.averageSeconds).toBe(Math.round((lastAttempt({ ...s, index: 0 })!.feedback.estimatedSeconds + 1) / 2));
  });

  it('asks for the Action when fewer than half the answers say what the member did', () => {
    let s = start(['team-conflict']);
    s = must(next(must(answer(s, 'The team was busy and the ward was full, and everyone was tired that week.'))));
    const sum = summary(s);
    expect(sum.star.action).toBe(0);
    expect(sum.practiseNext).toContain(
      'Say "I" and name what you personally did (the Action); interviewers need your part, not only the team\'s.',
    );
    expect(sum.weakest).toBeUndefined();
  });

  it('asks to come back to skipped questions, and calls a session with nothing to fix clean', () => {
    const skipped = summary(must(skip(start(['team-conflict']))));
    expect(skipped.practiseNext).toEqual([
      `Come back to what you skipped: "${currentQuestion(start(['team-conflict']))!.text}"`,
    ]);
    expect(summary({ ...must(end(start(['team-conflict']))), questions: [] }).practiseNext).toEqual([
      'A clean session. Next, ask for a plan focused on a category you have not practised yet.',
    ]);
  });

  it('counts several questions not reached in the plural', () => {
    expect(summary(must(end(start(['team-conflict', 'mistake'])))).practiseNext).toEqual([
      'Finish the 2 questions you did not reach in a new session.',
    ]);
  });
});

describe('old or odd stored sessions', () => {
  it('a session stored in the summary phase is closed, even if not marked ended', () => {
    const s: SessionState = { ...start(['team-conflict']), phase: 'summary' };
    expect(currentQuestion(s)).toBeUndefined();
    expect(errorOf(answer(s, 'An answer.'))?.code).toBe('ended');
    expect(errorOf(skip(s))?.code).toBe('ended');
  });

  it('names a question removed from the bank by its id in the summary, instead of failing', () => {
    let s = start(['team-conflict', 'mistake', 'under-pressure']);
    s = must(next(must(answer(s, STORY))));
    s = must(next(must(answer(s, 'Short.'))));
    s = must(skip(s));
    const rename = (id: string) => (id === 'under-pressure' ? 'gone-skipped' : id === 'mistake' ? 'gone-answered' : id);
    const old: SessionState = {
      ...s,
      questions: s.questions.map(rename),
      skipped: s.skipped.map(rename),
      attempts: s.attempts.map((a) => ({ ...a, questionId: rename(a.questionId) })),
    };
    const sum = summary(old);
    expect(sum.weakest).toMatchObject({ questionId: 'gone-answered', text: 'gone-answered' });
    expect(sum.practiseNext).toContain('Retry your weakest answer: "gone-answered"');
    expect(sum.practiseNext).toContain('Come back to what you skipped: "gone-skipped"');
  });
});

describe('parseSession', () => {
  it('names the first invalid field, or an index past the end', () => {
    const s = start(['mistake']);
    expect(errorOf(parseSession({ ...s, phase: 'lunch' }))?.message).toMatch(
      /^The stored session is not valid \(phase: .+\); please start a new one\.$/,
    );
    expect(errorOf(parseSession(null))?.message).toMatch(
      /^The stored session is not valid \(root: .+\); please start a new one\.$/,
    );
    expect(errorOf(parseSession({ ...s, index: 2 }))).toEqual({
      code: 'bad-session',
      message: 'The stored session is not valid (index past the end); please start a new one.',
    });
    expect(parseSession({ ...s, index: 1 }).ok).toBe(true);
  });
});
