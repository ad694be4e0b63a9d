import type { Campaign, MemberStatus } from '../model/campaign.js';
import type { CampaignMember, CheckInInput, CheckInRecord } from '../model/member.js';
import type { LeadSubmission } from '../model/submission.js';
import { emailKey } from './matching.js';
import type { MemberCounts } from './members.js';
import { applyStatus, findStatus } from './statuses.js';

/**
 * Event attendance rules, written once: which status means "attended" and "no-show", what a
 * check-in changes (and what its undo restores), who is still expected, and the door figures.
 */

/** The campaign's "attended" status: the one named Attended, else its first responded status. */
export function attendedStatus(campaign: Pick<Campaign, 'memberStatuses'>): MemberStatus | undefined {
  return findStatus(campaign, 'Attended') ?? campaign.memberStatuses.find((s) => s.responded);
}

/** The campaign's "no-show" status (named No-show or No show), if it has one. */
export function noShowStatus(campaign: Pick<Campaign, 'memberStatuses'>): MemberStatus | undefined {
  return findStatus(campaign, 'No-show') ?? findStatus(campaign, 'No show');
}

/** Whether the campaign's statuses can record attendance (an attended and a no-show status). */
export function tracksAttendance(campaign: Pick<Campaign, 'memberStatuses'>): boolean {
  return !!findStatus(campaign, 'Attended') && !!noShowStatus(campaign);
}

/** Statuses of people still expected: neither attended (responded) nor no-show. */
export function expectedStatuses(campaign: Pick<Campaign, 'memberStatuses'>): MemberStatus[] {
  const noShow = noShowStatus(campaign);
  return campaign.memberStatuses.filter((s) => !s.responded && s.label !== noShow?.label);
}

/** Whether a member has arrived (is in a responded status, the attended one or another). */
export function hasArrived(member: Pick<CampaignMember, 'responded'>): boolean {
  return member.responded;
}

/** When the member arrived, as far as known. */
export function arrivedAt(member: Pick<CampaignMember, 'checkIn' | 'firstRespondedAt'>): string | undefined {
  return member.checkIn?.at ?? member.firstRespondedAt;
}

/** What a check-in writes on the member: the attended status and the check-in record. */
export function checkInPatch(
  member: CampaignMember,
  attended: MemberStatus,
  checkIn: { id: string; at: string; walkIn?: boolean },
): Pick<CampaignMember, 'status' | 'responded' | 'firstRespondedAt' | 'checkIn'> {
  const record: CheckInRecord = {
    id: checkIn.id,
    at: checkIn.at,
    previousStatus: member.status,
    ...(checkIn.walkIn ? { walkIn: true } : {}),
    ...(member.firstRespondedAt ? { previousFirstRespondedAt: member.firstRespondedAt } : {}),
  };
  return { ...applyStatus(member, attended, checkIn.at), checkIn: record };
}

/** What undoing a check-in writes: the status and first-responded date it replaced. */
export function undoCheckInPatch(
  campaign: Pick<Campaign, 'memberStatuses'>,
  member: CampaignMember,
): Pick<CampaignMember, 'status' | 'responded' | 'firstRespondedAt' | 'checkIn'> {
  const record = member.checkIn!;
  const previous = findStatus(campaign, record.previousStatus);
  return {
    status: previous?.label ?? record.previousStatus,
    responded: previous?.responded ?? false,
    firstRespondedAt: record.previousFirstRespondedAt,
    checkIn: undefined,
  };
}

/** Figures at the door. Walk-ins are not counted as expected; the rate is arrived ÷ expected. */
export interface AttendanceFigures {
  /** People on the list before the event (everyone but walk-ins). */
  expected: number;
  /** Everyone checked in (walk-ins included). */
  checkedIn: number;
  /** Expected people not arrived and not marked no-show. */
  notArrived: number;
  walkIns: number;
  noShows: number;
  /** Expected people who arrived ÷ expected people; null when nobody is expected. */
  rate: number | null;
}

export function attendanceFigures(campaign: Pick<Campaign, 'memberStatuses'>, counts: MemberCounts): AttendanceFigures {
  const walkIns = counts.walkIns ?? 0;
  const expected = counts.total - walkIns;
  const checkedIn = counts.responded;
  const noShows = counts.byStatus[noShowStatus(campaign)?.label ?? ''] ?? 0;
  const notArrived = expectedStatuses(campaign).reduce((n, s) => n + (counts.byStatus[s.label] ?? 0), 0);
  return { expected, checkedIn, notArrived, walkIns, noShows, rate: expected > 0 ? (checkedIn - walkIns) / expected : null };
}

/** An arrival kept in an adapter's outbox: a check-in (by code) or a walk-in (a submission with `checkIn`). */
export interface PendingArrival {
  /** Member, lead or contact id of a check-in. */
  code?: string;
  /** The walk-in's fields. */
  lead?: LeadSubmission['lead'];
  /** When the person arrived. */
  at: string;
}

/** What an outbox entry says of an arrival at `campaignId`, or undefined when it is about something else. */
export function pendingArrival(p: { method: string; input: unknown; createdAt: string; campaignId?: string }, campaignId: string): PendingArrival | undefined {
  if (p.campaignId !== campaignId) return undefined;
  if (p.method === 'checkIn') {
    const input = p.input as Partial<CheckInInput> | undefined;
    return { code: input?.code, at: input?.at ?? p.createdAt };
  }
  const submission = p.input as Partial<LeadSubmission> | undefined;
  if (p.method === 'submitLead' && submission?.checkIn) return { lead: submission.lead, at: submission.checkIn.at ?? p.createdAt };
  return undefined;
}

/** Whether a pending arrival is this member's (by code, or a walk-in by email). */
export function isArrivalOf(arrival: PendingArrival, member: Pick<CampaignMember, 'id' | 'leadId' | 'contactId' | 'person'>): boolean {
  if (arrival.code) return arrival.code === member.id || arrival.code === member.leadId || arrival.code === member.contactId;
  const email = arrival.lead?.email;
  return !!email && !!member.person.email && emailKey(email) === emailKey(member.person.email);
}
