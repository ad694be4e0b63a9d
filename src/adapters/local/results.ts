/**
 * The local adapter's use cases, by subject (LocalAdapter composes them). A campaign's result
 * aggregates (never loads the members).
 */
import { opportunityTotals, type CampaignResultsData } from '../../domain/metrics.js';
import type { Opportunity } from '../../model/opportunity.js';
import type { CallOptions } from '../adapter.js';
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
