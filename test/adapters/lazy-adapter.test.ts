import { expect } from '@open-wc/testing';
import { LazyAdapter } from '../../src/adapters/lazy-adapter.js';
import { LocalAdapter, MemoryStore } from '../../src/adapters/local/index.js';
import type { ChangeEvent, DataAdapter } from '../../src/adapters/adapter.js';
import { ROUTES } from '../../src/adapters/rest/routes.js';
import { nextEvent } from '../helpers/expect-error.js';

describe('LazyAdapter (the page default loads its storage code on first use)', () => {
  it('loads once on the first call', async () => {
    let loads = 0;
    const store = new MemoryStore();
    const lazy = new LazyAdapter('lazy', async () => {
      loads++;
      return new LocalAdapter(store);
    });
    expect(loads).to.equal(0);
    const [a] = await Promise.all([lazy.saveCampaign({ id: 'A', name: 'A' }), lazy.listCampaigns()]);
    expect(a.id).to.equal('A');
    expect((await lazy.getCampaign('A')).name).to.equal('A');
    expect(loads).to.equal(1);
  });

  it('forwards every DataAdapter call with its arguments and answer', async () => {
    const calls: [string, unknown[]][] = [];
    const methods = Object.keys(ROUTES); // every use case (the outbox methods are the REST adapter's own)
    const target = Object.fromEntries(methods.map((m) => [m, async (...args: unknown[]) => (calls.push([m, args]), `answer of ${m}`)])) as unknown as DataAdapter;
    const lazy = new LazyAdapter('lazy', async () => target);
    for (const m of methods) {
      const args = [`${m}-arg`, { n: 1 }];
      const answer = await (lazy as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[m](...args);
      expect(answer, m).to.equal(`answer of ${m}`);
      expect(calls.at(-1), m).to.deep.equal([m, args]);
    }
    expect(calls.map(([m]) => m)).to.deep.equal(methods);
  });

  it('delivers changes to a listener that subscribed before anything loaded, from the first committed change', async () => {
    const store = new MemoryStore();
    const lazy = new LazyAdapter('lazy', async () => new LocalAdapter(store));
    const seen = nextEvent<ChangeEvent>((l) => lazy.subscribe(l));
    await lazy.submitLead({ submissionId: 'lazy-00000001', campaignId: 'A', lead: { email: 'lazy@example.com' } });
    expect((await seen).campaignIds).to.deep.equal(['A']);
  });

  it('retries a failed download on the next call', async () => {
    let attempt = 0;
    const lazy = new LazyAdapter('lazy', async () => {
      if (++attempt === 1) throw new Error('offline');
      return new LocalAdapter(new MemoryStore());
    });
    let failed = false;
    await lazy.listCampaigns().catch(() => (failed = true));
    expect(failed).to.equal(true);
    expect(await lazy.listCampaigns()).to.deep.equal([]);
  });
});
