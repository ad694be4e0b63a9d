/**
 * <campaign-member-list> versus @vaadin/grid on the same members (IndexedDB, sorted by name):
 * time to the first rows painted, and to the middle rows painted after a jump-scroll.
 * And CSV import: parsing alone versus parsing + importLeads.
 */
import '@vaadin/grid/vaadin-grid.js';
import '../src/define/lead-kit.js';
import '../src/define/campaign-member-list.js';
import { IndexedDBStore, LocalAdapter, type CampaignMember, type DataAdapter, type LeadKit } from '../src/index.js';
import { decodeCsv, formatCsv, matchHeaders, parseCsv, rowsToLeads } from '../src/domain/csv.js';
import { demoPeople } from '../src/internal/demo-data.js';
import { memberPages } from '../src/adapters/bulk.js';
import { deleteDb } from './watch.js';

type Grid = HTMLElement & {
  items?: unknown[];
  size?: number;
  dataProvider?: (params: { page: number; pageSize: number }, callback: (items: unknown[], size: number) => void) => void;
  scrollToIndex(i: number): void;
};

const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));
/** Resolves after the next frame was painted. */
const painted = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/** Polls `found` every task until true, then waits for the paint; returns ms since `t0`. */
async function until(found: () => boolean, t0: number, timeoutMs = 30_000): Promise<number> {
  while (!found()) {
    if (performance.now() - t0 > timeoutMs) throw new Error('timed out');
    await nextTask();
  }
  await painted();
  return performance.now() - t0;
}

function stage(): HTMLElement {
  document.querySelector('#stage')?.remove();
  const div = document.createElement('div');
  div.id = 'stage';
  div.style.cssText = 'width:1100px;height:600px;position:fixed;top:0;left:0;background:#fff';
  document.body.append(div);
  return div;
}

/** A database with `n` members on campaign BIG (made once per size). */
async function database(n: number): Promise<{ adapter: DataAdapter; close: () => void }> {
  // The import benchmark's database, when it has this size.
  const imported = new IndexedDBStore('lead-kit-bench-adapter');
  const importedAdapter = new LocalAdapter(imported);
  if ((await importedAdapter.countMembers('BIG')).total === n) return { adapter: importedAdapter, close: async () => imported.close() };
  imported.close();
  const name = `lead-kit-bench-list-${n}`;
  const store = new IndexedDBStore(name);
  const adapter = new LocalAdapter(store);
  if (n > 0 && (await adapter.countMembers('BIG')).total !== n) {
    await adapter.saveCampaign({ id: 'BIG', name: 'Big campaign', type: 'email' });
    await adapter.importLeads({ campaignId: 'BIG' }, demoPeople(n, 'list'));
  }
  return {
    adapter,
    close: () => {
      store.close();
      return deleteDb(name);
    },
  };
}

async function allMembers(adapter: DataAdapter): Promise<CampaignMember[]> {
  const out: CampaignMember[] = [];
  for await (const page of memberPages(adapter, { campaignId: 'BIG', sort: 'name' })) out.push(...page);
  return out;
}

interface Timing {
  firstMs: number;
  jumpMs: number;
}

async function kitList(adapter: DataAdapter, middle: CampaignMember, middleIndex: number): Promise<Timing> {
  const root = stage();
  const t0 = performance.now();
  const kit = document.createElement('lead-kit') as LeadKit;
  kit.adapter = adapter;
  const list = document.createElement('campaign-member-list');
  list.setAttribute('campaign', 'BIG');
  list.style.setProperty('--lead-kit-list-height', '480px');
  kit.append(list);
  root.append(kit);
  const firstMs = await until(() => !!list.shadowRoot?.querySelector('.body [role=row]:not(.placeholder)'), t0);
  const t1 = performance.now();
  (list as HTMLElement & { scrollToIndex(i: number): void }).scrollToIndex(middleIndex);
  const jumpMs = await until(() => !!list.shadowRoot!.querySelector(`[aria-rowindex="${middleIndex + 2}"]:not(.placeholder)`)?.textContent?.includes(middle.person.email!), t1);
  root.remove();
  return { firstMs, jumpMs };
}

const COLUMNS: [string, (m: CampaignMember) => string][] = [
  ['Name', (m) => `${m.person.firstName ?? ''} ${m.person.lastName ?? ''}`],
  ['Type', (m) => (m.leadId ? 'Lead' : 'Contact')],
  ['Company', (m) => m.person.company ?? ''],
  ['Email', (m) => m.person.email ?? ''],
  ['Status', (m) => m.status],
  ['Responded', (m) => (m.responded ? 'Yes' : 'No')],
  ['Added', (m) => m.createdAt.slice(0, 10)],
];

