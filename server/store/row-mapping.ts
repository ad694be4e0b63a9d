import type { StoreName, StoredRecord } from '../../src/domain/change-set.js';
import { companyKey } from '../../src/domain/conversion.js';
import { foldText } from '../../src/domain/matching.js';
import { memberPersonOf, memberSortKeys, personSearchKey } from '../../src/domain/members.js';
import type { CampaignMember } from '../../src/model/member.js';
import type { Contact, Lead } from '../../src/model/person.js';

/**
 * How records map to the relational tables (migrations/0005 and later create them): each
 * logical store's table, its typed columns and the columns the kit derives (`search_text`,
 * `sort_*`, computed by domain/ so the server sorts and searches exactly as the browser does);
 * anything without a column stays in JSONB (`custom`, `extra`), so nothing is ever dropped.
 */
export type ColumnType = 'text' | 'int' | 'num' | 'bool' | 'date' | 'ts' | 'json';

/** A table of a logical store: typed columns at record paths, derived columns, the rest in `extra`. */
export interface TableDef {
  table: string;
  store: StoreName;
  /** [column, record path (dotted for nested objects), type]. */
  columns: [string, string, ColumnType][];
  /** Nested objects always present on a record (`person` of a member), even when empty. */
  containers?: string[];
  /** Columns computed from the record with domain/ (search and sort keys). */
  derived?: (record: StoredRecord) => Record<string, string>;
}

const base = (): [string, string, ColumnType][] => [
  ['created_at', 'createdAt', 'ts'],
  ['updated_at', 'updatedAt', 'ts'],
];
const personColumns: [string, string, ColumnType][] = [
  ['first_name', 'firstName', 'text'],
  ['last_name', 'lastName', 'text'],
  ['email', 'email', 'text'],
  ['email_key', 'emailKey', 'text'],
  ['phone', 'phone', 'text'],
  ['title', 'title', 'text'],
  ['country', 'country', 'text'],
  ['custom', 'custom', 'json'],
];
const personDerived = (record: StoredRecord) => {
  const p = record as unknown as Lead | Contact;
  const snapshot = memberPersonOf(p);
  return {
    search_text: personSearchKey(snapshot),
    sort_name: `${foldText(p.lastName)}\u0001${foldText(p.firstName)}\u0001${p.email ?? ''}`,
  };
};

