/**
 * The server's configuration: every environment variable it reads, in one zod schema (README
 * "Deploying the server" lists them), so a bad value stops the start with a message naming the
 * variable, before anything listens.
 */
import * as z from 'zod';
import { IMPORT_ROW_LIMIT } from './app.js';
import { CHANGE_LOG_HOURS } from './store/changes.js';
import { normalizeOrigin } from './auth/api-keys.js';

/** A number ≥ 0 from the environment; unset or empty: the default. */
const count = (fallback: number) =>
  z.preprocess(
    (v) => (v === undefined || v === '' ? undefined : Number(v)),
    z.number({ error: 'must be a number' }).check(z.refine((n) => Number.isFinite(n) && n >= 0, 'must be a non-negative number')).default(fallback),
  );

const origins = z
  .string()
  .default('')
  .transform((text, ctx) => {
    try {
      return text.split(',').map((s) => s.trim()).filter(Boolean).map(normalizeOrigin);
    } catch (e) {
      ctx.issues.push({ code: 'custom', message: (e as Error).message, input: text });
      return z.NEVER;
    }
  });

export const serverEnvSchema = z.object({
  DATABASE_URL: z.string().optional(),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: count(8787).check(z.refine((n) => Number.isInteger(n) && n <= 65535, 'must be a port number (0-65535)')),
  CORS_ORIGINS: origins,
  RATE_LIMIT: count(20),
  REQUEST_RATE_LIMIT: count(200),
  TRUST_PROXY: count(0),
  BODY_LIMIT: count(1024 * 1024),
  IMPORT_BODY_LIMIT: count(20 * 1024 * 1024),
  IMPORT_ROW_LIMIT: count(IMPORT_ROW_LIMIT),
  MAX_CONNECTIONS: count(10_000),
  MAX_CONNECTIONS_PER_CLIENT: count(256),
  HEADERS_TIMEOUT_MS: count(10_000),
  BODY_TIMEOUT_MS: count(10_000),
  REQUEST_TIMEOUT_MS: count(60_000),
  PG_POOL: count(20),
  PG_POOL_WAIT_MS: count(5000),
  PG_STATEMENT_TIMEOUT_MS: count(15_000),
  KEY_CACHE_MS: count(10_000),
  CHANGE_LOG_HOURS: count(CHANGE_LOG_HOURS),
  SHUTDOWN_GRACE_MS: count(10_000),
  /** Double opt-in mail: smtp://user:password@host:587 (or smtps://…:465); unset: mails wait in the outbox. */
  SMTP_URL: z
    .string()
    .optional()
    .transform((v) => v || undefined)
    .check(z.refine((v) => v === undefined || /^smtps?:\/\/[^\s]+$/.test(v), 'must be an smtp:// or smtps:// URL')),
  MAIL_FROM: z.string().min(3).default('Lead Kit <no-reply@localhost>'),
  /** Where the mails' links point (the server as the public reaches it); default http://HOST:PORT. */
  PUBLIC_URL: z
    .string()
    .optional()
    .transform((v) => v || undefined)
    .check(z.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), 'must be an http:// or https:// URL')),
  MAIL_RETRY_MS: count(15_000),
  MAIL_POLL_MS: count(2000),
  LOG_LEVEL: z.enum(['info', 'warn', 'error'], { error: 'must be info, warn or error' }).default('info'),
  LEAD_KIT_FAULTS: z.enum(['0', '1'], { error: 'must be 1 (tests only) or unset' }).optional(),
});

export type ServerConfig = z.infer<typeof serverEnvSchema>;

/** The configuration, or one message per bad variable ("PORT must be a number, got "abc""). */
export function readConfig(env: Record<string, string | undefined>): { config: ServerConfig; problems: [] } | { config?: undefined; problems: string[] } {
  const r = serverEnvSchema.safeParse(env);
  if (r.success) return { config: r.data, problems: [] };
  return {
    problems: r.error.issues.map((i) => {
      const name = String(i.path[0]);
      return `${name} ${i.message}${env[name] !== undefined ? `, got "${env[name]}"` : ''}`;
    }),
  };
}
