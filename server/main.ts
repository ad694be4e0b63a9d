/**
 * Starts the Lead Kit server. Environment (README "Deploying the server"):
 * DATABASE_URL (PostgreSQL), PORT (8787), HOST (127.0.0.1), CORS_ORIGINS (comma-separated origins
 * every key may be used from in a browser; `http://localhost:*` for any port), RATE_LIMIT (lead
 * submissions per second per key and client address, default 20; 0 = off), REQUEST_RATE_LIMIT
 * (all requests, default 200; 0 = off), BODY_LIMIT (bytes, 1 MB), IMPORT_BODY_LIMIT (20 MB),
 * PG_POOL (20), PG_POOL_WAIT_MS (5000), PG_STATEMENT_TIMEOUT_MS (15000), SHUTDOWN_GRACE_MS (10000),
 * TRUST_PROXY (proxies whose X-Forwarded-For is trusted, 0), KEY_CACHE_MS (how long a verified
 * or revoked key is remembered, 10000), MAX_CONNECTIONS (10000), MAX_CONNECTIONS_PER_CLIENT (256),
 * HEADERS_TIMEOUT_MS (10000), BODY_TIMEOUT_MS (longest pause in a body, 10000), REQUEST_TIMEOUT_MS
 * (60000), IMPORT_ROW_LIMIT (rows per import request, 5000), LOG_LEVEL (info|warn|error),
 * LEAD_KIT_FAULTS=1 (tests only: planned faults and key minting; loopback only).
 *
 * With no API key in the database the server is open (development): it serves loopback only and
 * says so; on any other address it refuses to start. Open mode is decided at start and only ever
 * closes: the first key created ends it, and revoking every key later never reopens it (a server
 * bound beyond loopback never serves without a key). Keys: `npm run keys -- create …`.
 */
import { createServer, IMPORT_ROW_LIMIT } from './app.js';
import { expireIdempotencyKeys } from './idempotency.js';
import { CHANGE_LOG_HOURS, ChangeFeed, pruneChangeLog } from './changes.js';
import { Db, describe } from './db.js';
import { KeyRing, normalizeOrigin, Tickets, ticketSecret } from './keys.js';
import { migrate } from './postgres-store.js';
import { pruneRateLimits } from './rate-limit.js';

const env = process.env;
const LEVELS = { info: 0, warn: 1, error: 2 } as const;
const level = LEVELS[(env.LOG_LEVEL as keyof typeof LEVELS) ?? 'info'] ?? 0;
// A log reader that went away (a pipe to a crashed collector: EPIPE) must not take the server
// with it, nor make it spin logging its own write errors: that output is closed, the other kept.
const closed = new Set<NodeJS.WriteStream>();
for (const out of [process.stdout, process.stderr]) out.on('error', () => closed.add(out));
/** One JSON line per event on stdout/stderr: time, level, message, fields (never keys or bodies). */
const log = (lvl: 'info' | 'warn' | 'error', message: string, fields: Record<string, unknown> = {}) => {
  if (LEVELS[lvl] < level) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level: lvl, message, ...fields });
  const out = lvl === 'info' || closed.has(process.stderr) ? process.stdout : process.stderr;
  if (!closed.has(out)) out.write(`${line}\n`);
};
const int = (name: string, fallback: number) => {
  const v = env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) {
    log('error', `${name} must be a non-negative number, got "${v}"`);
    process.exit(2);
  }
  return n;
};

const host = env.HOST ?? '127.0.0.1';
const port = int('PORT', 8787);
const loopback = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/.test(host);
const faults = env.LEAD_KIT_FAULTS === '1';
if (faults && !loopback) {
  log('error', 'LEAD_KIT_FAULTS is for tests and works on a loopback HOST only');
  process.exit(2);
}
let corsOrigins: string[];
try {
  corsOrigins = (env.CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean).map(normalizeOrigin);
} catch (e) {
  log('error', `CORS_ORIGINS: ${(e as Error).message}`);
  process.exit(2);
}

