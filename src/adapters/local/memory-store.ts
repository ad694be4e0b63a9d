import type { ChangeSet, StoredRecord } from '../../domain/change-set.js';
import { ConflictError } from '../errors.js';
import { compareKeys, hasPrefix, indexKey } from './keys.js';
import {
  commitInfo,
  type CommitListener,
  type CommitOptions,
  type PageOptions,
  type PageResult,
  type RecordStore,
} from './record-store.js';
import { fromStored, physical, STORES, STORE_NAMES, toStored, type IndexDef, type PhysicalStore, type ReadStore } from './idb-layout.js';

const clone = <T>(v: T): T => structuredClone(v);

/**
 * A RecordStore in memory, with the same indexes, ordering, uniqueness and atomic
 * version-checked commits as the IndexedDB store. For tests, stories and server-less demos.
 */
export class MemoryStore implements RecordStore {
  readonly name = 'memory';
  private data = new Map<PhysicalStore, Map<string, StoredRecord>>(STORE_NAMES.map((s) => [s, new Map()]));

  private records(store: ReadStore): Map<string, StoredRecord> {
    return this.data.get(physical(store))!;
  }
  private counterRecords = new Map<string, Record<string, number>>();
  private listeners = new Set<CommitListener>();

  async get<T>(store: ReadStore, id: string): Promise<T | undefined> {
    return fromStored<T>(store, clone(this.records(store).get(id)));
  }

  async getMany<T>(store: ReadStore, ids: readonly string[]): Promise<(T | undefined)[]> {
    return Promise.all(ids.map((id) => this.get<T>(store, id)));
  }

  async getAll<T>(store: ReadStore): Promise<T[]> {
    return [...this.records(store).values()].flatMap((r) => fromStored<T>(store, clone(r)) ?? []);
  }

  async getByIndex<T>(store: ReadStore, index: string, key: IDBValidKey): Promise<T[]> {
    const def = this.index(physical(store), index);
    const out: T[] = [];
    for (const r of this.records(store).values()) {
      const k = indexKey(r, def.keyPath);
      if (k === undefined || compareKeys(k, key) !== 0) continue;
      const record = fromStored<T>(store, clone(r));
      if (record) out.push(record);
    }
    return out;
  }

  async getByIndexMany<T>(store: ReadStore, index: string, keys: readonly IDBValidKey[]): Promise<T[][]> {
    return Promise.all(keys.map((k) => this.getByIndex<T>(store, index, k)));
  }

  async indexKeys(store: ReadStore, index: string, max: number): Promise<IDBValidKey[] | undefined> {
    const def = this.index(physical(store), index);
    const keys: IDBValidKey[] = [];
    for (const r of this.records(store).values()) {
      const k = indexKey(r, def.keyPath);
      if (k !== undefined) keys.push(k);
    }
    if (keys.length > max) return undefined;
    keys.sort(compareKeys);
    return keys.filter((k, i) => i === 0 || compareKeys(k, keys[i - 1]) !== 0);
  }

  async page(store: ReadStore, index: string, o: PageOptions): Promise<PageResult> {
    const def = this.index(physical(store), index);
    const dir = o.direction === 'next' ? 1 : -1;
    const rows: { key: IDBValidKey; r: StoredRecord }[] = [];
    for (const r of this.records(store).values()) {
      const key = indexKey(r, def.keyPath);
      if (key === undefined || !hasPrefix(key, o.prefix)) continue;
      if (o.after && compareKeys(key, o.after) * dir <= 0) continue;
      rows.push({ key, r });
    }
    rows.sort((a, b) => compareKeys(a.key, b.key) * dir);
    if (o.skip) rows.splice(0, o.skip);
    const items: StoredRecord[] = [];
    let lastKey: IDBValidKey[] | undefined;
    let i = 0;
    for (; i < rows.length && items.length < o.limit; i++) {
      if (o.filter && !o.filter(rows[i].r)) continue;
      items.push(fromStored(store, clone(rows[i].r))!);
      lastKey = rows[i].key as IDBValidKey[];
    }
    return { items, lastKey, more: i < rows.length };
  }

  async counter(key: string): Promise<Record<string, number> | undefined> {
    const c = this.counterRecords.get(key);
    return c ? { ...c } : undefined;
  }

  async counters(keys: readonly string[]): Promise<(Record<string, number> | undefined)[]> {
    return Promise.all(keys.map((k) => this.counter(k)));
  }

  async commit(changes: ChangeSet, options: CommitOptions = {}): Promise<void> {
    // Check everything first; only then apply (all or nothing).
    for (const w of changes.writes) {
      const stored = this.records(w.store).get(w.record.id);
      const current = w.expect === null ? stored : fromStored<StoredRecord>(w.store, stored);
      if ((current?.version ?? null) !== w.expect) {
        throw new ConflictError(
          w.expect === null ? `${w.store} ${w.record.id} already exists` : `${w.store} ${w.record.id} changed since it was read`,
          w.expect === null ? 'exists' : 'version',
        );
      }
    }
    for (const d of changes.deletes) {
      const current = fromStored<StoredRecord>(d.store, this.records(d.store).get(d.id));
      if (current?.version !== d.expect) throw new ConflictError(`${d.store} ${d.id} changed since it was read`);
    }
    this.checkUnique(changes);
    for (const w of changes.writes) this.records(w.store).set(w.record.id, toStored(w.store, clone(w.record)));
    for (const d of changes.deletes) this.records(d.store).delete(d.id);
    for (const c of changes.counters) {
      const counter = this.counterRecords.get(c.key) ?? {};
      for (const [f, n] of Object.entries(c.deltas)) counter[f] = (counter[f] ?? 0) + n;
      this.counterRecords.set(c.key, counter);
    }
    const info = commitInfo(changes);
    queueMicrotask(() => this.listeners.forEach((l) => l(info, options.origin)));
  }

  onCommit(listener: CommitListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.listeners.clear();
  }

  private index(store: PhysicalStore, name: string): IndexDef {
    const def = STORES[store].find((i) => i.name === name);
    if (!def) throw new Error(`No index ${name} on ${store}`);
    return def;
  }

  /** Refuses a change set that would give two records the same key in a unique index. */
  private checkUnique(changes: ChangeSet): void {
    for (const store of new Set(changes.writes.map((w) => physical(w.store)))) {
      const unique = STORES[store].filter((i) => i.unique);
      if (!unique.length) continue;
      const written = new Map(
        changes.writes.filter((w) => physical(w.store) === store).map((w) => [w.record.id, toStored(w.store, w.record)]),
      );
      const deleted = new Set(changes.deletes.filter((d) => physical(d.store) === store).map((d) => d.id));
      for (const def of unique) {
        const seen = new Map<string, string>();
        const visit = (id: string, r: StoredRecord) => {
          const k = indexKey(r, def.keyPath);
          if (k === undefined) return;
          const s = JSON.stringify(k);
          const other = seen.get(s);
          if (other !== undefined && other !== id) throw new ConflictError(`${store}.${def.name} ${s} is taken`, 'exists');
          seen.set(s, id);
        };
        for (const [id, r] of written) visit(id, r);
        for (const [id, r] of this.data.get(store)!) if (!written.has(id) && !deleted.has(id)) visit(id, r);
      }
    }
  }
}
