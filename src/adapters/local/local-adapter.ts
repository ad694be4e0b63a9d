import { newId as randomId } from '../../domain/ids.js';
import type { MemberCounts } from '../../domain/members.js';
import type { ConversionResult } from '../../domain/conversion.js';
import type { ConversionInput } from '../../model/conversion.js';
import type { CampaignResultsData } from '../../domain/metrics.js';
import type { InfluenceReport, InfluenceReportInput } from '../../domain/influence.js';
import type { LeadReport } from '../../domain/lead-report.js';
import type { MemberOpportunityInput, Opportunity, OpportunityPatch } from '../../model/opportunity.js';
import type { Campaign, CampaignInput, MemberStatus, MemberStatusChange, QuickCampaignInput } from '../../model/campaign.js';
import type { Material, MaterialInput } from '../../model/material.js';
import type {
  CheckInInput,
  UndoCheckInInput,
  AddMembersInput,
  CampaignMember,
  MemberQuery,
  RemoveMembersInput,
  SetMemberStatusInput,
} from '../../model/member.js';
import type { Account, ConsentRecord, Contact, Lead, LeadFieldsInput, PersonRef } from '../../model/person.js';
import type { ClassifyLeadsInput, ConsentInput, PeoplePage, PeopleQuery, PeopleView, PeopleViewInput } from '../../model/people.js';
import type { HoldSubmissionInput, LeadImportInput, LeadSubmission, PeopleImportInput } from '../../model/submission.js';
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
  MemberPage,
  MemberStatusChangeResult,
  PersonCampaign,
  PersonMatch,
  QuickCampaignResult,
  SubmitLeadResult,
} from '../adapter.js';
import type { RecordStore } from './record-store.js';
import { LocalContext } from './context.js';
import * as attendance from './attendance.js';
import * as campaigns from './campaigns.js';
import * as capture from './capture.js';
import * as imports from './imports.js';
import * as conversion from './conversion.js';
import * as materials from './materials.js';
import * as members from './members.js';
import * as people from './people.js';
import * as peopleList from './people-list.js';
import * as results from './results.js';

export { HELD_LIST_LIMIT, toHeldSubmission, type HeldRecord } from './capture.js';

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
  /**
   * Members per committed chunk of a quick campaign. Default 500 (short tasks in a browser, with
   * progress); the server writes one in a single transaction.
   */
  bulkChunk?: number;
  /**
   * Rows per committed batch in `importLeads`, at most. Default 8,000: batches start at 500 rows
   * and double up to it; each is validated and planned 500 rows per task, and written a few
   * milliseconds per task. (30,000 rows, 4 rounds each: 0.85x the raw put's throughput with
   * 2,000, 0.93x with 8,000; 30,000 swung 0.60–1.07x.)
   */
  importBatchSize?: number;
  /**
   * Honour `Campaign.doubleOptIn`: a submission waits for the person's confirmation and stages
   * its mail with the change (the server, which writes it to its mail outbox). Default false: a
   * store that cannot mail records the response at once.
   */
  doubleOptIn?: boolean;
}

/**
 * The DataAdapter over a RecordStore: validates with model/, plans with domain/, commits the
 * change set atomically, and retries the whole read-plan-commit when a concurrent change wins.
 * Each use case lives in a module by subject (campaigns, people, members, attendance, capture,
 * conversion, results) over one small context (context.ts: store, clock, ids, commit); this
 * class composes them, and an adapter over another store (the server's SqlAdapter) overrides a
 * use case or `accountCandidates` as a method.
 */
export class LocalAdapter implements DataAdapter {
  readonly name: string;
  /** What the use cases work with. */
  protected readonly ctx: LocalContext;

  constructor(
    readonly store: RecordStore,
    options: LocalAdapterOptions = {},
  ) {
    this.name = `local:${store.name}`;
    this.ctx = new LocalContext(
      store,
      this.name,
      options.now ?? (() => new Date().toISOString()),
      options.newId ?? randomId,
      options.autoCreateCampaigns ?? true,
      options.publicCapture ?? false,
      options.importBatchSize ?? 8000,
      options.bulkChunk ?? 500,
      (lead) => this.accountCandidates(lead),
      options.doubleOptIn ?? false,
    );
  }

  subscribe(listener: ChangeListener): () => void {
    return this.store.onCommit((info, origin) => listener({ ...info, origin: origin === this.ctx.origin ? 'local' : 'remote' }));
  }

