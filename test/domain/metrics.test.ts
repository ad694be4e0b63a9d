import { expect } from '@open-wc/testing';
import { LocalAdapter, MemoryStore } from '../../src/adapters/local/index.js';
import { campaignFigures, opportunityTotals, subtreeIds } from '../../src/domain/metrics.js';
import { seedReferenceCase } from '../helpers/reference-case.js';

describe('domain: campaign results', () => {
  it('gives the reference case exactly: 100 leads, 10 converted, 10 opportunities, ROI and cost per lead', async () => {
    const adapter = new LocalAdapter(new MemoryStore());
    await seedReferenceCase(adapter);
    const f = campaignFigures([await adapter.campaignResults('A')]);
    expect(f).to.deep.include({
      members: 100,
      leads: 100,
      convertedLeads: 10,
      contacts: 10,
      responses: 20,
      responseRate: 0.2,
      opportunities: 10,
      wonOpportunities: 5,
      pipelineAmount: 55000,
      wonAmount: 15000,
      budgetedCost: 10000,
      actualCost: 5000,
      costPerLead: 50,
      costPerResponse: 250,
      costPerOpportunity: 500,
      roi: 2,
      expectedRevenue: 20000,
      expectedResponse: 25,
    });
  });

  it('says n/a (null) instead of dividing by zero', () => {
    const campaign = { id: 'Z', name: 'Z', type: 'email', status: 'active', currency: 'USD', memberStatuses: [], version: 1, createdAt: '', updatedAt: '' } as never;
    const counts = { total: 0, leads: 0, contacts: 0, responded: 0, convertedLeads: 0, byStatus: {}, walkIns: 0 };
    const f = campaignFigures([{ campaign, counts, opportunities: opportunityTotals([]) }]);
    expect([f.responseRate, f.costPerLead, f.costPerResponse, f.costPerOpportunity, f.roi]).to.deep.equal([null, null, null, null, null]);
  });

  it('rolls a hierarchy up and finds a subtree, ignoring cycles', () => {
    const list = [{ id: 'P' }, { id: 'C1', parentId: 'P' }, { id: 'C2', parentId: 'P' }, { id: 'G1', parentId: 'C1' }, { id: 'X' }];
    expect(subtreeIds(list, 'P')).to.deep.equal(['P', 'C1', 'G1', 'C2']);
    expect(subtreeIds([{ id: 'A', parentId: 'B' }, { id: 'B', parentId: 'A' }], 'A')).to.deep.equal(['A', 'B']);
    expect(opportunityTotals([{ amount: 10, stage: 'closed-won' }, { amount: 5, stage: 'closed-lost' }, { stage: 'prospecting' }])).to.deep.equal({ count: 3, won: 1, amount: 15, wonAmount: 10 });
  });
});
