import { foldText } from '../../src/domain/matching.js';
import { countListedPeople, LEAD_REPORT_KEY, peopleMatcher, type ListedPerson } from '../../src/domain/people-fields.js';
import { ValidationError } from '../../src/adapters/errors.js';
import type { ParsedPeopleQuery, PeoplePage } from '../../src/model/people.js';
import type { Contact, Lead } from '../../src/model/person.js';
import { fromRow, TABLES } from './row-mapping.js';
import { run, type Queryable } from './sql.js';

/** A rating's place in the list's order (hot, warm, cold, none), as the `leads_people_rating` index keeps it. */
export const RATING_RANK = `coalesce(array_position('{hot,warm,cold}'::text[], t.rating), 4)`;

type Kind = 'lead' | 'contact';

/** Each sort's key columns per table (the indexes of migration 13 keep these orders). */
const KEYS: Record<ParsedPeopleQuery['sort'], Record<Kind, string[]>> = {
  name: { lead: ['t.sort_name', 't.id'], contact: ['t.sort_name', 't.id'] },
  created: { lead: ['t.created_at', 't.id'], contact: ['t.created_at', 't.id'] },
  rating: { lead: [RATING_RANK, 't.sort_name', 't.id'], contact: ['4', 't.sort_name', 't.id'] },
};

/** Rows read per query while filters the database cannot check (folded text) skip some. */
const FIRST_CHUNK = 200;
const MAX_CHUNK = 5000;

const encode = (sort: string, key: unknown[]) => Buffer.from(JSON.stringify({ s: sort, k: key })).toString('base64url');
/** What each key component of a sort's cursor must be: text, an instant, or a rating's rank. */
const KEY_TYPES: Record<ParsedPeopleQuery['sort'], ('text' | 'instant' | 'rank')[]> = {
  name: ['text', 'text'],
  created: ['instant', 'text'],
  rating: ['rank', 'text', 'text'],
};
const keyFits = (type: 'text' | 'instant' | 'rank', v: unknown) =>
  type === 'rank' ? Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 4 : typeof v === 'string' && v.length <= 2048 && (type === 'text' || !Number.isNaN(Date.parse(v)));

function decode(cursor: string, sort: ParsedPeopleQuery['sort']): unknown[] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as { s?: unknown; k?: unknown };
    const types = KEY_TYPES[sort];
    if (parsed.s === sort && Array.isArray(parsed.k) && parsed.k.length === types.length && parsed.k.every((v, i) => keyFits(types[i], v))) return parsed.k;
  } catch {
    /* fall through */
  }
  throw new ValidationError([{ path: 'cursor', code: 'invalid_cursor', message: 'The cursor does not belong to this query' }]);
}

/**
 * The conditions the database checks itself for one table (the rest — folded text, the name —
 * is checked by the domain's `peopleMatcher` on every row read, so both backends list exactly the
 * same people): the type, the search words, lead status / rating / source, the created range and
 * the employees range. `undefined`: nobody of this kind can pass (a lead-only value asked of contacts).
 */
function tableWhere(kind: Kind, q: ParsedPeopleQuery, p: (v: unknown) => string): string | undefined {
  if (q.type && q.type !== kind) return undefined;
  const where = [kind === 'lead' ? 't.converted_at is null' : 'true'];
  for (const word of foldText(q.search).split(/\s+/).filter(Boolean)) where.push(`strpos(t.search_text, ${p(word)}) > 0`);
  for (const f of q.filters) {
    const column = { status: 't.status', rating: 't.rating', source: 't.source', employees: 't.employees', industry: 't.industry', website: 't.website' }[f.field];
    if (f.field === 'type') {
      const pass = f.op === 'present' || (f.op === 'in' && f.values.includes(kind));
      if (!pass) return undefined;
    } else if (column) {
      // Lead-only fields: a contact has none.
      if (kind === 'contact') {
        if (f.op !== 'empty') return undefined;
        continue;
      }
      if (f.op === 'empty') where.push(`${column} is null`);
      else if (f.op === 'present') where.push(`${column} is not null`);
      else if (f.op === 'in' && f.field !== 'industry' && f.field !== 'website') where.push(`${column} = any(${p(f.values)}::text[])`);
      else if (f.op === 'range') {
        if (f.from !== undefined) where.push(`${column} >= ${p(Number(f.from))}`);
        if (f.to !== undefined) where.push(`${column} <= ${p(Number(f.to))}`);
      }
    } else if (f.field === 'created' && f.op === 'range') {
      if (f.from !== undefined) where.push(`t.created_at >= ${p(dateParam(f.from, false))}::timestamptz`);
      if (f.to !== undefined) where.push(`t.created_at <= ${p(dateParam(f.to, true))}::timestamptz`);
    }
  }
  return where.join(' and ');
}

