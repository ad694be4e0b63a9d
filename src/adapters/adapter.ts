import type { Campaign, CampaignInput, MemberStatus, MemberStatusChange, QuickCampaignInput } from '../model/campaign.js';
import type { Material, MaterialInput } from '../model/material.js';
import type { AddMembersInput, CampaignMember, CheckInInput, MemberQuery, UndoCheckInInput, RemoveMembersInput, SetMemberStatusInput } from '../model/member.js';
import type { ConsentRecord, Contact, Lead, LeadFieldsInput, PersonRef } from '../model/person.js';
import type { HoldSubmissionInput, LeadImportInput, LeadSubmission, PeopleImportInput } from '../model/submission.js';
import type { MemberCounts } from '../domain/members.js';
import type { ConversionResult } from '../domain/conversion.js';
import type { CampaignResultsData } from '../domain/metrics.js';
import type { InfluenceReport, InfluenceReportInput } from '../domain/influence.js';
import type { LeadReport } from '../domain/lead-report.js';
import type { ConversionInput } from '../model/conversion.js';
import type { MemberOpportunityInput, Opportunity, OpportunityPatch } from '../model/opportunity.js';
import type { Account } from '../model/person.js';
import type { ClassifyLeadsInput, ConsentInput, PeoplePage, PeopleQuery, PeopleView, PeopleViewInput } from '../model/people.js';
import type {
  ConversionContext,
  CallOptions,
  MemberStatusChangeResult,
  QuickCampaignResult,
  PersonCampaign,
  SubmitLeadResult,
  HoldSubmissionResult,
  HeldSubmissionList,
  PersonMatch,
  CheckInResult,
  MemberPage,
  ImportResult,
  ImportOptions,
  ChangeListener,
} from './answers.js';

export type { MemberCounts } from '../domain/members.js';
export type { ConversionResult } from '../domain/conversion.js';
export type { CampaignResultsData, OpportunityTotals } from '../domain/metrics.js';
export type { InfluenceReport, InfluenceReportInput } from '../domain/influence.js';
export type { DealFigures, LeadGroup, LeadReport } from '../domain/lead-report.js';
export type { ClassifyLeadsInput, ConsentInput, PeopleFilter, PeoplePage, PeopleQuery, PeopleView, PeopleViewInput, PersonListItem } from '../model/people.js';

export * from './errors.js';
export type * from './answers.js';

/**
 * The use cases widgets need, whatever stores the data: the embedded IndexedDB default, memory
 * (tests, stories), a REST backend or a CRM. Every method validates its input with the zod
 * schemas of model/ and fails with a typed error (`ValidationError` with per-field issues,
 * `NotFoundError`, `ConflictError`, `UnavailableError`, `AbortedError`); a failed write writes
 * nothing.
 */
export interface DataAdapter {
  /** A short name for diagnostics (`indexeddb:lead-kit`, `memory`, `rest:https://…`). */
  readonly name: string;

  getCampaign(id: string, options?: CallOptions): Promise<Campaign>;
  listCampaigns(options?: CallOptions): Promise<Campaign[]>;
  /** Creates (no `id`/`version`, or an unused `id`) or updates (`id` + the `version` read) a campaign. */
  saveCampaign(input: CampaignInput, options?: CallOptions): Promise<Campaign>;
  /** The campaign's ordered member statuses. */
  getMemberStatuses(campaignId: string, options?: CallOptions): Promise<MemberStatus[]>;
  /**
   * Changes a campaign's member statuses (add, rename, reorder, responded flags, the default,
   * removal) and moves the members they concern, in one atomic write. A status still held by
   * members can leave the set only with a move naming where they go (else `ValidationError` on
   * `moves`); counters and `responded`/first-responded dates follow. `version` = the one read.
   */
  changeMemberStatuses(input: MemberStatusChange, options?: CallOptions): Promise<MemberStatusChangeResult>;
  /**
   * Deletes an empty campaign (with its materials and held submissions); one with members,
   * opportunities or sub-campaigns is refused (`ConflictError` reason `in_use`): complete or
   * abort it instead. `version` = the one read.
   */
  deleteCampaign(id: string, version: number, options?: CallOptions): Promise<void>;
  /**
   * Creates a campaign with these people as its members in one step (a quick campaign for a
   * one-off action), up to 10,000; progress after each committed chunk. A failure leaves no
   * campaign and no member behind.
   */
  createQuickCampaign(input: QuickCampaignInput, options?: ImportOptions): Promise<QuickCampaignResult>;
  /** A campaign's materials (links, and files without their content), oldest first. */
  listMaterials(campaignId: string, options?: CallOptions): Promise<Material[]>;
  /** One material, with its file's content. */
  getMaterial(id: string, options?: CallOptions): Promise<Material>;
  /**
   * Adds (no `id`) or changes (`id` + `version` read) a campaign material: a named link or a
   * file up to 512 KiB. Answers it as a list shows it. Adapters that cannot store files refuse
   * one with `ValidationError` on `file`.
   */
  saveMaterial(input: MaterialInput, options?: CallOptions): Promise<Material>;
  /** Deletes a material (`version` = the one read). */
  deleteMaterial(id: string, version: number, options?: CallOptions): Promise<void>;

