import * as z from 'zod/mini';
import { autoCreatedCampaign, isBlankLead, isSettableLeadStatus, planCapture, publicSubmissionResult, submissionFingerprint, submissionStatus, webFormStatuses, type CaptureLookup } from '../../domain/capture.js';
import { recallSubmission } from '../idempotency.js';
import { ChangeBuilder } from '../../domain/change-builder.js';
import type { StoreName } from '../../domain/change-set.js';
import { newId as randomId } from '../../domain/ids.js';
import { emailKey } from '../../domain/matching.js';
import {
  countMemberChange,
  memberCountsKey,
  memberMatchesSearch,
  memberPersonOf,
  personKey,
  personSearchKey,
  rankPeople,
  refreshPersonCopies,
  toMemberCounts,
  type MemberCounts,
} from '../../domain/members.js';
import { arrivedAt, attendedStatus, checkInPatch, hasArrived, undoCheckInPatch } from '../../domain/attendance.js';
import { applyStatus, defaultMemberStatuses, defaultStatus, findStatus } from '../../domain/statuses.js';
import {
  accountMatches,
  companyKey,
  defaultOpportunityName,
  defaultPrimaryCampaign,
  planConversion,
  type ConversionResult,
} from '../../domain/conversion.js';
import { conversionInputSchema, type ConversionInput } from '../../model/conversion.js';
import { opportunityTotals, type CampaignResultsData } from '../../domain/metrics.js';
import { opportunityPatchSchema, type Opportunity, type OpportunityPatch } from '../../model/opportunity.js';
import { campaignInputSchema, campaignSchema, type Campaign, type CampaignInput, type MemberStatus } from '../../model/campaign.js';
import { emailSchema, idSchema } from '../../model/common.js';
import {
  addMembersInputSchema,
  memberQuerySchema,
  type ParsedMemberQuery,
  removeMembersInputSchema,
  setMemberStatusInputSchema,
  checkInInputSchema,
  undoCheckInInputSchema,
  type CheckInInput,
  type UndoCheckInInput,
  type AddMembersInput,
  type CampaignMember,
  type MemberQuery,
  type RemoveMembersInput,
  type SetMemberStatusInput,
} from '../../model/member.js';
import { leadFieldsSchema, type Account, type Contact, type Lead, type LeadFields, type LeadFieldsInput, type PersonRef } from '../../model/person.js';
import {
  holdSubmissionInputSchema,
  leadImportSchema,
  leadSubmissionSchema,
  type HeldSubmission,
  type HoldSubmissionInput,
  type LeadImportInput,
  type LeadSubmission,
  type ParsedLeadSubmission,
} from '../../model/submission.js';
import type {
  CallOptions,
  ChangeListener,
  CheckInResult,
  ConversionContext,
  DataAdapter,
  HeldSubmissionList,
  HoldSubmissionResult,
  ImportOptions,
  ImportResult,
  ImportRowError,
  MemberPage,
  PersonMatch,
  SubmitLeadResult,
} from '../adapter.js';
import { ConflictError, LeadKitError, NotFoundError, throwIfAborted, ValidationError } from '../errors.js';
import { parseInput } from '../validate.js';
import type { RecordStore } from './record-store.js';
import { indexKey } from './keys.js';
import { memberIndex, STORES, toStored } from './schema.js';

export interface LocalAdapterOptions {
  /** Clock, for tests. */
  now?: () => string;
  /** Id factory, for tests. */
  newId?: () => string;
  /**
   * Create a campaign the first time a lead is submitted to an id never seen (a landing page's
   * visitor has no campaigns in their browser yet). Default true.
   */
  autoCreateCampaigns?: boolean;
  /**
   * Submissions come from a public web form (the server, for a publishable key): they record
   * only the campaign's web-form statuses (domain/capture `webFormStatuses`), move an existing
   * membership only forward, never check anyone in, and answer without saying whom they matched
   * (`publicSubmissionResult`). Default false.
   */
  publicCapture?: boolean;
  /** Rows per committed batch in `importLeads`. Default 500 (keeps every task of a 100k import under 50 ms here). */
  importBatchSize?: number;
}

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

const MAX_ATTEMPTS = 5;

/** Gives the event loop a turn (so long imports never block input or rendering). */
function yieldToBrowser(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(null);
  });
}

/**
 * The DataAdapter over a RecordStore: validates with model/, plans with domain/, commits the
 * change set atomically, and retries the whole read-plan-commit when a concurrent change wins.
 */
export class LocalAdapter implements DataAdapter {
  readonly name: string;
  private readonly now: () => string;
  private readonly newId: () => string;
  private readonly autoCreate: boolean;
  private readonly publicCapture: boolean;
  private readonly batchSize: number;
  /** Identifies this instance's own commits among the store's announcements. */
  private readonly origin = {};

  constructor(
    readonly store: RecordStore,
    options: LocalAdapterOptions = {},
  ) {
    this.name = `local:${store.name}`;
    this.now = options.now ?? (() => new Date().toISOString());
    this.newId = options.newId ?? randomId;
    this.autoCreate = options.autoCreateCampaigns ?? true;
    this.publicCapture = options.publicCapture ?? false;
    this.batchSize = options.importBatchSize ?? 500;
  }

