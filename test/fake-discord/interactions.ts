// Interaction builders: complete INTERACTION_CREATE payloads as Discord sends them (guild or
// bot DM), dispatched over the gateway, plus a handle to await what the bot answered.

import {
  ApplicationCommandOptionType,
  ComponentType,
  InteractionType,
  type APIApplicationCommandInteractionDataOption,
  type APIAttachment,
  type APIInteraction,
  type APIMessage,
  type APIUser,
} from 'discord.js';
import type { FakeGateway } from './gateway.js';
import type { RecordedCall } from './http.js';
import {
  DEFAULT_APP_PERMISSIONS,
  DEFAULT_MEMBER_PERMISSIONS,
  makeMember,
  makeMessage,
  makeUser,
  type FakeChannel,
  type UserInput,
} from './payloads.js';
import { botPermissions } from './permissions.js';
import { interactionToken, snowflake } from './snowflake.js';
import type { FakeState, InteractionRecord, Json } from './state.js';

/** Where and by whom an interaction happens. Without `guildId` it happens in the bot's DM. */
export interface InteractionContextInput {
  user?: UserInput;
  guildId?: string;
  /** Guild channel (default: the guild's first channel). Ignored for DMs. */
  channelId?: string;
  locale?: string;
  memberRoles?: string[];
  memberPermissions?: string;
  appPermissions?: string;
}

/** An attachment option value: `fake.attachment(...)` or any APIAttachment. */
export type OptionValue = string | number | boolean | APIAttachment;
export type OptionsInput = Record<string, OptionValue> | APIApplicationCommandInteractionDataOption[];

export interface SlashInput extends InteractionContextInput {
  name: string;
  subcommandGroup?: string;
  subcommand?: string;
  options?: OptionsInput;
}
export interface AutocompleteInput extends SlashInput {
  focused: { name: string; value: string };
}
export interface ButtonInput extends InteractionContextInput {
  customId: string;
  /** The message carrying the component: an APIMessage, or the id of a message the bot sent. */
  message?: APIMessage | string;
}
export interface SelectInput extends ButtonInput {
  values: string[];
  /** StringSelect (3, default), UserSelect (5), RoleSelect (6), MentionableSelect (7), ChannelSelect (8). */
  componentType?: ComponentType;
}
/**
 * What the member did with one modal component: typed text (a string), or picked an option of a
 * radio group, options of a select or a checkbox group, or ticked a checkbox.
 */
export type ModalFieldValue =
  string | { radio: string | null } | { select: string[] } | { checkboxes: string[] } | { checkbox: boolean };

export interface ModalSubmitInput extends InteractionContextInput {
  customId: string;
  fields: Record<string, ModalFieldValue>;
  message?: APIMessage | string;
  /** How the text inputs are wrapped: legacy action rows (default) or label components. */
  layout?: 'actionRow' | 'label';
}

export interface CallbackBody {
  type: number;
  data?: any;
}

/** What a test holds after dispatching an interaction. */
export class InteractionHandle {
  constructor(
    private readonly state: FakeState,
    readonly record: InteractionRecord,
    /** Shard the interaction was routed to. */
    readonly shard: number,
  ) {}

  get id(): string {
    return this.record.id;
  }
  get token(): string {
    return this.record.token;
  }
  get payload(): APIInteraction {
    return this.record.payload;
  }
  /** performance.now() at dispatch; compare with RecordedCall.time. */
  get dispatchedAt(): number {
    return this.record.dispatchedAt;
  }

  /** Every REST call made for this interaction (callback + webhooks), in order. */
  all(): RecordedCall[] {
    return this.state.calls.filter((c) => c.interaction?.token === this.record.token);
  }

  private accepted(route: string, extra: (c: RecordedCall) => boolean = () => true): RecordedCall[] {
    return this.all().filter((c) => c.route === route && c.status < 300 && extra(c));
  }

