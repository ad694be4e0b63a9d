import * as z from 'zod/mini';
import type { CallOptions, HeldSubmissionList, PersonMatch } from '../../src/adapters/adapter.js';
import { throwIfAborted } from '../../src/adapters/errors.js';
import { HELD_LIST_LIMIT, LocalAdapter, toHeldSubmission, type LocalAdapterOptions } from '../../src/adapters/local/local-adapter.js';
import { idSchema } from '../../src/model/common.js';
import { parseInput } from '../../src/adapters/validate.js';
import { companyKey, emailDomain } from '../../src/domain/conversion.js';
import { foldText } from '../../src/domain/matching.js';
import { memberPersonOf } from '../../src/domain/members.js';
import type { Account, Contact, Lead } from '../../src/model/person.js';
import { peopleQuerySchema, type PeoplePage, type PeopleQuery } from '../../src/model/people.js';
import { isCountable } from '../../src/domain/people-fields.js';
import { listCounts, pagePeopleSql } from './people-list.js';
import { fromRow, TABLES } from './row-mapping.js';
import { run, type Queryable, type SqlStore } from './sql-store.js';

const searchText = z.string().check(z.maxLength(200));

/** People walked in name order before a search falls back to the trigram index. */
const WALK = 2000;

/** `%word%` for LIKE, with LIKE's own characters escaped. */
const contains = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The server's DataAdapter: the local adapter's use cases and domain rules over the relational
 * tables (SqlStore), with the searches the browser answers by reading everything done in the
 * database instead: people and accounts through trigram indexes on `search_text` (folded by
 * domain/matching `foldText`, so the server finds exactly what the browser would).
 */
export class SqlAdapter extends LocalAdapter {
  constructor(
    override readonly store: SqlStore,
    private readonly db: Queryable,
    options: LocalAdapterOptions = {},
  ) {
    super(store, options);
  }

  private get tenant(): string {
    return this.store.tenant;
  }

  override async searchPeople(text: string, options?: CallOptions): Promise<PersonMatch[]> {
    const words = foldText(parseInput(searchText, text, 'text')).split(/\s+/).filter(Boolean);
    throwIfAborted(options?.signal);
    // Words of 3+ characters can use the trigram index; shorter ones (no trigram) only filter.
    const params: unknown[] = [this.tenant, ...words.map((w) => (w.length >= 3 ? contains(w) : w))];
    const where = words.map((w, i) => (w.length >= 3 ? `t.search_text like $${i + 2}` : `strpos(t.search_text, $${i + 2}) > 0`)).join(' and ') || 'true';
    const tables = { lead: 'leads t where t.tenant_id = $1 and t.converted_at is null', contact: 'contacts t where t.tenant_id = $1' } as const;
    type Hit = { id: string; s: string };
    // 1. Walk the first people in name order (index) and keep those that match: a common word
    //    finds its first 20 there at once, where the trigram index would return thousands.
    const walk = (cte: string) =>
      `(select jsonb_build_object('walked', (select count(*) from ${cte}), 'hits', coalesce((select jsonb_agg(jsonb_build_object('id', h.id, 's', h.sort_name) order by h.sort_name)
         from (select t.id, t.sort_name from ${cte} t where ${where} order by t.sort_name limit 20) h), '[]')))`;
    const { rows: [first] } = await run<{ lead: { walked: number; hits: Hit[] }; contact: { walked: number; hits: Hit[] } }>(
      this.db,
      `with w_l as (select t.id, t.sort_name, t.search_text from ${tables.lead} order by t.sort_name limit ${WALK}),
            w_c as (select t.id, t.sort_name, t.search_text from ${tables.contact} order by t.sort_name limit ${WALK})
       select ${walk('w_l')} as lead, ${walk('w_c')} as contact`,
      params,
      false, // planned with its words (sql.ts run)
    );
    // 2. A kind whose walk met fewer than 20 matches and did not reach its end: a rare word, the
    //    trigram index finds its few matches.
    const hits: (Hit & { kind: 'lead' | 'contact' })[] = [];
    for (const kind of ['lead', 'contact'] as const) {
      const part = first[kind];
      if (part.hits.length >= 20 || part.walked < WALK) {
        hits.push(...part.hits.map((h) => ({ ...h, kind })));
        continue;
      }
      // Materialized: every match through the index, then the first 20 by name (never a walk
      // of the whole name index hoping to meet matches).
      const { rows } = await run<Hit>(this.db, `with m as materialized (select t.id, t.sort_name from ${tables[kind]} and ${where}) select m.id, m.sort_name as s from m order by m.sort_name limit 20`, params, false);
      hits.push(...rows.map((h) => ({ ...h, kind })));
    }
    const top = hits.sort((a, b) => (a.s < b.s ? -1 : a.s > b.s ? 1 : 0)).slice(0, 20);
    if (!top.length) return [];
    // 3. The 20 shown, read whole.
    const { rows } = await run<{ kind: 'lead' | 'contact'; r: Record<string, unknown> }>(
      this.db,
      `select 'lead' as kind, to_jsonb(t) as r from leads t where t.tenant_id = $1 and t.id = any($2)
       union all select 'contact', to_jsonb(t) from contacts t where t.tenant_id = $1 and t.id = any($3)`,
      [this.tenant, top.filter((h) => h.kind === 'lead').map((h) => h.id), top.filter((h) => h.kind === 'contact').map((h) => h.id)],
    );
    const byKey = new Map(rows.map((row) => [`${row.kind}:${row.r.id as string}`, row]));
    return top.flatMap((h) => {
      const row = byKey.get(`${h.kind}:${h.id}`);
      if (!row) return [];
      const person = fromRow<Lead | Contact>(TABLES[h.kind === 'lead' ? 'leads' : 'contacts'], row.r);
      return [{ ref: { type: h.kind, id: person.id }, person: memberPersonOf(person) }];
    });
  }