  getCampaign(id: string, options?: CallOptions): Promise<Campaign> {
    return campaigns.getCampaign(this.ctx, id, options);
  }

  listCampaigns(options?: CallOptions): Promise<Campaign[]> {
    return campaigns.listCampaigns(this.ctx, options);
  }

  saveCampaign(input: CampaignInput, options?: CallOptions): Promise<Campaign> {
    return campaigns.saveCampaign(this.ctx, input, options);
  }

  getMemberStatuses(campaignId: string, options?: CallOptions): Promise<MemberStatus[]> {
    return campaigns.getMemberStatuses(this.ctx, campaignId, options);
  }

  changeMemberStatuses(input: MemberStatusChange, options?: CallOptions): Promise<MemberStatusChangeResult> {
    return campaigns.changeMemberStatuses(this.ctx, input, options);
  }

  deleteCampaign(id: string, version: number, options?: CallOptions): Promise<void> {
    return campaigns.deleteCampaign(this.ctx, id, version, options);
  }

  createQuickCampaign(input: QuickCampaignInput, options?: ImportOptions): Promise<QuickCampaignResult> {
    return campaigns.createQuickCampaign(this.ctx, input, options);
  }

  listMaterials(campaignId: string, options?: CallOptions): Promise<Material[]> {
    return materials.listMaterials(this.ctx, campaignId, options);
  }

  getMaterial(id: string, options?: CallOptions): Promise<Material> {
    return materials.getMaterial(this.ctx, id, options);
  }

  saveMaterial(input: MaterialInput, options?: CallOptions): Promise<Material> {
    return materials.saveMaterial(this.ctx, input, options);
  }

  deleteMaterial(id: string, version: number, options?: CallOptions): Promise<void> {
    return materials.deleteMaterial(this.ctx, id, version, options);
  }

  listPersonCampaigns(person: PersonRef, options?: CallOptions): Promise<PersonCampaign[]> {
    return members.listPersonCampaigns(this.ctx, person, options);
  }

  /**
   * Confirms a double opt-in (not part of DataAdapter: the server's confirmation link calls it).
   * See local/members `confirmOptIn`.
   */
  confirmOptIn(memberId: string) {
    return members.confirmOptIn(this.ctx, memberId);
  }

  knownFields(visitorId: string, options?: CallOptions): Promise<string[]> {
    return people.knownFields(this.ctx, visitorId, options);
  }

  recordConsent(input: ConsentInput, options?: CallOptions): Promise<ConsentRecord[]> {
    return people.recordConsent(this.ctx, input, options);
  }

  getLead(id: string, options?: CallOptions): Promise<Lead> {
    return people.getLead(this.ctx, id, options);
  }

  getContact(id: string, options?: CallOptions): Promise<Contact> {
    return people.getContact(this.ctx, id, options);
  }

  createLead(fields: LeadFieldsInput, options?: CallOptions): Promise<Lead> {
    return people.createLead(this.ctx, fields, options);
  }

  updateLead(id: string, version: number, patch: LeadFieldsInput, options?: CallOptions): Promise<Lead> {
    return people.updateLead(this.ctx, id, version, patch, options);
  }

  findPersonByEmail(email: string, options?: CallOptions): Promise<PersonRef | null> {
    return people.findPersonByEmail(this.ctx, email, options);
  }

  pageMembers(query: MemberQuery, options?: CallOptions): Promise<MemberPage> {
    return members.pageMembers(this.ctx, query, options);
  }

  getMembers(ids: readonly string[], options?: CallOptions): Promise<CampaignMember[]> {
    return members.getMembers(this.ctx, ids, options);
  }

  countMembers(campaignId: string, options?: CallOptions): Promise<MemberCounts> {
    return members.countMembers(this.ctx, campaignId, options);
  }

  addMembers(input: AddMembersInput, options?: CallOptions): Promise<CampaignMember[]> {
    return members.addMembers(this.ctx, input, options);
  }

  removeMembers(input: RemoveMembersInput, options?: CallOptions): Promise<void> {
    return members.removeMembers(this.ctx, input, options);
  }

  setMemberStatus(input: SetMemberStatusInput, options?: CallOptions): Promise<CampaignMember[]> {
    return members.setMemberStatus(this.ctx, input, options);
  }

  checkIn(input: CheckInInput, options?: CallOptions): Promise<CheckInResult> {
    return attendance.checkIn(this.ctx, input, options);
  }

