import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMockSession, listMockHistory } from '../../src/app/mock/records.js';
import { EXAMPLE_PROFILE } from '../helpers/cli.js';
import { customIdsOf, member, textOf, useBot } from '../helpers/bot.js';
import { answerQuestion, importProfile, liveMessage, messagesIn, press } from '../helpers/member-driver.js';

const exampleJson = readFileSync(EXAMPLE_PROFILE, 'utf8');

/** A STAR answer with a result and an informatics angle. */
export const GOOD_ANSWER =
  'When I was a resident at a busy teaching hospital, we noticed that patients with sepsis waited too long for antibiotics. ' +
  'My role was to find out why. I pulled order times from the EHR, mapped the workflow with the nurses, and built a simple ' +
  'dashboard that showed time to antibiotics for each shift. I presented it at the monthly quality meeting and we changed the ' +
  'order set so the first dose could be given before pharmacy review. As a result, the median time to antibiotics fell from ' +
  'three hours to seventy minutes within two months, and the dashboard is still used every week.';
/** Blame and fillers. */
export const BLAME_ANSWER =
  'Um, I failed the exam because the exam was unfair and, like, the school never supported me. Um, I studied, like, a lot.';
export const SHORT_ANSWER = 'I like data and computers.';

describe('/mock against the fake Discord', () => {
  const h = useBot({}, { reset: false });

  it('runs a whole session in a DM: three answers, feedback after each, then the summary and history', async () => {
    const who = member(40);
    await importProfile(h, who, exampleJson);
    const start = h.fake.interaction.slash({ name: 'mock', subcommand: 'start', options: { count: 3 }, user: who });
    const cb = await start.callback();
    expect(cb.type).toBe(5);
    expect(cb.data?.flags ?? 0).toBe(0);
    const first = await start.waitForOriginal();
    await h.settled();
    expect(textOf(first)).toMatch(/Question 1 of 3/);
    const ids = customIdsOf(first);
    const session = await loadMockSession(h.ctx, who.id);
    expect(session?.state.questions).toHaveLength(3);
    const sid = session!.state.id;
    for (const move of ['answer', 'hint', 'skip', 'end']) expect(ids).toContain(`mock:${move}:${sid}:${who.id}:0`);

    const answers = [GOOD_ANSWER, BLAME_ANSWER, SHORT_ANSWER];
    for (const [n, text] of answers.entries()) {
      const { submit, modal } = await answerQuestion(h, who, text);
      expect(modal.data.custom_id).toBe(`mock:submit:${sid}:${who.id}:${n}`);
      expect(modal.data.title.length).toBeLessThanOrEqual(45);
      // Deferred update first, then the feedback as a new (normal) message, then the question's buttons go.
      expect((await submit.callback()).type).toBe(6);
      const feedback = submit.followUps()[0];
      expect(feedback.flags ?? 0).toBe(0);
      const t = textOf(feedback);
      expect(t).toMatch(new RegExp(`Feedback · question ${n + 1} of 3`));
      expect(t).toMatch(/\d+ words, about \d+ seconds/);
      expect(t).toMatch(/STAR parts/);
      expect(t).toMatch(/Filler words/);
      const stripped = submit.all().find((c) => c.route === 'editWebhookMessage');
      expect(stripped?.body).toMatchObject({ components: [] });
      if (n === 1) {
        expect(t).toMatch(/Sounds like blame/);
        expect(t).toContain('unfair');
        expect(t).toMatch(/Filler words/);
      }
      if (n === 2) expect(t).toMatch(/Too short/);
      // Notes in the member's words, never the ids scripts use.
      expect(t).not.toMatch(/too-short|no-informatics-angle|no-result\b/);
      const next = await press(h, who, 'mock:next:');
      expect((await next.callback()).type).toBe(6);
      const after = textOf(next.followUps()[0]);
      if (n < 2) expect(after).toMatch(new RegExp(`Question ${n + 2} of 3`));
      else {
        expect(after).toMatch(/Mock interview finished/);
        expect(after).toMatch(/3 of 3 answered/);
        expect(after).toMatch(/Question by question/);
        expect(after).toMatch(/STAR parts covered/);
        expect(after).toMatch(/Practise next/);
      }
    }
    expect(await loadMockSession(h.ctx, who.id)).toBeUndefined();
    const history = await listMockHistory(h.ctx, who.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ sessionId: sid, summary: { total: 3, answered: 3 } });

    const hist = h.fake.interaction.slash({ name: 'mock', subcommand: 'history', user: who });
    expect((await hist.callback()).type).toBe(5);
    const shown = textOf(await hist.waitForOriginal());
    expect(shown).toMatch(/Your mock interviews/);
    expect(shown).toMatch(/3 of 3 answered/);
  });

  it('opens a private thread in a server; hint, skip, retry and end work there', async () => {
    const who = member(41);
    await importProfile(h, who, exampleJson, { guildId: h.guildId });
    const start = h.fake.interaction.slash({
      name: 'mock',
      subcommand: 'start',
      options: { focus: 'behavioral', count: 3 },
      guildId: h.guildId,
      user: who,
    });
    expect(await start.callback()).toMatchObject({ type: 5, data: { flags: 64 } });
    const reply = await start.waitForOriginal();
    await h.settled();
    const created = h.fake.calls.find((c) => c.route === 'startThread' && c.status < 300);
    expect(created?.body).toMatchObject({ type: 12, invitable: false });
    const threadId = (created!.response as { id: string }).id;
    expect(textOf(reply)).toContain(`<#${threadId}>`);
    expect(
      h.fake.calls.some((c) => c.route === 'addThreadMember' && c.path.endsWith(`/${who.id}`) && c.status < 300),
    ).toBe(true);
    const where = { guildId: h.guildId, channelId: threadId };
    const [q1] = messagesIn(h, threadId);
    expect(textOf(q1 as never)).toMatch(/Question 1 of 3/);
    expect(q1!.flags ?? 0).toBe(0);

    // Hint: the question message is replaced in place with the hint added, buttons kept.
    const hint = await press(h, who, 'mock:hint:', where);
    expect((await hint.callback()).type).toBe(6);
    const withHint = await hint.waitForOriginal();
    expect(textOf(withHint)).toMatch(/Hint/);
    expect(textOf(withHint)).toMatch(/A strong answer shows/);
    expect(customIdsOf(withHint).some((id) => id.startsWith('mock:answer:'))).toBe(true);

    // Skip → question 2, posted as a normal message in the thread.
    const skip = await press(h, who, 'mock:skip:', where);
    const q2 = skip.followUps()[0];
    expect(q2.flags ?? 0).toBe(0);
    expect(textOf(q2)).toMatch(/Question 2 of 3/);

    await answerQuestion(h, who, BLAME_ANSWER, where);
    const retry = await press(h, who, 'mock:retry:', where);
    expect(textOf(retry.followUps()[0])).toMatch(/Question 2 of 3\*\* \(another try\)/);
    const again = await answerQuestion(h, who, GOOD_ANSWER, where);
    const better = textOf(again.submit.followUps()[0]);
    expect(better).toMatch(/try 2/);
    expect(better).toMatch(/Compared with your previous try: notes \d+ → \d+/);

    const end = await press(h, who, 'mock:end:', where);
    const summary = textOf(end.followUps()[0]);
    expect(summary).toMatch(/1 of 3 answered, 1 skipped, 1 not reached/);
    expect(summary).toMatch(/skipped/);
    expect(summary).toMatch(/2 tries/);
    // Every message of the session went to the thread; none to the channel.
    const inThread = messagesIn(h, threadId);
    expect(inThread.length).toBeGreaterThanOrEqual(5);
    expect(inThread.every((m) => (m.flags ?? 0) === 0)).toBe(true);
    const [entry] = await listMockHistory(h.ctx, who.id);
    expect(entry).toMatchObject({ origin: { kind: 'plan', focus: 'behavioral', count: 3 }, summary: { skipped: 1 } });
  });

  it('falls back to ephemeral messages when the server does not allow a private thread', async () => {
    const who = member(42);
    await importProfile(h, who, exampleJson, { guildId: h.guildId });
    h.fake.failNext({
      path: /\/threads$/,
      status: 403,
      body: { code: 50013, message: 'Missing Permissions' },
    });
    const start = h.fake.interaction.slash({
      name: 'mock',
      subcommand: 'start',
      options: { count: 2 },
      guildId: h.guildId,
      user: who,
    });
    expect(await start.callback()).toMatchObject({ type: 5, data: { flags: 64 } });
    const first = await start.waitForOriginal();
    await h.settled();
    expect(textOf(first)).toMatch(/could not open a private thread/);
    expect(textOf(first)).toMatch(/Question 1 of 2/);
    const { submit } = await answerQuestion(h, who, GOOD_ANSWER, { guildId: h.guildId });
    expect(submit.followUps()[0].flags).toBe(64);
    const next = await press(h, who, 'mock:next:', { guildId: h.guildId });
    expect(next.followUps()[0].flags).toBe(64);
    expect(textOf(next.followUps()[0])).toMatch(/Question 2 of 2/);
  });

  it('survives a restart in the middle of a session: the next button press continues', async () => {
    const who = member(43);
    await importProfile(h, who, exampleJson);
    const start = h.fake.interaction.slash({ name: 'mock', subcommand: 'start', options: { count: 3 }, user: who });
    await start.waitForOriginal();
    await h.settled();
    await answerQuestion(h, who, GOOD_ANSWER);
    const before = await loadMockSession(h.ctx, who.id);
    expect(before?.state.phase).toBe('feedback');

    await h.restart();

    const next = await press(h, who, 'mock:next:');
    expect((await next.callback()).type).toBe(6);
    expect(textOf(next.followUps()[0])).toMatch(/Question 2 of 3/);
    const { submit } = await answerQuestion(h, who, SHORT_ANSWER);
    expect(textOf(submit.followUps()[0])).toMatch(/Feedback · question 2 of 3/);
    const after = await loadMockSession(h.ctx, who.id);
    expect(after?.state.id).toBe(before?.state.id);
    expect(after?.state.attempts).toHaveLength(2);
  });

  it("refuses another member's button politely and leaves the session untouched", async () => {
    const owner = member(44);
    const other = member(45);
    await importProfile(h, owner, exampleJson, { guildId: h.guildId });
    h.fake.failNext({ path: /\/threads$/, status: 403, body: { code: 50013, message: 'Missing Permissions' } });
    const start = h.fake.interaction.slash({
      name: 'mock',
      subcommand: 'start',
      options: { count: 2 },
      guildId: h.guildId,
      user: owner,
    });
    await start.waitForOriginal();
    await h.settled();
    const before = await loadMockSession(h.ctx, owner.id);
    for (const prefix of ['mock:skip:', 'mock:answer:', 'mock:end:']) {
      const i = await press(h, other, prefix, { guildId: h.guildId }, { owner: owner.id });
      const cb = await i.callback();
      expect(cb).toMatchObject({ type: 4, data: { flags: 64 } });
      expect(cb.data.content).toMatch(/belongs to someone else/);
    }
    expect(await loadMockSession(h.ctx, owner.id)).toEqual(before);
    expect(await loadMockSession(h.ctx, other.id)).toBeUndefined();
  });

  it('offers to resume or start over when a session is in progress', async () => {
    const who = member(46);
    await importProfile(h, who, exampleJson);
    const first = h.fake.interaction.slash({ name: 'mock', subcommand: 'start', options: { count: 2 }, user: who });
    await first.waitForOriginal();
    await h.settled();
    await answerQuestion(h, who, GOOD_ANSWER);
    const old = (await loadMockSession(h.ctx, who.id))!.state.id;

    const again = h.fake.interaction.slash({ name: 'mock', subcommand: 'start', user: who });
    const offer = await again.waitForOriginal();
    await h.settled();
    expect(textOf(offer)).toMatch(/in progress/);
    expect(customIdsOf(offer)).toEqual([`mock:resume:${old}:${who.id}`, `mock:over:${who.id}:plan:any:0`]);

    const resume = await press(h, who, 'mock:resume:');
    expect((await resume.callback()).type).toBe(6);
    const resumed = textOf(await resume.waitForOriginal());
    expect(resumed).toMatch(/Welcome back/);
    expect(resumed).toMatch(/Feedback · question 1 of 2/);

    const third = h.fake.interaction.slash({ name: 'mock', subcommand: 'start', options: { count: 4 }, user: who });
    await third.waitForOriginal();
    await h.settled();
    const over = await press(h, who, 'mock:over:');
    expect(textOf(await over.waitForOriginal())).toMatch(/Question 1 of 4/);
    const now = await loadMockSession(h.ctx, who.id);
    expect(now?.state.id).not.toBe(old);
    // The abandoned session's answer is kept in the history.
    expect((await listMockHistory(h.ctx, who.id)).map((e) => e.sessionId)).toEqual([old]);
    // A button from the old session now points at the new one.
    const stale = h.fake.interaction.button({ customId: `mock:next:${old}:${who.id}:0`, user: who });
    await stale.callback();
    await h.settled();
    expect(textOf(stale.followUps()[0])).toMatch(/earlier mock interview/);
  });

  it('tells the member when a button is from an earlier question or a finished session', async () => {
    const who = member(47);
    await importProfile(h, who, exampleJson);
    const start = h.fake.interaction.slash({ name: 'mock', subcommand: 'start', options: { count: 2 }, user: who });
    await start.waitForOriginal();
    await h.settled();
    const sid = (await loadMockSession(h.ctx, who.id))!.state.id;
    await press(h, who, 'mock:skip:');
    const early = h.fake.interaction.button({ customId: `mock:skip:${sid}:${who.id}:0`, user: who });
    await early.callback();
    await h.settled();
    expect(textOf(early.followUps()[0])).toMatch(/earlier question[\s\S]*Question 2 of 2/);
    await press(h, who, 'mock:end:');
    const late = h.fake.interaction.button({ customId: `mock:hint:${sid}:${who.id}:1`, user: who });
    await late.callback();
    await h.settled();
    expect(textOf(late.followUps()[0])).toMatch(/finished or expired/);
  });

  it('lets a member without a profile practise general questions, with the setup offer', async () => {
    const who = member(48);
    const start = h.fake.interaction.slash({
      name: 'mock',
      subcommand: 'start',
      options: { count: 1 },
      guildId: h.guildId,
      user: who,
    });
    await start.waitForOriginal();
    await h.settled();
    const threadId = (h.fake.calls.filter((c) => c.route === 'startThread').at(-1)!.response as { id: string }).id;
    const [q] = messagesIn(h, threadId);
    expect(textOf(q as never)).toMatch(/no profile yet, so these are general questions/);
    expect(customIdsOf(q as never)).toContain('profile:setup');
    const where = { guildId: h.guildId, channelId: threadId };
    await answerQuestion(h, who, GOOD_ANSWER, where);
    const done = await press(h, who, 'mock:next:', where);
    expect(textOf(done.followUps()[0])).toMatch(/1 of 1 answered/);
    const [entry] = await listMockHistory(h.ctx, who.id);
    expect(entry?.generic).toBe(true);
  });

  it('shows an empty history with a way to start, and replaces the /redflag practice placeholder', async () => {
    const who = member(49);
    const hist = h.fake.interaction.slash({ name: 'mock', subcommand: 'history', guildId: h.guildId, user: who });
    expect(await hist.callback()).toMatchObject({ type: 5, data: { flags: 64 } });
    const empty = await hist.waitForOriginal();
    expect(textOf(empty)).toMatch(/No finished mock interviews yet/);
    expect(customIdsOf(empty)).toEqual([`mock:new:${who.id}:plan:any:0`]);

    await importProfile(h, who, exampleJson);
    const report = h.fake.interaction.slash({ name: 'redflag', user: who });
    await report.waitForOriginal();
    await h.settled();
    const flag = h.fake.interaction.button({
      customId: 'mock:flag:training-gap',
      message: liveMessage(h, 'mock:flag:training-gap').message.id,
      user: who,
    });
    expect((await flag.callback()).type).toBe(5);
    const q = textOf(await flag.waitForOriginal());
    await h.settled();
    expect(q).toMatch(/Question 1 of 1/);
    expect(q).toMatch(/Red flag/);
    const stored = await loadMockSession(h.ctx, who.id);
    expect(stored?.origin).toEqual({ kind: 'flag', flag: 'training-gap' });
    expect(stored?.state.questions).toHaveLength(1);
    expect(stored?.state.questions[0]).toMatch(/gap/);
  });
});
