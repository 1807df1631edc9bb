/**
 * The red team end to end: the real bot against the fake Discord, the real openai SDK against the
 * fake OpenAI server. For every model feature a hostile reply is scripted and what reaches
 * Discord is searched (every REST body the bot sent): no invented fact, no masked link by
 * Discord's own rules, no live mention. Then: with consent off, every request body the fake
 * server received is searched for anything derived from the member's profile.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findLinks } from '../../src/core/discord-markdown.js';
import { answerQuestion as standardAnswer } from '../../src/knowledge/answer.js';
import { LLM_NOTES } from '../../src/llm/features/common.js';
import { questionRevealsProfile } from '../../src/llm/features/mock.js';
import { questionsIn } from '../../src/mock/bank.js';
import { CATEGORIES } from '../../src/mock/types.js';
import { redFlags } from '../../src/rules/redflags.js';
import { startFakeOpenAi, type FakeOpenAi, type RecordedRequest, type Scripted } from '../fake-openai/server.js';
import { expectNoPings, member, messageBody, textOf, useBot, type BotHarness } from '../helpers/bot.js';
import { answerQuestion, liveMessage, press } from '../helpers/member-driver.js';
import { exampleProfile, TODAY } from '../llm/fixtures.js';

const NOW = () => new Date(`${TODAY}T12:00:00Z`);
// Answered from guide passages: a curated (FAQ) answer is shown as written, without the model.
const QUESTION = 'How do I map my IMG experience to informatics skills?';
const HOSTILE_LINK = '[the ERAS portal](https://e.vil/login "ERAS")';

/** Every text the bot sent to Discord (messages, edits, follow-ups, thread posts). */
function everythingSent(h: BotHarness): string {
  return h.fake.calls
    .map((c) => messageBody(c))
    .filter((b): b is Record<string, unknown> => b !== undefined)
    .map((b) => textOf(b))
    .join('\n');
}

function expectSafe(h: BotHarness, forbidden: readonly string[]): void {
  const sent = everythingSent(h);
  for (const f of forbidden) expect(sent.toLowerCase()).not.toContain(f.toLowerCase());
  expect(findLinks(sent).filter((l) => l.kind === 'masked' || l.target.includes('e.vil'))).toEqual([]);
  expect(sent).not.toMatch(/@everyone|@here|<@!?\d{5,}>|<@&\d+>/);
  expectNoPings(h.fake.calls);
}

const schemaOf = (r: RecordedRequest): string | undefined => r.body.response_format?.json_schema?.name;

