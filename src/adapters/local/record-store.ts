import type { ChangeSet, StoreName, StoredRecord } from '../../domain/change-set.js';
import type { ReadStore } from './idb-layout.js';

/** What a committed change set touched, as announced to listeners. */
export interface CommitInfo {
  stores: StoreName[];
  campaignIds: string[];
  /** Ids written, or undefined when the change was too large to list. */
  ids?: string[];
}

/** `origin` is the token the committer passed, or `undefined` when it came from another tab. */
export type CommitListener = (info: CommitInfo, origin: unknown) => void;

export interface PageOptions {
  /** Leading index key components every item shares (`[campaignId]` or `[campaignId, status]`). */
  prefix: IDBValidKey[];
  /** Start after this full index key (keyset paging). */
  after?: IDBValidKey[];
  direction: 'next' | 'prev';
  limit: number;
  /** Index entries to skip first (a position jump). Applied before `filter`. */
  skip?: number;
  /** Items failing it are skipped (search, type filter); scanning goes on until `limit` match. */
  filter?: (record: StoredRecord) => boolean;
  /**
   * What `filter` checks, for a store that can check it itself (a database: in its query, not
   * by reading every row back): members whose folded search key contains every word of
   * `search` (domain/members `memberMatchesSearch`), of this person type.
   */
  match?: { search?: string; type?: 'lead' | 'contact' };
}

export interface PageResult {
  items: StoredRecord[];
  /** Index key of the last item returned, for the next page. */
  lastKey?: IDBValidKey[];
  /** True when more items may follow. */
  more: boolean;
}

export interface CommitOptions {
  /** Token handed back to listeners so the committer can tell its own changes. */
  origin?: unknown;
  /** IndexedDB durability; `relaxed` for bulk imports. */
  durability?: 'default' | 'strict' | 'relaxed';
}

/**
 * The small storage interface the local adapter runs on. Records come back without the
 * store-only index fields. `commit` is atomic: all writes or none, version-checked.
 */
export interface RecordStore {
  readonly name: string;
  get<T = StoredRecord>(store: ReadStore, id: string): Promise<T | undefined>;
  getMany<T = StoredRecord>(store: ReadStore, ids: readonly string[]): Promise<(T | undefined)[]>;
  getAll<T = StoredRecord>(store: ReadStore): Promise<T[]>;
  /** Every record whose index key equals `key`. */
  getByIndex<T = StoredRecord>(store: ReadStore, index: string, key: IDBValidKey): Promise<T[]>;
  /**
   * For each key, every record whose index key equals it (one read transaction). Reading
   * `people` returns leads and contacts together, each with its `kind`.
   */
  getByIndexMany<T = StoredRecord>(store: ReadStore, index: string, keys: readonly IDBValidKey[]): Promise<T[][]>;
  page(store: ReadStore, index: string, options: PageOptions): Promise<PageResult>;
  /**
   * How many index entries a `skip` of `skip` from the start of `prefix` in `direction` walks
   * now (a store that records positions walks from the nearest one); left out: all of them.
   */
  skipCost?(store: ReadStore, index: string, prefix: IDBValidKey[], direction: 'next' | 'prev', skip: number): number;
  /**
   * Every distinct key of `index`, or undefined when the index holds more than `max` entries
   * (one read). For a store where reading all keys at once is cheaper than many lookups (a
   * browser's); a database answers lookups in its own transaction and leaves it out.
   */
  indexKeys?(store: ReadStore, index: string, max: number): Promise<IDBValidKey[] | undefined>;
  /** A counter record's fields (member counts), or undefined. */
  counter(key: string): Promise<Record<string, number> | undefined>;
  /** Several counter records at once (one read), in the order of `keys`. */
  counters(keys: readonly string[]): Promise<(Record<string, number> | undefined)[]>;
  /** Applies a change set atomically; a version mismatch or taken unique key throws `ConflictError`. */
  commit(changes: ChangeSet, options?: CommitOptions): Promise<void>;
  onCommit(listener: CommitListener): () => void;
  close(): void;
}

export function commitInfo(changes: ChangeSet): CommitInfo {
  const stores = new Set<StoreName>();
  for (const w of changes.writes) stores.add(w.store);
  for (const d of changes.deletes) stores.add(d.store);
  const count = changes.writes.length + changes.deletes.length;
  return {
    stores: [...stores],
    campaignIds: [...changes.campaignIds],
    ids: count <= 500 ? [...changes.writes.map((w) => w.record.id), ...changes.deletes.map((d) => d.id)] : undefined,
  };
}
