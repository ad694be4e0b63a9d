/**
 * Idempotency-Keys, in one place: a create carries one (the RestAdapter keeps it across its
 * retries); the key's answer is recorded in the transaction of its effect, so a retry after a
 * crash either finds nothing (nothing was committed: the work runs) or the answer (replayed, with
 * `Idempotent-Replay: true`). The same key with another request is refused (`ConflictError`
 * reason `idempotency`). Keys are per tenant and use case, and forgotten after the TTL.
 */
import { createHash } from 'node:crypto';
import type pg from 'pg';
import { ConflictError } from '../../src/adapters/errors.js';
import { keyOrderJson } from '../../src/domain/ids.js';
import type { Db } from './db.js';
import type { ExtraCte } from './sql-store.js';

/** How long a create's Idempotency-Key is remembered (retries and outbox replays come well within). */
export const IDEMPOTENCY_TTL_HOURS = 72;

/** A key within its tenant and use case. */
export interface IdempotencyScope {
  tenant: string;
  key: string;
  method: string;
}

/** What a key holds once its request committed. */
export interface StoredAnswer {
  fingerprint: string;
  status: number;
  response: unknown;
}

/** An answer given again. */
export interface Replay {
  status: number;
  result: unknown;
  replay: true;
}

/** The fingerprint of a request (its use case, parameters, query, body and If-Match; key order free). */
export function requestFingerprint(request: { method: string; params: unknown; query: unknown; body?: unknown; ifMatch?: number }): string {
  const { method, ...rest } = request;
  return createHash('sha256').update(keyOrderJson({ m: method, ...rest })).digest('hex');
}

/** The answer to give again for a key found stored; another request under the key, or one still running, is refused. */
export function replayOf(scope: IdempotencyScope, stored: StoredAnswer | undefined, fingerprint: string): Replay {
  if (!stored) throw new ConflictError('A request with this Idempotency-Key is in progress; retry', 'version');
  if (stored.fingerprint !== fingerprint) throw new ConflictError(`Idempotency-Key ${scope.key} was used for a different request`, 'idempotency');
  return { status: stored.status, result: stored.response, replay: true };
}

/**
 * Claims the key inside the caller's transaction: undefined when this request holds it now (run
 * the work, then `record`), else the stored answer to replay. The insert comes first, so a
 * concurrent request with the same key waits here for this transaction, then finds its answer.
 */
export async function claim(conn: pg.ClientBase, scope: IdempotencyScope, fingerprint: string): Promise<Replay | undefined> {
  const claimed = await conn.query(`insert into idempotency (tenant, key, method, fingerprint, status, response) values ($1, $2, $3, $4, 0, null) on conflict do nothing`, [
    scope.tenant,
    scope.key,
    scope.method,
    fingerprint,
  ]);
  if (claimed.rowCount) return undefined;
  const { rows } = await conn.query<StoredAnswer>('select fingerprint, status, response from idempotency where tenant = $1 and key = $2 and method = $3', [scope.tenant, scope.key, scope.method]);
  return replayOf(scope, rows[0], fingerprint);
}

/** Records the answer of a claimed key (same transaction as the work). */
export async function record(conn: pg.ClientBase, scope: IdempotencyScope, status: number, response: unknown): Promise<void> {
  await conn.query('update idempotency set status = $4, response = $5 where tenant = $1 and key = $2 and method = $3', [scope.tenant, scope.key, scope.method, status, JSON.stringify(response)]);
}

/**
 * The keys' answers written by the very statement that commits their effect (the submission fast
 * paths: one submission, or a batch): one CTE whatever their number, so the statement's text —
 * and its prepared plan — does not change with it.
 */
export function recordCte(tenant: string, answers: { key: string; method: string; fingerprint: string; result: unknown }[]): ExtraCte {
  return (p) => `insert into idempotency (tenant, key, method, fingerprint, status, response)
    select ${p(tenant)}, x.k, x.m, x.f, 201, x.r::jsonb
    from unnest(${p(answers.map((a) => a.key))}::text[], ${p(answers.map((a) => a.method))}::text[], ${p(answers.map((a) => a.fingerprint))}::text[], ${p(answers.map((a) => JSON.stringify(a.result)))}::text[]) as x(k, m, f, r) returning 1`;
}

/** Forgets Idempotency-Keys older than the TTL (the server runs it at start and every hour). */
export async function expireIdempotencyKeys(db: Db): Promise<number> {
  return db.withClient(async (c) => {
    const { rowCount } = await c.query(`delete from idempotency where created_at < now() - make_interval(hours => $1)`, [IDEMPOTENCY_TTL_HOURS]);
    return rowCount ?? 0;
  });
}
