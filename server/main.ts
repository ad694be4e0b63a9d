/**
 * Starts the reference server. Environment: DATABASE_URL (PostgreSQL), PORT (8787), HOST
 * (127.0.0.1), CORS_ORIGINS (comma-separated, default any), LEAD_KIT_TOKEN (bearer token
 * required when set), RATE_LIMIT (lead submissions per second per client, default 20; 0 = off),
 * LEAD_KIT_FAULTS=1 (tests: planned faults through POST /__faults).
 */
import pg from 'pg';
import { createServer, expireIdempotencyKeys, prepare } from './app.js';
import { migrate } from './postgres-store.js';

const env = process.env;
const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: Number(env.PG_POOL ?? 40) });
// An idle connection dropped by PostgreSQL (restart, shutdown) is replaced on next use.
pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
await migrate(pool);
await prepare(pool);
const rate = Number(env.RATE_LIMIT ?? 20);
const server = createServer({
  pool,
  corsOrigins: env.CORS_ORIGINS ? env.CORS_ORIGINS.split(',').map((s) => s.trim()) : '*',
  token: env.LEAD_KIT_TOKEN || undefined,
  rateLimit: rate > 0 ? { perSecond: rate, burst: rate * 2 } : null,
  faults: env.LEAD_KIT_FAULTS === '1',
});
const port = Number(env.PORT ?? 8787);
const host = env.HOST ?? '127.0.0.1';
server.listen(port, host, () => console.log(`Lead Kit reference server on http://${host}:${port}`));
const expiry = setInterval(() => void expireIdempotencyKeys(pool).catch(() => {}), 60 * 60 * 1000);
expiry.unref();
const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
