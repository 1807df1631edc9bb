/**
 * /ask against the fake Discord: public answers reveal nothing about the asker, private ones may
 * use the profile; 👍/👎 counted per question without member ids; follow-ups in a thread; the
 * admin view shows aggregates only.
 */
import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { readStats, statsKey, monthOf } from '../../src/app/ask-stats.js';
import { customIdsOf, member, textOf, useBot } from '../helpers/bot.js';
import { importProfile, liveMessage } from '../helpers/member-driver.js';

const J1_PROFILE = JSON.stringify({ version: 1, citizenship: 'non-us', visa: 'j1', target: 'ci-fellowship' });
const CITIZEN_PROFILE = JSON.stringify({
  version: 1,
  citizenship: 'us-citizen',
  visa: 'not-needed',
  target: 'residency-informatics-track',
});
const ADMIN = (
  PermissionFlagsBits.ManageGuild |
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages
).toString();

describe('/ask: personal but private', () => {
  const h = useBot({}, { checks: true });

  async function ask(who: ReturnType<typeof member>, question: string, opts: { private?: boolean; dm?: boolean } = {}) {
    const i = h.fake.interaction.slash({
      name: 'ask',
      options: { question, ...(opts.private ? { private: true } : {}) },
      ...(opts.dm ? {} : { guildId: h.guildId }),
      user: who,
    });
    const original = await i.waitForOriginal();
    await h.settled();
    return { i, original, text: textOf(original as unknown as Record<string, unknown>) };
  }

  it('gives two members with opposite profiles the same public answer, with nothing from their profiles', async () => {
    const a = member(21);
    const b = member(22);
    await importProfile(h, a, J1_PROFILE);
    await importProfile(h, b, CITIZEN_PROFILE);
    for (const q of [
      'how long can I train on a J-1 visa?',
      'which match do CI fellowships use?',
      'why did you study abroad interview answer',
    ]) {
      const ra = await ask(a, q);
      const rb = await ask(b, q);
      // Byte for byte: text, sources (so also which guides were chosen) and buttons' labels.
      expect(ra.text).toBe(rb.text);
      // Nothing addressed to the asker as a citizen or visa holder. (A source named after a guide
      // is fine when the question chose it: both members get it, byte for byte.)
      expect(ra.text).not.toMatch(
        /For you|your profile|(?:as|you are) a (?:US )?citizen|J-1\. ECFMG sponsors it, you need/i,
      );
      const embeds = (x: typeof ra) => JSON.stringify((x.original as { embeds?: unknown }).embeds);
      expect(embeds(ra)).toBe(embeds(rb));
    }
  });

  it('tailors a private answer to the stored profile, and a DM too', async () => {
    const a = member(23);
    await importProfile(h, a, J1_PROFILE);
    const eph = await ask(a, 'how long can I train on a J-1 visa?', { private: true });
    expect((await eph.i.callback()).data?.flags).toBe(64);
    expect(eph.text).toMatch(/For you: your profile says J-1/);
    const dm = await ask(a, 'which match do CI fellowships use?', { dm: true });
    expect(dm.text).toMatch(/For you: your profile targets a CI fellowship, so the AMIA/);
  });

  it('never adds visa advice to a private answer for a US citizen or a green-card holder', async () => {
    const citizen = member(31);
    const resident = member(32);
    await importProfile(h, citizen, CITIZEN_PROFILE);
    await importProfile(
      h,
      resident,
      JSON.stringify({ version: 1, citizenship: 'us-permanent-resident', target: 'residency-informatics-track' }),
    );
    for (const who of [citizen, resident]) {
      const r = await ask(who, 'Which programs have CI tracks?', { private: true });
      const body = r.text.replace(/Sources:.*$/m, '');
      expect(body).toMatch(/track/i);
      expect(body).not.toMatch(/visa|sponsor/i);
    }
  });

  it("answers the ABPM boards question from the CFPC-certified member's profile, with no wrong yes or no", async () => {
    const a = member(33);
    await importProfile(
      h,
      a,
      JSON.stringify({
        version: 1,
        citizenship: 'non-us',
        boardCertification: [{ board: 'cfpc', specialty: 'family medicine' }],
      }),
    );
    const r = await ask(a, 'Can I take the ABPM boards after a US fellowship?', { private: true });
    expect(r.text).not.toMatch(/\*\*(?:Yes|No)\.\*\*|does not make you board eligible/);
    expect(r.text).toMatch(/primary specialty certification/);
    expect(r.text).toMatch(/For you: your profile lists CFPC certification/);
    expect(r.text).toMatch(/licence/);
  });

  it('puts the eligibility that the stored residency settles first in a DM, and nothing of it in public', async () => {
    const a = member(34);
    await importProfile(
      h,
      a,
      JSON.stringify({
        version: 1,
        citizenship: 'non-us',
        target: 'ci-fellowship',
        residencies: [
          {
            country: 'USA',
            specialty: 'family medicine',
            from: '2020-07',
            to: '2023-06',
            completed: true,
            accreditation: 'acgme',
          },
        ],
      }),
    );
    const dm = await ask(a, 'am I eligible for a clinical informatics fellowship?', { dm: true });
    const body = dm.text.replace(/^\*\*You asked:\*\*.*$/m, '').trim();
    expect(body).toMatch(/^\*?For you: your profile lists your family medicine residency in the USA/);
    expect(body).toMatch(/exception for residencies done abroad is not your route/);
    const pub = await ask(a, 'am I eligible for a clinical informatics fellowship?');
    expect(pub.text).not.toMatch(/For you|your profile|family medicine residency in the USA/);
  });

  it('counts 👍/👎 per question without storing who voted, one vote per member', async () => {
    const a = member(24);
    const r = await ask(a, 'does research count as US clinical experience?');
    const up = customIdsOf(r.original as unknown as Record<string, unknown>).find((c) => c.startsWith('ask:vote:up:'))!;
    expect(up).toBeDefined();
    const press = async (who: ReturnType<typeof member>, customId: string) => {
      const i = h.fake.interaction.button({
        customId,
        message: liveMessage(h, 'ask:vote:up:', { channelId: h.channelId }).message.id,
        guildId: h.guildId,
        user: who,
      });
      const cb = await i.callback();
      await h.settled();
      return cb;
    };
    expect((await press(a, up)).data.content).toMatch(/vote is counted/);
    expect((await press(a, up)).data.content).toMatch(/already voted/);
    expect((await press(member(25), up)).data.content).toMatch(/vote is counted/);
    const down = up.replace(':up:', ':down:');
    expect((await press(a, down)).data.content).toMatch(/changed/);
    const stats = await readStats(h.ctx.store, h.guildId, h.ctx.now());
    const key = up.split(':').slice(3).join(':');
    expect(stats?.questions[key]).toMatchObject({ up: 1, down: 1, n: 1 });
    const stored = JSON.stringify(await h.ctx.store.getShared(statsKey(h.guildId, monthOf(h.ctx.now()))));
    for (const who of [a, member(25)]) expect(stored).not.toContain(who.id);
  });

  it('answers a follow-up in a thread on the public answer, read with the first answer in mind', async () => {
    const a = member(26);
    const r = await ask(a, 'do I need step 3 for an H-1B?');
    const { message, id: follow } = liveMessage(h, 'ask:follow:', { channelId: h.channelId });
    expect(customIdsOf(r.original as unknown as Record<string, unknown>)).toContain(follow);
    const open = h.fake.interaction.button({ customId: follow, message: message.id, guildId: h.guildId, user: a });
    const modal = await open.callback();
    expect(modal.type).toBe(9);
    const submit = h.fake.interaction.modalSubmit({
      customId: modal.data.custom_id as string,
      fields: { question: 'and how many years does it last?' },
      message: message.id,
      guildId: h.guildId,
      user: a,
      layout: 'label',
    });
    await submit.callback();
    await h.settled();
    const thread = h.fake.calls.find((c) => c.route === 'startThreadFromMessage');
    expect(thread?.params.messageId).toBe(message.id);
    const threadId = (thread!.response as { id: string }).id;
    const inThread = [...h.fake.messages().values()].filter((m) => m.channel_id === threadId);
    expect(inThread).toHaveLength(1);
    expect(textOf(inThread[0] as unknown as Record<string, unknown>)).toMatch(/six years/i);
    expect(textOf(inThread[0] as unknown as Record<string, unknown>)).not.toMatch(/For you/);
  });
});

