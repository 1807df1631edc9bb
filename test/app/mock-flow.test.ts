import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.js';
import { applyMove, beginMockSession } from '../../src/app/mock/flow.js';
import { moveId, parseMoveArgs, parseNewArgs, startId } from '../../src/app/mock/ids.js';
import { closeMockSession, listMockHistory, loadMockSession } from '../../src/app/mock/records.js';
import { feedbackView, questionView, summaryView } from '../../src/app/views/mock.js';
import { BANK } from '../../src/mock/bank.js';
import type { Profile } from '../../src/core/profile/schema.js';
import { EXAMPLE_PROFILE } from '../helpers/cli.js';

const example = JSON.parse(readFileSync(EXAMPLE_PROFILE, 'utf8')) as Profile;

/** The part of the store /mock uses, in memory. */
function fakeCtx(profiles: Record<string, Profile> = {}) {
  const sessions = new Map<string, unknown>();
  const history = new Map<string, unknown[]>();
  const store = {
    getProfile: async (id: string) => profiles[id],
    getSession: async (id: string) => structuredClone(sessions.get(id)),
    saveSession: async (id: string, s: unknown) => void sessions.set(id, structuredClone(s)),
    deleteSession: async (id: string) => sessions.delete(id),
    updateSession: async (id: string, fn: (s: unknown) => unknown) => {
      const next = fn(structuredClone(sessions.get(id)));
      if (next === null) sessions.delete(id);
      else if (next !== undefined) sessions.set(id, structuredClone(next));
      return structuredClone(sessions.get(id));
    },
    appendHistory: async (id: string, e: unknown) => {
      const list = [...(history.get(id) ?? []), e].slice(-20);
      history.set(id, list);
      return list.length;
    },
    listHistory: async (id: string) => history.get(id) ?? [],
  };
  const ctx = {
    store,
    now: () => new Date('2026-03-01T10:00:00Z'),
    today: () => '2026-03-01',
  } as unknown as AppContext;
  return { ctx, sessions, history };
}

