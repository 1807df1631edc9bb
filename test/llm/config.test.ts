import { describe, expect, it } from 'vitest';
import { LLM_DEFAULTS, loadConfig, loadLlmConfig } from '../../src/config.js';

describe('LLM configuration', () => {
  it('is absent without OPENAI_API_KEY, whatever else is set', () => {
    const r = loadConfig({ OPENAI_MODEL: 'x', LLM_DAILY_QUOTA: '5' });
    expect(r.ok && r.value.llm).toBeUndefined();
    expect(loadLlmConfig({ OPENAI_API_KEY: '  ' })).toEqual({ ok: true, value: undefined });
  });

  it('uses the defaults with only a key', () => {
    const r = loadConfig({ OPENAI_API_KEY: 'sk-test' });
    expect(r.ok && r.value.llm).toEqual({ apiKey: 'sk-test', ...LLM_DEFAULTS });
  });

  it('reads every variable', () => {
    const r = loadLlmConfig({
      OPENAI_API_KEY: 'k',
      OPENAI_BASE_URL: 'http://127.0.0.1:8080/v1',
      OPENAI_MODEL: 'llama3',
      LLM_DAILY_QUOTA: '0',
      LLM_MAX_CONCURRENCY: '1',
      LLM_DEADLINE_MS: '600000',
    });
    expect(r).toEqual({
      ok: true,
      value: {
        apiKey: 'k',
        baseURL: 'http://127.0.0.1:8080/v1',
        model: 'llama3',
        dailyQuota: 0,
        maxConcurrency: 1,
        deadlineMs: 600_000,
      },
    });
  });

  it('names each bad variable and the fix, together with other config problems', () => {
    const r = loadConfig({
      OPENAI_API_KEY: 'k',
      OPENAI_BASE_URL: 'localhost:8080',
      LLM_MAX_CONCURRENCY: '0',
      LLM_DEADLINE_MS: '600001',
      LLM_DAILY_QUOTA: 'lots',
      LOG_LEVEL: 'loud',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toEqual([
      'LOG_LEVEL: must be one of debug, info, warn, error, silent',
      'OPENAI_BASE_URL: must be an http(s) URL of an OpenAI-compatible API, e.g. http://127.0.0.1:8080/v1',
      'LLM_DAILY_QUOTA: must be a whole number from 0 to 100000',
      'LLM_MAX_CONCURRENCY: must be a whole number from 1 to 1000',
      'LLM_DEADLINE_MS: must be a whole number from 1000 to 600000',
    ]);
  });
});
