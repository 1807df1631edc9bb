/**
 * Environment parsed once, at start-up, into a typed config. Every problem names the variable and
 * the fix; nothing else in the code reads process.env.
 */
import { z } from 'zod';
import { err, ok, type Result } from './core/result.js';
import { parseShardingEnv, type ShardingConfig } from './shard/shard-config.js';

const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

const optionalText = z
  .string()
  .transform((s) => s.trim())
  .transform((s) => (s === '' ? undefined : s))
  .optional();

const envSchema = z.object({
  DISCORD_TOKEN: optionalText,
  DISCORD_CLIENT_ID: optionalText.refine((v) => v === undefined || /^\d{15,22}$/.test(v), {
    message: 'must be the application id (a 15-22 digit number from the Developer Portal)',
  }),
  DISCORD_API_URL: optionalText.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), {
    message: 'must be an http(s) URL such as https://discord.com/api',
  }),
  DISCORD_REST_PER_SECOND: optionalText.refine(
    (v) => v === undefined || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 10_000),
    { message: "must be a whole number from 1 to 10000 (Discord's global limit for this bot; usually 50)" },
  ),
  STORE_URL: optionalText.refine((v) => v === undefined || /^(sqlite:\/\/|redis:\/\/|rediss:\/\/)/.test(v), {
    message: 'must start with sqlite:// (a file path) or redis:// (a Redis server)',
  }),
  PROFILE_SECRET: optionalText.refine((v) => v === undefined || v.length >= 16, {
    message: 'must be at least 16 characters (use `openssl rand -base64 32`)',
  }),
  PROFILE_SECRET_PREVIOUS: optionalText,
  PROFILE_KEY_FILE: optionalText,
  LOG_FILE: optionalText,
  LOG_LEVEL: optionalText.refine((v) => v === undefined || (LOG_LEVELS as readonly string[]).includes(v), {
    message: `must be one of ${LOG_LEVELS.join(', ')}`,
  }),
});

/** Whole numbers from the environment, within bounds; an empty value means "use the default". */
const boundedInt = (min: number, max: number) =>
  optionalText.refine((v) => v === undefined || (/^\d+$/.test(v) && Number(v) >= min && Number(v) <= max), {
    message: `must be a whole number from ${min} to ${max}`,
  });

/** Optional language model (issue 5). Without OPENAI_API_KEY every command works from rules alone. */
const llmEnvSchema = z.object({
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalText.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), {
    message: 'must be an http(s) URL of an OpenAI-compatible API, e.g. http://127.0.0.1:8080/v1',
  }),
  OPENAI_MODEL: optionalText,
  LLM_DAILY_QUOTA: boundedInt(0, 100_000),
  LLM_MAX_CONCURRENCY: boundedInt(1, 1000),
  LLM_DEADLINE_MS: boundedInt(1000, 600_000),
});

export interface LlmConfig {
  apiKey: string;
  baseURL?: string;
  model: string;
  /** Model calls per member per UTC day (0 turns the model off for members). */
  dailyQuota: number;
  /** Model calls in flight at once (see src/llm/guard.ts). */
  maxConcurrency: number;
  /** Overall budget of one command's model work, ms (inside Discord's 15-minute follow-up window). */
  deadlineMs: number;
}

export const LLM_DEFAULTS = {
  model: 'gpt-4o-mini',
  dailyQuota: 30,
  maxConcurrency: 4,
  deadlineMs: 30_000,
} as const;

/**
 * The language-model part of the config alone (the CLI reads only this, so an unrelated Discord
 * variable cannot break `advisor ask`). `undefined` when no key is set: the model is off.
 */
export function loadLlmConfig(env: Record<string, string | undefined> = process.env): Result<LlmConfig | undefined> {
  const parsed = llmEnvSchema.safeParse(env);
  if (!parsed.success) {
    return err(parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`));
  }
  const e = parsed.data;
  if (!e.OPENAI_API_KEY) return ok(undefined);
  const int = (v: string | undefined, fallback: number) => (v === undefined ? fallback : Number(v));
  return ok({
    apiKey: e.OPENAI_API_KEY,
    ...(e.OPENAI_BASE_URL ? { baseURL: e.OPENAI_BASE_URL } : {}),
    model: e.OPENAI_MODEL ?? LLM_DEFAULTS.model,
    dailyQuota: int(e.LLM_DAILY_QUOTA, LLM_DEFAULTS.dailyQuota),
    maxConcurrency: int(e.LLM_MAX_CONCURRENCY, LLM_DEFAULTS.maxConcurrency),
    deadlineMs: int(e.LLM_DEADLINE_MS, LLM_DEFAULTS.deadlineMs),
  });
}

export interface Config {
  /** `restPerSecond`: the global request budget for the bot's own REST calls (default Discord's 50). */
  discord?: { token: string; clientId?: string; apiUrl?: string; restPerSecond?: number };
  /** sqlite://relative/or/absolute/path or redis://host:port */
  storeUrl: string;
  /** Current secret first, then older ones still accepted for reading (key rotation). */
  profileSecrets: string[];
  /** Where the generated secret lives when PROFILE_SECRET is unset (default secrets/profile.key). */
  profileKeyFile?: string;
  logLevel: (typeof LOG_LEVELS)[number];
  /** LOG_FILE: log lines are appended here instead of going to stderr. */
  logFile?: string;
  /** Present only when OPENAI_API_KEY is set. */
  llm?: LlmConfig;
  /** SHARD_COUNT / SHARD_LIST (src/shard/shard-config.ts); absent means one process. */
  sharding?: ShardingConfig;
}

export const DEFAULT_STORE_URL = 'sqlite://data/advisor.sqlite';

export function loadConfig(env: Record<string, string | undefined> = process.env): Result<Config> {
  const parsed = envSchema.safeParse(env);
  const llm = loadLlmConfig(env);
  if (!parsed.success || !llm.ok) {
    return err([
      ...(parsed.success ? [] : parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`)),
      ...(llm.ok ? [] : llm.error),
    ]);
  }
  const e = parsed.data;
  const previous = (e.PROFILE_SECRET_PREVIOUS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (previous.length && !e.PROFILE_SECRET) {
    return err(['PROFILE_SECRET_PREVIOUS: set only while rotating; PROFILE_SECRET (the new secret) is missing']);
  }
  const sharding = parseShardingEnv(env, e.STORE_URL ?? DEFAULT_STORE_URL, e.DISCORD_TOKEN !== undefined);
  if (!sharding.ok) return err(sharding.error);
  return ok({
    ...(e.DISCORD_TOKEN
      ? {
          discord: {
            token: e.DISCORD_TOKEN,
            ...(e.DISCORD_CLIENT_ID ? { clientId: e.DISCORD_CLIENT_ID } : {}),
            ...(e.DISCORD_API_URL ? { apiUrl: e.DISCORD_API_URL } : {}),
            ...(e.DISCORD_REST_PER_SECOND ? { restPerSecond: Number(e.DISCORD_REST_PER_SECOND) } : {}),
          },
        }
      : {}),
    storeUrl: e.STORE_URL ?? DEFAULT_STORE_URL,
    profileSecrets: e.PROFILE_SECRET ? [e.PROFILE_SECRET, ...previous] : [],
    ...(e.PROFILE_KEY_FILE ? { profileKeyFile: e.PROFILE_KEY_FILE } : {}),
    logLevel: (e.LOG_LEVEL as Config['logLevel'] | undefined) ?? 'info',
    ...(e.LOG_FILE ? { logFile: e.LOG_FILE } : {}),
    ...(llm.value ? { llm: llm.value } : {}),
    sharding: sharding.value,
  });
}
