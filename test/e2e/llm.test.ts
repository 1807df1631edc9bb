/**
 * The optional AI model end to end: the real bot against the fake Discord, with OPENAI_API_KEY and
 * OPENAI_BASE_URL pointing the real OpenAI SDK at the fake OpenAI server (test/fake-openai). What
 * the prompts contain (this member's facts only, and only with consent), how model text is shown
 * (no live mentions), and that every failure leaves the member with the rule-based answer and a
 * short note, never a failed interaction.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { command as privacyCommand } from '../../commands/privacy.js';
import { createAppContext } from '../../src/app/context.js';
import { LLM_CONSENT_KEY } from '../../src/app/llm.js';
import { composeLorEmail, declineSentence } from '../../src/composers/lor-email.js';
import { targetPhrase } from '../../src/composers/lor-context.js';
import { loadConfig } from '../../src/config.js';
import { renderText } from '../../src/console/render.js';
import { answerQuestion as standardAnswer } from '../../src/knowledge/answer.js';
import { LLM_NOTES } from '../../src/llm/features/common.js';
import { PromptError, promptsDir } from '../../src/llm/prompts.js';
import { redFlags } from '../../src/rules/redflags.js';
import { startFakeOpenAi, type FakeOpenAi, type RecordedRequest } from '../fake-openai/server.js';
import type { InteractionHandle } from '../fake-discord/server.js';
import { exampleProfile, GOOD_GAP_DRAFT, OTHER_MARKERS, otherProfile, TODAY } from '../llm/fixtures.js';
import {
  type BotHarness,
  expectNoPings,
  expectWithinLimits,
  member,
  messageBody,
  startBot,
  textOf,
  useBot,
} from '../helpers/bot.js';
import { answerQuestion, liveMessage, press } from '../helpers/member-driver.js';

const NOW = () => new Date(`${TODAY}T12:00:00Z`);
// Answered from guide passages: a curated (FAQ) answer is shown as written, without the model.
const QUESTION = 'How do I map my IMG experience to informatics skills?';
/** Facts only the example profile has (the other profile replaces them). */
const EXAMPLE_ONLY = ['Egypt', 'sepsis bundle dashboard', 'SQL for healthcare data'];
/** A STAR answer with a result and an informatics angle (words the coach prose may reuse). */
const GOOD_ANSWER =
  'When I was a resident, patients with sepsis waited too long for antibiotics. My role was to find out why. ' +
  'I pulled order times from the EHR, mapped the workflow with the nurses, and built a dashboard for each shift. ' +
  'As a result, the median time to antibiotics fell from three hours to seventy minutes within two months.';

function llmEnv(fake: FakeOpenAi, more: Record<string, string> = {}): Record<string, string> {
  return {
    OPENAI_API_KEY: 'test-key',
    OPENAI_BASE_URL: fake.url,
    OPENAI_MODEL: 'fake-model',
    LLM_DEADLINE_MS: '1500',
    ...more,
  };
}

/** Which prompt a request is for: the response format names its schema. */
const schemaOf = (r: RecordedRequest): string | undefined => r.body.response_format?.json_schema?.name;

/** Every message of an interaction (the original and its follow-ups), as one text. */
function allText(i: InteractionHandle): string {
  const original = i.originalMessage() as unknown as Record<string, unknown> | undefined;
  return [textOf(original), ...i.followUps().map((b) => textOf(b as Record<string, unknown>))].join('\n');
}

function topRef(h: BotHarness): string {
  const p = standardAnswer(h.ctx.knowledge.index, QUESTION).passages[0]!;
  return `${p.doc}#${p.section}`;
}

async function slash(h: BotHarness, input: Parameters<BotHarness['fake']['interaction']['slash']>[0]) {
  const i = h.fake.interaction.slash(input);
  const cb = await i.callback();
  await i.waitForOriginal({ timeoutMs: 8000 });
  await h.settled(8000);
  return { i, cb };
}

