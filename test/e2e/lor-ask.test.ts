import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { EXAMPLE_PROFILE } from '../helpers/cli.js';
import { customIdsOf, member, textOf, useBot, where } from '../helpers/bot.js';

const example = JSON.parse(readFileSync(EXAMPLE_PROFILE, 'utf8')) as Profile;
/** Fixed clock: 2026-11-20, eight weeks before the example's 2027-01-15 deadline. */
const NOW = new Date('2026-11-20T12:00:00Z');

type User = ReturnType<typeof member>;

describe('/lor-ask against the fake Discord', () => {
  const h = useBot({ now: () => NOW });

  /** Runs a subcommand; resolves with the callback and every message of the answer. */
  async function run(user: User, subcommand: string, options: Record<string, string> = {}, guild = true) {
    const i = h.fake.interaction.slash({ name: 'lor-ask', subcommand, options, user, ...where(h, guild) });
    const callback = await i.callback();
    const original = await i.waitForOriginal();
    await h.settled();
    const bodies = [original, ...i.followUps()];
    return { i, callback, bodies, text: bodies.map(textOf).join('\n'), ids: bodies.flatMap(customIdsOf) };
  }

  /** Deferred before the edit that answers (the store read happens in between). */
  function expectDeferredFirst(i: { all(): Array<{ route: string; seq: number }> }) {
    const calls = i.all();
    const defer = calls.find((c) => c.route === 'interactionCallback')!;
    const edit = calls.find((c) => c.route === 'editWebhookMessage')!;
    expect(defer.seq).toBeLessThan(edit.seq);
  }

  it('offers the setup flow to a member without a profile', async () => {
    const r = await run(member(40), 'plan');
    expect(r.callback).toMatchObject({ type: 5, data: { flags: 64 } });
    expect(r.text).toMatch(/don't have a profile/);
    expect(r.ids).toContain('profile:setup');
  });

  it('shows the plan ephemerally in a server: findings, the four slots and who fills each', async () => {
    const who = member(41);
    await h.ctx.store.saveProfile(who.id, example);
    const r = await run(who, 'plan');
    expect(r.callback).toMatchObject({ type: 5, data: { flags: 64 } });
    expectDeferredFirst(r.i);
    for (const f of r.i.followUps()) expect(f.flags).toBe(64);
    expect(r.text).toMatch(/3 writers, deadline 15 Jan 2027/);
    // 15 Jan fits no season of the fellowship match: named as a date to check, with no days counted to it.
    expect(r.text).toMatch(/Your deadline[\s\S]*does not fit the AMIA Clinical Informatics Fellowship Match calendar/);
    expect(r.text).not.toMatch(/days? before your 15 Jan 2027 deadline/);
    expect(r.text).toMatch(/\[MEDIUM\] Weak writer: Dr\. Haddad/);
    expect(r.text).toMatch(/\[MEDIUM\] Old letter: Dr\. Haddad/);
    expect(r.text).toMatch(/\[MEDIUM\] Too few informatics letters/);
    expect(r.text).toMatch(/letters#[a-z-]+/);
    expect(r.text).toMatch(/The four letter slots/);
    expect(r.text).toMatch(/Clinical performance\n\*\*Dr\. Lee\*\*/);
    expect(r.text).toMatch(/Informatics \/ health IT\n\*\*Ms\. Ortiz\*\*/);
    expect(r.text).toMatch(/Academic \/ research\nEmpty/);
    expect(r.ids.filter((id) => id.startsWith('lor-ask:email:'))).toHaveLength(3);
  });

  it('shows the plan as a normal message in a DM', async () => {
    const who = member(42);
    await h.ctx.store.saveProfile(who.id, example);
    const r = await run(who, 'plan', {}, false);
    expect(r.callback.type).toBe(5);
    expect(r.callback.data?.flags ?? 0).toBe(0);
    expect(r.text).toMatch(/The four letter slots/);
  });

  it('autocompletes the writer option from the member’s own writers, at most 25', async () => {
    const who = member(43);
    await h.ctx.store.saveProfile(who.id, example);
    const ac = h.fake.interaction.autocomplete({
      name: 'lor-ask',
      subcommand: 'email',
      focused: { name: 'writer', value: 'dr' },
      user: who,
      guildId: h.guildId,
    });
    const cb = await ac.callback();
    expect(cb.type).toBe(8);
    expect(cb.data.choices.map((c: { value: string }) => c.value)).toEqual(['Dr. Lee', 'Dr. Haddad']);

    const many = member(44);
    const letters = Array.from({ length: 30 }, (_, n) => ({ ...example.letters![0]!, writer: `Dr. Writer ${n + 1}` }));
    await h.ctx.store.saveProfile(many.id, { ...example, letters });
    const all = h.fake.interaction.autocomplete({
      name: 'lor-ask',
      subcommand: 'package',
      focused: { name: 'writer', value: '' },
      user: many,
    });
    const choices = (await all.callback()).data.choices;
    expect(choices).toHaveLength(25);
    // Another member's writers never show up.
    expect(JSON.stringify(choices)).not.toContain('Dr. Lee');
  });

  it('writes the ask email to the writer picked, copyable in a code block, with a package button', async () => {
    const who = member(45);
    await h.ctx.store.saveProfile(who.id, example);
    const r = await run(who, 'email', { writer: 'dr. lee' });
    expect(r.callback).toMatchObject({ type: 5, data: { flags: 64 } });
    expectDeferredFirst(r.i);
    expect(r.text).toMatch(/Ask email to Dr\. Lee/);
    expect(r.text).toMatch(/```text\nRequest: a strong letter of recommendation/);
    expect(r.text).toMatch(/```text\nDear Dr\. Lee,/);
    expect(r.text).toMatch(/please just say so/);
    expect(r.ids.some((id) => id.startsWith('lor-ask:package:0.'))).toBe(true);
  });

  it('answers an unknown writer (autocomplete values are not confined) with the list of writers', async () => {
    const who = member(46);
    await h.ctx.store.saveProfile(who.id, example);
    const r = await run(who, 'email', { writer: 'Dr. Nobody' }, false);
    expect(r.text).toMatch(/"Dr\. Nobody" is not one of your letter writers/);
    for (const name of ['Dr. Lee', 'Dr. Haddad', 'Ms. Ortiz']) expect(r.text).toContain(name);
    expect(r.text).not.toMatch(/Dear /);
  });

  it('gives the package checklist and the reminder plan with dates, also from the email’s button after a restart', async () => {
    const who = member(47);
    // A deadline on the fellowship calendar: the example's 15 Jan fits no season of the AMIA match.
    await h.ctx.store.saveProfile(who.id, { ...example, deadline: '2027-07-15' });
    const r = await run(who, 'package', { writer: 'Ms. Ortiz' });
    expect(r.text).toMatch(/Letter package for Ms\. Ortiz/);
    expect(r.text).toMatch(/Send them/);
    expect(r.text).toMatch(/Example 1: an informatics contribution Ms\. Ortiz saw/);
    // The ask comes first (six weeks before the deadline), the package once she agrees.
    expect(r.text).toMatch(
      /\*\*3 Jun 2027\*\*: Ask Ms\. Ortiz by this day at the latest \(the email above\); once they agree, send this package/,
    );
    expect(r.text).toMatch(/\*\*1 Jul 2027\*\*: Gentle reminder/);
    expect(r.text).toMatch(/\*\*15 Jul 2027\*\*: Check the letter shows as received/);

    const email = await run(who, 'email', { writer: 'Ms. Ortiz' });
    const pkg = email.ids.find((id) => id.startsWith('lor-ask:package:'))!;
    await h.restart();
    h.fake.reset();
    const press = h.fake.interaction.button({ customId: pkg, user: who, guildId: h.guildId });
    expect(await press.callback()).toMatchObject({ type: 5, data: { flags: 64 } });
    expect(textOf(await press.waitForOriginal())).toMatch(/Letter package for Ms\. Ortiz/);
    await h.settled();
  });

  it('adds a writer through the modal, saves it to the profile, and corrects the yes/no facts with the menu', async () => {
    const who = member(48);
    await h.ctx.store.saveProfile(who.id, example);
    const open = h.fake.interaction.slash({
      name: 'lor-ask',
      subcommand: 'add-writer',
      options: { role: 'cmio', setting: 'us' },
      user: who,
      guildId: h.guildId,
    });
    const modal = await open.callback();
    expect(modal.type).toBe(9);
    expect(modal.data.custom_id).toBe('lor-ask:add:cmio:us');
    expect(modal.data.components.length).toBeLessThanOrEqual(5);
    const submit = h.fake.interaction.modalSubmit({
      customId: 'lor-ask:add:cmio:us',
      fields: { name: 'Dr. Amara Stone', year: '2025', asked: '', language: '' },
      layout: 'label',
      user: who,
      guildId: h.guildId,
    });
    expect(await submit.callback()).toMatchObject({ type: 5, data: { flags: 64 } });
    const saved = await submit.waitForOriginal();
    await h.settled();
    expect(textOf(saved)).toMatch(/Saved Dr\. Amara Stone.*4 in total/);
    expect(textOf(saved)).toMatch(/Is a physician: \*\*yes\*\*/);
    const stored = await h.ctx.store.getProfile(who.id);
    expect(stored!.letters).toHaveLength(4);
    expect(stored!.letters![3]).toEqual({
      writer: 'Dr. Amara Stone',
      role: 'cmio',
      setting: 'us',
      physician: true,
      informatics: true,
      directObservation: true,
      year: 2025,
    });
    const select = customIdsOf(saved).find((id) => id.startsWith('lor-ask:flags:'))!;
    expect(select).toMatch(/^lor-ask:flags:3\.[0-9a-z]+$/);

    const pick = h.fake.interaction.select({
      customId: select,
      values: ['informatics', 'directObservation', 'mentionsProfessionalism'],
      user: who,
      guildId: h.guildId,
      message: submit.originalMessage()!.id,
    });
    expect((await pick.callback()).type).toBe(6);
    expect(textOf(await pick.waitForOriginal())).toMatch(/Is a physician: \*\*no\*\*/);
    await h.settled();
    const after = (await h.ctx.store.getProfile(who.id))!.letters![3]!;
    expect(after).toMatchObject({
      physician: false,
      informatics: true,
      directObservation: true,
      mentionsProfessionalism: true,
    });
  });

  it('answers the plan button, and a button whose writer has changed since, without touching anything', async () => {
    const who = member(52);
    await h.ctx.store.saveProfile(who.id, example);
    const plan = h.fake.interaction.button({ customId: 'lor-ask:plan', user: who, guildId: h.guildId });
    expect(await plan.callback()).toMatchObject({ type: 5, data: { flags: 64 } });
    expect(textOf(await plan.waitForOriginal())).toMatch(/The four letter slots/);
    await h.settled();
    const stale = h.fake.interaction.button({ customId: 'lor-ask:email:0.zzzz', user: who });
    expect(textOf(await stale.waitForOriginal())).toMatch(/changed since this button was made/);
    await h.settled();
    expect(await h.ctx.store.getProfile(who.id)).toEqual(example);
  });

  it('creates a minimal profile when a member without one adds a writer in a DM', async () => {
    const who = member(49);
    const submit = h.fake.interaction.modalSubmit({
      customId: 'lor-ask:add:attending:abroad',
      fields: { name: 'Dr. Omar Said', year: '2024', asked: '2026-10-01', language: 'Arabic' },
      user: who,
    });
    const cb = await submit.callback();
    expect(cb.type).toBe(5);
    expect(cb.data?.flags ?? 0).toBe(0);
    const text = textOf(await submit.waitForOriginal());
    await h.settled();
    expect(text).toMatch(/first letter writer/);
    expect(text).toMatch(/created one holding just this writer/);
    expect(await h.ctx.store.getProfile(who.id)).toEqual({
      version: 1,
      letters: [
        {
          writer: 'Dr. Omar Said',
          role: 'attending',
          setting: 'abroad',
          physician: true,
          informatics: false,
          directObservation: true,
          year: 2024,
          language: 'Arabic',
          asked: '2026-10-01',
        },
      ],
    });
  });

  it('saves nothing for a bad year or date and offers to open the form again', async () => {
    const who = member(50);
    await h.ctx.store.saveProfile(who.id, example);
    const submit = h.fake.interaction.modalSubmit({
      customId: 'lor-ask:add:qi-lead:abroad',
      fields: { name: 'Dr. Future', year: '2031', asked: '15/09/2026', language: '' },
      user: who,
      guildId: h.guildId,
    });
    const text = textOf(await submit.waitForOriginal());
    await h.settled();
    expect(text).toMatch(/Writer not saved/);
    expect(text).toMatch(/Date asked: "15\/09\/2026" is not a date/);
    expect(await h.ctx.store.getProfile(who.id)).toEqual(example);

    const again = h.fake.interaction.modalSubmit({
      customId: 'lor-ask:add:qi-lead:abroad',
      fields: { name: 'Dr. Future', year: '2031', asked: '', language: '' },
      user: who,
      guildId: h.guildId,
    });
    const body = await again.waitForOriginal();
    await h.settled();
    expect(textOf(body)).toMatch(/Year: 2031 is in the future/);
    expect(customIdsOf(body)).toContain('lor-ask:add-open:qi-lead:abroad');
    const retry = h.fake.interaction.button({
      customId: 'lor-ask:add-open:qi-lead:abroad',
      user: who,
      guildId: h.guildId,
    });
    expect(await retry.callback()).toMatchObject({ type: 9, data: { custom_id: 'lor-ask:add:qi-lead:abroad' } });
  });

  it('shows writer names as text (no mentions, no markdown) and fits the longest possible email in one code block', async () => {
    const who = member(51);
    const profile: Profile = {
      ...example,
      specialty: 'm'.repeat(200),
      professionalism: [{ kind: 'report', date: '2021-03', remediated: true }],
      usce: [{ kind: 'observership', months: 2, ehr: 'E'.repeat(200) }],
      informatics: [{ kind: 'project', title: 'T'.repeat(200), outcome: 'o'.repeat(1000) }],
      letters: [
        {
          ...example.letters![2]!,
          setting: 'us',
          writer: `<@123456789012345678> @everyone **Bold** ${'W'.repeat(150)}`,
        },
      ],
    };
    await h.ctx.store.saveProfile(who.id, profile);
    const r = await run(who, 'email', {}, false);
    expect(r.text).toMatch(/```text\nRequest/);
    expect(r.text).toMatch(/```text\nDear /);
    expect(r.text).not.toMatch(/<@123456789012345678>|@everyone/);
    expect(r.text).toContain('\\*\\*Bold\\*\\*');
    const files = r.i.all().flatMap((c) => (c as unknown as { files?: Array<{ name: string }> }).files ?? []);
    expect(files).toEqual([]);
  });
});
