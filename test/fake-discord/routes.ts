// REST routes of the fake: each handler answers like Discord would (status, body, error codes)
// and updates the fake's state. Paths here are decoded and relative to `/api/v10`.

import {
  ChannelType,
  InteractionType,
  MessageFlags,
  MessageType,
  PermissionFlagsBits,
  type APIAttachment,
  type APIMessage,
} from 'discord.js';
import { botPermissions, hasAll, isThread } from './permissions.js';
import type { RecordedCall, RecordedFile } from './http.js';
import {
  checkCommands,
  checkInteractionResponse,
  checkMessage,
  invalidFormBody,
  isEmptyMessage,
  LimitErrors,
} from './limits.js';
import { makeMessage, makeUser } from './payloads.js';
import { snowflake } from './snowflake.js';
import type { FakeState, InteractionRecord, Json } from './state.js';

export interface RouteContext {
  state: FakeState;
  call: RecordedCall;
  params: Record<string, string>;
  body: Json;
  files: RecordedFile[];
}
export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}
type Handler = (ctx: RouteContext) => RouteResult;

const error = (status: number, code: number, message: string): RouteResult => ({ status, body: { code, message } });
const unknownInteraction = () => error(404, 10062, 'Unknown interaction');
const unknownWebhook = () => error(404, 10015, 'Unknown Webhook');
const unknownMessage = () => error(404, 10008, 'Unknown Message');
const unknownChannel = () => error(404, 10003, 'Unknown Channel');
const emptyMessage = () => error(400, 50006, 'Cannot send an empty message');
const missingPermissions = () => error(403, 50013, 'Missing Permissions');
const cannotReply = () => error(400, 160002, 'Cannot reply without permission to read message history');
const archivedThread = () => error(400, 50083, 'Thread is archived');

/** Thread metadata of a channel, when it is a thread. */
const threadMeta = (state: FakeState, channelId: string) => {
  const channel = state.channels.get(channelId);
  return isThread(channel) ? (channel!.thread_metadata as { archived: boolean; locked: boolean }) : undefined;
};

/**
 * Sending into an archived thread unarchives it, unless it is locked (topics/threads: "Sending a
 * message will automatically unarchive the thread, unless the thread has been locked").
 */
function unarchiveForSend(state: FakeState, channelId: string): RouteResult | undefined {
  const meta = threadMeta(state, channelId);
  if (!meta?.archived) return undefined;
  if (meta.locked) return archivedThread();
  meta.archived = false;
  return undefined;
}

/** Edits and member changes need an active thread (error 50083 otherwise). */
const editableThread = (state: FakeState, channelId: string): RouteResult | undefined =>
  threadMeta(state, channelId)?.archived ? archivedThread() : undefined;

/** Runs a limits check when enforcement is on; returns the 400 to send, if any. */
function limitsFailure(state: FakeState, check: (errs: LimitErrors) => void): RouteResult | undefined {
  if (!state.opts.enforceLimits) return undefined;
  const errs = new LimitErrors();
  check(errs);
  return errs.count ? { status: 400, body: invalidFormBody(errs) } : undefined;
}

/** Turns uploaded files + the body's `attachments` list into Discord attachment objects. */
function attachmentsFor(
  state: FakeState,
  channelId: string,
  body: Json,
  files: RecordedFile[],
  existing: APIAttachment[] = [],
): APIAttachment[] {
  const listed = Array.isArray(body.attachments) ? (body.attachments as Json[]) : undefined;
  const fresh = (file: RecordedFile, meta: Json = {}) =>
    state.addAttachment(
      channelId,
      file.name,
      file.contentType,
      file.bytes,
      typeof meta.description === 'string' ? meta.description : undefined,
    );
  if (!listed) return [...existing, ...files.map((f) => fresh(f))];
  const out: APIAttachment[] = [];
  for (const meta of listed) {
    const kept = existing.find((a) => a.id === String(meta.id));
    if (kept) out.push(kept);
    else {
      const file = files.find((f) => f.field === `files[${String(meta.id)}]`) ?? files[Number(meta.id)];
      if (file) out.push(fresh(file, meta));
    }
  }
  return out;
}

