import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { IndexedDBStore, LocalAdapter, MemoryStore } from '../../src/adapters/local/index.js';
import { configureDefaultAdapter, getDefaultAdapter } from '../../src/context/default-adapter.js';
import { LeadKit } from '../../src/context/lead-kit.js';
import type { LazyAdapter } from '../../src/adapters/lazy-adapter.js';
import '../../src/define/lead-kit.js';
import '../../src/internal/adapter-inspector.js';
import type { LeadKitAdapterInspector } from '../../src/internal/adapter-inspector.js';
import { deleteDatabase, testDatabaseName } from '../helpers/idb.js';

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

async function memoryAdapter(campaigns: string[] = []) {
  const adapter = new LocalAdapter(new MemoryStore());
  for (const id of campaigns) await adapter.saveCampaign({ id, name: `Campaign ${id}` });
  return adapter;
}

describe('<lead-kit> provider and the default adapter', () => {
  const dbName = testDatabaseName();
  before(() => configureDefaultAdapter({ database: dbName }));
  after(async () => {
    configureDefaultAdapter({});
    await deleteDatabase(dbName);
  });

  it('gives a widget with no provider the page-wide IndexedDB default', async () => {
    const el = await fixture<LeadKitAdapterInspector>(html`<lead-kit-adapter-inspector></lead-kit-adapter-inspector>`);
    expect(el.adapter === getDefaultAdapter(), 'same adapter instance').to.equal(true);
    expect(el.adapter.name).to.equal(`local:${dbName}`);
    await waitUntil(() => text(el).includes('Nothing here yet'), 'shows the empty state');
    await expect(el).to.be.accessible();
  });

  it('supplies its adapter to every widget inside, and follows a change of adapter', async () => {
    const first = await memoryAdapter(['A']);
    const second = await memoryAdapter(['B', 'C']);
    const kit = await fixture<LeadKit>(html`<lead-kit .adapter=${first}><lead-kit-adapter-inspector></lead-kit-adapter-inspector></lead-kit>`);
    const el = kit.querySelector('lead-kit-adapter-inspector')!;
    expect(el.adapter === first, 'same adapter instance').to.equal(true);
    await waitUntil(() => text(el).includes('Campaign A'));
    const changed = oneEvent(kit, 'lead-kit-adapter-change');
    kit.adapter = second;
    expect((await changed).detail.adapter === second, 'same adapter instance').to.equal(true);
    await waitUntil(() => text(el).includes('Campaign C'), 'shows the new adapter’s data');
    expect(text(el)).not.to.include('Campaign A');
    await expect(el).to.be.accessible();
  });

  it('supplies the IndexedDB adapter of a named database, which stores there', async () => {
    const name = testDatabaseName();
    try {
      const kit = await fixture<LeadKit>(html`<lead-kit database=${name}><lead-kit-adapter-inspector></lead-kit-adapter-inspector></lead-kit>`);
      const el = kit.querySelector('lead-kit-adapter-inspector')!;
      expect(el.adapter.name).to.equal(`local:${name}`);
      expect(kit.resolvedAdapter === el.adapter, 'same adapter instance').to.equal(true);
      // It stores in that IndexedDB database: a campaign saved through it is there, read raw.
      await el.adapter.saveCampaign({ id: 'IDB', name: 'Stored in IndexedDB' });
      const local = (await (el.adapter as LazyAdapter).loaded()) as LocalAdapter;
      expect(local.store).to.be.instanceOf(IndexedDBStore);
      local.store.close();
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const raw = await new Promise<{ name?: string } | undefined>((resolve, reject) => {
        const req = db.transaction('campaigns').objectStore('campaigns').get('IDB');
        req.onsuccess = () => resolve(req.result as { name?: string } | undefined);
        req.onerror = () => reject(req.error);
      });
      db.close();
      expect(raw?.name).to.equal('Stored in IndexedDB');
    } finally {
      await deleteDatabase(name);
    }
  });

  it('reaches a widget that upgraded before the provider element was defined', async () => {
    const adapter = await memoryAdapter(['LATE']);
    const host = await fixture<HTMLDivElement>(html`<div><late-lead-kit><lead-kit-adapter-inspector></lead-kit-adapter-inspector></late-lead-kit></div>`);
    const el = host.querySelector('lead-kit-adapter-inspector')!;
    expect(el.adapter === getDefaultAdapter(), 'same adapter instance').to.equal(true); // nothing provides yet
    const provider = host.querySelector('late-lead-kit') as LeadKit;
    (provider as unknown as { adapter: unknown }).adapter = adapter;
    customElements.define('late-lead-kit', class extends LeadKit {});
    await waitUntil(() => el.adapter === adapter, 'the late provider’s adapter arrives');
    await waitUntil(() => text(el).includes('Campaign LATE'));
  });

  it('updates live when the adapter commits a change, and shows errors with a retry', async () => {
    const adapter = await memoryAdapter(['A']);
    const kit = await fixture<LeadKit>(html`<lead-kit .adapter=${adapter}><lead-kit-adapter-inspector></lead-kit-adapter-inspector></lead-kit>`);
    const el = kit.querySelector('lead-kit-adapter-inspector')!;
    await waitUntil(() => text(el).includes('Campaign A'));
    await adapter.submitLead({ submissionId: 'live-0000001', campaignId: 'A', lead: { email: 'live@example.com' } });
    await waitUntil(() => text(el).includes('Responded: 1'), 'the counts follow the submission');

    let fail = true;
    const flaky = Object.create(adapter, {
      listCampaigns: { value: async () => (fail ? Promise.reject(Object.assign(new Error('down'), { code: 'unavailable' })) : adapter.listCampaigns()) },
      name: { value: 'flaky' },
    });
    kit.adapter = flaky;
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), 'shows the error state');
    expect(text(el)).to.include('cannot be reached');
    await expect(el).to.be.accessible();
    fail = false;
    el.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => text(el).includes('Campaign A'), 'retry recovers');
  });

  it('localizes its built-in text from the nearest lang', async () => {
    const adapter = await memoryAdapter();
    const kit = await fixture<LeadKit>(html`<div lang="uk"><lead-kit .adapter=${adapter}><lead-kit-adapter-inspector></lead-kit-adapter-inspector></lead-kit></div>`);
    const el = kit.querySelector('lead-kit-adapter-inspector')!;
    await waitUntil(() => text(el).includes('Тут поки нічого немає'));
    el.locale = 'vi';
    await waitUntil(() => text(el).includes('Chưa có gì ở đây'));
  });
});
