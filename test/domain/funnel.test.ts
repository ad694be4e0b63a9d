import { expect } from '@open-wc/testing';
import { LocalAdapter, MemoryStore } from '../../src/adapters/local/index.js';
import { campaignFunnel, leadFunnel } from '../../src/domain/funnel.js';
import { campaignFigures, opportunityTotals } from '../../src/domain/metrics.js';
import { seedReferenceCase } from '../helpers/reference-case.js';

const row = (s: { key: string; count: number; rate: number | null; grows: boolean; weakest: boolean }) => [s.key, s.count, s.rate, s.grows, s.weakest];

function figures(counts: { total: number; responded: number; leads: number; convertedLeads: number }, opportunities: { count: number; won: number }) {
  const campaign = { id: 'F', name: 'F', type: 'email', status: 'active', currency: 'USD', memberStatuses: [], version: 1, createdAt: '', updatedAt: '' } as never;
  return campaignFigures([
    {
      campaign,
      counts: { ...counts, leads: counts.leads - counts.convertedLeads, contacts: counts.total - counts.leads, byStatus: {}, walkIns: 0 },
      responsesByDay: {},
      opportunities: { ...opportunityTotals([]), ...opportunities },
    },
  ]);
}

describe('domain: the campaign funnel', () => {
  it('shows the reference case as 100 leads → 10 converted → 10 opportunities, and where it loses most', async () => {
    const adapter = new LocalAdapter(new MemoryStore());
    await seedReferenceCase(adapter);
    const steps = campaignFunnel(campaignFigures([await adapter.campaignResults('A')]));
    expect(steps.map(row)).to.deep.equal([
      ['members', 100, null, false, false],
      ['responded', 20, 0.2, false, false],
      // 100 leads after 20 responses: the leads did not all respond first, so no share is made up.
      ['leads', 100, null, true, false],
      ['converted', 10, 0.1, false, true],
      ['opportunities', 10, 1, false, false],
      ['won', 5, 0.5, false, false],
    ]);
  });

  it('rates each step against the one before; the earlier step wins a tie for "loses most"', () => {
    const steps = campaignFunnel(figures({ total: 1000, responded: 400, leads: 200, convertedLeads: 50 }, { count: 20, won: 8 }));
    expect(steps.map(row)).to.deep.equal([
      ['members', 1000, null, false, false],
      ['responded', 400, 0.4, false, false],
      ['leads', 200, 0.5, false, false],
      ['converted', 50, 0.25, false, true],
      ['opportunities', 20, 0.4, false, false],
      ['won', 8, 0.4, false, false],
    ]);
    // Converted at 0.4 as well: three steps at 0.4, and the earliest of them loses most.
    const tie = campaignFunnel(figures({ total: 1000, responded: 400, leads: 200, convertedLeads: 80 }, { count: 32, won: 16 }));
    expect(tie.map((s) => s.rate)).to.deep.equal([null, 0.4, 0.5, 0.4, 0.4, 0.5]);
    expect(tie.filter((s) => s.weakest).map((s) => s.key)).to.deep.equal(['responded']);
  });

  it('gives no rate after an empty step and marks no step when nothing is lost', () => {
    const empty = campaignFunnel(figures({ total: 0, responded: 0, leads: 0, convertedLeads: 0 }, { count: 0, won: 0 }));
    expect(empty.every((s) => s.rate === null && !s.weakest && !s.grows)).to.equal(true);
    const whole = campaignFunnel(figures({ total: 5, responded: 5, leads: 5, convertedLeads: 5 }, { count: 5, won: 5 }));
    expect(whole.map((s) => s.rate)).to.deep.equal([null, 1, 1, 1, 1, 1]);
    expect(whole.some((s) => s.weakest)).to.equal(false);
  });

  it('gives the workspace funnel whatever the origin: leads → converted → opportunities → won, a step grown by deals with no lead has no rate', () => {
    const all = leadFunnel({ leads: 382, converted: 68, opportunities: 51, won: 25 });
    expect(all.map(row)).to.deep.equal([
      ['leads', 382, null, false, false],
      ['converted', 68, 68 / 382, false, true], // 17.8 %: loses most
      ['opportunities', 51, 51 / 68, false, false],
      ['won', 25, 25 / 51, false, false],
    ]);
    // Two deals made from contacts who never were leads: more opportunities than conversions.
    const direct = leadFunnel({ leads: 10, converted: 2, opportunities: 4, won: 1 });
    expect(direct.map((s) => [s.key, s.rate, s.grows])).to.deep.equal([
      ['leads', null, false],
      ['converted', 0.2, false],
      ['opportunities', null, true],
      ['won', 0.25, false],
    ]);
  });
});
