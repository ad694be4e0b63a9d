/**
 * What docs/openapi.yaml says of each use case: summary, tag, request and response bodies (named
 * zod schemas of src/model/), query parameters, errors, examples. The generator (server/openapi.ts)
 * takes verbs, paths, creates and access from the route table.
 */
import * as z from 'zod/mini';
import { classifyLeadsInputSchema, consentInputSchema, peoplePageSchema, peopleQuerySchema, peopleViewInputSchema, peopleViewSchema } from '../../src/model/people.js';
import type { ZodMiniType } from 'zod/mini';
import type {
  CampaignResultsData,
  CheckInResult,
  ConversionContext,
  ConversionResult,
  HeldSubmissionList,
  HoldSubmissionResult,
  ImportResult,
  MemberCounts,
  MemberPage,
  MemberStatusChangeResult,
  PersonCampaign,
  PersonMatch,
  QuickCampaignResult,
  SubmitLeadResult,
  InfluenceReport,
  LeadReport,
} from '../../src/adapters/adapter.js';
import type { Method } from '../../src/adapters/rest/routes.js';
import { campaignInputSchema, campaignSchema, memberStatusChangeSchema, memberStatusSchema, quickCampaignInputSchema } from '../../src/model/campaign.js';
import { materialInputShape, materialSchema } from '../../src/model/material.js';
import { idSchema } from '../../src/model/common.js';
import { conversionInputSchema } from '../../src/model/conversion.js';
import { addMembersInputSchema, campaignMemberSchema, checkInInputSchema, memberQuerySchema, removeMembersInputSchema, setMemberStatusInputSchema, undoCheckInInputSchema } from '../../src/model/member.js';
import { memberOpportunityInputSchema, opportunityPatchSchema, opportunitySchema } from '../../src/model/opportunity.js';
import { accountSchema, consentRecordSchema, contactSchema, leadFieldsSchema, leadSchema, personRefSchema } from '../../src/model/person.js';
import {
  campaignResultsSchema,
  checkInResultSchema,
  conversionContextSchema,
  conversionResultSchema,
  errorBodySchema,
  eventTicketSchema,
  importResultSchema,
  memberCountsSchema,
  memberPageSchema,
  opportunityTotalsSchema,
  personMatchSchema,
  submitLeadResultSchema,
  holdSubmissionResultSchema,
  heldSubmissionListSchema,
  memberStatusChangeResultSchema,
  personCampaignSchema,
  quickCampaignResultSchema,
  influenceReportSchema,
  leadReportSchema,
} from '../../src/model/results.js';
import { holdSubmissionInputSchema, leadImportSchema, leadSubmissionSchema, peopleImportSchema } from '../../src/model/submission.js';

// The adapter's interfaces and the schemas describe the same values (compile-time check).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree: [
  Same<z.infer<typeof memberCountsSchema>, MemberCounts>,
  Same<z.infer<typeof memberPageSchema>, MemberPage>,
  Same<z.infer<typeof submitLeadResultSchema>, SubmitLeadResult>,
  Same<z.infer<typeof personMatchSchema>, PersonMatch>,
  Same<z.infer<typeof checkInResultSchema>, CheckInResult>,
  Same<z.infer<typeof importResultSchema>, ImportResult>,
  Same<z.infer<typeof conversionResultSchema>, ConversionResult>,
  Same<z.infer<typeof conversionContextSchema>, ConversionContext>,
  Same<z.infer<typeof campaignResultsSchema>, CampaignResultsData>,
  Same<z.infer<typeof holdSubmissionResultSchema>, HoldSubmissionResult>,
  Same<z.infer<typeof heldSubmissionListSchema>, HeldSubmissionList>,
  Same<z.infer<typeof memberStatusChangeResultSchema>, MemberStatusChangeResult>,
  Same<z.infer<typeof quickCampaignResultSchema>, QuickCampaignResult>,
  Same<z.infer<typeof personCampaignSchema>, PersonCampaign>,
  Same<z.infer<typeof influenceReportSchema>, InfluenceReport>,
  Same<z.infer<typeof leadReportSchema>, LeadReport>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];
