// A small fake Discord on 127.0.0.1: REST under `/api/v10` and a gateway WebSocket on the same
// port, so the real discord.js Client logs in, receives interactions and answers them, and tests
// can assert every REST call. Recommended teardown: `await client.destroy(); await fake.close();`

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { APIAttachment, APIMessage, APIUser } from 'discord.js';
import { FakeGateway, type DispatchOptions } from './gateway.js';
import { flattenHeaders, parseBody, readBody, sendJson, type RecordedCall } from './http.js';
import { InteractionBuilder } from './interactions.js';
import { MessageApi, type ChannelMessage } from './messages.js';
import { makeUser, resolveGuild, type FakeGuild, type GuildConfig } from './payloads.js';
import { matchRoute } from './routes.js';
import { FakeState, type ErrorInjection, type Json } from './state.js';
import { setBotOverwrite } from './permissions.js';
import type { PermissionInput } from './payloads.js';
import type { RateLimitOptions, RateLimitRecord } from './rate-limits.js';
import { GatewayIntentBits } from 'discord.js';

export type { RecordedCall, RecordedFile } from './http.js';
export type { InteractionHandle, CallbackBody } from './interactions.js';
export type { ChannelMessage, SentUserMessage } from './messages.js';
export type { FakeGuild, GuildConfig, PermissionInput } from './payloads.js';
export type { RateLimitOptions, RouteLimit, RateLimitRecord } from './rate-limits.js';
export { guildIdForShard, shardForGuild, snowflake } from './snowflake.js';

export interface FakeDiscordOptions {
  applicationId?: string;
  botUser?: Partial<APIUser>;
  /** If set, IDENTIFY and authenticated REST calls must carry this token. */
  token?: string;
  /** Guilds the bot is in (default: one guild with a `general` text channel; `[]` for none). */
  guilds?: GuildConfig[];
  /** Reject over-limit messages with Discord's 400 / 50035 (default true). */
  enforceLimits?: boolean;
  /** 404 Unknown Channel for messages to channels the fake does not know (default true). */
  strictChannels?: boolean;
  /** Interaction callbacks later than this fail with 10062 Unknown interaction (default 3000). */
  interactionDeadlineMs?: number;
  /** Default timeout of the wait helpers (default 5000). */
  waitTimeoutMs?: number;
  /** HELLO heartbeat_interval (default 41250, Discord's). */
  heartbeatIntervalMs?: number;
  /** `shards` returned by GET /gateway/bot (default 1). */
  recommendedShards?: number;
  /**
   * Privileged intents toggled on for the app in the Developer Portal (default none). IDENTIFY
   * asking for one that is not listed is closed with 4014, as Discord does.
   */
  privilegedIntents?: Array<'GuildMembers' | 'GuildPresences' | 'MessageContent'>;
  /** Interaction tokens stop working for follow-ups and edits after this (default 15 minutes): 10015. */
  interactionTokenLifetimeMs?: number;
  /** Global and per-route HTTP rate limits (default: Discord's 50 requests per second, no route buckets). */
  rateLimits?: Partial<RateLimitOptions>;
}

export class FakeDiscord {
  readonly interaction: InteractionBuilder;
  readonly message: MessageApi;
  private closed = false;

  constructor(
    private readonly state: FakeState,
    readonly gateway: FakeGateway,
    private readonly server: Server,
    private readonly wss: WebSocketServer,
    readonly port: number,
  ) {
    this.interaction = new InteractionBuilder(state, gateway);
    this.message = new MessageApi(state, gateway);
  }

