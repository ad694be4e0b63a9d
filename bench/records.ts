/**
 * Campaign records in the browser (IndexedDB): a quick campaign of 5,000 selected people against
 * one raw transaction of the same 5,000 member puts, and a person's campaign history with 200
 * memberships among many members against raw reads of the person's index and of the whole store.
 */
import { IndexedDBStore, LocalAdapter } from '../src/index.js';
import { ChangeBuilder } from '../src/domain/change-builder.js';
import { countInfluenceChange } from '../src/domain/influence.js';
import { countMemberChange, memberPersonOf } from '../src/domain/members.js';
import { applyStatus, defaultMemberStatuses } from '../src/domain/statuses.js';
import { COUNTERS, toStored } from '../src/adapters/local/idb-layout.js';
import { memberPages } from '../src/adapters/bulk.js';
import { newId } from '../src/domain/ids.js';
import type { Lead, PersonRef } from '../src/model/person.js';
import { demoPeople } from '../src/internal/demo-data.js';
import { deleteDb, mainThreadWatch, median, mountToPainted, rawOpen } from './watch.js';

const DB = 'lead-kit-bench-records';

/** A database with `n` leads (members of a source campaign), and their refs. */
async function withPeople(n: number) {
  await deleteDb(DB);
  const store = new IndexedDBStore(DB);
  const adapter = new LocalAdapter(store);
  await adapter.saveCampaign({ id: 'SRC', name: 'Source', type: 'email' });
  await adapter.importLeads({ campaignId: 'SRC' }, demoPeople(n, 'quick').map((p, i) => ({ ...p, email: `quick${i}@example.com` })));
  const refs: PersonRef[] = [];
  for await (const page of memberPages(adapter, { campaignId: 'SRC' })) refs.push(...page.map((m) => ({ type: 'lead' as const, id: m.leadId! })));
  return { store, adapter, refs };
}

export async function quickCampaign({ n }: { n: number }) {
  const { store, adapter, refs } = await withPeople(n);
  // The kit: one call, chunks of 500 with progress.
  let stop = await mainThreadWatch();
  let t0 = performance.now();
  const r = await adapter.createQuickCampaign({ campaign: { name: 'Quick', type: 'email' }, people: refs });
  const kitMs = performance.now() - t0;
  const kitThread = await stop();
  const members = (await adapter.countMembers(r.campaign.id)).total;
  // Baseline: the same member records (same domain code, same index fields) put in one raw transaction.
  const leads = await store.getMany<Lead>('leads', refs.map((p) => p.id));
  const b = new ChangeBuilder(new Date().toISOString());
  const status = defaultMemberStatuses('email')[0];
  for (const [i, ref] of refs.entries()) {
    const m = b.create('members', newId(), { campaignId: 'RAW', leadId: ref.id, ...applyStatus(undefined, status, b.now), person: memberPersonOf(leads[i]!) });
    countMemberChange(b.changes, undefined, m as never);
  }
  const records = b.changes.writes.map((w) => toStored(w.store, w.record));
  store.close();
  const db = await rawOpen(DB);
  stop = await mainThreadWatch();
  t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(['members', COUNTERS], 'readwrite');
    const os = tx.objectStore('members');
    for (const rec of records) os.put(rec);
    tx.objectStore(COUNTERS).put({ key: 'members:RAW', counts: { total: records.length } });
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const rawMs = performance.now() - t0;
  const rawThread = await stop();
  db.close();
  return { n, members, kitMs, ...Object.fromEntries(Object.entries(kitThread).map(([k, v]) => [`kit_${k}`, v])), rawMs, ...Object.fromEntries(Object.entries(rawThread).map(([k, v]) => [`raw_${k}`, v])) };
}