async function consent(h: BotHarness, who: ReturnType<typeof member>, on = true): Promise<void> {
  const { cb, i } = await slash(h, {
    name: 'privacy',
    options: { llm: on ? 'on' : 'off' },
    guildId: h.guildId,
    user: who,
  });
  expect(cb).toMatchObject({ type: 5, data: { flags: 64 } });
  expect(allText(i)).toMatch(on ? /personal versions are on/ : /personal versions are off/);
}

describe('the AI model through the fake Discord', () => {
  let fake: FakeOpenAi;
  // Registered before the bot's hooks: started first, closed after it (after-hooks run in reverse).
  beforeAll(async () => {
    fake = await startFakeOpenAi();
  });
  afterAll(async () => {
    await fake?.close();
  });
  beforeEach(() => fake.reset());
  const h = useBot(() => ({ env: llmEnv(fake), now: NOW }));

  it("answers /ask with the model's answer, citing the guide passage it was given", async () => {
    const ref = topRef(h);
    fake.script({ json: { answer: `At least half of your letters should speak to informatics [${ref}].` } });
    const { i, cb } = await slash(h, {
      name: 'ask',
      options: { question: QUESTION },
      guildId: h.guildId,
      user: member(1),
    });
    expect(cb.type).toBe(5);
    const text = allText(i);
    expect(text).toContain('At least half of your letters should speak to informatics');
    expect(text).toContain(ref);
    expect(text).toMatch(/Written by the AI model/);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]!.body.model).toBe('fake-model');
  });

  it('answers a chat message in a DM with the model too', async () => {
    const ref = topRef(h);
    fake.script({ json: { answer: `Half of them, ideally [${ref}].` } });
    const sent = h.fake.message.create({ content: QUESTION, author: member(2) });
    const reply = await sent.waitForReply();
    await h.settled();
    expect(textOf(reply.body as Record<string, unknown>)).toContain('Half of them, ideally');
    expect(reply.body).toMatchObject({ allowed_mentions: { parse: [] } });
  });

  it("puts only the asking member's facts in the prompt, after they opt in", async () => {
    const a = member(3);
    const b = member(4);
    await h.ctx.store.saveProfile(a.id, exampleProfile());
    await h.ctx.store.saveProfile(b.id, otherProfile());
    await consent(h, a);
    await consent(h, b);
    expect(await h.ctx.store.getMeta(a.id, LLM_CONSENT_KEY)).toEqual({ given: true, at: TODAY });

    fake.script({ json: { draft: GOOD_GAP_DRAFT } });
    // The example's exam-preparation stretch, which the scripted draft is about (chat's default is now
    // the gap programs ask about first, the later real break).
    const first = await slash(h, { name: 'explain-gap', guildId: h.guildId, user: a, options: { from: '2018-08' } });
    expect(first.cb).toMatchObject({ type: 5, data: { flags: 64 } });
    expect(fake.requests).toHaveLength(1);
    const promptA = fake.requests[0]!.text;
    for (const fact of EXAMPLE_ONLY) expect(promptA).toContain(fact);
    for (const other of OTHER_MARKERS) expect(promptA).not.toContain(other);
    // The model's draft passed the gap lint, so it is the suggestion shown.
    const shown = allText(first.i);
    expect(shown).toContain('I ran my preparation like a project');
    expect(shown).toMatch(/Written for you by the AI model/);
    // It still has a [bracketed] part for the member: asked to fill it first, never called clean.
    expect(shown).toMatch(/template, not a finished paragraph: fill its 1 \[bracketed\] part/);
    expect(shown).not.toMatch(/No problems found/);

    fake.reset();
    fake.script({ refusal: 'I cannot help with that.' });
    const second = await slash(h, { name: 'explain-gap', guildId: h.guildId, user: b });
    expect(fake.requests).toHaveLength(1);
    const promptB = fake.requests[0]!.text;
    expect(promptB).toContain('Peru');
    expect(promptB).toContain('neurology');
    for (const fact of EXAMPLE_ONLY) expect(promptB).not.toContain(fact);
    // A refusal: the composer's draft, with a short note.
    expect(allText(second.i)).toContain(LLM_NOTES.refusal);
  });

  it('sends no profile facts without consent: /explain-gap makes no call, /ask sends only the question', async () => {
    const who = member(5);
    await h.ctx.store.saveProfile(who.id, exampleProfile());
    const gap = await slash(h, { name: 'explain-gap', user: who });
    expect(fake.requests).toHaveLength(0);
    const text = allText(gap.i);
    expect(text).toMatch(/Suggested explanation/);
    expect(text).toContain(LLM_NOTES['no-consent']);
    expect(text).toContain('/privacy llm on');

    fake.script({ json: { answer: `Half [${topRef(h)}].` } });
    await slash(h, { name: 'ask', options: { question: QUESTION }, user: who });
    expect(fake.requests).toHaveLength(1);
    for (const fact of [...EXAMPLE_ONLY, 'Step 2 CK', '247', 'internal medicine']) {
      expect(fake.requests[0]!.text).not.toContain(fact);
    }

    // Withdrawing consent removes it from the store.
    await consent(h, who, true);
    await consent(h, who, false);
    expect(await h.ctx.store.getMeta(who.id, LLM_CONSENT_KEY)).toBeUndefined();
  });

  it('never turns mentions in model text into live mentions', async () => {
    fake.script({ json: { answer: `@everyone listen up <@&123> and <@42>: half of them [${topRef(h)}].` } });
    const { i } = await slash(h, { name: 'ask', options: { question: QUESTION }, guildId: h.guildId, user: member(6) });
    const text = allText(i);
    expect(text).toContain('half of them');
    expect(text).not.toMatch(/@everyone/);
    expect(text).not.toMatch(/<@&\d+>/);
    expect(text).not.toMatch(/<@!?\d+>/);
    const sent = h.fake.calls.filter((c) => c.route === 'editWebhookMessage').map(messageBody);
    expect(sent.length).toBeGreaterThan(0);
    for (const body of sent) expect(body?.allowed_mentions).toMatchObject({ parse: [] });
  });

  it('gives the rule-based answer with a note when the model hangs past the deadline', async () => {
    fake.script({ hang: true });
    const started = Date.now();
    const { i, cb } = await slash(h, {
      name: 'ask',
      options: { question: QUESTION },
      guildId: h.guildId,
      user: member(7),
    });
    expect(cb.type).toBe(5);
    const text = allText(i);
    expect(text).toContain(standardAnswer(h.ctx.knowledge.index, QUESTION).answer.slice(0, 60));
    expect(text).toContain(LLM_NOTES.timeout);
    expect(Date.now() - started).toBeLessThan(6000);
  });

  it('gives the rule-based answer with a note when the model server fails with 500s', async () => {
    fake.fallback({ status: 500 });
    const { i } = await slash(h, { name: 'ask', options: { question: QUESTION }, user: member(8) });
    const text = allText(i);
    expect(text).toContain(standardAnswer(h.ctx.knowledge.index, QUESTION).answer.slice(0, 60));
    expect(text).toMatch(/unavailable right now/);
    expect(fake.requests.length).toBeGreaterThan(0);
  });

  it('adds coaching prose and a follow-up question to the measured feedback, and prose to the summary', async () => {
    const who = member(9);
    await h.ctx.store.saveProfile(who.id, exampleProfile());
    await slash(h, { name: 'mock', subcommand: 'start', options: { count: 2 }, user: who });
    fake.script({
      json: {
        feedback: 'Your story has a clear problem and a measured result. Say what you did yourself a little sooner.',
        followUp: 'How did you get the nurses to use the dashboard?',
      },
    });
    await answerQuestion(h, who, GOOD_ANSWER);
    expect(schemaOf(fake.requests[0]!)).toBe('MockFeedback');
    expect(fake.requests[0]!.text).toContain('median time to antibiotics');
    const feedback = textOf(liveMessage(h, 'mock:next:', { owner: who.id }).message as never);
    // The deterministic metrics, as they are…
    expect(feedback).toMatch(/STAR parts/);
    expect(feedback).toMatch(/Filler words/);
    // …then the model's prose and its follow-up question.
    expect(feedback).toContain('Say what you did yourself a little sooner.');
    expect(feedback).toContain('How did you get the nurses to use the dashboard?');

    fake.script({ json: { summary: 'You told one clear story with a result. Practise naming your own role first.' } });
    await press(h, who, 'mock:end:');
    expect(schemaOf(fake.requests[1]!)).toBe('MockSummary');
    const summary = textOf(liveMessage(h, 'mock:history:', { owner: who.id }).message as never);
    expect(summary).toMatch(/Mock interview finished/);
    expect(summary).toContain('Practise naming your own role first.');
  });

  it('opens /redflag with a narrative and shows the flags exactly as the rules made them', async () => {
    const who = member(10);
    const profile = exampleProfile();
    await h.ctx.store.saveProfile(who.id, profile);
    await consent(h, who);
    const report = redFlags(profile, TODAY);
    const top = report.flags[0]!.title.split(':')[0]!.trim();
    fake.script({ json: { narrative: `${top} comes first. Work through the flags below in order.` } });
    const { i } = await slash(h, { name: 'redflag', guildId: h.guildId, user: who });
    expect(schemaOf(fake.requests[0]!)).toBe('RedFlagNarrative');
    const text = allText(i);
    expect(text).toMatch(/In short/);
    expect(text).toContain(`${top} comes first.`);
    expect(text.indexOf(`${top} comes first.`)).toBeLessThan(text.indexOf(report.flags[0]!.why.slice(0, 30)));
    // Every flag in the summary, the most severe in full; the menu opens the rest, unchanged.
    for (const f of report.flags) expect(text).toContain(f.title);
    const asked = fake.requests.length;
    const all = h.fake.interaction.select({
      customId: 'redflag:detail',
      values: ['all'],
      message: i.originalMessage()!.id,
      guildId: h.guildId,
      user: who,
    });
    await all.callback();
    await h.settled();
    await all.waitForOriginal();
    const full = allText(all);
    for (const f of report.flags) expect(full).toContain(f.why.slice(0, 60));
    expect(fake.requests).toHaveLength(asked); // the menu does not ask the model again
  });

  it('writes a personal ask email that keeps the decline sentence and the target', async () => {
    const who = member(11);
    const profile = exampleProfile();
    await h.ctx.store.saveProfile(who.id, profile);
    await consent(h, who);
    const email = composeLorEmail(profile, { today: TODAY });
    const writer = email.writer!.writer;
    const body = [
      `Dear ${writer},`,
      `I am applying to ${targetPhrase(profile)} and would be grateful for a strong letter from you, since you saw my work first-hand.`,
      declineSentence(),
      'Thank you,',
      '[Your name]',
    ].join('\n\n');
    fake.script({ json: { subject: 'A strong letter for my application', body } });
    const { i } = await slash(h, { name: 'lor-ask', subcommand: 'email', user: who });
    expect(schemaOf(fake.requests[0]!)).toBe('LorEmail');
    const text = allText(i);
    expect(text).toContain('would be grateful for a strong letter from you');
    expect(text).toMatch(/Written for you by the AI model/);
  });

  it('explains what the model sees, names it and where it runs, and records the choice', async () => {
    const who = member(12);
    const { i, cb } = await slash(h, { name: 'privacy', guildId: h.guildId, user: who });
    expect(cb).toMatchObject({ type: 5, data: { flags: 64 } });
    const text = allText(i);
    expect(text).toMatch(/An AI model is configured on this deployment \(fake-model at 127\.0\.0\.1:\d+\)/);
    expect(text).toMatch(/Without your consent/);
    expect(text).toMatch(/With your consent/);
    expect(text).toMatch(/you have not agreed/);
    // The console form records the same choice.
    const io = { userId: who.id, readText: () => '', prompt: async () => undefined };
    const on = await privacyCommand.console.run({ args: ['llm', 'on'], rest: 'llm on' }, h.ctx, io);
    expect(renderText(on as never)).toMatch(/personal versions are on/);
    const shown = await privacyCommand.console.run({ args: [], rest: '' }, h.ctx, io);
    expect(renderText(shown as never)).toContain(`you agreed on ${TODAY}`);
  });
});