describe('/mock session flow over the store', () => {
  it('starts a plan for a member with a profile, and general questions without one', async () => {
    const { ctx } = fakeCtx({ a: example });
    const withProfile = await beginMockSession(ctx, 'a', { kind: 'plan', count: 3 });
    expect(withProfile.kind).toBe('started');
    if (withProfile.kind !== 'started') return;
    expect(withProfile.session.generic).toBe(false);
    expect(withProfile.session.state.questions).toHaveLength(3);
    const generic = await beginMockSession(ctx, 'b', { kind: 'plan', count: 2 });
    expect(generic.kind === 'started' && generic.session.generic).toBe(true);
  });

  it('picks the one question that rehearses a red flag, for this member', async () => {
    const { ctx } = fakeCtx({ a: example });
    const r = await beginMockSession(ctx, 'a', { kind: 'flag', flag: 'visa-sponsorship' });
    expect(r.kind === 'started' && r.session.state.questions).toEqual(['rf-visa-sponsorship']);
    const gap = await beginMockSession(ctx, 'a', { kind: 'flag', flag: 'training-gap' }, { replace: true });
    expect(gap.kind === 'started' && gap.session.state.questions[0]).toMatch(/^rf-(training-gap|gap-on-cv)$/);
  });

  it('offers the session in progress instead of replacing it, unless asked to start over', async () => {
    const { ctx } = fakeCtx({ a: example });
    const first = await beginMockSession(ctx, 'a', { kind: 'plan', count: 2 });
    const again = await beginMockSession(ctx, 'a', { kind: 'plan' });
    expect(again.kind).toBe('active');
    const over = await beginMockSession(ctx, 'a', { kind: 'plan' }, { replace: true });
    if (first.kind !== 'started' || over.kind !== 'started') throw new Error('not started');
    expect(over.session.state.id).not.toBe(first.session.state.id);
  });

  it('keeps the old session when starting over with a bad count', async () => {
    const { ctx } = fakeCtx({ a: example });
    await beginMockSession(ctx, 'a', { kind: 'plan', count: 2 });
    const before = await loadMockSession(ctx, 'a');
    await expect(beginMockSession(ctx, 'a', { kind: 'plan', count: 99 }, { replace: true })).rejects.toThrow(/count/);
    expect(await loadMockSession(ctx, 'a')).toEqual(before);
  });

  it('advances once when Next is pressed twice at the same moment', async () => {
    const { ctx } = fakeCtx({ a: example });
    const r = await beginMockSession(ctx, 'a', { kind: 'plan', count: 3 });
    if (r.kind !== 'started') throw new Error('not started');
    const sessionId = r.session.state.id;
    await applyMove(ctx, 'a', { sessionId, index: 0, move: 'answer', text: 'I built a dashboard in the EHR.' });
    const outcomes = await Promise.all([
      applyMove(ctx, 'a', { sessionId, index: 0, move: 'next' }),
      applyMove(ctx, 'a', { sessionId, index: 0, move: 'next' }),
    ]);
    expect(outcomes.map((o) => o.kind)).toEqual(['moved', 'moved-on']);
    expect((await loadMockSession(ctx, 'a'))?.state.index).toBe(1);
  });

  it('tells a stale button from a replaced session and from a finished one', async () => {
    const { ctx } = fakeCtx({ a: example });
    const r = await beginMockSession(ctx, 'a', { kind: 'plan', count: 2 });
    if (r.kind !== 'started') throw new Error('not started');
    const old = r.session.state.id;
    expect((await applyMove(ctx, 'a', { sessionId: old, index: 1, move: 'skip' })).kind).toBe('moved-on');
    expect((await applyMove(ctx, 'a', { sessionId: old, index: 0, move: 'retry' })).kind).toBe('refused');
    await beginMockSession(ctx, 'a', { kind: 'plan' }, { replace: true });
    expect((await applyMove(ctx, 'a', { sessionId: old, index: 0, move: 'skip' })).kind).toBe('replaced');
    const current = (await loadMockSession(ctx, 'a'))!.state.id;
    expect((await applyMove(ctx, 'a', { sessionId: current, index: 0, move: 'end' })).kind).toBe('moved');
    expect((await applyMove(ctx, 'a', { sessionId: current, index: 0, move: 'end' })).kind).toBe('gone');
  });

  it('records a closed session in the history once, and nothing for one closed before any answer', async () => {
    const { ctx } = fakeCtx({ a: example });
    const r = await beginMockSession(ctx, 'a', { kind: 'plan', count: 2 });
    if (r.kind !== 'started') throw new Error('not started');
    await closeMockSession(ctx, 'a', r.session);
    expect(await listMockHistory(ctx, 'a')).toEqual([]);
    const s = await beginMockSession(ctx, 'a', { kind: 'plan', count: 2 });
    if (s.kind !== 'started') throw new Error('not started');
    const moved = await applyMove(ctx, 'a', { sessionId: s.session.state.id, index: 0, move: 'skip' });
    if (moved.kind !== 'moved') throw new Error('not moved');
    await closeMockSession(ctx, 'a', moved.session);
    await closeMockSession(ctx, 'a', moved.session);
    const history = await listMockHistory(ctx, 'a');
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ sessionId: s.session.state.id, summary: { skipped: 1, total: 2 } });
  });

  it('treats an unreadable stored session as none and starts afresh', async () => {
    const { ctx, sessions } = fakeCtx({ a: example });
    sessions.set('a', { v: 1, state: { v: 1, id: 'x' }, origin: { kind: 'plan' }, generic: false });
    expect(await loadMockSession(ctx, 'a')).toBeUndefined();
    expect((await beginMockSession(ctx, 'a', { kind: 'plan', count: 1 })).kind).toBe('started');
  });
});

describe('/mock custom ids', () => {
  it('round-trips moves and starts, and rejects malformed ones', () => {
    const id = moveId('next', 'abc123', '300000000000000001', 4);
    expect(id).toBe('mock:next:abc123:300000000000000001:4');
    expect(parseMoveArgs(id.split(':').slice(2))).toEqual({
      sessionId: 'abc123',
      ownerId: '300000000000000001',
      index: 4,
    });
    expect(parseMoveArgs(['abc', 'owner', '-1'])).toBeUndefined();
    expect(parseMoveArgs(['abc', 'owner'])).toBeUndefined();
    const start = startId('42', { kind: 'plan', focus: 'behavioral', count: 3 });
    expect(start).toBe('mock:new:42:plan:behavioral:3');
    expect(parseNewArgs(start.split(':').slice(2))).toEqual({
      ownerId: '42',
      origin: { kind: 'plan', focus: 'behavioral', count: 3 },
    });
    expect(startId('42', { kind: 'flag', flag: 'low-score' }, { over: true })).toBe('mock:over:42:flag:low-score');
    expect(parseNewArgs(['42', 'flag', 'not-a-flag'])).toBeUndefined();
    expect(parseNewArgs(['42', 'plan', 'any', '0'])).toEqual({ ownerId: '42', origin: { kind: 'plan' } });
  });
});

