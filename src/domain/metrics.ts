import type { Campaign } from '../model/campaign.js';
import type { Opportunity } from '../model/opportunity.js';
import type { MemberCounts } from './members.js';

/** Opportunity totals of a campaign: only opportunities whose primary campaign source it is. */
export interface OpportunityTotals {
  count: number;
  won: number;
  /** Sum of all their amounts. */
  amount: number;
  /** Sum of the amounts of won ones. */
  wonAmount: number;
}

/** What an adapter returns for a campaign's results: aggregates, never member lists. */
export interface CampaignResultsData {
  campaign: Campaign;
  counts: MemberCounts;
  /** Members by the UTC day they first responded (`YYYY-MM-DD` → count), oldest first: the trend since launch. */
  responsesByDay: Record<string, number>;
  opportunities: OpportunityTotals;
}

/** A campaign's results. Ratios are `null` where the divisor is zero ("n/a"), never Infinity. */
export interface CampaignFigures {
  campaignIds: string[];
  members: number;
  byStatus: Record<string, number>;
  /** Leads on the campaign, converted ones included. */
  leads: number;
  convertedLeads: number;
  contacts: number;
  responses: number;
  /** responses / members */
  responseRate: number | null;
  opportunities: number;
  wonOpportunities: number;
  /**
   * The campaigns' currencies (sorted). Amounts in two currencies are never added: with more
   * than one, every money figure below is null and `byCurrency` gives the sums of each.
   */
  currencies: string[];
  /** Sums per currency, when the campaigns use more than one. */
  byCurrency?: { currency: string; pipelineAmount: number; wonAmount: number; budgetedCost: number; actualCost: number }[];
  pipelineAmount: number | null;
  wonAmount: number | null;
  budgetedCost: number | null;
  actualCost: number | null;
  /** Sum of the campaigns' expected revenue, or null when none has one. */
  expectedRevenue: number | null;
  /** Expected response in percent (as entered on the campaign), or null if not set. */
  expectedResponse: number | null;
  costPerLead: number | null;
  costPerResponse: number | null;
  costPerOpportunity: number | null;
  /** Actual cost ÷ won opportunities. */
  costPerWon: number | null;
  /** (won amount - actual cost) / actual cost */
  roi: number | null;
}

export const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

/** Sums opportunity amounts and counts the won ones (stage closed-won). */
export function opportunityTotals(opportunities: Pick<Opportunity, 'amount' | 'stage'>[]): OpportunityTotals {
  const totals: OpportunityTotals = { count: 0, won: 0, amount: 0, wonAmount: 0 };
  for (const o of opportunities) {
    totals.count++;
    totals.amount += o.amount ?? 0;
    if (o.stage === 'closed-won') {
      totals.won++;
      totals.wonAmount += o.amount ?? 0;
    }
  }
  return totals;
}

/** The amount still open: deals neither closed won nor closed lost. */
export function openAmount(opportunities: Pick<Opportunity, 'amount' | 'stage'>[]): number {
  return opportunities.reduce((n, o) => (o.stage === 'closed-won' || o.stage === 'closed-lost' ? n : n + (o.amount ?? 0)), 0);
}