async function vaadinGrid(feed: { items: CampaignMember[] } | { adapter: DataAdapter; size: number }, middle: CampaignMember, middleIndex: number): Promise<Timing> {
  const root = stage();
  const t0 = performance.now();
  const grid = document.createElement('vaadin-grid') as Grid;
  grid.style.height = '480px';
  for (const [header, text] of COLUMNS) {
    const col = document.createElement('vaadin-grid-column') as unknown as HTMLElement & { header: string; renderer: (root: HTMLElement, c: unknown, model: { item: CampaignMember }) => void };
    col.header = header;
    col.renderer = (cell, _c, model) => {
      cell.textContent = model.item ? text(model.item) : '';
    };
    grid.append(col);
  }
  if ('items' in feed) grid.items = feed.items;
  else {
    grid.size = feed.size;
    grid.dataProvider = (params, callback) => {
      // oxlint-disable-next-line promise/no-callback-in-promise -- @vaadin/grid's data provider takes a callback
      void feed.adapter.pageMembers({ campaignId: 'BIG', sort: 'name', offset: params.page * params.pageSize, limit: params.pageSize }).then((p) => callback(p.items, feed.size));
    };
  }
  root.append(grid);
  const cellWith = (text: string) => [...grid.querySelectorAll('vaadin-grid-cell-content')].some((c) => c.textContent === text);
  const first = 'items' in feed ? feed.items[0] : (await feed.adapter.pageMembers({ campaignId: 'BIG', sort: 'name', limit: 1 })).items[0];
  const firstMs = await until(() => cellWith(first.person.email!), t0);
  const t1 = performance.now();
  grid.scrollToIndex(middleIndex);
  const jumpMs = await until(() => cellWith(middle.person.email!), t1);
  root.remove();
  return { firstMs, jumpMs };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** For each size: kit vs vaadin-grid (items in memory) vs vaadin-grid (dataProvider over the adapter). */
export async function listRender({ sizes, runs }: { sizes: number[]; runs: number }) {
  const out = [];
  for (const n of sizes) {
    const { adapter, close } = await database(n);
    await new Promise((r) => setTimeout(r, 500)); // let the import's last writes settle
    const total = (await adapter.countMembers('BIG')).total;
    const loadStart = performance.now();
    const items = await allMembers(adapter);
    const loadMs = performance.now() - loadStart;
    const middleIndex = Math.floor(total / 2);
    const middle = items[middleIndex];
    const kit: Timing[] = [];
    const vItems: Timing[] = [];
    const vProvider: Timing[] = [];
    // Each mount starts on a collected heap (bench/run.mjs exposes gc): the garbage of the one
    // before (a grid, 100,000 items' rows) is not collected inside the next one's timing.
    const collected = async () => {
      (globalThis as { gc?: () => void }).gc?.();
      await nextTask();
    };
    for (let i = 0; i < runs; i++) {
      await collected();
      kit.push(await kitList(adapter, middle, middleIndex));
      await collected();
      vItems.push(await vaadinGrid({ items }, middle, middleIndex));
      await collected();
      vProvider.push(await vaadinGrid({ adapter, size: total }, middle, middleIndex));
    }
    await close();
    const m = (t: Timing[]) => ({ first: median(t.map((x) => x.firstMs)), jump: median(t.map((x) => x.jumpMs)) });
    out.push({ n: total, kit: m(kit), kitColdJump: kit[0].jumpMs, vaadinItems: m(vItems), vaadinProvider: m(vProvider), loadAllMs: loadMs });
  }
  return out;
}

/** CSV text of `n` leads (UTF-8 with BOM, as the kit exports), parsed alone and parsed + imported. */
export async function csvImport({ n }: { n: number }) {
  const people = demoPeople(n, 'csv');
  const csv = formatCsv(['First name', 'Last name', 'Email', 'Company'], people.map((p) => [p.firstName, p.lastName, p.email, p.company]));
  const bytes = new TextEncoder().encode(csv);
  const parse = () => {
    const rows = parseCsv(decodeCsv(bytes));
    return rowsToLeads(rows.slice(1), matchHeaders(rows[0]));
  };
  const p0 = performance.now();
  const leads = parse();
  const parseMs = performance.now() - p0;
  const name = 'lead-kit-bench-csv';
  await deleteDb(name);
  const store = new IndexedDBStore(name);
  const adapter = new LocalAdapter(store);
  await adapter.saveCampaign({ id: 'CSV', name: 'CSV', type: 'email' });
  const t0 = performance.now();
  const rows = parse();
  const result = await adapter.importLeads({ campaignId: 'CSV' }, rows);
  const totalMs = performance.now() - t0;
  store.close();
  await deleteDb(name);
  return { n, bytes: bytes.byteLength, parseMs, totalMs, parsed: leads.length, created: result.created, errors: result.errors.length };
}