function applyEdit(state: FakeState, message: APIMessage, body: Json, files: RecordedFile[]): APIMessage {
  const flags = typeof body.flags === 'number' ? body.flags : (message.flags ?? 0);
  return {
    ...message,
    ...(typeof body.content === 'string' ? { content: body.content } : {}),
    ...(Array.isArray(body.embeds) ? { embeds: body.embeds as APIMessage['embeds'] } : {}),
    ...(Array.isArray(body.components) ? { components: body.components as APIMessage['components'] } : {}),
    // Ephemerality cannot change after creation; a deferred reply stops "thinking" once edited.
    flags: (flags & ~MessageFlags.Loading & ~MessageFlags.Ephemeral) | ((message.flags ?? 0) & MessageFlags.Ephemeral),
    attachments: attachmentsFor(state, message.channel_id, body, files, message.attachments),
    edited_timestamp: new Date().toISOString(),
  } as APIMessage;
}

function interactionMessage(
  state: FakeState,
  rec: InteractionRecord,
  body: Json,
  files: RecordedFile[],
  flags: number,
) {
  const payload = rec.payload;
  const user = payload.member?.user ?? payload.user;
  return makeMessage({
    channelId: rec.channelId,
    guildId: rec.guildId,
    author: state.botUser,
    content: typeof body.content === 'string' ? body.content : '',
    embeds: (body.embeds as APIMessage['embeds']) ?? [],
    components: (body.components as APIMessage['components']) ?? [],
    attachments: attachmentsFor(state, rec.channelId, body, files),
    flags,
    type: payload.type === InteractionType.ApplicationCommand ? MessageType.ChatInputCommand : MessageType.Default,
    webhookId: state.opts.applicationId,
    applicationId: state.opts.applicationId,
    ...(user
      ? {
          interactionMetadata: {
            id: payload.id,
            type: payload.type,
            user,
            authorizing_integration_owners: payload.authorizing_integration_owners,
          } as APIMessage['interaction_metadata'],
        }
      : {}),
  });
}

const interactionCallback: Handler = ({ state, call, params, body, files }) => {
  const rec = state.interactions.get(params.id!);
  call.interaction = { id: params.id!, token: params.token! };
  if (!rec || rec.token !== params.token) return unknownInteraction();
  if (call.time - rec.dispatchedAt > state.opts.interactionDeadlineMs && !rec.acknowledged) return unknownInteraction();
  if (rec.acknowledged) return error(400, 40060, 'Interaction has already been acknowledged.');
  const fromMessage = 'message' in rec.payload && Boolean(rec.payload.message);
  const invalid = limitsFailure(state, (errs) => checkInteractionResponse(body, rec.payload.type, errs, fromMessage));
  if (invalid) return invalid;
  const type = Number(body.type);
  const data = (body.data ?? {}) as Json;
  if (type === 4 && isEmptyMessage(data, files.length > 0)) return emptyMessage();
  if (type === 7) {
    const blocked = editableThread(state, rec.channelId);
    if (blocked) return blocked;
  }
  // A message everyone sees is a message sent in the thread; an ephemeral one is not.
  if ((type === 4 || type === 5) && (Number(data.flags ?? 0) & MessageFlags.Ephemeral) === 0) {
    const blocked = unarchiveForSend(state, rec.channelId);
    if (blocked) return blocked;
  }
  rec.acknowledged = true;

  let message: APIMessage | undefined;
  const componentMessage = 'message' in rec.payload && rec.payload.message ? rec.payload.message : undefined;
  if (type === 4) message = interactionMessage(state, rec, data, files, Number(data.flags ?? 0));
  if (type === 5) message = interactionMessage(state, rec, {}, [], Number(data.flags ?? 0) | MessageFlags.Loading);
  if ((type === 6 || type === 7) && componentMessage) {
    const current = state.messages.get(componentMessage.id) ?? componentMessage;
    message = type === 7 ? applyEdit(state, current, data, files) : current;
  }
  if (message) {
    state.storeMessage(message);
    rec.originalMessageId = message.id;
  }

  if (call.query.with_response !== 'true') return { status: 204 };
  return {
    status: 200,
    body: {
      interaction: {
        id: rec.id,
        type: rec.payload.type,
        ...(message
          ? {
              response_message_id: message.id,
              response_message_loading: type === 5,
              response_message_ephemeral: ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
            }
          : {}),
      },
      resource: { type, ...(message ? { message } : {}) },
    },
  };
};

