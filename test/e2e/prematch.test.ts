import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { EXAMPLE_PROFILE } from '../helpers/cli.js';
import { customIdsOf, member, textOf, useBot, where } from '../helpers/bot.js';

const example = JSON.parse(readFileSync(EXAMPLE_PROFILE, 'utf8')) as Profile;
/** Fixed clock: 20 Nov 2026, in the interview season. */
const NOW = new Date('2026-11-20T12:00:00Z');

type User = ReturnType<typeof member>;

const QUID_PRO_QUO = [
  'Dear Dr. Okafor,',
  '',
  'Thank you again for the interview day at Riverside Health. If you rank me to match, I will rank you first. <@123456789012345678> **please** reply.',
  '',
  'Best regards,',
  'Amira',
].join('\n');

const CLEAN_THANK_YOU = [
  'Dear Dr. Lindqvist,',
  '',
  'Thank you for the time you gave me on November 18. I keep coming back to our conversation about how the team cut duplicate imaging orders with a new order set; it ties in closely with the discharge summary template I redesigned in Cairo.',
  '',
  'The day left me even more interested in training at Lakeside Clinic.',
  '',
  'With thanks,',
  'Amira Haddad',
].join('\n');

const topChoice = (program: string) =>
  [
    'Dear Dr. Okafor,',
    '',
    `With my interviews now complete, I want to let you know that ${program} is my first choice for clinical informatics training. What decides it for me is the chance to work on the CDS governance committee from the first month.`,
    '',
    'I know that applicants and programs each make their own ranking decisions independently; I simply wanted you to hear this from me.',
    '',
    'Warm regards,',
    'Amira Haddad',
  ].join('\n');

