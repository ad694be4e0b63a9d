import type { FastifyBaseLogger } from 'fastify';
import type { Db } from './store/db.js';
import type { ChangeFeed } from './store/changes.js';
import type { KeyRing, Tickets } from './auth/api-keys.js';
import type { LinkSigner } from './mail/links.js';
import type { MailSender } from './mail/sender.js';

/** What `buildApp()` is given: the database, the keys, and every limit (README "Deploying the server"). */
export interface ServerOptions {
  db: Db;
  keys: KeyRing;
  /** Signs and checks event-feed tickets (available once the database was reached). */
  tickets: () => Tickets;
  /** Origins every key may be used from in a browser (`http://localhost:*` for any port). */
  corsOrigins?: string[];
  /**
   * Lead submissions per second per key and client address, with a burst, counted in PostgreSQL
   * (shared by every instance); null: no limit.
   */
  submissionLimit?: { perSecond: number; burst: number } | null;
  /** All requests per second per key and client address, with a burst, per instance; null: no limit. */
  requestLimit?: { perSecond: number; burst: number } | null;
  /** Largest request body in bytes (default 1 MB); imports may send `importBodyLimit` (default 20 MB). */
  bodyLimit?: number;
  importBodyLimit?: number;
  /** Deepest JSON nesting accepted (default 32). */
  maxDepth?: number;
  /** Most rows one import request may carry (default IMPORT_ROW_LIMIT); more: 413. */
  importRowLimit?: number;
  /**
   * True only for a server that listens on loopback only: while no key exists it serves requests
   * without one (development). Once a key is seen (at start: `requireKeys()`, or later) every
   * request needs a key for the life of the process — revoking every key never reopens it — and
   * the event streams opened without a key end. False (the default): keys always.
   */
  openMode?: boolean;
  /** Open connections this instance keeps at most; more are answered 503 and closed (default 10,000). */
  maxConnections?: number;
  /**
   * Open connections one client address may keep (default 256); more: 503 and closed. Off behind a
   * trusted proxy (`trustProxy` > 0), where every connection comes from the proxy: limit there.
   */
  maxConnectionsPerClient?: number;
  /** Time to send the request's headers (default 10 s); slower: 408 and closed. */
  headersTimeoutMs?: number;
  /** Longest pause while a body arrives (default 10 s); longer: 408 and closed. */
  bodyIdleTimeoutMs?: number;
  /** Time for a whole request, headers and body (default 60 s); longer: 408 and closed. */
  requestTimeoutMs?: number;
  /** Proxies in front of the server whose X-Forwarded-For is trusted (default 0: the socket's address). */
  trustProxy?: number;
  /** The change feed through PostgreSQL (LISTEN/NOTIFY): every instance streams every change. */
  feed?: ChangeFeed;
  /** False until migrations are done: data routes answer 503, `/health/ready` too. */
  isReady?: () => boolean;
  /** Signs and checks the mails' links (available once the database was reached). */
  links?: () => LinkSigner | undefined;
  /** The mail sender: nudged when a change wrote mail. */
  mail?: MailSender;
  /** Tests only: planned faults and key minting (plugins/test-faults.ts). */
  faults?: boolean;
  /** One line per event the server tells (plugins/errors.ts, main.ts). */
  log?: Log;
  /** The pino logger behind `log`, for Fastify's own messages (never a line per request). */
  logger?: FastifyBaseLogger;
}

export type Log = (level: 'info' | 'warn' | 'error', message: string, fields?: Record<string, unknown>) => void;

/** Rows one import request may carry (the RestAdapter sends 500 at a time). */
export const IMPORT_ROW_LIMIT = 5000;

/** The limits with their defaults filled in. */
export function limitsOf(options: ServerOptions) {
  const bodyLimit = options.bodyLimit ?? 1024 * 1024;
  return {
    bodyLimit,
    importBodyLimit: Math.max(bodyLimit, options.importBodyLimit ?? 20 * 1024 * 1024),
    maxDepth: options.maxDepth ?? 32,
    bodyIdleTimeoutMs: options.bodyIdleTimeoutMs ?? 10_000,
    importRowLimit: options.importRowLimit ?? IMPORT_ROW_LIMIT,
  };
}
export type Limits = ReturnType<typeof limitsOf>;
