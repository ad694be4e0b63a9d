/**
 * Multi-touch campaign influence: a deal's amount shared among the campaigns its person had
 * responded to before the deal was created, by a chosen model. Pure rules, written once: the
 * adapters snapshot the touches when they create an opportunity (`touchesBefore`) and the
 * influence report shares each amount (`shareAmount`) and adds the shares up per campaign.
 */
import type { CampaignMember } from '../model/member.js';
import { addCounterDeltas, type ChangeSet } from './change-set.js';
import type { InfluenceModel, InfluenceWeights, Touch } from '../model/opportunity.js';

/** Touches kept on an opportunity at most (the first, the lead's creation and the latest ones). */
export const MAX_TOUCHES = 50;

/** Half-life of the time-decay model unless a team sets one. */
export const DEFAULT_HALF_LIFE_DAYS = 7;

/** The models, in the order a report shows them. */
export const INFLUENCE_MODELS: readonly InfluenceModel[] = [
  'primary',
  'first-touch',
  'last-touch',
  'even',
  'position',
  'u-shaped',
  'w-shaped',
  'time-decay',
  'j-shaped',
  'inverse-j',
  'custom',
];

/**
 * The position-based models as weights of four positions: the first touch, the touch that
 * created the lead, the last touch before the deal, and every other touch ("middle", shared
 * evenly). A touch holding two positions gets both shares; a position no touch holds (no lead
 * creation among the touches, no middle with two touches) gives its share to the others in
 * proportion (renormalized).
 */
export const POSITION_WEIGHTS: Record<Exclude<InfluenceModel, 'primary' | 'even' | 'time-decay' | 'custom'>, InfluenceWeights> = {
  'first-touch': { first: 100, leadCreation: 0, last: 0, middle: 0 },
  'last-touch': { first: 0, leadCreation: 0, last: 100, middle: 0 },
  position: { first: 40, leadCreation: 0, last: 40, middle: 20 },
  'u-shaped': { first: 40, leadCreation: 40, last: 0, middle: 20 },
  'w-shaped': { first: 30, leadCreation: 30, last: 30, middle: 10 },
  'j-shaped': { first: 20, leadCreation: 0, last: 60, middle: 20 },
  'inverse-j': { first: 60, leadCreation: 0, last: 20, middle: 20 },
};

/** Options of the models a team tunes. */
export interface InfluenceOptions {
  /** Time decay: a touch this many days before the deal counts half as much as one on its day. */
  halfLifeDays?: number;
  /** Custom model: the team's own position weights. */
  weights?: InfluenceWeights;
}

/**
 * The touches of a deal created at `createdAt`: the person's memberships that had responded
 * by then (the same instant included: the response the deal was made of), oldest first (ties by campaign id), each campaign once. The membership created
 * with the lead (same instant as `leadCreatedAt`) is the lead's creation touch. Past
 * `MAX_TOUCHES`, the first, the lead's creation and the latest ones are kept.
 */
export function touchesBefore(memberships: readonly CampaignMember[], createdAt: string, leadCreatedAt?: string): Touch[] {
  const seen = new Set<string>();
  const touches: Touch[] = [];
  const responded = memberships
    .filter((m) => m.firstRespondedAt !== undefined && Date.parse(m.firstRespondedAt) <= Date.parse(createdAt))
    .sort((a, b) => Date.parse(a.firstRespondedAt!) - Date.parse(b.firstRespondedAt!) || (a.campaignId < b.campaignId ? -1 : a.campaignId > b.campaignId ? 1 : 0));
  for (const m of responded) {
    if (seen.has(m.campaignId)) continue;
    seen.add(m.campaignId);
    const leadCreation = leadCreatedAt !== undefined && Date.parse(m.createdAt) === Date.parse(leadCreatedAt);
    touches.push({ campaignId: m.campaignId, at: m.firstRespondedAt!, ...(leadCreation ? { leadCreation: true } : {}) });
  }
  if (touches.length <= MAX_TOUCHES) return touches;
  const lead = touches.findIndex((t) => t.leadCreation);
  const keep = new Set([0, ...(lead > 0 ? [lead] : []), ...touches.map((_, i) => i).slice(-(MAX_TOUCHES - (lead > 0 ? 2 : 1)))]);
  return touches.filter((_, i) => keep.has(i));
}

/**
 * Each touch's weight under `model` (fractions summing to 1; empty without touches). Time decay
 * needs the deal's creation instant.
 */