void agree;

/** Bodies as callers send them (zod input). Path parameters are not repeated in bodies. */
export const requests = {
  CampaignInput: campaignInputSchema,
  MemberStatusChange: z.omit(memberStatusChangeSchema, { campaignId: true, version: true }),
  QuickCampaign: quickCampaignInputSchema,
  MaterialInput: z.omit(materialInputShape, { campaignId: true, version: true }),
  LeadFields: leadFieldsSchema,
  LeadSubmission: leadSubmissionSchema,
  HoldSubmission: holdSubmissionInputSchema,
  MemberLookup: z.object({ ids: z.array(idSchema).check(z.maxLength(500)) }),
  AddMembers: z.omit(addMembersInputSchema, { campaignId: true }),
  RemoveMembers: z.omit(removeMembersInputSchema, { campaignId: true }),
  SetMemberStatus: z.omit(setMemberStatusInputSchema, { campaignId: true }),
  CheckIn: z.omit(checkInInputSchema, { campaignId: true }),
  UndoCheckIn: z.omit(undoCheckInInputSchema, { campaignId: true }),
  LeadImport: z.extend(z.omit(leadImportSchema, { campaignId: true }), { rows: z.array(leadFieldsSchema).check(z.maxLength(500)) }),
  PeopleImport: z.extend(peopleImportSchema, { rows: z.array(leadFieldsSchema).check(z.maxLength(500)) }),
  OpportunityPatch: opportunityPatchSchema,
  MemberOpportunity: z.omit(memberOpportunityInputSchema, { memberId: true }),
  ConversionInput: conversionInputSchema,
  PeopleQuery: peopleQuerySchema,
  ClassifyLeads: classifyLeadsInputSchema,
  PeopleViewInput: z.omit(peopleViewInputSchema, { version: true }),
  ConsentInput: z.omit(consentInputSchema, { person: true }),
} satisfies Record<string, ZodMiniType>;

/** Bodies as the server answers (zod output). */
export const responses = {
  Campaign: campaignSchema,
  MemberStatus: memberStatusSchema,
  MemberStatusChangeResult: memberStatusChangeResultSchema,
  QuickCampaignResult: quickCampaignResultSchema,
  Material: materialSchema,
  PersonCampaign: personCampaignSchema,
  ConsentRecord: consentRecordSchema,
  Lead: leadSchema,
  Contact: contactSchema,
  Account: accountSchema,
  Opportunity: opportunitySchema,
  PersonRef: personRefSchema,
  PersonMatch: personMatchSchema,
  CampaignMember: campaignMemberSchema,
  MemberPage: memberPageSchema,
  MemberCounts: memberCountsSchema,
  SubmitLeadResult: submitLeadResultSchema,
  HoldSubmissionResult: holdSubmissionResultSchema,
  HeldSubmissionList: heldSubmissionListSchema,
  CheckInResult: checkInResultSchema,
  ImportResult: importResultSchema,
  ConversionContext: conversionContextSchema,
  ConversionResult: conversionResultSchema,
  OpportunityTotals: opportunityTotalsSchema,
  CampaignResults: campaignResultsSchema,
  InfluenceReport: influenceReportSchema,
  LeadReport: leadReportSchema,
  PeoplePage: peoplePageSchema,
  PeopleView: peopleViewSchema,
  Error: errorBodySchema,
  EventTicket: eventTicketSchema,
  /** A field's name as the adapter names it: `company`, `custom.budget`. */
  FieldName: z.string().check(z.regex(/^(custom\.)?[A-Za-z][\w-]*$/)),
} satisfies Record<string, ZodMiniType>;

type RequestName = keyof typeof requests;
type ResponseName = keyof typeof responses;
export type Body = ResponseName | `${ResponseName}[]` | `${ResponseName}?` | 'null';

