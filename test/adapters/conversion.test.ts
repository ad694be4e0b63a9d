import { expect } from '@open-wc/testing';
import { ConflictError, NotFoundError, ValidationError, type DataAdapter } from '../../src/adapters/adapter.js';
import { IndexedDBStore, LocalAdapter, MemoryStore, type RecordStore } from '../../src/adapters/local/index.js';
import { ChangeBuilder } from '../../src/domain/change-builder.js';
import { newId } from '../../src/domain/ids.js';
import { deleteDatabase, testDatabaseName } from '../helpers/idb.js';
import { rejectsWith } from '../helpers/expect-error.js';

type StoreCase = [string, () => { store: RecordStore; cleanup: () => Promise<void> }];
const stores: StoreCase[] = [
  ['memory', () => ({ store: new MemoryStore(), cleanup: async () => {} })],
  // In a browser; `npm run mutation` runs this suite under Node, on the memory store only.
  ...(typeof indexedDB === 'undefined'
    ? []
    : ([
        [
          'IndexedDB',
          () => {
            const name = testDatabaseName();
            const store = new IndexedDBStore(name);
            return { store, cleanup: async () => (store.close(), deleteDatabase(name)) };
          },
        ],
      ] as StoreCase[])),
];

const opp = (extra = {}) => ({ name: 'Acme - Ana Pop', amount: 5000, closeDate: '2026-12-31', stage: 'prospecting' as const, ...extra });

