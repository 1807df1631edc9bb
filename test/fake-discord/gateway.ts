// The gateway half of the fake: HELLO / IDENTIFY -> READY (+ GUILD_CREATE per owned guild),
// heartbeats, RESUME with replay, and routing of dispatches to the session owning a shard.

import type { IncomingMessage } from 'node:http';
import { GatewayIntentBits } from 'discord.js';
import { WebSocket, type WebSocketServer } from 'ws';
import { guildCreatePayload, readyPayload } from './payloads.js';
import { shardForGuild } from './snowflake.js';
import { randomUUID } from 'node:crypto';
import type { FakeState } from './state.js';

export interface IdentifyRecord {
  connectionId: number;
  shard: [number, number];
  intents: number;
  token: string;
  properties: unknown;
  /** The presence sent with IDENTIFY (status, activities), if any. */
  presence: unknown;
  at: number;
}

export interface GatewaySession {
  id: string;
  shard: [number, number];
  intents: number;
  seq: number;
  /** Dispatches sent in this session (kept for RESUME replay), newest last. */
  sent: Array<{ s: number; t: string; d: unknown }>;
  connection: GatewayConnection | undefined;
  /** False once the client closed it with 1000/1001 (Discord invalidates such sessions). */
  resumable: boolean;
}

export interface GatewayConnection {
  id: number;
  ws: WebSocket;
  query: URLSearchParams;
  session: GatewaySession | undefined;
  heartbeats: number;
  closeCode: number | undefined;
}

export interface DispatchOptions {
  /** Send to the session of this shard id instead of routing by guild_id. */
  shard?: number;
}

const MAX_REPLAY = 200;

/** Intents an app must switch on in the Developer Portal before it may ask for them. */
export const PRIVILEGED_INTENTS =
  GatewayIntentBits.GuildMembers | GatewayIntentBits.GuildPresences | GatewayIntentBits.MessageContent;

export class FakeGateway {
  readonly connections: GatewayConnection[] = [];
  readonly sessions = new Map<string, GatewaySession>();
  readonly identifies: IdentifyRecord[] = [];
  /** IDENTIFYs the gateway refused by closing the connection (e.g. 4014 for a privileged intent). */
  readonly refused: Array<{ connectionId: number; code: number; intents: number }> = [];
  /** Every payload the clients sent (identify, heartbeat, presence, ...). */
  readonly received: Array<{ connectionId: number; op: number; d: unknown; at: number }> = [];
  private nextConnectionId = 1;

  constructor(
    private readonly state: FakeState,
    wss: WebSocketServer,
    private readonly opts: { heartbeatIntervalMs: number; token?: string | undefined },
  ) {
    wss.on('connection', (ws, req) => this.onConnection(ws, req));
  }

  private onConnection(ws: WebSocket, req: IncomingMessage): void {
    const conn: GatewayConnection = {
      id: this.nextConnectionId++,
      ws,
      query: new URL(req.url ?? '/', 'ws://fake').searchParams,
      session: undefined,
      heartbeats: 0,
      closeCode: undefined,
    };
    this.connections.push(conn);
    ws.on('message', (raw, isBinary) => {
      if (isBinary) return ws.close(4002, 'Error while decoding payload.');
      let packet: { op: number; d: any };
      try {
        packet = JSON.parse(raw.toString());
      } catch {
        return ws.close(4002, 'Error while decoding payload.');
      }
      this.received.push({ connectionId: conn.id, op: packet.op, d: packet.d, at: performance.now() });
      this.onPacket(conn, packet);
    });
    ws.on('close', (code) => {
      conn.closeCode = code;
      const session = conn.session;
      if (session?.connection === conn) {
        session.connection = undefined;
        if (code === 1000 || code === 1001) session.resumable = false;
      }
      this.state.events.emit('change');
    });
    this.send(conn, { op: 10, d: { heartbeat_interval: this.opts.heartbeatIntervalMs, _trace: ['fake-gateway'] } });
  }

  private send(conn: GatewayConnection, payload: { op: number; d: unknown; s?: number | null; t?: string | null }) {
    if (conn.ws.readyState !== WebSocket.OPEN) return;
    conn.ws.send(JSON.stringify({ s: null, t: null, ...payload }));
  }

  private onPacket(conn: GatewayConnection, packet: { op: number; d: any }): void {
    switch (packet.op) {
      case 1: // Heartbeat
        conn.heartbeats++;
        this.send(conn, { op: 11, d: null });
        break;
      case 2: // Identify
        this.identify(conn, packet.d);
        break;
      case 6: // Resume
        this.resume(conn, packet.d);
        break;
      default: // presence (3), voice (4), request members (8)...: recorded only
        break;
    }
  }

