import type { ChangeSet, StoredRecord } from '../../src/domain/change-set.js';
import { conflictOf } from '../pg-errors.js';
import { commitInfo, type CommitInfo, type CommitListener, type CommitOptions, type PageOptions, type PageResult, type RecordStore } from '../../src/adapters/local/record-store.js';
import type { ReadStore } from '../../src/adapters/local/idb-layout.js';
import { foldText } from '../../src/domain/matching.js';
import { preloadedReads, PRELOAD_CAPTURE, type CaptureKeys, type PreloadRow } from './capture-preload.js';
import { commitStatement } from './commit-statement.js';
import { searchMembers } from './member-search.js';
import { fromRow, TABLES, type TableDef } from './row-mapping.js';
import { campaignOfCounter, isWorkspaceCounter, metricOfCounter, rowJson, run, type ExtraCte, type Queryable } from './sql.js';

export { run, type ExtraCte, type Queryable } from './sql.js';
export { preloadCaptures, type CaptureKeys } from './capture-preload.js';

/** A person read from leads or contacts, with its kind. */
type PersonRow = StoredRecord & { kind: 'lead' | 'contact' };

/** How a store's commits reach the database (see SqlStore). */
export type SqlStoreMode = 'autocommit' | 'transaction' | 'deferred';

/**
 * The RecordStore the server's adapter runs on, over the relational tables (row-mapping.ts): each
 * read one query on a real index (keyset paging on the `sort_*` indexes), each change set one
 * statement (data-modifying CTEs: version-checked updates and deletes, inserts, counter
 * deltas, and whatever the caller adds, such as the Idempotency-Key row and the change
 * notifications) — atomic by itself, so the common write is a single round trip.
 *
 * A store is bound to one connection for one request, in one of three modes (`SqlStore.open`):
 * - `autocommit`: each commit is its own statement, announced to listeners at once;
 * - `transaction`: inside the request's transaction, each commit a savepoint, its change
 *   events held until the request's COMMIT (`heldCommits`);
 * - `deferred`: a commit only keeps its change set (`deferred`) for the caller to write in one
 *   statement with its own parts (the Idempotency-Key's answer; a batch of submissions).
 * `preloadCapture` reads everything a lead submission's rules need in one query; reads it
 * answers are served from that snapshot.
 */
export class SqlStore implements RecordStore {
  readonly name: string;
  private listeners = new Set<CommitListener>();
  private held: { info: CommitInfo; origin: unknown }[] = [];
  private savepoints = 0;
  /** Answers read ahead (`preloadCapture`), by read: `get|store|id`, `idx|store|index|key`. */
  private cache = new Map<string, unknown>();
  /** The change sets committed in `deferred` mode, for the caller to write. */
  readonly deferred: ChangeSet[] = [];

  /** A store on `db` for `tenant`, committing as `mode` says. */
  static open(db: Queryable, tenant: string, mode: SqlStoreMode): SqlStore {
    return new SqlStore(db, tenant, mode);
  }

  private constructor(
    private readonly db: Queryable,
    readonly tenant: string,
    private readonly mode: SqlStoreMode,
  ) {
    this.name = `postgres:${tenant}`;
  }

  heldCommits(): CommitInfo[] {
    return this.held.map((h) => h.info);
  }


  private async select(def: TableDef, where: string, params: unknown[], tail = ''): Promise<Record<string, unknown>[]> {
    const { rows } = await run<{ r: Record<string, unknown> }>(this.db, `select ${rowJson(def)} as r from ${def.table} t where t.tenant_id = $1 and ${where} ${tail}`, [this.tenant, ...params]);
    return rows.map((row) => row.r);
  }

