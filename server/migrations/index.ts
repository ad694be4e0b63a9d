/**
 * The server's schema migrations: numbered SQL files in this folder (and three steps in code: 6,
 * which moves the JSONB layout's records through the server's own write path, 11, which counts
 * responses by day and the opportunities into campaign influence by the domain's rules, and 12,
 * which counts the leads into the workspace's lead counter), applied in order
 * at start, each in its own transaction with its number recorded, never edited once released.
 * Several instances starting at once: one applies them (an advisory lock), the others wait. A
 * database at a version this code does not know (migrated by a newer server) is refused with
 * `SchemaTooNewError` before anything is read or written. docs/schema.md describes the result.
 */
import type pg from 'pg';
import m1 from './0001-jsonb-records.sql?raw';
import m2 from './0002-counter-shards.sql?raw';
import m3 from './0003-server-tables.sql?raw';
import m4 from './0004-rate-limits.sql?raw';
import m5 from './0005-relational-schema.sql?raw';
import { moveJsonbLayout as m6 } from './0006-move-jsonb-layout.js';
import m7 from './0007-web-form-statuses.sql?raw';
import m8 from './0008-held-submissions.sql?raw';
import m9 from './0009-campaign-materials.sql?raw';
import m10 from './0010-change-log.sql?raw';
import { countResults as m11 } from './0011-results-counters.js';
import { countLeads as m12 } from './0012-lead-counts.js';
import m13 from './0013-people-lists.sql?raw';
import m14 from './0014-mail-outbox.sql?raw';
import m15 from './0015-visitors.sql?raw';
import m16 from './0016-trigram-fastupdate-off.sql?raw';

export type Migration = string | ((client: pg.PoolClient) => Promise<void>);

/** Migration n is `MIGRATIONS[n - 1]`. */
export const MIGRATIONS: Migration[] = [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13, m14, m15, m16];

/** The database was migrated by a newer server than this one: this code must not write to it. */
export class SchemaTooNewError extends Error {
  override name = 'SchemaTooNewError';
  constructor(
    readonly databaseVersion: number,
    readonly codeVersion: number,
  ) {
    super(`the database is at schema version ${databaseVersion}, newer than this server knows (${codeVersion}): run the server version that migrated it (or newer), or restore a backup made for this one`);
  }
}

/** Applies the pending migrations (see above). */
export async function migrate(pool: pg.Pool): Promise<void> {

  const client = await pool.connect();
  client.on('error', () => {}); // a lost connection fails the query below; the caller retries
  try {
    await client.query('select pg_advisory_lock(424242)');
    await client.query('create table if not exists schema_migrations (version int primary key)');
    const done = new Set((await client.query<{ version: number }>('select version from schema_migrations')).rows.map((r) => r.version));
    const newest = Math.max(0, ...done);
    if (newest > MIGRATIONS.length) throw new SchemaTooNewError(newest, MIGRATIONS.length);
    for (const [i, sql] of MIGRATIONS.entries()) {
      if (done.has(i + 1)) continue;
      await client.query('begin');
      try {
        if (typeof sql === 'string') await client.query(sql);
        else await sql(client);
        await client.query('insert into schema_migrations (version) values ($1)', [i + 1]);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback').catch(() => {});
        const e = error as { code?: string; message?: string };
        throw Object.assign(new Error(`schema migration ${i + 1} failed (nothing of it applied): ${e.message}`, { cause: error }), { code: e.code });
      }
    }
    await client.query('select pg_advisory_unlock(424242)');
    client.release();
  } catch (error) {
    // Never back into the pool in an unknown state: the connection (and its lock) goes.
    client.release(error as Error);
    throw error;
  }
}
