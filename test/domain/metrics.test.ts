import { expect } from '@open-wc/testing';
import { LocalAdapter, MemoryStore } from '../../src/adapters/local/index.js';
import { campaignFigures, opportunityTotals, responseTrend, subtreeIds } from '../../src/domain/metrics.js';
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
      costPerWon: 1000,
      roi: 2,
      expectedRevenue: 20000,
      expectedResponse: 25,
    });
  });

  it('says n/a (null) instead of dividing by zero', () => {
    const campaign = { id: 'Z', name: 'Z', type: 'email', status: 'active', currency: 'USD', memberStatuses: [], version: 1, createdAt: '', updatedAt: '' } as never;
    const counts = { total: 0, leads: 0, contacts: 0, responded: 0, convertedLeads: 0, byStatus: {}, walkIns: 0 };
    const f = campaignFigures([{ campaign, counts, responsesByDay: {}, opportunities: opportunityTotals([]) }]);
    expect([f.responseRate, f.costPerLead, f.costPerResponse, f.costPerOpportunity, f.costPerWon, f.roi]).to.deep.equal([null, null, null, null, null, null]);
  });

  it('never adds amounts in two currencies: each currency is summed apart, totals and cost ratios are n/a', () => {
    const counts = { total: 10, leads: 10, contacts: 0, responded: 4, convertedLeads: 2, byStatus: {}, walkIns: 0 };
    const campaign = (id: string, currency: string, actualCost: number) => ({ id, name: id, type: 'email', status: 'active', currency, actualCost, budgetedCost: actualCost * 2, memberStatuses: [], version: 1, createdAt: '', updatedAt: '' }) as never;
    const usd = { campaign: campaign('U', 'USD', 100), counts, responsesByDay: {}, opportunities: opportunityTotals([{ amount: 1000, stage: 'closed-won' }]) };
    const usd2 = { campaign: campaign('V', 'USD', 50), counts, responsesByDay: {}, opportunities: opportunityTotals([{ amount: 500, stage: 'proposal' }]) };
    const eur = { campaign: campaign('E', 'EUR', 80), counts, responsesByDay: {}, opportunities: opportunityTotals([{ amount: 700, stage: 'closed-won' }]) };
    const same = campaignFigures([usd, usd2]);
    expect(same).to.deep.include({ currencies: ['USD'], pipelineAmount: 1500, wonAmount: 1000, actualCost: 150, costPerLead: 6.25, roi: (1000 - 150) / 150 });
    expect(same.byCurrency).to.equal(undefined);
    const mixed = campaignFigures([usd, usd2, eur]);
    expect(mixed).to.deep.include({ currencies: ['EUR', 'USD'], members: 30, leads: 36, opportunities: 3, wonOpportunities: 2 });
    expect([mixed.pipelineAmount, mixed.wonAmount, mixed.budgetedCost, mixed.actualCost, mixed.costPerLead, mixed.costPerResponse, mixed.costPerOpportunity, mixed.costPerWon, mixed.roi]).to.deep.equal([null, null, null, null, null, null, null, null, null]);
    expect(mixed.byCurrency).to.deep.equal([
      { currency: 'EUR', pipelineAmount: 700, wonAmount: 700, budgetedCost: 160, actualCost: 80 },
      { currency: 'USD', pipelineAmount: 1500, wonAmount: 1000, budgetedCost: 300, actualCost: 150 },
    ]);
  });

  it('rolls a hierarchy up and finds a subtree, ignoring cycles', () => {
    const list = [{ id: 'P' }, { id: 'C1', parentId: 'P' }, { id: 'C2', parentId: 'P' }, { id: 'G1', parentId: 'C1' }, { id: 'X' }];
    expect(subtreeIds(list, 'P')).to.deep.equal(['P', 'C1', 'G1', 'C2']);
    expect(subtreeIds([{ id: 'A', parentId: 'B' }, { id: 'B', parentId: 'A' }], 'A')).to.deep.equal(['A', 'B']);
    expect(opportunityTotals([{ amount: 10, stage: 'closed-won' }, { amount: 5, stage: 'closed-lost' }, { stage: 'prospecting' }])).to.deep.equal({ count: 3, won: 1, amount: 15, wonAmount: 10 });
  });

  it('puts responses by age since launch, overlaid at the same age; weeks past 31 days', () => {
    // A webinar launched on 1 March: 3 on day 1, 1 on day 3; the last one launched 1 February: 2 on day 1, 5 on day 2.
    const days = responseTrend([
      { byDay: { '2026-03-01': 3, '2026-03-03': 1 }, start: '2026-03-01' },
      { byDay: { '2026-02-01': 2, '2026-02-02': 5 }, start: '2026-02-01' },
    ]);
    expect(days).to.deep.equal({ unit: 'day', values: [[3, 0, 1], [2, 5, 0]] });
    // No start date: from the first response; one before the start date counts on day 1.
    expect(responseTrend([{ byDay: { '2026-03-05': 2, '2026-03-06': 1 } }]).values).to.deep.equal([[2, 1]]);
    expect(responseTrend([{ byDay: { '2026-02-27': 4, '2026-03-02': 1 }, start: '2026-03-01' }]).values).to.deep.equal([[4, 1]]);
    // Forty days: weeks.
    expect(responseTrend([{ byDay: { '2026-03-01': 1, '2026-03-08': 2, '2026-04-09': 3 }, start: '2026-03-01' }])).to.deep.equal({ unit: 'week', values: [[1, 2, 0, 0, 0, 3]] });
    expect(responseTrend([{ byDay: {} }])).to.deep.equal({ unit: 'day', values: [[]] });
  });
});