  /** The accepted interaction callback body (`{ type, data }`); waits for it. */
  callback(timeoutMs?: number): Promise<CallbackBody> {
    return this.state.waitFor(
      () => this.accepted('interactionCallback')[0]?.body as CallbackBody | undefined,
      `the callback of interaction ${this.id}`,
      timeoutMs,
    );
  }

  /** The latest accepted edit of `@original` (optionally the latest matching `predicate`); waits for it. */
  waitForOriginal(opts: { timeoutMs?: number; predicate?: (body: any) => boolean } = {}): Promise<any> {
    return this.state.waitFor(
      () => {
        const edits = this.accepted('editWebhookMessage', (c) => c.params.messageId === '@original');
        const bodies = edits.map((c) => c.body).filter((b) => !opts.predicate || opts.predicate(b));
        return bodies.at(-1);
      },
      `an edit of @original for interaction ${this.id}`,
      opts.timeoutMs,
    );
  }

  /** Accepted follow-up bodies so far. */
  followUps(): any[] {
    return this.accepted('createFollowUp').map((c) => c.body);
  }

  /** Waits until `count` follow-ups were accepted; resolves with the last of them. */
  waitForFollowUp(count = 1, timeoutMs?: number): Promise<any> {
    return this.state.waitFor(
      () => this.followUps()[count - 1],
      `follow-up #${count} of interaction ${this.id}`,
      timeoutMs,
    );
  }

  /** The message `@original` currently refers to, as the fake stores it. */
  originalMessage(): APIMessage | undefined {
    return this.record.originalMessageId ? this.state.messages.get(this.record.originalMessageId) : undefined;
  }
}

const inferType = (value: OptionValue): ApplicationCommandOptionType =>
  typeof value === 'boolean'
    ? ApplicationCommandOptionType.Boolean
    : typeof value === 'number'
      ? Number.isInteger(value)
        ? ApplicationCommandOptionType.Integer
        : ApplicationCommandOptionType.Number
      : typeof value === 'object'
        ? ApplicationCommandOptionType.Attachment
        : ApplicationCommandOptionType.String;

export class InteractionBuilder {
  constructor(
    private readonly state: FakeState,
    private readonly gateway: FakeGateway,
  ) {}

  slash(input: SlashInput): InteractionHandle {
    return this.dispatch(InteractionType.ApplicationCommand, input, (ctx) => this.commandData(input, ctx));
  }

  autocomplete(input: AutocompleteInput): InteractionHandle {
    return this.dispatch(InteractionType.ApplicationCommandAutocomplete, input, (ctx) =>
      this.commandData(input, ctx, input.focused),
    );
  }

  button(input: ButtonInput): InteractionHandle {
    return this.dispatch(InteractionType.MessageComponent, input, (ctx) => ({
      data: { custom_id: input.customId, component_type: ComponentType.Button },
      message: this.componentMessage(input, ctx.channel, ComponentType.Button),
    }));
  }

  select(input: SelectInput): InteractionHandle {
    const componentType = input.componentType ?? ComponentType.StringSelect;
    return this.dispatch(InteractionType.MessageComponent, input, (ctx) => ({
      data: {
        custom_id: input.customId,
        component_type: componentType,
        values: input.values,
        ...(componentType === ComponentType.UserSelect
          ? { resolved: { users: Object.fromEntries(input.values.map((id) => [id, this.user(id)])) } }
          : {}),
      },
      message: this.componentMessage(input, ctx.channel, componentType),
    }));
  }

