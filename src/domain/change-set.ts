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
  | 'views'
  | 'visitors';

/** Every logical store (a change that may have touched anything names them all). */
export const ALL_STORES: readonly StoreName[] = ['campaigns', 'leads', 'contacts', 'accounts', 'opportunities', 'members', 'submissions', 'held', 'materials', 'views', 'visitors'];

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

/**
 * A mail the change asks for (a double opt-in's confirmation): a server writes it to its mail
 * outbox in the same commit, so it is sent exactly when the change stands; a store that cannot
 * mail has no use for it (no adapter of the browser asks for one).
 */
export interface OutgoingMail {
  kind: 'confirm';
  /** Unique per mail (the outbox row's id, and the link's). */
  id: string;
  to: string;
  locale?: string;
  campaignId: string;
  memberId: string;
  person: { type: 'lead' | 'contact'; id: string };
  /** Greeting and subject details. */
  firstName?: string;
  campaignName: string;
  /** Consents the submission gave: the mail's withdraw link takes them back. */
  purposes: string[];
}

export interface ChangeSet {
  writes: RecordWrite[];
  deletes: RecordDelete[];
  counters: CounterDelta[];
  /** Campaigns whose members or figures this change moves (for change events). */
  campaignIds: string[];
  /** Mails to send once the change is committed (a server's mail outbox, same transaction). */
  mails: OutgoingMail[];
}

export function emptyChangeSet(): ChangeSet {
  return { writes: [], deletes: [], counters: [], campaignIds: [], mails: [] };
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
