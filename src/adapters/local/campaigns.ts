/**
 * The local adapter's use cases, by subject (LocalAdapter composes them). Campaigns: read, create
 * and update, with their member statuses (a parent never makes a cycle).
 */
import { ChangeBuilder } from '../../domain/change-builder.js';
import { defaultMemberStatuses } from '../../domain/statuses.js';
import { campaignInputSchema, campaignSchema, type Campaign, type CampaignInput, type MemberStatus } from '../../model/campaign.js';
import type { CallOptions } from '../adapter.js';
import { ConflictError, NotFoundError, throwIfAborted, ValidationError } from '../errors.js';
import { parseInput } from '../validate.js';
import type { LocalContext } from './context.js';
import { stripUndefined } from './util.js';

export async function getCampaign(ctx: LocalContext, id: string, options?: CallOptions): Promise<Campaign> {
  return ctx.requireRecord<Campaign>('campaigns', 'campaign', id, options);
}

export async function listCampaigns(ctx: LocalContext, options?: CallOptions): Promise<Campaign[]> {
  throwIfAborted(options?.signal);
  const all = await ctx.store.getAll<Campaign>('campaigns');
  return all.sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
}

export async function saveCampaign(ctx: LocalContext, input: CampaignInput, options?: CallOptions): Promise<Campaign> {
  const parsed = parseInput(campaignInputSchema, input);
  throwIfAborted(options?.signal);
  const b = new ChangeBuilder(ctx.now());
  const { id, version, ...fields } = parsed;
  const existing = id ? await ctx.store.get<Campaign>('campaigns', id) : undefined;
  if (parsed.parentId) await checkParent(ctx, id, parsed.parentId);
  let campaign: Campaign;
  if (existing) {
    if (version !== existing.version) throw new ConflictError(`campaign ${id} changed since it was read (version ${existing.version})`);
    const memberStatuses = fields.memberStatuses ?? existing.memberStatuses;
    campaign = b.update('campaigns', existing, { ...stripUndefined(fields), memberStatuses } as Partial<Campaign>);
    // Fields the caller cleared: the input replaces the whole campaign.
    for (const k of ['description', 'startDate', 'endDate', 'budgetedCost', 'actualCost', 'expectedRevenue', 'expectedResponse', 'parentId'] as const) {
      if (fields[k] === undefined) delete (campaign as Record<string, unknown>)[k];
    }
  } else {
    if (version !== undefined) throw new NotFoundError('campaign', id ?? '');
    campaign = b.create('campaigns', id ?? ctx.newId(), {
      ...stripUndefined(fields),
      memberStatuses: fields.memberStatuses ?? defaultMemberStatuses(fields.type),
    }) as unknown as Campaign;
  }
  parseInput(campaignSchema, campaign);
  b.touchCampaign(campaign.id);
  await ctx.commit(b);
  return campaign;
}

export async function getMemberStatuses(ctx: LocalContext, campaignId: string, options?: CallOptions): Promise<MemberStatus[]> {
  return (await getCampaign(ctx, campaignId, options)).memberStatuses;
}

export async function checkParent(ctx: LocalContext, id: string | undefined, parentId: string): Promise<void> {
  const seen = new Set<string>(id ? [id] : []);
  let cursor: string | undefined = parentId;
  while (cursor) {
    if (seen.has(cursor)) {
      throw new ValidationError([{ path: 'parentId', code: 'cycle', message: 'A campaign cannot be its own ancestor' }]);
    }
    seen.add(cursor);
    const parent: Campaign | undefined = await ctx.store.get<Campaign>('campaigns', cursor);
    if (!parent) throw new ValidationError([{ path: 'parentId', code: 'not_found', message: `No campaign ${cursor}` }]);
    cursor = parent.parentId;
  }
}
