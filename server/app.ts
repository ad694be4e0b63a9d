import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type pg from 'pg';
import { ValidationError } from '../src/adapters/errors.js';
import { unsafeTextIssues } from '../src/adapters/validate.js';
import { matchRoute, ROUTES, type WireRequest } from '../src/adapters/rest/routes.js';
import type { Db } from './db.js';
import { TestFaults } from './test-faults.js';
import { conflictOf, describe } from './pg-errors.js';
import { allowCors, error, HttpError, parseJson, readBody, RETRY_AFTER_UNAVAILABLE, send, toWireError } from './http.js';
import { guardConnections } from './connections.js';

import { originAllowed, TENANT_FORMAT, type ApiKey, type KeyRing, type Tickets } from './keys.js';
import { changePayloads, type ChangeFeed } from './changes.js';
import { EventStreams } from './events.js';
import { run, SqlStore, type ExtraCte } from './sql-store.js';
import type { CommitInfo } from '../src/adapters/local/record-store.js';
import { SqlAdapter } from './sql-adapter.js';
import { parseInput } from '../src/adapters/validate.js';
import { leadSubmissionSchema, type LeadSubmission } from '../src/model/submission.js';
import { emailKey } from '../src/domain/matching.js';
import { CaptureBatcher, mergeChanges, type CaptureOutcome } from './capture-batch.js';
import { RateLimiter, SharedRateLimiter } from './rate-limit.js';
import { claim, record, recordCte, replayOf, requestFingerprint, type IdempotencyScope } from './idempotency.js';

/**
 * The reference server: the DataAdapter HTTP contract (src/adapters/rest/routes.ts,
 * docs/openapi.yaml) over PostgreSQL, with the browser's own domain rules (the SqlAdapter, the
 * LocalAdapter's use cases over a SqlStore bound to the request's one connection). This module
 * routes and authorizes; the HTTP plumbing is http.ts, connection limits connections.ts, the
 * change feed's streams events.ts, Idempotency-Keys idempotency.ts, test faults test-faults.ts. What a server on the internet needs on
 * top: API keys bound to tenants (secret / publishable, origin-restricted), CORS that answers only
 * allowed origins, ETag/If-Match, Idempotency-Keys recorded in the transaction of their effect,
 * per-field 422s, limits on bodies, nesting and rates, 503 + Retry-After whenever PostgreSQL
 * cannot serve, a change feed (Server-Sent Events, opened with a short-lived ticket), health
 * checks, and a graceful shutdown. No request can crash the process.
 */
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
  /** Tests only: planned faults and key minting (test-faults.ts). */
  faults?: boolean;
  log?: (level: 'info' | 'warn' | 'error', message: string, fields?: Record<string, unknown>) => void;
}

/** Rows one import request may carry (the RestAdapter sends 500 at a time). */
export const IMPORT_ROW_LIMIT = 5000;
const LOOPBACK_ORIGINS = ['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*', 'http://localhost', 'http://127.0.0.1'];

/** Who is calling: a verified key, or nobody on a development server without keys. */
interface Principal {
  tenant: string;
  key?: ApiKey;
}

export interface LeadKitServer {
  server: http.Server;
  /** Stops accepting, lets requests in flight finish within `graceMs`, closes event streams. */
  shutdown(graceMs: number): Promise<void>;
  /** Ends open mode for good (a key exists); true if it was open. */
  requireKeys(): boolean;
}