  subscribe(listener: ChangeListener): () => void {
    return this.store.onCommit((info, origin) => listener({ ...info, origin: origin === this.origin ? 'local' : 'remote' }));
  }

  // ---- campaigns -------------------------------------------------------------------------

  async getCampaign(id: string, options?: CallOptions): Promise<Campaign> {
    return this.requireRecord<Campaign>('campaigns', 'campaign', id, options);
  }

  async listCampaigns(options?: CallOptions): Promise<Campaign[]> {
    throwIfAborted(options?.signal);
    const all = await this.store.getAll<Campaign>('campaigns');
    return all.sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
  }

  async saveCampaign(input: CampaignInput, options?: CallOptions): Promise<Campaign> {
    const parsed = parseInput(campaignInputSchema, input);
    throwIfAborted(options?.signal);
    const b = new ChangeBuilder(this.now());
    const { id, version, ...fields } = parsed;
    const existing = id ? await this.store.get<Campaign>('campaigns', id) : undefined;
    if (parsed.parentId) await this.checkParent(id, parsed.parentId);
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
      campaign = b.create('campaigns', id ?? this.newId(), {
        ...stripUndefined(fields),
        memberStatuses: fields.memberStatuses ?? defaultMemberStatuses(fields.type),
      }) as unknown as Campaign;
    }
    parseInput(campaignSchema, campaign);
    b.touchCampaign(campaign.id);
    await this.commit(b);
    return campaign;
  }

  async getMemberStatuses(campaignId: string, options?: CallOptions): Promise<MemberStatus[]> {
    return (await this.getCampaign(campaignId, options)).memberStatuses;
  }

  // ---- people ----------------------------------------------------------------------------

  async getLead(id: string, options?: CallOptions): Promise<Lead> {
    return this.requireRecord<Lead>('leads', 'lead', id, options);
  }

  async getContact(id: string, options?: CallOptions): Promise<Contact> {
    return this.requireRecord<Contact>('contacts', 'contact', id, options);
  }

  async createLead(fields: LeadFieldsInput, options?: CallOptions): Promise<Lead> {
    const parsed = parseInput(leadFieldsSchema, fields);
    throwIfAborted(options?.signal);
    const b = new ChangeBuilder(this.now());
    const { status, source, ...rest } = parsed;
    refuseConvertedStatus(status);
    const lead = b.create('leads', this.newId(), {
      ...rest,
      ...(parsed.email ? { emailKey: emailKey(parsed.email) } : {}),
      source: source ?? 'other',
      status: status ?? 'open',
    }) as unknown as Lead;
    await this.commit(b);
    return lead;
  }

  async updateLead(id: string, version: number, patch: LeadFieldsInput, options?: CallOptions): Promise<Lead> {
    const leadId = parseInput(idSchema, id, 'id');
    const parsed = parseInput(leadFieldsSchema, patch);
    throwIfAborted(options?.signal);
    const current = await this.getLead(leadId);
    if (current.version !== version) throw new ConflictError(`lead ${leadId} changed since it was read (version ${current.version})`);
    if (current.status === 'converted') throw new ConflictError(`lead ${leadId} is converted and read-only`);
    refuseConvertedStatus(parsed.status);
    const b = new ChangeBuilder(this.now());
    const next: Partial<Lead> = { ...stripUndefined(parsed) };
    if (parsed.email) next.emailKey = emailKey(parsed.email);
    const lead = b.update('leads', current, next);
    await this.refreshSnapshots(b, { type: 'lead', id: leadId }, lead);
    await this.commit(b);
    return lead;
  }

  async findPersonByEmail(email: string, options?: CallOptions): Promise<PersonRef | null> {
    const key = emailKey(parseInput(emailSchema, email, 'email'));
    throwIfAborted(options?.signal);
    const lookup = await this.lookupPeople([key]);
    const contact = lookup.contacts.get(key);
    if (contact) return { type: 'contact', id: contact.id };
    const lead = lookup.leads.get(key);
    return lead ? { type: 'lead', id: lead.id } : null;
  }

  // ---- members ---------------------------------------------------------------------------

  async pageMembers(query: MemberQuery, options?: CallOptions): Promise<MemberPage> {
    const q = parseInput(memberQuerySchema, query);
    throwIfAborted(options?.signal);
    if (q.counts) {
      const [page, counts] = await Promise.all([this.pageMembers({ ...q, counts: false }, options), this.countMembers(q.campaignId, options)]);
      return { ...page, counts };
    }
    const index = q.status ? memberIndex(q.sort === 'status' ? 'name' : q.sort, true) : memberIndex(q.sort, false);
    const prefix: IDBValidKey[] = q.status ? [q.campaignId, q.status] : [q.campaignId];
    let after: IDBValidKey[] | undefined;
    if (q.cursor) after = decodeCursor(q.cursor, index, prefix);
    const search = q.search;
    const type = q.type;
    const filter =
      search || type
        ? (r: Record<string, unknown>) =>
            (!type || (type === 'lead' ? r.leadId !== undefined : r.contactId !== undefined)) &&
            (!search || memberMatchesSearch(r.sk as { q: string }, search))
        : undefined;
    if (q.offset && !after && !filter) {
      // A jump past the middle walks from the other end: the cost is the distance to the nearer end.
      const counts = toMemberCounts(await this.store.counter(memberCountsKey(q.campaignId)));
      const total = q.status ? (counts.byStatus[q.status] ?? 0) : counts.total;
      if (q.offset > total / 2) return this.pageFromEnd(q, index, prefix, total, options);
    }
    const page = await this.store.page('members', index, {
      prefix,
      after,
      direction: q.direction === 'asc' ? 'next' : 'prev',
      limit: q.limit,
      filter,
      ...(filter ? { match: { ...(search ? { search } : {}), ...(type ? { type } : {}) } } : {}),
      skip: q.offset,
    });
    throwIfAborted(options?.signal);
    return {
      items: page.items as unknown as CampaignMember[],
      ...(page.more && page.lastKey ? { nextCursor: encodeCursor(index, page.lastKey) } : {}),
    };
  }

  private async pageFromEnd(q: ParsedMemberQuery, index: string, prefix: IDBValidKey[], total: number, options?: CallOptions): Promise<MemberPage> {
    const take = Math.min(q.limit, total - q.offset!);
    if (take <= 0) return { items: [] };
    const skip = total - q.offset! - take;
    const page = await this.store.page('members', index, {
      prefix,
      direction: q.direction === 'asc' ? 'prev' : 'next',
      limit: take,
      ...(skip ? { skip } : {}),
    });
    throwIfAborted(options?.signal);
    const items = (page.items as unknown as CampaignMember[]).reverse();
    const last = items[items.length - 1];
    const keyPath = STORES.members.find((i) => i.name === index)!.keyPath;
    const more = q.offset! + items.length < total;
    return {
      items,
      ...(more && last ? { nextCursor: encodeCursor(index, indexKey(toStored('members', last as never), keyPath) as IDBValidKey[]) } : {}),
    };
  }

  async getMembers(ids: readonly string[], options?: CallOptions): Promise<CampaignMember[]> {
    const list = parseInput(z.array(idSchema).check(z.maxLength(500, 'too_long')), ids, 'ids');
    throwIfAborted(options?.signal);
    const found = await this.store.getMany<CampaignMember>('members', list);
    return found.filter((m): m is CampaignMember => m !== undefined);
  }

  async countMembers(campaignId: string, options?: CallOptions): Promise<MemberCounts> {
    const id = parseInput(idSchema, campaignId, 'campaignId');
    throwIfAborted(options?.signal);
    return toMemberCounts(await this.store.counter(memberCountsKey(id)));
  }

  async addMembers(input: AddMembersInput, options?: CallOptions): Promise<CampaignMember[]> {
    const parsed = parseInput(addMembersInputSchema, input);
    return this.retry(options, async () => {
      const campaign = await this.getCampaign(parsed.campaignId);
      const status = this.resolveStatus(campaign, parsed.status, defaultStatus(campaign));
      const unique = [...new Map(parsed.people.map((p) => [personKey(p), p])).values()];
      const people = await this.loadPeople(unique);
      const existing = await this.store.getByIndexMany<CampaignMember>(
        'members',
        'campaign+person',
        unique.map((p) => [campaign.id, personKey(p)]),
      );
      const b = new ChangeBuilder(this.now());
      const created: CampaignMember[] = [];
      unique.forEach((ref, i) => {
        if (existing[i].length) return;
        const member = b.create('members', this.newId(), {
          campaignId: campaign.id,
          ...(ref.type === 'lead' ? { leadId: ref.id } : { contactId: ref.id }),
          ...applyStatus(undefined, status, b.now),
          person: memberPersonOf(people[i]),
        }) as unknown as CampaignMember;
        countMemberChange(b.changes, undefined, member);
        created.push(member);
      });
      await this.commit(b);
      return created;
    });
  }

  async removeMembers(input: RemoveMembersInput, options?: CallOptions): Promise<void> {
    const parsed = parseInput(removeMembersInputSchema, input);
    throwIfAborted(options?.signal);
    const members = await this.loadMembers(parsed.campaignId, parsed.members);
    const b = new ChangeBuilder(this.now());
    for (const m of members) {
      b.delete('members', m);
      countMemberChange(b.changes, m, undefined);
    }
    await this.commit(b);
  }

  async setMemberStatus(input: SetMemberStatusInput, options?: CallOptions): Promise<CampaignMember[]> {
    const parsed = parseInput(setMemberStatusInputSchema, input);
    throwIfAborted(options?.signal);
    const campaign = await this.getCampaign(parsed.campaignId);
    const status = this.resolveStatus(campaign, parsed.status, undefined);
    const members = await this.loadMembers(campaign.id, parsed.members);
    const b = new ChangeBuilder(this.now());
    const updated = members.map((m) => {
      if (m.status === status.label) return m;
      const next = b.update('members', m, applyStatus(m, status, b.now));
      countMemberChange(b.changes, m, next);
      return next;
    });
    await this.commit(b);
    return updated;
  }

  // ---- attendance ------------------------------------------------------------------------

  async checkIn(input: CheckInInput, options?: CallOptions): Promise<CheckInResult> {
    const p = parseInput(checkInInputSchema, input);
    return this.retry(options, async () => {
      const campaign = await this.getCampaign(p.campaignId, options);
      const attended = attendedStatus(campaign);
      if (!attended) {
        throw new ValidationError([{ path: 'status', code: 'no_attended_status', message: `campaign ${campaign.id} has no attended status` }]);
      }
      const member = await this.memberByCode(campaign.id, p.code);
      if (!member) throw new NotFoundError('campaign member', p.code);
      if (member.checkIn?.id === p.checkInId) return { member, already: false, at: member.checkIn.at };
      if (hasArrived(member)) return { member, already: true, at: arrivedAt(member) ?? member.updatedAt };
      const b = new ChangeBuilder(this.now());
      const at = p.at ?? b.now;
      const next = b.update('members', member, checkInPatch(member, attended, { id: p.checkInId, at, walkIn: p.walkIn }));
      countMemberChange(b.changes, member, next);
      await this.commit(b);
      return { member: next, already: false, at };
    });
  }

  async undoCheckIn(input: UndoCheckInInput, options?: CallOptions): Promise<void> {
    const p = parseInput(undoCheckInInputSchema, input);
    throwIfAborted(options?.signal);
    const campaign = await this.getCampaign(p.campaignId, options);
    const member = await this.store.get<CampaignMember>('members', p.memberId);
    if (!member || member.campaignId !== campaign.id) throw new NotFoundError('campaign member', p.memberId);
    if (member.checkIn?.id !== p.checkInId) throw new ConflictError(`campaign member ${p.memberId} changed since the check-in`);
    const b = new ChangeBuilder(this.now());
    if (member.checkIn.walkIn) {
      b.delete('members', member);
      countMemberChange(b.changes, member, undefined);
    } else {
      const next = b.update('members', member, undoCheckInPatch(campaign, member));
      countMemberChange(b.changes, member, next);
    }
    await this.commit(b);
  }

  /** The campaign's member with this id, or the membership of the lead or contact with this id. */
  private async memberByCode(campaignId: string, code: string): Promise<CampaignMember | undefined> {
    const byId = await this.store.get<CampaignMember>('members', code);
    if (byId?.campaignId === campaignId) return byId;
    for (const type of ['lead', 'contact'] as const) {
      const [m] = await this.store.getByIndex<CampaignMember>('members', 'campaign+person', [campaignId, personKey({ type, id: code })]);
      if (m) return m;
    }
    return undefined;
  }

  // ---- capture ---------------------------------------------------------------------------

  async submitLead(input: LeadSubmission, options?: CallOptions): Promise<SubmitLeadResult> {
    const parsed = parseInput(leadSubmissionSchema, input);
    const print = submissionFingerprint(parsed);
    const publicForm = this.publicCapture;
    this.refusePublicCheckIn(publicForm, parsed);
    return this.retry(options, async () => {
      const previous = recallSubmission(parsed.submissionId, print, await this.store.get<SubmissionRecord>('submissions', parsed.submissionId));
      if (previous) return this.answer(previous, publicForm);
      const b = new ChangeBuilder(this.now());
      const result = await this.planSubmission(b, parsed, print, publicForm);
      await this.commit(b);
      return this.answer(result, publicForm);
    });
  }

  // ---- the quarantine (submissions held as suspected spam) --------------------------------

  async holdSubmission(input: HoldSubmissionInput, options?: CallOptions): Promise<HoldSubmissionResult> {
    const { submission, reason } = parseInput(holdSubmissionInputSchema, input);
    this.refusePublicCheckIn(this.publicCapture, submission);
    const id = submission.submissionId;
    const held = { submissionId: id, held: true };
    return this.retry(options, async () => {
      const [existing, captured] = await Promise.all([this.store.get<HeldRecord>('held', id), this.store.get<SubmissionRecord>('submissions', id)]);
      // Held before, or already captured under this id (a retry after a release): nothing to keep.
      if (existing || captured) return held;
      // A public form holds only for a campaign that exists (a bot cannot invent campaigns to fill).
      if (!this.autoCreate && !(await this.store.get('campaigns', submission.campaignId))) throw new NotFoundError('campaign', submission.campaignId);
      const b = new ChangeBuilder(this.now());
      b.create('held', id, { campaignId: submission.campaignId, reason, submission, ...(this.publicCapture ? { publicForm: true } : {}) });
      b.touchCampaign(submission.campaignId);
      await this.commit(b);
      return held;
    });
  }

  async listHeldSubmissions(campaignId: string, options?: CallOptions): Promise<HeldSubmissionList> {
    const id = parseInput(idSchema, campaignId, 'campaignId');
    throwIfAborted(options?.signal);
    const records = await this.store.getByIndex<HeldRecord>('held', 'campaignId', id);
    records.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? 1 : -1));
    return { items: records.slice(0, HELD_LIST_LIMIT).map(toHeldSubmission), total: records.length };
  }

  async releaseHeldSubmission(id: string, options?: CallOptions): Promise<SubmitLeadResult> {
    const heldId = parseInput(idSchema, id, 'id');
    return this.retry(options, async () => {
      const held = await this.requireRecord<HeldRecord>('held', 'held submission', heldId, options);
      const parsed = parseInput(leadSubmissionSchema, held.submission);
      const print = submissionFingerprint(parsed);
      const publicForm = !!held.publicForm;
      const b = new ChangeBuilder(this.now());
      b.delete('held', held);
      b.touchCampaign(held.campaignId);
      // Captured already under its id (it was sent again, not as suspect): the quarantine's copy goes.
      const previous = recallSubmission(parsed.submissionId, print, await this.store.get<SubmissionRecord>('submissions', parsed.submissionId));
      const result = previous ?? (await this.planSubmission(b, parsed, print, publicForm));
      await this.commit(b);
      return result;
    });
  }

  async discardHeldSubmission(id: string, options?: CallOptions): Promise<void> {
    const heldId = parseInput(idSchema, id, 'id');
    await this.retry(options, async () => {
      const held = await this.requireRecord<HeldRecord>('held', 'held submission', heldId, options);
      const b = new ChangeBuilder(this.now());
      b.delete('held', held);
      b.touchCampaign(held.campaignId);
      await this.commit(b);
    });
  }

  private refusePublicCheckIn(publicForm: boolean, parsed: ParsedLeadSubmission): void {
    if (publicForm && parsed.checkIn) {
      throw new ValidationError([{ path: 'checkIn', code: 'not_allowed', message: 'a public web form (publishable key) cannot check anyone in' }]);
    }
  }

  private answer(result: SubmitLeadResult, publicForm: boolean): SubmitLeadResult {
    return publicForm ? publicSubmissionResult(result.submissionId) : result;
  }

  /**
   * Stages a submission's capture on `b` (the campaign, the person matched or created, the
   * membership, the submission's record) and returns its result. `publicForm`: the rules of a
   * public web form (web-form statuses, forward only).
   */
  private async planSubmission(b: ChangeBuilder, parsed: ParsedLeadSubmission, print: string, publicForm: boolean): Promise<SubmitLeadResult> {
    const { campaign, created: campaignCreated } = await this.campaignForCapture(b, parsed.campaignId);
    let checkIn: { id: string; at: string; attended: MemberStatus } | undefined;
    if (parsed.checkIn) {
      const attended = attendedStatus(campaign);
      if (!attended) throw new ValidationError([{ path: 'checkIn', code: 'no_attended_status', message: `campaign ${campaign.id} has no attended status` }]);
      checkIn = { id: parsed.checkIn.checkInId, at: parsed.checkIn.at ?? b.now, attended };
    }
    const status = publicForm ? this.webFormStatus(campaign, parsed.status) : this.resolveStatus(campaign, parsed.status, submissionStatus(campaign, !!checkIn));
    const key = emailKey(parsed.lead.email);
    const lookup = await this.lookupCapture(campaign, [key]);
    const entry = { fields: parsed.lead, status, source: parsed.source ?? 'web', ...(checkIn ? { checkIn } : {}), ...(publicForm ? { forwardOnly: true } : {}) };
    const capture = planCapture(b, lookup, entry, this.newId);
    const result: SubmitLeadResult = { submissionId: parsed.submissionId, ...capture, campaignCreated };
    b.create('submissions', parsed.submissionId, { fingerprint: print, result });
    return result;
  }

  async importLeads(input: LeadImportInput, rows: readonly LeadFieldsInput[], options: ImportOptions = {}): Promise<ImportResult> {
    const parsed = parseInput(leadImportSchema, input);
    // Each row is validated on its own below (a bad row is reported, the others imported).
    parseInput(z.array(z.unknown()), rows, 'rows');
    const campaign = await this.getCampaign(parsed.campaignId, options);
    const status = this.resolveStatus(campaign, parsed.status, defaultStatus(campaign));
    const result: ImportResult = { created: 0, skipped: 0, matched: 0, membersCreated: 0, errors: [] };
    for (let start = 0; start < rows.length; start += this.batchSize) {
      throwIfAborted(options.signal);
      const valid: { row: number; fields: LeadFields }[] = [];
      rows.slice(start, start + this.batchSize).forEach((raw, i) => {
        try {
          if (isBlankLead(raw)) result.skipped++;
          else valid.push({ row: start + i + 1, fields: parseInput(leadFieldsSchema, raw) });
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          for (const issue of error.issues) result.errors.push({ row: start + i + 1, ...issue } satisfies ImportRowError);
        }
      });
      const counts = await this.retry(options, async () => {
        const b = new ChangeBuilder(this.now());
        const keys = [...new Set(valid.flatMap((v) => (v.fields.email ? [emailKey(v.fields.email)] : [])))];
        const lookup = await this.lookupCapture(campaign, keys);
        const c = { created: 0, matched: 0, membersCreated: 0 };
        for (const v of valid) {
          const r = planCapture(b, lookup, { fields: v.fields, status, source: parsed.source }, this.newId);
          if (r.matched) c.matched++;
          else c.created++;
          if (r.memberCreated) c.membersCreated++;
        }
        await this.commit(b, 'relaxed');
        return c;
      });
      result.created += counts.created;
      result.matched += counts.matched;
      result.membersCreated += counts.membersCreated;
      options.onProgress?.(Math.min(start + this.batchSize, rows.length), rows.length);
      await yieldToBrowser();
    }
    return result;
  }

  // ---- accounts, opportunities, conversion ------------------------------------------------

  async getAccount(id: string, options?: CallOptions): Promise<Account> {
    return this.requireRecord<Account>('accounts', 'account', id, options);
  }

  async searchPeople(text: string, options?: CallOptions): Promise<PersonMatch[]> {
    const search = parseInput(z.string().check(z.maxLength(200)), text, 'text');
    throwIfAborted(options?.signal);
    // A full read: there is no word index on people. Fine for a browser's data; a remote
    // adapter answers this server-side.
    const all = await this.store.getAll<(Lead | Contact) & { kind: 'lead' | 'contact' }>('people');
    throwIfAborted(options?.signal);
    const found: PersonMatch[] = [];
    for (const p of all) {
      if (p.kind === 'lead' && (p as Lead).convertedAt) continue;
      const person = memberPersonOf(p);
      if (memberMatchesSearch({ q: personSearchKey(person) }, search)) found.push({ ref: { type: p.kind, id: p.id }, person });
    }
    return rankPeople(found);
  }

  async searchAccounts(text: string, options?: CallOptions): Promise<Account[]> {
    const key = companyKey(parseInput(z.string().check(z.maxLength(200)), text, 'text'));
    throwIfAborted(options?.signal);
    const all = await this.store.getAll<Account>('accounts');
    return all
      .filter((a) => !key || companyKey(a.name).includes(key))
      .sort((a, b) => a.name.localeCompare(b.name))
      .slice(0, 20);
  }

  async listOpportunities(filter: { primaryCampaignId?: string; accountId?: string }, options?: CallOptions): Promise<Opportunity[]> {
    const f = parseInput(z.object({ primaryCampaignId: z.optional(idSchema), accountId: z.optional(idSchema) }), filter);
    throwIfAborted(options?.signal);
    if (f.primaryCampaignId) return this.store.getByIndex<Opportunity>('opportunities', 'primaryCampaignId', f.primaryCampaignId);
    if (f.accountId) return this.store.getByIndex<Opportunity>('opportunities', 'accountId', f.accountId);
    return this.store.getAll<Opportunity>('opportunities');
  }

  async updateOpportunity(id: string, version: number, patch: OpportunityPatch, options?: CallOptions): Promise<Opportunity> {
    const opportunityId = parseInput(idSchema, id, 'id');
    const parsed = parseInput(opportunityPatchSchema, patch);
    throwIfAborted(options?.signal);
    const current = await this.store.get<Opportunity>('opportunities', opportunityId);
    if (!current) throw new NotFoundError('opportunity', opportunityId);
    if (current.version !== version) throw new ConflictError(`opportunity ${opportunityId} changed since it was read (version ${current.version})`);
    if (parsed.primaryCampaignId && !(await this.store.get('campaigns', parsed.primaryCampaignId))) {
      throw new ValidationError([{ path: 'primaryCampaignId', code: 'not_found', message: `No campaign ${parsed.primaryCampaignId}` }]);
    }
    const b = new ChangeBuilder(this.now());
    const updated = b.update('opportunities', current, stripUndefined(parsed) as Partial<Opportunity>);
    for (const c of [current.primaryCampaignId, updated.primaryCampaignId]) if (c) b.touchCampaign(c);
    await this.commit(b);
    return updated;
  }

  async conversionContext(leadId: string, options?: CallOptions): Promise<ConversionContext> {
    const lead = await this.getLead(leadId, options);
    const members = await this.store.getByIndex<CampaignMember>('members', 'leadId', lead.id);
    const campaigns = await this.store.getMany<Campaign>('campaigns', members.map((m) => m.campaignId));
    const memberships = members
      .map((member, i) => ({ member, campaign: campaigns[i]! }))
      .filter((m) => m.campaign)
      .sort((a, b) => (a.member.createdAt < b.member.createdAt ? 1 : -1));
    const accounts = await this.accountCandidates(lead);
    const suggestedAccounts = accounts.filter((a) => accountMatches(lead, a)).sort((a, b) => a.name.localeCompare(b.name));
    const suggestedContacts = lead.emailKey
      ? (await this.store.getByIndex<Contact>('contacts', 'emailKey', lead.emailKey)).filter((c) => c.leadId !== lead.id || lead.status !== 'converted')
      : [];
    return {
      lead,
      memberships,
      suggestedAccounts,
      suggestedContacts,
      defaultPrimaryCampaignId: defaultPrimaryCampaign(members),
      defaultOpportunityName: defaultOpportunityName(lead),
    };
  }

  async convertLead(input: ConversionInput, options?: CallOptions): Promise<ConversionResult> {
    const parsed = parseInput(conversionInputSchema, input);
    throwIfAborted(options?.signal);
    const lead = await this.getLead(parsed.leadId);
    if (lead.status === 'converted') throw new ConflictError(`lead ${lead.id} is already converted`, 'converted');
    if (lead.version !== parsed.leadVersion) throw new ConflictError(`lead ${lead.id} changed since it was read (version ${lead.version})`);
    const account = parsed.account.mode === 'existing' ? await this.getAccount(parsed.account.id) : undefined;
    const contact = parsed.contact.mode === 'existing' ? await this.getContact(parsed.contact.id) : undefined;
    const [leadMemberships, contactMemberships] = await Promise.all([
      this.store.getByIndex<CampaignMember>('members', 'leadId', lead.id),
      contact ? this.store.getByIndex<CampaignMember>('members', 'contactId', contact.id) : Promise.resolve([]),
    ]);
    const primary = parsed.opportunity?.primaryCampaignId;
    if (primary && !leadMemberships.some((m) => m.campaignId === primary)) {
      throw new ValidationError([{ path: 'opportunity.primaryCampaignId', code: 'not_lead_campaign', message: `The lead is not on campaign ${primary}` }]);
    }
    const b = new ChangeBuilder(this.now());
    const result = planConversion(b, { lead, account, contact, leadMemberships, contactMemberships }, parsed, this.newId);
    await this.commit(b);
    return result;
  }

  async campaignResults(campaignId: string, options?: CallOptions): Promise<CampaignResultsData> {
    const campaign = await this.getCampaign(campaignId, options);
    const [counts, opportunities] = await Promise.all([
      this.countMembers(campaign.id, options),
      this.store.getByIndex<Opportunity>('opportunities', 'primaryCampaignId', campaign.id),
    ]);
    return { campaign, counts, opportunities: opportunityTotals(opportunities) };
  }

  // ---- helpers ---------------------------------------------------------------------------

  /**
   * Accounts that may be the lead's company (`accountMatches` decides): all of them here; an
   * adapter with a database narrows them with an index first.
   */
  protected async accountCandidates(_lead: Lead): Promise<Account[]> {
    return this.store.getAll<Account>('accounts');
  }

  /** A record by id (validated at the boundary), or `NotFoundError`. */
  private async requireRecord<T>(store: StoreName, entity: string, id: string, options?: CallOptions): Promise<T> {
    const recordId = parseInput(idSchema, id, 'id');
    throwIfAborted(options?.signal);
    const record = await this.store.get<T>(store, recordId);
    if (!record) throw new NotFoundError(entity, recordId);
    return record;
  }

  private async commit(b: ChangeBuilder, durability?: 'relaxed'): Promise<void> {
    await this.store.commit(b.changes, { origin: this.origin, durability });
  }

  /** Runs read-plan-commit again when a concurrent change wins (not for idempotency clashes). */
  private async retry<T>(options: CallOptions | undefined, attempt: () => Promise<T>): Promise<T> {
    for (let i = 1; ; i++) {
      throwIfAborted(options?.signal);
      try {
        return await attempt();
      } catch (error) {
        if (!(error instanceof ConflictError) || error.reason === 'idempotency' || i >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  /** The status a public web form records: the one it names among the campaign's web-form statuses, or the first of them. */
  private webFormStatus(campaign: Campaign, label: string | undefined): MemberStatus {
    const allowed = webFormStatuses(campaign);
    const status = label === undefined ? allowed[0] : allowed.find((s) => s.label.toLocaleLowerCase() === label.trim().toLocaleLowerCase());
    if (!status) throw new ValidationError([{ path: 'status', code: 'not_allowed', message: `a public web form may not record "${label}" on campaign ${campaign.id}` }]);
    return status;
  }

  private resolveStatus(campaign: Campaign, label: string | undefined, fallback: MemberStatus | undefined): MemberStatus {
    if (label === undefined && fallback) return fallback;
    const status = label === undefined ? undefined : findStatus(campaign, label);
    if (!status) {
      throw new ValidationError([
        { path: 'status', code: 'unknown_status', message: `"${label}" is not a member status of campaign ${campaign.id}` },
      ]);
    }
    return status;
  }

  private async campaignForCapture(b: ChangeBuilder, id: string): Promise<{ campaign: Campaign; created: boolean }> {
    const campaign = await this.store.get<Campaign>('campaigns', id);
    if (campaign) return { campaign, created: false };
    if (!this.autoCreate) throw new NotFoundError('campaign', id);
    const created = b.create('campaigns', id, autoCreatedCampaign(id)) as unknown as Campaign;
    b.touchCampaign(id);
    return { campaign: created, created: true };
  }

  /**
   * Contacts and leads matching the email keys, one index request per key (leads and contacts
   * share the `people` store); a converted lead resolves to the contact it became.
   */
  private async lookupPeople(keys: string[]): Promise<Pick<CaptureLookup, 'contacts' | 'leads'>> {
    const found = await this.store.getByIndexMany<(Lead | Contact) & { kind: 'lead' | 'contact' }>('people', 'emailKey', keys);
    const out = { contacts: new Map<string, Contact>(), leads: new Map<string, Lead>() };
    const convertedTo: [string, string][] = [];
    keys.forEach((k, i) => {
      const strip = <T>({ kind: _k, ...r }: { kind: string }) => r as T;
      const contacts = found[i].filter((p) => p.kind === 'contact').map((p) => strip<Contact>(p));
      const contact = contacts.sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))[0];
      if (contact) out.contacts.set(k, contact);
      const leadRecord = found[i].find((p) => p.kind === 'lead');
      if (!leadRecord) return;
      const lead = strip<Lead>(leadRecord);
      if (lead.status === 'converted' && lead.convertedContactId) {
        if (!contact) convertedTo.push([k, lead.convertedContactId]);
      } else out.leads.set(k, lead);
    });
    if (convertedTo.length) {
      const contacts = await this.store.getMany<Contact>('contacts', convertedTo.map(([, id]) => id));
      convertedTo.forEach(([k], i) => contacts[i] && out.contacts.set(k, contacts[i]!));
    }
    return out;
  }

  private async lookupCapture(campaign: Campaign, keys: string[]): Promise<CaptureLookup> {
    const people = await this.lookupPeople(keys);
    const refs: PersonRef[] = [
      ...[...people.contacts.values()].map((c) => ({ type: 'contact' as const, id: c.id })),
      ...[...people.leads.values()].map((l) => ({ type: 'lead' as const, id: l.id })),
    ];
    const [mine, all] = await Promise.all([
      this.store.getByIndexMany<CampaignMember>('members', 'campaign+person', refs.map((r) => [campaign.id, personKey(r)])),
      this.store.getByIndexMany<CampaignMember>('members', 'leadId', refs.filter((r) => r.type === 'lead').map((r) => r.id)),
    ]);
    const contactRefs = refs.filter((r) => r.type === 'contact');
    const contactMembers = await this.store.getByIndexMany<CampaignMember>('members', 'contactId', contactRefs.map((r) => r.id));
    const memberships = new Map<string, CampaignMember>();
    refs.forEach((r, i) => mine[i][0] && memberships.set(personKey(r), mine[i][0]));
    const personMemberships = new Map<string, CampaignMember[]>();
    refs.filter((r) => r.type === 'lead').forEach((r, i) => personMemberships.set(personKey(r), all[i]));
    contactRefs.forEach((r, i) => personMemberships.set(personKey(r), contactMembers[i]));
    return { campaign, ...people, memberships, personMemberships };
  }

  private async loadPeople(refs: PersonRef[]): Promise<(Lead | Contact)[]> {
    const leads = await this.store.getMany<Lead>('leads', refs.map((r) => (r.type === 'lead' ? r.id : '')));
    const contacts = await this.store.getMany<Contact>('contacts', refs.map((r) => (r.type === 'contact' ? r.id : '')));
    return refs.map((r, i) => {
      const person = r.type === 'lead' ? leads[i] : contacts[i];
      if (!person) throw new NotFoundError(r.type, r.id);
      return person;
    });
  }

  /** The members, checked to exist on the campaign at the versions the caller saw. */
  private async loadMembers(campaignId: string, refs: { id: string; version: number }[]): Promise<CampaignMember[]> {
    const found = await this.store.getMany<CampaignMember>('members', refs.map((r) => r.id));
    return refs.map((r, i) => {
      const m = found[i];
      if (!m || m.campaignId !== campaignId) throw new NotFoundError('campaign member', r.id);
      if (m.version !== r.version) throw new ConflictError(`campaign member ${r.id} changed since it was read`);
      return m;
    });
  }

  private async refreshSnapshots(b: ChangeBuilder, ref: PersonRef, person: Lead | Contact): Promise<void> {
    const members = await this.store.getByIndex<CampaignMember>('members', ref.type === 'lead' ? 'leadId' : 'contactId', ref.id);
    refreshPersonCopies(b, members, memberPersonOf(person));
  }

  private async checkParent(id: string | undefined, parentId: string): Promise<void> {
    const seen = new Set<string>(id ? [id] : []);
    let cursor: string | undefined = parentId;
    while (cursor) {
      if (seen.has(cursor)) {
        throw new ValidationError([{ path: 'parentId', code: 'cycle', message: 'A campaign cannot be its own ancestor' }]);
      }
      seen.add(cursor);
      const parent: Campaign | undefined = await this.store.get<Campaign>('campaigns', cursor);
      if (!parent) throw new ValidationError([{ path: 'parentId', code: 'not_found', message: `No campaign ${cursor}` }]);
      cursor = parent.parentId;
    }
  }
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const cursorSchema = z.object({ i: z.string(), k: z.array(z.union([z.string(), z.number()])) });

function encodeCursor(index: string, key: IDBValidKey[]): string {
  return btoa(unescape(encodeURIComponent(JSON.stringify({ i: index, k: key }))));
}

function decodeCursor(cursor: string, index: string, prefix: IDBValidKey[]): IDBValidKey[] {
  try {
    const parsed = cursorSchema.parse(JSON.parse(decodeURIComponent(escape(atob(cursor)))));
    if (parsed.i === index && prefix.every((p, i) => parsed.k[i] === p)) return parsed.k;
  } catch {
    /* fall through */
  }
  throw new ValidationError([{ path: 'cursor', code: 'invalid_cursor', message: 'The cursor does not belong to this query' }]);
}

export { LeadKitError };

/** A lead's status may not be set to `converted` by a create or an update (only conversion does). */
function refuseConvertedStatus(status: string | undefined): void {
  if (!isSettableLeadStatus(status)) throw new ValidationError([{ path: 'status', code: 'converted', message: 'A lead becomes converted only by conversion' }]);
}
