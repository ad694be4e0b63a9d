import { expect } from '@open-wc/testing';
import { ChangeBuilder } from '../../src/domain/change-builder.js';
import { countDealChange, LEAD_REPORT_KEY, leadMetrics, leadOrigin, wholeDays, type CountedDeal, type CountedLead } from '../../src/domain/lead-counts.js';
import { emptyChangeSet } from '../../src/domain/change-set.js';
import { histogramMedian, leadReportFromCounter, weekOf } from '../../src/domain/lead-report.js';
import type { Lead } from '../../src/model/person.js';

const lead = (createdAt: string, fields: Partial<CountedLead> = {}): CountedLead => ({ source: 'web', status: 'open', createdAt, ...fields });

/** The counter a list of leads (and deals) makes, as the writes keep it. */
function counterOf(leads: CountedLead[], deals: CountedDeal[] = []): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const l of leads) for (const m of leadMetrics(l)) counts[m] = (counts[m] ?? 0) + 1;
  const changes = emptyChangeSet();
  for (const d of deals) countDealChange(changes, undefined, d);
  for (const c of changes.counters) for (const [m, n] of Object.entries(c.deltas)) counts[m] = (counts[m] ?? 0) + n;
  return counts;
}
const deal = (stage: CountedDeal['stage'], amount: number, currency: string, origin: Partial<CountedLead> = {}): CountedDeal => ({ stage, amount, currency, ...leadOrigin(origin) });