/** Whether the query checks every condition itself (`tableWhere`), so no row it returns is skipped. */
function allInQuery(q: ParsedPeopleQuery): boolean {
  return q.filters.every((f) => {
    if (f.field === 'type') return true;
    if (['status', 'rating', 'source'].includes(f.field)) return f.op === 'in' || f.op === 'empty' || f.op === 'present';
    if (f.field === 'employees') return f.op !== 'in' && f.op !== 'contains';
    if (f.field === 'industry' || f.field === 'website') return f.op === 'empty' || f.op === 'present';
    return f.field === 'created' && f.op === 'range';
  });
}

const dateParam = (v: string | number, end: boolean) => {
  const text = String(v);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T${end ? '23:59:59.999' : '00:00:00'}Z` : new Date(Date.parse(text)).toISOString();
};

/**
 * A page of the workspace's people on PostgreSQL: per table, the rows after the cursor in the
 * sort's index order (the conditions above in the query), merged; the domain's matcher keeps
 * those that pass every filter. A filter the database cannot check reads on in growing chunks
 * until the page is full or the tables end.
 */
export async function pagePeopleSql(db: Queryable, tenant: string, q: ParsedPeopleQuery, counts: Record<string, number> | undefined): Promise<PeoplePage> {
  const matches = peopleMatcher(q);
  const dir = q.direction === 'asc' ? 'asc' : 'desc';
  const cmp = q.direction === 'asc' ? '>' : '<';
  let after = q.cursor ? decode(q.cursor, q.sort) : undefined;
  const items: PeoplePage['items'] = [];
  let lastKey: unknown[] | undefined;
  // Every condition in the query: a page is its rows. Otherwise read more, the matcher skips some.
  let chunk = allInQuery(q) ? q.limit + 1 : Math.max(q.limit + 1, FIRST_CHUNK);
  for (;;) {
    const params: unknown[] = [tenant];
    const p = (v: unknown) => (params.push(v), `$${params.length}`);
    const parts: string[] = [];
    for (const kind of ['lead', 'contact'] as const) {
      const mark = params.length;
      const where = tableWhere(kind, q, p);
      if (where === undefined) {
        params.length = mark; // nobody of this kind passes: its parameters go with its query
        continue;
      }
      const keys = KEYS[q.sort][kind];
      const cursor = after ? ` and (${keys.join(', ')}) ${cmp} (${keys.map((k, i) => `${p(after![i])}${k.includes('created_at') ? '::timestamptz' : k === '4' || k.startsWith('coalesce') ? '::int' : ''}`).join(', ')})` : '';
      parts.push(
        `(select '${kind}' as kind, to_jsonb(t) as r, ${keys.map((k, i) => `${k} as k${i}`).join(', ')} from ${kind === 'lead' ? 'leads' : 'contacts'} t
          where t.tenant_id = $1 and ${where}${cursor} order by ${keys.map((k) => `${k} ${dir}`).join(', ')} limit ${chunk})`,
      );
    }
    if (!parts.length) break;
    const width = KEYS[q.sort].lead.length;
    const order = Array.from({ length: width }, (_, i) => `k${i} ${dir}`).join(', ');
    const { rows } = await run<{ kind: Kind; r: Record<string, unknown>; k0: unknown; k1: unknown; k2?: unknown }>(db, `select * from (${parts.join(' union all ')}) x order by ${order} limit ${chunk}`, params, false);
    for (const row of rows) {
      if (items.length === q.limit) return page(items, q.sort, lastKey, true, counts, q);
      const key = [row.k0, row.k1, row.k2].slice(0, width).map((v) => (v instanceof Date ? v.toISOString() : typeof v === 'string' || typeof v === 'number' ? v : String(v)));
      after = key;
      const person = fromRow<Lead | Contact>(TABLES[row.kind === 'lead' ? 'leads' : 'contacts'], row.r);
      if (!matches({ ...person, kind: row.kind } as ListedPerson)) continue;
      items.push(row.kind === 'lead' ? { type: 'lead', person: person as Lead } : { type: 'contact', person: person as Contact });
      lastKey = key;
    }
    if (rows.length < chunk) break;
    chunk = Math.min(chunk * 4, MAX_CHUNK);
  }
  return page(items, q.sort, lastKey, false, counts, q);
}

function page(items: PeoplePage['items'], sort: string, lastKey: unknown[] | undefined, more: boolean, counts: Record<string, number> | undefined, q: ParsedPeopleQuery): PeoplePage {
  const total = countListedPeople(counts, q);
  return { items, ...(more && lastKey ? { nextCursor: encode(sort, lastKey) } : {}), ...(total !== undefined ? { total } : {}) };
}

/**
 * The counter metrics a list's total is made of — leads by source, status and rating, and the
 * contacts — read alone: the workspace counter also holds a row per day and per month of leads,
 * which a list does not need.
 */
export async function listCounts(db: Queryable, tenant: string): Promise<Record<string, number>> {
  const { rows } = await run<{ metric: string; n: string }>(
    db,
    `select metric, sum(n) as n from workspace_counts where tenant_id = $1 and counter = $2 and (metric like 'n|%' or metric = 'contacts') group by metric`,
    [tenant, LEAD_REPORT_KEY],
  );
  return Object.fromEntries(rows.map((r) => [r.metric, Number(r.n)]));
}
