/**
 * A typed mock answer survives a store outage: Redis goes down between opening the answer box and
 * sending it; the member is told their answer was kept, gets it back to copy, and once Redis is
 * back the Answer button opens the box with their text already in it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWER_KEPT } from '../../src/app/mock/pending.js';
import { member, startBot, textOf, type BotHarness } from '../helpers/bot.js';
import { liveMessage, press } from '../helpers/member-driver.js';
import { redisAvailable, startRedis, type RedisServer } from '../helpers/redis.js';

const ANSWER = 'I mapped the discharge workflow with the nurses and cut late summaries by a third.';

describe.skipIf(!redisAvailable())('a mock answer during a store outage', () => {
  let redis: RedisServer;
  let h: BotHarness;
  beforeAll(async () => {
    redis = await startRedis({ persistent: true });
    h = await startBot({ env: { STORE_URL: redis.url, LOG_LEVEL: 'silent' } });
  });
  afterAll(async () => {
    await h?.close();
    await redis?.stop();
  });

  it('is kept, given back, and offered again in the answer box once the store is back', async () => {
    const who = member(70);
    const start = h.fake.interaction.slash({ name: 'mock', subcommand: 'start', options: { count: 1 }, user: who });
    await start.callback();
    await start.waitForOriginal({ timeoutMs: 8000 });
    await h.settled();
    const { message } = liveMessage(h, 'mock:answer:', { owner: who.id });
    const open = await press(h, who, 'mock:answer:');
    const modal = await open.callback();

    await redis.kill();
    const submit = h.fake.interaction.modalSubmit({
      customId: modal.data.custom_id as string,
      fields: { answer: ANSWER },
      message: message.id,
      user: who,
    });
    await submit.callback();
    await h.settled(8000);
    const told = [submit.originalMessage(), ...submit.followUps()]
      .map((b) => textOf(b as unknown as Record<string, unknown>))
      .join('\n');
    expect(told).toContain(ANSWER_KEPT.slice(0, 60));
    expect(told).toContain(ANSWER);
    expect(told).not.toMatch(/saved|recorded\b(?! yet)/i);

    await redis.start();
    await new Promise((r) => setTimeout(r, 1500)); // the client reconnects within about a second
    const again = await press(h, who, 'mock:answer:');
    const box = await again.callback();
    expect(JSON.stringify(box.data)).toContain(ANSWER);
  });
});

describe('the SQLite file deleted under the running bot', () => {
  it('answers edits with the storage message, never "saved", and logs the fault by name', async () => {
    const { rmSync } = await import('node:fs');
    const { STORE_DAMAGED_MESSAGE } = await import('../../src/store/errors.js');
    const { exampleProfile } = await import('../llm/fixtures.js');
    const h = await startBot();
    try {
      const who = member(71);
      const file = h.config.storeUrl.slice('sqlite://'.length);
      const json = JSON.stringify(exampleProfile());
      const upload = () => {
        const attachment = h.fake.attachment({ filename: 'p.json', content: json, contentType: 'application/json' });
        return h.fake.interaction.slash({
          name: 'profile',
          subcommand: 'import',
          options: { file: attachment },
          user: who,
        });
      };
      expect(textOf(await upload().waitForOriginal())).toMatch(/Profile saved/);
      for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
      const again = upload();
      const cb = await again.callback();
      await h.settled();
      const reply = [
        textOf(cb.data),
        textOf(again.originalMessage() as never),
        ...again.followUps().map((b) => textOf(b as never)),
      ].join('\n');
      expect(reply).toContain(STORE_DAMAGED_MESSAGE);
      expect(reply).not.toMatch(/Profile saved|Saved/);
      expect(h.logs.some((l) => l.level === 'error' && /store fault: .* was deleted/.test(l.msg))).toBe(true);
    } finally {
      await h.close().catch(() => undefined);
    }
  });
});