describe('the AI model with a daily quota of one call', () => {
  it('answers from the rules with a note once the quota is used', async () => {
    const fake = await startFakeOpenAi();
    const h = await startBot({ env: llmEnv(fake, { LLM_DAILY_QUOTA: '1' }), now: NOW });
    try {
      const who = member(20);
      fake.script({ json: { answer: `Half of them [${topRef(h)}].` } });
      const first = await slash(h, { name: 'ask', options: { question: QUESTION }, user: who });
      expect(allText(first.i)).toContain('Half of them');
      const second = await slash(h, { name: 'ask', options: { question: QUESTION }, user: who });
      const text = allText(second.i);
      expect(text).toContain(standardAnswer(h.ctx.knowledge.index, QUESTION).answer.slice(0, 60));
      expect(text).toContain(LLM_NOTES.quota);
      expect(fake.requests).toHaveLength(1);
      // Another member has their own allowance.
      fake.script({ json: { answer: `Half of them, yes [${topRef(h)}].` } });
      const other = await slash(h, { name: 'ask', options: { question: QUESTION }, user: member(21) });
      expect(allText(other.i)).toContain('Half of them, yes');
      expectNoPings(h.fake.calls);
      expectWithinLimits(h.fake.calls);
    } finally {
      await h.close();
      await fake.close();
    }
  });
});

