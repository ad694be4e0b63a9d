import { createHash } from 'node:crypto';
import http from 'node:http';
import type pg from 'pg';
import type { ChangeEvent } from '../src/adapters/adapter.js';
import { ConflictError, LeadKitError, NotFoundError, UnavailableError, ValidationError } from '../src/adapters/errors.js';
import { LocalAdapter } from '../src/adapters/local/local-adapter.js';
import { matchRoute, ROUTES, type Method, type WireError, type WireRequest } from '../src/adapters/rest/routes.js';
import { PostgresStore } from './postgres-store.js';

/**
 * The reference server: the DataAdapter HTTP contract (src/adapters/rest/routes.ts,
 * docs/openapi.yaml) over PostgreSQL, with the browser's own domain rules (a LocalAdapter over a
 * PostgresStore per request). Adds what a server must: ETag/If-Match, Idempotency-Key replay,
 * per-field 422s, a change feed (Server-Sent Events), bearer-token auth, CORS, and rate limiting
 * of lead submissions per client. Tenants (header `X-Lead-Kit-Tenant`) keep datasets apart.
 */
export interface ServerOptions {
  pool: pg.Pool;
  /** Allowed origins for CORS (`*` for any). */
  corsOrigins?: string[] | '*';
  /** When set, every request needs `Authorization: Bearer <token>` (or `?token=` for the event stream). */
  token?: string;
  /** Lead submissions per second per client (IP + client id), with a burst; null: no limit. */
  rateLimit?: { perSecond: number; burst: number } | null;
  /**
   * Tests only: `POST /__faults` `{ method, path, plan }` makes the next requests to that route
   * answer each planned status without running (500, 503…), or run and then drop the connection
   * (`"drop"`: the server committed, the client never hears it).
   */
  faults?: boolean;
}

const IDEMPOTENCY_TABLE = `create table if not exists idempotency (
  tenant text not null, key text not null, method text not null, fingerprint text not null, status int not null, response jsonb,
  created_at timestamptz not null default now(), primary key (tenant, key, method))`;

/** How long a create's Idempotency-Key is remembered (retries and outbox replays come well within). */
export const IDEMPOTENCY_TTL_HOURS = 72;

export async function prepare(pool: pg.Pool): Promise<void> {
  await pool.query(IDEMPOTENCY_TABLE);
  await expireIdempotencyKeys(pool);
}

/** Forgets Idempotency-Keys older than the TTL (the server runs it at start and every hour). */
export async function expireIdempotencyKeys(pool: pg.Pool): Promise<number> {
  const { rowCount } = await pool.query(`delete from idempotency where created_at < now() - make_interval(hours => $1)`, [IDEMPOTENCY_TTL_HOURS]);
  return rowCount ?? 0;
}

