/**
 * Starts the Lead Kit server. Its environment is read once through `serverEnvSchema` (config.ts;
 * README "Deploying the server" lists every variable): a bad value stops the start (exit 2) with
 * a message naming it. A database migrated by a newer server is refused (exit 4).
 *
 * With no API key in the database the server is open (development): it serves loopback only and
 * says so; on any other address it refuses to start. Open mode is decided at start and only ever
 * closes: the first key created ends it, and revoking every key later never reopens it (a server
 * bound beyond loopback never serves without a key). Keys: `npm run keys -- create …`.
 */
import { buildApp } from './app.js';
import { expireIdempotencyKeys } from './store/idempotency.js';
import { ChangeFeed, pruneChangeLog } from './store/changes.js';
import { Db, describe } from './store/db.js';
import { KeyRing, Tickets } from './auth/api-keys.js';
import { ticketSecret } from './store/api-keys.js';
import { readConfig } from './config.js';
import { createLogger } from './logger.js';
import { migrate, SchemaTooNewError } from './migrations/index.js';
import { pruneRateLimits } from './store/rate-limits.js';
import { LinkSigner } from './mail/links.js';
import { MailSender } from './mail/sender.js';
import { linkSecret, outboxOverview } from './store/mail-outbox.js';

const read = readConfig(process.env);
const { logger, log } = createLogger(read.config?.LOG_LEVEL ?? 'info');
if (!read.config) {
  for (const problem of read.problems) log('error', `configuration: ${problem}`);
  process.exit(2);
}
const config = read.config;
const host = config.HOST;
const port = config.PORT;
const loopback = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/.test(host);
const faults = config.LEAD_KIT_FAULTS === '1';
if (faults && !loopback) {
  log('error', 'LEAD_KIT_FAULTS is for tests and works on a loopback HOST only');
  process.exit(2);
}
const corsOrigins = config.CORS_ORIGINS;

const db = new Db({
  connectionString: config.DATABASE_URL,
  max: config.PG_POOL,
  waitMs: config.PG_POOL_WAIT_MS,
  statementTimeoutMs: config.PG_STATEMENT_TIMEOUT_MS,
  log: (line) => log('warn', line),
});
const feed = new ChangeFeed(config.DATABASE_URL, (lvl, message) => log(lvl, message));
const keys = new KeyRing((fn) => db.withClient(fn), config.KEY_CACHE_MS);
let ready = false;
let tickets: Tickets | undefined;
let links: LinkSigner | undefined;
const mail = new MailSender(
  db,
  () => links,
  { smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, publicUrl: config.PUBLIC_URL ?? `http://${host.includes(':') ? `[${host}]` : host}:${port}`, retryMs: config.MAIL_RETRY_MS, pollMs: config.MAIL_POLL_MS },
  log,
);
const rate = config.RATE_LIMIT;
const requestRate = config.REQUEST_RATE_LIMIT;
const app = await buildApp({
  db,
  keys,
  // Signed with the database's secret once it is reachable (routes answer 503 until then).
  tickets: () => tickets!,
  corsOrigins,
  submissionLimit: rate > 0 ? { perSecond: rate, burst: rate * 2 } : null,
  requestLimit: requestRate > 0 ? { perSecond: requestRate, burst: requestRate * 2 } : null,
  bodyLimit: config.BODY_LIMIT,
  importBodyLimit: config.IMPORT_BODY_LIMIT,
  trustProxy: config.TRUST_PROXY,
  importRowLimit: config.IMPORT_ROW_LIMIT,
  maxConnections: config.MAX_CONNECTIONS,
  maxConnectionsPerClient: config.MAX_CONNECTIONS_PER_CLIENT,
  headersTimeoutMs: config.HEADERS_TIMEOUT_MS,
  bodyIdleTimeoutMs: config.BODY_TIMEOUT_MS,
  requestTimeoutMs: config.REQUEST_TIMEOUT_MS,
  // Only a loopback server may ever serve without a key (and only until the first key exists).
  openMode: loopback,
  isReady: () => ready,
  feed,
  links: () => links,
  mail,
  faults,
  log,
  logger,
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
      links = new LinkSigner(await db.withClient(linkSecret));
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
      const outbox = await db.withClient(outboxOverview);
      if (mail.configured) mail.start();
      else if (outbox.waiting) log('warn', `SMTP_URL is not set: ${outbox.waiting} mail(s) wait in the outbox (double opt-in confirmations); set it to send them`);
      else log('info', 'SMTP_URL is not set: double opt-in confirmation mails will wait in the outbox until it is');
      return;
    } catch (error) {
      if (error instanceof SchemaTooNewError) {
        log('error', `refusing to start: ${error.message}`);
        await db.end().catch(() => {});
        process.exit(4);
      }
      const delay = Math.min(10_000, 500 * 2 ** Math.min(attempt, 5));
      log('warn', `waiting for PostgreSQL (${describe(error)}); next try in ${delay} ms`);
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}

try {
  // Fastify logs one line per address it listens on.
  await app.app.listen({ port, host, listenTextResolver: (address) => `Lead Kit server on ${address} (live: /health/live, ready: /health/ready)` });
} catch (error) {
  log('error', `cannot listen on ${host}:${port}: ${(error as Error).message}`);
  process.exit(1);
}
void start();

/** Hourly upkeep: expired Idempotency-Keys, and changes older than CHANGE_LOG_HOURS (default 24) out of the change log. */
const changeLogHours = config.CHANGE_LOG_HOURS;
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
  const grace = config.SHUTDOWN_GRACE_MS;
  log('info', `${signal}: no new requests; finishing those in flight (up to ${grace} ms)`);
  const hard = setTimeout(() => {
    log('warn', 'grace period over: exiting');
    process.exit(1);
  }, grace + 2000);
  hard.unref();
  void app
    .shutdown(grace)
    .then(() => mail.stop())
    .then(() => feed.stop())
    .then(() => db.end().catch(() => {}))
    .then(() => {
      log('info', 'stopped');
      process.exit(0);
    });
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
