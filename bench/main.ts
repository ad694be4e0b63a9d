/**
 * Benchmarks that run in the page. bench/run.mjs calls `window.leadKitBench[name](params)` and
 * prints the results. Every benchmark measures the kit and a baseline in the same run.
 */
import { IndexedDBStore, LocalAdapter, type DataAdapter } from '../src/index.js';
import { campaignFigures } from '../src/domain/metrics.js';
import { ChangeBuilder } from '../src/domain/change-builder.js';
import { planCapture, type CaptureLookup } from '../src/domain/capture.js';
import { defaultStatus, defaultMemberStatuses } from '../src/domain/statuses.js';
import { COUNTERS, STORES, toStored } from '../src/adapters/local/idb-layout.js';
import type { Campaign } from '../src/model/campaign.js';
import type { LeadFieldsInput } from '../src/model/person.js';
import { demoPeople } from '../src/internal/demo-data.js';
import { newId } from '../src/domain/ids.js';
import '../src/define/campaign-summary.js';
import '../src/define/lead-report.js';
import '../src/define/people-list.js';
import { csvImport, listRender } from './list.js';
import { attendance } from './attendance.js';
import { influence, personHistory, quickCampaign } from './records.js';
import { deleteDb, mainThreadWatch, median, mountToPainted, rawOpen } from './watch.js';

function rows(n: number): LeadFieldsInput[] {
  return demoPeople(n, 'bench').map((p, i) => ({ ...p, lastName: `${p.lastName} ${i % 997}` }));
}

/**
 * The records the adapter writes for these rows (leads and memberships, with their index
 * fields), computed with the same domain code, for the raw baseline to put.
 */
function recordsFor(input: LeadFieldsInput[]) {
  const campaign = {
    id: 'BIG',
    version: 1,
    name: 'Big',
    type: 'email',
    status: 'active',
    currency: 'USD',
    memberStatuses: defaultMemberStatuses('email'),
  } as unknown as Campaign;
  const b = new ChangeBuilder(new Date().toISOString());
  const lookup: CaptureLookup = { campaign, contacts: new Map(), leads: new Map(), memberships: new Map(), personMemberships: new Map() };
  for (const fields of input) {
    // Random UUIDs, as the adapter makes: sequential ids would insert faster and flatter the baseline.
    planCapture(b, lookup, { fields: fields as never, status: defaultStatus(campaign), source: 'import' }, newId);
  }
  return b.changes.writes.map((w) => ({ store: w.store, record: toStored(w.store, w.record) }));
}

async function importAdapter({ n, batch }: { n: number; batch?: number }) {
  const name = 'lead-kit-bench-adapter';
  await deleteDb(name);
  const store = new IndexedDBStore(name);
  const adapter = new LocalAdapter(store, batch ? { importBatchSize: batch } : {});
  await adapter.saveCampaign({ id: 'BIG', name: 'Big campaign', type: 'email' });
  const data = rows(n);
  const stop = await mainThreadWatch();
  const t0 = performance.now();
  const result = await adapter.importLeads({ campaignId: 'BIG' }, data);
  const ms = performance.now() - t0;
  const thread = await stop();
  const counts = await adapter.countMembers('BIG');
  store.close();
  return { ms, rowsPerSec: (n / ms) * 1000, ...thread, created: result.created, members: counts.total, errors: result.errors.length };
}

async function importRaw({ n }: { n: number }) {
  const name = 'lead-kit-bench-raw';
  await deleteDb(name);
  // Same schema and indexes as the adapter's database.
  const schemaOnly = new IndexedDBStore(name);
  await new LocalAdapter(schemaOnly).listCampaigns();
  schemaOnly.close();
  const records = recordsFor(rows(n));
  const db = await rawOpen(name);
  const stop = await mainThreadWatch();
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(['people', 'members', COUNTERS], 'readwrite', { durability: 'relaxed' });
    const leads = tx.objectStore('people');
    const members = tx.objectStore('members');
    for (const r of records) (r.store === 'leads' ? leads : members).put(r.record);
    tx.objectStore(COUNTERS).put({ key: 'members:BIG', counts: { total: n } });
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const ms = performance.now() - t0;
  const thread = await stop();
  db.close();
  await deleteDb(name); // the browser's storage quota holds only so many 100k databases
  return { ms, rowsPerSec: (n / ms) * 1000, ...thread, records: records.length, indexes: STORES.members.length };
}

