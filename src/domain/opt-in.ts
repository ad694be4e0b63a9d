/**
 * Double opt-in (`Campaign.doubleOptIn`): a form's sign-up is held as "Pending confirmation" —
 * the membership keeps a status that is no response, and remembers the status asked for — until
 * the person opens the signed link mailed to them; then that status applies. A person already
 * confirmed (or past a response) signs up as usual, with no mail.
 */
import type { Campaign, MemberStatus } from '../model/campaign.js';
import type { CampaignMember } from '../model/member.js';
import { applyStatus, defaultStatus, findStatus, mayMoveForward, respondedStatus } from './statuses.js';

/** A pending confirmation mailed again only after this long (a form sent twice mails once). */
export const RESEND_AFTER_MS = 60 * 60 * 1000;
/** How long a confirmation link works. */
export const CONFIRM_LINK_DAYS = 7;

type OptIn = NonNullable<CampaignMember['optIn']>;

/** Whether a sign-up of this member (undefined: a new one) waits for a confirmation instead of taking `status`. */
export function needsConfirmation(member: Pick<CampaignMember, 'responded' | 'optIn' | 'checkIn'> | undefined): boolean {
  if (!member) return true;
  return !member.responded && !member.checkIn && member.optIn?.state !== 'confirmed';
}

/**
 * The membership fields of a sign-up held for confirmation, and whether to mail: a new member gets
 * the campaign's default status; an existing one keeps its status. A confirmation asked less than
 * `RESEND_AFTER_MS` ago is not mailed again.
 */
export function pendingOptIn(
  campaign: Pick<Campaign, 'memberStatuses'>,
  member: Pick<CampaignMember, 'status' | 'responded' | 'firstRespondedAt' | 'optIn'> | undefined,
  target: MemberStatus,
  now: string,
): { fields: { status: string; responded: boolean; firstRespondedAt?: string; optIn: OptIn }; mail: boolean } {
  const base = member ? { status: member.status, responded: member.responded, ...(member.firstRespondedAt ? { firstRespondedAt: member.firstRespondedAt } : {}) } : applyStatus(undefined, defaultStatus(campaign), now);
  const previous = member?.optIn?.state === 'pending' ? member.optIn : undefined;
  const recent = previous && Date.parse(now) - Date.parse(previous.requestedAt) < RESEND_AFTER_MS;
  const optIn: OptIn = { state: 'pending', status: target.label, requestedAt: recent ? previous.requestedAt : now };
  return { fields: { ...base, optIn }, mail: !recent };
}

/**
 * What a confirmation does to a member: the status asked for (when the campaign still has it and
 * it moves the member forward; else the responded status's rule) and the opt-in confirmed.
 * `undefined`: nothing to confirm (confirmed before, or never asked).
 */
export function confirmOptIn(
  campaign: Pick<Campaign, 'memberStatuses'>,
  member: CampaignMember,
  now: string,
): Partial<CampaignMember> | undefined {
  if (member.optIn?.state !== 'pending') return undefined;
  const asked = findStatus(campaign, member.optIn.status) ?? respondedStatus(campaign);
  const status = mayMoveForward(campaign, member, asked) ? applyStatus(member, asked, now) : {};
  return { ...status, optIn: { ...member.optIn, state: 'confirmed', confirmedAt: now } };
}
