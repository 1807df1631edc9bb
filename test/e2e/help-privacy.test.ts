import { describe, expect, it } from 'vitest';
import { glossaryPageCount } from '../../src/app/views/help.js';
import { COMMANDS } from '../../src/discord/registry.js';
import { customIdsOf, expectNoPings, expectWithinLimits, member, startBot, textOf, useBot } from '../helpers/bot.js';

describe('/help and /privacy against the fake Discord', () => {
  const h = useBot({}, { reset: false, unknown: false, checks: false });

  it('lists every deployed command and subcommand, just for the asker in a server', async () => {
    const i = h.fake.interaction.slash({ name: 'help', subcommand: 'commands', guildId: h.guildId, user: member(50) });
    const callback = await i.callback();
    expect(callback).toMatchObject({ type: 4, data: { flags: 64 } });
    const text = textOf(callback.data);
    for (const c of COMMANDS) expect(text).toContain(`/${c.data.name}`);
    expect(text).toContain('/profile import');
  });

  it('pages through the glossary with buttons that replace the page', async () => {
    const i = h.fake.interaction.slash({ name: 'help', subcommand: 'glossary', user: member(51) });
    const first = await i.callback();
    expect(textOf(first.data)).toMatch(/Page 1 of \d+/);
    expect(customIdsOf(first.data)).toEqual(['help:glossary:0', 'help:glossary:2']);
    const next = h.fake.interaction.button({
      customId: 'help:glossary:2',
      user: member(51),
      message: i.originalMessage()!.id,
    });
    const page2 = await next.callback();
    expect(page2.type).toBe(7); // UPDATE_MESSAGE
    expect(textOf(page2.data)).toMatch(new RegExp(`Page 2 of ${glossaryPageCount()}`));
    expectWithinLimits(h.fake.calls);
    expectNoPings(h.fake.calls);
  });

  it('explains storage, retention, export, delete and that no AI model is configured', async () => {
    const i = h.fake.interaction.slash({ name: 'privacy', guildId: h.guildId, user: member(52) });
    const callback = await i.callback();
    expect(callback).toMatchObject({ type: 4, data: { flags: 64 } });
    const text = textOf(callback.data);
    expect(text).toMatch(/SQLite/);
    expect(text).toMatch(/\*\*Encrypted\*\* \(AES-256-GCM\)/);
    expect(text).toMatch(/\*\*Not encrypted\*\*: the short-lived counters/);
    expect(text).toMatch(/expires after 1 day/);
    expect(text).toMatch(/last 20 sessions/);
    expect(text).toContain('/profile export');
    expect(text).toContain('/profile delete');
    expect(text).toMatch(/No AI model is configured/);
  });
});

describe('/privacy with PROFILE_SECRET set', () => {
  it('says stored data is encrypted at rest, with a key per member', async () => {
    const h = await startBot({ env: { PROFILE_SECRET: 'a-test-secret-of-32-characters!!' } });
    try {
      const callback = await h.fake.interaction.slash({ name: 'privacy', user: member(53) }).callback();
      expect(textOf(callback.data)).toMatch(/Encrypted\*\* \(AES-256-GCM\)/);
    } finally {
      await h.close();
    }
  });
});
