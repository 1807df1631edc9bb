/**
 * A local OpenAI-compatible server for tests: real HTTP on 127.0.0.1, `POST /v1/chat/completions`.
 * It records every request and answers from a script, one entry per request in order; with the
 * script empty it answers 400 (not retried by the client), so an unexpected call fails loudly.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: {
    model?: string;
    messages?: Array<{ role: string; content: string }>;
    temperature?: number;
    max_completion_tokens?: number;
    response_format?: { type: string; json_schema?: { name: string; schema: unknown; strict?: boolean } };
    [k: string]: unknown;
  };
  /** All message contents joined: what the model was shown. */
  text: string;
  at: number;
}

export type Scripted =
  /** A good structured answer: `content` is this value as JSON. */
  | { json: unknown }
  /** Raw content: non-JSON, or JSON that breaks the schema. */
  | { content: string }
  | { refusal: string }
  /** `finish_reason: "length"` with a cut-off content. */
  | { length: true }
  /** An HTTP error. */
  | { status: number; body?: unknown; headers?: Record<string, string> }
  /** Never answers (the socket is closed when the server closes, or after `ms`). */
  | { hang: true; ms?: number }
  | ((req: RecordedRequest) => Scripted);

export interface FakeOpenAi {
  /** Base URL for the SDK, ending in /v1. */
  url: string;
  requests: RecordedRequest[];
  /** Queue responses for the next requests, in order. */
  script(...responses: Scripted[]): void;
  /** What every request gets once the queue is empty (default: a 400). */
  fallback(response: Scripted | undefined): void;
  reset(): void;
  close(): Promise<void>;
}

function completion(content: string | null, extra: { refusal?: string; finish?: string } = {}) {
  return {
    id: `chatcmpl-fake-${Math.random().toString(36).slice(2, 10)}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: 'fake-model',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, refusal: extra.refusal ?? null },
        finish_reason: extra.finish ?? 'stop',
        logprobs: null,
      },
    ],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  };
}

export async function startFakeOpenAi(): Promise<FakeOpenAi> {
  const requests: RecordedRequest[] = [];
  let queue: Scripted[] = [];
  let fallback: Scripted | undefined;
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: RecordedRequest['body'] = {};
      try {
        body = raw ? (JSON.parse(raw) as RecordedRequest['body']) : {};
      } catch {
        /* recorded as empty */
      }
      const recorded: RecordedRequest = {
        path: req.url ?? '',
        headers: req.headers,
        body,
        text: (body.messages ?? []).map((m) => m.content).join('\n'),
        at: Date.now(),
      };
      requests.push(recorded);
      if (req.method !== 'POST' || !recorded.path.startsWith('/v1/chat/completions')) {
        send(res, 404, { error: { message: `fake-openai: no route ${req.method} ${recorded.path}` } });
        return;
      }
      let step = queue.shift() ?? fallback;
      if (typeof step === 'function') step = step(recorded);
      if (!step) {
        send(res, 400, { error: { message: 'fake-openai: no scripted response', type: 'invalid_request_error' } });
        return;
      }
      if ('json' in step) send(res, 200, completion(JSON.stringify(step.json)));
      else if ('content' in step) send(res, 200, completion(step.content));
      else if ('refusal' in step) send(res, 200, completion(null, { refusal: step.refusal }));
      else if ('length' in step) send(res, 200, completion('{"answer": "cut of', { finish: 'length' }));
      else if ('status' in step)
        send(res, step.status, step.body ?? { error: { message: `fake ${step.status}` } }, step.headers);
      else if ('hang' in step) {
        if (step.ms !== undefined) {
          const t = setTimeout(() => {
            timers.delete(t);
            res.destroy();
          }, step.ms);
          timers.add(t);
        }
      }
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    script: (...r) => {
      queue.push(...r);
    },
    fallback: (r) => {
      fallback = r;
    },
    reset: () => {
      requests.length = 0;
      queue = [];
      fallback = undefined;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