  private async people(where: string, params: unknown[]): Promise<PersonRow[]> {
    const { rows } = await run<{ kind: 'lead' | 'contact'; r: Record<string, unknown> }>(
      this.db,
      `select 'lead' as kind, to_jsonb(t) as r from leads t where t.tenant_id = $1 and ${where}
       union all select 'contact', to_jsonb(t) from contacts t where t.tenant_id = $1 and ${where}`,
      [this.tenant, ...params],
    );
    return rows.map((row) => ({ ...fromRow(TABLES[row.kind === 'lead' ? 'leads' : 'contacts'], row.r), kind: row.kind }));
  }

  async get<T>(store: ReadStore, id: string): Promise<T | undefined> {
    return (await this.getMany<T>(store, [id]))[0];
  }

  async getMany<T>(store: ReadStore, ids: readonly string[]): Promise<(T | undefined)[]> {
    if (!ids.length) return [];
    const cached = ids.map((id) => this.cache.get(`get|${store}|${id}`));
    if (cached.every((c) => c !== undefined)) return cached.map((c) => (c === null ? undefined : (c as T)));
    const list = [...new Set(ids.filter(Boolean))];
    const found = new Map<string, unknown>();
    if (store === 'people') for (const p of await this.people('t.id = any($2)', [list])) found.set(p.id, p);
    else for (const r of await this.select(TABLES[store], 't.id = any($2)', [list])) found.set(r.id as string, fromRow(TABLES[store], r));
    return ids.map((id) => found.get(id) as T | undefined);
  }

  async getAll<T>(store: ReadStore): Promise<T[]> {
    if (store === 'people') return (await this.people('true', [])).sort((a, b) => (a.id < b.id ? -1 : 1)) as T[];
    return (await this.select(TABLES[store], 'true', [], 'order by t.id collate "C"')).map((r) => fromRow<T>(TABLES[store], r));
  }

  async getByIndex<T>(store: ReadStore, index: string, key: IDBValidKey): Promise<T[]> {
    return (await this.getByIndexMany<T>(store, index, [key]))[0];
  }

  async getByIndexMany<T>(store: ReadStore, index: string, keys: readonly IDBValidKey[]): Promise<T[][]> {
    if (!keys.length) return [];
    const cacheKey = (k: IDBValidKey) => `idx|${store}|${index}|${JSON.stringify(k)}`;
    const cached = keys.map((k) => this.cache.get(cacheKey(k)) as T[] | undefined);
    if (cached.every(Boolean)) return cached as T[][];
    const groups = new Map<string, T[]>(keys.map((k) => [JSON.stringify(k), []]));
    const add = (k: unknown, record: unknown) => groups.get(JSON.stringify(k))?.push(record as T);
    if (store === 'people') {
      // Leads and contacts together, each with its kind: by email, by account (contacts only
      // have one), and `leadEmail` (leads only).
      if (index === 'emailKey') for (const p of await this.people('t.email_key = any($2)', [keys])) add(p.emailKey, p);
      else if (index === 'accountId') for (const r of await this.select(TABLES.contacts, 't.account_id = any($2)', [keys])) add(r.account_id, { ...fromRow<StoredRecord>(TABLES.contacts, r), kind: 'contact' });
      else if (index === 'leadEmail') for (const r of await this.select(TABLES.leads, 't.email_key = any($2)', [keys])) add(r.email_key, { ...fromRow<StoredRecord>(TABLES.leads, r), kind: 'lead' });
      else throw new Error(`No index ${index} on people`);
    } else if (store === 'members' && index === 'campaign+person') {
      const pairs = (keys as [string, string][]).map(([campaign, person]) => [campaign, ...person.split(/:(.*)/s, 2)] as [string, string, string]);
      const of = (type: string) => pairs.filter((k) => k[1] === type);
      const { rows: found } = await run<{ r: Record<string, unknown> }>(
        this.db,
        `select to_jsonb(t) as r from campaign_members t join unnest($2::text[], $3::text[]) k(c, p) on t.tenant_id = $1 and t.campaign_id = k.c and t.lead_id = k.p
         union all
         select to_jsonb(t) from campaign_members t join unnest($4::text[], $5::text[]) k(c, p) on t.tenant_id = $1 and t.campaign_id = k.c and t.contact_id = k.p`,
        [this.tenant, of('lead').map((k) => k[0]), of('lead').map((k) => k[2]), of('contact').map((k) => k[0]), of('contact').map((k) => k[2])],
      );
      const rows = found.map((row) => row.r);
      for (const r of rows) add([r.campaign_id, r.lead_id ? `lead:${r.lead_id}` : `contact:${r.contact_id}`], fromRow(TABLES.members, r));
    } else {
      const def = TABLES[store];
      const column = def.columns.find((c) => c[1] === index)?.[0];
      if (!column) throw new Error(`No index ${index} on ${store}`);
      for (const r of await this.select(def, `t.${column} = any($2)`, [keys], 'order by t.id collate "C"')) add(r[column], fromRow(def, r));
    }
    return keys.map((k) => groups.get(JSON.stringify(k))!);
  }

