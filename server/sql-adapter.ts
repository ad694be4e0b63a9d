import * as z from 'zod/mini';
import type { CallOptions, PersonMatch } from '../src/adapters/adapter.js';
import { throwIfAborted } from '../src/adapters/errors.js';
import { LocalAdapter, type LocalAdapterOptions } from '../src/adapters/local/local-adapter.js';
import { parseInput } from '../src/adapters/validate.js';
import { companyKey, emailDomain } from '../src/domain/conversion.js';
import { foldText } from '../src/domain/matching.js';
import { memberPersonOf } from '../src/domain/members.js';
import type { Account, Contact, Lead } from '../src/model/person.js';
import { fromRow, TABLES } from './schema.js';
import { run, type Queryable, type SqlStore } from './sql-store.js';

const searchText = z.string().check(z.maxLength(200));

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
    const params: unknown[] = [this.tenant, ...words.map(contains)];
    const where = words.map((_, i) => `t.search_text like $${i + 2}`).join(' and ') || 'true';
    const { rows } = await run<{ kind: 'lead' | 'contact'; r: Record<string, unknown> }>(
      this.db,
      `(select 'lead' as kind, to_jsonb(t) as r, t.sort_name from leads t where t.tenant_id = $1 and t.converted_at is null and ${where} order by t.sort_name limit 20)
       union all
       (select 'contact', to_jsonb(t), t.sort_name from contacts t where t.tenant_id = $1 and ${where} order by t.sort_name limit 20)
       order by 3 limit 20`,
      params,
    );
    return rows.map((row) => {
      const person = fromRow<Lead | Contact>(TABLES[row.kind === 'lead' ? 'leads' : 'contacts'], row.r);
      return { ref: { type: row.kind, id: person.id }, person: memberPersonOf(person) };
    });
  }

  override async searchAccounts(text: string, options?: CallOptions): Promise<Account[]> {
    const key = companyKey(parseInput(searchText, text, 'text'));
    throwIfAborted(options?.signal);
    const { rows } = await run<{ r: Record<string, unknown> }>(
      this.db,
      `select to_jsonb(t) as r from accounts t where t.tenant_id = $1 and t.search_text like $2 order by t.name limit 200`,
      [this.tenant, contains(key)],
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
    );
    return rows.map((row) => fromRow<Account>(TABLES.accounts, row.r));
  }
}