describe('/admin questions', () => {
  const h = useBot({}, { checks: true });

  const ask = async (n: number, question: string) => {
    await h.fake.interaction
      .slash({ name: 'ask', options: { question }, guildId: h.guildId, user: member(n) })
      .waitForOriginal();
    await h.settled();
  };
  const admin = async (permissions?: string) => {
    const i = h.fake.interaction.slash({
      name: 'admin',
      subcommand: 'questions',
      guildId: h.guildId,
      user: member(40),
      ...(permissions ? { memberPermissions: permissions } : {}),
    });
    const cb = await i.callback();
    await h.settled();
    return {
      cb,
      text:
        cb.type === 4
          ? String(cb.data.content)
          : textOf((await i.waitForOriginal()) as unknown as Record<string, unknown>),
    };
  };

  it('is only for members who can manage the server', async () => {
    const { cb } = await admin();
    expect(cb.type).toBe(4);
    expect(cb.data.flags).toBe(64);
    expect(cb.data.content).toMatch(/Manage Server permission/);
  });

  it('names a question only once three different members asked it, and shows counts otherwise', async () => {
    // Three members ask the same uncovered question; two ask another; one asks a curated one twice.
    for (const n of [31, 32, 33]) await ask(n, 'is there a good informatics podcast for residents?');
    for (const n of [34, 35]) await ask(n, 'is there a good informatics newsletter for residents?');
    await ask(36, 'does research count as US clinical experience?');
    await ask(36, 'does research count as US clinical experience?');
    const { cb, text } = await admin(ADMIN);
    expect(cb.data?.flags).toBe(64);
    expect(text).toMatch(/good informatics podcast/);
    expect(text).not.toMatch(/newsletter/);
    expect(text).not.toMatch(/Does research count/);
    expect(text).toMatch(/fewer than 3 members/);
    expect(text).toMatch(/7 questions/);
    for (const n of [31, 32, 33, 34, 35, 36]) expect(text).not.toContain(member(n).id);
  });
});
