/**
 * A member's whole journey through the bot, as Discord would drive it: import a profile → /redflag
 * → explain a gap from the report's button (and review their own draft) → a mock interview of
 * three answers → the summary. Two members do it at the same time, one in a server (private
 * thread) and one in a DM, and nothing of one ever shows up for the other.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listMockHistory, loadMockSession } from '../../src/app/mock/records.js';
import { EXAMPLE_PROFILE } from '../helpers/cli.js';
import { type BotHarness, member, textOf, useBot } from '../helpers/bot.js';
import {
  answerQuestion,
  importProfile,
  liveMessage,
  messagesIn,
  press,
  type Where,
  type Who,
} from '../helpers/member-driver.js';

const exampleJson = readFileSync(EXAMPLE_PROFILE, 'utf8');
const example = JSON.parse(exampleJson) as Record<string, unknown>;

/** A US-citizen IMG with one 7-month gap and nothing in common with the example profile. */
const second = {
  version: 1,
  citizenship: 'us-citizen',
  visa: 'not-needed',
  target: 'residency-informatics-track',
  medSchool: { country: 'Grenada', graduated: '2020-05' },
  exams: [
    { exam: 'step1', date: '2019-03', result: 'pass' },
    { exam: 'step2ck', date: '2020-03', result: 'pass', score: 251 },
  ],
  timeline: [
    { from: '2020-06', to: '2021-05', activity: 'research', note: 'sepsis registry, Ohio' },
    { from: '2021-06', to: '2021-12', activity: 'personal', note: 'caring for my father' },
    { from: '2022-01', to: 'present', activity: 'us-clinical', note: 'hospitalist assistant, Ohio' },
  ],
  informatics: [{ kind: 'project', title: 'Readmission dashboard in Tableau', outcome: 'used by 3 wards' }],
};

/** Each member's answers carry a marker word no one else uses. */
const answer = (marker: string, n: number) =>
  `When I was working at the ${marker} clinic we noticed that discharge summaries were missing follow-up dates. ` +
  `My task for question ${n} was to fix it. I audited forty charts in the EHR, redesigned the discharge template ` +
  `with the nurses and trained the team. As a result, missing follow-up dates fell from 30% to 5% in three months.`;

interface JourneyResult {
  redflag: string;
  draft: string;
  review: string;
  feedback: string[];
  summary: string;
  /** Where the mock session ran: the private thread (server) or the DM channel. */
  sessionChannel: string;
}

async function journey(
  h: BotHarness,
  who: Who,
  json: string,
  marker: string,
  inGuild: boolean,
): Promise<JourneyResult> {
  const where: Where = inGuild ? { guildId: h.guildId } : {};
  await importProfile(h, who, json, where);

  // /redflag: the report, with a button to explain the gap.
  const report = h.fake.interaction.slash({ name: 'redflag', user: who, ...where });
  const reportCb = await report.callback();
  expect(reportCb.data?.flags ?? 0).toBe(inGuild ? 64 : 0);
  await report.waitForOriginal();
  await h.settled();
  const redflag = [report.originalMessage()!, ...report.followUps()].map((m) => textOf(m)).join('\n');
  const gapButton = liveMessage(h, 'explain-gap:open:', { interactionId: report.id });

  // The gap button → draft + lint.
  const open = h.fake.interaction.button({
    customId: gapButton.id,
    message: gapButton.message.id,
    user: who,
    ...where,
  });
  expect((await open.callback()).type).toBe(5);
  await open.waitForOriginal();
  await h.settled();
  const draft = textOf(open.originalMessage() as never);
  const reviewButton = liveMessage(h, 'explain-gap:review:', { interactionId: open.id });
  const modalOpen = h.fake.interaction.button({
    customId: reviewButton.id,
    message: reviewButton.message.id,
    user: who,
    ...where,
  });
  const modal = await modalOpen.callback();
  expect(modal.type).toBe(9);
  const submit = h.fake.interaction.modalSubmit({
    customId: modal.data.custom_id as string,
    fields: { draft: `At the ${marker} clinic nobody supported me, so I studied alone.` },
    message: reviewButton.message.id,
    user: who,
    ...where,
  });
  const reviewCb = await submit.callback();
  expect(reviewCb.type).toBe(4);
  await h.settled();
  const review = textOf(reviewCb.data);

  // The mock interview: three answers, feedback after each, then the summary.
  const start = h.fake.interaction.slash({
    name: 'mock',
    subcommand: 'start',
    options: { count: 3 },
    user: who,
    ...where,
  });
  const started = textOf(await start.waitForOriginal());
  await h.settled();
  const threadId = /<#(\d+)>/.exec(started)?.[1];
  if (inGuild) expect(threadId).toBeDefined();
  const sessionWhere: Where = inGuild ? { guildId: h.guildId, channelId: threadId! } : {};
  const feedback: string[] = [];
  let summary = '';
  for (let n = 1; n <= 3; n++) {
    const { submit: sent } = await answerQuestion(h, who, answer(marker, n), sessionWhere);
    feedback.push(textOf(sent.followUps()[0]));
    const next = await press(h, who, 'mock:next:', sessionWhere);
    if (n === 3) summary = textOf(next.followUps()[0]);
  }
  const sessionChannel = threadId ?? (start.originalMessage()!.channel_id as string);
  return { redflag, draft, review, feedback, summary, sessionChannel };
}

