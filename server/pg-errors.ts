import { ConflictError, UnavailableError } from '../src/adapters/errors.js';

/**
 * What a PostgreSQL (or driver) error means for the request, decided in one place:
 * - `unavailable`: the database cannot serve now (lost connection, restart, timeouts, pool
 *   exhausted, resources) — 503 + Retry-After, a retry later may succeed;
 * - `conflict`: a change set's version check failed (`LK409`), or a serialization failure or
 *   deadlock lost to a concurrent transaction — run the request again;
 * - `taken`: a unique or exclusion constraint another transaction took first — run again (and
 *   see the winner), or report `ConflictError` reason `exists`;
 * - `unstorable`: text PostgreSQL cannot store (NUL, invalid UTF-8) that validation missed — 422;
 * - `other`: a bug — 500.
 */
export type PgErrorKind = 'unavailable' | 'conflict' | 'taken' | 'unstorable' | 'other';

/** SQLSTATE classes: connection, resources, operator intervention (restart, timeout), system. */
const UNAVAILABLE_STATES = /^(08|53|57|58)/;
const CONNECTION_MESSAGES = /Connection terminated|connection timeout|timeout exceeded when trying to connect|ECONNREFUSED|ECONNRESET|EPIPE|ENOTFOUND|EAI_AGAIN|Client has encountered a connection error|Client was closed|the database system is (starting up|shutting down|in recovery mode)|Cannot use a pool after calling end/i;

export function classify(error: unknown): PgErrorKind {
  if (error instanceof UnavailableError) return 'unavailable';
  const e = error as { code?: unknown; message?: unknown } | undefined;
  const code = typeof e?.code === 'string' ? e.code : '';
  if (code === 'LK409' || code === '40001' || code === '40P01') return 'conflict';
  if (code === '23505' || code === '23P01') return 'taken';
  if (code === '22P05' || code === '22021') return 'unstorable';
  if (UNAVAILABLE_STATES.test(code) || /^E[A-Z]+$/.test(code)) return 'unavailable';
  if (e && CONNECTION_MESSAGES.test(String(e.message ?? ''))) return 'unavailable';
  return 'other';
}

/** The connection itself is gone (not just busy or slow): its client must not go back to the pool. */
export function lostConnection(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | undefined;
  if (!e) return false;
  const code = typeof e.code === 'string' ? e.code : '';
  if (/^(08|57P)/.test(code) || /^E[A-Z]+$/.test(code)) return true;
  return CONNECTION_MESSAGES.test(String(e.message ?? ''));
}

/** True for errors that a retry later may not see: lost connection, restart, timeouts, pool exhausted. */
export function isUnavailable(error: unknown): boolean {
  return classify(error) === 'unavailable';
}

/** The `UnavailableError` (503) an unavailable database error becomes, saying why. */
export function unavailable(error: unknown): UnavailableError {
  if (error instanceof UnavailableError) return error;
  const code = (error as { code?: string } | undefined)?.code;
  const reason = code === '57014' ? 'the database took too long' : /timeout exceeded when trying to connect/i.test(String((error as Error)?.message)) ? 'every database connection is busy' : 'the database cannot be reached';
  return new UnavailableError(`Service unavailable: ${reason}; retry shortly`, { cause: error });
}

/** The `ConflictError` of a change set that lost to a concurrent one (or broke a promise); undefined for other errors. */
export function conflictOf(error: unknown): ConflictError | undefined {
  const kind = classify(error);
  const e = error as { code?: string; message?: string; constraint?: string };
  if (kind === 'conflict') return new ConflictError(e.code === 'LK409' ? (e.message ?? 'changed since it was read') : 'a concurrent change won; retry', 'version');
  if (kind === 'taken') return new ConflictError(`a record with the same id or unique key exists (${e.constraint ?? 'unique'})`, 'exists');
  return undefined;
}

/** A one-line description of a database error for the log (code and message, never parameters). */
export function describe(error: unknown): string {
  const e = error as { code?: string; message?: string } | undefined;
  return [e?.code, e?.message].filter(Boolean).join(' ') || String(error);
}
