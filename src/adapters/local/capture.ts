/**
 * The local adapter's use cases, by subject (LocalAdapter composes them). Capture: submissions
 * (matched by email, else a new lead), the quarantine of suspected ones (imports: imports.ts).
 */
import { autoCreatedCampaign, planCapture, publicSubmissionResult, submissionFingerprint, submissionStatus, webFormStatuses, type CaptureLookup } from '../../domain/capture.js';
import { recallSubmission } from '../idempotency.js';
import { ChangeBuilder } from '../../domain/change-builder.js';
import { emailKey } from '../../domain/matching.js';
import { personKey } from '../../domain/members.js';
import { attendedStatus } from '../../domain/attendance.js';
import { findStatus } from '../../domain/statuses.js';
import type { Campaign, MemberStatus } from '../../model/campaign.js';
import { idSchema } from '../../model/common.js';
import type { CampaignMember } from '../../model/member.js';
import type { PersonRef } from '../../model/person.js';
import {
  holdSubmissionInputSchema,
  leadSubmissionSchema,
  type HeldSubmission,
  type HoldSubmissionInput,
  type LeadSubmission,
  type ParsedLeadSubmission,
} from '../../model/submission.js';
import type {
  CallOptions,
  HeldSubmissionList,
  HoldSubmissionResult,
  SubmitLeadResult,
} from '../adapter.js';
import { NotFoundError, throwIfAborted, ValidationError } from '../errors.js';
import { parseInput } from '../validate.js';
import type { LocalContext } from './context.js';
import { lookupPeople, rememberVisitor } from './people.js';

interface SubmissionRecord {
  id: string;
  version: number;
  fingerprint: string;
  result: SubmitLeadResult;
}

/** A held submission as stored; `publicForm`: held from a public web form (a publishable key), released under its rules. */
export interface HeldRecord extends HeldSubmission {
  publicForm?: boolean;
}

/** Held submissions `listHeldSubmissions` returns at most (newest first). */
export const HELD_LIST_LIMIT = 200;

/** A held record as `listHeldSubmissions` answers it (without the store's own fields). */
export const toHeldSubmission = ({ publicForm: _p, ...held }: HeldRecord): HeldSubmission => held;

export async function submitLead(ctx: LocalContext, input: LeadSubmission, options?: CallOptions): Promise<SubmitLeadResult> {
  const parsed = parseInput(leadSubmissionSchema, input);
  const print = submissionFingerprint(parsed);
  const publicForm = ctx.publicCapture;
  refusePublicCheckIn(publicForm, parsed);
  return ctx.retry(options, async () => {
    const previous = recallSubmission(parsed.submissionId, print, await ctx.store.get<SubmissionRecord>('submissions', parsed.submissionId));
    if (previous) return answer(previous, publicForm);
    const b = new ChangeBuilder(ctx.now());
    const result = await planSubmission(ctx, b, parsed, print, publicForm);
    await ctx.commit(b);
    return answer(result, publicForm);
  });
}

export async function holdSubmission(ctx: LocalContext, input: HoldSubmissionInput, options?: CallOptions): Promise<HoldSubmissionResult> {
  const { submission, reason } = parseInput(holdSubmissionInputSchema, input);
  refusePublicCheckIn(ctx.publicCapture, submission);
  const id = submission.submissionId;
  const held = { submissionId: id, held: true };
  return ctx.retry(options, async () => {
    const [existing, captured] = await Promise.all([ctx.store.get<HeldRecord>('held', id), ctx.store.get<SubmissionRecord>('submissions', id)]);
    // Held before, or already captured under this id (a retry after a release): nothing to keep.
    if (existing || captured) return held;
    // A public form holds only for a campaign that exists (a bot cannot invent campaigns to fill).
    if (!ctx.autoCreate && !(await ctx.store.get('campaigns', submission.campaignId))) throw new NotFoundError('campaign', submission.campaignId);
    const b = new ChangeBuilder(ctx.now());
    b.create('held', id, { campaignId: submission.campaignId, reason, submission, ...(ctx.publicCapture ? { publicForm: true } : {}) });
    b.touchCampaign(submission.campaignId);
    await ctx.commit(b);
    return held;
  });
}