  modalSubmit(input: ModalSubmitInput): InteractionHandle {
    const components = Object.entries(input.fields).map(([custom_id, value]) => {
      const inner: Json & { id: number } =
        typeof value === 'string'
          ? { type: ComponentType.TextInput, custom_id, value, id: 0 }
          : 'radio' in value
            ? { type: ComponentType.RadioGroup, custom_id, value: value.radio, id: 0 }
            : 'select' in value
              ? { type: ComponentType.StringSelect, custom_id, values: value.select, id: 0 }
              : 'checkboxes' in value
                ? { type: ComponentType.CheckboxGroup, custom_id, values: value.checkboxes, id: 0 }
                : { type: ComponentType.Checkbox, custom_id, value: value.checkbox, id: 0 };
      // Only text inputs may sit in (deprecated) action rows; everything else comes in a label.
      return input.layout === 'label' || typeof value !== 'string'
        ? { type: ComponentType.Label, id: 0, component: inner }
        : { type: ComponentType.ActionRow, id: 0, components: [inner] };
    });
    components.forEach((c, i) => {
      c.id = i * 2 + 1;
      ('component' in c ? c.component : c.components[0]!).id = i * 2 + 2;
    });
    return this.dispatch(InteractionType.ModalSubmit, input, (ctx) => ({
      data: { custom_id: input.customId, components },
      ...(input.message
        ? { message: this.componentMessage(input as ButtonInput, ctx.channel, ComponentType.Button) }
        : {}),
    }));
  }

  private user(input: UserInput | undefined): APIUser {
    if (typeof input === 'string' && this.state.users.has(input)) return this.state.users.get(input)!;
    return this.state.rememberUser(
      makeUser(input ?? { id: '100000000000000001', username: 'tester', global_name: 'Tester' }),
    );
  }

  private dispatch(
    type: InteractionType,
    input: InteractionContextInput,
    build: (ctx: { user: APIUser; channel: FakeChannel; guildId: string | undefined }) => Json,
  ): InteractionHandle {
    const user = this.user(input.user);
    const guildId = input.guildId;
    const channel = guildId ? this.state.ensureGuildChannel(guildId, input.channelId) : this.state.dmChannelFor(user);
    const id = snowflake();
    const token = interactionToken();
    // What the bot may do in this channel, from the same roles and overwrites the REST routes enforce.
    const appPermissions =
      input.appPermissions ?? (guildId ? botPermissions(this.state, channel.id).toString() : DEFAULT_APP_PERMISSIONS);
    const where = guildId
      ? {
          guild_id: guildId,
          guild: { id: guildId, locale: this.state.guilds.get(guildId)!.locale, features: [] },
          guild_locale: this.state.guilds.get(guildId)!.locale,
          channel: { ...channel, permissions: input.memberPermissions ?? DEFAULT_MEMBER_PERMISSIONS },
          member: {
            ...makeMember(user, { roles: input.memberRoles ?? [] }),
            permissions: input.memberPermissions ?? DEFAULT_MEMBER_PERMISSIONS,
          },
          context: 0,
          authorizing_integration_owners: { '0': guildId },
        }
      : { user, channel, context: 1, authorizing_integration_owners: { '0': '0' } };
    const payload = {
      id,
      application_id: this.state.opts.applicationId,
      type,
      token,
      version: 1,
      ...where,
      channel_id: channel.id,
      app_permissions: appPermissions,
      locale: input.locale ?? 'en-US',
      entitlements: [],
      attachment_size_limit: 10 * 1024 * 1024,
      ...build({ user, channel, guildId }),
    } as unknown as APIInteraction;

    const record: InteractionRecord = {
      id,
      token,
      payload,
      dispatchedAt: performance.now(),
      channelId: channel.id,
      ...(guildId ? { guildId } : {}),
      acknowledged: false,
      followUpIds: [],
    };
    this.state.interactions.set(id, record);
    this.state.interactionsByToken.set(token, record);
    const { shard } = this.gateway.dispatch('INTERACTION_CREATE', payload);
    return new InteractionHandle(this.state, record, shard);
  }

  private findCommand(name: string, guildId: string | undefined): Json | undefined {
    const pool = [...(guildId ? (this.state.commands.guild.get(guildId) ?? []) : []), ...this.state.commands.global];
    return pool.find((c) => c.name === name && (c.type ?? 1) === 1);
  }

