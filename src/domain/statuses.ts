import type { Campaign, CampaignType, MemberStatus } from '../model/campaign.js';

const GENERIC: readonly MemberStatus[] = [
  { label: 'Sent', responded: false, default: true },
  { label: 'Responded', responded: true, default: false },
];

const EVENT: readonly MemberStatus[] = [
  { label: 'Invited', responded: false, default: true },
  { label: 'Registered', responded: false, default: false },
  { label: 'Attended', responded: true, default: false },
  { label: 'No-show', responded: false, default: false },
];

const EVENT_TYPES: ReadonlySet<CampaignType> = new Set(['event', 'webinar', 'trade-show']);

/** The member statuses a new campaign of this type starts with (a fresh copy). */
export function defaultMemberStatuses(type: CampaignType): MemberStatus[] {
  return (EVENT_TYPES.has(type) ? EVENT : GENERIC).map((s) => ({ ...s }));
}

/** The status with this label (case-insensitive), or undefined. */
export function findStatus(campaign: Pick<Campaign, 'memberStatuses'>, label: string): MemberStatus | undefined {
  const key = label.trim().toLocaleLowerCase();
  return campaign.memberStatuses.find((s) => s.label.toLocaleLowerCase() === key);
}

/** The campaign's default member status (exactly one is flagged). */
export function defaultStatus(campaign: Pick<Campaign, 'memberStatuses'>): MemberStatus {
  return campaign.memberStatuses.find((s) => s.default) ?? campaign.memberStatuses[0];
}

/**
 * The status a response (a form submission) records: the first status flagged `responded`,
 * or the default when the campaign has none.
 */
export function respondedStatus(campaign: Pick<Campaign, 'memberStatuses'>): MemberStatus {
  return campaign.memberStatuses.find((s) => s.responded) ?? defaultStatus(campaign);
}

/**
 * The membership fields that follow a status: `responded` mirrors the status flag, and
 * `firstRespondedAt` is set the first time a responded status is reached and never cleared.
 */
export function applyStatus(
  member: { firstRespondedAt?: string } | undefined,
  status: MemberStatus,
  now: string,
): { status: string; responded: boolean; firstRespondedAt?: string } {
  const firstRespondedAt = member?.firstRespondedAt ?? (status.responded ? now : undefined);
  return { status: status.label, responded: status.responded, ...(firstRespondedAt ? { firstRespondedAt } : {}) };
}

/**
 * Whether a public web form may move a membership from its status to `target`: only forward in
 * the campaign's order, never from a responded status to one that is not, never after a
 * check-in, and never from a status the campaign no longer has. Otherwise the membership stays.
 */
export function mayMoveForward(
  campaign: Pick<Campaign, 'memberStatuses'>,
  member: { status: string; responded: boolean; checkIn?: unknown },
  target: MemberStatus,
): boolean {
  if (member.checkIn) return false;
  const labels = campaign.memberStatuses.map((s) => s.label.toLocaleLowerCase());
  const from = labels.indexOf(member.status.toLocaleLowerCase());
  const to = labels.indexOf(target.label.toLocaleLowerCase());
  if (from < 0 || to <= from) return false;
  return !(member.responded && !target.responded);
}