export async function listHeldSubmissions(ctx: LocalContext, campaignId: string, options?: CallOptions): Promise<HeldSubmissionList> {
  const id = parseInput(idSchema, campaignId, 'campaignId');
  throwIfAborted(options?.signal);
  const records = await ctx.store.getByIndex<HeldRecord>('held', 'campaignId', id);
  records.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? 1 : -1));
  return { items: records.slice(0, HELD_LIST_LIMIT).map(toHeldSubmission), total: records.length };
}

export async function releaseHeldSubmission(ctx: LocalContext, id: string, options?: CallOptions): Promise<SubmitLeadResult> {
  const heldId = parseInput(idSchema, id, 'id');
  return ctx.retry(options, async () => {
    const held = await ctx.requireRecord<HeldRecord>('held', 'held submission', heldId, options);
    const parsed = parseInput(leadSubmissionSchema, held.submission);
    const print = submissionFingerprint(parsed);
    const publicForm = !!held.publicForm;
    const b = new ChangeBuilder(ctx.now());
    b.delete('held', held);
    b.touchCampaign(held.campaignId);
    // Captured already under its id (it was sent again, not as suspect): the quarantine's copy goes.
    const previous = recallSubmission(parsed.submissionId, print, await ctx.store.get<SubmissionRecord>('submissions', parsed.submissionId));
    const result = previous ?? (await planSubmission(ctx, b, parsed, print, publicForm));
    await ctx.commit(b);
    return result;
  });
}

export async function discardHeldSubmission(ctx: LocalContext, id: string, options?: CallOptions): Promise<void> {
  const heldId = parseInput(idSchema, id, 'id');
  await ctx.retry(options, async () => {
    const held = await ctx.requireRecord<HeldRecord>('held', 'held submission', heldId, options);
    const b = new ChangeBuilder(ctx.now());
    b.delete('held', held);
    b.touchCampaign(held.campaignId);
    await ctx.commit(b);
  });
}

export function refusePublicCheckIn(publicForm: boolean, parsed: ParsedLeadSubmission): void {
  if (publicForm && parsed.checkIn) {
    throw new ValidationError([{ path: 'checkIn', code: 'not_allowed', message: 'a public web form (publishable key) cannot check anyone in' }]);
  }
}

export function answer(result: SubmitLeadResult, publicForm: boolean): SubmitLeadResult {
  return publicForm ? publicSubmissionResult(result.submissionId, result.confirmation) : result;
}

/**
 * Stages a submission's capture on `b` (the campaign, the person matched or created, the
 * membership, the submission's record) and returns its result. `publicForm`: the rules of a
 * public web form (web-form statuses, forward only).
 */
export async function planSubmission(ctx: LocalContext, b: ChangeBuilder, parsed: ParsedLeadSubmission, print: string, publicForm: boolean): Promise<SubmitLeadResult> {
  const { campaign, created: campaignCreated } = await campaignForCapture(ctx, b, parsed.campaignId);
  let checkIn: { id: string; at: string; attended: MemberStatus } | undefined;
  if (parsed.checkIn) {
    const attended = attendedStatus(campaign);
    if (!attended) throw new ValidationError([{ path: 'checkIn', code: 'no_attended_status', message: `campaign ${campaign.id} has no attended status` }]);
    checkIn = { id: parsed.checkIn.checkInId, at: parsed.checkIn.at ?? b.now, attended };
  }
  const status = publicForm ? webFormStatus(campaign, parsed.status) : resolveStatus(campaign, parsed.status, submissionStatus(campaign, !!checkIn));
  const key = emailKey(parsed.lead.email);
  const lookup = await lookupCapture(ctx, campaign, [key]);
  // A double opt-in needs a mailer (the server's): a walk-in at the door is there in person.
  const confirm = ctx.doubleOptIn && campaign.doubleOptIn && !checkIn ? { confirm: parsed.locale ? { locale: parsed.locale } : {} } : {};
  const entry = { fields: parsed.lead, status, source: parsed.source ?? 'web', ...(checkIn ? { checkIn } : {}), ...(publicForm ? { forwardOnly: true } : {}), ...confirm };
  const capture = planCapture(b, lookup, entry, ctx.newId);
  const result: SubmitLeadResult = { submissionId: parsed.submissionId, ...capture, campaignCreated };
  if (parsed.visitorId) await rememberVisitor(ctx, b, parsed.visitorId, capture.person);
  b.create('submissions', parsed.submissionId, { fingerprint: print, result });
  return result;
}

