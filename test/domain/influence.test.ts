import { expect } from '@open-wc/testing';
import { countInfluenceChange, influenceCountsKey, influenceReport, influenceReportFromCounters, influenceTotals, shareAmount, splitAmount, touchesBefore, touchWeights, type InfluencedDeal } from '../../src/domain/influence.js';
import { emptyChangeSet } from '../../src/domain/change-set.js';
import type { CampaignMember } from '../../src/model/member.js';
import type { InfluenceModel, Touch } from '../../src/model/opportunity.js';

const day = (n: number) => new Date(Date.UTC(2026, 0, n)).toISOString();

/** A responded membership of campaign `campaignId`, first responded on day `responded`. */
function member(campaignId: string, responded: number | undefined, created = 1): CampaignMember {
  return {
    id: `m-${campaignId}`,
    version: 1,
    campaignId,
    leadId: 'L1',
    status: responded === undefined ? 'Sent' : 'Responded',
    responded: responded !== undefined,
    ...(responded !== undefined ? { firstRespondedAt: day(responded) } : {}),
    person: { email: 'p@example.com' },
    createdAt: day(created),
    updatedAt: day(created),
  } as CampaignMember;
}

const deal = (amount: number, touches: Touch[], extra: Partial<InfluencedDeal> = {}): InfluencedDeal => ({ amount, currency: 'USD', stage: 'prospecting', createdAt: day(10), touches, ...extra });
const shares = (d: InfluencedDeal, model: InfluenceModel, options = {}) => Object.fromEntries(shareAmount(d, model, options));
const t = (campaignId: string, n: number, leadCreation = false): Touch => ({ campaignId, at: day(n), ...(leadCreation ? { leadCreation: true } : {}) });

