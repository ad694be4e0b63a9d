import { ratio, type CampaignFigures } from './metrics.js';

/** The steps of a campaign's funnel, in order. */
export const FUNNEL_STEPS = ['members', 'responded', 'leads', 'converted', 'opportunities', 'won'] as const;
export type FunnelStepKey = (typeof FUNNEL_STEPS)[number];

export interface FunnelStep {
  key: FunnelStepKey;
  count: number;
  /**
   * count ÷ the step before: the share that came through. Null for the first step, when the step
   * before is 0, and when this step is larger than the one before (`grows`): its people did not
   * all come through that step (leads imported without responding, deals on contacts), so a
   * share would be a false one.
   */
  rate: number | null;
  /** More than the step before (see `rate`). */
  grows: boolean;
  /** The step with the lowest rate: where the funnel loses most (at most one step). */
  weakest: boolean;
}

/**
 * The funnel of a campaign (or a subtree's totals): members → responded → leads → converted →
 * opportunities → won, read from the maintained aggregates (`campaignFigures`), never from
 * members. Each step's rate is against the step before; the step with the lowest rate, the
 * earlier one on a tie, is where it loses most.
 */
export function campaignFunnel(f: CampaignFigures): FunnelStep[] {
  return funnelOf([
    ['members', f.members],
    ['responded', f.responses],
    ['leads', f.leads],
    ['converted', f.convertedLeads],
    ['opportunities', f.opportunities],
    ['won', f.wonOpportunities],
  ]);
}

/**
 * The workspace's funnel whatever the origin (a form, an import, an event, a call; or one lead
 * source of them): leads → converted → opportunities → won, from the lead report's figures.
 * Deals made from a contact who never was a lead count among the opportunities of the whole
 * workspace, so that step may grow.
 */
export function leadFunnel(g: { leads: number; converted: number; opportunities: number; won: number }): FunnelStep[] {
  return funnelOf([
    ['leads', g.leads],
    ['converted', g.converted],
    ['opportunities', g.opportunities],
    ['won', g.won],
  ]);
}

/** Steps in order with their counts: each one's rate against the one before, and the weakest. */
function funnelOf(counts: [FunnelStepKey, number][]): FunnelStep[] {
  const steps = counts.map(([key, count], i): FunnelStep => {
    const before = i === 0 ? undefined : counts[i - 1][1];
    const grows = before !== undefined && count > before;
    return { key, count, rate: before === undefined || grows ? null : ratio(count, before), grows, weakest: false };
  });
  let weakest: FunnelStep | undefined;
  for (const s of steps) if (s.rate !== null && (!weakest || s.rate < weakest.rate!)) weakest = s;
  if (weakest && weakest.rate! < 1) weakest.weakest = true;
  return steps;
}