/** The status a public web form records: the one it names among the campaign's web-form statuses, or the first of them. */
export function webFormStatus(campaign: Campaign, label: string | undefined): MemberStatus {
  const allowed = webFormStatuses(campaign);
  const status = label === undefined ? allowed[0] : allowed.find((s) => s.label.toLocaleLowerCase() === label.trim().toLocaleLowerCase());
  if (!status) throw new ValidationError([{ path: 'status', code: 'not_allowed', message: `a public web form may not record "${label}" on campaign ${campaign.id}` }]);
  return status;
}

export function resolveStatus(campaign: Campaign, label: string | undefined, fallback: MemberStatus | undefined): MemberStatus {
  if (label === undefined && fallback) return fallback;
  const status = label === undefined ? undefined : findStatus(campaign, label);
  if (!status) {
    throw new ValidationError([
      { path: 'status', code: 'unknown_status', message: `"${label}" is not a member status of campaign ${campaign.id}` },
    ]);
  }
  return status;
}

export async function campaignForCapture(ctx: LocalContext, b: ChangeBuilder, id: string): Promise<{ campaign: Campaign; created: boolean }> {
  const campaign = await ctx.store.get<Campaign>('campaigns', id);
  if (campaign) return { campaign, created: false };
  if (!ctx.autoCreate) throw new NotFoundError('campaign', id);
  const created = b.create('campaigns', id, autoCreatedCampaign(id)) as unknown as Campaign;
  b.touchCampaign(id);
  return { campaign: created, created: true };
}

export async function lookupCapture(ctx: LocalContext, campaign: Campaign | undefined, keys: string[]): Promise<CaptureLookup> {
  const people = await lookupPeople(ctx, keys);
  const refs: PersonRef[] = [
    ...[...people.contacts.values()].map((c) => ({ type: 'contact' as const, id: c.id })),
    ...[...people.leads.values()].map((l) => ({ type: 'lead' as const, id: l.id })),
  ];
  const [mine, all] = await Promise.all([
    campaign ? ctx.store.getByIndexMany<CampaignMember>('members', 'campaign+person', refs.map((r) => [campaign.id, personKey(r)])) : refs.map(() => []),
    ctx.store.getByIndexMany<CampaignMember>('members', 'leadId', refs.filter((r) => r.type === 'lead').map((r) => r.id)),
  ]);
  const contactRefs = refs.filter((r) => r.type === 'contact');
  const contactMembers = await ctx.store.getByIndexMany<CampaignMember>('members', 'contactId', contactRefs.map((r) => r.id));
  const memberships = new Map<string, CampaignMember>();
  refs.forEach((r, i) => mine[i][0] && memberships.set(personKey(r), mine[i][0]));
  const personMemberships = new Map<string, CampaignMember[]>();
  refs.filter((r) => r.type === 'lead').forEach((r, i) => personMemberships.set(personKey(r), all[i]));
  contactRefs.forEach((r, i) => personMemberships.set(personKey(r), contactMembers[i]));
  return { ...(campaign ? { campaign } : {}), ...people, memberships, personMemberships };
}
