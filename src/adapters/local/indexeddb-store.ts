import { openDB, unwrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { ChangeSet, StoreName, StoredRecord } from '../../domain/change-set.js';
import { ConflictError, UnavailableError } from '../errors.js';
import { indexKey } from './keys.js';
import {
  commitInfo,
  type CommitInfo,
  type CommitListener,
  type CommitOptions,
  type PageOptions,
  type PageResult,
  type RecordStore,
} from './record-store.js';
import { COUNTERS, DB_VERSION, fromStored, STORES, STORE_NAMES, toStored } from './schema.js';

type Db = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/**
 * Schema migrations: step `i` takes the database from version `i` to `i + 1`. Never edit a
 * released step; add one and bump DB_VERSION.
 */
const migrations: ((db: Db, tx: UpgradeTx) => void)[] = [
  (db) => {
    for (const name of STORE_NAMES) {
      const store = db.createObjectStore(name, { keyPath: 'id' });
      for (const i of STORES[name]) store.createIndex(i.name, i.keyPath, { unique: !!i.unique });
    }
    db.createObjectStore(COUNTERS, { keyPath: 'key' });
  },
];

/** Rows read per round trip while scanning an index page by page. */
const SCAN_CHUNK = 200;

/**
 * The embedded default RecordStore: IndexedDB through `idb`, one database per `name`
 * (namespaced `lead-kit…` by default). A commit is one readwrite transaction with version
 * checks; changes are announced to this tab's listeners and to other tabs (BroadcastChannel).
 */
export class IndexedDBStore implements RecordStore {
  private dbPromise?: Promise<Db>;
  private listeners = new Set<CommitListener>();
  private channel?: BroadcastChannel;
  private closed = false;

  constructor(readonly name = 'lead-kit') {
    if (typeof BroadcastChannel === 'function') {
      this.channel = new BroadcastChannel(`lead-kit:${name}`);
      this.channel.onmessage = (e: MessageEvent<CommitInfo>) => this.listeners.forEach((l) => l(e.data, undefined));
    }
  }

  /** Opens (or reopens, after another tab's upgrade closed it) the database. */
  private db(): Promise<Db> {
    if (this.closed) return Promise.reject(new UnavailableError(`Store ${this.name} is closed`));
    if (typeof indexedDB === 'undefined') return Promise.reject(new UnavailableError('IndexedDB is not available in this browser'));
    this.dbPromise ??= openDB(this.name, DB_VERSION, {
      upgrade: (db, oldVersion, _newVersion, tx) => {
        for (let v = oldVersion; v < DB_VERSION; v++) migrations[v](db, tx as unknown as UpgradeTx);
      },
      // A newer page in another tab wants to upgrade: let it, and reopen on next use.
      blocking: (_current, _blocked, event) => {
        (event.target as IDBDatabase).close();
        this.dbPromise = undefined;
      },
      terminated: () => {
        this.dbPromise = undefined;
      },
    }).catch((error: unknown) => {
      this.dbPromise = undefined;
      const name = (error as DOMException)?.name;
      throw new UnavailableError(
        name === 'VersionError'
          ? `Database ${this.name} was upgraded by a newer version of this page: reload the page`
          : `Cannot open database ${this.name}: ${(error as Error)?.message ?? error}`,
        { cause: error },
      );
    });
    return this.dbPromise;
  }

  async get<T>(store: StoreName, id: string): Promise<T | undefined> {
    const db = await this.db();
    return fromStored<T>(store, await db.get(store, id));
  }

  async getMany<T>(store: StoreName, ids: readonly string[]): Promise<(T | undefined)[]> {
    const db = await this.db();
    const tx = db.transaction(store, 'readonly');
    const rows = await Promise.all(ids.map((id) => tx.store.get(id)));
    return rows.map((r) => fromStored<T>(store, r));
  }

  async getAll<T>(store: StoreName): Promise<T[]> {
    const db = await this.db();
    return (await db.getAll(store)).map((r) => fromStored<T>(store, r)!);
  }

  async getByIndex<T>(store: StoreName, index: string, key: IDBValidKey): Promise<T[]> {
    const db = await this.db();
    return (await db.getAllFromIndex(store, index, key)).map((r) => fromStored<T>(store, r)!);
  }

  async getByIndexMany<T>(store: StoreName, index: string, keys: readonly IDBValidKey[]): Promise<T[][]> {
    if (keys.length === 0) return [];
    const db = await this.db();
    const idx = db.transaction(store, 'readonly').store.index(index);
    const rows = await Promise.all(keys.map((k) => idx.getAll(k)));
    return rows.map((list) => list.map((r) => fromStored<T>(store, r)!));
  }

  async page(store: StoreName, index: string, o: PageOptions): Promise<PageResult> {
    const db = await this.db();
    const def = STORES[store].find((i) => i.name === index);
    if (!def) throw new Error(`No index ${index} on ${store}`);
    const idx = (unwrap(db) as IDBDatabase).transaction(store, 'readonly').objectStore(store).index(index);
    const end: IDBValidKey[] = [...o.prefix, []];
    const items: StoredRecord[] = [];
    let after = o.after;
    let lastKey: IDBValidKey[] | undefined;
    const canBatch = o.direction === 'next' || 'getAllRecords' in idx;
    for (;;) {
      const range =
        o.direction === 'next'
          ? IDBKeyRange.bound(after ?? o.prefix, end, !!after, false)
          : IDBKeyRange.bound(o.prefix, after ?? end, false, !!after);
      const want = o.filter ? SCAN_CHUNK : o.limit - items.length + 1;
      const batch = canBatch ? await readBatch(idx, range, o.direction, want) : await readCursor(idx, range, want);
      for (const r of batch) {
        if (items.length === o.limit) return { items, lastKey, more: true };
        after = indexKey(r, def.keyPath) as IDBValidKey[];
        if (o.filter && !o.filter(r)) continue;
        items.push(fromStored(store, r)!);
        lastKey = after;
      }
      if (batch.length < want) return { items, lastKey, more: false };
    }
  }

  async counter(key: string): Promise<Record<string, number> | undefined> {
    const db = await this.db();
    return ((await db.get(COUNTERS, key)) as { counts: Record<string, number> } | undefined)?.counts;
  }

  async commit(changes: ChangeSet, options: CommitOptions = {}): Promise<void> {
    const db = await this.db();
    const names = new Set<string>([...changes.writes.map((w) => w.store), ...changes.deletes.map((d) => d.store)]);
    if (changes.counters.length) names.add(COUNTERS);
    if (names.size === 0) return;
    const tx = db.transaction([...names], 'readwrite', { durability: options.durability ?? 'default' });
    const done = tx.done;
    done.catch(() => {}); // observed below; avoid an unhandled rejection when we abort
    try {
      // Read every version to check and every counter in one round, then write.
      const checks = [
        ...changes.writes.filter((w) => w.expect !== null).map((w) => ({ store: w.store, id: w.record.id, expect: w.expect })),
        ...changes.deletes,
      ];
      const [currents, counters] = await Promise.all([
        Promise.all(checks.map((c) => tx.objectStore(c.store).get(c.id) as Promise<StoredRecord | undefined>)),
        Promise.all(changes.counters.map((c) => tx.objectStore(COUNTERS).get(c.key) as Promise<{ counts: Record<string, number> } | undefined>)),
      ]);
      checks.forEach((c, i) => {
        if (currents[i]?.version !== c.expect) throw new ConflictError(`${c.store} ${c.id} changed since it was read`);
      });
      const ops: Promise<unknown>[] = [];
      for (const w of changes.writes) {
        const store = tx.objectStore(w.store);
        const stored = toStored(w.store, w.record);
        ops.push(w.expect === null ? store.add(stored) : store.put(stored));
      }
      for (const d of changes.deletes) ops.push(tx.objectStore(d.store).delete(d.id));
      changes.counters.forEach((c, i) => {
        const counts = { ...(counters[i]?.counts ?? {}) };
        for (const [f, n] of Object.entries(c.deltas)) counts[f] = (counts[f] ?? 0) + n;
        ops.push(tx.objectStore(COUNTERS).put({ key: c.key, counts }));
      });
      await Promise.all([...ops, done]);
    } catch (error) {
      try {
        tx.abort();
      } catch {
        /* already finished */
      }
      throw toStoreError(error);
    }
    const info = commitInfo(changes);
    this.listeners.forEach((l) => l(info, options.origin));
    this.channel?.postMessage(info);
  }

  onCommit(listener: CommitListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.closed = true;
    this.listeners.clear();
    this.channel?.close();
    void this.dbPromise?.then((db) => db.close(), () => {});
    this.dbPromise = undefined;
  }
}

function toStoreError(error: unknown): unknown {
  const name = (error as DOMException)?.name;
  if (name === 'ConstraintError') return new ConflictError('A record with this key already exists', 'exists');
  if (name === 'QuotaExceededError') return new UnavailableError('The browser refused to store more data (quota)', { cause: error });
  if (name === 'AbortError' || name === 'InvalidStateError' || name === 'TransactionInactiveError' || name === 'UnknownError') {
    return new UnavailableError(`The database could not complete the change: ${(error as Error).message}`, { cause: error });
  }
  return error;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

interface GetAllRecordsIndex {
  getAllRecords(options: { query: IDBKeyRange; count: number; direction: IDBCursorDirection }): IDBRequest<{ value: StoredRecord }[]>;
}

/** Up to `count` records of `range` in one request (getAll, or getAllRecords for `prev`). */
async function readBatch(idx: IDBIndex, range: IDBKeyRange, direction: 'next' | 'prev', count: number): Promise<StoredRecord[]> {
  if (direction === 'next') return request(idx.getAll(range, count));
  const rows = await request((idx as unknown as GetAllRecordsIndex).getAllRecords({ query: range, count, direction: 'prev' }));
  return rows.map((r) => r.value);
}

/** Fallback for browsers without getAllRecords: walk a `prev` cursor. */
async function readCursor(idx: IDBIndex, range: IDBKeyRange, count: number): Promise<StoredRecord[]> {
  const out: StoredRecord[] = [];
  return new Promise((resolve, reject) => {
    const req = idx.openCursor(range, 'prev');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const c = req.result;
      if (!c || out.length === count) return resolve(out);
      out.push(c.value as StoredRecord);
      c.continue();
    };
  });
}