describe('/mock question framing', () => {
  it('frames every informatics-angle question so it fits a comparison too, never "a clinical problem"', async () => {
    const { ctx } = fakeCtx({ a: example });
    const r = await beginMockSession(ctx, 'a', { kind: 'plan', count: 3 });
    if (r.kind !== 'started') throw new Error('not started');
    const angle = BANK.filter((q) => q.framework === 'informatics-angle');
    expect(angle.some((q) => /differences between your home system/.test(q.text))).toBe(true);
    for (const q of angle) {
      const s = { ...r.session, state: { ...r.session.state, questions: [q.id], index: 0 } };
      const text = questionView(s, 'a')
        .sections.map((x) => x.body)
        .join('\n');
      expect(text, q.id).toContain('One concrete example from your own work, the informatics lens on it');
      expect(text, q.id).not.toMatch(/A clinical problem/);
    }
  });
});

describe('/mock question framing for the "why train again" questions (trial 14)', () => {
  it('shows each question its own parts, never the opener\'s "why this field" line', async () => {
    const { ctx } = fakeCtx({ a: example });
    const r = await beginMockSession(ctx, 'a', { kind: 'plan', count: 3 });
    if (r.kind !== 'started') throw new Error('not started');
    const own = BANK.filter((q) => q.parts);
    expect(own.map((q) => q.id)).toEqual(
      expect.arrayContaining(['why-residency-again', 'why-second-residency', 'why-switch-specialty']),
    );
    for (const q of own) {
      const s = { ...r.session, state: { ...r.session.state, questions: [q.id], index: 0 } };
      const text = questionView(s, 'a')
        .sections.map((x) => x.body)
        .join('\n');
      expect(text, q.id).toContain(q.parts!.line);
      expect(text, q.id).not.toMatch(/formative experiences, why this field/);
    }
    // The opener keeps the general line.
    const opener = { ...r.session, state: { ...r.session.state, questions: ['tell-me-about-yourself'], index: 0 } };
    expect(
      questionView(opener, 'a')
        .sections.map((x) => x.body)
        .join('\n'),
    ).toMatch(/formative experiences, why this field/);
  });
});