  /** For `new Client({ rest: { api: fake.apiBase } })`. */
  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }
  get gatewayUrl(): string {
    return this.state.gatewayUrl;
  }
  get applicationId(): string {
    return this.state.opts.applicationId;
  }
  get botUser(): APIUser {
    return this.state.botUser;
  }
  get guilds(): FakeGuild[] {
    return [...this.state.guilds.values()];
  }
  /** Every REST request since start / the last reset(), in arrival order of completion. */
  get calls(): RecordedCall[] {
    return this.state.calls;
  }
  /** Requests that matched no route (answered 404): the bot called something unexpected. */
  unknownCalls(): RecordedCall[] {
    return this.state.calls.filter((c) => c.route === 'unknown');
  }
  /** Messages the fake holds (sent by the bot, or created by tests), by id. */
  messages(): Map<string, APIMessage> {
    return this.state.messages;
  }
  /** Registered application commands (global, or of one guild). */
  commands(guildId?: string): Json[] {
    return guildId ? (this.state.commands.guild.get(guildId) ?? []) : this.state.commands.global;
  }

  /** Sends a raw gateway dispatch, routed by `guild_id` (DMs: shard 0) unless `shard` is given. */
  dispatch(event: string, data: unknown, opts: DispatchOptions = {}): { shard: number; seq: number } {
    const { shard, seq } = this.gateway.dispatch(event, data, opts);
    return { shard, seq };
  }

  waitForChannelMessage(
    channelId: string,
    opts?: Parameters<MessageApi['waitForChannelMessage']>[1],
  ): Promise<ChannelMessage> {
    return this.message.waitForChannelMessage(channelId, opts);
  }

  /** Waits for the first recorded REST call matching `predicate`. */
  waitForCall(predicate: (call: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall> {
    return this.state.waitFor(() => this.state.calls.find(predicate), 'a matching REST call', timeoutMs);
  }

  /** An attachment (for options or user messages) whose URL this fake serves. */
  attachment(input: {
    filename: string;
    content: string | Buffer;
    contentType?: string;
    channelId?: string;
  }): APIAttachment {
    const bytes = typeof input.content === 'string' ? Buffer.from(input.content) : input.content;
    return this.state.addAttachment(
      input.channelId ?? '0',
      input.filename,
      input.contentType ?? 'application/octet-stream',
      bytes,
    );
  }

  /** Makes the next matching request(s) fail, e.g. `{ path: /\/callback$/, status: 429, body: {...} }`. */
  failNext(injection: ErrorInjection): void {
    this.state.injections.push({ ...injection, remaining: injection.times ?? 1 });
  }

  /** Changes enforcement settings on the fly (e.g. a short interaction deadline for one test). */
  configure(
    changes: Partial<
      Pick<
        FakeDiscordOptions,
        'enforceLimits' | 'strictChannels' | 'interactionDeadlineMs' | 'waitTimeoutMs' | 'interactionTokenLifetimeMs'
      >
    > & { rateLimits?: Partial<RateLimitOptions> },
  ): void {
    const { rateLimits, ...rest } = changes;
    const defined = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
    this.state.opts = { ...this.state.opts, ...defined };
    if (rateLimits) this.state.rateLimiter.opts = { ...this.state.rateLimiter.opts, ...rateLimits };
  }

  /**
   * Archives a thread the way Discord does after `auto_archive_duration` without activity (no
   * gateway event reaches the bot: its cache still says active until it looks).
   */
  autoArchive(threadId: string): void {
    const meta = this.state.channels.get(threadId)?.thread_metadata as { archived: boolean } | undefined;
    if (!meta) throw new Error(`fake-discord: ${threadId} is not a thread`);
    meta.archived = true;
  }

  /** A channel or thread as the fake holds it now (thread_metadata included). */
  channel(id: string): Record<string, unknown> | undefined {
    return this.state.channels.get(id);
  }

  /** Every 429 the fake's rate limiter answered since start / the last reset(). */
  rateLimited(): RateLimitRecord[] {
    return this.state.rateLimiter.limited;
  }

  /** The most non-interaction requests the fake accepted within any window (default 1 s). */
  peakRequestsPerWindow(windowMs?: number): number {
    return this.state.rateLimiter.peak(windowMs);
  }

  /**
   * Changes what the bot may do in a channel (an admin editing its permission overwrite).
   * `announce` sends CHANNEL_UPDATE so discord.js's cache knows; without it the bot only finds
   * out from a 50013 or 160002, as when its cache is stale.
   */
  setBotPermissions(
    channelId: string,
    change: { deny?: PermissionInput[]; allow?: PermissionInput[] },
    opts: { announce?: boolean } = {},
  ): void {
    const channel = setBotOverwrite(this.state, channelId, change);
    if (opts.announce) this.gateway.dispatch('CHANNEL_UPDATE', channel);
  }

  /** Forgets calls, messages, interactions, injected errors; keeps guilds, commands, sessions. */
  reset(): void {
    this.state.reset();
    this.message.reset();
  }

  /**
   * Closes gateway connections and the HTTP server. Call after `client.destroy()`: then no
   * connection is left and this only stops the server. A connection still open is closed with
   * `lingeringCloseCode` (default 4004, which discord.js treats as final); 1000 would make it
   * reconnect and, with the server gone, retry forever.
   */
  async close(opts: { lingeringCloseCode?: number } = {}): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.gateway.closeAll(opts.lingeringCloseCode ?? 4004, 'fake-discord is shutting down');
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  /** Handles one HTTP request: decode, record, route. */
  static async handle(state: FakeState, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const seq = state.nextCallSeq();
    const time = performance.now();
    const at = Date.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const raw = await readBody(req);

    const file = /^\/attachments\/\d+\/(\d+)\//.exec(url.pathname);
    if (file && method === 'GET') {
      const stored = state.files.get(file[1]!);
      if (!stored) return sendJson(res, 404, { code: 0, message: '404: Not Found' });
      res.writeHead(200, { 'content-type': stored.contentType, 'content-length': String(stored.bytes.length) });
      res.end(stored.bytes);
      return;
    }

    const api = /^\/api\/v\d+(\/.*)?$/.exec(url.pathname);
    const path = (api?.[1] ?? url.pathname).split('/').map(decodeURIComponent).join('/');
    const call: RecordedCall = {
      seq,
      method,
      path,
      rawPath: url.pathname,
      route: 'unknown',
      params: {},
      query: Object.fromEntries(url.searchParams),
      headers: flattenHeaders(req),
      body: undefined,
      files: [],
      status: 0,
      response: undefined,
      time,
      at,
    };
    let result: { status: number; body?: unknown; headers?: Record<string, string> };
    let limit: ReturnType<FakeState['rateLimiter']['take']> | undefined;
    try {
      const parsed = await parseBody(req.headers['content-type'] ?? '', raw);
      call.body = parsed.body;
      call.files = parsed.files;
      const match = api ? matchRoute(method, path) : undefined;
      const injected = state.takeInjection(method, path);
      if (match) {
        call.route = match.route.name;
        call.params = match.params;
      }
      const token = state.opts.token;
      const needsAuth = match && match.route.name !== 'interactionCallback' && !path.startsWith('/webhooks/');
      const major = match
        ? (match.params.channelId ?? match.params.guildId ?? (match.params.token ? match.params.token : ''))
        : '';
      limit = match
        ? state.rateLimiter.take(match.route.name, major, req.headers.authorization ?? 'anonymous', Date.now())
        : undefined;
      if (limit?.limited) result = limit.limited;
      else if (injected)
        result = {
          status: injected.status,
          body: injected.body,
          ...(injected.headers ? { headers: injected.headers } : {}),
        };
      else if (needsAuth && token && req.headers.authorization !== `Bot ${token}`) {
        result = { status: 401, body: { code: 0, message: '401: Unauthorized' } };
      } else if (match) {
        const body = (call.body ?? {}) as Json;
        result = match.route.handler({ state, call, params: match.params, body, files: call.files });
      } else result = { status: 404, body: { code: 0, message: '404: Not Found' } };
    } catch (err) {
      result = {
        status: 500,
        body: { code: 0, message: `fake-discord error: ${(err as Error).stack ?? String(err)}` },
      };
    }
    if (limit && !limit.limited) result = { ...result, headers: { ...limit.headers, ...(result.headers ?? {}) } };
    call.status = result.status;
    call.response = result.body;
    state.record(call);
    sendJson(res, result.status, result.body, result.headers);
  }
}

/** Starts a fake Discord on 127.0.0.1 with an ephemeral port. */
export async function startFakeDiscord(opts: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const applicationId = opts.applicationId ?? '1200000000000000001';
  const botUser = makeUser({
    id: applicationId,
    username: 'IMG Informatics Advisor',
    global_name: null,
    bot: true,
    ...opts.botUser,
  });
  const privileged = opts.privilegedIntents ?? [];
  const state = new FakeState({
    applicationId,
    // The portal toggles show in the application's flags (GATEWAY_PRESENCE, _GUILD_MEMBERS, _MESSAGE_CONTENT).
    applicationFlags:
      (privileged.includes('GuildPresences') ? 1 << 12 : 0) |
      (privileged.includes('GuildMembers') ? 1 << 14 : 0) |
      (privileged.includes('MessageContent') ? 1 << 18 : 0),
    botUser,
    guilds: (opts.guilds ?? [{}]).map((g) => resolveGuild(g, botUser)),
    enforceLimits: opts.enforceLimits ?? true,
    strictChannels: opts.strictChannels ?? true,
    interactionDeadlineMs: opts.interactionDeadlineMs ?? 3000,
    waitTimeoutMs: opts.waitTimeoutMs ?? 5000,
    recommendedShards: opts.recommendedShards ?? 1,
    ...(opts.token !== undefined ? { token: opts.token } : {}),
    privilegedIntents: privileged.reduce((a, name) => a | GatewayIntentBits[name], 0),
    interactionTokenLifetimeMs: opts.interactionTokenLifetimeMs ?? 15 * 60_000,
    rateLimits: { globalPerSecond: 50, routes: {}, ...opts.rateLimits },
  });
  const server = createServer((req, res) => {
    FakeDiscord.handle(state, req, res).catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { code: 0, message: String(err) });
    });
  });
  const wss = new WebSocketServer({ server });
  const gateway = new FakeGateway(state, wss, {
    heartbeatIntervalMs: opts.heartbeatIntervalMs ?? 41_250,
    token: opts.token,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  state.httpBase = `http://127.0.0.1:${port}`;
  state.gatewayUrl = `ws://127.0.0.1:${port}`;
  return new FakeDiscord(state, gateway, server, wss, port);
}