const db = new Db({
  connectionString: env.DATABASE_URL,
  max: int('PG_POOL', 20),
  waitMs: int('PG_POOL_WAIT_MS', 5000),
  statementTimeoutMs: int('PG_STATEMENT_TIMEOUT_MS', 15000),
  log: (line) => log('warn', line),
});
const feed = new ChangeFeed(env.DATABASE_URL, (lvl, message) => log(lvl, message));
const keys = new KeyRing((fn) => db.withClient(fn), int('KEY_CACHE_MS', 10_000));
let ready = false;
let tickets: Tickets | undefined;
const rate = int('RATE_LIMIT', 20);
const requestRate = int('REQUEST_RATE_LIMIT', 200);
const app = createServer({
  db,
  keys,
  // Signed with the database's secret once it is reachable (routes answer 503 until then).
  tickets: () => tickets!,
  corsOrigins,
  submissionLimit: rate > 0 ? { perSecond: rate, burst: rate * 2 } : null,
  requestLimit: requestRate > 0 ? { perSecond: requestRate, burst: requestRate * 2 } : null,
  bodyLimit: int('BODY_LIMIT', 1024 * 1024),
  importBodyLimit: int('IMPORT_BODY_LIMIT', 20 * 1024 * 1024),
  trustProxy: int('TRUST_PROXY', 0),
  importRowLimit: int('IMPORT_ROW_LIMIT', IMPORT_ROW_LIMIT),
  maxConnections: int('MAX_CONNECTIONS', 10_000),
  maxConnectionsPerClient: int('MAX_CONNECTIONS_PER_CLIENT', 256),
  headersTimeoutMs: int('HEADERS_TIMEOUT_MS', 10_000),
  bodyIdleTimeoutMs: int('BODY_TIMEOUT_MS', 10_000),
  requestTimeoutMs: int('REQUEST_TIMEOUT_MS', 60_000),
  // Only a loopback server may ever serve without a key (and only until the first key exists).
  openMode: loopback,
  isReady: () => ready,
  feed,
  faults,
  log,
});

// Nothing a request does may end the process; anything that escapes is logged.
process.on('unhandledRejection', (reason) => log('error', 'unhandled rejection', { error: describe(reason) }));
process.on('uncaughtException', (error) => log('error', 'uncaught exception', { error: describe(error), stack: error.stack?.split('\n').slice(0, 6).join(' | ') }));

/** Waits for PostgreSQL (the server may start before it), migrates, and checks the keys. */
async function start(): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await migrate(db.pool);
      tickets = new Tickets(await db.withClient(ticketSecret));
      if (!feed.connected) await feed.start();
      const { count } = await keys.overview();
      if (count === 0) {
        if (!loopback) {
          log('error', `No API keys exist: refusing to serve ${host} open to the network. Create one first: npm run keys -- create --tenant <name> --kind secret`);
          await db.end();
          process.exit(3);
        }
        log('warn', `!!! OPEN DEVELOPMENT SERVER: no API keys exist, so every request on ${host}:${port} is accepted without one (loopback only). Create a key (npm run keys -- create --tenant <name> --kind secret) to require keys.`);
      } else {
        app.requireKeys();
        log('info', `${count} active API key(s): every request needs one`);
      }
      ready = true;
      log('info', 'ready: PostgreSQL reachable, migrations done');
      return;
    } catch (error) {
      const delay = Math.min(10_000, 500 * 2 ** Math.min(attempt, 5));
      log('warn', `waiting for PostgreSQL (${describe(error)}); next try in ${delay} ms`);
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}

app.server.on('error', (error: NodeJS.ErrnoException) => {
  log('error', `cannot listen on ${host}:${port}: ${error.message}`);
  process.exit(1);
});
app.server.listen(port, host, () => log('info', `Lead Kit server on http://${host}:${port} (live: /health/live, ready: /health/ready)`));
void start();

/** Hourly upkeep: expired Idempotency-Keys, and changes older than CHANGE_LOG_HOURS (default 24) out of the change log. */
const changeLogHours = int('CHANGE_LOG_HOURS', CHANGE_LOG_HOURS);
const upkeep = () => {
  void expireIdempotencyKeys(db).catch(() => {});
  void db.withClient((c) => pruneChangeLog(c, changeLogHours)).catch(() => {});
};
const expiry = setInterval(upkeep, 60 * 60 * 1000);
expiry.unref();
const prune = setInterval(() => void db.withClient(pruneRateLimits).catch(() => {}), 60 * 1000);
prune.unref();
void (async () => {
  while (!ready) await new Promise((r) => setTimeout(r, 200));
  upkeep();
})();

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  const grace = int('SHUTDOWN_GRACE_MS', 10_000);
  log('info', `${signal}: no new requests; finishing those in flight (up to ${grace} ms)`);
  const hard = setTimeout(() => {
    log('warn', 'grace period over: exiting');
    process.exit(1);
  }, grace + 2000);
  hard.unref();
  void app
    .shutdown(grace)
    .then(() => feed.stop())
    .then(() => db.end().catch(() => {}))
    .then(() => {
      log('info', 'stopped');
      process.exit(0);
    });
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