describe('/mock feedback sources', () => {
  it('never cites the guide for US citizens who studied abroad under a question asked only of non-US members', async () => {
    const { ctx } = fakeCtx({ a: example });
    const q = BANK.find((x) => x.audience === 'non-us' && x.category === 'img')!;
    const r = await beginMockSession(ctx, 'a', { kind: 'plan', count: 3 });
    if (r.kind !== 'started') throw new Error('not started');
    const s = { ...r.session, state: { ...r.session.state, questions: [q.id], index: 0 } };
    await ctx.store.saveSession('a', s);
    await applyMove(ctx, 'a', {
      sessionId: s.state.id,
      index: 0,
      move: 'answer',
      text: 'In Cairo our records were on paper.',
    });
    const after = (await loadMockSession(ctx, 'a'))!;
    const footer = feedbackView(after, 'a')
      .sections.map((x) => x.footer ?? '')
      .join('\n');
    expect(footer).toMatch(/Guides: .*interview-preparation#img-concerns/);
    expect(footer).not.toMatch(/us-citizen-img#/);
  });
});

describe('/mock summary across answers', () => {
  const STORY =
    'In my job as an implementation analyst, our lab go-live had many order errors. My task was to reduce them before the next hospital. I mapped the workflow and wrote a build checklist; order errors dropped by 40 percent.';

  async function finish(answers: string[]) {
    const { ctx } = fakeCtx({ a: example });
    const r = await beginMockSession(ctx, 'a', { kind: 'plan', count: answers.length });
    if (r.kind !== 'started') throw new Error('not started');
    const sessionId = r.session.state.id;
    let last = r.session;
    for (const [index, text] of answers.entries()) {
      await applyMove(ctx, 'a', { sessionId, index, move: 'answer', text });
      const moved = await applyMove(ctx, 'a', { sessionId, index, move: 'next' });
      if (moved.kind !== 'moved') throw new Error(`not moved: ${moved.kind}`);
      last = moved.session;
    }
    return last;
  }

  it('says when the same story was given to several different questions', async () => {
    const s = await finish([STORY, STORY, `${STORY} It became the company standard.`]);
    const { summaryView } = await import('../../src/app/views/mock.js');
    const text = summaryView(s, 'a')
      .sections.map((x) => x.body ?? '')
      .join('\n');
    expect(text).toMatch(/You gave nearly the same answer to 3 different questions/);
  });

  it('says nothing of the kind when each question got its own answer', async () => {
    const s = await finish([
      STORY,
      'I failed Step 2 CK in 2019 because I studied without a plan; I rebuilt my schedule around question banks and passed with 228 in 2020.',
      'I last cared for patients as a house officer in Lagos in 2018; since then I keep current with board review and a weekly clinic shadowing day.',
    ]);
    const { summaryView } = await import('../../src/app/views/mock.js');
    const text = summaryView(s, 'a')
      .sections.map((x) => x.body ?? '')
      .join('\n');
    expect(text).not.toMatch(/nearly the same answer/);
  });

  it('gives no STAR score in the summary to a question whose feedback said STAR is not scored', async () => {
    const s = await finish([STORY, STORY, STORY, STORY, STORY]);
    const { summaryView } = await import('../../src/app/views/mock.js');
    const { isStoryQuestion } = await import('../../src/mock/session.js');
    const lines = summaryView(s, 'a')
      .sections.find((x) => x.title === 'Question by question')!
      .body!.split('\n');
    expect(s.state.questions[0]).toBe('tell-me-about-yourself');
    expect(lines[0]).toMatch(/^1\. Tell me about yourself\. — answered: \d+ words, ~\d+ s, (?!STAR)/);
    const story = s.state.questions.map((id) => isStoryQuestion(BANK.find((q) => q.id === id)));
    expect(story).toContain(true);
    story.forEach((isStory, i) => expect(lines[i], lines[i]).toMatch(isStory ? /, STAR \d\/4, / : /^(?!.*STAR)/));
  });
});

describe('/mock feedback: STAR parts only where a story is asked for', () => {
  it('says STAR is not scored for "Tell me about yourself" and scores it for a story question', async () => {
    const { ctx } = fakeCtx({ a: example });
    const r = await beginMockSession(ctx, 'a', { kind: 'plan', count: 3 });
    if (r.kind !== 'started') throw new Error('not started');
    const fieldFor = async (id: string) => {
      const s = {
        ...r.session,
        state: { ...r.session.state, questions: [id], index: 0, attempts: [], phase: 'question' as const },
      };
      await ctx.store.saveSession('a', s);
      await applyMove(ctx, 'a', {
        sessionId: s.state.id,
        index: 0,
        move: 'answer',
        text: 'I am a physician from Cairo who moved into health IT and wants to build better EHR tools.',
      });
      const view = feedbackView((await loadMockSession(ctx, 'a'))!, 'a');
      return view.sections.flatMap((x) => x.fields ?? []).find((f) => f.name === 'STAR parts')?.value;
    };
    expect(await fieldFor('tell-me-about-yourself')).toBe('Not scored: this question does not ask for a story.');
    expect(await fieldFor('mistake')).toMatch(/^Situation: .* · Result: /);
  });
});

describe('/mock feedback: a claim the guides say is false', () => {
  /** A fresh one-question session ("Tell me about yourself") answered with `text`, as stored after the answer. */
  const answered = async (text: string) => {
    const { ctx } = fakeCtx({ a: example });
    const r = await beginMockSession(ctx, 'a', { kind: 'plan', count: 3 });
    if (r.kind !== 'started') throw new Error('not started');
    const s = {
      ...r.session,
      state: {
        ...r.session.state,
        questions: ['tell-me-about-yourself'],
        index: 0,
        attempts: [],
        phase: 'question' as const,
      },
    };
    await ctx.store.saveSession('a', s);
    await applyMove(ctx, 'a', { sessionId: s.state.id, index: 0, move: 'answer', text });
    return (await loadMockSession(ctx, 'a'))!;
  };
  const viewFor = async (text: string) => feedbackView(await answered(text), 'a');

  it('tells the member, quoting them, when the answer calls a residency abroad equal to a US one; says nothing otherwise', async () => {
    const claim =
      'I completed FCPS internal medicine residency in Lahore in 2024 which is equivalent to US residency, basically same thing, so I think I am eligible.';
    const flagged = await viewFor(
      `${claim} I have worked on an EHR dashboard for sepsis and want to build better tools.`,
    );
    const section = flagged.sections.find((x) => x.title === 'A fact to correct before you say this');
    expect(section?.body).toContain(claim);
    expect(section?.body).toMatch(/exceptionally qualified applicant exception/);
    const honest = await viewFor(
      'My FCPS residency in Lahore is not equivalent to a US residency, so I am applying to internal medicine residency first and building my informatics work on an EHR dashboard.',
    );
    expect(honest.sections.some((x) => x.title === 'A fact to correct before you say this')).toBe(false);
  });

  it('keeps the correction in the summary, first under "Practise next", and speaks to a member already in an ACGME residency', async () => {
    const claim = 'My residency in Pakistan is the same as a US residency so I am already fully eligible.';
    const done = await answered(`I am a PGY-3 in internal medicine. ${claim}`);
    const feedback = feedbackView(done, 'a').sections.find((x) => x.title === 'A fact to correct before you say this');
    expect(feedback?.body).toMatch(/an ACGME residency you are in or have finished, if you have one/);
    const practise = summaryView(done, 'a').sections.find((x) => x.title === 'Practise next');
    expect(practise?.body?.split('\n')[0]).toMatch(
      /^- Correct a fact in your answer to question 1 .*same as a US residency/,
    );
  });
});
