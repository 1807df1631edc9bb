// The rules of Discord the fake enforces beyond sizes: component and modal validation, which
// callback types a modal submit may use, per-channel permissions, archived and locked threads,
// and the interaction token's lifetime. Driven with plain REST calls and a minimal discord.js
// client, so each rule is seen exactly as Discord answers it.

import {
  ChannelType,
  Client,
  ComponentType,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  PermissionFlagsBits,
  REST,
  Routes,
  type Interaction,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from './server.js';

const button = (custom_id: string) => ({ type: ComponentType.Button, style: 1, label: 'Go', custom_id });
const select = (custom_id: string, options: number, extra: Record<string, unknown> = {}) => ({
  type: ComponentType.StringSelect,
  custom_id,
  options: Array.from({ length: options }, (_, i) => ({ label: `Option ${i}`, value: `v${i}` })),
  ...extra,
});
const row = (...components: unknown[]) => ({ type: ComponentType.ActionRow, components });

describe('Discord rules in the fake', () => {
  let fake: FakeDiscord;
  let rest: REST;
  let client: Client;
  const answers = new Map<string, (i: Interaction) => Promise<unknown>>();
  const errors: unknown[] = [];
  const guild = () => fake.guilds[0]!;
  const channelId = (name: string) => guild().channels.find((c) => c.name === name)!.id;

  beforeAll(async () => {
    fake = await startFakeDiscord({
      guilds: [{ channels: [{ name: 'general' }, { name: 'locked-down', botDeny: ['CreatePrivateThreads'] }] }],
    });
    rest = new REST({ api: fake.apiBase }).setToken('token');
    client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiBase } });
    client.on(Events.InteractionCreate, (i) => {
      const key = i.isChatInputCommand() ? i.commandName : 'customId' in i ? i.customId : '';
      void answers
        .get(key)?.(i)
        .catch((e: unknown) => errors.push(e));
    });
    const ready = new Promise((r) => client.once(Events.ClientReady, r));
    await client.login('token');
    await ready;
  });

  afterAll(async () => {
    await client.destroy();
    await fake.close();
  });

  async function refusal(body: unknown, channel = channelId('general')): Promise<DiscordAPIError> {
    const e = await rest.post(Routes.channelMessages(channel), { body }).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(DiscordAPIError);
    return e as DiscordAPIError;
  }

  it('refuses two components with one custom id, even across rows', async () => {
    const e = await refusal({ content: 'x', components: [row(button('a')), row(button('b'), button('a'))] });
    expect(e.code).toBe(50035);
    expect(e.message).toMatch(/COMPONENT_CUSTOM_ID_DUPLICATED/);
  });

  it('refuses a select sharing its row, and max_values above the number of options', async () => {
    const shared = await refusal({ content: 'x', components: [row(select('s', 3), button('b'))] });
    expect(shared.message).toMatch(/COMPONENT_LAYOUT_WIDTH_EXCEEDED/);
    const tooMany = await refusal({ content: 'x', components: [row(select('s', 3, { max_values: 4 }))] });
    expect(tooMany.message).toMatch(/max_values/);
    // Within the rules it goes through.
    await rest.post(Routes.channelMessages(channelId('general')), {
      body: { content: 'ok', components: [row(select('s', 3, { max_values: 3 })), row(button('b'))] },
    });
  });

  it('checks modals: label children, radio and checkbox groups, duplicate ids, no disabled inputs', async () => {
    const label = (component: unknown) => ({ type: ComponentType.Label, label: 'Pick', component });
    const tries: Array<[string, unknown[], RegExp]> = [
      [
        'one radio option',
        [label({ type: 21, custom_id: 'r', options: [{ label: 'Yes', value: 'y' }] })],
        /BASE_TYPE_MIN_LENGTH/,
      ],
      [
        'checkbox max above options',
        [label({ type: 22, custom_id: 'c', max_values: 3, options: [{ label: 'A', value: 'a' }] })],
        /max_values/,
      ],
      ['button in a label', [label(button('x'))], /UNION_TYPE_CHOICES/],
      [
        'same id twice',
        [label({ type: 4, custom_id: 'same', style: 1 }), label({ type: 4, custom_id: 'same', style: 1 })],
        /COMPONENT_CUSTOM_ID_DUPLICATED/,
      ],
      ['a disabled select', [label(select('s', 2, { disabled: true }))], /COMPONENT_DISABLED_IN_MODAL/],
    ];
    for (const [what, components, error] of tries) {
      answers.set('form', (i) =>
        (i as never as { showModal(m: unknown): Promise<void> }).showModal({
          custom_id: 'm',
          title: 'Form',
          components,
        }),
      );
      const h = fake.interaction.slash({ name: 'form' });
      await expect.poll(() => h.all().length, { timeout: 2000 }).toBe(1);
      expect(h.all()[0]!.status, what).toBe(400);
      expect(JSON.stringify(h.all()[0]!.response), what).toMatch(error);
    }
  });

  it('accepts a deferred update (type 6) for a modal only when the modal was opened from a message', async () => {
    answers.set('m', (i) => (i as never as { deferUpdate(): Promise<void> }).deferUpdate());
    const fromCommand = fake.interaction.modalSubmit({ customId: 'm', fields: { a: 'x' }, layout: 'label' });
    await expect.poll(() => fromCommand.all().length).toBe(1);
    expect(fromCommand.all()[0]).toMatchObject({ status: 400 });
    expect(JSON.stringify(fromCommand.all()[0]!.response)).toMatch(/INTERACTION_RESPONSE_TYPE_INVALID/);

    const message = await rest.post(Routes.channelMessages(channelId('general')), {
      body: { content: 'form here', components: [row(button('open'))] },
    });
    const fromMessage = fake.interaction.modalSubmit({
      customId: 'm',
      fields: { a: 'x' },
      layout: 'label',
      guildId: guild().id,
      message: (message as { id: string }).id,
    });
    expect(await fromMessage.callback()).toMatchObject({ type: 6 });
  });

  it('enforces per-channel permissions with 50013 and the reply rule with 160002', async () => {
    const denied = await rest
      .post(Routes.threads(channelId('locked-down')), { body: { name: 't', type: ChannelType.PrivateThread } })
      .catch((e: unknown) => e);
    expect(denied).toMatchObject({ code: 50013, status: 403 });
    // discord.js computes the same from the data the fake sent in GUILD_CREATE.
    const cached = client.channels.cache.get(channelId('locked-down'));
    const me = client.guilds.cache.get(guild().id)!.members.me!;
    expect(
      cached && 'permissionsFor' in cached && cached.permissionsFor(me)?.has(PermissionFlagsBits.CreatePrivateThreads),
    ).toBe(false);
    expect(
      cached && 'permissionsFor' in cached && cached.permissionsFor(me)?.has(PermissionFlagsBits.CreatePublicThreads),
    ).toBe(true);

    fake.setBotPermissions(channelId('general'), { deny: ['ReadMessageHistory'] });
    const target = (await rest.post(Routes.channelMessages(channelId('general')), { body: { content: 'q' } })) as {
      id: string;
    };
    const reply = await refusal({ content: 'a', message_reference: { message_id: target.id } });
    expect(reply).toMatchObject({ code: 160002 });
    fake.setBotPermissions(channelId('general'), {});
  });

  it('unarchives a thread for a new message, but refuses edits in an archived one and anything in a locked one', async () => {
    const thread = (await rest.post(Routes.threads(channelId('general')), {
      body: { name: 'session', type: ChannelType.PrivateThread },
    })) as { id: string };
    const first = (await rest.post(Routes.channelMessages(thread.id), { body: { content: 'q1' } })) as { id: string };
    await rest.patch(Routes.channel(thread.id), { body: { archived: true } });
    const edit = await rest
      .patch(Routes.channelMessage(thread.id, first.id), { body: { content: 'edited' } })
      .catch((e: unknown) => e);
    expect(edit).toMatchObject({ code: 50083 });
    await rest.post(Routes.channelMessages(thread.id), { body: { content: 'back again' } });
    expect(fake.messages().get(first.id)).toBeDefined();

    await rest.patch(Routes.channel(thread.id), { body: { archived: true, locked: true } });
    const locked = await rest
      .post(Routes.channelMessages(thread.id), { body: { content: 'no' } })
      .catch((e: unknown) => e);
    expect(locked).toMatchObject({ code: 50083 });
  });

  it('needs Manage Threads to archive or lock a thread (resources/channel, Modify Thread)', async () => {
    const thread = (await rest.post(Routes.threads(channelId('general')), {
      body: { name: 'session', type: ChannelType.PrivateThread },
    })) as { id: string };
    fake.setBotPermissions(channelId('general'), { deny: ['ManageThreads'] });
    try {
      const refused = await rest
        .patch(Routes.channel(thread.id), { body: { archived: true, locked: true } })
        .catch((e: unknown) => e);
      expect(refused).toMatchObject({ code: 50013 });
    } finally {
      fake.setBotPermissions(channelId('general'), {});
    }
  });

  it('forgets an interaction token after its lifetime: follow-ups get 10015 Unknown Webhook', async () => {
    fake.configure({ interactionTokenLifetimeMs: 150 });
    try {
      answers.set('slow', async (i) => {
        if (!i.isChatInputCommand()) return;
        await i.deferReply();
        await new Promise((r) => setTimeout(r, 250));
        await i.editReply('too late');
      });
      const before = errors.length;
      const h = fake.interaction.slash({ name: 'slow' });
      await expect.poll(() => errors.length, { timeout: 3000 }).toBe(before + 1);
      expect(errors.at(-1)).toMatchObject({ code: 10015 });
      expect(h.all().map((c) => c.status)).toEqual([204, 404]);
    } finally {
      fake.configure({ interactionTokenLifetimeMs: 15 * 60_000 });
    }
  });
});