/** Resolves `/webhooks/{appId}/{token}` to the interaction it belongs to. */
function webhookInteraction(ctx: RouteContext): InteractionRecord | RouteResult {
  const { state, params, call } = ctx;
  call.interaction = { token: params.token! };
  const rec = state.interactionsByToken.get(params.token!);
  if (params.appId !== state.opts.applicationId || !rec) return unknownWebhook();
  call.interaction.id = rec.id;
  if (!rec.acknowledged) return unknownWebhook();
  // The token works for 15 minutes (interactions/receiving-and-responding), then it is unknown.
  if (call.time - rec.dispatchedAt > state.opts.interactionTokenLifetimeMs) return unknownWebhook();
  return rec;
}

function webhookMessage(ctx: RouteContext): { rec: InteractionRecord; message: APIMessage } | RouteResult {
  const rec = webhookInteraction(ctx);
  if ('status' in rec) return rec;
  const id = ctx.params.messageId === '@original' ? rec.originalMessageId : ctx.params.messageId;
  const message = id ? ctx.state.messages.get(id) : undefined;
  if (!message || (id !== rec.originalMessageId && !rec.followUpIds.includes(id!))) return unknownMessage();
  return { rec, message };
}

const getWebhookMessage: Handler = (ctx) => {
  const found = webhookMessage(ctx);
  return 'status' in found ? found : { status: 200, body: found.message };
};