  private commandData(
    input: SlashInput,
    ctx: { guildId: string | undefined },
    focused?: { name: string; value: string },
  ) {
    const command = this.findCommand(input.name, ctx.guildId);
    const resolved: Record<string, Record<string, unknown>> = {};
    let defs = (command?.options ?? []) as Json[];
    const descend = (name: string | undefined) => {
      if (!name) return;
      const def = defs.find((d) => d.name === name);
      defs = (def?.options ?? []) as Json[];
    };
    descend(input.subcommandGroup);
    descend(input.subcommand);

    let options: Json[];
    if (Array.isArray(input.options)) options = input.options as unknown as Json[];
    else {
      const entries = Object.entries(input.options ?? {});
      if (focused && !entries.some(([n]) => n === focused.name)) entries.push([focused.name, focused.value]);
      options = entries.map(([name, value]) => {
        const def = defs.find((d) => d.name === name);
        const type = (def?.type as ApplicationCommandOptionType | undefined) ?? inferType(value);
        if (focused?.name === name) return { name, type, value: focused.value, focused: true };
        return { name, type, value: this.resolveOption(type, value, ctx.guildId, resolved) };
      });
    }
    if (input.subcommand)
      options = [{ type: ApplicationCommandOptionType.Subcommand, name: input.subcommand, options }];
    if (input.subcommandGroup)
      options = [{ type: ApplicationCommandOptionType.SubcommandGroup, name: input.subcommandGroup, options }];
    return {
      data: {
        id: (command?.id as string | undefined) ?? snowflake(),
        name: input.name,
        type: 1,
        options,
        ...(ctx.guildId && command?.guild_id ? { guild_id: ctx.guildId } : {}),
        ...(Object.keys(resolved).length ? { resolved } : {}),
      },
    };
  }

  /** Fills `resolved` for user/role/channel/attachment options and returns the wire value. */
  private resolveOption(
    type: ApplicationCommandOptionType,
    value: OptionValue,
    guildId: string | undefined,
    resolved: Record<string, Record<string, unknown>>,
  ): unknown {
    const add = (kind: string, key: string, v: unknown) => ((resolved[kind] ??= {})[key] = v);
    if (typeof value === 'object') {
      add('attachments', value.id, value);
      return value.id;
    }
    const id = String(value);
    if (type === ApplicationCommandOptionType.User || type === ApplicationCommandOptionType.Mentionable) {
      const user = this.user(id);
      add('users', id, user);
      if (guildId) {
        const { user: _omit, ...member } = makeMember(user);
        add('members', id, { ...member, permissions: DEFAULT_MEMBER_PERMISSIONS });
      }
    } else if (type === ApplicationCommandOptionType.Role && guildId) {
      const role = this.state.guilds.get(guildId)?.roles.find((r) => r.id === id);
      if (role) add('roles', id, role);
    } else if (type === ApplicationCommandOptionType.Channel) {
      const channel = this.state.channels.get(id);
      if (channel)
        add('channels', id, {
          id,
          type: channel.type,
          name: channel.name ?? null,
          permissions: DEFAULT_MEMBER_PERMISSIONS,
        });
    }
    return value;
  }

  private componentMessage(input: ButtonInput, channel: FakeChannel, componentType: ComponentType): APIMessage {
    if (typeof input.message === 'string') {
      const stored = this.state.messages.get(input.message);
      if (!stored) throw new Error(`fake-discord: no stored message ${input.message} to attach the component to`);
      return stored;
    }
    if (input.message) return input.message;
    const component =
      componentType === ComponentType.Button
        ? { type: ComponentType.Button, id: 2, style: 1, label: 'Button', custom_id: input.customId }
        : componentType === ComponentType.StringSelect
          ? { type: componentType, id: 2, custom_id: input.customId, options: [{ label: 'Option', value: 'option' }] }
          : { type: componentType, id: 2, custom_id: input.customId };
    return this.state.storeMessage(
      makeMessage({
        channelId: channel.id,
        guildId: channel.guild_id,
        author: this.state.botUser,
        content: 'Message with a component',
        components: [{ type: ComponentType.ActionRow, id: 1, components: [component] } as never],
        applicationId: this.state.opts.applicationId,
      }),
    );
  }
}