describe('/prematch against the fake Discord', () => {
  const h = useBot({ now: () => NOW });

  /**
   * /prematch check with `options` → the modal (asserted) → submitted with `email` (and the
   * program as the modal shows it) → every message of the answer.
   */
  async function check(user: User, options: Record<string, string>, email: string, guild = true) {
    const open = h.fake.interaction.slash({ name: 'prematch', subcommand: 'check', options, user, ...where(h, guild) });
    const modal = await open.callback();
    expect(modal.type).toBe(9);
    expect(modal.data.title.length).toBeLessThanOrEqual(45);
    const inputs = modal.data.components.map(
      (c: { component: { custom_id: string; value?: string; max_length?: number } }) => c.component,
    );
    expect(inputs.map((i: { custom_id: string }) => i.custom_id)).toEqual(['program', 'email']);
    expect(inputs[1].max_length).toBe(4000);
    const program = inputs[0].value ?? '';
    const submit = h.fake.interaction.modalSubmit({
      customId: modal.data.custom_id,
      fields: { program, email },
      layout: 'label',
      user,
      ...where(h, guild),
    });
    const callback = await submit.callback();
    const original = await submit.waitForOriginal();
    await h.settled();
    const bodies = [original, ...submit.followUps()];
    return {
      modal,
      submit,
      callback,
      text: bodies.map(textOf).join('\n'),
      ids: bodies.flatMap(customIdsOf),
    };
  }

  it('flags a quid-pro-quo email as high, quoting the member’s words as text, privately in a server', async () => {
    const r = await check(member(60), { kind: 'top-choice', program: 'Riverside Health' }, QUID_PRO_QUO);
    expect(r.modal.data.custom_id).toBe('prematch:check:top-choice:-:-');
    expect(r.callback).toMatchObject({ type: 5, data: { flags: 64 } });
    const calls = r.submit.all();
    expect(calls.find((c) => c.route === 'interactionCallback')!.seq).toBeLessThan(
      calls.find((c) => c.route === 'editWebhookMessage')!.seq,
    );
    expect(r.text).toMatch(/\[HIGH\] Trading or promising rank positions/);
    expect(r.text).toMatch(/Your words\n> …?.*If you rank me to match, I will rank you first/);
    expect(r.text).toMatch(/prematch#nrmp-rules/);
    expect(r.text).not.toMatch(/<@123456789012345678>/);
    expect(r.text).not.toMatch(/No problems found/);
  });

  it('finds no problems in a careful thank-you sent two days after the interview (DM, normal message)', async () => {
    const r = await check(
      member(61),
      { kind: 'thank-you', program: 'Lakeside Clinic', interview_date: '2026-11-18' },
      CLEAN_THANK_YOU,
      false,
    );
    expect(r.modal.data.custom_id).toBe('prematch:check:thank-you:2026-11-18:-');
    expect(r.callback.type).toBe(5);
    expect(r.callback.data?.flags ?? 0).toBe(0);
    expect(r.text).toMatch(/No problems found/);
    expect(r.text).not.toMatch(/\[(HIGH|MEDIUM|LOW)\]/);
  });

  it('logs a top-choice message with "I sent it" (even after a restart), then flags a second one to another program', async () => {
    const who = member(62);
    const first = await check(
      who,
      { kind: 'top-choice', program: 'Riverside Health' },
      topChoice('Riverside Health'),
      false,
    );
    expect(first.text).toMatch(/No problems found/);
    const sent = first.ids.find((id) => id.startsWith('prematch:sent:'))!;
    expect(sent).toMatch(new RegExp(`^prematch:sent:${who.id}:[a-z0-9]+$`));

    await h.restart();
    h.fake.reset();
    const press = h.fake.interaction.button({ customId: sent, user: who });
    expect((await press.callback()).type).toBe(5);
    expect(textOf(await press.waitForOriginal())).toMatch(
      /Logged.*top-choice message to Riverside Health on 20 Nov 2026/,
    );
    await h.settled();
    expect(await h.ctx.store.getMeta(who.id, 'prematchLog')).toEqual([
      { kind: 'top-choice', program: 'Riverside Health', date: '2026-11-20' },
    ]);
    const twice = h.fake.interaction.button({ customId: sent, user: who });
    expect(textOf(await twice.waitForOriginal())).toMatch(/Already logged/);
    await h.settled();
    expect(await h.ctx.store.getMeta(who.id, 'prematchLog')).toHaveLength(1);

    const second = await check(
      who,
      { kind: 'top-choice', program: 'Lakeside Clinic' },
      topChoice('Lakeside Clinic'),
      false,
    );
    expect(second.text).toMatch(/\[HIGH\] Top choice told to more than one program/);
    expect(second.text).toMatch(/You already told Riverside Health on 20 Nov 2026/);
    expect(second.text).toMatch(/Checked against 1 message you logged/);

    // The log goes with everything else when the member deletes their data.
    await h.ctx.store.deleteUser(who.id);
    expect(await h.ctx.store.getMeta(who.id, 'prematchLog')).toBeUndefined();
    expect(await h.ctx.store.getMeta(who.id, 'prematchPending')).toBeUndefined();
  });

  it('refuses an "I sent it" button pressed by someone else', async () => {
    const owner = member(63);
    const press = h.fake.interaction.button({
      customId: `prematch:sent:${owner.id}:abc123`,
      user: member(64),
      guildId: h.guildId,
    });
    const cb = await press.callback();
    expect(cb).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(cb.data.content).toMatch(/belongs to the member who checked/);
  });

  it('answers a mistyped date at once, without opening the modal', async () => {
    const i = h.fake.interaction.slash({
      name: 'prematch',
      subcommand: 'check',
      // "18/11/2026" is read now (a day above 12 leaves one reading); a date no reading fits is refused.
      options: { kind: 'thank-you', interview_date: '31/31/2026' },
      user: member(65),
      guildId: h.guildId,
    });
    const cb = await i.callback();
    expect(cb).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(cb.data.content).toMatch(/interview_date: "31\/31\/2026" is not a date \(YYYY-MM-DD\)/);
  });

  it('gives a template with placeholders without a profile, and with profile facts (privately) with one', async () => {
    const none = h.fake.interaction.slash({
      name: 'prematch',
      subcommand: 'template',
      options: { kind: 'eligibility-inquiry' },
      user: member(66),
      guildId: h.guildId,
    });
    expect(await none.callback()).toMatchObject({ type: 5, data: { flags: 64 } });
    const plain = textOf(await none.waitForOriginal());
    await h.settled();
    expect(plain).toMatch(/\[your training so far, e\.g\./);
    expect(plain).toMatch(/AMIA Clinical Informatics Fellowship Match.*NRMP Main Residency Match/s);
    expect(plain).toMatch(/```text\nEligibility question/);

    const who = member(67);
    await h.ctx.store.saveProfile(who.id, example);
    const mine = h.fake.interaction.slash({
      name: 'prematch',
      subcommand: 'template',
      options: { kind: 'eligibility-inquiry' },
      user: who,
    });
    const body = await mine.waitForOriginal();
    await h.settled();
    // The example predates `residencies`: its training stays a placeholder, never an invented claim.
    expect(textOf(body)).toMatch(/\[your training so far[^\]]*\], and I hold ECFMG certification/);
    expect(textOf(body)).toMatch(/AMIA Clinical Informatics Fellowship Match/);
    expect(textOf(body)).toMatch(/sponsor a J-1 visa/);
    const checkOpen = customIdsOf(body).find((id) => id.startsWith('prematch:check-open:'))!;
    expect(checkOpen).toBe('prematch:check-open:inquiry');
    const open = h.fake.interaction.button({ customId: checkOpen, user: who });
    expect(await open.callback()).toMatchObject({ type: 9, data: { custom_id: 'prematch:check:inquiry:-:-' } });
  });

  it('shows the timeline relative to today, with the interview phase current', async () => {
    const i = h.fake.interaction.slash({
      name: 'prematch',
      subcommand: 'timeline',
      user: member(68),
      guildId: h.guildId,
    });
    expect(await i.callback()).toMatchObject({ type: 5, data: { flags: 64 } });
    const original = await i.waitForOriginal();
    await h.settled();
    const text = [original, ...i.followUps()].map(textOf).join('\n');
    expect(text).toMatch(/AMIA Clinical Informatics Fellowship Match\*\*: typical calendar for the 2026-2027 season/);
    expect(text).toMatch(/Today is 20 Nov 2026/);
    // A member who has not applied reads, before the calendar, that its remaining steps are not theirs.
    expect(text).toMatch(
      /Not applied this season\?[\s\S]*If you have not applied yet, yours is the 2027-2028 season, for a fellowship from July 2028[\s\S]*5 Dec 2025 – 3 Jun 2026: Research programs/,
    );
    expect(text).toMatch(/1 Sep 2026 – 30 Nov 2026: Interviews and thank-you notes \(still open\)/);
    expect(text).toMatch(/15 Oct 2026 – 3 Dec 2026: Updates and a possible top-choice message \(now\)/);
    expect(text).toMatch(
      /\*\*Next:\*\* The AMIA match typically opens to applicants on 21 Nov 2026 \(tomorrow\): commit your preferences before the deadline\./,
    );
  });

  it('uses the profile’s target and deadline for the timeline in a DM', async () => {
    const who = member(69);
    await h.ctx.store.saveProfile(who.id, { ...example, target: 'residency-informatics-track' });
    const i = h.fake.interaction.slash({ name: 'prematch', subcommand: 'timeline', user: who });
    const cb = await i.callback();
    expect(cb.data?.flags ?? 0).toBe(0);
    const text = textOf(await i.waitForOriginal());
    await h.settled();
    expect(text).toMatch(/NRMP Main Residency Match/);
    expect(text).toMatch(/15 Jan 2027 – 25 Feb 2027: Certify your rank order list/);
    expect(text).toMatch(/deadline \(from your profile\) is 15 Jan 2027, 56 days from today/);
  });
});