  async page(store: ReadStore, index: string, o: PageOptions): Promise<PageResult> {
    if (store !== 'members') throw new Error(`No paging over ${store}`);
    const [kind, field] = index.split('+');
    const byStatus = kind === 'status';
    const sort = `sort_${field}`;
    const asc = o.direction === 'next';
    const items: StoredRecord[] = [];
    let lastKey: IDBValidKey[] | undefined;
    let after = o.after ? ([o.after[o.after.length - 2], o.after[o.after.length - 1]] as [string, string]) : undefined;
    let skip = o.skip ?? 0;
    // The search and type filter run in the query (as domain/members memberMatchesSearch does on
    // the same folded key), so a page never reads back rows it does not show.
    const filter = o.match ? undefined : o.filter;
    const chunk = filter ? 200 : o.limit + 1;
    const words = foldText(o.match?.search).split(/\s+/).filter(Boolean);
    if (words.length && !skip) {
      const found = await searchMembers(this.db, this.tenant, o, { byStatus, sort, asc, after, words });
      if (found) return found;
    }
    for (;;) {
      const params: unknown[] = [o.prefix[0]];
      let where = 't.campaign_id = $2';
      if (byStatus) where += ` and t.status = ${(params.push(o.prefix[1]), `$${params.length + 1}`)}`;
      if (o.match?.type) where += o.match.type === 'lead' ? ' and t.lead_id is not null' : ' and t.contact_id is not null';
      for (const word of foldText(o.match?.search).split(/\s+/).filter(Boolean)) {
        params.push(word);
        where += ` and strpos(t.search_text, $${params.length + 1}) > 0`;
      }
      if (after) {
        params.push(after[0], after[1]);
        where += ` and (t.${sort}, t.id) ${asc ? '>' : '<'} ($${params.length}, $${params.length + 1})`;
      }
      const dir = asc ? 'asc' : 'desc';
      const rows = await this.select(TABLES.members, where, params, `order by t.${sort} ${dir}, t.id ${dir} limit ${chunk} offset ${skip}`);
      skip = 0;
      for (const r of rows) {
        if (items.length === o.limit) return { items, lastKey, more: true };
        after = [r[sort] as string, r.id as string];
        const record = fromRow<StoredRecord>(TABLES.members, r);
        if (filter && !filter({ ...record, sk: { q: r.search_text } })) continue;
        items.push(record);
        lastKey = byStatus ? [r.campaign_id as string, r.status as string, ...after] : [r.campaign_id as string, ...after];
      }
      if (rows.length < chunk) return { items, lastKey, more: false };
    }
  }

  async counter(key: string): Promise<Record<string, number> | undefined> {
    return (await this.counters([key]))[0];
  }

