import { expect } from '@open-wc/testing';
import { ConflictError, UnavailableError } from '../../src/adapters/errors.js';
import { IndexedDBStore, LocalAdapter, MemoryStore } from '../../src/adapters/local/index.js';
import { ChangeBuilder } from '../../src/domain/change-builder.js';
import { PositionCache, positionKey, POSITION_STEP } from '../../src/adapters/local/positions.js';
import { COUNTERS, STORES, STORE_NAMES, toStored } from '../../src/adapters/local/idb-layout.js';
import { deleteDatabase, idbFixture, testDatabaseName } from '../helpers/idb.js';
import { rejectsWith } from '../helpers/expect-error.js';

describe('IndexedDB store', () => {
  it('applies a change set atomically: one stale write and nothing is written', async () => {
    const name = testDatabaseName();
    const store = new IndexedDBStore(name);
    try {
      const b1 = new ChangeBuilder(new Date().toISOString());
      const kept = b1.create('accounts', 'acc-1', { name: 'Kept' });
      await store.commit(b1.changes);
      const b2 = new ChangeBuilder(new Date().toISOString());
      b2.create('accounts', 'acc-2', { name: 'New' });
      b2.update('accounts', kept, { name: 'Renamed' });
      b2.changes.counters.push({ key: 'members:X', deltas: { total: 5 } });
      b2.changes.writes[1].expect = 7; // a version nobody holds
      await rejectsWith(store.commit(b2.changes), ConflictError);
      expect(await store.get('accounts', 'acc-2')).to.equal(undefined);
      expect((await store.get<{ name: string }>('accounts', 'acc-1'))?.name).to.equal('Kept');
      expect(await store.counter('members:X')).to.equal(undefined);
      // Creating an id that exists is a conflict too, and leaves the rest unwritten.
      const b3 = new ChangeBuilder(new Date().toISOString());
      b3.create('accounts', 'acc-3', { name: 'Three' });
      b3.create('accounts', 'acc-1', { name: 'Duplicate' });
      await rejectsWith(store.commit(b3.changes), ConflictError);
      expect(await store.get('accounts', 'acc-3')).to.equal(undefined);
    } finally {
      store.close();
      await deleteDatabase(name);
    }
  });

  it('two tabs racing an update of the same record: one commits, the other gets a ConflictError, nothing is lost', async () => {
    const name = testDatabaseName();
    const tab1 = new IndexedDBStore(name);
    const tab2 = new IndexedDBStore(name);
    try {
      const seed = new ChangeBuilder(new Date().toISOString());
      seed.create('accounts', 'acc', { name: 'Start' });
      await tab1.commit(seed.changes);
      // Both tabs read version 1, then both write, with no adapter check in between.
      const [r1, r2] = await Promise.all([tab1.get<{ id: string; version: number; name: string }>('accounts', 'acc'), tab2.get<{ id: string; version: number; name: string }>('accounts', 'acc')]);
      expect([r1!.version, r2!.version]).to.deep.equal([1, 1]);
      const b1 = new ChangeBuilder(new Date().toISOString());
      b1.update('accounts', r1!, { name: 'Tab 1' });
      const b2 = new ChangeBuilder(new Date().toISOString());
      b2.update('accounts', r2!, { name: 'Tab 2' });
      const results = await Promise.allSettled([tab1.commit(b1.changes), tab2.commit(b2.changes)]);
      const won = results.findIndex((r) => r.status === 'fulfilled');
      expect(results.filter((r) => r.status === 'fulfilled')).to.have.length(1);
      expect((results[1 - won] as PromiseRejectedResult).reason).to.be.instanceOf(ConflictError);
      const final = await tab2.get<{ version: number; name: string }>('accounts', 'acc');
      expect(final).to.deep.include({ version: 2, name: won === 0 ? 'Tab 1' : 'Tab 2' });
    } finally {
      tab1.close();
      tab2.close();
      await deleteDatabase(name);
    }
  });

  it('keeps data across instances (a reload) and counts from the maintained aggregate', async () => {
    const fx = idbFixture();
    try {
      await fx.adapter.saveCampaign({ id: 'A', name: 'A' });
      await fx.adapter.importLeads({ campaignId: 'A' }, [{ email: 'a@example.com' }, { email: 'b@example.com' }]);
      const reopened = fx.peer();
      expect((await reopened.countMembers('A')).total).to.equal(2);
      expect((await reopened.getCampaign('A')).name).to.equal('A');
    } finally {
      await fx.cleanup();
    }
  });

  it('imports in batches that grow from 500 rows to the batch size, matching an email repeated across batches', async () => {
    const fx = idbFixture();
    try {
      await fx.adapter.saveCampaign({ id: 'A', name: 'A' });
      const rows = Array.from({ length: 3700 }, (_, i) => ({ email: `p${i}@example.com`, lastName: `P${i}` }));
      rows[3000] = { email: 'P10@Example.com', lastName: 'Again' }; // in the third batch, the same person as row 11
      rows[1200] = { email: 'not an email', lastName: 'Bad' };
      const progress: number[] = [];
      const r = await fx.adapter.importLeads({ campaignId: 'A' }, rows, { onProgress: (done) => progress.push(done) });
      expect(progress).to.deep.equal([500, 1500, 3500, 3700]);
      expect({ created: r.created, matched: r.matched, members: r.membersCreated }).to.deep.equal({ created: 3698, matched: 1, members: 3698 });
      expect(r.errors.map((e) => e.row)).to.deep.equal([1201]);
      expect((await fx.adapter.countMembers('A')).total).to.equal(3698);
      const again = await fx.adapter.findPersonByEmail('p10@example.com');
      expect((await fx.adapter.getLead(again!.id)).lastName).to.equal('P10'); // matched: the blanks filled, nothing overwritten
    } finally {
      await fx.cleanup();
    }
  });

  it('an import matches a lead another tab created during it, even before that tab is heard from', async () => {
    const fx = idbFixture();
    let raw: IDBDatabase | undefined;
    try {
      await fx.adapter.saveCampaign({ id: 'A', name: 'A' });
      // The other tab's lead, made by the domain's rule (on a memory store), then written straight
      // into the database with no announcement: the import's list of known addresses misses it.
      const elsewhere = new LocalAdapter(new MemoryStore());
      await elsewhere.saveCampaign({ id: 'X', name: 'X' });
      await elsewhere.importLeads({ campaignId: 'X' }, [{ email: 'p700@example.com', lastName: 'Other tab' }]);
      const lead = await elsewhere.getLead((await elsewhere.findPersonByEmail('p700@example.com'))!.id);
      raw = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(fx.name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const rows = Array.from({ length: 3000 }, (_, i) => ({ email: `p${i}@example.com`, lastName: `P${i}` }));
      const db = raw;
      const r = await fx.adapter.importLeads({ campaignId: 'A' }, rows, {
        // After the first batch (rows 1–500), before the second reads anything: a transaction
        // made now runs before the second batch's.
        onProgress: (done) => done === 500 && db.transaction('people', 'readwrite').objectStore('people').put(toStored('leads', lead as never)),
      });
      expect({ created: r.created, matched: r.matched, members: r.membersCreated }).to.deep.equal({ created: 2999, matched: 1, members: 3000 });
      const store = new IndexedDBStore(fx.name);
      const people = await store.getByIndex<{ id: string; lastName: string }>('people', 'emailKey', 'p700@example.com');
      store.close();
      expect(people.map((p) => [p.id, p.lastName])).to.deep.equal([[lead.id, 'Other tab']]);
    } finally {
      raw?.close();
      await fx.cleanup();
    }
  });

  it('lets a newer version of the page upgrade the database instead of hanging, then reports it', async () => {
    const name = testDatabaseName();
    const store = new IndexedDBStore(name);
    const adapter = new LocalAdapter(store);
    try {
      await adapter.saveCampaign({ id: 'A', name: 'A' });
      const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name, 99);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
        req.onblocked = () => reject(new Error('blocked by the older connection'));
      });
      expect(upgraded.version).to.equal(99);
      upgraded.close();
      const error = await rejectsWith(adapter.getCampaign('A'), UnavailableError);
      expect(error.message).to.contain('reload');
    } finally {
      store.close();
      await deleteDatabase(name);
    }
  });

  it('upgrades a version 1 database in place: existing members become sortable by type and responded', async () => {
    const name = testDatabaseName();
    // The version 1 layout, as released: members had five sort keys.
    const v1 = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 1);
      req.onupgradeneeded = () => {
        const db = req.result;
        for (const s of ['campaigns', 'people', 'accounts', 'opportunities', 'submissions']) db.createObjectStore(s, { keyPath: 'id' });
        db.createObjectStore('counters', { keyPath: 'key' });
        const members = db.createObjectStore('members', { keyPath: 'id' });
        members.createIndex('campaign+person', ['campaignId', 'pk'], { unique: true });
        for (const f of ['name', 'company', 'email', 'status', 'added']) members.createIndex(`by+${f}`, ['campaignId', `sk.${f}`, 'id']);
        const at = '2026-01-01T00:00:00.000Z';
        const base = { version: 1, createdAt: at, updatedAt: at, campaignId: 'A', status: 'Sent', responded: false };
        members.put({ ...base, id: 'm-contact', contactId: 'c1', person: { lastName: 'Aaron' }, pk: 'contact:c1', sk: { name: 'aaron\u0001' } });
        members.put({ ...base, id: 'm-lead', leadId: 'l1', person: { lastName: 'Zed' }, pk: 'lead:l1', sk: { name: 'zed\u0001' } });
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    v1.close();
    const store = new IndexedDBStore(name);
    try {
      const adapter = new LocalAdapter(store);
      const page = await adapter.pageMembers({ campaignId: 'A', sort: 'type' });
      expect(page.items.map((m) => m.id)).to.deep.equal(['m-contact', 'm-lead']);
      const desc = await adapter.pageMembers({ campaignId: 'A', sort: 'type', direction: 'desc' });
      expect(desc.items.map((m) => m.id)).to.deep.equal(['m-lead', 'm-contact']);
      expect((await adapter.pageMembers({ campaignId: 'A', sort: 'responded' })).items).to.have.length(2);
    } finally {
      store.close();
      await deleteDatabase(name);
    }
  });

  it('upgrades a version 4 database: the opportunities and responses already there are counted into influence and responses by day once', async () => {
    const name = testDatabaseName();
    const at = '2026-03-01T00:00:00.000Z';
    const v4 = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 4);
      req.onupgradeneeded = () => {
        const db = req.result;
        for (const s of STORE_NAMES) {
          const os = db.createObjectStore(s, { keyPath: 'id' });
          for (const i of STORES[s]) os.createIndex(i.name, i.keyPath, { unique: !!i.unique });
        }
        db.createObjectStore(COUNTERS, { keyPath: 'key' });
        const base = { version: 1, createdAt: at, updatedAt: at };
        for (const id of ['A', 'B']) req.transaction!.objectStore('campaigns').put(toStored('campaigns', { ...base, id, name: `Campaign ${id}`, type: 'email', status: 'active', currency: 'USD', memberStatuses: [] }));
        const touches = [{ campaignId: 'A', at: '2026-01-01T00:00:00.000Z', leadCreation: true }, { campaignId: 'B', at: '2026-02-01T00:00:00.000Z' }];
        req.transaction!.objectStore('opportunities').put(toStored('opportunities', { ...base, id: 'o1', name: 'Deal', accountId: 'acc', amount: 1000, currency: 'USD', closeDate: '2026-06-30', stage: 'closed-won', primaryCampaignId: 'B', touches }));
        const member = { ...base, campaignId: 'A', leadId: 'l1', status: 'Responded', responded: true, firstRespondedAt: '2026-01-01T23:30:00-02:00', person: { email: 'p@example.com' } };
        req.transaction!.objectStore('members').put(toStored('members', { ...member, id: 'm1' }));
        req.transaction!.objectStore(COUNTERS).put({ key: 'members:A', counts: { total: 1, responded: 1, 'type:lead': 1, 'status:Responded': 1 } });
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    v4.close();
    const store = new IndexedDBStore(name);
    try {
      const report = await new LocalAdapter(store).influenceReport();
      const [usd] = report.currencies;
      expect(usd.totals.even).to.deep.equal({ opportunities: 1, amount: 1000, wonAmount: 1000 });
      // The responded member is counted by its UTC day; the member counts it had are kept.
      const a = await new LocalAdapter(store).campaignResults('A');
      expect(a.responsesByDay).to.deep.equal({ '2026-01-02': 1 });
      expect(a.counts).to.deep.include({ total: 1, responded: 1 });
      expect(usd.campaigns.map((c) => [c.campaignId, c.figures.position?.amount, c.figures.primary?.amount])).to.deep.equal([
        ['A', 500, undefined],
        ['B', 500, 1000],
      ]);
    } finally {
      store.close();
      await deleteDatabase(name);
    }
  });

  it('upgrades a version 5 database: the leads and deals already there are counted into the lead report once (a deal under its lead\'s source), the contacts not', async () => {
    const name = testDatabaseName();
    const at = '2026-10-05T09:00:00.000Z';
    const v5 = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 5);
      req.onupgradeneeded = () => {
        const db = req.result;
        for (const s of STORE_NAMES) {
          const os = db.createObjectStore(s, { keyPath: 'id' });
          for (const i of STORES[s]) os.createIndex(i.name, i.keyPath, { unique: !!i.unique });
        }
        db.createObjectStore(COUNTERS, { keyPath: 'key' });
        const base = { version: 1, createdAt: at, updatedAt: at };
        const people = req.transaction!.objectStore('people');
        people.put(toStored('leads', { ...base, id: 'l1', lastName: 'Open', email: 'open@example.com', emailKey: 'open@example.com', source: 'event', status: 'open', rating: 'hot' }));
        people.put(toStored('leads', { ...base, id: 'l2', lastName: 'Done', source: 'event', status: 'converted', convertedAt: '2026-10-08T10:00:00.000Z', convertedContactId: 'c1' }));
        people.put(toStored('contacts', { ...base, id: 'c1', lastName: 'Done', leadId: 'l2' }));
        req.transaction!.objectStore('opportunities').put(toStored('opportunities', { ...base, id: 'o1', name: 'Deal', accountId: 'a1', contactId: 'c1', leadId: 'l2', amount: 1200, currency: 'EUR', closeDate: '2026-12-31', stage: 'closed-won' }));
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    v5.close();
    const store = new IndexedDBStore(name);
    try {
      const report = await new LocalAdapter(store).leadReport();
      expect(report.total).to.deep.equal({ leads: 2, converted: 1, conversionRate: 0.5, medianDaysToConvert: 3, opportunities: 1, won: 1, wonAmount: { EUR: 1200 }, cost: {}, costPerLead: {}, costPerOpportunity: {}, costPerWon: {} });
      expect(report.bySource).to.deep.equal([{ source: 'event', leads: 2, converted: 1, conversionRate: 0.5, medianDaysToConvert: 3, opportunities: 1, won: 1, wonAmount: { EUR: 1200 }, cost: {}, costPerLead: {}, costPerOpportunity: {}, costPerWon: {} }]);
      expect(report.byMonth[0]).to.deep.equal({ month: '2026-10', leads: 2, converted: 1, conversionRate: 0.5, medianDaysToConvert: 3 });
    } finally {
      store.close();
      await deleteDatabase(name);
    }
  });

  it('upgrades a version 6 database: its leads and contacts become listable by name, creation and rating, and its contacts are counted', async () => {
    const name = testDatabaseName();
    const at = '2026-11-05T09:00:00.000Z';
    const v6 = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 6);
      req.onupgradeneeded = () => {
        const db = req.result;
        for (const s of STORE_NAMES) {
          const os = db.createObjectStore(s, { keyPath: 'id' });
          for (const i of STORES[s]) if (!i.name.startsWith('people+')) os.createIndex(i.name, i.keyPath, { unique: !!i.unique });
        }
        db.createObjectStore(COUNTERS, { keyPath: 'key' });
        const base = { version: 1, createdAt: at, updatedAt: at };
        const people = req.transaction!.objectStore('people');
        const v6Record = (store: 'leads' | 'contacts', record: Record<string, unknown>) => {
          const { psk: _psk, ...rest } = toStored(store, record as never);
          return rest;
        };
        people.put(v6Record('leads', { ...base, id: 'l1', lastName: 'Warm', source: 'web', status: 'open', rating: 'warm' }));
        people.put(v6Record('leads', { ...base, id: 'l2', lastName: 'Hot', source: 'event', status: 'open', rating: 'hot' }));
        people.put(v6Record('leads', { ...base, id: 'l3', lastName: 'Gone', source: 'event', status: 'converted', convertedAt: at, convertedContactId: 'c1' }));
        people.put(v6Record('contacts', { ...base, id: 'c1', lastName: 'Gone', leadId: 'l3' }));
        // Version 6 counted the leads, not the contacts.
        req.transaction!.objectStore(COUNTERS).put({ key: 'workspace:leads', counts: { 'n|web|open|warm': 1, 'n|event|open|hot': 1, 'n|event|converted|-': 1 } });
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    v6.close();
    const store = new IndexedDBStore(name);
    try {
      const adapter = new LocalAdapter(store);
      const byRating = await adapter.pagePeople({ sort: 'rating' });
      expect(byRating.items.map((i) => [i.type, i.person.id])).to.deep.equal([['lead', 'l2'], ['lead', 'l1'], ['contact', 'c1']]);
      expect(byRating.total).to.equal(3);
      expect((await adapter.pagePeople({ type: 'contact' })).total).to.equal(1);
      expect((await adapter.pagePeople({ sort: 'name' })).items.map((i) => i.person.lastName)).to.deep.equal(['Gone', 'Hot', 'Warm']);
    } finally {
      store.close();
      await deleteDatabase(name);
    }
  });

  it('jumps to positions through recorded index positions, and drops them when members change', async () => {
    const name = testDatabaseName();
    const store = new IndexedDBStore(name);
    try {
      const adapter = new LocalAdapter(store);
      await adapter.saveCampaign({ id: 'E', name: 'E' });
      const rows = Array.from({ length: 2500 }, (_, i) => ({ lastName: `L${(i * 7919) % 2500}`, email: `j${i}@example.com` }));
      await adapter.importLeads({ campaignId: 'E' }, rows);
      const all: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await adapter.pageMembers({ campaignId: 'E', limit: 500, cursor });
        all.push(...page.items.map((m) => m.id));
        cursor = page.nextCursor;
      } while (cursor);
      await store.positionsSettled(); // the first page started the walk
      const marks = (store as unknown as { positions: PositionCache }).positions.get(positionKey('by+name', ['E'], 'next'));
      expect(marks).to.have.length(Math.floor(2500 / POSITION_STEP)); // positions STEP, 2 × STEP…
      for (const offset of [POSITION_STEP - 1, POSITION_STEP, POSITION_STEP + 1, 999, 1000, 1001, 1234, 1300, 2000, 2450]) {
        const page = await adapter.pageMembers({ campaignId: 'E', limit: 5, offset });
        expect(page.items.map((m) => m.id), `offset ${offset}`).to.deep.equal(all.slice(offset, offset + 5));
      }
      // Past the middle, a jump walks from the nearer recorded position: 1300 is 300 entries from
      // the one at 1000, 1195 from the end (where no positions are recorded).
      expect(store.skipCost('members', 'by+name', ['E'], 'next', 1300)).to.equal(300);
      expect(store.skipCost('members', 'by+name', ['E'], 'prev', 1195)).to.equal(1195);
      await store.positionsSettled();
      expect((store as unknown as { positions: PositionCache }).positions.get(positionKey('by+name', ['E'], 'prev')), 'no walk from the end').to.equal(undefined);
      const desc = await adapter.pageMembers({ campaignId: 'E', limit: 5, offset: 1100, direction: 'desc' });
      expect(desc.items.map((m) => m.id)).to.deep.equal([...all].reverse().slice(1100, 1105));
      // A change moves positions: the recorded ones are dropped, jumps stay exact.
      const [first] = (await adapter.pageMembers({ campaignId: 'E', limit: 1 })).items;
      await adapter.removeMembers({ campaignId: 'E', members: [{ id: first.id, version: first.version }] });
      expect((store as unknown as { positions: PositionCache }).positions.get(positionKey('by+name', ['E'], 'next'))).to.equal(undefined);
      const after = await adapter.pageMembers({ campaignId: 'E', limit: 5, offset: 1000 });
      expect(after.items.map((m) => m.id)).to.deep.equal(all.slice(1001, 1006));
    } finally {
      store.close();
      await deleteDatabase(name);
    }
  });

  it('creates one lead when two tabs submit the same new email at the same moment', async () => {
    const fx = idbFixture();
    try {
      const other = fx.peer();
      const [r1, r2] = await Promise.all([
        fx.adapter.submitLead({ submissionId: 'tab-one-0001', campaignId: 'A', lead: { email: 'race@example.com' } }),
        other.submitLead({ submissionId: 'tab-two-0002', campaignId: 'A', lead: { email: 'RACE@example.com' } }),
      ]);
      expect(r1.person.id).to.equal(r2.person.id);
      expect([r1.matched, r2.matched].sort()).to.deep.equal([false, true]);
      const counts = await fx.adapter.countMembers('A');
      expect(counts.total).to.equal(1);
      expect(counts.leads).to.equal(1);
    } finally {
      await fx.cleanup();
    }
  });
});
