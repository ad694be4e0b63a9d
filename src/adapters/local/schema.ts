import type { StoreName, StoredRecord } from '../../domain/change-set.js';
import { memberPersonRef, memberSortKeys, personKey } from '../../domain/members.js';
import type { CampaignMember } from '../../model/member.js';

/**
 * The local database layout, shared by the memory and IndexedDB stores. Bump `DB_VERSION` and
 * add a step to `migrations` (never edit an old step) when it changes.
 */
export const DB_VERSION = 1;

export interface IndexDef {
  name: string;
  keyPath: string | string[];
  unique?: boolean;
}

/** Sort indexes of members: one per sortable column, and one per column under a status filter. */
export const MEMBER_SORT_FIELDS = ['name', 'company', 'email', 'status', 'added'] as const;

export function memberIndex(sort: string, byStatus: boolean): string {
  return byStatus ? `status+${sort}` : `by+${sort}`;
}

const memberIndexes: IndexDef[] = [
  { name: 'campaign+person', keyPath: ['campaignId', 'pk'], unique: true },
  { name: 'leadId', keyPath: 'leadId' },
  { name: 'contactId', keyPath: 'contactId' },
  ...MEMBER_SORT_FIELDS.map((f) => ({ name: memberIndex(f, false), keyPath: ['campaignId', `sk.${f}`, 'id'] })),
  ...MEMBER_SORT_FIELDS.filter((f) => f !== 'status').map((f) => ({
    name: memberIndex(f, true),
    keyPath: ['campaignId', 'status', `sk.${f}`, 'id'],
  })),
];

export const STORES: Record<StoreName, IndexDef[]> = {
  campaigns: [{ name: 'parentId', keyPath: 'parentId' }],
  leads: [{ name: 'emailKey', keyPath: 'emailKey', unique: true }],
  contacts: [
    { name: 'emailKey', keyPath: 'emailKey' },
    { name: 'accountId', keyPath: 'accountId' },
  ],
  accounts: [],
  opportunities: [
    { name: 'primaryCampaignId', keyPath: 'primaryCampaignId' },
    { name: 'accountId', keyPath: 'accountId' },
  ],
  members: memberIndexes,
  submissions: [],
};

/** The store of additive counters (`{ key, counts }`). */
export const COUNTERS = 'counters';

export const STORE_NAMES = Object.keys(STORES) as StoreName[];

/** Adds the fields only the store needs (index keys) before a record is written. */
export function toStored(store: StoreName, record: StoredRecord): StoredRecord {
  if (store !== 'members') return record;
  const m = record as unknown as CampaignMember;
  return { ...record, sk: memberSortKeys(m), pk: personKey(memberPersonRef(m)) };
}

/** Removes the store-only fields from a record read back. */
export function fromStored<T = StoredRecord>(store: StoreName, record: StoredRecord | undefined): T | undefined {
  if (!record || store !== 'members') return record as T | undefined;
  const { sk: _sk, pk: _pk, ...rest } = record;
  return rest as T;
}

/** Reads the value at a dotted key path (`sk.name`). */
export function valueAt(record: unknown, path: string): unknown {
  let v: unknown = record;
  for (const part of path.split('.')) v = v == null ? undefined : (v as Record<string, unknown>)[part];
  return v;
}