  getLead(id: string, options?: CallOptions): Promise<Lead>;
  getContact(id: string, options?: CallOptions): Promise<Contact>;
  /** Creates a lead (no email match is made: use `submitLead` to capture a person). */
  createLead(fields: LeadFieldsInput, options?: CallOptions): Promise<Lead>;
  /** Updates a lead; `version` must be the one read. Its memberships' copies follow. */
  updateLead(id: string, version: number, patch: LeadFieldsInput, options?: CallOptions): Promise<Lead>;
  /** The contact, else the lead, whose normalized email equals this one's. */
  findPersonByEmail(email: string, options?: CallOptions): Promise<PersonRef | null>;
  /**
   * Leads and contacts whose name, email or company contains every word of `text` (case- and
   * accent-insensitive), by name, up to 20; converted leads are left out (their contact is found).
   */
  searchPeople(text: string, options?: CallOptions): Promise<PersonMatch[]>;
  /**
   * A page of the workspace's people — leads not converted and contacts — filtered by any field of
   * the catalogue (domain/people-fields), searched, and sorted by a field an index keeps (name,
   * created, rating), with keyset paging; `total` when the workspace counter can tell it.
   */
  pagePeople(query: PeopleQuery, options?: CallOptions): Promise<PeoplePage>;
  /**
   * Sets a rating, lead source and/or lead status on up to 1,000 leads in one atomic write, each
   * with the version read: one changed meanwhile refuses the whole write (`ConflictError`), a
   * converted one too (it is read-only). The workspace's lead counter moves with them.
   */
  classifyLeads(input: ClassifyLeadsInput, options?: CallOptions): Promise<Lead[]>;
  /**
   * Progressive profiling: the names of the fields the kit already has for a returning visitor
   * (`firstName`, `company`, `custom.budget` — never their values), read through the form's
   * first-party visitor id (`LeadSubmission.visitorId`); none for a visitor never seen. A public
   * form's publishable key may call it.
   */
  knownFields(visitorId: string, options?: CallOptions): Promise<string[]>;
  /**
   * Records a consent given or withdrawn (an unsubscribe, a call) on a lead or contact, at the
   * time of the call; answers the person's records in order. Records are only added (a converted
   * lead's are its contact's: refused there).
   */
  recordConsent(input: ConsentInput, options?: CallOptions): Promise<ConsentRecord[]>;
  /** The workspace's saved people views (shared by the team), by name. */
  listPeopleViews(options?: CallOptions): Promise<PeopleView[]>;
  /**
   * Saves a people view: new (no `id`/`version`), or changed (`id` + the `version` read). Names are
   * unique in the workspace (`ValidationError` `duplicate`); `isDefault` unmarks the previous default.
   */
  savePeopleView(input: PeopleViewInput, options?: CallOptions): Promise<PeopleView>;
  /** Deletes a people view (`version` = the one read). */
  deletePeopleView(id: string, version: number, options?: CallOptions): Promise<void>;

  /** A page of a campaign's members, filtered, searched and sorted, with keyset paging. */
  pageMembers(query: MemberQuery, options?: CallOptions): Promise<MemberPage>;
  /** The members with these ids (those that exist; any campaign), in the order asked. Up to 500. */
  getMembers(ids: readonly string[], options?: CallOptions): Promise<CampaignMember[]>;
  /** Member counts (total, by status, leads, contacts, responded) from the maintained aggregate. */
  countMembers(campaignId: string, options?: CallOptions): Promise<MemberCounts>;
  /** Adds leads or contacts; people already on the campaign are left as they are. */
  addMembers(input: AddMembersInput, options?: CallOptions): Promise<CampaignMember[]>;
  /**
   * A person's campaign history: every membership of the lead or contact with its campaign,
   * newest first, read from the person's index. A converted lead's memberships live on its contact.
   */
  listPersonCampaigns(person: PersonRef, options?: CallOptions): Promise<PersonCampaign[]>;
  /** Removes members (each with the version read). */
  removeMembers(input: RemoveMembersInput, options?: CallOptions): Promise<void>;
  /** Sets one status on many members atomically; a stale version fails them all. */
  setMemberStatus(input: SetMemberStatusInput, options?: CallOptions): Promise<CampaignMember[]>;

