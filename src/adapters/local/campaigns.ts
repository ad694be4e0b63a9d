/**
 * The local adapter's use cases, by subject (LocalAdapter composes them). Campaigns: read, create
 * and update, with their member statuses (a parent never makes a cycle).
 */
import * as z from 'zod/mini';
import { ChangeBuilder } from '../../domain/change-builder.js';
import { countMemberChange, memberPersonOf, personKey } from '../../domain/members.js';
import { applyStatus, defaultMemberStatuses, defaultStatus, statusSetChange } from '../../domain/statuses.js';
import {
  campaignInputSchema,
  campaignSchema,
  memberStatusChangeSchema,
  quickCampaignInputSchema,
  type Campaign,
  type CampaignInput,
  type MemberStatus,
  type MemberStatusChange,
  type QuickCampaignInput,
} from '../../model/campaign.js';
import type { Material } from '../../model/material.js';
import type { CampaignMember } from '../../model/member.js';
import type { Opportunity } from '../../model/opportunity.js';
import type { CallOptions, ImportOptions, MemberStatusChangeResult, QuickCampaignResult } from '../adapter.js';
import { ConflictError, NotFoundError, throwIfAborted, ValidationError } from '../errors.js';
import { parseInput } from '../validate.js';
import type { LocalContext } from './context.js';
import { memberIndex } from './idb-layout.js';
import { stripUndefined } from './util.js';
import { countMembers } from './members.js';
import { loadPeople } from './people.js';
import { resolveStatus } from './capture.js';

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
    // A changed status set takes its members with it (a removed status still held is refused:
    // `changeMemberStatuses` names where its members go).
    if (fields.memberStatuses) await planStatusChange(ctx, b, existing, fields.memberStatuses, []);
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

/**
 * Stages what a status-set change does to the campaign's members (validated moves, members of
 * retargeted statuses updated with their counters); refuses a removed status members still hold.
 * Answers how many members moved.
 */
async function planStatusChange(ctx: LocalContext, b: ChangeBuilder, campaign: Campaign, next: MemberStatus[], moves: { from: string; to: string }[]): Promise<number> {
  const plan = statusSetChange(campaign.memberStatuses, next, moves);
  if (plan.issues.length) throw new ValidationError(plan.issues);
  const counts = await countMembers(ctx, campaign.id);
  const held = plan.unresolved.filter((label) => counts.byStatus[label]);
  if (held.length) {
    throw new ValidationError(
      held.map((label) => ({ path: 'moves', code: 'required', message: `${counts.byStatus[label]} members hold "${label}": choose the status they move to` })),
    );
  }
  let moved = 0;
  for (const [label, target] of plan.retarget) {
    if (!counts.byStatus[label]) continue;
    const page = await ctx.store.page('members', memberIndex('name', true), { prefix: [campaign.id, label], direction: 'next', limit: counts.byStatus[label] + 1 });
    for (const m of page.items as unknown as CampaignMember[]) {
      const after = b.update('members', m, applyStatus(m, target, b.now));
      countMemberChange(b.changes, m, after);
      moved++;
    }
  }
  return moved;
}

export async function changeMemberStatuses(ctx: LocalContext, input: MemberStatusChange, options?: CallOptions): Promise<MemberStatusChangeResult> {
  const parsed = parseInput(memberStatusChangeSchema, input);
  throwIfAborted(options?.signal);
  const campaign = await getCampaign(ctx, parsed.campaignId);
  if (campaign.version !== parsed.version) throw new ConflictError(`campaign ${campaign.id} changed since it was read (version ${campaign.version})`);
  const b = new ChangeBuilder(ctx.now());
  const moved = await planStatusChange(ctx, b, campaign, parsed.statuses, parsed.moves);
  const updated = b.update('campaigns', campaign, { memberStatuses: parsed.statuses });
  b.touchCampaign(campaign.id);
  await ctx.commit(b);
  return { campaign: updated, moved };
}

/**
 * Deletes a campaign nothing depends on, with its materials and held submissions. One with
 * members, opportunities (results) or sub-campaigns is refused (`ConflictError` reason `in_use`):
 * complete or abort it instead.
 */