describe('domain: the lead management report', () => {
  it('takes the median of a histogram, the mean of the two middle values when the count is even', () => {
    expect(histogramMedian(new Map())).to.equal(null);
    expect(histogramMedian(new Map([[4, 1]]))).to.equal(4);
    expect(histogramMedian(new Map([[1, 1], [3, 1]]))).to.equal(2);
    expect(histogramMedian(new Map([[10, 1], [0, 2], [7, 0]]))).to.equal(0); // 0, 0, 10
    expect(histogramMedian(new Map([[2, 3], [9, 3]]))).to.equal(5.5);
    expect(histogramMedian(new Map([[1, 1], [2, 1], [30, 2]]))).to.equal(16); // 1, 2, 30, 30
  });

  it('counts whole days to convert and weeks from Monday, in UTC', () => {
    expect(wholeDays('2026-03-01T23:00:00Z', '2026-03-02T22:59:59Z')).to.equal(0);
    expect(wholeDays('2026-03-01T23:00:00Z', '2026-03-04T23:00:00Z')).to.equal(3);
    expect(wholeDays('2026-03-02T00:00:00Z', '2026-03-01T00:00:00Z')).to.equal(0); // a clock behind: never negative
    expect(weekOf('2026-12-06')).to.equal('2026-11-30'); // a Sunday belongs to the week before
    expect(weekOf('2026-11-30')).to.equal('2026-11-30');
    expect(weekOf('2027-01-01')).to.equal('2026-12-28'); // across the year
  });

  it('reports by status, source and rating in the model order, with conversion rates and median days, months and weeks without gaps', () => {
    const leads = [
      // The expo X (900 USD) created the three event leads, the Paris mailing Y (100 EUR) the warm web one.
      lead('2026-10-05T09:00:00Z', { source: 'event', rating: 'hot', status: 'converted', convertedAt: '2026-10-07T10:00:00Z', sourceCampaignId: 'X' }), // 2 days
      lead('2026-10-06T09:00:00Z', { source: 'event', rating: 'hot', status: 'converted', convertedAt: '2026-10-16T08:00:00Z', sourceCampaignId: 'X' }), // 9 days
      lead('2026-10-20T09:00:00Z', { source: 'event', rating: 'cold', sourceCampaignId: 'X' }),
      lead('2026-12-01T09:00:00Z', { source: 'web', status: 'working' }),
      lead('2026-12-02T09:00:00Z', { source: 'web', rating: 'warm', status: 'converted', convertedAt: '2026-12-02T10:00:00Z', sourceCampaignId: 'Y' }), // 0 days
    ];
    // Their deals: two from the hot event leads (one won), a won one in euros from the warm web
    // lead, and a won one made straight from a contact who never was a lead.
    const deals = [
      deal('closed-won', 1000, 'USD', { source: 'event', rating: 'hot' }),
      deal('proposal', 4000, 'USD', { source: 'event', rating: 'hot' }),
      deal('closed-won', 250.5, 'EUR', { source: 'web', rating: 'warm' }),
      deal('closed-won', 500, 'USD'),
    ];
    // Z cost 500 and created no lead: nothing of it is shared.
    const campaigns = [{ id: 'X', currency: 'USD', actualCost: 900 }, { id: 'Y', currency: 'EUR', actualCost: 100 }, { id: 'Z', currency: 'USD', actualCost: 500 }];
    const report = leadReportFromCounter(counterOf(leads, deals), '2026-12-06T12:00:00Z', campaigns);
    expect(report.total).to.deep.equal({
      leads: 5,
      converted: 3,
      conversionRate: 0.6,
      medianDaysToConvert: 2,
      opportunities: 4,
      won: 3,
      wonAmount: { EUR: 250.5, USD: 1500 },
      cost: { EUR: 100, USD: 900 },
      costPerLead: { EUR: 20, USD: 180 },
      costPerOpportunity: { EUR: 25, USD: 225 },
      costPerWon: { EUR: 100 / 3, USD: 300 },
    });
    expect(report.byStatus).to.deep.equal([
      { status: 'open', leads: 1 },
      { status: 'working', leads: 1 },
      { status: 'converted', leads: 3 },
    ]);
    const none = { cost: {}, costPerLead: {}, costPerOpportunity: {}, costPerWon: {} };
    expect(report.bySource).to.deep.equal([
      { source: 'web', leads: 2, converted: 1, conversionRate: 0.5, medianDaysToConvert: 0, opportunities: 1, won: 1, wonAmount: { EUR: 250.5 }, cost: { EUR: 100 }, costPerLead: { EUR: 50 }, costPerOpportunity: { EUR: 100 }, costPerWon: { EUR: 100 } },
      { source: 'event', leads: 3, converted: 2, conversionRate: 2 / 3, medianDaysToConvert: 5.5, opportunities: 2, won: 1, wonAmount: { USD: 1000 }, cost: { USD: 900 }, costPerLead: { USD: 300 }, costPerOpportunity: { USD: 450 }, costPerWon: { USD: 900 } },
      // The direct deal: no lead, so a row of its own with no leads (and no cost).
      { source: null, leads: 0, converted: 0, conversionRate: null, medianDaysToConvert: null, opportunities: 1, won: 1, wonAmount: { USD: 500 }, ...none },
    ]);
    expect(report.byRating.map((r) => [r.rating, r.leads, r.converted, r.medianDaysToConvert, r.opportunities, r.wonAmount, r.cost, r.costPerLead, r.costPerWon])).to.deep.equal([
      ['hot', 2, 2, 5.5, 2, { USD: 1000 }, { USD: 600 }, { USD: 300 }, { USD: 600 }],
      ['warm', 1, 1, 0, 1, { EUR: 250.5 }, { EUR: 100 }, { EUR: 100 }, { EUR: 100 }],
      ['cold', 1, 0, null, 0, {}, { USD: 300 }, { USD: 300 }, {}], // no deal: no cost per won deal
      [null, 1, 0, null, 1, { USD: 500 }, {}, {}, {}],
    ]);
    // By the month they were created: October's conversions stay October's.
    expect(report.byMonth.map((m) => [m.month, m.leads, m.converted, m.conversionRate])).to.deep.equal([
      ['2026-10', 3, 2, 2 / 3],
      ['2026-11', 0, 0, null],
      ['2026-12', 2, 1, 0.5],
    ]);
    expect(report.byWeek.map((w) => `${w.week}:${w.leads}`)).to.deep.equal([
      '2026-10-05:2',
      '2026-10-12:0',
      '2026-10-19:1',
      '2026-10-26:0',
      '2026-11-02:0',
      '2026-11-09:0',
      '2026-11-16:0',
      '2026-11-23:0',
      '2026-11-30:2',
    ]);
  });

  it('is empty for a workspace without leads', () => {
    expect(leadReportFromCounter(undefined, '2026-12-06T12:00:00Z')).to.deep.equal({
      total: { leads: 0, converted: 0, conversionRate: null, medianDaysToConvert: null, opportunities: 0, won: 0, wonAmount: {}, cost: {}, costPerLead: {}, costPerOpportunity: {}, costPerWon: {} },
      byStatus: [],
      bySource: [],
      byRating: [],
      byMonth: [],
      byWeek: [],
    });
  });

  it('keeps the counter in step with every lead the change builder stages: created, changed twice in one change set, converted', () => {
    const b = new ChangeBuilder('2026-12-01T09:00:00.000Z');
    const created = b.create('leads', 'L1', { source: 'web', status: 'open', lastName: 'One' }) as unknown as Lead;
    b.update('leads', created, { rating: 'cold' });
    b.update('leads', created, { rating: 'hot', status: 'working' }); // the same staged write again
    const other = { id: 'L2', version: 3, source: 'import', status: 'open', createdAt: '2026-11-02T08:00:00.000Z', updatedAt: '2026-11-02T08:00:00.000Z' } as unknown as Lead;
    b.update('leads', other, { status: 'converted', convertedAt: '2026-12-01T09:00:00.000Z' });
    b.create('accounts', 'A1', { name: 'Not a lead' });
    // A deal from that lead, then won with a new amount in the same change set: counted once, as it ends.
    const opp = b.create('opportunities', 'O1', { name: 'Deal', accountId: 'A1', currency: 'USD', stage: 'proposal', amount: 100, closeDate: '2027-01-31', ...leadOrigin(other) });
    b.update('opportunities', opp as never, { stage: 'closed-won', amount: 120.25 } as never);
    expect(b.changes.counters).to.deep.equal([
      {
        key: LEAD_REPORT_KEY,
        deltas: {
          'n|web|working|hot': 1,
          'created|2026-12-01|web': 1,
          'n|import|open|-': -1,
          'n|import|converted|-': 1,
          'converted|2026-11|import|-|29': 1,
          'deal|import|-|USD|n': 1,
          'deal|import|-|USD|won': 1,
          'deal|import|-|USD|wonCents': 12025,
        },
      },
    ]);
  });
});
