/**
 * The local adapter's use cases, by subject (LocalAdapter composes them). A campaign's result
 * aggregates (never loads the members).
 */
import { influenceReport as report, type InfluenceReport, type InfluenceReportInput } from '../../domain/influence.js';
import { opportunityTotals, type CampaignResultsData } from '../../domain/metrics.js';
import type { Campaign } from '../../model/campaign.js';
import type { Opportunity } from '../../model/opportunity.js';
import { influenceReportInputSchema } from '../../model/results.js';
import type { CallOptions } from '../adapter.js';
import { throwIfAborted } from '../errors.js';
import { parseInput } from '../validate.js';
import type { LocalContext } from './context.js';
import { getCampaign } from './campaigns.js';
import { countMembers } from './members.js';

export async function campaignResults(ctx: LocalContext, campaignId: string, options?: CallOptions): Promise<CampaignResultsData> {
  const campaign = await getCampaign(ctx, campaignId, options);
  const [counts, opportunities] = await Promise.all([
    countMembers(ctx, campaign.id, options),
    ctx.store.getByIndex<Opportunity>('opportunities', 'primaryCampaignId', campaign.id),
  ]);
  return { campaign, counts, opportunities: opportunityTotals(opportunities) };
}

/**
 * Multi-touch influence of the workspace under every model: the deals (each with the touches
 * snapshotted when it was created) shared among their campaigns by domain/influence.
 */
export async function influenceReport(ctx: LocalContext, input: InfluenceReportInput = {}, options?: CallOptions): Promise<InfluenceReport> {
  const parsed = parseInput(influenceReportInputSchema, input ?? {});
  throwIfAborted(options?.signal);
  const deals = await ctx.store.getAll<Opportunity>('opportunities');
  const ids = [...new Set(deals.flatMap((d) => [...(d.touches ?? []).map((t) => t.campaignId), ...(d.primaryCampaignId ? [d.primaryCampaignId] : [])]))];
  const campaigns = await ctx.store.getMany<Campaign>('campaigns', ids);
  throwIfAborted(options?.signal);
  return report(deals, new Map(campaigns.filter((c): c is Campaign => !!c).map((c) => [c.id, c.name])), parsed);
}