export async function deleteCampaign(ctx: LocalContext, id: string, version: number, options?: CallOptions): Promise<void> {
  const campaign = await getCampaign(ctx, id, options);
  const expected = parseInput(z.int().check(z.gte(1)), version, 'version');
  if (campaign.version !== expected) throw new ConflictError(`campaign ${campaign.id} changed since it was read (version ${campaign.version})`);
  const [counts, opportunities, children, held, materials] = await Promise.all([
    countMembers(ctx, campaign.id),
    ctx.store.getByIndex<Opportunity>('opportunities', 'primaryCampaignId', campaign.id),
    ctx.store.getByIndex<Campaign>('campaigns', 'parentId', campaign.id),
    ctx.store.getByIndex<{ id: string; version: number }>('held', 'campaignId', campaign.id),
    ctx.store.getByIndex<Material>('materials', 'campaignId', campaign.id),
  ]);
  const uses = [
    counts.total ? `members (${counts.total})` : '',
    opportunities.length ? `opportunities (${opportunities.length})` : '',
    children.length ? `sub-campaigns (${children.length})` : '',
  ].filter(Boolean);
  if (uses.length) throw new ConflictError(`Campaign ${campaign.id} has ${uses.join(', ')}: complete or abort it instead of deleting it`, 'in_use');
  const b = new ChangeBuilder(ctx.now());
  for (const h of held) b.delete('held', h);
  for (const m of materials) b.delete('materials', m);
  b.delete('campaigns', campaign);
  b.touchCampaign(campaign.id);
  await ctx.commit(b);
}

/**
 * A quick campaign: a new campaign with the selected people as members. The campaign and the
 * first chunk commit together, the rest in chunks of `ctx.bulkChunk` (people read and members
 * written chunk by chunk: short tasks) with progress; a chunk that fails (an unknown person, a
 * refused write) takes back what the earlier ones wrote (members, then the campaign), so the
 * caller sees all or nothing. The server writes it in one transaction (one chunk).
 */
export async function createQuickCampaign(ctx: LocalContext, input: QuickCampaignInput, options?: ImportOptions): Promise<QuickCampaignResult> {
  const parsed = parseInput(quickCampaignInputSchema, input);
  throwIfAborted(options?.signal);
  const unique = [...new Map(parsed.people.map((p) => [personKey(p), p])).values()];
  const { memberStatuses, ...fields } = parsed.campaign;
  if (fields.parentId) await checkParent(ctx, undefined, fields.parentId);
  const first = new ChangeBuilder(ctx.now());
  const campaign = first.create('campaigns', ctx.newId(), {
    ...stripUndefined(fields),
    memberStatuses: memberStatuses ?? defaultMemberStatuses(fields.type),
  }) as unknown as Campaign;
  parseInput(campaignSchema, campaign);
  const status = resolveStatus(campaign, parsed.status, defaultStatus(campaign));
  first.touchCampaign(campaign.id);
  const written: CampaignMember[] = [];
  let b = first;
  try {
    for (let i = 0; i < unique.length; i += ctx.bulkChunk) {
      const chunk: CampaignMember[] = [];
      const refs = unique.slice(i, i + ctx.bulkChunk);
      // Read chunk by chunk (short tasks); an unknown person fails the chunk, and what came before is taken back.
      const people = await loadPeople(ctx, refs);
      refs.forEach((ref, j) => {
        const member = b.create('members', ctx.newId(), {
          campaignId: campaign.id,
          ...(ref.type === 'lead' ? { leadId: ref.id } : { contactId: ref.id }),
          ...applyStatus(undefined, status, b.now),
          person: memberPersonOf(people[j]),
        }) as unknown as CampaignMember;
        countMemberChange(b.changes, undefined, member);
        chunk.push(member);
      });
      throwIfAborted(options?.signal);
      await ctx.commit(b, b === first ? undefined : 'relaxed');
      written.push(...chunk);
      options?.onProgress?.(written.length, unique.length);
      b = new ChangeBuilder(ctx.now());
      // Let the page breathe between chunks (input, rendering of the progress).
      if (i + ctx.bulkChunk < unique.length) await new Promise((r) => setTimeout(r, 0));
    }
  } catch (error) {
    if (written.length) await takeBack(ctx, campaign, written).catch(() => {});
    throw error;
  }
  return { campaign, membersCreated: written.length };
}

/** Removes what a failed quick campaign wrote: its members (in chunks), then the campaign. */
async function takeBack(ctx: LocalContext, campaign: Campaign, members: CampaignMember[]): Promise<void> {
  for (let i = 0; i < members.length; i += ctx.bulkChunk) {
    const b = new ChangeBuilder(ctx.now());
    for (const m of members.slice(i, i + ctx.bulkChunk)) {
      b.delete('members', m);
      countMemberChange(b.changes, m, undefined);
    }
    await ctx.commit(b);
  }
  const b = new ChangeBuilder(ctx.now());
  b.delete('campaigns', campaign);
  b.touchCampaign(campaign.id);
  await ctx.commit(b);
}