/** Pages of 50 members sorted by last name at the start, middle and end of the imported campaign. */
async function paging({ runs }: { runs: number }) {
  const adapter: DataAdapter = new LocalAdapter(new IndexedDBStore('lead-kit-bench-adapter'));
  const total = (await adapter.countMembers('BIG')).total;
  // Walk to the middle and the end with the public API to get real cursors.
  const cursors: Record<string, string | undefined> = { start: undefined };
  let cursor: string | undefined;
  let seen = 0;
  while (seen < total - 50) {
    const limit = Math.min(500, total - 50 - seen);
    const page = await adapter.pageMembers({ campaignId: 'BIG', sort: 'name', limit, cursor });
    seen += page.items.length;
    cursor = page.nextCursor;
    if (seen === Math.floor(total / 2 / 500) * 500) cursors.middle = cursor;
  }
  cursors.end = cursor;
  const out: Record<string, number> = {};
  for (const [where, c] of Object.entries(cursors)) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const page = await adapter.pageMembers({ campaignId: 'BIG', sort: 'name', limit: 50, cursor: c });
      times.push(performance.now() - t0);
      if (page.items.length !== 50) throw new Error(`page ${where} had ${page.items.length} rows`);
    }
    out[where] = median(times);
  }
  // A scrollbar jump: skip to a position with offset (an index walk), no cursor needed.
  for (const [where, offset] of [['jumpMiddle', Math.floor(total / 2)], ['jumpEnd', total - 50]] as const) {
    const times: number[] = [];
    for (let i = 0; i < Math.min(runs, 10); i++) {
      const t0 = performance.now();
      const page = await adapter.pageMembers({ campaignId: 'BIG', sort: 'name', limit: 50, offset });
      times.push(performance.now() - t0);
      if (page.items.length !== 50) throw new Error(`jump ${where} had ${page.items.length} rows`);
    }
    out[where] = median(times);
  }
  // Baseline: raw getAll of 50 values from the same index at the start.
  const db = await rawOpen('lead-kit-bench-adapter');
  const rawTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await new Promise((resolve) => {
      const idx = db.transaction('members').objectStore('members').index('by+name');
      const r = idx.getAll(IDBKeyRange.bound(['BIG'], ['BIG', []]), 50);
      r.onsuccess = resolve;
    });
    rawTimes.push(performance.now() - t0);
  }
  db.close();
  out.rawStart = median(rawTimes);
  out.total = total;
  return out;
}

/** Counts by status: the maintained aggregate versus counting through the index. */
async function counts({ runs }: { runs: number }) {
  const adapter: DataAdapter = new LocalAdapter(new IndexedDBStore('lead-kit-bench-adapter'));
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    total = (await adapter.countMembers('BIG')).total;
    times.push(performance.now() - t0);
  }
  const db = await rawOpen('lead-kit-bench-adapter');
  const rawTimes: number[] = [];
  for (let i = 0; i < Math.min(runs, 5); i++) {
    const t0 = performance.now();
    await new Promise((resolve) => {
      const r = db.transaction('members').objectStore('members').index('status+name').count(IDBKeyRange.bound(['BIG', 'Sent'], ['BIG', 'Sent', []]));
      r.onsuccess = resolve;
    });
    rawTimes.push(performance.now() - t0);
  }
  db.close();
  return { aggregateMs: median(times), indexCountMs: median(rawTimes), total };
}