export function createServer(options: ServerOptions): http.Server {
  const { pool } = options;
  const stores = new Map<string, PostgresStore>();
  const streams = new Map<string, Set<http.ServerResponse>>();
  const buckets = new Map<string, { tokens: number; at: number }>();
  const faultPlans = new Map<string, (number | 'drop')[]>();
  const storeFor = (tenant: string) => {
    let s = stores.get(tenant);
    if (!s) stores.set(tenant, (s = new PostgresStore(pool, tenant)));
    return s;
  };
  const broadcast = (tenant: string, event: ChangeEvent, client: string) => {
    const data = `data: ${JSON.stringify({ stores: event.stores, campaignIds: event.campaignIds, ids: event.ids, client })}\n\n`;
    for (const res of streams.get(tenant) ?? []) res.write(data);
  };

  const cors = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const origin = req.headers.origin;
    const allowed = options.corsOrigins ?? '*';
    if (allowed === '*') res.setHeader('Access-Control-Allow-Origin', '*');
    else if (origin && allowed.includes(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
    }
    res.setHeader('Access-Control-Allow-Headers', 'content-type, authorization, if-match, idempotency-key, x-lead-kit-tenant, x-lead-kit-client');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, OPTIONS');
    res.setHeader('Access-Control-Expose-Headers', 'etag, retry-after, idempotent-replay');
  };

  const send = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(body === undefined ? '' : JSON.stringify(body));
  };

  const fail = (res: http.ServerResponse, error: unknown) => {
    const e = toWireError(error);
    send(res, e.status, e.body, e.status === 429 || e.status === 503 ? { 'retry-after': '1' } : {});
  };

  const limited = (req: http.IncomingMessage, client: string): boolean => {
    const limit = options.rateLimit;
    if (!limit) return false;
    const key = `${req.socket.remoteAddress}|${client}`;
    const now = Date.now();
    const b = buckets.get(key) ?? { tokens: limit.burst, at: now };
    b.tokens = Math.min(limit.burst, b.tokens + ((now - b.at) / 1000) * limit.perSecond);
    b.at = now;
    buckets.set(key, b);
    if (b.tokens < 1) return true;
    b.tokens -= 1;
    return false;
  };

  return http.createServer(async (req, res) => {
    cors(req, res);
    if (req.method === 'OPTIONS') return send(res, 204, undefined);
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') return send(res, 200, { ok: true });
    const bearer = req.headers.authorization?.replace(/^Bearer\s+/i, '') ?? url.searchParams.get('token') ?? '';
    if (options.token && bearer !== options.token) return send(res, 401, { error: { code: 'unauthorized', message: 'A valid bearer token is required' } });
    const tenant = String(req.headers['x-lead-kit-tenant'] ?? url.searchParams.get('tenant') ?? 'default');
    if (!/^[\w-]{1,64}$/.test(tenant)) return send(res, 400, { error: { code: 'bad-request', message: 'Invalid tenant' } });
    const client = String(req.headers['x-lead-kit-client'] ?? url.searchParams.get('client') ?? '');

    if (req.method === 'GET' && url.pathname === '/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      res.write(': connected\n\n');
      let set = streams.get(tenant);
      if (!set) streams.set(tenant, (set = new Set()));
      set.add(res);
      const ping = setInterval(() => res.write(': ping\n\n'), 15000);
      req.on('close', () => {
        clearInterval(ping);
        set!.delete(res);
      });
      return;
    }

    if (options.faults && req.method === 'POST' && url.pathname === '/__faults') {
      const f = (await readJson(req).catch(() => ({}))) as { method?: string; path?: string; plan?: (number | 'drop')[] };
      faultPlans.set(`${f.method ?? 'POST'} ${f.path}`, [...(f.plan ?? [])]);
      return send(res, 204, undefined);
    }
    const fault = options.faults ? faultPlans.get(`${req.method} ${url.pathname}`)?.shift() : undefined;
    if (typeof fault === 'number') return send(res, fault, { error: { code: 'internal', message: `planned fault ${fault}` } });

    const match = matchRoute(req.method ?? 'GET', url.pathname);
    if (!match) return send(res, 404, { error: { code: 'not-found', message: `No route ${req.method} ${url.pathname}` } });
    const route = ROUTES[match.method];
    let body: unknown;
    try {
      body = req.method === 'GET' ? undefined : await readJson(req);
    } catch {
      return send(res, 400, { error: { code: 'bad-request', message: 'The body is not JSON' } });
    }
    const ifMatch = req.headers['if-match'] ? Number(String(req.headers['if-match']).replace(/^W\//, '').replace(/"/g, '')) : undefined;
    const wire: WireRequest = {
      params: match.params,
      query: Object.fromEntries(url.searchParams.entries()),
      body,
      ...(ifMatch !== undefined && Number.isInteger(ifMatch) ? { ifMatch } : {}),
    };
    const key = req.headers['idempotency-key'] ? String(req.headers['idempotency-key']) : undefined;
    if (match.method === 'submitLead' && limited(req, client)) {
      return send(res, 429, { error: { code: 'rate-limited', message: 'Too many submissions; retry shortly' } }, { 'retry-after': '1' });
    }

    const run = async (): Promise<{ status: number; result: unknown }> => {
      const adapter = new LocalAdapter(storeFor(tenant));
      const off = adapter.subscribe((e) => e.origin === 'local' && broadcast(tenant, e, client));
      try {
        const args = route.decode(wire) as unknown[];
        const result = await (adapter[match.method] as (...a: unknown[]) => Promise<unknown>)(...args);
        return { status: route.creates ? 201 : 200, result: result ?? null };
      } finally {
        off();
      }
    };

    try {
      const { status, result, replay } = key && route.creates ? await idempotent(pool, tenant, key, match.method, wire, run) : { ...(await run()), replay: false };
      if (fault === 'drop') return void req.socket.destroy(); // committed; the answer is lost
      const version = (result as { version?: unknown } | null)?.version;
      send(res, status, result, {
        ...(typeof version === 'number' ? { etag: `"${version}"` } : {}),
        ...(replay ? { 'idempotent-replay': 'true' } : {}),
      });
    } catch (error) {
      fail(res, error);
    }
  });
}

/**
 * Runs a create once per Idempotency-Key: the same key and body return the stored response;
 * the same key with another body is refused (409); same-key requests in flight wait for the first.
 */
async function idempotent(
  pool: pg.Pool,
  tenant: string,
  key: string,
  method: Method,
  wire: WireRequest,
  run: () => Promise<{ status: number; result: unknown }>,
): Promise<{ status: number; result: unknown; replay: boolean }> {
  const fingerprint = createHash('sha256').update(stableJson({ params: wire.params, query: wire.query, body: wire.body, ifMatch: wire.ifMatch })).digest('hex');
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [`${tenant}|${method}|${key}`]);
    const { rows } = await client.query<{ fingerprint: string; status: number; response: unknown }>(
      'select fingerprint, status, response from idempotency where tenant = $1 and key = $2 and method = $3',
      [tenant, key, method],
    );
    if (rows[0]) {
      if (rows[0].fingerprint !== fingerprint) throw new ConflictError(`Idempotency-Key ${key} was used for a different request`, 'idempotency');
      return { status: rows[0].status, result: rows[0].response, replay: true };
    }
    const out = await run();
    await client.query('insert into idempotency (tenant, key, method, fingerprint, status, response) values ($1, $2, $3, $4, $5, $6)', [
      tenant,
      key,
      method,
      fingerprint,
      out.status,
      JSON.stringify(out.result),
    ]);
    return { ...out, replay: false };
  } finally {
    await client.query('select pg_advisory_unlock(hashtext($1))', [`${tenant}|${method}|${key}`]).catch(() => {});
    client.release();
  }
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function readJson(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 20 * 1024 * 1024) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(text ? JSON.parse(text) : undefined);
      } catch (e) {
        reject(e);
      }
    });
    req.on('error', reject);
  });
}

/** The HTTP status and body of an error (the adapter's typed errors, one to one). */
export function toWireError(error: unknown): { status: number; body: WireError } {
  if (error instanceof ValidationError) return { status: 422, body: { error: { code: 'validation', message: error.message, issues: error.issues } } };
  if (error instanceof NotFoundError) return { status: 404, body: { error: { code: 'not-found', message: error.message, entity: error.entity, id: error.id } } };
  if (error instanceof ConflictError) {
    return { status: error.reason === 'version' ? 412 : 409, body: { error: { code: 'conflict', message: error.message, reason: error.reason } } };
  }
  if (error instanceof UnavailableError) return { status: 503, body: { error: { code: 'unavailable', message: error.message } } };
  if (error instanceof LeadKitError) return { status: 400, body: { error: { code: error.code, message: error.message } } };
  console.error(error);
  return { status: 500, body: { error: { code: 'internal', message: 'Internal error' } } };
}