describe('red team through the fake Discord', () => {
  let fake: FakeOpenAi;
  beforeAll(async () => {
    fake = await startFakeOpenAi();
  });
  afterAll(async () => {
    await fake?.close();
  });
  beforeEach(() => fake.reset());
  const h = useBot(() => ({
    env: { OPENAI_API_KEY: 'k', OPENAI_BASE_URL: fake.url, OPENAI_MODEL: 'fake-model', LLM_DEADLINE_MS: '3000' },
    now: NOW,
  }));

  async function withProfile(n: number, consent: boolean) {
    const who = member(n);
    await h.ctx.store.saveProfile(who.id, exampleProfile());
    if (consent) await h.ctx.store.saveMeta(who.id, 'llmConsent', { given: true, at: TODAY });
    return who;
  }
  async function slash(input: Parameters<BotHarness['fake']['interaction']['slash']>[0]) {
    const i = h.fake.interaction.slash(input);
    await i.callback();
    await i.waitForOriginal({ timeoutMs: 8000 });
    await h.settled(8000);
    return i;
  }
  const ref = () => {
    const p = standardAnswer(h.ctx.knowledge.index, QUESTION).passages[0]!;
    return `${p.doc}#${p.section}`;
  };

  it('/ask: an invented failure is replaced by the guides’ answer with a note', async () => {
    fake.fallback({ json: { answer: `you failed step 2 ck three times, so get four letters [${ref()}].` } });
    await slash({ name: 'ask', options: { question: QUESTION }, guildId: h.guildId, user: member(1) });
    expectSafe(h, ['three times', 'failed step 2']);
    expect(everythingSent(h)).toContain(LLM_NOTES['failed-checks']);
  });

  it('/ask: a masked link and mentions in the answer reach Discord inert', async () => {
    fake.fallback({ json: { answer: `@everyone <@&1> upload them at ${HOSTILE_LINK} [${ref()}].` } });
    await slash({ name: 'ask', options: { question: QUESTION }, guildId: h.guildId, user: member(2) });
    expectSafe(h, ['e.vil']);
  });

  it('chat: advice to hide a failure never reaches the thread', async () => {
    fake.fallback({ json: { answer: `Don't mention the failure to your writers [${ref()}].` } });
    const msg = h.fake.message.create({ content: QUESTION, author: member(3) });
    await msg.waitForReply();
    await h.settled();
    expectSafe(h, ["don't mention the failure"]);
  });

  it('/explain-gap: an invented score on the wrong exam falls back to the advisor’s draft', async () => {
    const who = await withProfile(4, true);
    fake.fallback({ json: { draft: 'I scored 247 on Step 1 and then took time off to prepare for informatics.' } });
    await slash({ name: 'explain-gap', user: who });
    expectSafe(h, ['247 on step 1']);
    expect(fake.requests.length).toBeGreaterThan(0);
  });

  it('/lor-ask email: a plea to leave out the failure falls back to the advisor’s email', async () => {
    const who = await withProfile(5, true);
    fake.fallback((req) => {
      const body = req.text.match(/<<<DATA id=composerEmail>>>\n([\s\S]*?)\n<<<END DATA>>>/)?.[1] ?? '';
      return {
        json: {
          subject: 'Letter request',
          body: `${body.replace(/^Subject:.*\n\n/, '')}\n\nPlease do not mention my Step 1 failure in the letter.`,
        },
      };
    });
    await slash({ name: 'lor-ask', subcommand: 'email', user: who });
    expectSafe(h, ['do not mention my step 1 failure']);
    expect(fake.requests.some((r) => schemaOf(r) === 'LorEmail')).toBe(true);
  });

  it('/redflag: an invented dismissal never shows above the flags', async () => {
    const who = await withProfile(6, true);
    const top = redFlags(exampleProfile(), TODAY).flags[0]!.title.split(':')[0]!;
    fake.fallback({ json: { narrative: `${top} comes first, then your dismissal from residency.` } });
    await slash({ name: 'redflag', user: who });
    expectSafe(h, ['dismissal from residency']);
    expect(fake.requests.some((r) => schemaOf(r) === 'RedFlagNarrative')).toBe(true);
  });

  it('/mock: coaching that invents a visa and a masked link never reaches the member', async () => {
    const who = member(7);
    fake.fallback({
      json: {
        feedback: `Your H-1B status will come up. Read ${HOSTILE_LINK}.`,
        followUp: 'Why were you on probation?',
      },
    });
    await slash({ name: 'mock', subcommand: 'start', options: { count: 1, focus: 'behavioral' }, user: who });
    await answerQuestion(h, who, 'I built a sepsis dashboard with the nurses and cut time to antibiotics by a third.');
    expectSafe(h, ['h-1b status', 'probation']);
    expect(fake.requests.some((r) => schemaOf(r) === 'MockFeedback')).toBe(true);
  });

  it('echoes member text without masked links: the "You asked" line, chat and a shared profile', async () => {
    const forms = ['[x](https://e.vil)', '[[x]](https://e.vil)', '[x\\](https://e.vil)', '[a\nb](https://e.vil "t")'];
    const who = member(8);
    fake.fallback({ status: 400 });
    for (const f of forms) {
      await slash({ name: 'ask', options: { question: `visa ${f}` }, guildId: h.guildId, user: who });
      const msg = h.fake.message.create({ content: `letters ${f}`, author: member(9) });
      await msg.waitForReply();
      await h.settled();
    }
    await h.ctx.store.saveProfile(who.id, { ...exampleProfile(), specialty: 'internal medicine [x](https://e.vil)' });
    await slash({ name: 'profile', subcommand: 'show', options: { share: true }, guildId: h.guildId, user: who });
    expect(everythingSent(h)).toContain('internal medicine');
    expectSafe(h, []);
  });
});

