// Low-level HTTP plumbing: reading and decoding request bodies (JSON or multipart with
// `payload_json` + `files[n]`), and the shape in which every REST call is recorded.

import type { IncomingMessage, ServerResponse } from 'node:http';

export interface RecordedFile {
  /** Form field name, e.g. `files[0]`. */
  field: string;
  /** File name as sent (what the bot passed to AttachmentBuilder / `files`). */
  name: string;
  contentType: string;
  bytes: Buffer;
  /** The bytes decoded as UTF-8 (convenient for text attachments). */
  content: string;
}

export interface RecordedCall {
  /** 1-based order of arrival. */
  seq: number;
  method: string;
  /** Decoded path without the `/api/v10` prefix, e.g. `/webhooks/1/tok/messages/@original`. */
  path: string;
  /** Path exactly as received (percent-encoded), including the `/api/vN` prefix. */
  rawPath: string;
  /** Name of the matched route (`interactionCallback`, `editOriginal`, ...) or `unknown`. */
  route: string;
  params: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** Parsed JSON body (for multipart: the parsed `payload_json` part). */
  body: unknown;
  files: RecordedFile[];
  status: number;
  response: unknown;
  /** performance.now() when the request arrived (monotonic; compare with handle.dispatchedAt). */
  time: number;
  /** Wall clock (ms since epoch) when the request arrived. */
  at: number;
  /** Set for interaction callbacks and interaction webhooks. */
  interaction?: { id?: string; token: string };
}

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Decodes a body the way Discord does: JSON, or multipart/form-data with `payload_json`. */
export async function parseBody(contentType: string, raw: Buffer): Promise<{ body: unknown; files: RecordedFile[] }> {
  if (raw.length === 0) return { body: undefined, files: [] };
  if (contentType.startsWith('multipart/form-data')) {
    // undici's Request (global in Node 20) implements the WHATWG multipart parser.
    const form = await new Request('http://fake.invalid/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: raw,
    }).formData();
    let body: unknown;
    const files: RecordedFile[] = [];
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = JSON.parse(value);
        continue;
      }
      const bytes = Buffer.from(await value.arrayBuffer());
      files.push({ field, name: value.name, contentType: value.type, bytes, content: bytes.toString('utf8') });
    }
    return { body, files };
  }
  const text = raw.toString('utf8');
  try {
    return { body: JSON.parse(text), files: [] };
  } catch {
    return { body: text, files: [] };
  }
}

export function sendJson(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) {
  if (status === 204 || body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  const text = JSON.stringify(body);
  res
    .writeHead(status, {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(text)),
      ...headers,
    })
    .end(text);
}

export function flattenHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}
