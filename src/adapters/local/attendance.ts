/**
 * The local adapter's use cases, by subject (LocalAdapter composes them). Event check-in and its
 * undo (a badge scan is a member, lead or contact id).
 */
import { ChangeBuilder } from '../../domain/change-builder.js';
import { countMemberChange, personKey } from '../../domain/members.js';
import { arrivedAt, attendedStatus, checkInPatch, hasArrived, undoCheckInPatch } from '../../domain/attendance.js';
import {
  checkInInputSchema,
  undoCheckInInputSchema,
  type CheckInInput,
  type UndoCheckInInput,
  type CampaignMember,
} from '../../model/member.js';
import type { CallOptions, CheckInResult } from '../adapter.js';
import { ConflictError, NotFoundError, throwIfAborted, ValidationError } from '../errors.js';
import { parseInput } from '../validate.js';
import type { LocalContext } from './context.js';
import { getCampaign } from './campaigns.js';

export async function checkIn(ctx: LocalContext, input: CheckInInput, options?: CallOptions): Promise<CheckInResult> {
  const p = parseInput(checkInInputSchema, input);
  return ctx.retry(options, async () => {
    // The code is usually a member id (a scanned badge, the door list): read with the campaign.
    const byId = ctx.store.get<CampaignMember>('members', p.code);
    byId.catch(() => {}); // awaited below, unless the campaign fails first
    const campaign = await getCampaign(ctx, p.campaignId, options);
    const attended = attendedStatus(campaign);
    if (!attended) {
      throw new ValidationError([{ path: 'status', code: 'no_attended_status', message: `campaign ${campaign.id} has no attended status` }]);
    }
    const member = await memberByCode(ctx, campaign.id, p.code, byId);
    if (!member) throw new NotFoundError('campaign member', p.code);
    if (member.checkIn?.id === p.checkInId) return { member, already: false, at: member.checkIn.at };
    if (hasArrived(member)) return { member, already: true, at: arrivedAt(member) ?? member.updatedAt };
    const b = new ChangeBuilder(ctx.now());
    const at = p.at ?? b.now;
    const next = b.update('members', member, checkInPatch(member, attended, { id: p.checkInId, at, walkIn: p.walkIn }));
    countMemberChange(b.changes, member, next);
    await ctx.commit(b);
    return { member: next, already: false, at };
  });
}

export async function undoCheckIn(ctx: LocalContext, input: UndoCheckInInput, options?: CallOptions): Promise<void> {
  const p = parseInput(undoCheckInInputSchema, input);
  throwIfAborted(options?.signal);
  const campaign = await getCampaign(ctx, p.campaignId, options);
  const member = await ctx.store.get<CampaignMember>('members', p.memberId);
  if (!member || member.campaignId !== campaign.id) throw new NotFoundError('campaign member', p.memberId);
  if (member.checkIn?.id !== p.checkInId) throw new ConflictError(`campaign member ${p.memberId} changed since the check-in`);
  const b = new ChangeBuilder(ctx.now());
  if (member.checkIn.walkIn) {
    b.delete('members', member);
    countMemberChange(b.changes, member, undefined);
  } else {
    const next = b.update('members', member, undoCheckInPatch(campaign, member));
    countMemberChange(b.changes, member, next);
  }
  await ctx.commit(b);
}

/**
 * The campaign's member with this id, or the membership of the lead or contact with this id.
 * `byId`: the read of the member with this id, when the caller started it already.
 */
export async function memberByCode(
  ctx: LocalContext,
  campaignId: string,
  code: string,
  byId: Promise<CampaignMember | undefined> = ctx.store.get<CampaignMember>('members', code),
): Promise<CampaignMember | undefined> {
  const member = await byId;
  if (member?.campaignId === campaignId) return member;
  const [[lead], [contact]] = await Promise.all(
    (['lead', 'contact'] as const).map((type) => ctx.store.getByIndex<CampaignMember>('members', 'campaign+person', [campaignId, personKey({ type, id: code })])),
  );
  return lead ?? contact;
}