  private identify(
    conn: GatewayConnection,
    d: { token?: string; intents?: number; shard?: [number, number]; properties?: unknown; presence?: unknown },
  ) {
    if (conn.session) return conn.ws.close(4005, 'Already authenticated.');
    if (!d?.token || (this.opts.token && d.token !== this.opts.token && d.token !== `Bot ${this.opts.token}`)) {
      return conn.ws.close(4004, 'Authentication failed.');
    }
    const shard: [number, number] = d.shard ?? [0, 1];
    if (shard[1] < 1 || shard[0] < 0 || shard[0] >= shard[1]) return conn.ws.close(4010, 'Invalid shard.');
    const disallowed = (d.intents ?? 0) & PRIVILEGED_INTENTS & ~this.state.opts.privilegedIntents;
    if (disallowed) {
      this.refused.push({ connectionId: conn.id, code: 4014, intents: disallowed });
      return conn.ws.close(4014, 'Disallowed intent(s).');
    }
    this.state.identifyCount++;
    this.identifies.push({
      connectionId: conn.id,
      shard,
      intents: d.intents ?? 0,
      token: d.token,
      properties: d.properties,
      presence: d.presence,
      at: performance.now(),
    });
    const session: GatewaySession = {
      id: randomUUID().replaceAll('-', ''),
      shard,
      intents: d.intents ?? 0,
      seq: 0,
      sent: [],
      connection: conn,
      resumable: true,
    };
    this.sessions.set(session.id, session);
    conn.session = session;
    const guilds = [...this.state.guilds.values()].filter((g) => shardForGuild(g.id, shard[1]) === shard[0]);
    this.sendDispatch(
      session,
      'READY',
      readyPayload({
        botUser: this.state.botUser,
        applicationId: this.state.opts.applicationId,
        applicationFlags: this.state.opts.applicationFlags,
        guildIds: guilds.map((g) => g.id),
        sessionId: session.id,
        resumeUrl: this.state.gatewayUrl,
        shard,
      }),
    );
    for (const guild of guilds)
      this.sendDispatch(session, 'GUILD_CREATE', guildCreatePayload(guild, this.state.botUser));
    this.state.events.emit('change');
  }

  private resume(conn: GatewayConnection, d: { token?: string; session_id?: string; seq?: number | null }) {
    const session = d?.session_id ? this.sessions.get(d.session_id) : undefined;
    if (!session || !session.resumable) {
      this.send(conn, { op: 9, d: false });
      return;
    }
    session.connection = conn;
    conn.session = session;
    for (const event of session.sent) {
      if (event.s > (d.seq ?? 0)) this.send(conn, { op: 0, s: event.s, t: event.t, d: event.d });
    }
    this.sendDispatch(session, 'RESUMED', { _trace: ['fake-gateway'] });
    this.state.events.emit('change');
  }

  private sendDispatch(session: GatewaySession, t: string, d: unknown): number {
    const s = ++session.seq;
    session.sent.push({ s, t, d });
    if (session.sent.length > MAX_REPLAY) session.sent.shift();
    if (session.connection) this.send(session.connection, { op: 0, s, t, d });
    return s;
  }

  /** Sessions that can still receive events (connected now, or waiting to RESUME). */
  liveSessions(): GatewaySession[] {
    return [...this.sessions.values()].filter((s) => s.resumable);
  }

  /**
   * The session that owns an event: `opts.shard` if given, else the guild's shard
   * (`(guild_id >> 22) % shard_count`), else shard 0 (DMs). The newest matching session wins.
   */
  sessionFor(data: unknown, opts: DispatchOptions = {}): GatewaySession {
    const guildId = (data as { guild_id?: unknown } | null)?.guild_id;
    const sessions = this.liveSessions().reverse();
    const session = sessions.find((s) => {
      if (opts.shard !== undefined) return s.shard[0] === opts.shard;
      if (typeof guildId === 'string') return s.shard[0] === shardForGuild(guildId, s.shard[1]);
      return s.shard[0] === 0;
    });
    if (!session) {
      const target =
        opts.shard !== undefined
          ? `shard ${opts.shard}`
          : typeof guildId === 'string'
            ? `guild ${guildId}`
            : 'shard 0 (DMs)';
      const have = sessions.map((s) => `[${s.shard.join('/')}]`).join(', ') || 'none';
      throw new Error(`fake-discord: no gateway session owns ${target} (sessions: ${have}); did the client log in?`);
    }
    return session;
  }

  /** Sends a dispatch (op 0) to the owning session; returns the shard id and sequence number. */
  dispatch(
    event: string,
    data: unknown,
    opts: DispatchOptions = {},
  ): { shard: number; seq: number; session: GatewaySession } {
    const session = this.sessionFor(data, opts);
    return { shard: session.shard[0], seq: this.sendDispatch(session, event, data), session };
  }

  /** Asks the client on a shard to reconnect (op 7); discord.js then RESUMEs. */
  requestReconnect(shard: number): void {
    const session = this.sessionFor(null, { shard });
    if (session.connection) this.send(session.connection, { op: 7, d: null });
  }

  /** Closes every open connection with `code` and waits until they are gone. */
  async closeAll(code: number, reason: string): Promise<void> {
    const open = this.connections.filter(
      (c) => c.ws.readyState === WebSocket.OPEN || c.ws.readyState === WebSocket.CONNECTING,
    );
    await Promise.all(
      open.map(
        (c) =>
          new Promise<void>((resolve) => {
            const timer = setTimeout(() => {
              c.ws.terminate();
              resolve();
            }, 1000);
            c.ws.once('close', () => {
              clearTimeout(timer);
              resolve();
            });
            c.ws.close(code, reason);
          }),
      ),
    );
  }
}