export const TABLES: Record<StoreName, TableDef> = {
  campaigns: {
    table: 'campaigns',
    store: 'campaigns',
    columns: [
      ['name', 'name', 'text'],
      ['type', 'type', 'text'],
      ['status', 'status', 'text'],
      ['description', 'description', 'text'],
      ['start_date', 'startDate', 'date'],
      ['end_date', 'endDate', 'date'],
      ['currency', 'currency', 'text'],
      ['budgeted_cost', 'budgetedCost', 'num'],
      ['actual_cost', 'actualCost', 'num'],
      ['expected_revenue', 'expectedRevenue', 'num'],
      ['expected_response', 'expectedResponse', 'num'],
      ['parent_id', 'parentId', 'text'],
      ...base(),
    ],
  },
  accounts: {
    table: 'accounts',
    store: 'accounts',
    columns: [
      ['name', 'name', 'text'],
      ['website', 'website', 'text'],
      ['industry', 'industry', 'text'],
      ['employees', 'employees', 'int'],
      ['country', 'country', 'text'],
      ['phone', 'phone', 'text'],
      ...base(),
    ],
    derived: (r) => ({ search_text: companyKey(r.name as string) }),
  },
  leads: {
    table: 'leads',
    store: 'leads',
    columns: [
      ...personColumns,
      ['company', 'company', 'text'],
      ['website', 'website', 'text'],
      ['industry', 'industry', 'text'],
      ['employees', 'employees', 'int'],
      ['description', 'description', 'text'],
      ['source', 'source', 'text'],
      ['status', 'status', 'text'],
      ['rating', 'rating', 'text'],
      ['utm_source', 'attribution.utmSource', 'text'],
      ['utm_medium', 'attribution.utmMedium', 'text'],
      ['utm_campaign', 'attribution.utmCampaign', 'text'],
      ['utm_term', 'attribution.utmTerm', 'text'],
      ['utm_content', 'attribution.utmContent', 'text'],
      ['page_url', 'attribution.pageUrl', 'text'],
      ['referrer', 'attribution.referrer', 'text'],
      ['consent_given', 'consent.given', 'bool'],
      ['consent_text', 'consent.text', 'text'],
      ['consent_at', 'consent.at', 'ts'],
      ['converted_at', 'convertedAt', 'ts'],
      ['converted_account_id', 'convertedAccountId', 'text'],
      ['converted_contact_id', 'convertedContactId', 'text'],
      ['converted_opportunity_id', 'convertedOpportunityId', 'text'],
      ...base(),
    ],
    derived: personDerived,
  },
  contacts: {
    table: 'contacts',
    store: 'contacts',
    columns: [...personColumns, ['account_id', 'accountId', 'text'], ['lead_id', 'leadId', 'text'], ...base()],
    derived: personDerived,
  },
  opportunities: {
    table: 'opportunities',
    store: 'opportunities',
    columns: [
      ['name', 'name', 'text'],
      ['account_id', 'accountId', 'text'],
      ['contact_id', 'contactId', 'text'],
      ['lead_id', 'leadId', 'text'],
      ['amount', 'amount', 'num'],
      ['currency', 'currency', 'text'],
      ['close_date', 'closeDate', 'date'],
      ['stage', 'stage', 'text'],
      ['primary_campaign_id', 'primaryCampaignId', 'text'],
      ...base(),
    ],
  },
  members: {
    table: 'campaign_members',
    store: 'members',
    columns: [
      ['campaign_id', 'campaignId', 'text'],
      ['lead_id', 'leadId', 'text'],
      ['contact_id', 'contactId', 'text'],
      ['status', 'status', 'text'],
      ['responded', 'responded', 'bool'],
      ['first_responded_at', 'firstRespondedAt', 'ts'],
      ['first_name', 'person.firstName', 'text'],
      ['last_name', 'person.lastName', 'text'],
      ['email', 'person.email', 'text'],
      ['company', 'person.company', 'text'],
      ['converted_lead_id', 'convertedLeadId', 'text'],
      ['check_in_id', 'checkIn.id', 'text'],
      ['checked_in_at', 'checkIn.at', 'ts'],
      ['walk_in', 'checkIn.walkIn', 'bool'],
      ['check_in_previous_status', 'checkIn.previousStatus', 'text'],
      ['check_in_previous_first_responded_at', 'checkIn.previousFirstRespondedAt', 'ts'],
      ...base(),
    ],
    containers: ['person'],
    derived: (r) => {
      const k = memberSortKeys(r as unknown as CampaignMember);
      return {
        sort_name: k.name,
        sort_type: k.type,
        sort_company: k.company,
        sort_email: k.email,
        sort_status: k.status,
        sort_responded: k.responded,
        sort_added: k.added,
        search_text: k.q,
      };
    },
  },
  submissions: {
    table: 'submissions',
    store: 'submissions',
    columns: [['fingerprint', 'fingerprint', 'text'], ['result', 'result', 'json'], ...base()],
  },
  held: {
    table: 'held_submissions',
    store: 'held',
    columns: [['campaign_id', 'campaignId', 'text'], ['reason', 'reason', 'text'], ['submission', 'submission', 'json'], ['public_form', 'publicForm', 'bool'], ...base()],
  },
  materials: {
    table: 'campaign_materials',
    store: 'materials',
    columns: [['campaign_id', 'campaignId', 'text'], ['name', 'name', 'text'], ['kind', 'kind', 'text'], ['url', 'url', 'text'], ['file', 'file', 'json'], ...base()],
  },
  views: {
    table: 'people_views',
    store: 'views',
    // What the view shows (columns, widths, sort, filters, search, type) stays in `extra`.
    columns: [['name', 'name', 'text'], ['is_default', 'isDefault', 'bool'], ...base()],
  },
  visitors: {
    table: 'visitors',
    store: 'visitors',
    columns: [['person_type', 'person.type', 'text'], ['person_id', 'person.id', 'text'], ...base()],
    containers: ['person'],
  },
};

/** Every column of a table as written (tenant, id, version, typed, derived, extra). */
export function columnsOf(def: TableDef): string[] {
  const derived = def.derived ? Object.keys(def.derived({ id: '', version: 1, person: {}, createdAt: '' } as unknown as StoredRecord)) : [];
  return ['tenant_id', 'id', 'version', ...def.columns.map((c) => c[0]), ...derived, 'extra'];
}