describe('without an AI model', () => {
  it('says so for /privacy llm on, stores nothing, and says nothing about models elsewhere', async () => {
    const h = await startBot({ now: NOW });
    try {
      const who = member(30);
      const i = h.fake.interaction.slash({ name: 'privacy', options: { llm: 'on' }, guildId: h.guildId, user: who });
      const cb = await i.callback();
      expect(cb).toMatchObject({ type: 4, data: { flags: 64 } });
      expect(textOf(cb.data)).toMatch(/No AI model is configured/);
      expect(await h.ctx.store.getMeta(who.id, LLM_CONSENT_KEY)).toBeUndefined();

      await h.ctx.store.saveProfile(who.id, exampleProfile());
      const gap = await slash(h, { name: 'explain-gap', user: who });
      const red = await slash(h, { name: 'redflag', user: who });
      for (const text of [allText(gap.i), allText(red.i)]) expect(text).not.toMatch(/AI model|personal version/i);
    } finally {
      await h.close();
    }
  });
});

describe('a broken prompt file', () => {
  it('stops start-up with an error naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'advisor-prompts-'));
    try {
      for (const f of readdirSync(promptsDir())) writeFileSync(join(dir, f), readFileSync(join(promptsDir(), f)));
      const broken = readFileSync(join(dir, 'gap-draft.md'), 'utf8').replace('{{facts}}', '{{fcats}}');
      writeFileSync(join(dir, 'gap-draft.md'), broken);
      const config = loadConfig({
        STORE_URL: `sqlite://${join(dir, 'store.sqlite')}`,
        LOG_LEVEL: 'silent',
        OPENAI_API_KEY: 'test-key',
      });
      if (!config.ok) throw new Error(config.error.join('; '));
      const failed = await createAppContext(config.value, { promptsDir: dir }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(failed).toBeInstanceOf(PromptError);
      expect((failed as PromptError).message).toMatch(/gap-draft\.md/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