describe("a member's full journey against the fake Discord", () => {
  const h = useBot({}, { reset: false });

  it('goes from profile import to red flags, a gap explanation and a three-answer mock interview', async () => {
    const who = member(80);
    const r = await journey(h, who, exampleJson, 'Alexandria', true);
    expect(r.redflag).toMatch(/Training gap/);
    expect(r.draft).toMatch(/Gap to explain: /);
    expect(r.draft).toMatch(/Suggested explanation/);
    expect(r.review).toMatch(/Check of your draft/);
    expect(r.review).toMatch(/nobody supported/);
    expect(r.feedback).toHaveLength(3);
    r.feedback.forEach((f, i) => expect(f).toMatch(new RegExp(`Feedback · question ${i + 1} of 3`)));
    expect(r.summary).toMatch(/Mock interview finished\*\*: 3 of 3 answered/);
    expect(r.summary).toMatch(/Question by question/);
    const history = await listMockHistory(h.ctx, who.id);
    expect(history).toHaveLength(1);
    expect(history[0]!.summary).toMatchObject({ total: 3, answered: 3 });
    expect(await loadMockSession(h.ctx, who.id)).toBeUndefined();
  });

  it('keeps two members apart when they go through it at the same time', async () => {
    const a = member(81);
    const b = member(82);
    const [ra, rb] = await Promise.all([
      journey(h, a, exampleJson, 'Alexandria', true),
      journey(h, b, JSON.stringify(second), 'Columbus', false),
    ]);
    // Each sees their own facts only.
    expect(ra.redflag).toContain('Cairo');
    expect(rb.redflag).not.toMatch(/Cairo|Egypt|J-1/);
    expect(ra.redflag).not.toMatch(/Grenada|Ohio/);
    expect(ra.draft).toMatch(/Gap to explain: (Jul 2022 – Mar 2023|Aug 2018 – Nov 2019)/);
    expect(rb.draft).toMatch(/Gap to explain: Jun 2021 – Dec 2021/);
    expect(ra.review).toContain('Alexandria');
    expect(rb.review).toContain('Columbus');
    expect(ra.review).not.toContain('Columbus');
    for (const f of ra.feedback) {
      expect(f).toContain('Alexandria');
      expect(f).not.toContain('Columbus');
    }
    for (const f of rb.feedback) {
      expect(f).toContain('Columbus');
      expect(f).not.toContain('Alexandria');
    }
    // Their sessions ran in different places, and each place holds only its member's answers.
    expect(ra.sessionChannel).not.toBe(rb.sessionChannel);
    const inA = messagesIn(h, ra.sessionChannel)
      .map((m) => textOf(m as never))
      .join('\n');
    const inB = messagesIn(h, rb.sessionChannel)
      .map((m) => textOf(m as never))
      .join('\n');
    expect(inA).not.toContain('Columbus');
    expect(inB).not.toContain('Alexandria');
    // The store keeps each member's profile and history under their own id.
    expect(await h.ctx.store.getProfile(a.id)).toEqual(example);
    expect(await h.ctx.store.getProfile(b.id)).toEqual(second);
    const [ha, hb] = [await listMockHistory(h.ctx, a.id), await listMockHistory(h.ctx, b.id)];
    expect(ha).toHaveLength(1);
    expect(hb).toHaveLength(1);
    expect(ha[0]!.sessionId).not.toBe(hb[0]!.sessionId);
    expect(ha[0]!.generic).toBe(false);
  });
});
