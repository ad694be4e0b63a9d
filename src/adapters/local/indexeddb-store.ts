import { openDB, unwrap, type IDBPDatabase } from 'idb';
import type { ChangeSet, StoredRecord } from '../../domain/change-set.js';
import { ConflictError, UnavailableError } from '../errors.js';
import { indexKey } from './keys.js';
import { PositionCache, positionKey, POSITION_STEP } from './positions.js';
import {
  commitInfo,
  type CommitInfo,
  type CommitListener,
  type CommitOptions,
  type PageOptions,
  type PageResult,
  type RecordStore,
} from './record-store.js';
import { COUNTERS, DB_VERSION, fromStored, physical, STORES, toStored, type ReadStore } from './idb-layout.js';
import { migrations, type UpgradeTx } from './idb-upgrades.js';

type Db = IDBPDatabase<unknown>;
/** From this many keys on, `getByIndexMany` walks one cursor instead of one request per key. */
const MERGE_LOOKUP_MIN = 16;

/**
 * Writes are issued in slices of about this many milliseconds of the page's time: each `add`
 * costs the page its structured clone and the index keys of every index of the store (~0.1–0.3 ms
 * a record on a two-core machine), so a fixed count of 250 made 60–150 ms tasks there.
 */
const WRITE_SLICE_MS = 8;

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
  private positions = new PositionCache();

  constructor(readonly name = 'lead-kit') {
    if (typeof BroadcastChannel === 'function') {
      this.channel = new BroadcastChannel(`lead-kit:${name}`);
      this.channel.onmessage = (e: MessageEvent<CommitInfo>) => {
        if (e.data.stores.includes('members')) this.positions.invalidate();
        this.listeners.forEach((l) => l(e.data, undefined));
      };
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

  async get<T>(store: ReadStore, id: string): Promise<T | undefined> {
    const db = await this.db();
    return fromStored<T>(store, await db.get(physical(store), id));
  }

  async getMany<T>(store: ReadStore, ids: readonly string[]): Promise<(T | undefined)[]> {
    const db = await this.db();
    const tx = db.transaction(physical(store), 'readonly');
    const rows = await Promise.all(ids.map((id) => tx.store.get(id)));
    return rows.map((r) => fromStored<T>(store, r));
  }

  async getAll<T>(store: ReadStore): Promise<T[]> {
    const db = await this.db();
    return (await db.getAll(physical(store))).flatMap((r) => fromStored<T>(store, r) ?? []);
  }

  async getByIndex<T>(store: ReadStore, index: string, key: IDBValidKey): Promise<T[]> {
    const db = await this.db();
    return (await db.getAllFromIndex(physical(store), index, key)).flatMap((r) => fromStored<T>(store, r) ?? []);
  }

  async getByIndexMany<T>(store: ReadStore, index: string, keys: readonly IDBValidKey[]): Promise<T[][]> {
    if (keys.length === 0) return [];
    const db = await this.db();
    const name = physical(store);
    const idx = (unwrap(db) as IDBDatabase).transaction(name, 'readonly').objectStore(name).index(index);
    const rows = keys.length >= MERGE_LOOKUP_MIN ? await mergeLookup(idx, keys) : await Promise.all(keys.map((k) => request(idx.getAll(k))));
    return rows.map((list) => list.flatMap((r) => fromStored<T>(store, r as StoredRecord) ?? []));
  }

  async indexKeys(store: ReadStore, index: string, max: number): Promise<IDBValidKey[] | undefined> {
    const db = await this.db();
    const name = physical(store);
    const idx = (unwrap(db) as IDBDatabase).transaction(name, 'readonly').objectStore(name).index(index);
    if ((await request(idx.count())) > max) return undefined;
    // Keys only, one distinct key per step: the browser prefetches plain `continue()` steps.
    return new Promise((resolve, reject) => {
      const keys: IDBValidKey[] = [];
      const req = idx.openKeyCursor(null, 'nextunique');
      req.onerror = () => reject(req.error);
      req.onsuccess = () => {
        const cursor = req.result;
        if (!cursor) return resolve(keys);
        keys.push(cursor.key);
        cursor.continue();
      };
    });
  }

  async page(store: ReadStore, index: string, o: PageOptions): Promise<PageResult> {
    const db = await this.db();
    const name = physical(store);
    const def = STORES[name].find((i) => i.name === index);
    if (!def) throw new Error(`No index ${index} on ${name}`);
    const idx = (unwrap(db) as IDBDatabase).transaction(name, 'readonly').objectStore(name).index(index);
    const end: IDBValidKey[] = [...o.prefix, []];
    const items: StoredRecord[] = [];
    let after = o.after;
    let lastKey: IDBValidKey[] | undefined;
    if (o.skip) {
      // Walk the index (keys only) to the position; the page continues after that entry. From the
      // start of the range, begin at the nearest recorded position (see positions.ts).
      let from = after;
      let count = o.skip;
      if (!after) {
        const mark = this.nearestPosition(index, o.prefix, o.direction, o.skip);
        if (mark) ({ from, count } = mark);
        else if (o.skip >= POSITION_STEP) this.recordPositions(db, name, index, o.prefix, o.direction);
      }
      if (count === 0) after = from;
      else {
        const range =
          o.direction === 'next'
            ? IDBKeyRange.bound(from ?? o.prefix, end, !!from, false)
            : IDBKeyRange.bound(o.prefix, from ?? end, false, !!from);
        const skipped = await skipTo(idx, range, o.direction, count);
        if (!skipped) return { items, more: false };
        after = skipped as IDBValidKey[];
      }
    }
    if (!o.after && !o.skip && !o.filter) this.recordPositions(db, name, index, o.prefix, o.direction); // for later jumps
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
        const record = fromStored(store, r);
        if (!record) continue;
        items.push(record);
        lastKey = after;
      }
      if (batch.length < want) return { items, lastKey, more: false };
    }
  }

  skipCost(_store: ReadStore, index: string, prefix: IDBValidKey[], direction: 'next' | 'prev', skip: number): number {
    return this.nearestPosition(index, prefix, direction, skip)?.count ?? skip;
  }

  /** The recorded position nearest before entry `skip` (1-based), and the entries left to walk from it. */
  private nearestPosition(index: string, prefix: IDBValidKey[], direction: 'next' | 'prev', skip: number): { from: IDBValidKey[]; count: number } | undefined {
    const marks = this.positions.get(positionKey(index, prefix, direction));
    const j = marks ? Math.min(Math.floor(skip / POSITION_STEP), marks.length) - 1 : -1;
    return marks && j >= 0 ? { from: marks[j] as IDBValidKey[], count: skip - (j + 1) * POSITION_STEP } : undefined;
  }

  private recordPositions(db: Db, store: string, index: string, prefix: IDBValidKey[], direction: 'next' | 'prev'): void {
    const open = () => (unwrap(db) as IDBDatabase).transaction(store, 'readonly').objectStore(store).index(index);
    this.positions.build(positionKey(index, prefix, direction), open, IDBKeyRange.bound(prefix, [...prefix, []]), direction);
  }

  /** Resolves once the background position walks are done (tests, benchmarks). */
  positionsSettled(): Promise<void> {
    return this.positions.settled();
  }

  async counter(key: string): Promise<Record<string, number> | undefined> {
    const db = await this.db();
    return ((await db.get(COUNTERS, key)) as { counts: Record<string, number> } | undefined)?.counts;
  }

  async counters(keys: readonly string[]): Promise<(Record<string, number> | undefined)[]> {
    const db = await this.db();
    const store = db.transaction(COUNTERS).objectStore(COUNTERS);
    return Promise.all(keys.map(async (k) => ((await store.get(k)) as { counts: Record<string, number> } | undefined)?.counts));
  }

  async commit(changes: ChangeSet, options: CommitOptions = {}): Promise<void> {
    const db = await this.db();
    const names = new Set<string>([...changes.writes.map((w) => physical(w.store)), ...changes.deletes.map((d) => physical(d.store))]);
    if (changes.counters.length) names.add(COUNTERS);
    if (names.size === 0) return;
    const tx = db.transaction([...names], 'readwrite', { durability: options.durability ?? 'default' });
    const done = tx.done;
    done.catch(() => {}); // observed below; avoid an unhandled rejection when we abort
    let failed: DOMException | undefined; // the first request that failed (it aborts the transaction)
    try {
      // Creates need no read: `add` fails (and the transaction with it) if the id or a unique
      // key is taken. Issue them at once; read the versions to check and the counters meanwhile.
      const creates = changes.writes.filter((w) => w.expect === null);
      const ops: Promise<unknown>[] = [];
      // Issued a slice at a time (WRITE_SLICE_MS), each slice from the success of the previous
      // slice's first request: the transaction stays alive, the page gets a task boundary between
      // slices, and the database works through one slice while the page issues the next. Plain
      // requests (no promise each): a failed one aborts the transaction, and `done` reports it.
      const rawTx = unwrap(tx) as unknown as IDBTransaction;
      // Captured on its way down, before anything that listens on the transaction hears of it.
      rawTx.addEventListener('error', (e) => (failed ??= (e.target as IDBRequest).error ?? undefined), { capture: true });
      const issueCreates = (async () => {
        for (let i = 0; i < creates.length; ) {
          const started = performance.now();
          let first: IDBRequest | undefined;
          do {
            const w = creates[i++];
            const request = rawTx.objectStore(physical(w.store)).add(toStored(w.store, w.record));
            first ??= request;
          } while (i < creates.length && (i % 8 !== 0 || performance.now() - started < WRITE_SLICE_MS));
          if (i < creates.length) await succeeded(first);
        }
      })();
      const checks = [
        ...changes.writes.filter((w) => w.expect !== null).map((w) => ({ store: w.store, id: w.record.id, expect: w.expect })),
        ...changes.deletes,
      ];
      const [, currents, counters] = await Promise.all([
        issueCreates,
        Promise.all(checks.map((c) => tx.objectStore(physical(c.store)).get(c.id) as Promise<StoredRecord | undefined>)),
        Promise.all(changes.counters.map((c) => tx.objectStore(COUNTERS).get(c.key) as Promise<{ counts: Record<string, number> } | undefined>)),
      ]);
      checks.forEach((c, i) => {
        const current = fromStored(c.store, currents[i]);
        if (current?.version !== c.expect) throw new ConflictError(`${c.store} ${c.id} changed since it was read`);
      });
      // An abort rejects every request; the cause is reported once below (none left unhandled).
      const issue = (request: Promise<unknown>) => (request.catch(() => {}), ops.push(request));
      for (const w of changes.writes) {
        if (w.expect !== null) issue(tx.objectStore(physical(w.store)).put(toStored(w.store, w.record)));
      }
      for (const d of changes.deletes) issue(tx.objectStore(physical(d.store)).delete(d.id));
      changes.counters.forEach((c, i) => {
        const counts = { ...counters[i]?.counts };
        for (const [f, n] of Object.entries(c.deltas)) counts[f] = (counts[f] ?? 0) + n;
        issue(tx.objectStore(COUNTERS).put({ key: c.key, counts }));
      });
      await Promise.all([...ops, done]);
    } catch (error) {
      try {
        tx.abort();
      } catch {
        /* already finished */
      }
      // A failed request aborts the transaction and every other request with an AbortError:
      // report the cause (a taken key is a conflict), not the first rejection we happened to see.
      const cause = failed ?? (tx as unknown as { error: DOMException | null }).error;
      throw toStoreError(error instanceof ConflictError || !cause ? error : cause);
    }
    const info = commitInfo(changes);
    if (info.stores.includes('members')) this.positions.invalidate();
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

/**
 * Every record whose index key equals each of `keys`, as a merge join: the keys sorted, one
 * cursor jumping (`continue(key)`) to the next wanted key. A wanted key that is absent costs
 * nothing when the cursor already landed past it, so a batch of mostly new emails needs about
 * as many round trips as there are existing keys in its range, not one per key.
 */
function mergeLookup(idx: IDBIndex, keys: readonly IDBValidKey[]): Promise<unknown[][]> {
  const order = keys.map((_, i) => i).sort((a, b) => indexedDB.cmp(keys[a], keys[b]));
  const out: unknown[][] = keys.map(() => []);
  const range = IDBKeyRange.bound(keys[order[0]], keys[order[order.length - 1]]);
  return new Promise((resolve, reject) => {
    let p = 0; // position in `order` of the next wanted key
    const req = idx.openCursor(range);
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor) return resolve(out);
      while (p < order.length && indexedDB.cmp(keys[order[p]], cursor.key) < 0) p++;
      if (p === order.length) return resolve(out);
      if (indexedDB.cmp(keys[order[p]], cursor.key) === 0) {
        // Collect for this key and any equal wanted keys (duplicates in `keys`).
        for (let q = p; q < order.length && indexedDB.cmp(keys[order[q]], cursor.key) === 0; q++) out[order[q]].push(cursor.value);
        cursor.continue();
      } else {
        cursor.continue(keys[order[p]]);
      }
    };
  });
}

/** The index key of the `count`-th entry of `range` (1-based), via one `advance`, or undefined past the end. */
function skipTo(idx: IDBIndex, range: IDBKeyRange, direction: 'next' | 'prev', count: number): Promise<IDBValidKey | undefined> {
  return new Promise((resolve, reject) => {
    const req = idx.openKeyCursor(range, direction);
    let advanced = false;
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor) return resolve(undefined);
      if (!advanced && count > 1) {
        advanced = true;
        cursor.advance(count - 1);
        return;
      }
      resolve(cursor.key);
    };
  });
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

/** Resolves when `request` succeeds (inside its success event: its transaction is active); rejects on its error. */
function succeeded(request: IDBRequest): Promise<void> {
  return new Promise((resolve, reject) => {
    request.addEventListener('success', () => resolve(), { once: true });
    request.addEventListener('error', () => reject(request.error), { once: true });
  });
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
