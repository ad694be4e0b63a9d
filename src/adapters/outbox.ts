import { openDB, type IDBPDatabase } from 'idb';
import type { LeadFieldsInput } from '../model/person.js';

/** A check-in made while the adapter could not be reached, waiting to be applied. */
export interface PendingCheckIn {
  /** The check-in id (idempotency key): applying it twice is one check-in. */
  id: string;
  campaignId: string;
  /** Member, lead or contact id; absent for a walk-in not yet registered. */
  code?: string;
  /** When the person arrived. */
  at: string;
  /** Who, for display while pending. */
  label: string;
  /** A walk-in to register first (idempotent by `submissionId`). */
  walkIn?: { submissionId: string; lead: LeadFieldsInput & { email: string }; status?: string };
  /** Set when applying it failed for a reason retrying will not fix (shown, never dropped silently). */
  failure?: string;
}

/**
 * Check-ins kept on the device while the network is down: persisted in IndexedDB (its own small
 * database, `lead-kit-outbox` by default) so a reload or a crash loses none, in memory where
 * IndexedDB is missing. The tracker applies them through the adapter when it is reachable again.
 */
export class CheckInOutbox {
  private db?: Promise<IDBPDatabase | undefined>;
  private memory = new Map<string, PendingCheckIn>();

  constructor(readonly name = 'lead-kit-outbox') {}

  private open(): Promise<IDBPDatabase | undefined> {
    this.db ??= typeof indexedDB === 'undefined'
      ? Promise.resolve(undefined)
      : openDB(this.name, 1, {
          upgrade: (db) => db.createObjectStore('check-ins', { keyPath: 'id' }).createIndex('campaignId', 'campaignId'),
        }).catch(() => undefined);
    return this.db;
  }

  /** Pending check-ins of a campaign, oldest first. */
  async list(campaignId: string): Promise<PendingCheckIn[]> {
    const db = await this.open();
    const all = db ? ((await db.getAllFromIndex('check-ins', 'campaignId', campaignId)) as PendingCheckIn[]) : [...this.memory.values()].filter((p) => p.campaignId === campaignId);
    return all.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  }

  async put(item: PendingCheckIn): Promise<void> {
    const db = await this.open();
    if (db) await db.put('check-ins', item);
    else this.memory.set(item.id, item);
  }

  async delete(id: string): Promise<void> {
    const db = await this.open();
    if (db) await db.delete('check-ins', id);
    else this.memory.delete(id);
  }

  close(): void {
    void this.db?.then((db) => db?.close());
    this.db = undefined;
  }
}
