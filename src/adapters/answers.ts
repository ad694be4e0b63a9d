/**
 * What the DataAdapter's use cases take as options and answer (adapter.ts re-exports them): call
 * options, results of captures, imports, check-ins and status changes, pages, change events.
 */
import type { Campaign } from '../model/campaign.js';
import type { CampaignMember, MemberPerson } from '../model/member.js';
import type { Contact, Lead, PersonRef } from '../model/person.js';
import type { HeldSubmission } from '../model/submission.js';
import type { MemberCounts } from '../domain/members.js';
import type { Campaign as CampaignRecord } from '../model/campaign.js';
import type { Account } from '../model/person.js';
import type { PersonListItem } from '../model/people.js';


/** What the conversion wizard needs to propose a conversion. */
export interface ConversionContext {
  lead: Lead;
  /** The lead's campaign memberships with their campaigns, most recent first. */
  memberships: { member: CampaignMember; campaign: CampaignRecord }[];
  /** Accounts that likely are the lead's company (name or email domain), best first. */
  suggestedAccounts: Account[];
  /** Contacts with the lead's email. */
  suggestedContacts: Contact[];
  /** The campaign an opportunity is credited to by default. */
  defaultPrimaryCampaignId?: string;
  /** "<Company> - <Lead name>". */
  defaultOpportunityName: string;
}

/** Options every adapter call takes. */
export interface CallOptions {
  /** Aborts the call; it then rejects with an `AbortedError` (a write may already be committed). */
  signal?: AbortSignal;
}

/** What a status-set change did: the campaign as saved, and how many members moved. */
export interface MemberStatusChangeResult {
  campaign: Campaign;
  moved: number;
}

/** A quick campaign as created, with its members. */
export interface QuickCampaignResult {
  campaign: Campaign;
  membersCreated: number;
}

/** One campaign of a person's history: the membership and its campaign. */
export interface PersonCampaign {
  member: CampaignMember;
  campaign: Campaign;
}

/** What a lead submission did. Idempotent: the same `submissionId` returns the same result. */
export interface SubmitLeadResult {
  submissionId: string;
  /** The lead or contact the submission was attached to. */
  person: PersonRef;
  /** True when the email matched an existing lead or contact (no new lead was created). */
  matched: boolean;
  memberId: string;
  /** True when the membership was created by this submission. */
  memberCreated: boolean;
  /** True when the campaign did not exist and was created with the default statuses. */
  campaignCreated: boolean;
  /** With `checkIn`: when the person arrived, and whether they already had (nothing changed). */
  checkIn?: { at: string; already: boolean };
  /**
   * The campaign asks for a double opt-in (the server mails a confirmation link): `pending` —
   * the membership waits for the person's confirmation; `not-needed` — they had confirmed
   * before. A public form's answer says `pending` either way.
   */
  confirmation?: 'pending' | 'not-needed';
  /**
   * False when the backend gives no confirmation (Salesforce Web-to-Lead answers opaquely): the
   * submission was sent, ids are placeholders. Absent or true otherwise.
   */
  confirmed?: boolean;
  /**
   * True when the caller may not learn whom the submission matched (a publishable key's answer):
   * it was recorded; `person` and `memberId` are placeholders, `matched` and `memberCreated` false.
   */
  withheld?: boolean;
}

/** What `holdSubmission` answers: it was kept (nothing else is said, to a public form or a bot). */
export interface HoldSubmissionResult {
  submissionId: string;
  /** False from a destination with no quarantine (a CRM connector): it was submitted instead. */
  held: boolean;
}

/** A campaign's held submissions, newest first (up to 200), and how many there are in all. */
export interface HeldSubmissionList {
  items: HeldSubmission[];
  total: number;
}

/** A person found by `searchPeople`: who, and the fields to show. */
export interface PersonMatch {
  ref: PersonRef;
  person: MemberPerson;
}

/** What a check-in did. */
export interface CheckInResult {
  member: CampaignMember;
  /** True when the person had already arrived: nothing was written. */
  already: boolean;
  /** When the person arrived (this check-in's time, or the earlier one's). */
  at: string;
}

/** One page of members and the cursor of the next. */
export interface MemberPage {
  items: CampaignMember[];
  /** Pass as `cursor` to get the next page; absent on the last page. */
  nextCursor?: string;
  /** The campaign's member counts, when the query asked for `counts`. */
  counts?: MemberCounts;
  /** The lead or contact of each member of the page (each once), when the query asked for `people`. */
  people?: PersonListItem[];
}

/** A row of an import refused by validation. Row numbers count from 1. */
export interface ImportRowError {
  row: number;
  path: string;
  code: string;
  message: string;
}

export interface ImportResult {
  /** People created: leads, or contacts for an import `as: 'contact'`. */
  created: number;
  /** Blank rows (no value in any column) skipped: they create nothing. */
  skipped: number;
  /** Rows matched to an existing lead or contact by email. */
  matched: number;
  /** Memberships created on the campaign. */
  membersCreated: number;
  /** Rows refused; everything else was imported. */
  errors: ImportRowError[];
}

export interface ImportOptions extends CallOptions {
  /** Called after each committed batch with the rows done so far. */
  onProgress?: (done: number, total: number) => void;
}

/** A committed change, announced to subscribers in this tab and in other tabs. */
export interface ChangeEvent {
  /** Stores the change wrote (`members`, `leads`, `campaigns`, ...). */
  stores: string[];
  /** Campaigns whose members or figures moved. */
  campaignIds: string[];
  /** Ids of the records written, when there were few enough to list; `undefined` for bulk changes. */
  ids?: string[];
  /** `local`: this adapter instance committed it; `remote`: another instance, tab or server. */
  origin: 'local' | 'remote';
}

export type ChangeListener = (event: ChangeEvent) => void;

