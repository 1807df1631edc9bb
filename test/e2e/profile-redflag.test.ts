import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_PROFILE, EXAMPLE_WITH_RESIDENCIES } from '../helpers/cli.js';
import { customIdsOf, expectNoPings, expectWithinLimits, member, textOf, useBot } from '../helpers/bot.js';

const exampleJson = readFileSync(EXAMPLE_PROFILE, 'utf8');
const example = JSON.parse(exampleJson) as Record<string, unknown>;

describe('/profile and /redflag against the fake Discord', () => {
  const h = useBot({}, { checks: false });

  /** Runs /profile import with `content` as the attached file; resolves with the final reply. */
  async function importProfile(
    user: ReturnType<typeof member>,
    content: string | Buffer,
    opts: { guild?: boolean; filename?: string } = {},
  ) {
    const file = h.fake.attachment({
      filename: opts.filename ?? 'profile.json',
      content,
      contentType: 'application/json',
    });
    const i = h.fake.interaction.slash({
      name: 'profile',
      subcommand: 'import',
      options: { file },
      user,
      ...(opts.guild === false ? {} : { guildId: h.guildId }),
    });
    return { i, original: await i.waitForOriginal() };
  }

  it('offers the setup flow and /profile import to a member without a profile', async () => {
    const i = h.fake.interaction.slash({ name: 'redflag', guildId: h.guildId, user: member(20) });
    expect(await i.callback()).toMatchObject({ type: 5, data: { flags: 64 } });
    const original = await i.waitForOriginal();
    expect(textOf(original)).toMatch(/don't have a profile/);
    expect(textOf(original)).toContain('/profile import');
    expect(customIdsOf(original)).toContain('profile:setup');
    expectNoPings(h.fake.calls);
  });

  it('imports the example profile from an attachment, privately in a server', async () => {
    const who = member(21);
    const { i, original } = await importProfile(who, exampleJson);
    expect(await i.callback()).toMatchObject({ type: 5, data: { flags: 64 } });
    expect(textOf(original)).toMatch(/Profile saved/);
    expect(await h.ctx.store.getProfile(who.id)).toEqual(example);
  });

  it('imports residencies and board certification, exports them unchanged, and reports fellowship eligibility', async () => {
    const who = member(29);
    const withResidencies = {
      ...JSON.parse(readFileSync(EXAMPLE_WITH_RESIDENCIES, 'utf8')),
      boardCertification: [{ board: 'other', specialty: 'internal medicine' }],
    };
    await importProfile(who, JSON.stringify(withResidencies));
    expect(await h.ctx.store.getProfile(who.id)).toEqual(withResidencies);
    const i = h.fake.interaction.slash({ name: 'redflag', guildId: h.guildId, user: who });
    await i.callback();
    const text = [await i.waitForOriginal(), ...i.followUps()].map(textOf).join('\n');
    await h.settled();
    expect(text).toMatch(/Fellowship eligibility: no US or Canadian residency/);
    expect(text).toMatch(/exceptionally qualified/);
    expectNoPings(h.fake.calls);
  });

  it('names an unknown residency key instead of dropping it', async () => {
    const who = member(30);
    const bad = JSON.stringify({
      ...example,
      residencies: [{ country: 'Egypt', specialty: 'IM', from: '2019-12', to: '2022-06', complete: true }],
    });
    const text = textOf((await importProfile(who, bad)).original);
    expect(text).toMatch(/not imported/);
    expect(text).toMatch(/residencies\\?\[0\\?\]\.complete/);
    expect(await h.ctx.store.getProfile(who.id)).toBeUndefined();
  });

  it('lists every problem by JSON path and saves nothing when the profile is invalid', async () => {
    const who = member(22);
    const bad = JSON.stringify({
      ...example,
      gradutionYear: 2018,
      exams: [{ exam: 'step1', date: '2019-13', result: 'pass' }],
    });
    const { original } = await importProfile(who, bad);
    const text = textOf(original);
    expect(text).toMatch(/not imported/);
    expect(text).toContain('gradutionYear');
    expect(text).toMatch(/exams\\?\[0\\?\]\.date/);
    expect(await h.ctx.store.getProfile(who.id)).toBeUndefined();
  });

  it('says plainly when the attachment is not JSON or is binary', async () => {
    const who = member(23);
    expect(textOf((await importProfile(who, 'name: Dr. Lee\nyear: 2024')).original)).toMatch(/not valid JSON/);
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]);
    const { original } = await importProfile(who, binary, { filename: 'photo.png' });
    expect(textOf(original)).toMatch(/binary file, not JSON/);
    expect(await h.ctx.store.getProfile(who.id)).toBeUndefined();
  });

  it('shows the report ephemerally in a server, deferring before the store read, with gap and practice buttons', async () => {
    const who = member(24);
    await importProfile(who, exampleJson);
    h.fake.reset();
    const i = h.fake.interaction.slash({ name: 'redflag', guildId: h.guildId, user: who });
    expect(await i.callback()).toMatchObject({ type: 5, data: { flags: 64 } });
    const original = await i.waitForOriginal();
    await h.settled();
    const calls = i.all();
    const deferCall = calls.find((c) => c.route === 'interactionCallback')!;
    const editCall = calls.find((c) => c.route === 'editWebhookMessage')!;
    expect(deferCall.seq).toBeLessThan(editCall.seq);
    const everything = [original, ...i.followUps()];
    const text = everything.map(textOf).join('\n');
    expect(text).toMatch(/\[HIGH\]/);
    expect(text).toMatch(/Training gap/);
    const ids = everything.flatMap(customIdsOf);
    expect(ids).toContain('explain-gap:open:2022-07:2023-03');
    expect(ids).toContain('mock:flag:training-gap');
    for (const f of i.followUps()) expect(f.flags).toBe(64);
    expectNoPings(h.fake.calls);
    expectWithinLimits(h.fake.calls);
  });

  it('shows the same report as a normal message in a DM', async () => {
    const who = member(25);
    await importProfile(who, exampleJson, { guild: false });
    const i = h.fake.interaction.slash({ name: 'redflag', user: who });
    const callback = await i.callback();
    expect(callback.type).toBe(5);
    expect(callback.data?.flags ?? 0).toBe(0);
    expect(textOf(await i.waitForOriginal())).toMatch(/Red flags: \d+/);
  });

  it('posts a redacted summary publicly with share:true, without dates, scores, countries or visa types', async () => {
    const who = member(26);
    await importProfile(who, exampleJson);
    h.fake.reset();
    const i = h.fake.interaction.slash({ name: 'redflag', options: { share: true }, guildId: h.guildId, user: who });
    expect(await i.callback()).toMatchObject({ type: 5, data: { flags: 64 } });
    expect(textOf(await i.waitForOriginal())).toMatch(/Posted a redacted summary/);
    const shared = await i.waitForFollowUp(1);
    await h.settled();
    expect(i.followUps()).toHaveLength(1);
    expect(shared.flags ?? 0).toBe(0);
    const text = textOf(shared);
    expect(text).toMatch(/\[HIGH\] Time away from clinical work/);
    expect(text).toMatch(/Gap in training \(×2\)/);
    // The example member failed Step 1 once and needs a J-1: neither kind reaches the channel.
    expect(text).not.toMatch(/Exam failure on record|Visa sponsorship needed/);
    for (const secret of ['Egypt', 'Cairo', 'J-1', '247', 'Epic', 'Dr. Lee', 'internal medicine', 'USMLE']) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toMatch(/\b(19|20)\d\d\b/);
    expect(text).not.toMatch(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/);
    expect(customIdsOf(shared)).toEqual([]);
    expectNoPings(h.fake.calls);
  });

  it('exports the profile as an importable JSON file, ephemerally in a server', async () => {
    const who = member(27);
    await importProfile(who, exampleJson);
    h.fake.reset();
    const i = h.fake.interaction.slash({ name: 'profile', subcommand: 'export', guildId: h.guildId, user: who });
    expect(await i.callback()).toMatchObject({ type: 5, data: { flags: 64 } });
    await i.waitForOriginal();
    const edit = i.all().find((c) => c.route === 'editWebhookMessage')!;
    const file = edit.files.find((f) => f.name === 'profile.json');
    expect(file).toBeDefined();
    expect(JSON.parse(file!.content)).toEqual(example);
  });

  it('deletes everything after the confirm button, leaving nothing in the store', async () => {
    const who = member(28);
    await importProfile(who, exampleJson);
    await h.ctx.store.saveSession(who.id, { step: 1 });
    await h.ctx.store.appendHistory(who.id, { score: 3 });
    h.fake.reset();
    const ask = h.fake.interaction.slash({ name: 'profile', subcommand: 'delete', guildId: h.guildId, user: who });
    const callback = await ask.callback();
    expect(callback).toMatchObject({ type: 4, data: { flags: 64 } });
    const confirm = customIdsOf(callback.data).find((id) => id.startsWith('profile:delete:confirm'));
    expect(confirm).toBe(`profile:delete:confirm:${who.id}`);
    expect(await h.ctx.store.getProfile(who.id)).toEqual(example);

    const press = h.fake.interaction.button({
      customId: confirm!,
      guildId: h.guildId,
      user: who,
      message: ask.originalMessage()!.id,
    });
    expect((await press.callback()).type).toBe(6);
    expect(textOf(await press.waitForOriginal())).toMatch(/Deleted/);
    const left = await h.ctx.store.exportUser(who.id);
    expect(left).toMatchObject({ profile: null, session: null, history: [], meta: {}, counters: {} });
  });

  it('ignores a delete button pressed by someone other than its owner', async () => {
    const owner = member(29);
    const other = member(30);
    await importProfile(owner, exampleJson);
    const press = h.fake.interaction.button({
      customId: `profile:delete:confirm:${owner.id}`,
      guildId: h.guildId,
      user: other,
    });
    const callback = await press.callback();
    expect(callback).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(callback.data.content).toMatch(/belong to the member/);
    expect(await h.ctx.store.getProfile(owner.id)).toEqual(example);
  });

  it('keeps two members apart when they use the bot at the same time', async () => {
    const a = member(31);
    const b = member(32);
    const other = {
      ...example,
      citizenship: 'us-citizen',
      visa: 'not-needed',
      medSchool: { country: 'Grenada', graduated: '2021-05' },
      timeline: [{ from: '2021-06', to: 'present', activity: 'us-clinical', note: 'hospitalist, Ohio' }],
    };
    await Promise.all([importProfile(a, exampleJson), importProfile(b, JSON.stringify(other))]);
    const [ra, rb] = [
      h.fake.interaction.slash({ name: 'redflag', guildId: h.guildId, user: a }),
      h.fake.interaction.slash({ name: 'redflag', guildId: h.guildId, user: b }),
    ];
    const [oa, ob] = await Promise.all([ra.waitForOriginal(), rb.waitForOriginal()]);
    await h.settled();
    const ta = [oa, ...ra.followUps()].map(textOf).join('\n');
    const tb = [ob, ...rb.followUps()].map(textOf).join('\n');
    expect(ta).toMatch(/J-1/);
    expect(ta).toContain('Cairo');
    expect(tb).not.toMatch(/J-1|Cairo|Egypt/);
    expect(ta).not.toContain('Ohio');
    expect(await h.ctx.store.getProfile(a.id)).toEqual(example);
    expect(await h.ctx.store.getProfile(b.id)).toEqual(other);
  });
});
