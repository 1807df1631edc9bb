/**
 * /redflag opens on a short summary (every flag with its severity) and the most severe flag in
 * full, in one message; the menu shows any other flag, or all of them, in the same message.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { redFlags } from '../../src/rules/redflags.js';
import type { Profile } from '../../src/core/profile/schema.js';
import { EXAMPLE_PROFILE } from '../helpers/cli.js';
import { customIdsOf, member, textOf, useBot } from '../helpers/bot.js';
import { importProfile } from '../helpers/member-driver.js';

const exampleJson = readFileSync(EXAMPLE_PROFILE, 'utf8');

describe('/redflag: summary first, details on demand', () => {
  const h = useBot();

  it('fits the summary, the top flag in full and the menu in a single message', async () => {
    const who = member(70);
    await importProfile(h, who, exampleJson, { guildId: h.guildId });
    const report = redFlags(JSON.parse(exampleJson) as Profile, h.ctx.today());
    const i = h.fake.interaction.slash({ name: 'redflag', guildId: h.guildId, user: who });
    const first = await i.waitForOriginal();
    await h.settled();
    expect(i.followUps()).toEqual([]);

    const text = textOf(first);
    const [top, second] = report.flags;
    for (const [n, f] of report.flags.entries()) {
      expect(text).toContain(`${n + 1}. **${f.severity.toUpperCase()}** · ${f.title}`);
    }
    expect(text).toContain(top!.why);
    expect(text).not.toContain(second!.why);
    const menu = (first.components as Array<{ components: Array<Record<string, unknown>> }>)[0]!.components[0]!;
    expect(menu).toMatchObject({ type: 3, custom_id: 'redflag:detail' });
    expect((menu.options as Array<{ value: string }>).map((o) => o.value)).toEqual([
      ...report.flags.map((f, n) => `${n}:${f.id}`),
      'all',
    ]);
    expect(customIdsOf(first)).toContain('explain-gap:open:2022-07:2023-03');
  });

  it('shows the flag picked in the menu in place of the previous one, in the same message', async () => {
    const who = member(71);
    await importProfile(h, who, exampleJson, { guildId: h.guildId });
    const report = redFlags(JSON.parse(exampleJson) as Profile, h.ctx.today());
    const i = h.fake.interaction.slash({ name: 'redflag', guildId: h.guildId, user: who });
    const first = await i.waitForOriginal();
    await h.settled();
    const pick = h.fake.interaction.select({
      customId: 'redflag:detail',
      values: [`2:${report.flags[2]!.id}`],
      message: i.originalMessage()!.id,
      guildId: h.guildId,
      user: who,
    });
    expect((await pick.callback()).type).toBe(6);
    const shown = textOf(await pick.waitForOriginal());
    expect(shown).toContain(report.flags[2]!.why);
    expect(shown).not.toContain(report.flags[0]!.why);
    expect(shown).toContain(report.flags[0]!.title); // the summary stays
    expect(pick.followUps()).toEqual([]);
    expect(textOf(first)).not.toBe(shown);
  });

  it('says so when the profile changed since the menu was sent, and shows the fresh report', async () => {
    const who = member(72);
    await importProfile(h, who, exampleJson, { guildId: h.guildId });
    const i = h.fake.interaction.slash({ name: 'redflag', guildId: h.guildId, user: who });
    await i.waitForOriginal();
    await h.settled();
    const pick = h.fake.interaction.select({
      customId: 'redflag:detail',
      values: ['7:weak-informatics'],
      message: i.originalMessage()!.id,
      guildId: h.guildId,
      user: who,
    });
    expect(textOf(await pick.waitForOriginal())).toMatch(/Your profile changed since that report/);
  });
});
