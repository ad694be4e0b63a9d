import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { ChangeSet, StoreName, StoredRecord } from '../src/domain/change-set.js';
import { conflictOf } from './pg-errors.js';
import { commitInfo, type CommitInfo, type CommitListener, type CommitOptions, type PageOptions, type PageResult, type RecordStore } from '../src/adapters/local/record-store.js';
import type { ReadStore } from '../src/adapters/local/schema.js';
import { foldText } from '../src/domain/matching.js';
import { memberCountsKey } from '../src/domain/members.js';
import { columnsOf, fromRow, TABLES, toRow, type TableDef } from './schema.js';

/** A connection (a checked-out `pg.PoolClient`) or anything that runs a query. */
export interface Queryable {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<pg.QueryResult<R>>;
}

const names = new Map<string, string>();

/**
 * Runs a statement as a named prepared statement of the connection (parsed and planned once
 * per connection, not per request: the kit's reads and a submission's writes come in a few
 * dozen shapes). `prepare: false` for statements of unbounded shapes (other change sets).
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

/**
 * Counter rows per (campaign, metric): a commit adds to its connection's shard (backend pid
 * modulo this), so concurrent transactions, each on its own connection, almost never wait on
 * each other's counter rows; reads sum the shards.
 */
const COUNTER_SHARDS = 1024;

const CAMPAIGN_STATUSES = `(select coalesce(jsonb_agg(jsonb_build_object('label', s.label, 'responded', s.responded, 'default', s.is_default)
    || case when s.web_form then '{"webForm": true}'::jsonb else '{}'::jsonb end order by s.position), '[]')
  from campaign_member_statuses s where s.tenant_id = t.tenant_id and s.campaign_id = t.id)`;

/** `to_jsonb` of a row of the table (a campaign with its statuses). */
function rowJson(def: TableDef, alias = 't'): string {
  return def.store === 'campaigns' ? `to_jsonb(${alias}) || jsonb_build_object('member_statuses', ${CAMPAIGN_STATUSES.replaceAll('t.', `${alias}.`)})` : `to_jsonb(${alias})`;
}

/** What identifies a lead submission's reads: the submission, its email, its campaign. */
export interface CaptureKeys {
  submissionId: string;
  campaignId: string;
  emailKey: string;
}

/** A preloaded row (`preloadCapture`): everything a submission's rules read. */
export interface PreloadRow {
  submission: unknown;
  campaign: Record<string, unknown> | null;
  people: { kind: 'lead' | 'contact'; r: Record<string, unknown> }[];
  converted: Record<string, unknown>[];
  members: Record<string, unknown>[];
  idem: { fingerprint: string; status: number; response: unknown } | null;
}

/**
 * What a lead submission's rules read, in one query: the submission, the campaign with its
 * statuses, the people with the email key, the contacts they were converted to, their
 * memberships, the Idempotency-Key's answer. $1 tenant, $2 submission id, $3 email key,
 * $4 campaign id, $5 idempotency key, $6 its method.
 */
const PRELOAD_CAPTURE = `with p as (
         select 'lead' as kind, to_jsonb(t) as r, t.id, t.converted_contact_id as cc from leads t where t.tenant_id = $1 and t.email_key = $3
         union all select 'contact', to_jsonb(t), t.id, null from contacts t where t.tenant_id = $1 and t.email_key = $3),
       cc as (select to_jsonb(t) as r, t.id from contacts t where t.tenant_id = $1 and t.id = any(array(select cc from p where cc is not null))),
       m as (select to_jsonb(t) as r from campaign_members t where t.tenant_id = $1 and t.lead_id = any(array(select id from p where kind = 'lead'))
         union all select to_jsonb(t) from campaign_members t where t.tenant_id = $1
           and t.contact_id = any(array(select id from p where kind = 'contact' union select id from cc)))
       select (select to_jsonb(s) from submissions s where s.tenant_id = $1 and s.id = $2) as submission,
         (select ${rowJson(TABLES.campaigns)} from campaigns t where t.tenant_id = $1 and t.id = $4) as campaign,
         (select coalesce(jsonb_agg(jsonb_build_object('kind', kind, 'r', r)), '[]') from p) as people,
         (select coalesce(jsonb_agg(r), '[]') from cc) as converted,
         (select coalesce(jsonb_agg(r), '[]') from m) as members,
         (select jsonb_build_object('fingerprint', i.fingerprint, 'status', i.status, 'response', i.response) from idempotency i
           where i.tenant = $1 and i.key = $5 and i.method = $6) as idem`;