export interface Operation {
  summary: string;
  tag: 'Campaigns' | 'People' | 'Members' | 'Capture' | 'Accounts and opportunities' | 'Conversion' | 'Results';
  request?: RequestName;
  /** Query parameters: name -> [schema, description, required]. */
  query?: Record<string, [ZodMiniType, string, boolean?]>;
  response: Body;
  /** Error statuses the use case itself gives (beyond 400/401/403/413/415/429/503). */
  errors: number[];
  /** The call answers a record: its version as ETag. */
  etag?: boolean;
  /** A request and answer shown in the reference. */
  example?: { request?: unknown; response?: unknown };
}

const search = (what: string): Record<string, [ZodMiniType, string, boolean?]> => ({ search: [z.string().check(z.maxLength(200)), `Case- and accent-insensitive text in ${what}`] });
const memberQueryDocs: Record<string, string> = {
  status: 'Only members with this status label',
  type: 'Only leads or only contacts',
  search: 'Case- and accent-insensitive text in name, email or company',
  sort: 'Column to sort by',
  direction: 'Sort direction',
  limit: 'Members per page',
  cursor: "The previous page's nextCursor",
  offset: 'Rows to skip first (a scrollbar jump); page on with nextCursor',
  counts: "true: also answer the campaign's member counts (one round trip for a list and its figures)",
  filters: 'JSON array of PeopleFilter: conditions on each member\'s person (rating, source, country, custom fields…), every one must hold',
  people: 'true: also answer the lead or contact of each member of the page (field columns)',
};
const memberQuery = Object.fromEntries(
  Object.entries(z.omit(memberQuerySchema, { campaignId: true }).shape).map(([name, schema]) => [
    name,
    // `filters` travels as JSON text in the query string.
    [name === 'filters' ? z.string() : (schema as ZodMiniType), memberQueryDocs[name] ?? name] as [ZodMiniType, string],
  ]),
);

