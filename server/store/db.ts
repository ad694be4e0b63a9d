import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import { describe, isUnavailable, lostConnection, unavailable } from '../pg-errors.js';

export { describe, isUnavailable } from '../pg-errors.js';

/**
 * The server's PostgreSQL pool, made safe for a server's life: a connection lost while idle or
 * while checked out (PostgreSQL restarted, 57P01) never becomes an unhandled 'error' event; a
 * request waits a bounded time for a connection, then gets `UnavailableError` (503); every
 * statement has a timeout; a broken connection is destroyed, not returned to the pool.
 */
export interface DbOptions {
  connectionString?: string;
  /** Connections in the pool (PG_POOL, default 20). */
  max?: number;
  /** How long a request waits for a free connection before a 503 (PG_POOL_WAIT_MS, default 5000). */
  waitMs?: number;
  /** statement_timeout of every connection (PG_STATEMENT_TIMEOUT_MS, default 15000). */
  statementTimeoutMs?: number;
  /** Logs one line (errors of idle connections). */
  log?: (line: string) => void;
}

/** Counts the round trips to PostgreSQL of the work run inside it (a request's, for its tests). */
export const roundTrips = new AsyncLocalStorage<{ n: number }>();

export class Db {
  readonly pool: pg.Pool;
  private readonly log: (line: string) => void;

  constructor(options: DbOptions = {}) {
    this.log = options.log ?? ((line) => console.error(line));
    const statementTimeout = options.statementTimeoutMs ?? 15_000;
    this.pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.max ?? 20,
      connectionTimeoutMillis: options.waitMs ?? 5000,
      idleTimeoutMillis: 30_000,
      statement_timeout: statementTimeout,
      // A transaction left open by a bug never holds its locks for long.
      idle_in_transaction_session_timeout: statementTimeout * 2,
      application_name: 'lead-kit-server',
      // Prepared statements keep a generic plan once it is no costlier than planning each
      // execution (PostgreSQL's own rule, `auto`): a submission's lookups are not planned again
      // for every batch. Statements whose best plan depends on their values (searches) are not
      // prepared (sql.ts `run`), and foreign key checks plan with the tables' current size
      // (commit-statement.ts): their generic plans, made while a table was young, stayed
      // sequential scans as it grew (submissions fell from ~780/s to ~290/s over a minute).
      options: '-c plan_cache_mode=auto',
      keepAlive: true,
    });
    // An idle connection dropped by PostgreSQL (restart, shutdown): the pool replaces it on next use.
    this.pool.on('error', (error) => this.log(`PostgreSQL: idle connection lost (${describe(error)})`));
  }

  /**
   * Runs `fn` on one connection. Errors of the connection while it is checked out are caught
   * (the query in flight fails with them); a connection that failed is destroyed on release.
   * A pool that has no free connection within the wait, or a database that cannot be reached,
   * is an `UnavailableError`.
   */
  async withClient<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw unavailable(error);
    }
    let broken: Error | undefined;
    const onError = (error: Error) => {
      broken = error;
    };
    client.on('error', onError);
    const counter = roundTrips.getStore();
    const query = client.query;
    if (counter) {
      client.query = function (this: pg.PoolClient, ...args: unknown[]) {
        counter.n++;
        return (query as (...a: unknown[]) => unknown).apply(this, args);
      } as typeof client.query;
    }
    try {
      return await fn(client);
    } catch (error) {
      if (lostConnection(error)) broken ??= error as Error;
      throw isUnavailable(error) ? unavailable(error) : error;
    } finally {
      client.query = query;
      client.off('error', onError);
      client.release(broken ?? undefined);
    }
  }

  /**
   * Runs `fn` in one transaction on one connection: COMMIT when it returns, ROLLBACK when it
   * throws. A lost connection rolls back on the server's side.
   */
  transaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return this.withClient(async (client) => {
      await client.query('begin');
      try {
        const result = await fn(client);
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      }
    });
  }

  /** True when a trivial query answers within the pool's wait. */
  async ping(): Promise<boolean> {
    try {
      await this.withClient((c) => c.query('select 1'));
      return true;
    } catch {
      return false;
    }
  }

  end(): Promise<void> {
    return this.pool.end();
  }
}