  /**
   * Checks a member in at an event: the campaign's attended status, responded, the time. `code`
   * is the member id or their lead's or contact's id (a badge scan). Idempotent per `checkInId`;
   * someone already arrived is not checked in twice (`already: true`, with the time they arrived).
   */
  checkIn(input: CheckInInput, options?: CallOptions): Promise<CheckInResult>;
  /**
   * Undoes a check-in while the member is unchanged since (else `ConflictError`): the previous
   * status comes back; a walk-in's membership is removed (the lead is kept).
   */
  undoCheckIn(input: UndoCheckInInput, options?: CallOptions): Promise<void>;

  /**
   * Captures a person on a campaign: matches an existing contact or lead by normalized email
   * (filling only empty fields), else creates a lead; adds or updates the membership.
   */
  submitLead(input: LeadSubmission, options?: CallOptions): Promise<SubmitLeadResult>;
  /**
   * Keeps a submission a form's spam trap suspected (sent with no interaction, or too fast) in
   * the campaign's quarantine instead of capturing it: no lead, no membership, no count moves
   * until someone releases it. Idempotent per `submissionId`. Submit-only connectors (a CRM has
   * no quarantine) send it as a normal submission instead; the CRM's own spam filter decides.
   */
  holdSubmission(input: HoldSubmissionInput, options?: CallOptions): Promise<HoldSubmissionResult>;
  /** A campaign's held submissions, newest first (up to 200), with their total. */
  listHeldSubmissions(campaignId: string, options?: CallOptions): Promise<HeldSubmissionList>;
  /**
   * Releases a held submission into its campaign: captured exactly like `submitLead` (dedupe by
   * email, membership, counts), and taken out of the quarantine, in one atomic write. Releasing
   * it again fails with `NotFoundError` (it is no longer held); nothing is captured twice.
   */
  releaseHeldSubmission(id: string, options?: CallOptions): Promise<SubmitLeadResult>;
  /** Deletes a held submission for good (spam, after a look). */
  discardHeldSubmission(id: string, options?: CallOptions): Promise<void>;
  /** Imports many leads into a campaign with the same matching; invalid rows are reported, not written. */
  /**
   * Imports people into the workspace, with no campaign: each row matched by email exactly as an
   * import into a campaign (no one twice), the others created as leads or, with `as: 'contact'`,
   * contacts filed under their company's account. Rows refused are reported; progress per batch.
   */
  importPeople(input: PeopleImportInput, rows: readonly LeadFieldsInput[], options?: ImportOptions): Promise<ImportResult>;
  importLeads(input: LeadImportInput, rows: readonly LeadFieldsInput[], options?: ImportOptions): Promise<ImportResult>;

  getAccount(id: string, options?: CallOptions): Promise<Account>;
  /** Accounts whose name contains `text` (accent-, case- and legal-suffix-insensitive), up to 20. */
  searchAccounts(text: string, options?: CallOptions): Promise<Account[]>;
  /** Opportunities credited to a campaign (primary campaign source) or of an account. */
  listOpportunities(filter: { primaryCampaignId?: string; accountId?: string }, options?: CallOptions): Promise<Opportunity[]>;
  /**
   * Turns a contact's campaign membership into a deal: an opportunity of the contact's account,
   * the member's campaign as primary campaign source (its results count it at once), in that
   * campaign's currency. A lead's membership is refused (`ValidationError` on `memberId`: convert
   * the lead); a contact without an account too.
   */
  createOpportunityFromMember(input: MemberOpportunityInput, options?: CallOptions): Promise<Opportunity>;
  /** Updates an opportunity (`version` = the one read); its old and new primary campaigns' results change. */
  updateOpportunity(id: string, version: number, patch: OpportunityPatch, options?: CallOptions): Promise<Opportunity>;
  /** The lead, its campaigns and likely matches, for the conversion wizard. */
  conversionContext(leadId: string, options?: CallOptions): Promise<ConversionContext>;
  /**
   * Converts a lead atomically: account (new or existing), contact (new or merged), optional
   * opportunity, memberships moved, lead marked converted. A converted lead is refused
   * (`ConflictError` reason `converted`); on any failure nothing is written.
   */
  convertLead(input: ConversionInput, options?: CallOptions): Promise<ConversionResult>;

