/**
 * The IndexedDB database's upgrades (IndexedDBStore opens the database through them): the object
 * stores and indexes of idb-layout.ts, and the steps that move or count what an older version
 * left.
 */
import { unwrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { addCounterDeltas, emptyChangeSet, type ChangeSet, type StoredRecord } from '../../domain/change-set.js';
import { countInfluenceChange } from '../../domain/influence.js';
import { countDealChange, countLeadChange, LEAD_REPORT_KEY, leadOrigin, type CountedLead } from '../../domain/lead-counts.js';
import { CONTACTS_METRIC } from '../../domain/people-fields.js';
import { firstResponseMetric, memberCountsKey } from '../../domain/members.js';
import type { Opportunity } from '../../model/opportunity.js';
import { COUNTERS, fromStored, STORES, STORE_NAMES, toStored } from './idb-layout.js';

export type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/**
 * Schema migrations: step `i` takes the database from version `i` to `i + 1`. Never edit a
 * released step; add one and bump DB_VERSION.
 */
export const migrations: ((db: IDBPDatabase<unknown>, tx: UpgradeTx) => void)[] = [
  (db) => {
    for (const name of STORE_NAMES) {
      const store = db.createObjectStore(name, { keyPath: 'id' });
      for (const i of STORES[name]) store.createIndex(i.name, i.keyPath, { unique: !!i.unique });
    }
    db.createObjectStore(COUNTERS, { keyPath: 'key' });
  },
  // 2: members sortable by type and by responded (new sort keys, new indexes).
  (_db, tx) => {
    const members = (unwrap(tx) as IDBTransaction).objectStore('members');
    for (const i of STORES.members) if (!members.indexNames.contains(i.name)) members.createIndex(i.name, i.keyPath, { unique: !!i.unique });
    const cursor = members.openCursor();
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c) return;
      c.update(toStored('members', fromStored('members', c.value as StoredRecord)!));
      c.continue();
    };
  },
  // 3: the quarantine of submissions held as suspected spam (a database made by step 1 of this
  // version has it already).
  (db) => {
    if (db.objectStoreNames.contains('held')) return;
    const store = db.createObjectStore('held', { keyPath: 'id' });
    for (const i of STORES.held) store.createIndex(i.name, i.keyPath, { unique: !!i.unique });
  },
  // 4: campaign materials (links and files), by campaign.
  (db) => {
    if (db.objectStoreNames.contains('materials')) return;
    const store = db.createObjectStore('materials', { keyPath: 'id' });
    for (const i of STORES.materials) store.createIndex(i.name, i.keyPath, { unique: !!i.unique });
  },
  // 5: results kept as counters — campaign influence and responses by day: the opportunities and
  // the responded members already there are counted once.
  (_db, tx) => {
    const t = unwrap(tx) as IDBTransaction;
    const changes = emptyChangeSet();
    const deals = t.objectStore('opportunities').openCursor();
    deals.onsuccess = () => {
      const c = deals.result;
      if (c) {
        countInfluenceChange(changes, undefined, fromStored('opportunities', c.value as StoredRecord) as never);
        c.continue();
        return;
      }
      const members = t.objectStore('members').openCursor();
      members.onsuccess = () => {
        const m = members.result;
        if (m) {
          const { campaignId, firstRespondedAt } = m.value as { campaignId: string; firstRespondedAt?: string };
          if (firstRespondedAt) addCounterDeltas(changes, memberCountsKey(campaignId), { [firstResponseMetric(firstRespondedAt)]: 1 });
          m.continue();
          return;
        }
        addCounters(t, changes);
      };
    };
  },
  // 6: the workspace's lead counter (the lead management report): the leads and opportunities
  // already there are counted once (an opportunity from before under its lead's source and rating).
  (_db, tx) => {
    const t = unwrap(tx) as IDBTransaction;
    const changes = emptyChangeSet();
    const leads = new Map<string, CountedLead>();
    const people = t.objectStore('people').openCursor();
    people.onsuccess = () => {
      const c = people.result;
      if (c) {
        const lead = fromStored<CountedLead & { id: string }>('leads', c.value as StoredRecord);
        if (lead) {
          countLeadChange(changes, undefined, lead);
          leads.set(lead.id, lead);
        }
        c.continue();
        return;
      }
      const deals = t.objectStore('opportunities').openCursor();
      deals.onsuccess = () => {
        const d = deals.result;
        if (!d) return addCounters(t, changes);
        const deal = fromStored<Opportunity>('opportunities', d.value as StoredRecord)!;
        countDealChange(changes, undefined, deal.source ? deal : { ...deal, ...leadOrigin(deal.leadId ? leads.get(deal.leadId) : undefined) });
        d.continue();
      };
    };
  },
  // 7: people lists — every lead (not converted) and contact gets the keys it is sorted by
  // (`psk`, indexed by name, creation and rating), the contacts already there are counted, and
  // saved views get their store.
  (db, tx) => {
    if (!db.objectStoreNames.contains('views')) db.createObjectStore('views', { keyPath: 'id' });
    const t = unwrap(tx) as IDBTransaction;
    const store = t.objectStore('people');
    for (const i of STORES.people) if (!store.indexNames.contains(i.name)) store.createIndex(i.name, i.keyPath, { unique: !!i.unique });
    let contacts = 0;
    const people = store.openCursor();
    people.onsuccess = () => {
      const c = people.result;
      if (!c) {
        if (contacts) addCounters(t, { ...emptyChangeSet(), counters: [{ key: LEAD_REPORT_KEY, deltas: { [CONTACTS_METRIC]: contacts } }] });
        return;
      }
      const kind = (c.value as { kind: 'lead' | 'contact' }).kind;
      if (kind === 'contact') contacts++;
      c.update(toStored(kind === 'lead' ? 'leads' : 'contacts', fromStored(kind === 'lead' ? 'leads' : 'contacts', c.value as StoredRecord)!));
      c.continue();
    };
  },
  // 8: returning visitors (progressive profiling): a form's visitor id → the person.
  (db) => {
    if (!db.objectStoreNames.contains('visitors')) db.createObjectStore('visitors', { keyPath: 'id' });
  },
];

/** Adds a change set's counter deltas to the counters store, inside an upgrade's transaction. */
function addCounters(t: IDBTransaction, changes: ChangeSet): void {
  for (const { key, deltas } of changes.counters) {
    const read = t.objectStore(COUNTERS).get(key);
    read.onsuccess = () => {
      const counts = { ...(read.result as { counts?: Record<string, number> } | undefined)?.counts };
      for (const [f, n] of Object.entries(deltas)) counts[f] = (counts[f] ?? 0) + n;
      t.objectStore(COUNTERS).put({ key, counts });
    };
  }
}
