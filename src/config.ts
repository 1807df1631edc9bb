/**
 * Environment parsed once, at start-up, into a typed config. Every problem names the variable and
 * the fix; nothing else in the code reads process.env.
 */
import { z } from 'zod';
import { err, ok, type Result } from './core/result.js';

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
  STORE_URL: optionalText.refine((v) => v === undefined || /^(sqlite:\/\/|redis:\/\/|rediss:\/\/)/.test(v), {
    message: 'must start with sqlite:// (a file path) or redis:// (a Redis server)',
  }),
  PROFILE_SECRET: optionalText.refine((v) => v === undefined || v.length >= 16, {
    message: 'must be at least 16 characters (use `openssl rand -base64 32`)',
  }),
  PROFILE_SECRET_PREVIOUS: optionalText,
  LOG_LEVEL: optionalText.refine((v) => v === undefined || (LOG_LEVELS as readonly string[]).includes(v), {
    message: `must be one of ${LOG_LEVELS.join(', ')}`,
  }),
});

export interface Config {
  discord?: { token: string; clientId?: string; apiUrl?: string };
  /** sqlite://relative/or/absolute/path or redis://host:port */
  storeUrl: string;
  /** Current secret first, then older ones still accepted for reading (key rotation). */
  profileSecrets: string[];
  logLevel: (typeof LOG_LEVELS)[number];
}

export const DEFAULT_STORE_URL = 'sqlite://data/advisor.sqlite';

export function loadConfig(env: Record<string, string | undefined> = process.env): Result<Config> {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    return err(parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`));
  }
  const e = parsed.data;
  const previous = (e.PROFILE_SECRET_PREVIOUS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (previous.length && !e.PROFILE_SECRET) {
    return err(['PROFILE_SECRET_PREVIOUS: set only while rotating; PROFILE_SECRET (the new secret) is missing']);
  }
  return ok({
    ...(e.DISCORD_TOKEN
      ? {
          discord: {
            token: e.DISCORD_TOKEN,
            ...(e.DISCORD_CLIENT_ID ? { clientId: e.DISCORD_CLIENT_ID } : {}),
            ...(e.DISCORD_API_URL ? { apiUrl: e.DISCORD_API_URL } : {}),
          },
        }
      : {}),
    storeUrl: e.STORE_URL ?? DEFAULT_STORE_URL,
    profileSecrets: e.PROFILE_SECRET ? [e.PROFILE_SECRET, ...previous] : [],
    logLevel: (e.LOG_LEVEL as Config['logLevel'] | undefined) ?? 'info',
  });
}