const editWebhookMessage: Handler = (ctx) => {
  const found = webhookMessage(ctx);
  if ('status' in found) return found;
  // Ephemeral messages live outside the thread's history; only shared ones are frozen with it.
  const ephemeral = ((found.message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
  const blocked = ephemeral ? undefined : editableThread(ctx.state, found.message.channel_id);
  if (blocked) return blocked;
  const invalid = limitsFailure(ctx.state, (errs) => checkMessage(ctx.body, errs));
  if (invalid) return invalid;
  const edited = ctx.state.storeMessage(applyEdit(ctx.state, found.message, ctx.body, ctx.files));
  return { status: 200, body: edited };
};

const deleteWebhookMessage: Handler = (ctx) => {
  const found = webhookMessage(ctx);
  if ('status' in found) return found;
  ctx.state.messages.delete(found.message.id);
  return { status: 204 };
};

const createFollowUp: Handler = (ctx) => {
  const rec = webhookInteraction(ctx);
  if ('status' in rec) return rec;
  const invalid = limitsFailure(ctx.state, (errs) => checkMessage(ctx.body, errs));
  if (invalid) return invalid;
  if (isEmptyMessage(ctx.body, ctx.files.length > 0)) return emptyMessage();
  if ((Number(ctx.body.flags ?? 0) & MessageFlags.Ephemeral) === 0) {
    const blocked = unarchiveForSend(ctx.state, rec.channelId);
    if (blocked) return blocked;
  }
  const message = interactionMessage(ctx.state, rec, ctx.body, ctx.files, Number(ctx.body.flags ?? 0));
  ctx.state.storeMessage(message);
  rec.followUpIds.push(message.id);
  return ctx.call.query.wait === 'true' ? { status: 200, body: message } : { status: 204 };
};

const createChannelMessage: Handler = ({ state, params, body, files }) => {
  const channel = state.channels.get(params.channelId!);
  if (!channel && state.opts.strictChannels) return unknownChannel();
  const invalid = limitsFailure(state, (errs) => checkMessage(body, errs));
  if (invalid) return invalid;
  if (isEmptyMessage(body, files.length > 0)) return emptyMessage();
  const reference = body.message_reference as APIMessage['message_reference'] | undefined;
  if (channel?.guild_id) {
    const perms = botPermissions(state, channel.id);
    const send = isThread(channel) ? PermissionFlagsBits.SendMessagesInThreads : PermissionFlagsBits.SendMessages;
    if (!hasAll(perms, PermissionFlagsBits.ViewChannel, send)) return missingPermissions();
    if (files.length && !hasAll(perms, PermissionFlagsBits.AttachFiles)) return missingPermissions();
    // A reply needs to read the message it answers.
    if (reference && !hasAll(perms, PermissionFlagsBits.ReadMessageHistory)) return cannotReply();
    const blocked = unarchiveForSend(state, channel.id);
    if (blocked) return blocked;
  }
  const message = makeMessage({
    channelId: params.channelId!,
    guildId: channel?.guild_id,
    author: state.botUser,
    content: typeof body.content === 'string' ? body.content : '',
    embeds: (body.embeds as APIMessage['embeds']) ?? [],
    components: (body.components as APIMessage['components']) ?? [],
    attachments: attachmentsFor(state, params.channelId!, body, files),
    flags: Number(body.flags ?? 0),
    type: reference ? MessageType.Reply : MessageType.Default,
    ...(reference ? { messageReference: { ...reference, channel_id: params.channelId! } } : {}),
  });
  return { status: 200, body: state.storeMessage(message) };
};

const channelMessage = (handler: (ctx: RouteContext, m: APIMessage) => RouteResult): Handler => {
  return (ctx) => {
    const message = ctx.state.messages.get(ctx.params.messageId!);
    if (!message || message.channel_id !== ctx.params.channelId) return unknownMessage();
    return handler(ctx, message);
  };
};

function createThread(ctx: RouteContext, fromMessage: string | undefined): RouteResult {
  const { state, params, body } = ctx;
  const parent = state.channels.get(params.channelId!);
  if (!parent) return unknownChannel();
  if (!parent.guild_id || isThread(parent)) return error(400, 50024, 'Cannot execute action on this channel type');
  if (fromMessage && !state.messages.get(fromMessage)) return unknownMessage();
  const privateThread = !fromMessage && Number(body.type ?? ChannelType.PrivateThread) === ChannelType.PrivateThread;
  const needed = privateThread ? PermissionFlagsBits.CreatePrivateThreads : PermissionFlagsBits.CreatePublicThreads;
  if (!hasAll(botPermissions(state, parent.id), PermissionFlagsBits.ViewChannel, needed)) return missingPermissions();
  const invalid = limitsFailure(state, (errs) => errs.maxLength(['name'], body.name, 100, 1));
  if (invalid) return invalid;
  const now = new Date().toISOString();
  // A thread started from a message shares the message's id.
  const id = fromMessage ?? snowflake();
  const thread = {
    id,
    type: fromMessage ? ChannelType.PublicThread : Number(body.type ?? ChannelType.PrivateThread),
    guild_id: parent.guild_id,
    parent_id: parent.id,
    owner_id: state.botUser.id,
    name: String(body.name ?? ''),
    last_message_id: null,
    rate_limit_per_user: Number(body.rate_limit_per_user ?? 0),
    message_count: 0,
    member_count: 1,
    total_message_sent: 0,
    flags: 0,
    thread_metadata: {
      archived: false,
      auto_archive_duration: Number(body.auto_archive_duration ?? 4320),
      archive_timestamp: now,
      locked: false,
      create_timestamp: now,
      ...(fromMessage ? {} : { invitable: body.invitable !== false }),
    },
    member: { id, user_id: state.botUser.id, join_timestamp: now, flags: 0 },
  };
  state.channels.set(thread.id, thread);
  return { status: 201, body: thread };
}

/**
 * PATCH /channels/{id} for threads (resources/channel "Modify Channel", thread params): unarchiving
 * an unlocked thread needs SEND_MESSAGES; archiving or locking needs MANAGE_THREADS; an archived
 * thread only accepts a request that unarchives it.
 */
function modifyChannel(ctx: RouteContext): RouteResult {
  const { state, params, body } = ctx;
  const channel = state.channels.get(params.channelId!);
  if (!channel) return unknownChannel();
  const perms = botPermissions(state, channel.id);
  if (!isThread(channel)) {
    if (!hasAll(perms, PermissionFlagsBits.ManageChannels)) return missingPermissions();
    if (typeof body.name === 'string') channel.name = body.name;
    return { status: 200, body: channel };
  }
  const meta = channel.thread_metadata as { archived: boolean; locked: boolean; archive_timestamp: string };
  if (meta.archived && body.archived !== false) return archivedThread();
  const lockedAfter = typeof body.locked === 'boolean' ? body.locked : meta.locked;
  const plainUnarchive = body.archived === false && !lockedAfter;
  const needed = plainUnarchive ? PermissionFlagsBits.SendMessagesInThreads : PermissionFlagsBits.ManageThreads;
  if (!hasAll(perms, needed)) return missingPermissions();
  const invalid = limitsFailure(state, (errs) => errs.maxLength(['name'], body.name, 100, 1));
  if (invalid) return invalid;
  if (typeof body.name === 'string') channel.name = body.name;
  if (typeof body.locked === 'boolean') meta.locked = body.locked;
  if (typeof body.archived === 'boolean') {
    meta.archived = body.archived;
    meta.archive_timestamp = new Date().toISOString();
  }
  if (typeof body.auto_archive_duration === 'number') (meta as Json).auto_archive_duration = body.auto_archive_duration;
  state.events.emit('change');
  return { status: 200, body: channel };
}

function storeCommands(ctx: RouteContext, guildId?: string): RouteResult {
  const { state, params, body } = ctx;
  if (params.appId !== state.opts.applicationId) return error(403, 50001, 'Missing Access');
  if (guildId && !state.guilds.has(guildId)) return error(403, 50001, 'Missing Access');
  const list = Array.isArray(body) ? (body as Json[]) : [];
  const invalid = limitsFailure(state, (errs) => checkCommands(list, errs));
  if (invalid) return invalid;
  const previous = guildId ? (state.commands.guild.get(guildId) ?? []) : state.commands.global;
  const stored = list.map((c) => {
    const type = Number(c.type ?? 1);
    const old = previous.find((p) => p.name === c.name && p.type === type);
    return {
      default_member_permissions: null,
      nsfw: false,
      integration_types: [0],
      contexts: null,
      description: '',
      ...c,
      id: (old?.id as string | undefined) ?? snowflake(),
      application_id: state.opts.applicationId,
      version: snowflake(),
      type,
      ...(guildId ? { guild_id: guildId } : {}),
    };
  });
  if (guildId) state.commands.guild.set(guildId, stored);
  else state.commands.global = stored;
  return { status: 200, body: stored };
}

function applicationObject(state: FakeState) {
  return {
    id: state.opts.applicationId,
    name: state.botUser.username,
    icon: null,
    description: '',
    summary: '',
    type: null,
    bot: state.botUser,
    bot_public: false,
    bot_require_code_grant: false,
    verify_key: '0'.repeat(64),
    flags: state.opts.applicationFlags,
    owner: makeUser({ id: '1', username: 'owner' }),
    team: null,
    tags: [],
    approximate_guild_count: state.guilds.size,
    redirect_uris: [],
    interactions_endpoint_url: null,
    integration_types_config: { '0': {} },
  };
}

export interface Route {
  method: string;
  pattern: string;
  name: string;
  handler: Handler;
}

export const routes: Route[] = [
  {
    method: 'GET',
    pattern: '/gateway/bot',
    name: 'gatewayBot',
    handler: ({ state }) => ({
      status: 200,
      body: {
        url: state.gatewayUrl,
        shards: state.opts.recommendedShards,
        session_start_limit: {
          total: 1000,
          remaining: 1000 - state.identifyCount,
          reset_after: 86_400_000,
          max_concurrency: 16,
        },
      },
    }),
  },
  {
    method: 'GET',
    pattern: '/gateway',
    name: 'gateway',
    handler: ({ state }) => ({ status: 200, body: { url: state.gatewayUrl } }),
  },
  {
    method: 'GET',
    pattern: '/users/@me',
    name: 'getCurrentUser',
    handler: ({ state }) => ({ status: 200, body: state.botUser }),
  },
  {
    method: 'GET',
    pattern: '/users/:userId',
    name: 'getUser',
    handler: ({ state, params }) => {
      const user = state.users.get(params.userId!);
      return user ? { status: 200, body: user } : error(404, 10013, 'Unknown User');
    },
  },
  {
    method: 'GET',
    pattern: '/applications/@me',
    name: 'getApplication',
    handler: ({ state }) => ({ status: 200, body: applicationObject(state) }),
  },
  {
    method: 'GET',
    pattern: '/oauth2/applications/@me',
    name: 'getOauthApplication',
    handler: ({ state }) => ({ status: 200, body: applicationObject(state) }),
  },
  {
    method: 'POST',
    pattern: '/interactions/:id/:token/callback',
    name: 'interactionCallback',
    handler: interactionCallback,
  },
  {
    method: 'GET',
    pattern: '/webhooks/:appId/:token/messages/:messageId',
    name: 'getWebhookMessage',
    handler: getWebhookMessage,
  },
  {
    method: 'PATCH',
    pattern: '/webhooks/:appId/:token/messages/:messageId',
    name: 'editWebhookMessage',
    handler: editWebhookMessage,
  },
  {
    method: 'DELETE',
    pattern: '/webhooks/:appId/:token/messages/:messageId',
    name: 'deleteWebhookMessage',
    handler: deleteWebhookMessage,
  },
  { method: 'POST', pattern: '/webhooks/:appId/:token', name: 'createFollowUp', handler: createFollowUp },
  {
    method: 'GET',
    pattern: '/channels/:channelId',
    name: 'getChannel',
    handler: ({ state, params }) => {
      const channel = state.channels.get(params.channelId!);
      return channel ? { status: 200, body: channel } : unknownChannel();
    },
  },
  { method: 'POST', pattern: '/channels/:channelId/messages', name: 'createMessage', handler: createChannelMessage },
  {
    method: 'GET',
    pattern: '/channels/:channelId/messages/:messageId',
    name: 'getMessage',
    handler: channelMessage((_ctx, m) => ({ status: 200, body: m })),
  },
  {
    method: 'PATCH',
    pattern: '/channels/:channelId/messages/:messageId',
    name: 'editMessage',
    handler: channelMessage((ctx, m) => {
      if (m.author.id !== ctx.state.botUser.id)
        return error(403, 50005, 'Cannot edit a message authored by another user');
      const blocked = editableThread(ctx.state, m.channel_id);
      if (blocked) return blocked;
      const invalid = limitsFailure(ctx.state, (errs) => checkMessage(ctx.body, errs));
      return invalid ?? { status: 200, body: ctx.state.storeMessage(applyEdit(ctx.state, m, ctx.body, ctx.files)) };
    }),
  },
  {
    method: 'DELETE',
    pattern: '/channels/:channelId/messages/:messageId',
    name: 'deleteMessage',
    handler: channelMessage((ctx, m) => {
      ctx.state.messages.delete(m.id);
      return { status: 204 };
    }),
  },
  {
    method: 'PUT',
    pattern: '/channels/:channelId/messages/:messageId/reactions/:emoji/@me',
    name: 'addReaction',
    handler: channelMessage(() => ({ status: 204 })),
  },
  {
    method: 'POST',
    pattern: '/channels/:channelId/typing',
    name: 'typing',
    handler: ({ state, params }) => (state.channels.has(params.channelId!) ? { status: 204 } : unknownChannel()),
  },
  {
    method: 'POST',
    pattern: '/channels/:channelId/messages/:messageId/threads',
    name: 'startThreadFromMessage',
    handler: (ctx) => createThread(ctx, ctx.params.messageId),
  },
  {
    method: 'POST',
    pattern: '/channels/:channelId/threads',
    name: 'startThread',
    handler: (ctx) => createThread(ctx, undefined),
  },
  {
    method: 'PUT',
    pattern: '/channels/:channelId/thread-members/:userId',
    name: 'addThreadMember',
    handler: ({ state, params }) => {
      const channel = state.channels.get(params.channelId!);
      if (!channel) return unknownChannel();
      if (!isThread(channel)) return error(400, 50024, 'Cannot execute action on this channel type');
      return editableThread(state, channel.id) ?? { status: 204 };
    },
  },
  { method: 'PATCH', pattern: '/channels/:channelId', name: 'modifyChannel', handler: modifyChannel },
  {
    method: 'DELETE',
    pattern: '/channels/:channelId',
    name: 'deleteChannel',
    handler: ({ state, params }) => {
      const channel = state.channels.get(params.channelId!);
      if (!channel) return unknownChannel();
      state.channels.delete(params.channelId!);
      return { status: 200, body: channel };
    },
  },
  {
    method: 'POST',
    pattern: '/users/@me/channels',
    name: 'createDM',
    handler: ({ state, body }) => {
      const id = String(body.recipient_id ?? '');
      if (!/^\d+$/.test(id))
        return {
          status: 400,
          body: {
            code: 50035,
            message: 'Invalid Form Body',
            errors: {
              recipient_id: { _errors: [{ code: 'NUMBER_TYPE_COERCE', message: `Value "${id}" is not snowflake.` }] },
            },
          },
        };
      const user = state.users.get(id) ?? state.rememberUser(makeUser({ id }));
      return { status: 200, body: state.dmChannelFor(user) };
    },
  },
  {
    method: 'PUT',
    pattern: '/applications/:appId/commands',
    name: 'putGlobalCommands',
    handler: (ctx) => storeCommands(ctx),
  },
  {
    method: 'GET',
    pattern: '/applications/:appId/commands',
    name: 'getGlobalCommands',
    handler: ({ state }) => ({ status: 200, body: state.commands.global }),
  },
  {
    method: 'PUT',
    pattern: '/applications/:appId/guilds/:guildId/commands',
    name: 'putGuildCommands',
    handler: (ctx) => storeCommands(ctx, ctx.params.guildId),
  },
  {
    method: 'GET',
    pattern: '/applications/:appId/guilds/:guildId/commands',
    name: 'getGuildCommands',
    handler: ({ state, params }) => ({ status: 200, body: state.commands.guild.get(params.guildId!) ?? [] }),
  },
];

/** Finds the route for a decoded path; `@me`-style literals win over `:params`. */
export function matchRoute(method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
  const segments = path.split('/').filter(Boolean);
  for (const route of routes) {
    if (route.method !== method) continue;
    const pattern = route.pattern.split('/').filter(Boolean);
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const ok = pattern.every((p, i) => {
      if (p.startsWith(':')) return (params[p.slice(1)] = segments[i]!) !== '';
      return p === segments[i];
    });
    if (ok) return { route, params };
  }
  return undefined;
}