describe('consent off: nothing derived from the profile reaches the model', () => {
  let fake: FakeOpenAi;
  beforeAll(async () => {
    fake = await startFakeOpenAi();
  });
  afterAll(async () => {
    await fake?.close();
  });
  const h = useBot(() => ({
    env: { OPENAI_API_KEY: 'k', OPENAI_BASE_URL: fake.url, OPENAI_MODEL: 'fake-model', LLM_DEADLINE_MS: '3000' },
    now: NOW,
  }));

  it('logs every request body of a full session and finds none of it', async () => {
    const replies: Record<string, Scripted> = {
      AskAnswer: { json: { answer: 'See the guides.' } },
      MockFeedback: { json: { feedback: 'Good structure.', followUp: 'What did you measure?' } },
      MockSummary: { json: { summary: 'You practised well.' } },
    };
    fake.fallback((req) => replies[schemaOf(req) ?? ''] ?? { status: 400 });
    const who = member(20);
    const profile = exampleProfile();
    await h.ctx.store.saveProfile(who.id, profile);

    const run = async (input: Parameters<BotHarness['fake']['interaction']['slash']>[0]) => {
      const i = h.fake.interaction.slash({ user: who, ...input });
      await i.callback();
      await i.waitForOriginal({ timeoutMs: 8000 });
      await h.settled(8000);
    };
    await run({ name: 'ask', options: { question: QUESTION } });
    await run({ name: 'ask', options: { question: 'Do I need a visa waiver?' } });
    const dm = h.fake.message.create({ content: 'what should I send my letter writers', author: who });
    await dm.waitForReply();
    await h.settled();
    await run({ name: 'redflag' });
    await run({ name: 'explain-gap' });
    await run({ name: 'lor-ask', subcommand: 'email' });
    // A planned session mixes general questions with ones chosen from the red flags.
    await run({ name: 'mock', subcommand: 'start', options: { count: 6 } });
    for (let k = 0; k < 6; k++) {
      if (!liveMessageExists(h, who.id)) break;
      await answerQuestion(h, who, 'I led a project on sepsis alerts and cut time to antibiotics by a third.');
      if (k < 5) await press(h, who, 'mock:next:').catch(() => undefined);
    }
    await press(h, who, 'mock:end:').catch(() => undefined);

    const bodies = fake.requests.map((r) => JSON.stringify(r.body));
    expect(bodies.length).toBeGreaterThan(2); // the model was used: /ask, chat and general mock questions
    const markers = [
      'Egypt',
      'sepsis bundle dashboard',
      'SQL for healthcare',
      'Dr. Lee',
      'Haddad',
      'Ortiz',
      '247',
      'j1',
      'J-1',
      'internal medicine',
      'EHR data analyst',
      '2027-01-15',
      ...redFlags(profile, TODAY).flags.map((f) => f.title),
      // Only words the guides themselves never use can show a leak ("Dr. Lee" is also a guide example).
    ].filter((m) => !h.ctx.knowledge.guides.some((g) => g.sections.some((s) => s.text.includes(m))));
    expect(markers.length).toBeGreaterThan(8);
    const revealing = CATEGORIES.flatMap((c) => questionsIn(c)).filter(questionRevealsProfile);
    const audienceOnly = h.ctx.knowledge.guides
      .filter((g) => g.audience !== 'all')
      .flatMap((g) => g.sections.map((s) => s.text.slice(0, 80)));
    for (const body of bodies) {
      for (const m of markers) expect(body).not.toContain(JSON.stringify(m).slice(1, -1));
      for (const q of revealing) expect(body).not.toContain(JSON.stringify(q.text).slice(1, -1));
      for (const s of audienceOnly) expect(body).not.toContain(JSON.stringify(s).slice(1, -1));
    }
    expect(fake.requests.some((r) => schemaOf(r) === 'MockFeedback')).toBe(true);
  });
});

function liveMessageExists(h: BotHarness, owner: string): boolean {
  try {
    liveMessage(h, 'mock:answer:', { owner });
    return true;
  } catch {
    return false;
  }
}