export async function personHistory({ campaigns, runs }: { campaigns: number; runs: number }) {
  // The quick campaign's database: 2 × 5,000 members already; the person joins `campaigns` more.
  const store = new IndexedDBStore(DB);
  const adapter = new LocalAdapter(store);
  const person = (await adapter.createLead({ email: 'history@example.com', lastName: 'History' })) as Lead;
  const ref: PersonRef = { type: 'lead', id: person.id };
  for (let i = 0; i < campaigns; i++) {
    const c = await adapter.saveCampaign({ name: `Campaign ${i}`, type: 'email' });
    await adapter.addMembers({ campaignId: c.id, people: [ref] });
  }
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    found = (await adapter.listPersonCampaigns(ref)).length;
    times.push(performance.now() - t0);
  }
  store.close();
  const db = await rawOpen(DB);
  const total = await new Promise<number>((resolve) => {
    const r = db.transaction('members').objectStore('members').count();
    r.onsuccess = () => resolve(r.result);
  });
  const rawIndex: number[] = [];
  const rawScan: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    await new Promise((resolve) => {
      const r = db.transaction('members').objectStore('members').index('leadId').getAll(person.id);
      r.onsuccess = resolve;
    });
    rawIndex.push(performance.now() - t0);
    if (i >= 5) continue;
    t0 = performance.now();
    await new Promise((resolve) => {
      const r = db.transaction('members').objectStore('members').getAll();
      r.onsuccess = () => resolve((r.result as { leadId?: string }[]).filter((m) => m.leadId === person.id));
    });
    rawScan.push(performance.now() - t0);
  }
  db.close();
  await deleteDb(DB);
  return { found, total, kitMs: median(times), rawIndexMs: median(rawIndex), rawScanMs: median(rawScan) };
}

/**
 * `<campaign-influence>` over `deals` opportunities (each touched by up to 4 of 50 campaigns) on
 * IndexedDB: the report (`influenceReport`, every model, from the campaigns' counters) and the
 * element from mount to its rows, against one raw `getAll` of the opportunities store (what
 * sharing the deals as asked would have to read first).
 */
export async function influence({ deals, runs }: { deals: number; runs: number }) {
  await deleteDb(DB);
  const store = new IndexedDBStore(DB);
  const adapter = new LocalAdapter(store);
  const campaigns: string[] = [];
  for (let i = 0; i < 50; i++) campaigns.push((await adapter.saveCampaign({ name: `Campaign ${i}`, type: 'email' })).id);
  const day = 86_400_000;
  const start = Date.UTC(2026, 0, 1);
  for (let from = 0; from < deals; from += 1000) {
    const b = new ChangeBuilder(new Date(start + 200 * day).toISOString());
    for (let i = from; i < Math.min(deals, from + 1000); i++) {
      const touches = Array.from({ length: 1 + (i % 4) }, (_, k) => ({ campaignId: campaigns[(i * 7 + k * 13) % 50], at: new Date(start + (i % 150) * day + k * day).toISOString(), ...(k === 0 ? { leadCreation: true } : {}) }));
      const deal = b.create('opportunities', newId(), { name: `Deal ${i}`, accountId: 'acc', amount: 1000 + (i % 97) * 10, currency: i % 10 ? 'USD' : 'EUR', closeDate: '2027-01-31', stage: i % 3 ? 'proposal' : 'closed-won', primaryCampaignId: touches[0].campaignId, touches });
      countInfluenceChange(b.changes, undefined, deal); // as every opportunity write does
    }
    await store.commit(b.changes);
  }
  const report: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await adapter.influenceReport();
    report.push(performance.now() - t0);
  }
  const render: number[] = [];
  const mount = () => mountToPainted(adapter, 'campaign-influence', {}, 'tbody tr');
  await mount(); // untimed: the element's lazy parts (locale, chunks) load once per page
  for (let i = 0; i < Math.min(runs, 10); i++) render.push(await mount());
  store.close();
  const db = await rawOpen(DB);
  const raw: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await new Promise((resolve) => {
      const r = db.transaction('opportunities').objectStore('opportunities').getAll();
      r.onsuccess = resolve;
    });
    raw.push(performance.now() - t0);
  }
  db.close();
  await deleteDb(DB);
  return { deals, reportMs: median(report), renderMs: median(render), rawMs: median(raw) };
}