  /** Every counter of `keys` in one query (their campaigns' rows, or the workspace's, summed over the shards). */
  async counters(keys: readonly string[]): Promise<(Record<string, number> | undefined)[]> {
    if (!keys.length) return [];
    const workspace = keys.filter(isWorkspaceCounter);
    if (workspace.length) {
      const { rows } = await run<{ counter: string; metric: string; n: string }>(
        this.db,
        'select counter, metric, sum(n) as n from workspace_counts where tenant_id = $1 and counter = any($2::text[]) group by counter, metric',
        [this.tenant, workspace],
      );
      const others = await this.counters(keys.filter((k) => !isWorkspaceCounter(k)));
      return keys.map((key) => {
        if (!isWorkspaceCounter(key)) return others.shift();
        const mine = rows.filter((r) => r.counter === key && Number(r.n) !== 0);
        return mine.length ? Object.fromEntries(mine.map((r) => [r.metric, Number(r.n)])) : undefined;
      });
    }
    const { rows } = await run<{ campaign_id: string; metric: string; n: string }>(
      this.db,
      'select campaign_id, metric, sum(n) as n from campaign_member_counts where tenant_id = $1 and campaign_id = any($2::text[]) group by campaign_id, metric',
      [this.tenant, [...new Set(keys.map(campaignOfCounter))]],
    );
    const byCampaign = new Map<string, typeof rows>();
    for (const r of rows) (byCampaign.get(r.campaign_id) ?? byCampaign.set(r.campaign_id, []).get(r.campaign_id)!).push(r);
    return keys.map((key) => {
      const mine = (byCampaign.get(campaignOfCounter(key)) ?? []).filter((r) => metricOfCounter(key, r.metric));
      return mine.length ? Object.fromEntries(mine.map((r) => [r.metric, Number(r.n)])) : undefined;
    });
  }

  /** Reads what a lead submission's rules need (one query) and serves those reads from it. */
  async preloadCapture(input: CaptureKeys, idempotency?: { key: string; method: string }): Promise<{ fingerprint: string; status: number; response: unknown } | undefined> {
    const { rows } = await run<PreloadRow>(this.db, PRELOAD_CAPTURE, [this.tenant, input.submissionId, input.emailKey, input.campaignId, idempotency?.key ?? '', idempotency?.method ?? '']);
    return this.usePreload(input, rows[0]);
  }

  /** Serves this submission's reads from a preloaded row; returns the Idempotency-Key's answer, if any. */
  usePreload(input: CaptureKeys, row: PreloadRow): { fingerprint: string; status: number; response: unknown } | undefined {
    for (const [read, answer] of preloadedReads(input, row)) this.cache.set(read, answer);
    return row.idem ?? undefined;
  }

  /** The one statement that writes a change set of this store's tenant (commit-statement.ts). */
  commitStatement(changes: ChangeSet, extra: ExtraCte[] = []): { text: string; values: unknown[] } | undefined {
    return commitStatement(this.tenant, changes, extra);
  }

  async commit(changes: ChangeSet, options: CommitOptions = {}): Promise<void> {
    if (this.mode === 'deferred') {
      this.deferred.push(changes);
      this.held.push({ info: commitInfo(changes), origin: options.origin });
      return;
    }
    const statement = this.commitStatement(changes);
    this.cache.clear();
    if (statement) {
      const savepoint = this.mode === 'transaction' ? `c${++this.savepoints}` : undefined;
      try {
        if (savepoint) await this.db.query(`savepoint ${savepoint}`);
        await run(this.db, statement.text, statement.values, false);
        if (savepoint) await this.db.query(`release savepoint ${savepoint}`);
      } catch (error) {
        if (savepoint) await this.db.query(`rollback to savepoint ${savepoint}`).catch(() => {});
        throw conflictOf(error) ?? error;
      }
    }
    const info = commitInfo(changes);
    if (this.mode === 'transaction') this.held.push({ info, origin: options.origin });
    else this.listeners.forEach((l) => l(info, options.origin));
  }

  onCommit(listener: CommitListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.listeners.clear();
  }
}

