/**
 * SQL plumbing the store shares: prepared statements by shape (`run`), parameter lists, a row as
 * JSON (a campaign with its statuses), counter shards.
 */
import { createHash } from 'node:crypto';
import type pg from 'pg';
import { influenceCountsKey, INFLUENCE_METRIC } from '../../src/domain/influence.js';
import { memberCountsKey } from '../../src/domain/members.js';
import type { TableDef } from './row-mapping.js';

/** A connection (a checked-out `pg.PoolClient`) or anything that runs a query. */
export interface Queryable {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<pg.QueryResult<R>>;
}

const names = new Map<string, string>();

/**
 * Runs a statement as a named prepared statement of the connection (parsed once per connection,
 * and planned once PostgreSQL finds its generic plan no costlier than planning each execution:
 * the kit's reads and a submission's writes come in a few dozen shapes). `prepare: false`
 * (planned for each execution with its values) for statements whose best plan depends on their
 * values — searches, where a common word walks an index and a rare one probes the trigrams — and
 * for statements of unbounded shapes (change sets).
 */
export function run<R extends pg.QueryResultRow = pg.QueryResultRow>(db: Queryable, text: string, values: unknown[] = [], prepare = true): Promise<pg.QueryResult<R>> {
  if (!prepare) return db.query<R>(text, values);
  let name = names.get(text);
  if (!name) {
    name = `lk_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    if (names.size < 10_000) names.set(text, name);
  }
  return (db as unknown as pg.ClientBase).query<R>({ name, text, values });
}

/** Builds a statement's parameter list: `p(value)` returns its `$n`. */
export class Params {
  readonly values: unknown[] = [];
  p(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A statement fragment the caller adds to a commit (an Idempotency-Key row, notifications). */
export type ExtraCte = (p: (value: unknown) => string) => string;

/**
 * Counter rows per (campaign, metric): a commit adds to its connection's shard (backend pid
 * modulo this), so concurrent transactions, each on its own connection, almost never wait on
 * each other's counter rows; reads sum the shards.
 */
export const COUNTER_SHARDS = 1024;

const CAMPAIGN_STATUSES = `(select coalesce(jsonb_agg(jsonb_build_object('label', s.label, 'responded', s.responded, 'default', s.is_default)
    || case when s.web_form then '{"webForm": true}'::jsonb else '{}'::jsonb end order by s.position), '[]')
  from campaign_member_statuses s where s.tenant_id = t.tenant_id and s.campaign_id = t.id)`;

/** `to_jsonb` of a row of the table (a campaign with its statuses). */
export function rowJson(def: TableDef, alias = 't'): string {
  return def.store === 'campaigns' ? `to_jsonb(${alias}) || jsonb_build_object('member_statuses', ${CAMPAIGN_STATUSES.replaceAll('t.', `${alias}.`)})` : `to_jsonb(${alias})`;
}

/**
 * The campaign of a counter key: `members:<campaignId>` (member counts) or
 * `influence:<campaignId>` (its influence aggregates, metrics named `influence|…`). Both live in
 * the campaign's counter rows.
 */
export function campaignOfCounter(key: string): string {
  for (const prefix of [memberCountsKey(''), influenceCountsKey('')]) if (key.startsWith(prefix)) return key.slice(prefix.length);
  throw new Error(`Unknown counter ${key}`);
}

/** Counters of the whole workspace (`workspace:<name>`, e.g. its leads), kept in workspace_counts. */
export function isWorkspaceCounter(key: string): boolean {
  return key.startsWith('workspace:');
}

/** Whether a counter row's metric belongs to the counter `key` names (influence metrics to `influence:` keys). */
export function metricOfCounter(key: string, metric: string): boolean {
  return key.startsWith(influenceCountsKey('')) === metric.startsWith(INFLUENCE_METRIC);
}
