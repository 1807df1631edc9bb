/**
 * A typed mock answer survives a store outage: Redis goes down between opening the answer box and
 * sending it; the member is told their answer was kept, gets it back to copy, and once Redis is
 * back the Answer button opens the box with their text already in it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWER_KEPT } from '../../src/app/mock/pending.js';
import { member, startBot, textOf, type BotHarness } from '../helpers/bot.js';
import { liveMessage, press } from '../helpers/member-driver.js';
import { startRedis, type RedisServer } from '../helpers/redis.js';

const ANSWER = 'I mapped the discharge workflow with the nurses and cut late summaries by a third.';

describe('a mock answer during a store outage', () => {
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
