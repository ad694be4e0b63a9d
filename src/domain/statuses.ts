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

/** What a change of a campaign's status set does to its members (see `statusSetChange`). */
export interface StatusSetPlan {
  /** Old label → the status its members take (a move, a rename, a changed `responded` flag). */
  retarget: Map<string, MemberStatus>;
  /** Old labels that leave the set with no move: allowed only while no member holds them. */
  unresolved: string[];
  /** Moves that name a status the old set (`from`) or the new set (`to`) does not have. */
  issues: { path: string; code: string; message: string }[];
}

/**
 * Plans a change of a campaign's member statuses from `old` to `next` with explicit `moves`
 * (old label → new label; a rename is a move). Members of an old status with a move take the
 * move's status; members of a status kept (same label, case-insensitively) take the new
 * definition when its label's case or its `responded` flag changed; an old status neither kept
 * nor moved is unresolved (the caller refuses it when members hold it).
 */
export function statusSetChange(
  old: readonly MemberStatus[],
  next: readonly MemberStatus[],
  moves: readonly { from: string; to: string }[],
): StatusSetPlan {
  const key = (label: string) => label.trim().toLocaleLowerCase();
  const nextByKey = new Map(next.map((s) => [key(s.label), s]));
  const oldByKey = new Map(old.map((s) => [key(s.label), s]));
  const issues: StatusSetPlan['issues'] = [];
  const moveOf = new Map<string, MemberStatus>();
  moves.forEach((m, i) => {
    const from = oldByKey.get(key(m.from));
    const to = nextByKey.get(key(m.to));
    if (!from) issues.push({ path: `moves.${i}.from`, code: 'not_found', message: `The campaign has no status "${m.from}"` });
    if (!to) issues.push({ path: `moves.${i}.to`, code: 'not_found', message: `The new statuses have no "${m.to}"` });
    if (from && to) moveOf.set(from.label, to);
  });
  const retarget = new Map<string, MemberStatus>();
  const unresolved: string[] = [];
  for (const s of old) {
    const moved = moveOf.get(s.label);
    const kept = nextByKey.get(key(s.label));
    const target = moved ?? kept;
    if (!target) unresolved.push(s.label);
    else if (target.label !== s.label || target.responded !== s.responded) retarget.set(s.label, target);
  }
  return { retarget, unresolved, issues };
}
