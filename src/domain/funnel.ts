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
  const counts: Record<FunnelStepKey, number> = {
    members: f.members,
    responded: f.responses,
    leads: f.leads,
    converted: f.convertedLeads,
    opportunities: f.opportunities,
    won: f.wonOpportunities,
  };
  const steps = FUNNEL_STEPS.map((key, i): FunnelStep => {
    const count = counts[key];
    const before = i === 0 ? undefined : counts[FUNNEL_STEPS[i - 1]];
    const grows = before !== undefined && count > before;
    return { key, count, rate: before === undefined || grows ? null : ratio(count, before), grows, weakest: false };
  });
  let weakest: FunnelStep | undefined;
  for (const s of steps) if (s.rate !== null && (!weakest || s.rate < weakest.rate!)) weakest = s;
  if (weakest && weakest.rate! < 1) weakest.weakest = true;
  return steps;
}
