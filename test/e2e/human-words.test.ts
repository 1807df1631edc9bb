/**
 * What members read on Discord, in human words: their own gaps offered as they type in
 * /explain-gap, a presence that says how to start, and no internal ids in what they see.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRESENCE_TEXT } from '../../src/discord/client.js';
import { EXAMPLE_PROFILE } from '../helpers/cli.js';
import { member, useBot } from '../helpers/bot.js';
import { importProfile } from '../helpers/member-driver.js';

const exampleJson = readFileSync(EXAMPLE_PROFILE, 'utf8');

describe('human words on Discord', () => {
  const h = useBot();

  it('shows a presence that says how to start', () => {
    const identify = h.fake.gateway.identifies.at(-1)!;
    expect(identify.presence).toMatchObject({ activities: [{ type: 4, state: PRESENCE_TEXT }] });
    expect(PRESENCE_TEXT).toMatch(/\/help/);
  });

  it("offers the member's own gaps, in words, as they type /explain-gap", async () => {
    const who = member(80);
    await importProfile(h, who, exampleJson);
    const all = h.fake.interaction.autocomplete({
      name: 'explain-gap',
      focused: { name: 'from', value: '' },
      user: who,
    });
    const cb = await all.callback();
    expect(cb.type).toBe(8);
    expect(cb.data.choices).toEqual([
      { name: 'Gap Aug 2018 – Nov 2019 (1 year 4 months) · listed as exam preparation', value: '2018-08' },
      { name: 'Gap Jul 2022 – Mar 2023 (9 months) · listed as no activity', value: '2022-07' },
    ]);
    const typed = h.fake.interaction.autocomplete({
      name: 'explain-gap',
      focused: { name: 'from', value: 'jul' },
      user: who,
    });
    expect((await typed.callback()).data.choices.map((c: { value: string }) => c.value)).toEqual(['2022-07']);
    const to = h.fake.interaction.autocomplete({
      name: 'explain-gap',
      options: { from: '2022-07' },
      focused: { name: 'to', value: '' },
      user: who,
    });
    expect((await to.callback()).data.choices[0]).toMatchObject({ value: '2023-03' });
  });

  it('offers nothing (rather than failing) to a member without a profile', async () => {
    const i = h.fake.interaction.autocomplete({
      name: 'explain-gap',
      focused: { name: 'from', value: '' },
      user: member(81),
    });
    expect(await i.callback()).toMatchObject({ type: 8, data: { choices: [] } });
  });
});