  /** The workspace's people in a sort index's order, the filters it can in the query (people-list.ts). */
  override async pagePeople(query: PeopleQuery, options?: CallOptions): Promise<PeoplePage> {
    const q = parseInput(peopleQuerySchema, query);
    throwIfAborted(options?.signal);
    return pagePeopleSql(this.db, this.tenant, q, isCountable(q) ? await listCounts(this.db, this.tenant) : undefined);
  }

  /** The newest 200 in one indexed read and the total in a count (a flood of spam is never read whole). */
  override async listHeldSubmissions(campaignId: string, options?: CallOptions): Promise<HeldSubmissionList> {
    const id = parseInput(idSchema, campaignId, 'campaignId');
    throwIfAborted(options?.signal);
    const { rows: [row] } = await run<{ items: Record<string, unknown>[]; total: string }>(
      this.db,
      `select coalesce((select jsonb_agg(to_jsonb(h) order by h.created_at desc, h.id desc) from (select * from held_submissions t where t.tenant_id = $1 and t.campaign_id = $2
         order by t.created_at desc, t.id desc limit ${HELD_LIST_LIMIT}) h), '[]') as items,
         (select count(*) from held_submissions t where t.tenant_id = $1 and t.campaign_id = $2) as total`,
      [this.tenant, id],
    );
    return { items: row.items.map((r) => toHeldSubmission(fromRow(TABLES.held, r))), total: Number(row.total) };
  }

  override async searchAccounts(text: string, options?: CallOptions): Promise<Account[]> {
    const key = companyKey(parseInput(searchText, text, 'text'));
    throwIfAborted(options?.signal);
    const { rows } = await run<{ r: Record<string, unknown> }>(
      this.db,
      `select to_jsonb(t) as r from accounts t where t.tenant_id = $1 and t.search_text like $2 order by t.name limit 200`,
      [this.tenant, contains(key)],
      false,
    );
    return rows
      .map((row) => fromRow<Account>(TABLES.accounts, row.r))
      .sort((a, b) => a.name.localeCompare(b.name))
      .slice(0, 20);
  }

  /** Accounts named like the lead's company, or whose website has the lead's email domain. */
  protected override async accountCandidates(lead: Lead): Promise<Account[]> {
    const key = companyKey(lead.company);
    const domain = emailDomain(lead.email);
    if (!key && !domain) return [];
    const { rows } = await run<{ r: Record<string, unknown> }>(
      this.db,
      `select to_jsonb(t) as r from accounts t where t.tenant_id = $1 and (t.search_text = $2 or ($3 <> '' and lower(t.website) like $3)) limit 500`,
      [this.tenant, key, domain ? contains(domain) : ''],
      false,
    );
    return rows.map((row) => fromRow<Account>(TABLES.accounts, row.r));
  }
}
