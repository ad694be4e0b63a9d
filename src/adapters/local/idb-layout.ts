import type { StoreName, StoredRecord } from '../../domain/change-set.js';
import { memberPersonRef, memberSortKeys, personKey } from '../../domain/members.js';
import { memberSortFields, type CampaignMember } from '../../model/member.js';
import { PEOPLE_SORT_KEYS, peopleSortFields, peopleSortKeys, type ListedPerson, type PeopleSortField } from '../../domain/people-fields.js';

/**
 * The local database layout, shared by the memory and IndexedDB stores. Bump `DB_VERSION` and
 * add a step to `migrations` (idb-upgrades.ts; never edit an old step) when it changes.
 */
export const DB_VERSION = 8;

export interface IndexDef {
  name: string;
  keyPath: string | string[];
  unique?: boolean;
}

/** Sort indexes of members: one per sortable column, and one per column under a status filter. */
export const MEMBER_SORT_FIELDS = memberSortFields;

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

/** The index people lists are sorted by (`psk`: domain/people-fields `peopleSortKeys`; a converted lead has none). */
export function peopleIndex(sort: PeopleSortField): string {
  return `people+${sort}`;
}

/**
 * Physical object stores. Leads and contacts share `people`, so one index request finds a
 * person by email whichever kind they are (half the lookups of an import). A lead's email is
 * also indexed uniquely (`leadEmail`), so two tabs can never create two leads for one address.
 */
export type PhysicalStore = Exclude<StoreName, 'leads' | 'contacts'> | 'people';

export const STORES: Record<PhysicalStore, IndexDef[]> = {
  campaigns: [{ name: 'parentId', keyPath: 'parentId' }],
  people: [
    { name: 'emailKey', keyPath: 'emailKey' },
    { name: 'leadEmail', keyPath: 'leadEmail', unique: true },
    { name: 'accountId', keyPath: 'accountId' },
    ...peopleSortFields.map((f) => ({ name: peopleIndex(f), keyPath: PEOPLE_SORT_KEYS[f] })),
  ],
  accounts: [],
  opportunities: [
    { name: 'primaryCampaignId', keyPath: 'primaryCampaignId' },
    { name: 'accountId', keyPath: 'accountId' },
  ],
  members: memberIndexes,
  submissions: [],
  /** Submissions held as suspected spam, by campaign (newest first is sorted on read). */
  held: [{ name: 'campaignId', keyPath: 'campaignId' }],
  /** Campaign materials (links and files), by campaign. */
  materials: [{ name: 'campaignId', keyPath: 'campaignId' }],
  /** Saved people views, shared by the workspace (few: read whole). */
  views: [],
  /** Returning visitors: a form's first-party visitor id → the person it submitted as (progressive profiling). */
  visitors: [],
};

/** The store of additive counters (`{ key, counts }`). */
export const COUNTERS = 'counters';

export const STORE_NAMES = Object.keys(STORES) as PhysicalStore[];

/** What reads may name: a logical store, or `people` for leads and contacts at once. */
export type ReadStore = StoreName | 'people';

/** The object store a logical store lives in. */
export function physical(store: ReadStore): PhysicalStore {
  return store === 'leads' || store === 'contacts' ? 'people' : store;
}

/** The person kind stored with each record of `people`. */
type Kind = 'lead' | 'contact';
const KIND: Partial<Record<StoreName, Kind>> = { leads: 'lead', contacts: 'contact' };

/** Adds the fields only the store needs (index keys, kind) before a record is written. */
export function toStored(store: StoreName, record: StoredRecord): StoredRecord {
  if (store === 'members') {
    const m = record as unknown as CampaignMember;
    return { ...record, sk: memberSortKeys(m), pk: personKey(memberPersonRef(m)) };
  }
  const kind = KIND[store];
  if (kind) {
    const person = { ...record, kind } as StoredRecord & ListedPerson;
    const psk = peopleSortKeys(person);
    if (psk) (person as StoredRecord).psk = psk;
    if (kind === 'lead' && record.emailKey) (person as StoredRecord).leadEmail = record.emailKey;
    return person;
  }
  return record;
}

/**
 * A record read back, without the store-only fields; undefined when it is not of this logical
 * store (a contact's id asked of `leads`). Reading `people` keeps `kind` so callers can tell.
 */
export function fromStored<T = StoredRecord>(store: ReadStore, record: StoredRecord | undefined): T | undefined {
  if (!record) return undefined;
  if (store === 'members') {
    const { sk: _sk, pk: _pk, ...rest } = record;
    return rest as T;
  }
  if (store === 'people') {
    const { leadEmail: _l, psk: _p, ...rest } = record;
    return rest as T;
  }
  const kind = KIND[store];
  if (!kind) return record as T;
  if (record.kind !== kind) return undefined;
  const { kind: _k, leadEmail: _l, psk: _p, ...rest } = record;
  return rest as T;
}

/** Reads the value at a dotted key path (`sk.name`). */
export function valueAt(record: unknown, path: string): unknown {
  let v: unknown = record;
  for (const part of path.split('.')) v = v == null ? undefined : (v as Record<string, unknown>)[part];
  return v;
}