export function touchWeights(touches: readonly Touch[], model: Exclude<InfluenceModel, 'primary'>, createdAt: string, options: InfluenceOptions = {}): number[] {
  const n = touches.length;
  if (!n) return [];
  if (model === 'even') return touches.map(() => 1 / n);
  if (model === 'time-decay') {
    const halfLife = (options.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS) * 86_400_000;
    const end = Date.parse(createdAt);
    const raw = touches.map((t) => 2 ** (-Math.max(0, end - Date.parse(t.at)) / halfLife));
    return normalize(raw) ?? touches.map(() => 1 / n);
  }
  const w = model === 'custom' ? (options.weights ?? POSITION_WEIGHTS.position) : POSITION_WEIGHTS[model];
  const lead = touches.findIndex((t) => t.leadCreation);
  const named = (i: number) => (i === 0 && w.first > 0) || (i === n - 1 && w.last > 0) || (i === lead && w.leadCreation > 0);
  const middle = touches.map((_, i) => i).filter((i) => !named(i));
  const raw = touches.map((_, i) => {
    let x = 0;
    if (i === 0) x += w.first;
    if (i === n - 1) x += w.last;
    if (i === lead) x += w.leadCreation;
    if (!named(i)) x += w.middle / middle.length;
    return x;
  });
  return normalize(raw) ?? touches.map(() => 1 / n);
}

function normalize(raw: number[]): number[] | undefined {
  const total = raw.reduce((a, b) => a + b, 0);
  return total > 0 && Number.isFinite(total) ? raw.map((x) => x / total) : undefined;
}

/**
 * `amount` shared by `weights`, to the cent, summing exactly to the amount: each share rounded
 * down, the cents left over going to the largest remainders (the later touch on a tie).
 */
export function splitAmount(amount: number, weights: readonly number[]): number[] {
  if (!weights.length) return [];
  const cents = Math.round(amount * 100);
  const exact = weights.map((w) => w * cents);
  const floors = exact.map((x) => Math.floor(x + 1e-9));
  let left = cents - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - floors[i] })).sort((a, b) => (Math.abs(b.r - a.r) < 1e-9 ? b.i - a.i : b.r - a.r));
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]++;
    left--;
  }
  return floors.map((c) => c / 100);
}

/** An opportunity as the influence report reads it. */
export interface InfluencedDeal {
  amount?: number;
  currency: string;
  stage: string;
  createdAt: string;
  primaryCampaignId?: string;
  touches?: Touch[];
}

/**
 * A deal's amount per campaign under `model`: `primary` credits the primary campaign source
 * alone; the others share it among the touches the model weighs. A deal without touches (or
 * without a primary campaign, for `primary`) credits nothing.
 */
export function shareAmount(deal: InfluencedDeal, model: InfluenceModel, options: InfluenceOptions = {}): Map<string, number> {
  const out = new Map<string, number>();
  const amount = deal.amount ?? 0;
  if (model === 'primary') {
    if (deal.primaryCampaignId) out.set(deal.primaryCampaignId, amount);
    return out;
  }
  const touches = deal.touches ?? [];
  const weights = touchWeights(touches, model, deal.createdAt, options);
  const shares = splitAmount(amount, weights);
  // A touch the model gives no weight (first touch's others) is not credited at all.
  touches.forEach((t, i) => weights[i] > 0 && out.set(t.campaignId, cents((out.get(t.campaignId) ?? 0) + shares[i])));
  return out;
}

/** Influence of one campaign in one currency under one model. */
export interface InfluenceFigures {
  /** Deals the campaign was credited a share of. */
  opportunities: number;
  /** Its shares of every deal. */
  amount: number;
  /** Its shares of the won deals. */
  wonAmount: number;
}

/**
 * Adds up the shares per currency, campaign and model. Amounts in different currencies are never
 * added together; each currency's totals (the deals with at least one touch, or a primary
 * campaign for `primary`) equal the sum of its campaigns' shares under every model.
 */
