// Two interactions for one member landing at once on two shards (or a double click served by two
// processes) must not lose an update. Each "shard" here is its own AppContext with its own store
// connection to the same engine, as two bot processes would have; for /mock, whose steps also
// queue per member inside one process, the second shard gets its own copy of the module too.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAppContext, type AppContext } from '../../src/app/context.js';
import type { Logger } from '../../src/app/logger.js';
import { addWriter } from '../../src/app/lor/add-writer.js';
import { loadMockSession } from '../../src/app/mock/records.js';
import { logSent, readLog, rememberCheck } from '../../src/app/prematch/log.js';
import { editProfileView } from '../../src/app/profile/edit.js';
import { setupPick } from '../../src/app/profile/setup-actions.js';
import { SETUP_META_KEY } from '../../src/app/profile/setup-progress.js';
import type { Profile } from '../../src/core/profile/schema.js';
import { loadConfig } from '../../src/config.js';
import { EXAMPLE_PROFILE } from '../helpers/cli.js';
import { redisAvailable, startRedis, type RedisServer } from '../helpers/redis.js';

type Flow = typeof import('../../src/app/mock/flow.js');

const example = JSON.parse(readFileSync(EXAMPLE_PROFILE, 'utf8')) as Profile;
const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };
/** Rounds per race: the old read-then-save code lost an update in most of them. */
const ROUNDS = 8;

async function twoShards(storeUrl: string): Promise<[AppContext, AppContext]> {
  const loaded = loadConfig({ STORE_URL: storeUrl, LOG_LEVEL: 'silent' });
  if (!loaded.ok) throw new Error(loaded.error.join('; '));
  const now = () => new Date('2026-03-01T10:00:00Z');
  const a = await createAppContext(loaded.value, { logger: silent, now });
  const b = await createAppContext(loaded.value, { logger: silent, now });
  return [a, b];
}

/** The /mock flow module twice: two processes' worth of per-member queues. */
async function twoFlows(): Promise<[Flow, Flow]> {
  // Each copy loads its language model now, as a bot process does at start-up (main.ts): loaded
  // on the first answer inside the race, on a loaded CI box, it could outlast the store deadline.
  vi.resetModules();
  const a = await import('../../src/app/mock/flow.js');
  (await import('../../src/text/nlp.js')).loadNlp();
  vi.resetModules();
  const b = await import('../../src/app/mock/flow.js');
  (await import('../../src/text/nlp.js')).loadNlp();
  expect(a).not.toBe(b);
  return [a, b];
}

const member = (round: number, tag: string) => `4${tag}${String(round).padStart(3, '0')}`;

for (const backend of ['sqlite', 'redis'] as const) {
  describe.skipIf(backend === 'redis' && !redisAvailable())(`no lost updates across two shards on ${backend}`, () => {
    let dir = '';
    let redis: RedisServer | undefined;
    let a: AppContext;
    let b: AppContext;

    beforeAll(async () => {
      let url: string;
      if (backend === 'redis') {
        redis = await startRedis();
        url = redis.url;
      } else {
        dir = mkdtempSync(join(tmpdir(), 'advisor-race-'));
        url = `sqlite://${join(dir, 'store.sqlite')}`;
      }
      [a, b] = await twoShards(url);
    });
    afterAll(async () => {
      await a?.store.close();
      await b?.store.close();
      await redis?.stop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('logs both pre-match messages when "I sent it" is pressed for two checks at once', async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const who = member(round, '1');
        const [first, second] = await Promise.all([
          rememberCheck(a, who, { kind: 'thank-you', program: 'Riverside Health', date: '2026-02-01' }),
          rememberCheck(b, who, { kind: 'update', program: 'Lakeside Clinic', date: '2026-02-02' }),
        ]);
        const sent = await Promise.all([logSent(a, who, first), logSent(b, who, second)]);
        expect(sent.map((s) => s.status)).toEqual(['logged', 'logged']);
        const log = await readLog(a, who);
        expect(log.map((e) => e.program).sort()).toEqual(['Lakeside Clinic', 'Riverside Health']);

        // The same check pressed on both shards is logged once.
        const again = await Promise.all([logSent(a, who, first), logSent(b, who, first)]);
        expect(again.map((s) => s.status)).toEqual(['already', 'already']);
        expect(await readLog(b, who)).toHaveLength(2);
      }
    });

    it('keeps a mock answer given while a hint was asked for on the other shard', async () => {
      const [flowA, flowB] = await twoFlows();
      for (let round = 0; round < ROUNDS; round++) {
        const who = member(round, '2');
        await a.store.saveProfile(who, example);
        const started = await flowA.beginMockSession(a, who, { kind: 'plan', count: 2 });
        if (started.kind !== 'started') throw new Error('not started');
        const sessionId = started.session.state.id;
        const [answer, hint] = await Promise.all([
          flowA.applyMove(a, who, { sessionId, index: 0, move: 'answer', text: `answer of ${who}` }),
          flowB.applyMove(b, who, { sessionId, index: 0, move: 'hint' }),
        ]);
        expect(answer.kind).toBe('moved');
        const stored = await loadMockSession(b, who);
        expect(stored?.state.attempts.map((t) => t.answer)).toEqual([`answer of ${who}`]);
        // The hint either landed first (and is kept) or came after the answer and was refused.
        if (hint.kind === 'hint') expect(stored?.state.hintsUsed).toHaveLength(1);
        else expect(hint.kind).toBe('refused');
      }
    });

    it('keeps both /profile edit changes made at once', async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const who = member(round, '3');
        await a.store.saveProfile(who, example);
        const views = await Promise.all([
          editProfileView(a, who, 'medSchool.country', 'Kenya'),
          editProfileView(b, who, 'visa', 'h1b'),
        ]);
        expect(views.map((v) => v.text)).toEqual([
          expect.stringMatching(/^\*\*Saved/),
          expect.stringMatching(/^\*\*Saved/),
        ]);
        expect(await a.store.getProfile(who)).toMatchObject({ medSchool: { country: 'Kenya' }, visa: 'h1b' });
      }
    });

    it('keeps both letter writers added at once', async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const who = member(round, '4');
        await Promise.all([
          addWriter(a, who, { role: 'attending', setting: 'us', text: { name: 'Dr. Lee', year: '2025' } }),
          addWriter(b, who, { role: 'cmio', setting: 'us', text: { name: 'Dr. Kim', year: '2025' } }),
        ]);
        const letters = (await b.store.getProfile(who))?.letters ?? [];
        expect(letters.map((l) => l.writer).sort()).toEqual(['Dr. Kim', 'Dr. Lee']);
      }
    });

    it('keeps both setup choices picked at once, in the profile and in the progress', async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const who = member(round, '5');
        await Promise.all([
          setupPick(a, who, 'basics', 'citizenship', 'non-us'),
          setupPick(b, who, 'basics', 'visa', 'j1'),
        ]);
        expect(await a.store.getProfile(who)).toMatchObject({ citizenship: 'non-us', visa: 'j1' });
        expect(await a.store.getMeta(who, SETUP_META_KEY)).toMatchObject({
          draft: { citizenship: 'non-us', visa: 'j1' },
        });
      }
    });
  });
}
