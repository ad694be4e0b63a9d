/**
 * The client types generated from docs/openapi.yaml (openapi-typescript → test/generated/) agree
 * with what the RestAdapter sends and what DataAdapter promises: `npm test` type-checks this file
 * first (tsc), then runs a small typed client built only on the generated types against the server.
 */
import { expect } from '@open-wc/testing';
import type { DataAdapter } from '../../src/adapters/adapter.js';
import type { CampaignInput } from '../../src/model/campaign.js';
import type { ConversionInput } from '../../src/model/conversion.js';
import type { AddMembersInput, CheckInInput, RemoveMembersInput, SetMemberStatusInput, UndoCheckInInput } from '../../src/model/member.js';
import type { OpportunityPatch } from '../../src/model/opportunity.js';
import type { LeadFieldsInput } from '../../src/model/person.js';
import type { LeadImportInput, LeadSubmission } from '../../src/model/submission.js';
import type { components, operations, paths } from '../generated/openapi.js';
import { CONTRACT_SERVER, testKey } from '../helpers/server.js';

type S = components['schemas'];
/** Compiles only when `A` is assignable to `B`. */
type Assignable<A, B> = [A] extends [B] ? true : false;
type Check<T extends true> = T;
type Result<M extends keyof DataAdapter> = DataAdapter[M] extends (...a: never[]) => Promise<infer R> ? R : never;

// What the RestAdapter sends (routes.ts `encode`: the input, path parameters taken out) fits the document.
export type RequestsFit = [
  Check<Assignable<CampaignInput, S['CampaignInput']>>,
  Check<Assignable<LeadFieldsInput, S['LeadFields']>>,
  Check<Assignable<LeadSubmission, S['LeadSubmission']>>,
  Check<Assignable<{ ids: string[] }, S['MemberLookup']>>,
  Check<Assignable<Omit<AddMembersInput, 'campaignId'>, S['AddMembers']>>,
  Check<Assignable<Omit<RemoveMembersInput, 'campaignId'>, S['RemoveMembers']>>,
  Check<Assignable<Omit<SetMemberStatusInput, 'campaignId'>, S['SetMemberStatus']>>,
  Check<Assignable<Omit<CheckInInput, 'campaignId'>, S['CheckIn']>>,
  Check<Assignable<Omit<UndoCheckInInput, 'campaignId'>, S['UndoCheckIn']>>,
  Check<Assignable<Omit<LeadImportInput, 'campaignId'> & { rows: LeadFieldsInput[] }, S['LeadImport']>>,
  Check<Assignable<OpportunityPatch, S['OpportunityPatch']>>,
  Check<Assignable<ConversionInput, S['ConversionInput']>>,
];

// What the document says the server answers is what DataAdapter promises its callers.
type Ok<O extends keyof operations, C extends number> = operations[O]['responses'] extends Record<C, { content: { 'application/json': infer B } }> ? B : never;
/** Guards the checks below from passing vacuously (`never` fits anything). */
type Found<T> = [T] extends [never] ? false : true;
export type ResponsesFound = [
  Check<Found<Ok<'getCampaign', 200>>>,
  Check<Found<Ok<'saveCampaign', 201>>>,
  Check<Found<Ok<'findPersonByEmail', 200>>>,
  Check<Found<Ok<'pageMembers', 200>>>,
  Check<Found<Ok<'submitLead', 201>>>,
  Check<Found<Ok<'conversionContext', 200>>>,
  Check<Found<Ok<'campaignResults', 200>>>,
];
export type ResponsesFit = [
  Check<Assignable<Ok<'getCampaign', 200>, Result<'getCampaign'>>>,
  Check<Assignable<Ok<'listCampaigns', 200>, Result<'listCampaigns'>>>,
  Check<Assignable<Ok<'saveCampaign', 201>, Result<'saveCampaign'>>>,
  Check<Assignable<Ok<'getMemberStatuses', 200>, Result<'getMemberStatuses'>>>,
  Check<Assignable<Ok<'getLead', 200>, Result<'getLead'>>>,
  Check<Assignable<Ok<'getContact', 200>, Result<'getContact'>>>,
  Check<Assignable<Ok<'createLead', 201>, Result<'createLead'>>>,
  Check<Assignable<Ok<'updateLead', 200>, Result<'updateLead'>>>,
  Check<Assignable<Ok<'findPersonByEmail', 200>, Result<'findPersonByEmail'>>>,
  Check<Assignable<Ok<'searchPeople', 200>, Result<'searchPeople'>>>,
  Check<Assignable<Ok<'pageMembers', 200>, Result<'pageMembers'>>>,
  Check<Assignable<Ok<'getMembers', 200>, Result<'getMembers'>>>,
  Check<Assignable<Ok<'countMembers', 200>, Result<'countMembers'>>>,
  Check<Assignable<Ok<'addMembers', 201>, Result<'addMembers'>>>,
  Check<Assignable<Ok<'setMemberStatus', 200>, Result<'setMemberStatus'>>>,
  Check<Assignable<Ok<'checkIn', 201>, Result<'checkIn'>>>,
  Check<Assignable<Ok<'submitLead', 201>, Result<'submitLead'>>>,
  Check<Assignable<Ok<'importLeads', 201>, Result<'importLeads'>>>,
  Check<Assignable<Ok<'getAccount', 200>, Result<'getAccount'>>>,
  Check<Assignable<Ok<'searchAccounts', 200>, Result<'searchAccounts'>>>,
  Check<Assignable<Ok<'listOpportunities', 200>, Result<'listOpportunities'>>>,
  Check<Assignable<Ok<'updateOpportunity', 200>, Result<'updateOpportunity'>>>,
  Check<Assignable<Ok<'conversionContext', 200>, Result<'conversionContext'>>>,
  Check<Assignable<Ok<'convertLead', 201>, Result<'convertLead'>>>,
  Check<Assignable<Ok<'campaignResults', 200>, Result<'campaignResults'>>>,
];

/** A client another team could write from the document alone: paths, bodies and answers typed. */
function typedClient(base: string, key: string) {
  const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
  return {
    async post<P extends { [K in keyof paths]: paths[K] extends { post: unknown } ? K : never }[keyof paths]>(
      path: P,
      body: paths[P] extends { post: { requestBody: { content: { 'application/json': infer B } } } } ? B : never,
    ): Promise<paths[P] extends { post: { responses: { 201: { content: { 'application/json': infer R } } } } } ? R : never> {
      const r = await fetch(`${base}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
      if (r.status !== 201) throw new Error(`${path}: HTTP ${r.status}`);
      return r.json();
    },
    async get<R>(path: string): Promise<R> {
      const r = await fetch(`${base}${path}`, { headers });
      if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
      return r.json();
    },
  };
}

describe('a client generated from docs/openapi.yaml', () => {
  it('creates a campaign and submits a lead with the generated types, and reads the counts back', async () => {
    const { key } = await testKey();
    const api = typedClient(CONTRACT_SERVER, key);
    const campaign: S['Campaign'] = await api.post('/campaigns', { id: 'typed', name: 'Typed client', type: 'webinar' });
    expect(campaign.memberStatuses.length).to.be.greaterThan(1);
    const result: S['SubmitLeadResult'] = await api.post('/submissions', { submissionId: `typed-${Date.now()}`, campaignId: 'typed', lead: { email: 'typed@example.com', firstName: 'Тайпед' } });
    expect(result.person.type).to.equal('lead');
    expect(result.memberCreated).to.equal(true);
    const counts = await api.get<S['MemberCounts']>('/campaigns/typed/counts');
    expect(counts.total).to.equal(1);
  });
});