  /**
   * A campaign's result aggregates: the campaign, its maintained member counts, and the totals
   * of the opportunities it is the primary campaign source of. Never loads the members.
   */
  campaignResults(campaignId: string, options?: CallOptions): Promise<CampaignResultsData>;
  /**
   * Multi-touch influence of the workspace: every deal's amount shared among the campaigns its
   * person responded to before it was created, under each model (primary source, first and last
   * touch, even, position-based, U, W, time decay, J, inverse J, custom), per currency. Invalid
   * options (a half-life out of 0.5–365 days, weights not adding up to 100) → `ValidationError`.
   */
  influenceReport(input?: InfluenceReportInput, options?: CallOptions): Promise<InfluenceReport>;
  /**
   * The lead management report of the workspace (every lead, whatever its origin): leads by
   * status, source and rating with conversion rate and median days to convert, by the month they
   * were created, and leads created per week. From counters kept with every lead write; never
   * loads the leads.
   */
  leadReport(options?: CallOptions): Promise<LeadReport>;

  /** Calls `listener` after every committed change; returns the unsubscribe function. */
  subscribe(listener: ChangeListener): () => void;

  /**
   * Adapters with an offline outbox (RestAdapter): the writes kept on this device until the
   * backend has them — pending, or failed with the reason (kept until discarded).
   */
  pendingWrites?(): Promise<PendingWrite[]>;
  /** Sends the pending writes now (else they go when the backend is reachable again). */
  flushPendingWrites?(): Promise<void>;
  /** Drops a failed write from the outbox (after the user has seen or exported it). */
  discardPendingWrite?(key: string): Promise<void>;
}

/** The DataAdapter's use cases: every method but `name`, `subscribe` and the outbox's. */
export type UseCase = Exclude<keyof DataAdapter, 'name' | 'subscribe' | 'pendingWrites' | 'flushPendingWrites' | 'discardPendingWrite'>;

/**
 * Every use case, once, with the number of arguments it takes before its options. Adapters that
 * forward calls (lazy loading, REST, submit-only connectors) define their methods from this
 * list; the REST routes and the HTTP contract are keyed by the same names. A use case added to
 * `DataAdapter` and missing here fails to compile.
 */
export const USE_CASES = {
  getCampaign: 1,
  listCampaigns: 0,
  saveCampaign: 1,
  getMemberStatuses: 1,
  changeMemberStatuses: 1,
  deleteCampaign: 2,
  createQuickCampaign: 1,
  listMaterials: 1,
  getMaterial: 1,
  saveMaterial: 1,
  deleteMaterial: 2,
  getLead: 1,
  getContact: 1,
  createLead: 1,
  updateLead: 3,
  findPersonByEmail: 1,
  searchPeople: 1,
  pagePeople: 1,
  classifyLeads: 1,
  recordConsent: 1,
  knownFields: 1,
  listPeopleViews: 0,
  savePeopleView: 1,
  deletePeopleView: 2,
  pageMembers: 1,
  getMembers: 1,
  countMembers: 1,
  listPersonCampaigns: 1,
  addMembers: 1,
  removeMembers: 1,
  setMemberStatus: 1,
  checkIn: 1,
  undoCheckIn: 1,
  submitLead: 1,
  holdSubmission: 1,
  listHeldSubmissions: 1,
  releaseHeldSubmission: 1,
  discardHeldSubmission: 1,
  importLeads: 2,
  importPeople: 2,
  getAccount: 1,
  searchAccounts: 1,
  listOpportunities: 1,
  createOpportunityFromMember: 1,
  updateOpportunity: 3,
  conversionContext: 1,
  convertLead: 1,
  campaignResults: 1,
  influenceReport: 1,
  leadReport: 0,
} as const satisfies Record<UseCase, number>;

/**
 * Defines on `target` each use case it does not define itself: `forward(method, args, options, all)`
 * gets the call's arguments and its options apart (and every argument as given, to pass on).
 */
export function defineUseCases(target: object, forward: (method: UseCase, args: unknown[], options: CallOptions | undefined, all: unknown[]) => Promise<unknown>): void {
  for (const [method, arity] of Object.entries(USE_CASES) as [UseCase, number][]) {
    if (method in target) continue;
    const value = (...args: unknown[]) => forward(method, args.slice(0, arity), args[arity] as CallOptions | undefined, args);
    Object.defineProperty(target, method, { value, writable: true, configurable: true });
  }
}

/** A write waiting in an adapter's outbox. */
export interface PendingWrite {
  /** The write's idempotency key. */
  key: string;
  method: 'submitLead' | 'holdSubmission' | 'checkIn' | string;
  campaignId?: string;
  /** What the write says (the submission, or the check-in input). */
  input: unknown;
  createdAt: string;
  /** `blocked`: the server refused the key; sent once the adapter has another key. */
  state: 'pending' | 'failed' | 'blocked';
  /** Why it failed, for `failed` and `blocked`. */
  error?: string;
}