export const OPERATIONS: Record<Method, Operation> = {
  getCampaign: { summary: 'A campaign', tag: 'Campaigns', response: 'Campaign', errors: [404], etag: true },
  listCampaigns: { summary: 'Every campaign of the tenant', tag: 'Campaigns', response: 'Campaign[]', errors: [] },
  saveCampaign: {
    summary: 'Create a campaign (no If-Match) or update it (If-Match: the version read); member statuses default by type',
    tag: 'Campaigns',
    request: 'CampaignInput',
    response: 'Campaign',
    errors: [404, 409, 412, 422],
    etag: true,
    example: { request: { id: 'spring-webinar', name: 'Spring webinar', type: 'webinar', status: 'active', startDate: '2026-03-01', budgetedCost: 2000 } },
  },
  getMemberStatuses: { summary: "A campaign's ordered member statuses", tag: 'Campaigns', response: 'MemberStatus[]', errors: [404] },
  changeMemberStatuses: {
    summary: "Change a campaign's member statuses (If-Match required: the campaign's version) and move the members they concern, in one transaction: a status still held leaves the set only with a move naming where its members go",
    tag: 'Campaigns',
    request: 'MemberStatusChange',
    response: 'MemberStatusChangeResult',
    errors: [404, 412, 422],
    example: { request: { statuses: [{ label: 'Sent', responded: false, default: true }, { label: 'Interested', responded: true, default: false }, { label: 'Not interested', responded: true, default: false }], moves: [{ from: 'Responded', to: 'Interested' }] } },
  },
  deleteCampaign: {
    summary: 'Delete an empty campaign (If-Match required), with its materials and held submissions; 409 (reason in_use) when it has members, opportunities or sub-campaigns: complete or abort it instead',
    tag: 'Campaigns',
    response: 'null',
    errors: [404, 409, 412, 422],
  },
  createQuickCampaign: {
    summary: 'A quick campaign: a new campaign with up to 10,000 leads and contacts as its members, in one transaction',
    tag: 'Campaigns',
    request: 'QuickCampaign',
    response: 'QuickCampaignResult',
    errors: [404, 422],
  },
  listMaterials: { summary: "A campaign's materials (links, and files without their content), oldest first", tag: 'Campaigns', response: 'Material[]', errors: [404, 422] },
  getMaterial: { summary: 'A material, with its file content (base64)', tag: 'Campaigns', response: 'Material', errors: [404, 422], etag: true },
  saveMaterial: {
    summary: 'Add a campaign material (no If-Match) or change it (id in the body, If-Match: the version read): a named link, or a file up to 512 KiB as base64',
    tag: 'Campaigns',
    request: 'MaterialInput',
    response: 'Material',
    errors: [404, 412, 422],
    etag: true,
    example: { request: { name: 'Event brochure', kind: 'brochure', url: 'https://example.com/brochure.pdf' } },
  },
  deleteMaterial: { summary: 'Delete a material (If-Match required)', tag: 'Campaigns', response: 'null', errors: [404, 412, 422] },
  listPersonCampaigns: {
    summary: "A lead's or contact's campaign history (type: lead or contact), newest first, from the person's index",
    tag: 'Members',
    response: 'PersonCampaign[]',
    errors: [404, 422],
  },
  getLead: { summary: 'A lead', tag: 'People', response: 'Lead', errors: [404], etag: true },
  getContact: { summary: 'A contact', tag: 'People', response: 'Contact', errors: [404], etag: true },
  createLead: {
    summary: 'Create a lead (one unconverted lead per normalized email)',
    tag: 'People',
    request: 'LeadFields',
    response: 'Lead',
    errors: [409, 422],
    etag: true,
    example: { request: { firstName: 'Олена', lastName: 'Коваль', email: 'olena@example.com', company: 'Acme', source: 'web' } },
  },
  updateLead: { summary: 'Update a lead (If-Match required); its memberships follow', tag: 'People', request: 'LeadFields', response: 'Lead', errors: [404, 409, 412, 422], etag: true },
  findPersonByEmail: {
    summary: 'The contact (first) or unconverted lead with this email, or null',
    tag: 'People',
    query: { email: [z.string().check(z.maxLength(320)), 'Email address (matched trimmed, NFC, lower-cased)', true] },
    response: 'PersonRef?',
    errors: [422],
  },
  searchPeople: { summary: 'Leads and contacts by name, email or company (up to 20; converted leads left out)', tag: 'People', query: search('name, email or company'), response: 'PersonMatch[]', errors: [422] },
  pagePeople: {
    summary:
      "A page of the workspace's people (leads not converted, and contacts): filters on any catalogue field (in, contains, range, empty, present), search, sort by name, created or rating, keyset cursor; total when the workspace counter tells it",
    tag: 'People',
    request: 'PeopleQuery',
    response: 'PeoplePage',
    errors: [422],
    example: { request: { filters: [{ field: 'rating', op: 'in', values: ['hot'] }, { field: 'source', op: 'in', values: ['event'] }], sort: 'created', direction: 'desc', limit: 50 } },
  },
  listPeopleViews: { summary: "The workspace's saved people views, by name (shared by the team)", tag: 'People', response: 'PeopleView[]', errors: [] },
  savePeopleView: {
    summary: 'Save a people view: new (no If-Match) or changed (id in the body, If-Match: the version read); names are unique; isDefault unmarks the previous default',
    tag: 'People',
    request: 'PeopleViewInput',
    response: 'PeopleView',
    errors: [404, 412, 422],
    etag: true,
    example: { request: { name: 'Hot event leads', columns: ['name', 'company', 'rating', 'source', 'created'], sort: 'created', direction: 'desc', filters: [{ field: 'rating', op: 'in', values: ['hot'] }, { field: 'source', op: 'in', values: ['event'] }] } },
  },
  deletePeopleView: { summary: 'Delete a people view (If-Match required)', tag: 'People', response: 'null', errors: [404, 412, 422] },
  knownFields: {
    summary:
      "Progressive profiling (publishable key): the names of the fields the kit already has for a returning visitor, by the form's first-party visitor id — never their values; [] for a visitor never seen",
    tag: 'People',
    response: 'FieldName[]',
    errors: [422],
  },
  recordConsent: {
    summary: "Record a consent given or withdrawn (an unsubscribe, a call) on a lead or contact (type: lead or contact), at the time of the call; answers the person's consent records in order. Records are only added",
    tag: 'People',
    request: 'ConsentInput',
    response: 'ConsentRecord[]',
    errors: [404, 412, 422],
    example: { request: { purpose: 'newsletter', given: false, source: 'link' } },
  },
  classifyLeads: {
    summary: 'Set a rating, lead source and/or lead status on up to 1,000 leads in one write (each with the version read; one changed meanwhile or converted refuses it all)',
    tag: 'People',
    request: 'ClassifyLeads',
    response: 'Lead[]',
    errors: [404, 409, 412, 422],
  },
  pageMembers: {
    summary: "A page of a campaign's members: filter, search, sort, keyset cursor or offset",
    tag: 'Members',
    query: memberQuery,
    response: 'MemberPage',
    errors: [404, 422],
  },
  getMembers: { summary: 'Members by id (up to 500; unknown ids are left out)', tag: 'Members', request: 'MemberLookup', response: 'CampaignMember[]', errors: [422] },
  countMembers: { summary: "A campaign's maintained member counts", tag: 'Members', response: 'MemberCounts', errors: [422] },
  addMembers: { summary: 'Add leads or contacts to a campaign (existing memberships are kept)', tag: 'Members', request: 'AddMembers', response: 'CampaignMember[]', errors: [404, 412, 422] },
  removeMembers: { summary: 'Remove members (each with the version read; the people are kept)', tag: 'Members', request: 'RemoveMembers', response: 'null', errors: [404, 412, 422] },
  setMemberStatus: { summary: 'Set one status on many members (each with the version read)', tag: 'Members', request: 'SetMemberStatus', response: 'CampaignMember[]', errors: [404, 412, 422] },
  checkIn: {
    summary: 'Check a person in at an event (code: member, lead or contact id); once per checkInId',
    tag: 'Members',
    request: 'CheckIn',
    response: 'CheckInResult',
    errors: [404, 412, 422],
  },
  undoCheckIn: { summary: 'Undo a check-in while the member is unchanged since', tag: 'Members', request: 'UndoCheckIn', response: 'null', errors: [404, 409, 412, 422] },
  submitLead: {
    summary: 'A lead capture: match by email (else create), add or update the membership; once per submissionId. With a publishable key: only the campaign\'s web-form statuses, forward only, no check-in, and an answer that withholds whom it matched',
    tag: 'Capture',
    request: 'LeadSubmission',
    response: 'SubmitLeadResult',
    errors: [404, 409, 422],
    example: {
      request: { submissionId: '0b7f3c9e-5d1a-4f2e-9a7b-3c1d2e4f5a6b', campaignId: 'spring-webinar', lead: { firstName: 'Ana', lastName: 'Pop', email: 'ana.pop@example.com', company: 'Acme' } },
      response: { submissionId: '0b7f3c9e-5d1a-4f2e-9a7b-3c1d2e4f5a6b', person: { type: 'lead', id: '4a1e…' }, matched: false, memberId: '9c2d…', memberCreated: true, campaignCreated: false },
    },
  },
  holdSubmission: {
    summary: "Keep a submission a form's spam trap suspected (sent with no interaction, or too fast) in the campaign's quarantine: no lead, no membership until it is released; once per submissionId. A publishable key may call it (a campaign that exists, no check-in); the answer says only that it was kept",
    tag: 'Capture',
    request: 'HoldSubmission',
    response: 'HoldSubmissionResult',
    errors: [404, 422],
  },
  listHeldSubmissions: { summary: "A campaign's held submissions (suspected spam), newest first, up to 200, with their total", tag: 'Capture', response: 'HeldSubmissionList', errors: [422] },
  releaseHeldSubmission: {
    summary: 'Release a held submission: captured exactly like a submission (match by email, membership, counts) and taken out of the quarantine in one transaction; a second release is 404',
    tag: 'Capture',
    response: 'SubmitLeadResult',
    errors: [404, 409, 422],
  },
  discardHeldSubmission: { summary: 'Delete a held submission for good', tag: 'Capture', response: 'null', errors: [404, 422] },
  importLeads: { summary: 'Import up to 5,000 rows a request (413 above; the RestAdapter sends 500): matched by email like submissions; blank rows skipped and counted; refused rows reported', tag: 'Capture', request: 'LeadImport', response: 'ImportResult', errors: [404, 422] },
  importPeople: { summary: 'Import people into the workspace, with no campaign (up to 5,000 rows a request): matched by email as an import into a campaign; the others become leads, or contacts at their company\'s account (as: contact)', tag: 'Capture', request: 'PeopleImport', response: 'ImportResult', errors: [422] },
  getAccount: { summary: 'An account', tag: 'Accounts and opportunities', response: 'Account', errors: [404], etag: true },
  searchAccounts: { summary: 'Accounts by name (ignoring case, punctuation and legal suffixes)', tag: 'Accounts and opportunities', query: search('the account name'), response: 'Account[]', errors: [422] },
  listOpportunities: {
    summary: 'Opportunities of a campaign (primary campaign source) or of an account',
    tag: 'Accounts and opportunities',
    query: { primaryCampaignId: [idSchema, 'Campaign credited'], accountId: [idSchema, 'Account'] },
    response: 'Opportunity[]',
    errors: [422],
  },
  createOpportunityFromMember: {
    summary: "A contact's campaign response becomes a deal: an opportunity of the contact's account, the member's campaign as primary campaign source, in its currency (422 for a lead's membership: convert the lead)",
    tag: 'Accounts and opportunities',
    request: 'MemberOpportunity',
    response: 'Opportunity',
    errors: [404, 422],
  },
  updateOpportunity: { summary: 'Update an opportunity (If-Match required), e.g. to closed-won', tag: 'Accounts and opportunities', request: 'OpportunityPatch', response: 'Opportunity', errors: [404, 412, 422], etag: true },
  conversionContext: { summary: 'What the conversion wizard proposes for a lead', tag: 'Conversion', response: 'ConversionContext', errors: [404, 409] },
  convertLead: { summary: 'Convert a lead atomically: account, contact, opportunity, memberships moved', tag: 'Conversion', request: 'ConversionInput', response: 'ConversionResult', errors: [404, 409, 412, 422] },
  campaignResults: { summary: "A campaign's results (aggregates)", tag: 'Results', response: 'CampaignResults', errors: [404] },
  influenceReport: {
    summary: "Multi-touch influence: every deal's amount shared among the campaigns its person responded to before it, under each model, per currency",
    tag: 'Results',
    query: {
      halfLifeDays: [z.string().check(z.regex(/^\d+(\.\d+)?$/)), 'Time decay: days after which a touch counts half (0.5–365, default 7)'],
      weights: [z.string().check(z.regex(/^\d+(\.\d+)?(,\d+(\.\d+)?){3}$/)), 'Custom model: percent for the first touch, the lead creation, the last touch and every other touch, adding up to 100 (default 40,0,40,20)'],
    },
    response: 'InfluenceReport',
    errors: [422],
  },
  leadReport: {
    summary: 'The lead management report of the workspace: leads by status, source and rating, conversion rate and median days to convert, by month created, and leads created per week (from counters kept with every lead write)',
    tag: 'Results',
    response: 'LeadReport',
    errors: [],
  },
};

