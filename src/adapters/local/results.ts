/**
 * The local adapter's use cases, by subject (LocalAdapter composes them). A campaign's result
 * aggregates (never loads the members).
 */
import { influenceCountsKey, influenceReportFromCounters, type InfluenceReport, type InfluenceReportInput } from '../../domain/influence.js';
import { opportunityTotals, type CampaignResultsData } from '../../domain/metrics.js';
import type { Campaign } from '../../model/campaign.js';
import type { Opportunity } from '../../model/opportunity.js';
import { influenceReportInputSchema } from '../../model/results.js';
import type { CallOptions } from '../adapter.js';
import { throwIfAborted } from '../errors.js';
import { parseInput } from '../validate.js';
import type { LocalContext } from './context.js';
import { getCampaign } from './campaigns.js';
import { memberCountsKey, responsesByDay, toMemberCounts } from '../../domain/members.js';
import { LEAD_REPORT_KEY } from '../../domain/lead-counts.js';
import { leadReportFromCounter, type LeadReport } from '../../domain/lead-report.js';

export async function campaignResults(ctx: LocalContext, campaignId: string, options?: CallOptions): Promise<CampaignResultsData> {
  const campaign = await getCampaign(ctx, campaignId, options);
  const [counter, opportunities] = await Promise.all([
    ctx.store.counter(memberCountsKey(campaign.id)),
    ctx.store.getByIndex<Opportunity>('opportunities', 'primaryCampaignId', campaign.id),
  ]);
  throwIfAborted(options?.signal);
  return { campaign, counts: toMemberCounts(counter), responsesByDay: responsesByDay(counter), opportunities: opportunityTotals(opportunities) };
}

/**
 * Multi-touch influence of the workspace under every model, from each campaign's influence
 * counters (kept in the same commit as every opportunity write), never from the deals — but for
 * a custom model with other weights, or time decay with another half-life, which are shared from
 * the deals (each with the touches kept when it was created) as they are asked for.
 */
export async function influenceReport(ctx: LocalContext, input: InfluenceReportInput = {}, options?: CallOptions): Promise<InfluenceReport> {
  const parsed = parseInput(influenceReportInputSchema, input ?? {});
  throwIfAborted(options?.signal);
  const campaigns = await ctx.store.getAll<Campaign>('campaigns');
  const counters = await ctx.store.counters(campaigns.map((c) => influenceCountsKey(c.id)));
  throwIfAborted(options?.signal);
  return influenceReportFromCounters(campaigns, counters, parsed, () => ctx.store.getAll<Opportunity>('opportunities'));
}

/** The workspace's lead management report, from its lead counter (kept with every lead write) and the campaigns' costs. */
export async function leadReport(ctx: LocalContext, options?: CallOptions): Promise<LeadReport> {
  throwIfAborted(options?.signal);
  const [counter, campaigns] = await Promise.all([ctx.store.counter(LEAD_REPORT_KEY), ctx.store.getAll<Campaign>('campaigns')]);
  throwIfAborted(options?.signal);
  return leadReportFromCounter(counter, ctx.now(), campaigns);
}
