import { expect } from '@open-wc/testing';
import { IndexedDBStore, LocalAdapter } from '../../src/adapters/local/index.js';
import type { ChangeSet } from '../../src/domain/change-set.js';
import type { CommitOptions } from '../../src/adapters/local/record-store.js';
import { deleteDatabase, testDatabaseName } from '../helpers/idb.js';

/** An IndexedDB store whose next commit fails in the middle: the 20th member write cannot be stored. */
class FailingStore extends IndexedDBStore {
  failNext = false;
  override commit(changes: ChangeSet, options?: CommitOptions): Promise<void> {
    if (this.failNext) {
      this.failNext = false;
      let seen = 0;
      const writes = changes.writes.map((w) => (w.store === 'members' && ++seen === 20 ? { ...w, record: { ...w.record, poison: () => {} } } : w));
      expect(seen, 'the failure falls among the member moves').to.be.greaterThan(20);
      return super.commit({ ...changes, writes }, options);
    }
    return super.commit(changes, options);
  }
}

describe('status-set change on IndexedDB: one atomic write', () => {
  it('a failure in the middle of moving 40 members leaves the old set, the members and the counts as they were; the retry moves them all', async () => {
    const name = testDatabaseName();
    const store = new FailingStore(name);
    const a = new LocalAdapter(store);
    try {
      await a.saveCampaign({ id: 'S', name: 'Statuses', type: 'email' });
      await a.importLeads({ campaignId: 'S' }, Array.from({ length: 40 }, (_, i) => ({ email: `s${i}@example.com` })));
      const members = (await a.pageMembers({ campaignId: 'S', limit: 100 })).items;
      await a.setMemberStatus({ campaignId: 'S', members: members.map((m) => ({ id: m.id, version: m.version })), status: 'Responded' });
      const campaign = await a.getCampaign('S');
      const before = JSON.stringify([await a.pageMembers({ campaignId: 'S', limit: 100 }), await a.countMembers('S'), campaign]);
      const change = {
        campaignId: 'S',
        version: campaign.version,
        statuses: [
          { label: 'Sent', responded: false, default: true },
          { label: 'Interested', responded: true, default: false },
          { label: 'Not interested', responded: true, default: false },
        ],
        moves: [{ from: 'Responded', to: 'Not interested' }],
      };
      store.failNext = true;
      let failed: unknown;
      await a.changeMemberStatuses(change).catch((e) => (failed = e));
      expect(failed, 'the injected failure surfaced').to.be.instanceOf(Error);
      const after = JSON.stringify([await a.pageMembers({ campaignId: 'S', limit: 100 }), await a.countMembers('S'), await a.getCampaign('S')]);
      expect(after).to.equal(before);
      const r = await a.changeMemberStatuses(change);
      expect(r.moved).to.equal(40);
      const counts = await a.countMembers('S');
      expect(counts.byStatus).to.deep.equal({ 'Not interested': 40 });
      expect(counts.responded).to.equal(40);
      expect((await a.campaignResults('S')).counts.byStatus).to.deep.equal({ 'Not interested': 40 });
    } finally {
      store.close();
      await deleteDatabase(name);
    }
  });
});
