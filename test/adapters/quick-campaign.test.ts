import { expect } from '@open-wc/testing';
import { IndexedDBStore, LocalAdapter } from '../../src/adapters/local/index.js';
import type { ChangeSet } from '../../src/domain/change-set.js';
import type { CommitOptions } from '../../src/adapters/local/record-store.js';
import type { PersonRef } from '../../src/model/person.js';
import { memberPages } from '../../src/adapters/bulk.js';
import { deleteDatabase, testDatabaseName } from '../helpers/idb.js';

/** An IndexedDB store that refuses its `failAt`-th commit (0: none). */
class FailingStore extends IndexedDBStore {
  failAt = 0;
  commits = 0;
  override commit(changes: ChangeSet, options?: CommitOptions): Promise<void> {
    if (this.failAt && ++this.commits === this.failAt) return Promise.reject(new DOMException('disk full', 'QuotaExceededError'));
    return super.commit(changes, options);
  }
}

async function people(a: LocalAdapter, n: number): Promise<PersonRef[]> {
  await a.saveCampaign({ id: 'SRC', name: 'Source' });
  await a.importLeads({ campaignId: 'SRC' }, Array.from({ length: n }, (_, i) => ({ email: `q${i}@example.com`, lastName: `Q${i}` })));
  const refs: PersonRef[] = [];
  for await (const page of memberPages(a, { campaignId: 'SRC' })) refs.push(...page.map((m) => ({ type: 'lead' as const, id: m.leadId! })));
  return refs;
}

describe('quick campaign on IndexedDB', () => {
  it('5,000 selected people are one campaign with 5,000 members, written in chunks with progress', async () => {
    const name = testDatabaseName();
    const store = new FailingStore(name);
    const a = new LocalAdapter(store);
    try {
      const refs = await people(a, 5000);
      const progress: number[] = [];
      const before = (await a.listCampaigns()).length;
      const r = await a.createQuickCampaign({ campaign: { name: 'Everyone' }, people: refs }, { onProgress: (done) => progress.push(done) });
      expect(r.membersCreated).to.equal(5000);
      expect((await a.listCampaigns()).length).to.equal(before + 1);
      expect((await a.countMembers(r.campaign.id)).total).to.equal(5000);
      expect(progress).to.deep.equal(Array.from({ length: 10 }, (_, i) => (i + 1) * 500));
      expect((await a.listPersonCampaigns(refs[4321])).map((p) => p.campaign.id)).to.include(r.campaign.id);
    } finally {
      store.close();
      await deleteDatabase(name);
    }
  });

  it('a chunk that fails takes back what the earlier ones wrote: no half campaign is left', async () => {
    const name = testDatabaseName();
    const store = new FailingStore(name);
    const a = new LocalAdapter(store);
    try {
      const refs = await people(a, 2000);
      const campaigns = JSON.stringify(await a.listCampaigns());
      store.commits = 0;
      store.failAt = 3; // the campaign + chunk 1, chunk 2 are written; chunk 3 fails
      let failed: unknown;
      await a.createQuickCampaign({ campaign: { name: 'Half' }, people: refs }).catch((e) => (failed = e));
      expect(failed).to.be.instanceOf(Error);
      expect(JSON.stringify(await a.listCampaigns())).to.equal(campaigns);
      expect(await a.listPersonCampaigns(refs[0])).to.have.length(1); // only the source campaign
    } finally {
      store.close();
      await deleteDatabase(name);
    }
  });
});