describe('domain: multi-touch influence', () => {
  // The worked example: a deal of 10,000 whose person responded to A, then B, then C before it
  // was created (day 10), and to D after.
  const touches = touchesBefore([member('D', 12), member('B', 3), member('A', 2), member('C', 5)], day(10));
  const abc = deal(10_000, touches);

  it('takes the responses up to the deal, oldest first; one after it, or none at all, is not a touch', () => {
    expect(touches.map((x) => x.campaignId)).to.deep.equal(['A', 'B', 'C']);
    expect(touchesBefore([member('A', undefined), member('B', 11)], day(10))).to.deep.equal([]); // never responded; responded after
    expect(touchesBefore([member('B', 10)], day(10))).to.deep.equal([t('B', 10)]); // the response the deal was made of, same instant
  });

  it('marks the response that created the lead: its membership was created with the lead', () => {
    const found = touchesBefore([member('A', 2, 1), member('B', 3, 3)], day(10), day(3));
    expect(found).to.deep.equal([t('A', 2), t('B', 3, true)]);
  });

  it('first touch, last touch, even and position-based on the worked example', () => {
    expect(shares(abc, 'first-touch')).to.deep.equal({ A: 10_000 });
    expect(shares(abc, 'last-touch')).to.deep.equal({ C: 10_000 });
    expect(shares(abc, 'even')).to.deep.equal({ A: 3_333.33, B: 3_333.33, C: 3_333.34 });
    expect(shares(abc, 'position')).to.deep.equal({ A: 4_000, B: 2_000, C: 4_000 });
  });

  it('position-based with two touches is 50/50, with one touch all of it', () => {
    expect(shares(deal(900, [t('A', 1), t('B', 2)]), 'position')).to.deep.equal({ A: 450, B: 450 });
    expect(shares(deal(900, [t('A', 1)]), 'position')).to.deep.equal({ A: 900 });
  });

  it('U-shaped: 40 % first, 40 % the lead creation, 20 % the rest', () => {
    // A, B (created the lead), C, D: 4,000 / 4,000 / 1,000 / 1,000.
    expect(shares(deal(10_000, [t('A', 1), t('B', 2, true), t('C', 3), t('D', 4)]), 'u-shaped')).to.deep.equal({ A: 4_000, B: 4_000, C: 1_000, D: 1_000 });
    // The first touch created the lead: it holds both positions (80 %), B and C share 20 %.
    expect(shares(deal(10_000, [t('A', 1, true), t('B', 2), t('C', 3)]), 'u-shaped')).to.deep.equal({ A: 8_000, B: 1_000, C: 1_000 });
  });

  it('W-shaped: 30 % first, lead creation and last; 10 % the rest; renormalized with fewer touches', () => {
    // A, B (lead), C, D, E: 30 / 30 / 5 / 5 / 30 % of 1,000.
    expect(shares(deal(1_000, [t('A', 1), t('B', 2, true), t('C', 3), t('D', 4), t('E', 5)]), 'w-shaped')).to.deep.equal({ A: 300, B: 300, C: 50, D: 50, E: 300 });
    // A (first and lead: 60) and B (last: 30), nobody between: 60/90 and 30/90 of 900.
    expect(shares(deal(900, [t('A', 1, true), t('B', 2)]), 'w-shaped')).to.deep.equal({ A: 600, B: 300 });
  });

  it('time decay: a touch one half-life further from the deal counts half', () => {
    // Deal on day 15; touches 14 and 7 days before it: weights 1/4 and 1/2, so 1/3 and 2/3 of 300.
    const d = deal(300, [t('A', 1), t('B', 8)], { createdAt: day(15) });
    expect(shares(d, 'time-decay')).to.deep.equal({ A: 100, B: 200 });
    // A team's half-life of 14 days: weights 1/2 and 1/√2.
    const w = touchWeights(d.touches!, 'time-decay', d.createdAt, { halfLifeDays: 14 });
    expect(w[1] / w[0]).to.be.closeTo(Math.SQRT2, 1e-9);
    expect(shares(d, 'time-decay', { halfLifeDays: 14 })).to.deep.equal({ A: 124.26, B: 175.74 });
  });

  it('J-shaped and inverse J: 20/60 and 60/20 with 20 % between', () => {
    expect(shares(abc, 'j-shaped')).to.deep.equal({ A: 2_000, B: 2_000, C: 6_000 });
    expect(shares(abc, 'inverse-j')).to.deep.equal({ A: 6_000, B: 2_000, C: 2_000 });
    expect(shares(deal(10_000, [t('A', 1), t('B', 2), t('C', 3), t('D', 4)]), 'j-shaped')).to.deep.equal({ A: 2_000, B: 1_000, C: 1_000, D: 6_000 });
  });

  it('custom weights a team defines, renormalized where a position is empty', () => {
    const weights = { first: 10, leadCreation: 0, last: 50, middle: 40 };
    expect(shares(abc, 'custom', { weights })).to.deep.equal({ A: 1_000, B: 4_000, C: 5_000 });
    // Two touches: nobody between, so 10/60 and 50/60 of 100.
    expect(shares(deal(100, [t('A', 1), t('B', 2)]), 'custom', { weights })).to.deep.equal({ A: 16.67, B: 83.33 });
  });

  it('primary campaign source: the whole amount to the primary campaign, touches or not', () => {
    expect(shares(deal(500, [], { primaryCampaignId: 'P' }), 'primary')).to.deep.equal({ P: 500 });
    expect(shares(deal(500, [t('A', 1)]), 'primary')).to.deep.equal({});
  });

  it('splits to the cent and always sums to the amount', () => {
    expect(splitAmount(100, [1 / 3, 1 / 3, 1 / 3])).to.deep.equal([33.33, 33.33, 33.34]);
    expect(splitAmount(0.01, [0.5, 0.5])).to.deep.equal([0, 0.01]);
    const many: Touch[] = Array.from({ length: 7 }, (_, i) => t(`C${i}`, i + 1, i === 2));
    for (const model of ['even', 'position', 'u-shaped', 'w-shaped', 'time-decay', 'j-shaped', 'inverse-j'] as const) {
      for (const amount of [0.01, 1, 99.99, 10_000, 123_456.78]) {
        const cents = [...shareAmount(deal(amount, many), model).values()].reduce((a, b) => a + Math.round(b * 100), 0);
        expect(cents, `${model} of ${amount}`).to.equal(Math.round(amount * 100));
      }
    }
  });

  it('adds up per currency and campaign, never across currencies, with totals that reconcile', () => {
    const deals = [
      deal(10_000, [t('A', 1), t('B', 2), t('C', 3)], { stage: 'closed-won', primaryCampaignId: 'C' }),
      deal(3_000, [t('A', 1)], { primaryCampaignId: 'A' }),
      deal(800, [t('A', 1), t('B', 2)], { currency: 'EUR', primaryCampaignId: 'B' }),
      deal(700, []), // no touch, no primary campaign: credits nothing
    ];
    const report = influenceTotals(deals, ['primary', 'even', 'position']);
    expect([...report.keys()].sort()).to.deep.equal(['EUR', 'USD']);
    const usd = report.get('USD')!;
    expect(usd.totals.get('even')).to.deep.equal({ opportunities: 2, amount: 13_000, wonAmount: 10_000 });
    expect(usd.campaigns.get('A')!.get('even')).to.deep.equal({ opportunities: 2, amount: 6_333.33, wonAmount: 3_333.33 });
    expect(usd.campaigns.get('A')!.get('primary')).to.deep.equal({ opportunities: 1, amount: 3_000, wonAmount: 0 });
    expect(report.get('EUR')!.campaigns.get('A')!.get('position')).to.deep.equal({ opportunities: 1, amount: 400, wonAmount: 0 });
    for (const [, cur] of report) {
      for (const [model, total] of cur.totals) {
        const sum = [...cur.campaigns.values()].reduce((a, m) => a + Math.round((m.get(model)?.amount ?? 0) * 100), 0);
        expect(sum, model).to.equal(Math.round(total.amount * 100));
      }
    }
  });

  it('the maintained counters give the same report as sharing every deal, through creates and updates, without reading a deal', async () => {
    const counters = new Map<string, Record<string, number>>();
    const apply = (before: InfluencedDeal | undefined, after: InfluencedDeal | undefined) => {
      const changes = emptyChangeSet();
      countInfluenceChange(changes, before, after);
      for (const c of changes.counters) {
        const rec = counters.get(c.key) ?? {};
        for (const [k, n] of Object.entries(c.deltas)) rec[k] = (rec[k] ?? 0) + n;
        counters.set(c.key, rec);
      }
    };
    const deals: InfluencedDeal[] = [
      deal(10_000, [t('A', 1, true), t('B', 2), t('C', 3)], { primaryCampaignId: 'C' }),
      deal(333.33, [t('B', 4), t('C', 6)], { primaryCampaignId: 'B', createdAt: day(9) }),
      deal(800, [t('A', 1), t('D', 5, true)], { currency: 'EUR', primaryCampaignId: 'D' }),
      deal(50, [], { primaryCampaignId: 'A' }),
    ];
    deals.forEach((d) => apply(undefined, d));
    // Won, then its amount changed; another moved to a new primary campaign.
    const won = { ...deals[0], stage: 'closed-won' };
    apply(deals[0], won);
    const bigger = { ...won, amount: 12_345.67 };
    apply(won, bigger);
    const moved = { ...deals[1], primaryCampaignId: 'C' };
    apply(deals[1], moved);
    const now = [bigger, moved, deals[2], deals[3]];
    const campaigns = ['A', 'B', 'C', 'D'].map((id) => ({ id, name: `Campaign ${id}` }));
    const read = () => campaigns.map((c) => counters.get(influenceCountsKey(c.id)));
    let dealsRead = 0;
    const fromDeals = async () => (dealsRead++, now);
    const expected = influenceReport(now, new Map(campaigns.map((c) => [c.id, c.name])));
    expect(await influenceReportFromCounters(campaigns, read(), {}, fromDeals)).to.deep.equal(expected);
    expect(dealsRead).to.equal(0);
    // Another custom weighting or half-life: those two models from the deals, the rest as kept.
    const input = { weights: { first: 10, leadCreation: 20, last: 30, middle: 40 }, halfLifeDays: 2 };
    expect(await influenceReportFromCounters(campaigns, read(), input, fromDeals)).to.deep.equal(influenceReport(now, new Map(campaigns.map((c) => [c.id, c.name])), input));
    expect(dealsRead).to.equal(1);
  });
});