export function influenceTotals(
  deals: readonly InfluencedDeal[],
  models: readonly InfluenceModel[],
  options: InfluenceOptions = {},
): Map<string, { totals: Map<InfluenceModel, InfluenceFigures>; campaigns: Map<string, Map<InfluenceModel, InfluenceFigures>> }> {
  const out = new Map<string, { totals: Map<InfluenceModel, InfluenceFigures>; campaigns: Map<string, Map<InfluenceModel, InfluenceFigures>> }>();
  const add = (m: Map<InfluenceModel, InfluenceFigures>, model: InfluenceModel, amount: number, won: boolean) => {
    const f = m.get(model) ?? m.set(model, { opportunities: 0, amount: 0, wonAmount: 0 }).get(model)!;
    f.opportunities++;
    f.amount = cents(f.amount + amount);
    if (won) f.wonAmount = cents(f.wonAmount + amount);
  };
  for (const deal of deals) {
    const won = deal.stage === 'closed-won';
    for (const model of models) {
      const shares = shareAmount(deal, model, options);
      if (!shares.size) continue;
      const cur = out.get(deal.currency) ?? out.set(deal.currency, { totals: new Map(), campaigns: new Map() }).get(deal.currency)!;
      add(cur.totals, model, deal.amount ?? 0, won);
      for (const [campaignId, amount] of shares) {
        add(cur.campaigns.get(campaignId) ?? cur.campaigns.set(campaignId, new Map()).get(campaignId)!, model, amount, won);
      }
    }
  }
  return out;
}

const cents = (x: number) => Math.round(x * 100) / 100;

/** What the influence report is asked (model/results `influenceReportInputSchema`). */
export interface InfluenceReportInput {
  halfLifeDays?: number;
  weights?: InfluenceWeights;
}

/** The influence report (model/results `influenceReportSchema`). */
export interface InfluenceReport {
  models: InfluenceModel[];
  halfLifeDays: number;
  weights: InfluenceWeights;
  currencies: {
    currency: string;
    totals: Record<string, InfluenceFigures>;
    campaigns: { campaignId: string; name: string; figures: Record<string, InfluenceFigures> }[];
  }[];
}

/**
 * The influence report of `deals` under every model: per currency (by code), each campaign's
 * shares (campaigns by name; `names` gives them, an unknown one keeps its id).
 */
export function influenceReport(deals: readonly InfluencedDeal[], names: ReadonlyMap<string, string>, input: InfluenceReportInput = {}): InfluenceReport {
  const options = { halfLifeDays: input.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS, weights: input.weights ?? POSITION_WEIGHTS.position };
  const totals = influenceTotals(deals, INFLUENCE_MODELS, options);
  const record = (m: Map<InfluenceModel, InfluenceFigures>) => Object.fromEntries(INFLUENCE_MODELS.filter((k) => m.has(k)).map((k) => [k, m.get(k)!]));
  return {
    models: [...INFLUENCE_MODELS],
    ...options,
    currencies: [...totals]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([currency, t]) => ({
        currency,
        totals: record(t.totals),
        campaigns: [...t.campaigns]
          .map(([campaignId, m]) => ({ campaignId, name: names.get(campaignId) ?? campaignId, figures: record(m) }))
          .sort((a, b) => a.name.localeCompare(b.name) || (a.campaignId < b.campaignId ? -1 : 1)),
      })),
  };
}

/** The counter key of a campaign's influence aggregates (kept with every opportunity write). */
export function influenceCountsKey(campaignId: string): string {
  return `influence:${campaignId}`;
}

/** Prefix of every influence counter field: `influence|<model>|<currency>|n|amount|won` (amounts in cents). */
export const INFLUENCE_METRIC = 'influence|';

/**
 * What one deal adds to its campaigns' influence counters under every model (custom at its
 * default weights, time decay at its default half-life): per campaign, `influence|model|currency|n`
 * (1), `…|amount` and `…|won` (its share in cents).
 */
export function influenceContributions(deal: InfluencedDeal | undefined): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  if (!deal) return out;
  const won = deal.stage === 'closed-won';
  for (const model of INFLUENCE_MODELS) {
    for (const [campaignId, share] of shareAmount(deal, model)) {
      const c = out.get(campaignId) ?? out.set(campaignId, {}).get(campaignId)!;
      const base = `${INFLUENCE_METRIC}${model}|${deal.currency}|`;
      const cents = Math.round(share * 100);
      c[`${base}n`] = 1;
      c[`${base}amount`] = cents;
      if (won) c[`${base}won`] = cents;
    }
  }
  return out;
}

/**
 * Adds to `changes` the influence counter deltas of a deal going from `before` to `after`
 * (created: no before; amount, stage or primary campaign changed: both), in the same commit.
 */
export function countInfluenceChange(changes: ChangeSet, before: InfluencedDeal | undefined, after: InfluencedDeal | undefined): void {
  const minus = influenceContributions(before);
  const plus = influenceContributions(after);
  for (const id of new Set([...minus.keys(), ...plus.keys()])) {
    const deltas: Record<string, number> = { ...plus.get(id) };
    for (const [k, n] of Object.entries(minus.get(id) ?? {})) deltas[k] = (deltas[k] ?? 0) - n;
    addCounterDeltas(changes, influenceCountsKey(id), deltas);
  }
}