/** The summary of the imported campaign: adapter aggregates + domain figures, versus one raw index count. */
async function summary({ runs }: { runs: number }) {
  const adapter: DataAdapter = new LocalAdapter(new IndexedDBStore('lead-kit-bench-adapter'));
  const times: number[] = [];
  let members = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const figures = campaignFigures([await adapter.campaignResults('BIG')]);
    times.push(performance.now() - t0);
    members = figures.members;
  }
  const db = await rawOpen('lead-kit-bench-adapter');
  const rawTimes: number[] = [];
  for (let i = 0; i < Math.min(runs, 5); i++) {
    const t0 = performance.now();
    await new Promise((resolve) => {
      const r = db.transaction('members').objectStore('members').index('by+name').count(IDBKeyRange.bound(['BIG'], ['BIG', []]));
      r.onsuccess = resolve;
    });
    rawTimes.push(performance.now() - t0);
  }
  db.close();
  // The element: mount to its funnel painted (figures, funnel and trend, from the aggregates).
  const view: number[] = [];
  const mount = () => mountToPainted(adapter, 'campaign-summary', { campaign: 'BIG' }, '[part=funnel] .bar-row');
  await mount(); // untimed: the element's lazy parts (locale, chunks) load once per page
  for (let i = 0; i < Math.min(runs, 10); i++) view.push(await mount());
  return { summaryMs: median(times), viewMs: median(view), rawCountMs: median(rawTimes), members };
}

/** The workspace's lead report over the imported leads: the element from its counter, versus one raw count of the people. */
async function leadReport({ runs }: { runs: number }) {
  const adapter: DataAdapter = new LocalAdapter(new IndexedDBStore('lead-kit-bench-adapter'));
  const { total } = await adapter.leadReport();
  const db = await rawOpen('lead-kit-bench-adapter');
  const rawTimes: number[] = [];
  for (let i = 0; i < Math.min(runs, 5); i++) {
    const t0 = performance.now();
    await new Promise((resolve) => (db.transaction('people').objectStore('people').count().onsuccess = resolve));
    rawTimes.push(performance.now() - t0);
  }
  db.close();
  const view: number[] = [];
  const mount = () => mountToPainted(adapter, 'lead-report', {}, '[part=figures] .figure');
  await mount(); // untimed, as the summary's
  for (let i = 0; i < Math.min(runs, 10); i++) view.push(await mount());
  return { leads: total.leads, viewMs: median(view), rawCountMs: median(rawTimes) };
}

/**
 * `<people-list>` over the imported workspace: its first 50 rows sorted by rating and by creation
 * (the index's order: the store call counter says how many records were read), and a filter on
 * two fields (lead source and a text in the email, about 1 % of the people), against one raw
 * `getAll(50)` of the people store.
 */
async function peopleList({ runs }: { runs: number }) {
  const store = new IndexedDBStore('lead-kit-bench-adapter');
  const adapter: DataAdapter = new LocalAdapter(store);
  let read = 0;
  const page = store.page.bind(store);
  // People read from the store: each one the filter looked at, or each one returned when none.
  store.page = async (name, index, o) => {
    const filter = o.filter;
    const r = await page(name, index, filter ? { ...o, filter: (rec) => (read++, filter(rec)) } : o);
    if (!filter) read += r.items.length;
    return r;
  };
  const db = await rawOpen('lead-kit-bench-adapter');
  const rawTimes: number[] = [];
  for (let i = 0; i < Math.min(runs, 5); i++) {
    const t0 = performance.now();
    await new Promise((resolve) => (db.transaction('people').objectStore('people').getAll(null, 50).onsuccess = resolve));
    rawTimes.push(performance.now() - t0);
  }
  db.close();
  const time = async (attrs: Record<string, string>) => {
    const mount = () => mountToPainted(adapter, 'people-list', attrs, 'tbody tr');
    await mount(); // untimed: the element's lazy parts load once per page
    const times: number[] = [];
    read = 0;
    for (let i = 0; i < Math.min(runs, 10); i++) times.push(await mount());
    return { ms: median(times), readPerMount: read / Math.min(runs, 10) };
  };
  const byRating = await time({ sort: 'rating' });
  const byCreated = await time({ sort: 'created', direction: 'desc' });
  const filtered = await time({ filter: 'source=import; email~bench77', sort: 'name' });
  const { total } = await adapter.pagePeople({ limit: 1 });
  return { people: total ?? 0, byRating, byCreated, filtered, rawMs: median(rawTimes) };
}

Object.assign(window, { leadKitBench: { importAdapter, importRaw, paging, counts, summary, leadReport, peopleList, listRender, csvImport, attendance, quickCampaign, personHistory, influence } });
document.title = 'ready';