  undoCheckIn(input: UndoCheckInInput, options?: CallOptions): Promise<void> {
    return attendance.undoCheckIn(this.ctx, input, options);
  }

  submitLead(input: LeadSubmission, options?: CallOptions): Promise<SubmitLeadResult> {
    return capture.submitLead(this.ctx, input, options);
  }

  holdSubmission(input: HoldSubmissionInput, options?: CallOptions): Promise<HoldSubmissionResult> {
    return capture.holdSubmission(this.ctx, input, options);
  }

  listHeldSubmissions(campaignId: string, options?: CallOptions): Promise<HeldSubmissionList> {
    return capture.listHeldSubmissions(this.ctx, campaignId, options);
  }

  releaseHeldSubmission(id: string, options?: CallOptions): Promise<SubmitLeadResult> {
    return capture.releaseHeldSubmission(this.ctx, id, options);
  }

  discardHeldSubmission(id: string, options?: CallOptions): Promise<void> {
    return capture.discardHeldSubmission(this.ctx, id, options);
  }

  importLeads(input: LeadImportInput, rows: readonly LeadFieldsInput[], options: ImportOptions = {}): Promise<ImportResult> {
    return imports.importLeads(this.ctx, input, rows, options);
  }

  importPeople(input: PeopleImportInput, rows: readonly LeadFieldsInput[], options: ImportOptions = {}): Promise<ImportResult> {
    return imports.importPeople(this.ctx, input, rows, options);
  }

  getAccount(id: string, options?: CallOptions): Promise<Account> {
    return people.getAccount(this.ctx, id, options);
  }

  searchPeople(text: string, options?: CallOptions): Promise<PersonMatch[]> {
    return people.searchPeople(this.ctx, text, options);
  }

  pagePeople(query: PeopleQuery, options?: CallOptions): Promise<PeoplePage> {
    return peopleList.pagePeople(this.ctx, query, options);
  }

  classifyLeads(input: ClassifyLeadsInput, options?: CallOptions): Promise<Lead[]> {
    return peopleList.classifyLeads(this.ctx, input, options);
  }

  listPeopleViews(options?: CallOptions): Promise<PeopleView[]> {
    return peopleList.listPeopleViews(this.ctx, options);
  }

  savePeopleView(input: PeopleViewInput, options?: CallOptions): Promise<PeopleView> {
    return peopleList.savePeopleView(this.ctx, input, options);
  }

  deletePeopleView(id: string, version: number, options?: CallOptions): Promise<void> {
    return peopleList.deletePeopleView(this.ctx, id, version, options);
  }

  searchAccounts(text: string, options?: CallOptions): Promise<Account[]> {
    return people.searchAccounts(this.ctx, text, options);
  }

  listOpportunities(filter: { primaryCampaignId?: string; accountId?: string }, options?: CallOptions): Promise<Opportunity[]> {
    return conversion.listOpportunities(this.ctx, filter, options);
  }

  createOpportunityFromMember(input: MemberOpportunityInput, options?: CallOptions): Promise<Opportunity> {
    return conversion.createOpportunityFromMember(this.ctx, input, options);
  }

  updateOpportunity(id: string, version: number, patch: OpportunityPatch, options?: CallOptions): Promise<Opportunity> {
    return conversion.updateOpportunity(this.ctx, id, version, patch, options);
  }

  conversionContext(leadId: string, options?: CallOptions): Promise<ConversionContext> {
    return conversion.conversionContext(this.ctx, leadId, options);
  }

  convertLead(input: ConversionInput, options?: CallOptions): Promise<ConversionResult> {
    return conversion.convertLead(this.ctx, input, options);
  }

  campaignResults(campaignId: string, options?: CallOptions): Promise<CampaignResultsData> {
    return results.campaignResults(this.ctx, campaignId, options);
  }

  influenceReport(input?: InfluenceReportInput, options?: CallOptions): Promise<InfluenceReport> {
    return results.influenceReport(this.ctx, input, options);
  }

  leadReport(options?: CallOptions): Promise<LeadReport> {
    return results.leadReport(this.ctx, options);
  }

  /**
   * Accounts that may be the lead's company (`accountMatches` decides): all of them here; an
   * adapter with a database narrows them with an index first.
   */
  protected async accountCandidates(_lead: Lead): Promise<Account[]> {
    return this.store.getAll<Account>('accounts');
  }
}