/** The same for many submissions: $2..$6 are arrays, one row per submission, in their order. */
const PRELOAD_CAPTURES = `select x.* from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) with ordinality as k(sid, ek, cid, ikey, imethod, n)
  cross join lateral (${PRELOAD_CAPTURE.replace(/\$([2-6])\b/g, (_, n: string) => `k.${['sid', 'ek', 'cid', 'ikey', 'imethod'][Number(n) - 2]}`)}) x
  order by k.n`;

/** Builds a statement's parameter list: `p(value)` returns its `$n`. */
class Params {
  readonly values: unknown[] = [];
  p(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A statement fragment the caller adds to a commit (an Idempotency-Key row, notifications). */
export type ExtraCte = (p: (value: unknown) => string) => string;

/** A person read from leads or contacts, with its kind. */
type PersonRow = StoredRecord & { kind: 'lead' | 'contact' };

/** Members walked in the list's order before a search falls back to the trigram index. */
const MEMBER_WALK = 2000;
/** People matching a member search beyond which walking the campaign beats probing their memberships. */
const MEMBER_PROBES = 2000;

/** How a store's commits reach the database (see SqlStore). */
export type SqlStoreMode = 'autocommit' | 'transaction' | 'deferred';

/**
 * The RecordStore the server's adapter runs on, over the relational tables of schema.ts: each
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
      const found = await this.searchMembers(o, { byStatus, sort, asc, after, words });
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

  /**
   * A page of a campaign's members matching every search word, in the list's order. A common word
   * finds its page among the first MEMBER_WALK members in that order (the sort index); a rare one
   * (fewer matches there and more members beyond) starts from the people who match, through the
   * trigram indexes of leads and contacts that people search already keeps — so a search never
   * reads a whole 100,000-member campaign, and member writes carry no index of their own for it.
   * Words under three letters have no trigram: they only filter.
   */
  private async searchMembers(
    o: PageOptions,
    q: { byStatus: boolean; sort: string; asc: boolean; after?: [string, string]; words: string[] },
  ): Promise<PageResult | undefined> {
    const params: unknown[] = [o.prefix[0]];
    const p = (v: unknown) => (params.push(v), `$${params.length + 1}`);
    let base = 't.campaign_id = $2';
    if (q.byStatus) base += ` and t.status = ${p(o.prefix[1])}`;
    if (o.match?.type) base += o.match.type === 'lead' ? ' and t.lead_id is not null' : ' and t.contact_id is not null';
    if (q.after) base += ` and (t.${q.sort}, t.id) ${q.asc ? '>' : '<'} (${p(q.after[0])}, ${p(q.after[1])})`;
    const match = q.words.map((w) => (w.length >= 3 ? `t.search_text like ${p(`%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}` : `strpos(t.search_text, ${p(w)}) > 0`)).join(' and ');
    const dir = q.asc ? 'asc' : 'desc';
    const order = `order by t.${q.sort} ${dir}, t.id ${dir}`;
    const want = o.limit + 1;
    // 1. Walk the first members in the list's order and keep those that match.
    const { rows: [walk] } = await run<{ walked: number; hits: Record<string, unknown>[] }>(
      this.db,
      `with w as (select * from ${TABLES.members.table} t where t.tenant_id = $1 and ${base} ${order} limit ${MEMBER_WALK})
       select (select count(*) from w)::int as walked,
              coalesce((select jsonb_agg(x.r order by x.s ${dir}, x.id ${dir}) from (select ${rowJson(TABLES.members)} as r, t.${q.sort} as s, t.id from w t where ${match} ${order} limit ${want}) x), '[]') as hits`,
      [this.tenant, ...params],
    );
    let rows = walk.hits;
    if (rows.length < want && walk.walked >= MEMBER_WALK) {
      // 2. A rare word: the people who match, through the trigram indexes of leads and contacts
      //    (the same folded text as their memberships'), then their memberships of this campaign
      //    by person (index probes; materialized, so the planner does not walk the campaign), the
      //    page chosen by the sort key alone, and only that page's rows read whole. A word many
      //    people share (past MEMBER_PROBES) is met sooner by walking the campaign: undefined.
      const { rows: [found] } = await run<{ people: number; hits: Record<string, unknown>[] }>(
        this.db,
        `with p as materialized (
           (select t.id, 'lead' as kind from leads t where t.tenant_id = $1 and ${match} limit ${MEMBER_PROBES + 1})
           union all (select t.id, 'contact' from contacts t where t.tenant_id = $1 and ${match} limit ${MEMBER_PROBES + 1})),
         m as materialized (
           ${(['lead', 'contact'] as const)
             .map(
               (kind) => `select x.id, x.s from p cross join lateral (
                 select t.id, t.${q.sort} as s from ${TABLES.members.table} t where t.tenant_id = $1 and t.${kind}_id = p.id and ${base}) x
                 where p.kind = '${kind}' and (select count(*) from p) <= ${MEMBER_PROBES}`,
             )
             .join(' union all ')}),
         page as (select m.id, m.s from m order by m.s ${dir}, m.id ${dir} limit ${want})
         select (select count(*) from p)::int as people,
                coalesce((select jsonb_agg(${rowJson(TABLES.members)} order by page.s ${dir}, page.id ${dir}) from ${TABLES.members.table} t join page on page.id = t.id where t.tenant_id = $1), '[]') as hits`,
        [this.tenant, ...params],
      );
      if (found.people > MEMBER_PROBES) return undefined;
      rows = found.hits;
    }
    const items = rows.slice(0, o.limit).map((r) => fromRow<StoredRecord>(TABLES.members, r));
    const last = rows[Math.min(rows.length, o.limit) - 1];
    const key = last ? [last[q.sort] as string, last.id as string] : undefined;
    return {
      items,
      ...(key ? { lastKey: q.byStatus ? [last.campaign_id as string, last.status as string, ...key] : [last.campaign_id as string, ...key] } : {}),
      more: rows.length > o.limit,
    };
  }

  async counter(key: string): Promise<Record<string, number> | undefined> {
    const { rows } = await run<{ metric: string; n: string }>(
      this.db,
      'select metric, sum(n) as n from campaign_member_counts where tenant_id = $1 and campaign_id = $2 group by metric',
      [this.tenant, campaignOfCounter(key)],
    );
    if (!rows.length) return undefined;
    return Object.fromEntries(rows.map((r) => [r.metric, Number(r.n)]));
  }

  /** Reads what a lead submission's rules need (one query) and serves those reads from it. */
  async preloadCapture(input: CaptureKeys, idempotency?: { key: string; method: string }): Promise<{ fingerprint: string; status: number; response: unknown } | undefined> {
    const { rows } = await run<PreloadRow>(this.db, PRELOAD_CAPTURE, [this.tenant, input.submissionId, input.emailKey, input.campaignId, idempotency?.key ?? '', idempotency?.method ?? '']);
    return this.usePreload(input, rows[0]);
  }

  /**
   * `preloadCapture` for several submissions of one tenant in one query (a batch of concurrent
   * submissions): one row each, in order; `usePreload` fills each one's store.
   */
  static async preloadCaptures(db: Queryable, tenant: string, inputs: (CaptureKeys & { idempotency?: { key: string; method: string } })[]): Promise<PreloadRow[]> {
    const { rows } = await run<PreloadRow>(db, PRELOAD_CAPTURES, [
      tenant,
      inputs.map((i) => i.submissionId),
      inputs.map((i) => i.emailKey),
      inputs.map((i) => i.campaignId),
      inputs.map((i) => i.idempotency?.key ?? ''),
      inputs.map((i) => i.idempotency?.method ?? ''),
    ]);
    return rows;
  }

  /** Serves this submission's reads from a preloaded row; returns the Idempotency-Key's answer, if any. */
  usePreload(input: CaptureKeys, row: PreloadRow): { fingerprint: string; status: number; response: unknown } | undefined {
    this.cache.set(`get|submissions|${input.submissionId}`, row.submission ? fromRow(TABLES.submissions, row.submission as Record<string, unknown>) : null);
    this.cache.set(`get|campaigns|${input.campaignId}`, row.campaign ? fromRow(TABLES.campaigns, row.campaign) : null);
    const people = row.people.map((p) => ({ ...fromRow<StoredRecord>(TABLES[p.kind === 'lead' ? 'leads' : 'contacts'], p.r), kind: p.kind }));
    this.cache.set(`idx|people|emailKey|${JSON.stringify(input.emailKey)}`, people);
    const contacts = row.converted.map((r) => fromRow<StoredRecord>(TABLES.contacts, r));
    for (const c of contacts) this.cache.set(`get|contacts|${c.id}`, c);
    const members = row.members.map((r) => fromRow<StoredRecord & { campaignId: string; leadId?: string; contactId?: string }>(TABLES.members, r));
    const refs = [...people.map((p) => ({ type: p.kind, id: p.id })), ...contacts.map((c) => ({ type: 'contact' as const, id: c.id }))];
    for (const ref of refs) {
      const mine = members.filter((m) => (ref.type === 'lead' ? m.leadId : m.contactId) === ref.id);
      this.cache.set(`idx|members|${ref.type}Id|${JSON.stringify(ref.id)}`, mine);
      this.cache.set(`idx|members|campaign+person|${JSON.stringify([input.campaignId, `${ref.type}:${ref.id}`])}`, mine.filter((m) => m.campaignId === input.campaignId));
    }
    return row.idem ?? undefined;
  }

  /** The one statement that writes a change set (and the caller's extra CTEs). */
  commitStatement(changes: ChangeSet, extra: ExtraCte[] = []): { text: string; values: unknown[] } | undefined {
    const params = new Params();
    const t = params.p(this.tenant);
    const ctes: string[] = [];
    const checks: string[] = [];
    let n = 0;
    const byTable = new Map<StoreName, { inserts: StoredRecord[]; updates: { record: StoredRecord; expect: number }[]; deletes: { id: string; expect: number }[] }>();
    const of = (s: StoreName) => byTable.get(s) ?? byTable.set(s, { inserts: [], updates: [], deletes: [] }).get(s)!;
    for (const w of changes.writes) {
      if (w.expect === null) of(w.store).inserts.push(w.record);
      else of(w.store).updates.push({ record: w.record, expect: w.expect });
    }
    for (const d of changes.deletes) of(d.store).deletes.push({ id: d.id, expect: d.expect });
    const statuses: { campaign_id: string; position: number; label: string; responded: boolean; is_default: boolean; web_form: boolean }[] = [];
    const campaignsWritten: string[] = [];
    for (const [store, w] of byTable) {
      const def = TABLES[store];
      const cols = columnsOf(def);
      const list = cols.join(', ');
      if (w.deletes.length) {
        const name = `d${n++}`;
        ctes.push(`${name} as (delete from ${def.table} t using jsonb_to_recordset(${params.p(JSON.stringify(w.deletes))}::jsonb) e(id text, expect int)
          where t.tenant_id = ${t} and t.id = e.id and t.version = e.expect returning 1)`);
        checks.push(`lead_kit_check((select count(*) from ${name}) = ${w.deletes.length}, '${store} changed since it was read')`);
      }
      if (w.updates.length) {
        const name = `u${n++}`;
        const rows = w.updates.map((u) => ({ ...toRow(def, this.tenant, u.record), expect: u.expect }));
        const param = params.p(JSON.stringify(rows));
        const set = cols.filter((c) => c !== 'tenant_id' && c !== 'id');
        ctes.push(`${name} as (update ${def.table} t set (${set.join(', ')}) = (${set.map((c) => `x.${c}`).join(', ')})
          from jsonb_populate_recordset(null::${def.table}, ${param}::jsonb) x join jsonb_to_recordset(${param}::jsonb) e(id text, expect int) on e.id = x.id
          where t.tenant_id = ${t} and t.id = x.id and t.version = e.expect returning 1)`);
        checks.push(`lead_kit_check((select count(*) from ${name}) = ${w.updates.length}, '${store} changed since it was read')`);
      }
      if (w.inserts.length) {
        const rows = w.inserts.map((r) => toRow(def, this.tenant, r));
        ctes.push(`i${n++} as (insert into ${def.table} (${list}) select ${list} from jsonb_populate_recordset(null::${def.table}, ${params.p(JSON.stringify(rows))}::jsonb) returning 1)`);
      }
      if (store === 'campaigns') {
        for (const r of [...w.inserts, ...w.updates.map((u) => u.record)]) {
          campaignsWritten.push(r.id);
          (r.memberStatuses as { label: string; responded: boolean; default: boolean; webForm?: boolean }[]).forEach((s, position) =>
            statuses.push({ campaign_id: r.id, position, label: s.label, responded: s.responded, is_default: s.default, web_form: !!s.webForm }),
          );
        }
      }
    }
    if (campaignsWritten.length) {
      const list = params.p(JSON.stringify(statuses));
      ctes.push(`s${n++} as (insert into campaign_member_statuses (tenant_id, campaign_id, position, label, responded, is_default, web_form)
        select ${t}, x.campaign_id, x.position, x.label, x.responded, x.is_default, x.web_form
        from jsonb_to_recordset(${list}::jsonb) x(campaign_id text, position int, label text, responded boolean, is_default boolean, web_form boolean)
        on conflict (tenant_id, campaign_id, position) do update set label = excluded.label, responded = excluded.responded, is_default = excluded.is_default, web_form = excluded.web_form)`);
      ctes.push(`s${n++} as (delete from campaign_member_statuses s using jsonb_to_recordset(${params.p(
        JSON.stringify(campaignsWritten.map((id) => ({ id, count: statuses.filter((s) => s.campaign_id === id).length }))),
      )}::jsonb) c(id text, count int) where s.tenant_id = ${t} and s.campaign_id = c.id and s.position >= c.count)`);
    }
    if (changes.counters.length) {
      const rows = changes.counters.flatMap((c) => Object.entries(c.deltas).map(([metric, d]) => ({ campaign_id: campaignOfCounter(c.key), metric, n: d })));
      if (rows.length) {
        ctes.push(`c${n++} as (insert into campaign_member_counts (tenant_id, campaign_id, metric, shard, n)
          select ${t}, x.campaign_id, x.metric, pg_backend_pid() % ${COUNTER_SHARDS}, x.n from jsonb_to_recordset(${params.p(JSON.stringify(rows))}::jsonb) x(campaign_id text, metric text, n bigint)
          on conflict (tenant_id, campaign_id, metric, shard) do update set n = campaign_member_counts.n + excluded.n)`);
      }
    }
    for (const e of extra) {
      const name = `x${n++}`;
      ctes.push(`${name} as (${e((v) => params.p(v))})`);
      checks.push(`(select count(*) from ${name}) >= 0`);
    }
    if (!ctes.length) return undefined;
    checks.unshift(`${t}::text is not null`); // every parameter is referenced (typed)
    return { text: `with ${ctes.join(',\n')}\nselect ${checks.join(' and ')} as ok`, values: params.values };
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

/** The campaign of a counter key (`members:<campaignId>`, the only counters the domain keeps). */
function campaignOfCounter(key: string): string {
  const prefix = memberCountsKey('');
  if (!key.startsWith(prefix)) throw new Error(`Unknown counter ${key}`);
  return key.slice(prefix.length);
}
