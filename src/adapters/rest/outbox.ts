import type { IDBPDatabase } from 'idb';

/** A write kept on the device until the server has it. */
export interface OutboxEntry {
  /** The request's Idempotency-Key: replaying it is applied once. */
  key: string;
  /** The DataAdapter method (`submitLead`, `checkIn`). */
  method: string;
  args: unknown[];
  createdAt: string;
  attempts: number;
  /**
   * `pending`: will be sent; `failed`: the server refused it (kept for the user to export);
   * `blocked`: the server refused the key (`blockedKey`): sent again once the adapter has another.
   */
  state: 'pending' | 'failed' | 'blocked';
  /** The id of the key the server refused (`lk_pub_<id>`), for `blocked`. */
  blockedKey?: string;
  /** Why it failed (status and message). */
  error?: string;
  nextAttemptAt?: number;
}

/**
 * The REST adapter's outbox: IndexedDB, one database per server + tenant. An entry is written
 * *before* its request is sent, so a submission made as the page is being hidden, or while
 * offline, is never lost; it is removed once the server answered. Where IndexedDB is missing or
 * refuses a write (quota, private mode) the entry is kept in this page's memory instead, and
 * `put` says so.
 */
export class Outbox {
  private db?: Promise<IDBPDatabase | undefined>;
  private memory = new Map<string, OutboxEntry>();
  private listeners = new Set<() => void>();

  constructor(readonly name: string) {}

  /**
   * The outbox's database. `idb` loads with the first use (the adapter drains at start, so right
   * after the page loads), not with the page: a page with only a form stays small. A device that
   * refuses IndexedDB keeps entries in memory for this page; a module that did not load is tried again.
   */
  private open(): Promise<IDBPDatabase | undefined> {
    if (typeof indexedDB === 'undefined') return Promise.resolve(undefined);
    this.db ??= import('idb').then(
      ({ openDB }) => openDB(this.name, 1, { upgrade: (db) => void db.createObjectStore('entries', { keyPath: 'key' }) }).catch(() => undefined),
      () => {
        this.db = undefined;
        return undefined;
      },
    );
    return this.db;
  }

  /** Keeps `entry`; true when it is on the device (IndexedDB), false when only in this page's memory. */
  async put(entry: OutboxEntry): Promise<boolean> {
    const db = await this.open();
    let durable = false;
    if (db) {
      try {
        await db.put('entries', entry);
        durable = true;
      } catch {
        /* refused (quota, private mode): memory below */
      }
    }
    if (durable) this.memory.delete(entry.key);
    else this.memory.set(entry.key, entry);
    this.changed();
    return durable;
  }

  async delete(key: string): Promise<void> {
    this.memory.delete(key);
    const db = await this.open();
    if (db) await db.delete('entries', key).catch(() => {});
    this.changed();
  }

  /** Every entry, oldest first (those kept only in memory included). */
  async list(): Promise<OutboxEntry[]> {
    const db = await this.open();
    const stored = db ? ((await db.getAll('entries').catch(() => [])) as OutboxEntry[]) : [];
    const all = [...stored.filter((e) => !this.memory.has(e.key)), ...this.memory.values()];
    return all.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  }

  /** The failed entries as JSON lines (what was sent and why it was refused), for the user to keep. */
  async exportFailed(): Promise<string> {
    return (await this.list())
      .filter((e) => e.state === 'failed')
      .map((e) => JSON.stringify({ method: e.method, args: e.args, createdAt: e.createdAt, error: e.error }))
      .join('\n');
  }

  /** Calls `listener` after every change of the outbox (in this tab). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.listeners.forEach((l) => l());
  }

  close(): void {
    void this.db?.then((db) => db?.close());
    this.db = undefined;
  }
}
