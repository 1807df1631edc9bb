import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_PROFILE } from '../helpers/cli.js';
import { customIdsOf, member, textOf, useBot } from '../helpers/bot.js';
import { importProfile, liveMessage } from '../helpers/member-driver.js';

const exampleJson = readFileSync(EXAMPLE_PROFILE, 'utf8');
const example = JSON.parse(exampleJson) as Record<string, unknown>;

export const BLAME_DRAFT =
  'From July 2022 to March 2023 I was out of training because the visa process was unfair and the embassy ignored my emails. ' +
  'It was not my fault.';

type Select = { type: number; custom_id: string; options: Array<{ label: string; value: string; default?: boolean }> };

function selectOf(body: Record<string, unknown>): Select | undefined {
  const rows = (body.components as Array<{ components: Select[] }> | undefined) ?? [];
  return rows.flatMap((r) => r.components).find((c) => c.type === 3);
}

describe('/explain-gap against the fake Discord', () => {
  const h = useBot({}, { reset: false });

  it('drafts the gap programs will ask about first privately in a server, with a menu of the other gaps and the lint', async () => {
    const who = member(60);
    await importProfile(h, who, exampleJson, { guildId: h.guildId });
    const i = h.fake.interaction.slash({ name: 'explain-gap', guildId: h.guildId, user: who });
    expect(await i.callback()).toMatchObject({ type: 5, data: { flags: 64 } });
    const reply = await i.waitForOriginal();
    await h.settled();
    const text = textOf(reply);
    expect(text).toMatch(
      /Gap to explain: Jul 2022 – Mar 2023 \(9 months\)\*\*, the one programs will ask about first of your 2 gaps \(the longer one was only exam preparation/,
    );
    expect(text).toMatch(/Suggested explanation \(\d+ words/);
    expect(text).toMatch(/Check of the suggestion/);
    expect(text).not.toMatch(/--draft/);
    const menu = selectOf(reply)!;
    expect(menu.custom_id).toBe(`explain-gap:pick:${who.id}`);
    expect(menu.options.map((o) => o.value)).toEqual(['2018-08..2019-11', '2022-07..2023-03']);
    expect(menu.options.find((o) => o.default)?.value).toBe('2022-07..2023-03');
    expect(customIdsOf(reply)).toContain('explain-gap:review:2022-07:2023-03');

    // Picking the other gap replaces the message in place.
    const pick = h.fake.interaction.select({
      customId: menu.custom_id,
      values: ['2018-08..2019-11'],
      message: i.originalMessage()!.id,
      guildId: h.guildId,
      user: who,
    });
    expect((await pick.callback()).type).toBe(6);
    const picked = await pick.waitForOriginal();
    expect(textOf(picked)).toMatch(/Gap to explain: Aug 2018 – Nov 2019 \(1 year 4 months\)\*\*, the one you picked/);
    expect(customIdsOf(picked)).toContain('explain-gap:review:2018-08:2019-11');
    expect(selectOf(picked)!.options.find((o) => o.default)?.value).toBe('2018-08..2019-11');
  });

  it("reviews the member's own draft from a modal, quoting their blame words", async () => {
    const who = member(61);
    await importProfile(h, who, exampleJson, { guildId: h.guildId });
    const open = h.fake.interaction.button({
      customId: 'explain-gap:review:2022-07:2023-03',
      guildId: h.guildId,
      user: who,
    });
    const modal = await open.callback();
    expect(modal.type).toBe(9);
    expect(modal.data.custom_id).toBe('explain-gap:draft:2022-07:2023-03');
    const input = modal.data.components[0].component ?? modal.data.components[0].components[0];
    expect(input).toMatchObject({ custom_id: 'draft', max_length: 4000, style: 2 });

    const submit = h.fake.interaction.modalSubmit({
      customId: 'explain-gap:draft:2022-07:2023-03',
      fields: { draft: BLAME_DRAFT },
      guildId: h.guildId,
      user: who,
    });
    const cb = await submit.callback();
    expect(cb).toMatchObject({ type: 4, data: { flags: 64 } });
    await h.settled();
    const text = [cb.data, ...submit.followUps()].map(textOf).join('\n');
    expect(text).toMatch(/Check of your draft\*\* \(\d+ words, for Jul 2022 – Mar 2023\): 4 things to fix/);
    expect(text).toMatch(/Blame/);
    expect(text).toMatch(/Your words/);
    expect(text).toMatch(/process was unfair/);
    expect(text).toMatch(/No result someone could check/);
    expect(text).toMatch(/No link to clinical informatics/);
    expect(text).toMatch(/explaining-red-flags#principles/);
  });

  it("asks to fill the brackets first when the member submits the advisor's template unchanged, never reassuring", async () => {
    const who = member(62);
    await importProfile(h, who, exampleJson, { guildId: h.guildId });
    const i = h.fake.interaction.slash({
      name: 'explain-gap',
      options: { from: '2022-07', to: '2023-03' },
      guildId: h.guildId,
      user: who,
    });
    await i.callback();
    const shown = textOf(await i.waitForOriginal());
    await h.settled();
    // The suggestion's own check asks for the brackets, with the button to check the filled version.
    const suggestionCheck = shown.slice(shown.indexOf('Check of the suggestion'));
    expect(suggestionCheck).not.toMatch(/no problems found/i);
    expect(suggestionCheck).toMatch(/template, not a finished paragraph/);
    expect(suggestionCheck).toMatch(/press \*\*Review my own draft\*\*/);
    const template = /```text\n([\s\S]*?)\n```/.exec(shown)?.[1];
    expect(template).toMatch(/\[[^\]]+\]/);

    const submit = h.fake.interaction.modalSubmit({
      customId: 'explain-gap:draft:2022-07:2023-03',
      fields: { draft: template! },
      guildId: h.guildId,
      user: who,
    });
    const cb = await submit.callback();
    await h.settled();
    const text = [cb.data, ...submit.followUps()].map(textOf).join('\n');
    expect(text).toMatch(
      /Check of your draft\*\* \(\d+ words, for Jul 2022 – Mar 2023\): fill the 4 \\?\[bracketed\\?\] parts first/,
    );
    expect(text).toMatch(/Fill the \\?\[bracketed\\?\] parts first/);
    expect(text).toMatch(/Give the reason in one plain sentence/);
    expect(text).toMatch(/press \*\*Review another version\*\*/);
    expect(text).not.toMatch(/no problems found/i);
  });

  it('opens the gap from the /redflag button, as a normal message in a DM', async () => {
    const who = member(62);
    await importProfile(h, who, exampleJson);
    const report = h.fake.interaction.slash({ name: 'redflag', user: who });
    await report.waitForOriginal();
    await h.settled();
    const { message, id } = liveMessage(h, 'explain-gap:open:2022-07:2023-03');
    const press = h.fake.interaction.button({ customId: id, message: message.id, user: who });
    const cb = await press.callback();
    expect(cb.type).toBe(5);
    expect(cb.data?.flags ?? 0).toBe(0);
    const text = textOf(await press.waitForOriginal());
    expect(text).toMatch(/Gap to explain: Jul 2022 – Mar 2023/);
    expect(text).toMatch(/Suggested explanation/);
  });

  it('keeps every member out of a dead end: no profile, no timeline, no gaps, a bad month', async () => {
    const none = h.fake.interaction.slash({ name: 'explain-gap', guildId: h.guildId, user: member(63) });
    const noProfile = await none.waitForOriginal();
    expect(textOf(noProfile)).toMatch(/don't have a profile/);
    expect(customIdsOf(noProfile)).toContain('profile:setup');

    const bare = member(64);
    await importProfile(h, bare, JSON.stringify({ version: 1, citizenship: 'non-us' }));
    const noTimeline = textOf(await h.fake.interaction.slash({ name: 'explain-gap', user: bare }).waitForOriginal());
    expect(noTimeline).toMatch(/can't tell which months are gaps/);
    expect(noTimeline).toMatch(/medSchool\.graduated/);
    expect(noTimeline).toMatch(/\/profile edit/);

    const busy = member(65);
    const continuous = {
      ...example,
      timeline: [{ from: '2018-08', to: 'present', activity: 'clinical', note: 'internal medicine' }],
    };
    await importProfile(h, busy, JSON.stringify(continuous));
    const noGaps = textOf(await h.fake.interaction.slash({ name: 'explain-gap', user: busy }).waitForOriginal());
    expect(noGaps).toMatch(/No gap of 6\+ months/);

    const typo = h.fake.interaction.slash({ name: 'explain-gap', options: { from: '2022-13' }, user: busy });
    const answer = await typo.callback();
    expect(answer.type).toBe(4);
    expect(textOf(answer.data)).toMatch(/"2022-13" is not a month/);
  });

  it("refuses someone else's gap menu", async () => {
    const owner = member(66);
    const pick = h.fake.interaction.select({
      customId: `explain-gap:pick:${owner.id}`,
      values: ['2018-08..2019-11'],
      guildId: h.guildId,
      user: member(67),
    });
    const cb = await pick.callback();
    expect(cb).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(cb.data.content).toMatch(/belongs to someone else/);
  });
});