/** A table's columns split once: top-level fields, and the fields of nested objects by object. */
interface RowShape {
  flat: [column: string, field: string][];
  nested: Map<string, [column: string, field: string][]>;
  /** Record keys that never go to `extra` (flat columns, id, version). */
  taken: Set<string>;
}
const shapes = new WeakMap<TableDef, RowShape>();
function shapeOf(def: TableDef): RowShape {
  let shape = shapes.get(def);
  if (!shape) {
    shape = { flat: [], nested: new Map(), taken: new Set(['id', 'version', ...(def.store === 'campaigns' ? ['memberStatuses'] : [])]) };
    for (const [column, path] of def.columns) {
      const dot = path.indexOf('.');
      if (dot < 0) {
        shape.flat.push([column, path]);
        shape.taken.add(path);
      } else {
        const outer = path.slice(0, dot);
        (shape.nested.get(outer) ?? shape.nested.set(outer, []).get(outer)!).push([column, path.slice(dot + 1)]);
      }
    }
    shapes.set(def, shape);
  }
  return shape;
}

/**
 * A record as a row of its table: typed columns, derived columns, and what is left in `extra`
 * (fields no column holds). Reads the record only: a submission batch maps thousands per second.
 */
export function toRow(def: TableDef, tenant: string, record: StoredRecord): Record<string, unknown> {
  const { flat, nested, taken } = shapeOf(def);
  const source = record as Record<string, unknown>;
  const row: Record<string, unknown> = { tenant_id: tenant, id: record.id, version: record.version };
  for (const [column, field] of flat) {
    const v = source[field];
    if (v != null) row[column] = v; // a missing key reads as null: fewer bytes
  }
  let extra: Record<string, unknown> | undefined;
  for (const key of Object.keys(source)) {
    if (taken.has(key)) continue;
    const v = source[key];
    const fields = nested.get(key);
    if (!fields || !v || typeof v !== 'object') {
      (extra ??= {})[key] = v;
      continue;
    }
    const inner = (Array.isArray(v) ? { ...v } : v) as Record<string, unknown>; // fields, not Array methods
    let consumed = false;
    for (const [column, field] of fields) {
      const value = inner[field];
      if (value != null) row[column] = value;
      if (value !== undefined) consumed = true;
    }
    // A nested object emptied by its columns is rebuilt from them; one that was empty to begin
    // with (`attribution: {}`), or keeps fields no column holds, stays in `extra`.
    let left: Record<string, unknown> | undefined;
    for (const k of Object.keys(inner)) if (!fields.some((f) => f[1] === k)) (left ??= {})[k] = inner[k];
    if (left || !(consumed || def.containers?.includes(key))) (extra ??= {})[key] = left ?? {};
  }
  Object.assign(row, def.derived?.(record) ?? {});
  if (extra) row.extra = extra;
  return row;
}

const isoInstant = (v: unknown) => (v instanceof Date ? v : new Date(String(v))).toISOString();

/** A row read back as the record the domain wrote. */
export function fromRow<T = StoredRecord>(def: TableDef, row: Record<string, unknown>): T {
  const record: Record<string, unknown> = { id: row.id, version: row.version };
  for (const c of def.containers ?? []) record[c] = {};
  for (const [column, path, type] of def.columns) {
    let v = row[column];
    if (v === null || v === undefined) continue;
    if (type === 'ts') v = isoInstant(v);
    else if (type === 'num' || type === 'int') v = Number(v);
    else if (type === 'date' && v instanceof Date) v = `${v.getFullYear()}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}`;
    const dot = path.indexOf('.');
    if (dot < 0) record[path] = v;
    else ((record[path.slice(0, dot)] ??= {}) as Record<string, unknown>)[path.slice(dot + 1)] = v;
  }
  const extra = row.extra as Record<string, unknown> | null;
  for (const [k, v] of Object.entries(extra ?? {})) {
    const here = record[k];
    record[k] = here && typeof here === 'object' && v && typeof v === 'object' && !Array.isArray(v) ? { ...(v as object), ...(here as object) } : v;
  }
  if (def.store === 'campaigns') record.memberStatuses = row.member_statuses ?? [];
  return record as T;
}
