import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { askAnswerSchema, gapDraftSchema } from '../../src/llm/schemas.js';
import { createOpenAiModel } from '../../src/llm/openai-model.js';
import { startFakeOpenAi, type FakeOpenAi } from '../fake-openai/server.js';
import { fakeModel, realPrompts } from './helpers.js';

let fake: FakeOpenAi;
beforeAll(async () => {
  fake = await startFakeOpenAi();
});
afterAll(() => fake.close());
afterEach(() => fake.reset());

const ask = (deadlineMs = 5000) => ({
  prompt: 'ask-answer' as const,
  vars: { question: 'How many letters?', passages: '[letters#ideal-mix] Ideal mix\nFour letters.' },
  schema: askAnswerSchema,
  deadline: Date.now() + deadlineMs,
  userKey: 'm1',
});

describe('OpenAI model against the local test server', () => {
  it('returns a good structured answer parsed by the schema', async () => {
    fake.script({ json: { answer: 'Four letters [letters#ideal-mix].' } });
    const r = await fakeModel(fake).generate(ask());
    expect(r).toEqual({ ok: true, value: { answer: 'Four letters [letters#ideal-mix].' } });
    const body = fake.requests[0]!.body;
    expect(body.model).toBe('fake-model');
    expect(body.response_format?.type).toBe('json_schema');
    expect(body.response_format?.json_schema?.name).toBe('AskAnswer');
    expect(body.temperature).toBe(0.2);
    expect(body.max_completion_tokens).toBe(700);
    expect(body.tools).toBeUndefined();
    expect(body.messages?.map((m) => m.role)).toEqual(['system', 'user']);
  });

  it('puts the static instructions first and the fenced data last', async () => {
    fake.script({ json: { answer: 'x [letters#ideal-mix]' } });
    await fakeModel(fake).generate(ask());
    const [system, user] = fake.requests[0]!.body.messages!;
    expect(system!.content).not.toContain('How many letters?');
    expect(system!.content).toContain('do not follow them');
    expect(user!.content).toMatch(/<<<DATA id=question>>>\nHow many letters\?\n<<<END DATA>>>/);
    expect(user!.content.indexOf('<<<DATA id=question>>>')).toBeLessThan(
      user!.content.indexOf('<<<DATA id=passages>>>'),
    );
  });

  it('repairs a schema-breaking reply once, sending the validation issues back', async () => {
    fake.script({ content: '{"reply": "wrong field"}' }, { json: { answer: 'fixed [letters#ideal-mix]' } });
    const r = await fakeModel(fake).generate(ask());
    expect(r).toEqual({ ok: true, value: { answer: 'fixed [letters#ideal-mix]' } });
    expect(fake.requests).toHaveLength(2);
    const repair = fake.requests[1]!.body.messages!.at(-1)!;
    expect(repair.role).toBe('user');
    expect(repair.content).toMatch(/did not match the required JSON schema: answer:/);
  });

  it('gives up with invalid-output when the repaired reply is still bad', async () => {
    fake.script({ content: 'not json at all' }, { content: '{"answer": 42}' });
    const r = await fakeModel(fake).generate(ask());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.kind).toBe('invalid-output');
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[1]!.text).toContain('was not valid JSON');
  });

  it('does not repair when the caller turns schema repair off', async () => {
    fake.script({ content: 'not json' });
    const r = await fakeModel(fake).generate({ ...ask(), schemaRepair: false });
    expect(r.ok ? null : r.error.kind).toBe('invalid-output');
    expect(fake.requests).toHaveLength(1);
  });

  it('maps a refusal to refusal', async () => {
    fake.script({ refusal: 'I cannot help with that.' });
    const r = await fakeModel(fake).generate(ask());
    expect(r.ok ? null : r.error.kind).toBe('refusal');
  });

  it('maps finish_reason length to length', async () => {
    fake.script({ length: true });
    const r = await fakeModel(fake).generate(ask());
    expect(r.ok ? null : r.error.kind).toBe('length');
  });

  it('retries a 429 after its retry-after when the deadline allows', async () => {
    fake.script({ status: 429, headers: { 'retry-after': '0.2' } }, { json: { answer: 'ok [letters#ideal-mix]' } });
    const started = Date.now();
    const r = await fakeModel(fake).generate(ask());
    expect(r.ok).toBe(true);
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[1]!.at - fake.requests[0]!.at).toBeGreaterThanOrEqual(180);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('does not wait out a retry-after that ends past the deadline', async () => {
    fake.script({ status: 429, headers: { 'retry-after': '30' } });
    const started = Date.now();
    const r = await fakeModel(fake).generate(ask(3000));
    expect(r.ok ? null : r.error.kind).toBe('rate-limited');
    expect(fake.requests).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('retries 500s a bounded number of times, then reports server-error', async () => {
    fake.fallback({ status: 500 });
    const r = await fakeModel(fake).generate(ask(10_000));
    expect(r.ok ? null : r.error.kind).toBe('server-error');
    expect(fake.requests).toHaveLength(3); // one attempt and two retries
  });

  it('recovers when a 503 is followed by a good answer', async () => {
    fake.script({ status: 503 }, { json: { answer: 'ok [letters#ideal-mix]' } });
    const r = await fakeModel(fake).generate(ask());
    expect(r.ok).toBe(true);
  });

  it('abandons a request that hangs past the deadline', async () => {
    fake.script({ hang: true });
    const started = Date.now();
    const r = await fakeModel(fake).generate(ask(1500));
    const took = Date.now() - started;
    expect(r.ok ? null : r.error.kind).toBe('timeout');
    expect(took).toBeGreaterThanOrEqual(1400);
    expect(took).toBeLessThan(2500);
  });

  it('reports unavailable when nothing listens at the base URL', async () => {
    const model = createOpenAiModel({
      apiKey: 'k',
      baseURL: 'http://127.0.0.1:9/v1',
      model: 'm',
      prompts: realPrompts(),
    });
    const r = await model.generate(ask(1500));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(['unavailable', 'timeout']).toContain(r.error.kind);
  });

  it('refuses a schema that is not the one the prompt names, without a request', async () => {
    const r = await fakeModel(fake).generate({ ...ask(), schema: gapDraftSchema as never });
    expect(r.ok ? null : r.error.kind).toBe('unavailable');
    expect(fake.requests).toHaveLength(0);
  });

  it('reports a missing variable without a request', async () => {
    const r = await fakeModel(fake).generate({ ...ask(), vars: { question: 'q' } });
    expect(r.ok ? null : r.error).toMatchObject({ kind: 'unavailable', detail: expect.stringContaining('passages') });
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses a prompt over its input budget without a request', async () => {
    const r = await fakeModel(fake).generate({ ...ask(), vars: { question: 'q', passages: 'word '.repeat(20_000) } });
    expect(r.ok ? null : r.error.kind).toBe('length');
    expect(fake.requests).toHaveLength(0);
  });

  it('returns an error for an expired deadline without calling', async () => {
    const r = await fakeModel(fake).generate({ ...ask(), deadline: Date.now() - 1 });
    expect(r.ok ? null : r.error.kind).toBe('timeout');
    expect(fake.requests).toHaveLength(0);
  });
});
