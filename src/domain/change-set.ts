/**
 * The change set: everything one use case writes, committed by a RecordStore atomically.
 * Each write names the version it expects to replace (`null`: the record must not exist yet),
 * so a concurrent change makes the whole commit fail with a conflict and nothing is written.
 */

export type StoreName =
  | 'campaigns'
  | 'leads'
  | 'contacts'
  | 'accounts'
  | 'opportunities'
  | 'members'
  | 'submissions'
  | 'held'
  | 'materials'
  | 'views';

/** Every logical store (a change that may have touched anything names them all). */
export const ALL_STORES: readonly StoreName[] = ['campaigns', 'leads', 'contacts', 'accounts', 'opportunities', 'members', 'submissions', 'held', 'materials', 'views'];

export interface StoredRecord {
  id: string;
  version: number;
  [field: string]: unknown;
}

export interface RecordWrite {
  store: StoreName;
  record: StoredRecord;
  /** The version the store must hold now; `null` when the record must not exist. */
  expect: number | null;
}

export interface RecordDelete {
  store: StoreName;
  id: string;
  expect: number;
}

/** Additive counters (per-campaign member counts): applied inside the same transaction. */
export interface CounterDelta {
  key: string;
  deltas: Record<string, number>;
}

export interface ChangeSet {
  writes: RecordWrite[];
  deletes: RecordDelete[];
  counters: CounterDelta[];
  /** Campaigns whose members or figures this change moves (for change events). */
  campaignIds: string[];
}

export function emptyChangeSet(): ChangeSet {
  return { writes: [], deletes: [], counters: [], campaignIds: [] };
}

/** A new record at version 1. */
export function createRecord<T extends object>(id: string, fields: T, now: string): T & StoredRecord & { createdAt: string; updatedAt: string } {
  return { ...fields, id, version: 1, createdAt: now, updatedAt: now };
}

/** Adds counter deltas for `key`, merging with any already in the change set. */
export function addCounterDeltas(changes: ChangeSet, key: string, deltas: Record<string, number>): void {
  const entries = Object.entries(deltas).filter(([, n]) => n !== 0);
  if (entries.length === 0) return;
  let counter = changes.counters.find((c) => c.key === key);
  if (!counter) changes.counters.push((counter = { key, deltas: {} }));
  for (const [field, n] of entries) {
    const sum = (counter.deltas[field] ?? 0) + n;
    if (sum === 0) delete counter.deltas[field];
    else counter.deltas[field] = sum;
  }
}