export function createServer(options: ServerOptions): LeadKitServer {
  const { db, keys } = options;
  const tickets = () => options.tickets();
  const log = options.log ?? (() => {});
  const globalOrigins = options.corsOrigins ?? [];
  const bodyLimit = options.bodyLimit ?? 1024 * 1024;
  const importBodyLimit = Math.max(bodyLimit, options.importBodyLimit ?? 20 * 1024 * 1024);
  const maxDepth = options.maxDepth ?? 32;
  const bodyIdleTimeoutMs = options.bodyIdleTimeoutMs ?? 10_000;
  const isReady = options.isReady ?? (() => true);
  const importRowLimit = options.importRowLimit ?? IMPORT_ROW_LIMIT;
  /** Open mode (see `openMode`): closes for good when the first key appears. */
  let openMode = options.openMode ?? false;
  /** Whether a request may go without a key: only in open mode, while no key exists. */
  const requireKeys = (): boolean => {
    if (!openMode) return false;
    openMode = false;
    events.endKeyless();
    return true;
  };
  const isOpen = async (): Promise<boolean> => {
    if (!openMode || !isReady()) return false;
    const { count } = await keys.overview();
    if (count > 0 && requireKeys()) log('warn', 'an API key exists now: every request needs a key from here on (open development mode ended; event streams opened without a key closed)');
    return openMode;
  };
  const events = new EventStreams(db, keys, () => isOpen(), options.feed);
  const submissions = options.submissionLimit ? new SharedRateLimiter(options.submissionLimit.perSecond, options.submissionLimit.burst) : undefined;
  const requests = options.requestLimit ? new RateLimiter(options.requestLimit.perSecond, options.requestLimit.burst) : undefined;
  /** Lead submissions under load commit in groups (capture-batch.ts). */
  const batcher = new CaptureBatcher(db);
  const faults = options.faults ? new TestFaults(db, keys, { bodyLimit, idleMs: bodyIdleTimeoutMs, maxDepth }) : undefined;
  let inFlight = 0;
  let closing = false;
  let drained: (() => void) | undefined;


  const clientAddress = (req: http.IncomingMessage): string => {
    const hops = options.trustProxy ?? 0;
    if (hops > 0) {
      const chain = String(req.headers['x-forwarded-for'] ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const address = chain[chain.length - hops];
      if (address) return address;
    }
    return req.socket.remoteAddress ?? 'unknown';
  };

  /** Whether a browser on `origin` may use `key` (undefined: the preflight, before any key is seen). */
  const originOk = async (origin: string, key: ApiKey | undefined, open: boolean): Promise<boolean> => {
    if (originAllowed(origin, globalOrigins)) return !key?.origins.length || originAllowed(origin, key.origins);
    if (open && originAllowed(origin, LOOPBACK_ORIGINS)) return true;
    if (key) return key.origins.length ? originAllowed(origin, key.origins) : key.kind === 'publishable';
    const overview = await keys.overview();
    return overview.anyOrigin || originAllowed(origin, overview.origins);
  };

  const authenticate = async (req: http.IncomingMessage, url: URL, open: boolean): Promise<Principal> => {
    const auth = req.headers.authorization;
    const headerTenant = req.headers['x-lead-kit-tenant'] === undefined ? undefined : String(req.headers['x-lead-kit-tenant']);
    const queryTenant = url.searchParams.get('tenant') ?? undefined;
    const asked = headerTenant ?? queryTenant;
    if (asked !== undefined && !TENANT_FORMAT.test(asked)) throw new HttpError(400, 'bad-request', 'Invalid tenant');
    let principal: Principal | undefined;
    if (auth !== undefined) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
      const key = m ? await keys.verify(m[1]) : null;
      if (!key) throw new HttpError(401, 'unauthorized', 'The API key is unknown, revoked or malformed', { 'www-authenticate': 'Bearer' });
      principal = { tenant: key.tenant, key };
    } else if (url.pathname === '/events' && url.searchParams.has('ticket')) {
      const t = tickets().check(url.searchParams.get('ticket') ?? '');
      const key = t ? await keys.byId(t.keyId) : null;
      // The ticket's tenant must be its key's (a ticket is signed, but never trusted beyond its key).
      if (!t || !key || key.tenant !== t.tenant) throw new HttpError(401, 'unauthorized', 'The event ticket is invalid or expired; get a new one from POST /events/tickets');
      principal = { tenant: t.tenant, key };
    } else if (open) {
      principal = { tenant: asked ?? 'default' };
    } else {
      throw new HttpError(401, 'unauthorized', 'An API key is required: Authorization: Bearer lk_…', { 'www-authenticate': 'Bearer' });
    }
    // The tenant is the key's; a header or parameter naming another is refused, never obeyed.
    if (principal.key && asked !== undefined && asked !== principal.tenant) throw new HttpError(403, 'forbidden', 'This key belongs to another tenant');
    return principal;
  };

  /** Handles one request; every outcome is an answer, never a thrown error. */
  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const target = req.url ?? '';
    // Only origin-form targets ("/path?query"); anything else ("//[", "*", "http://…") is refused.
    if (!target.startsWith('/') || target.startsWith('//')) return error(res, 400, 'bad-request', 'Malformed request target');
    let url: URL;
    try {
      url = new URL(target, 'http://server.invalid');
      decodeURIComponent(url.pathname);
    } catch {
      return error(res, 400, 'bad-request', 'Malformed request target or percent-encoding');
    }
    const origin = req.headers.origin;
    const open = await isOpen().catch(() => false);

    if (url.pathname === '/health' || url.pathname === '/health/live') return send(res, 200, { ok: true });
    if (url.pathname === '/health/ready') {
      const ok = isReady() && !closing && (options.feed?.connected ?? true) && (await db.ping());
      return ok ? send(res, 200, { ok: true }) : send(res, 503, { ok: false }, { 'retry-after': RETRY_AFTER_UNAVAILABLE });
    }
    if (req.method === 'OPTIONS') {
      if (origin && (await originOk(origin, undefined, open).catch(() => false))) allowCors(res, origin);
      res.setHeader('vary', 'Origin');
      return send(res, 204, undefined);
    }
    if (closing) return error(res, 503, 'unavailable', 'The server is shutting down; retry', { 'retry-after': RETRY_AFTER_UNAVAILABLE, connection: 'close' });
    if (!isReady()) return error(res, 503, 'unavailable', 'The server is starting (waiting for PostgreSQL); retry shortly', { 'retry-after': RETRY_AFTER_UNAVAILABLE });

    if (faults && req.method === 'POST' && (url.pathname === '/__faults' || url.pathname === '/__keys')) {
      if (origin && originAllowed(origin, [...globalOrigins, ...LOOPBACK_ORIGINS])) allowCors(res, origin);
      return faults.serve(req, res, url);
    }

    // A page that may send a preflight may read the answer (a 401 too); the key decides below.
    res.setHeader('vary', 'Origin');
    if (origin && (await originOk(origin, undefined, open).catch(() => false))) allowCors(res, origin);
    const principal = await authenticate(req, url, open);
    if (origin !== undefined) {
      if (!(await originOk(origin, principal.key, open))) {
        res.removeHeader('Access-Control-Allow-Origin');
        throw new HttpError(403, 'forbidden', `Origin ${origin} may not use this server${principal.key ? ' with this key' : ''}`);
      }
      allowCors(res, origin);
    } else if (principal.key?.origins.length) {
      throw new HttpError(403, 'forbidden', 'This key is restricted to browser origins and the request has none');
    }
    const limitKey = `${principal.key?.id ?? `open:${principal.tenant}`}|${clientAddress(req)}`;
    if (requests && !requests.take(limitKey)) {
      throw new HttpError(429, 'rate-limited', 'Too many requests; retry shortly', { 'retry-after': String(requests.retryAfter(limitKey)) });
    }
    const client = /^[\w-]{1,64}$/.test(String(req.headers['x-lead-kit-client'] ?? url.searchParams.get('client') ?? ''))
      ? String(req.headers['x-lead-kit-client'] ?? url.searchParams.get('client'))
      : '';

    if (url.pathname === '/events/tickets' && req.method === 'POST') {
      if (!principal.key) return send(res, 201, { ticket: '', expiresAt: new Date(Date.now() + tickets().ttlMs).toISOString() });
      if (principal.key.kind !== 'secret') throw new HttpError(403, 'forbidden', 'A publishable key cannot read the change feed');
      return send(res, 201, tickets().issue(principal.key));
    }
    if (req.method === 'GET' && url.pathname === '/events') {
      if (principal.key && principal.key.kind !== 'secret') throw new HttpError(403, 'forbidden', 'A publishable key cannot read the change feed');
      // The last change the client had (EventSource sends Last-Event-ID when it reconnects; a new
      // EventSource passes it as `lastEventId`): what it missed is replayed first.
      events.open(req, res, url, principal.tenant, principal.key);
      return;
    }

    const fault = faults?.take(req.method, url.pathname);
    if (fault === 'throw') throw new TypeError('planned bug: a handler threw'); // an unexpected error, end to end
    if (typeof fault === 'number') {
      faults!.markPlanned(res); // not logged
      return error(res, fault, 'internal', `planned fault ${fault}`, fault === 503 || fault === 429 ? { 'retry-after': '1' } : {});
    }

    let match: ReturnType<typeof matchRoute>;
    try {
      match = matchRoute(req.method ?? 'GET', url.pathname);
    } catch {
      throw new HttpError(400, 'bad-request', 'Malformed percent-encoding in the path');
    }
    if (!match) return error(res, 404, 'not-found', `No route ${req.method} ${url.pathname}`);
    const route = ROUTES[match.method];
    if (principal.key?.kind === 'publishable' && !route.publishable) {
      throw new HttpError(403, 'forbidden', 'A publishable key can only submit leads (or hold suspected ones) and read a campaign\'s member statuses; use a secret key for this');
    }
    if ((match.method === 'submitLead' || match.method === 'holdSubmission') && submissions) {
      const { ok, retryAfter } = await db.withClient((c) => submissions.take(c, `submit|${limitKey}`));
      if (!ok) throw new HttpError(429, 'rate-limited', 'Too many submissions; retry shortly', { 'retry-after': String(retryAfter) });
    }

    let body: unknown;
    if (req.method !== 'GET') {
      const type = String(req.headers['content-type'] ?? '');
      const raw = await readBody(req, match.method === 'importLeads' ? importBodyLimit : bodyLimit, bodyIdleTimeoutMs);
      if (raw.length) {
        if (!/^application\/json\s*(;|$)/i.test(type)) throw new HttpError(415, 'unsupported-media-type', 'The body must be application/json');
        body = parseJson(raw, maxDepth);
      }
      if (body !== undefined && (typeof body !== 'object' || body === null || Array.isArray(body))) {
        throw new ValidationError([{ path: '', code: 'invalid_type', message: 'The body must be a JSON object' }]);
      }
    }
    const rawIfMatch = req.headers['if-match'];
    let ifMatch: number | undefined;
    if (rawIfMatch !== undefined) {
      ifMatch = Number(String(rawIfMatch).replace(/^W\//, '').replace(/"/g, ''));
      if (!Number.isInteger(ifMatch) || ifMatch < 1) throw new HttpError(400, 'bad-request', 'If-Match must be a record version ("3")');
    }
    const query = Object.fromEntries(url.searchParams.entries());
    delete query.tenant;
    delete query.client;
    const wire: WireRequest = { params: match.params, query, body, ...(ifMatch !== undefined ? { ifMatch } : {}) };
    const unsafe = [
      ...unsafeTextIssues(match.params),
      ...unsafeTextIssues(query),
      ...unsafeTextIssues(body),
    ];
    if (unsafe.length) throw new ValidationError(unsafe);
    const idempotencyKey = req.headers['idempotency-key'] === undefined ? undefined : String(req.headers['idempotency-key']);
    if (idempotencyKey !== undefined && !/^[\x21-\x7e]{1,128}$/.test(idempotencyKey)) {
      throw new HttpError(400, 'bad-request', 'Idempotency-Key must be 1 to 128 visible ASCII characters');
    }

    if (match.method === 'importLeads') {
      const rows = (body as { rows?: unknown } | undefined)?.rows;
      if (Array.isArray(rows) && rows.length > importRowLimit) {
        throw new HttpError(413, 'too-large', `An import request may carry at most ${importRowLimit} rows (this one has ${rows.length}); send them in parts`);
      }
    }
    // A publishable key is a landing page's: it never creates a campaign, records only the
    // campaign's web-form statuses, never moves anyone backwards or checks them in, and learns
    // nothing about who was already known (LocalAdapterOptions.publicCapture).
    const publishable = principal.key?.kind === 'publishable';
    const adapterOptions = { autoCreateCampaigns: !publishable, publicCapture: publishable, bulkChunk: 10_000 };
    /** What the request's work changed, announced to every instance once it committed. */
    const changed: CommitInfo[] = [];
    const execute = async (conn: pg.PoolClient, inTransaction: boolean) => {
      const store = SqlStore.open(conn, principal.tenant, inTransaction ? 'transaction' : 'autocommit');
      const adapter = new SqlAdapter(store, conn, adapterOptions);
      const args = (route.decode as (r: WireRequest) => unknown[])(wire);
      const result = await (adapter[match.method] as (...a: unknown[]) => Promise<unknown>)(...args);
      changed.push(...store.heldCommits());
      return { status: route.creates ? 201 : 200, result: result ?? null };
    };

    const fingerprintOf = () => requestFingerprint({ method: match.method, params: wire.params, query: wire.query, body: wire.body, ifMatch: wire.ifMatch });
    const scope: IdempotencyScope | undefined = idempotencyKey === undefined ? undefined : { tenant: principal.tenant, key: idempotencyKey, method: match.method };

    /**
     * The hot path, a lead submission, in two round trips after the rate limit: one read of
     * everything the capture rules need (and the Idempotency-Key's answer, if any), then one
     * statement that writes the change set, the key's answer and the change notifications
     * together (atomic by itself). A concurrent submission that wins a unique key makes it start
     * over, and then it sees the winner (matched, or the key's answer replayed).
     */
    const submitFast = async (input: LeadSubmission, parsed: LeadSubmission, fingerprint: string): Promise<CaptureOutcome> => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await db.withClient(async (conn) => {
            const store = SqlStore.open(conn, principal.tenant, 'deferred');
            const known = await store.preloadCapture(
              { submissionId: parsed.submissionId, campaignId: parsed.campaignId, emailKey: emailKey(parsed.lead.email) },
              idempotencyKey ? { key: idempotencyKey, method: match.method } : undefined,
            );
            if (known && scope) return { ...replayOf(scope, known, fingerprint), commits: [] };
            const result = await new SqlAdapter(store, conn, adapterOptions).submitLead(input);
            const extra: ExtraCte[] = scope ? [recordCte(scope, fingerprint, result)] : [];
            if (fault === 'pause') await new Promise((r) => setTimeout(r, 3000));
            if (fault === 'rollback') throw new Error('planned failure after the work, before COMMIT');
            const statement = store.commitStatement(mergeChanges(store.deferred), extra);
            if (statement) await run(conn, statement.text, statement.values);
            return { status: 201, result, replay: false, commits: store.heldCommits() };
          });
        } catch (error) {
          const conflict = conflictOf(error);
          if (!conflict || attempt >= 5) throw conflict ?? error;
        }
      }
    };

    let outcome: { status: number; result: unknown; replay: boolean };
    if (match.method === 'submitLead') {
      // Test faults (a pause, a rollback) stay out of the batches: they hold their submission alone.
      const [input] = (route.decode as (r: WireRequest) => [LeadSubmission])(wire);
      const parsed = parseInput(leadSubmissionSchema, input);
      const fingerprint = idempotencyKey ? fingerprintOf() : '';
      const solo = () => submitFast(input, parsed, fingerprint);
      const job = {
        tenant: principal.tenant,
        input,
        submissionId: parsed.submissionId,
        campaignId: parsed.campaignId,
        emailKey: emailKey(parsed.lead.email),
        ...(idempotencyKey ? { idempotency: { key: idempotencyKey, method: match.method, fingerprint } } : {}),
        adapterOptions,
        solo,
      };
      const done = fault ? await solo() : await batcher.submit(job);
      changed.push(...done.commits);
      if (faults && done.batch) res.setHeader('x-lead-kit-batch', String(done.batch)); // tests
      outcome = done;
    } else if (req.method === 'GET') {
      outcome = await db.withClient(async (conn) => ({ ...(await execute(conn, false)), replay: false }));
    } else {
      // One transaction on one connection: the Idempotency-Key's record, the locks and the work
      // commit together, or not at all (a crash mid-way leaves neither).
      outcome = await db.transaction(async (conn) => {
        if (scope && route.creates) {
          const replay = await claim(conn, scope, fingerprintOf());
          if (replay) return replay;
          const ran = await execute(conn, true);
          await record(conn, scope, ran.status, ran.result);
          if (fault === 'pause') await new Promise((r) => setTimeout(r, 3000));
          return { status: ran.status, result: ran.result, replay: false };
        }
        const ran = await execute(conn, true);
        if (fault === 'pause') await new Promise((r) => setTimeout(r, 3000));
        if (fault === 'rollback') throw new Error('planned failure after the work, before COMMIT');
        return { status: ran.status, result: ran.result, replay: false };
      });
    }
    // Committed: every instance streams it (only now, so a rolled-back change is never announced).
    if (changed.length) options.feed?.publish(changePayloads(principal.tenant, client, changed));
    if (fault === 'drop') return void req.socket.destroy(); // committed; the answer is lost
    const version = (outcome.result as { version?: unknown } | null)?.version;
    send(res, outcome.status, outcome.result, {
      ...(typeof version === 'number' ? { etag: `"${version}"` } : {}),
      ...(outcome.replay ? { 'idempotent-replay': 'true' } : {}),
    });
  };


  const server = http.createServer({ connectionsCheckingInterval: 1000 }, (req, res) => {
    if (refused.has(req.socket)) return; // over a connection cap: already answered 503
    const given = req.headers['x-request-id'];
    const requestId = typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomBytes(8).toString('hex');
    res.setHeader('x-request-id', requestId);
    const started = Date.now();
    inFlight++;
    res.on('close', () => {
      inFlight--;
      if (closing && inFlight === 0) drained?.();
      if (res.statusCode >= 500 && !faults?.isPlanned(res)) log('warn', 'request', { id: requestId, method: req.method, path: (req.url ?? '').split('?')[0].slice(0, 200), status: res.statusCode, ms: Date.now() - started });
    });
    (faults ? faults.counted(res, () => handle(req, res)) : handle(req, res)).catch((e: unknown) => {
      if (e instanceof HttpError) {
        if (e.status === 413) {
          // Answer at once without keeping the body. A client still sending reads the answer
          // once its upload ends (the rest is discarded as it arrives, for at most 10 s); an
          // absurd declared length closes the connection instead.
          const declared = Number(req.headers['content-length']);
          send(res, 413, { error: { code: e.code, message: e.message } }, declared > 64 * 1024 * 1024 ? { connection: 'close' } : {});
          req.on('data', () => {});
          const cut = setTimeout(() => req.socket.destroy(), 10_000);
          cut.unref();
          req.on('end', () => clearTimeout(cut));
          return;
        }
        if (e.status === 408) {
          // A stalled sender: answered, and the connection closed (its body would never end).
          error(res, 408, e.code, e.message, { connection: 'close' });
          return void res.on('finish', () => req.socket.destroy());
        }
        return error(res, e.status, e.code, e.message, e.headers);
      }
      const { status, body } = toWireError(e);
      if (status === 500) log('error', 'unexpected error', { id: requestId, method: req.method, path: (req.url ?? '').split('?')[0].slice(0, 200), error: describe(e), stack: (e as Error)?.stack?.split('\n').slice(0, 6).join(' | ') });
      if (status === 500) body.error.message = `Internal error (request ${requestId})`;
      send(res, status, body, status === 429 || status === 503 ? { 'retry-after': RETRY_AFTER_UNAVAILABLE } : {});
    });
  });
  const refused = guardConnections(server, {
    requestTimeoutMs: options.requestTimeoutMs ?? 60_000,
    headersTimeoutMs: options.headersTimeoutMs ?? 10_000,
    maxConnections: options.maxConnections ?? 10_000,
    // Behind a trusted proxy every connection comes from the proxy: limit there.
    maxConnectionsPerClient: (options.trustProxy ?? 0) > 0 ? Infinity : (options.maxConnectionsPerClient ?? 256),
  });

  const shutdown = async (graceMs: number) => {
    closing = true;
    server.close();
    events.endAll();
    server.closeIdleConnections();
    if (inFlight > 0) {
      await new Promise<void>((resolve) => {
        drained = resolve;
        setTimeout(resolve, graceMs).unref();
      });
    }
    server.closeAllConnections();
  };

  return { server, shutdown, requireKeys };
}