/**
 * The influence report from the campaigns' maintained counters (`counters[i]` is campaign i's),
 * without reading a deal. A custom model with other weights, or time decay with another
 * half-life, is computed from `deals()` for that model alone (read only then).
 */
export async function influenceReportFromCounters(
  campaigns: readonly { id: string; name: string }[],
  counters: readonly (Record<string, number> | undefined)[],
  input: InfluenceReportInput,
  deals: () => Promise<readonly InfluencedDeal[]>,
): Promise<InfluenceReport> {
  const options = { halfLifeDays: input.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS, weights: input.weights ?? POSITION_WEIGHTS.position };
  type Acc = { n: number; amount: number; won: number };
  const byCurrency = new Map<string, Map<string, Map<InfluenceModel, Acc>>>();
  campaigns.forEach((campaign, i) => {
    for (const [metric, value] of Object.entries(counters[i] ?? {})) {
      if (!value || !metric.startsWith(INFLUENCE_METRIC)) continue;
      const [model, currency, field] = metric.slice(INFLUENCE_METRIC.length).split('|') as [InfluenceModel, string, 'n' | 'amount' | 'won'];
      const cur = byCurrency.get(currency) ?? byCurrency.set(currency, new Map()).get(currency)!;
      const models = cur.get(campaign.id) ?? cur.set(campaign.id, new Map()).get(campaign.id)!;
      const acc = models.get(model) ?? models.set(model, { n: 0, amount: 0, won: 0 }).get(model)!;
      acc[field] += value;
    }
  });
  const recompute: InfluenceModel[] = [];
  if (input.weights && !sameWeights(input.weights, POSITION_WEIGHTS.position)) recompute.push('custom');
  if (input.halfLifeDays !== undefined && input.halfLifeDays !== DEFAULT_HALF_LIFE_DAYS) recompute.push('time-decay');
  if (recompute.length) {
    for (const cur of byCurrency.values()) for (const models of cur.values()) recompute.forEach((m) => models.delete(m));
    for (const [currency, t] of influenceTotals(await deals(), recompute, options)) {
      const cur = byCurrency.get(currency) ?? byCurrency.set(currency, new Map()).get(currency)!;
      for (const [campaignId, models] of t.campaigns) {
        const mine = cur.get(campaignId) ?? cur.set(campaignId, new Map()).get(campaignId)!;
        for (const [m, f] of models) mine.set(m, { n: f.opportunities, amount: Math.round(f.amount * 100), won: Math.round(f.wonAmount * 100) });
      }
    }
  }
  const names = new Map(campaigns.map((c) => [c.id, c.name]));
  const figures = (a: Acc): InfluenceFigures => ({ opportunities: a.n, amount: a.amount / 100, wonAmount: a.won / 100 });
  return {
    models: [...INFLUENCE_MODELS],
    ...options,
    currencies: [...byCurrency]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([currency, cur]) => {
        // Totals: every campaign's shares added up (they reconcile to the cent); the deals counted
        // once each, through the one campaign every model credits first (primary, first touch).
        const totals: Record<string, InfluenceFigures> = {};
        for (const model of INFLUENCE_MODELS) {
          const sum: Acc = { n: 0, amount: 0, won: 0 };
          let any = false;
          for (const models of cur.values()) {
            sum.n += models.get(model === 'primary' ? 'primary' : 'first-touch')?.n ?? 0;
            const a = models.get(model);
            if (!a || !a.n) continue;
            any = true;
            sum.amount += a.amount;
            sum.won += a.won;
          }
          if (any) totals[model] = figures(sum);
        }
        const rows = [...cur]
          .map(([campaignId, models]) => ({
            campaignId,
            name: names.get(campaignId) ?? campaignId,
            figures: Object.fromEntries(INFLUENCE_MODELS.filter((m) => models.get(m)?.n).map((m) => [m, figures(models.get(m)!)])),
          }))
          .filter((r) => Object.keys(r.figures).length)
          .sort((a, b) => a.name.localeCompare(b.name) || (a.campaignId < b.campaignId ? -1 : 1));
        return { currency, totals, campaigns: rows };
      })
      .filter((c) => c.campaigns.length),
  };
}

function sameWeights(a: InfluenceWeights, b: InfluenceWeights): boolean {
  return a.first === b.first && a.leadCreation === b.leadCreation && a.last === b.last && a.middle === b.middle;
}