for (const [label, make] of stores) {
  describe(`lead conversion (${label})`, () => {
    let fx: ReturnType<typeof make>;
    let a: LocalAdapter;
    let sub = 0;
    const submit = (campaignId: string, lead: Record<string, unknown>, status?: string) =>
      a.submitLead({ submissionId: `conv-${++sub}-${Math.random()}`, campaignId, lead: lead as { email: string }, status });

    beforeEach(() => {
      fx = make();
      a = new LocalAdapter(fx.store);
    });
    afterEach(() => fx.cleanup());

    async function seededLead() {
      await a.saveCampaign({ id: 'A', name: 'Spring newsletter', type: 'email' });
      await a.saveCampaign({ id: 'E', name: 'Summit', type: 'event' });
      await submit('A', { email: 'ana@acme.com', firstName: 'Ana', lastName: 'Pop', company: 'Acme Inc.', phone: '+40 1', custom: { budget: 100, color: 'red' } });
      const r = await submit('E', { email: 'ana@acme.com' }, 'Registered');
      return a.getLead(r.person.id);
    }

    it("puts the opportunity in its primary campaign's currency (EUR, RON), USD only without one", async () => {
      await a.saveCampaign({ id: 'EU', name: 'Berlin expo', type: 'trade-show', currency: 'EUR' });
      await a.saveCampaign({ id: 'RO', name: 'Cluj webinar', type: 'webinar', currency: 'RON' });
      await submit('EU', { email: 'hans@example.de', company: 'Hans GmbH' });
      const hans = await a.getLead((await submit('RO', { email: 'hans@example.de' }, 'Registered')).person.id);
      const viaDefault = await a.convertLead({ leadId: hans.id, leadVersion: hans.version, account: { mode: 'new' }, contact: { mode: 'new' }, opportunity: opp() });
      expect(viaDefault.primaryCampaignId).to.equal('EU'); // the responded one
      expect((await a.listOpportunities({ primaryCampaignId: 'EU' }))[0].currency).to.equal('EUR');
      const ioana = await a.getLead((await submit('RO', { email: 'ioana@example.ro' }, 'Attended')).person.id);
      await a.convertLead({ leadId: ioana.id, leadVersion: ioana.version, account: { mode: 'new', name: 'Ioana SRL' }, contact: { mode: 'new' }, opportunity: opp({ primaryCampaignId: 'RO' }) });
      expect((await a.listOpportunities({ primaryCampaignId: 'RO' }))[0].currency).to.equal('RON');
    });

    it('creates account, contact and opportunity, moves memberships with their status and dates, and marks the lead', async () => {
      const lead = await seededLead();
      const before = (await a.pageMembers({ campaignId: 'A' })).items[0];
      const ctx = await a.conversionContext(lead.id);
      expect(ctx.defaultPrimaryCampaignId).to.equal('A'); // the responded one
      expect(ctx.defaultOpportunityName).to.equal('Acme Inc. - Ana Pop');
      expect(ctx.memberships.map((m) => m.campaign.id).sort()).to.deep.equal(['A', 'E']);
      const r = await a.convertLead({ leadId: lead.id, leadVersion: lead.version, account: { mode: 'new' }, contact: { mode: 'new' }, opportunity: opp() });
      expect(r).to.deep.include({ accountCreated: true, contactCreated: true, membershipsMoved: 2, membershipsMerged: 0, primaryCampaignId: 'A' });
      expect(r.droppedCustomFields.sort()).to.deep.equal(['budget', 'color']);
      const account = await a.getAccount(r.accountId);
      expect(account.name).to.equal('Acme Inc.');
      const contact = await a.getContact(r.contactId);
      expect(contact).to.deep.include({ firstName: 'Ana', lastName: 'Pop', email: 'ana@acme.com', accountId: r.accountId, leadId: lead.id, phone: '+40 1' });
      const converted = await a.getLead(lead.id);
      expect(converted).to.deep.include({ status: 'converted', convertedAccountId: r.accountId, convertedContactId: r.contactId, convertedOpportunityId: r.opportunityId });
      const [opportunity] = await a.listOpportunities({ primaryCampaignId: 'A' });
      expect(opportunity).to.deep.include({ id: r.opportunityId, accountId: r.accountId, contactId: r.contactId, amount: 5000, stage: 'prospecting' });
      const after = (await a.pageMembers({ campaignId: 'A' })).items[0];
      expect(after).to.deep.include({ id: before.id, contactId: r.contactId, convertedLeadId: lead.id, status: 'Responded', responded: true, firstRespondedAt: before.firstRespondedAt, createdAt: before.createdAt });
      expect(after.leadId).to.equal(undefined);
      expect(await a.countMembers('A')).to.deep.include({ total: 1, leads: 0, contacts: 1, convertedLeads: 1, responded: 1 });
      expect((await a.pageMembers({ campaignId: 'E', type: 'contact' })).items[0].status).to.equal('Registered');
      // The same person submitting again is the contact now.
      expect(await a.findPersonByEmail('ANA@acme.com')).to.deep.equal({ type: 'contact', id: r.contactId });
    });

    it('uses an existing account and merges into an existing contact, filling only empty fields', async () => {
      const lead = await seededLead();
      const b = new ChangeBuilder(new Date().toISOString());
      const acc = b.create('accounts', 'acc-1', { name: 'ACME' });
      b.create('contacts', 'con-1', { email: 'ana@acme.com', emailKey: 'ana@acme.com', firstName: 'Anna', accountId: acc.id });
      await fx.store.commit(b.changes);
      // The contact is already on campaign E.
      await a.addMembers({ campaignId: 'E', people: [{ type: 'contact', id: 'con-1' }], status: 'Attended' });
      const ctx = await a.conversionContext(lead.id);
      expect(ctx.suggestedAccounts.map((x) => x.id)).to.deep.equal(['acc-1']);
      expect(ctx.suggestedContacts.map((x) => x.id)).to.deep.equal(['con-1']);
      const r = await a.convertLead({ leadId: lead.id, leadVersion: lead.version, account: { mode: 'existing', id: 'acc-1' }, contact: { mode: 'existing', id: 'con-1' } });
      expect(r).to.deep.include({ accountId: 'acc-1', contactId: 'con-1', accountCreated: false, contactCreated: false, membershipsMoved: 1, membershipsMerged: 1 });
      expect(r.opportunityId).to.equal(undefined);
      const contact = await a.getContact('con-1');
      expect(contact).to.deep.include({ firstName: 'Anna', lastName: 'Pop', phone: '+40 1' }); // kept, filled, filled
      const e = await a.pageMembers({ campaignId: 'E' });
      expect(e.items).to.have.length(1);
      expect(e.items[0]).to.deep.include({ contactId: 'con-1', status: 'Attended' });
      expect(await a.countMembers('E')).to.deep.include({ total: 1, leads: 0, contacts: 1, convertedLeads: 1 });
      expect(await a.listOpportunities({})).to.have.length(0);
    });

    it('carries mapped custom fields and drops the rest, as previewed', async () => {
      const lead = await seededLead();
      const r = await a.convertLead({ leadId: lead.id, leadVersion: lead.version, account: { mode: 'new', name: 'Acme Romania' }, contact: { mode: 'new' }, customFieldMap: { budget: 'annualBudget' } });
      expect(r.droppedCustomFields).to.deep.equal(['color']);
      expect((await a.getContact(r.contactId)).custom).to.deep.equal({ annualBudget: 100 });
      expect((await a.getAccount(r.accountId)).name).to.equal('Acme Romania');
    });

    it('refuses a second conversion, a stale lead and invalid input, writing nothing', async () => {
      const lead = await seededLead();
      await rejectsWith(a.convertLead({ leadId: lead.id, leadVersion: lead.version + 5, account: { mode: 'new' }, contact: { mode: 'new' } }), ConflictError);
      const bad = await rejectsWith(
        a.convertLead({ leadId: lead.id, leadVersion: lead.version, account: { mode: 'new' }, contact: { mode: 'new' }, opportunity: opp({ primaryCampaignId: 'NOPE', closeDate: 'soon' }) }),
        ValidationError,
      );
      expect(bad.issues.map((i) => i.path)).to.include('opportunity.closeDate');
      await rejectsWith(a.convertLead({ leadId: lead.id, leadVersion: lead.version, account: { mode: 'existing', id: 'ghost' }, contact: { mode: 'new' } }), NotFoundError);
      await rejectsWith(
        a.convertLead({ leadId: lead.id, leadVersion: lead.version, account: { mode: 'new' }, contact: { mode: 'new' }, opportunity: opp({ primaryCampaignId: 'W' }) }),
        ValidationError,
      );
      expect((await a.getLead(lead.id)).status).to.equal('open');
      expect(await a.searchAccounts('')).to.have.length(0);
      await a.convertLead({ leadId: lead.id, leadVersion: lead.version, account: { mode: 'new' }, contact: { mode: 'new' } });
      const again = await rejectsWith(a.convertLead({ leadId: lead.id, leadVersion: lead.version + 1, account: { mode: 'new' }, contact: { mode: 'new' } }), ConflictError);
      expect(again.reason).to.equal('converted');
      expect(await a.searchAccounts('acme')).to.have.length(1);
    });

    it('writes nothing when the commit fails midway', async () => {
      const lead = await seededLead();
      // The opportunity id the adapter will pick is already taken: its insert fails inside the transaction.
      const ids = ['acc-x', 'con-x', 'opp-taken'];
      const faulty = new LocalAdapter(fx.store, { newId: () => ids.shift() ?? newId() });
      const b = new ChangeBuilder(new Date().toISOString());
      b.create('opportunities', 'opp-taken', { name: 'Other', accountId: 'acc-0', closeDate: '2026-01-01', stage: 'prospecting', currency: 'USD' });
      await fx.store.commit(b.changes);
      const membersBefore = JSON.stringify(await a.pageMembers({ campaignId: 'A' }));
      await rejectsWith(faulty.convertLead({ leadId: lead.id, leadVersion: lead.version, account: { mode: 'new' }, contact: { mode: 'new' }, opportunity: opp() }), ConflictError);
      expect((await a.getLead(lead.id)).status).to.equal('open');
      await rejectsWith(a.getAccount('acc-x'), NotFoundError);
      await rejectsWith(a.getContact('con-x'), NotFoundError);
      expect(JSON.stringify(await a.pageMembers({ campaignId: 'A' }))).to.equal(membersBefore);
      expect(await a.countMembers('A')).to.deep.include({ leads: 1, contacts: 0, convertedLeads: 0 });
    });

    it('reference case: campaign A with leads L1..L100, L91..L100 converted into O1..O10', async () => {
      await a.saveCampaign({ id: 'A', name: 'A', type: 'email' });
      const rows = Array.from({ length: 100 }, (_, i) => ({ email: `l${i + 1}@example.com`, lastName: `L${i + 1}`, company: `Company ${i + 1}` }));
      await a.importLeads({ campaignId: 'A' }, rows);
      for (let i = 91; i <= 100; i++) {
        const ref = await a.findPersonByEmail(`l${i}@example.com`);
        const lead = await a.getLead(ref!.id);
        await a.convertLead({
          leadId: lead.id,
          leadVersion: lead.version,
          account: { mode: 'new' },
          contact: { mode: 'new' },
          opportunity: { name: `O${i - 90}`, amount: 1000 * (i - 90), closeDate: '2026-12-31', stage: 'qualification' },
        });
      }
      const counts = await a.countMembers('A');
      expect(counts.leads + counts.convertedLeads, 'leads on campaign A').to.equal(100);
      expect(counts.convertedLeads).to.equal(10);
      const opportunities = await a.listOpportunities({ primaryCampaignId: 'A' });
      expect(opportunities.map((o) => o.name).sort((x, y) => Number(x.slice(1)) - Number(y.slice(1)))).to.deep.equal(Array.from({ length: 10 }, (_, i) => `O${i + 1}`));
      expect(opportunities.every((o) => o.primaryCampaignId === 'A')).to.equal(true);
    });
  });
}

describe('conversion through any adapter shape', () => {
  it('is part of the DataAdapter interface', () => {
    const methods: (keyof DataAdapter & keyof LocalAdapter)[] = ['conversionContext', 'convertLead', 'listOpportunities', 'getAccount', 'searchAccounts'];
    const a = new LocalAdapter(new MemoryStore());
    expect(methods.every((m) => typeof a[m] === 'function')).to.equal(true);
  });
});