/** Results of one or more campaigns taken together (a campaign, or a campaign and its subtree). */
export function campaignFigures(data: CampaignResultsData[]): CampaignFigures {
  const f: CampaignFigures = {
    campaignIds: data.map((d) => d.campaign.id),
    members: 0,
    byStatus: {},
    leads: 0,
    convertedLeads: 0,
    contacts: 0,
    responses: 0,
    responseRate: null,
    opportunities: 0,
    wonOpportunities: 0,
    currencies: [],
    pipelineAmount: null,
    wonAmount: null,
    budgetedCost: null,
    actualCost: null,
    expectedRevenue: data.some((d) => d.campaign.expectedRevenue !== undefined) ? 0 : null,
    expectedResponse: data.length === 1 ? (data[0].campaign.expectedResponse ?? null) : null,
    costPerLead: null,
    costPerResponse: null,
    costPerOpportunity: null,
    costPerWon: null,
    roi: null,
  };
  const sums = new Map<string, { currency: string; pipelineAmount: number; wonAmount: number; budgetedCost: number; actualCost: number; expectedRevenue: number }>();
  for (const { campaign, counts, opportunities } of data) {
    const currency = campaign.currency ?? 'USD';
    const m = sums.get(currency) ?? sums.set(currency, { currency, pipelineAmount: 0, wonAmount: 0, budgetedCost: 0, actualCost: 0, expectedRevenue: 0 }).get(currency)!;
    m.pipelineAmount += opportunities.amount;
    m.wonAmount += opportunities.wonAmount;
    m.budgetedCost += campaign.budgetedCost ?? 0;
    m.actualCost += campaign.actualCost ?? 0;
    m.expectedRevenue += campaign.expectedRevenue ?? 0;
    f.members += counts.total;
    for (const [s, n] of Object.entries(counts.byStatus)) f.byStatus[s] = (f.byStatus[s] ?? 0) + n;
    f.leads += counts.leads + counts.convertedLeads;
    f.convertedLeads += counts.convertedLeads;
    f.contacts += counts.contacts;
    f.responses += counts.responded;
    f.opportunities += opportunities.count;
    f.wonOpportunities += opportunities.won;
  }
  f.responseRate = ratio(f.responses, f.members);
  f.currencies = [...sums.keys()].sort();
  if (sums.size > 1) {
    // Several currencies: each one's sums, and no total or ratio that would add them up.
    f.byCurrency = f.currencies.map((c) => {
      const { currency, pipelineAmount, wonAmount, budgetedCost, actualCost } = sums.get(c)!;
      return { currency, pipelineAmount, wonAmount, budgetedCost, actualCost };
    });
    f.expectedRevenue = null;
    return f;
  }
  const only = [...sums.values()][0] ?? { pipelineAmount: 0, wonAmount: 0, budgetedCost: 0, actualCost: 0, expectedRevenue: 0 };
  Object.assign(f, { pipelineAmount: only.pipelineAmount, wonAmount: only.wonAmount, budgetedCost: only.budgetedCost, actualCost: only.actualCost });
  if (f.expectedRevenue !== null) f.expectedRevenue = only.expectedRevenue;
  const cost = only.actualCost;
  f.costPerLead = ratio(cost, f.leads);
  f.costPerResponse = ratio(cost, f.responses);
  f.costPerOpportunity = ratio(cost, f.opportunities);
  f.costPerWon = ratio(cost, f.wonOpportunities);
  f.roi = cost === 0 ? null : (only.wonAmount - cost) / cost;
  return f;
}

/** Ids of a campaign and every campaign below it (cycles are ignored). */
export function subtreeIds(campaigns: Pick<Campaign, 'id' | 'parentId'>[], rootId: string): string[] {
  const children = new Map<string, string[]>();
  for (const c of campaigns) if (c.parentId) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c.id]);
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    out.push(id);
    (children.get(id) ?? []).forEach(walk);
  };
  walk(rootId);
  return out;
}

/** Periods a response trend shows at most (the rest of a longer campaign is left out). */
export const TREND_PERIODS = 60;

/**
 * Responses by age — days (or weeks, past 31 days) since each campaign's launch (its start date,
 * else its first response) — for one campaign or several overlaid at the same age: `values[i][p]`
 * is campaign i's responses in period p. A response dated before the launch counts in the first
 * period.
 */
export function responseTrend(series: readonly { byDay: Record<string, number>; start?: string }[]): { unit: 'day' | 'week'; values: number[][] } {
  const DAY = 86_400_000;
  const ages = series.map((s) => {
    const days = Object.keys(s.byDay).sort();
    const start = Date.parse(s.start ?? days[0] ?? '');
    return days.map((d) => [Number.isNaN(start) ? 0 : Math.max(0, Math.round((Date.parse(d) - start) / DAY)), s.byDay[d]] as const);
  });
  const span = Math.max(0, ...ages.flat().map(([age]) => age + 1));
  const unit = span > 31 ? 'week' : 'day';
  const size = unit === 'week' ? 7 : 1;
  const periods = Math.min(TREND_PERIODS, Math.ceil(span / size));
  return {
    unit,
    values: ages.map((a) => {
      const v = Array.from({ length: periods }, () => 0);
      for (const [age, n] of a) if (Math.floor(age / size) < periods) v[Math.floor(age / size)] += n;
      return v;
    }),
  };
}
