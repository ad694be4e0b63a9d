/**
 * The local adapter's use cases, by subject (LocalAdapter composes them). Opportunities and lead
 * conversion (account, contact, opportunity, memberships moved, all at once).
 */
import * as z from 'zod/mini';
import { ChangeBuilder } from '../../domain/change-builder.js';
import { countInfluenceChange, touchesBefore } from '../../domain/influence.js';
import { leadOrigin } from '../../domain/lead-counts.js';
import {
  accountMatches,
  defaultOpportunityName,
  defaultPrimaryCampaign,
  planConversion,
  type ConversionResult,
} from '../../domain/conversion.js';
import { conversionInputSchema, type ConversionInput } from '../../model/conversion.js';
import { memberOpportunityInputSchema, opportunityPatchSchema, type MemberOpportunityInput, type Opportunity, type OpportunityPatch } from '../../model/opportunity.js';
import type { Campaign } from '../../model/campaign.js';
import { idSchema } from '../../model/common.js';
import type { CampaignMember } from '../../model/member.js';
import type { Contact, Lead } from '../../model/person.js';
import type { CallOptions, ConversionContext } from '../adapter.js';
import { ConflictError, NotFoundError, throwIfAborted, ValidationError } from '../errors.js';
import { parseInput } from '../validate.js';
import type { LocalContext } from './context.js';
import { stripUndefined } from './util.js';
import { getAccount, getContact, getLead } from './people.js';

export async function listOpportunities(ctx: LocalContext, filter: { primaryCampaignId?: string; accountId?: string }, options?: CallOptions): Promise<Opportunity[]> {
  const f = parseInput(z.object({ primaryCampaignId: z.optional(idSchema), accountId: z.optional(idSchema) }), filter);
  throwIfAborted(options?.signal);
  if (f.primaryCampaignId) return ctx.store.getByIndex<Opportunity>('opportunities', 'primaryCampaignId', f.primaryCampaignId);
  if (f.accountId) return ctx.store.getByIndex<Opportunity>('opportunities', 'accountId', f.accountId);
  return ctx.store.getAll<Opportunity>('opportunities');
}

export async function updateOpportunity(ctx: LocalContext, id: string, version: number, patch: OpportunityPatch, options?: CallOptions): Promise<Opportunity> {
  const opportunityId = parseInput(idSchema, id, 'id');
  const parsed = parseInput(opportunityPatchSchema, patch);
  throwIfAborted(options?.signal);
  const current = await ctx.store.get<Opportunity>('opportunities', opportunityId);
  if (!current) throw new NotFoundError('opportunity', opportunityId);
  if (current.version !== version) throw new ConflictError(`opportunity ${opportunityId} changed since it was read (version ${current.version})`);
  if (parsed.primaryCampaignId && !(await ctx.store.get('campaigns', parsed.primaryCampaignId))) {
    throw new ValidationError([{ path: 'primaryCampaignId', code: 'not_found', message: `No campaign ${parsed.primaryCampaignId}` }]);
  }
  const b = new ChangeBuilder(ctx.now());
  const updated = b.update('opportunities', current, stripUndefined(parsed) as Partial<Opportunity>);
  countInfluenceChange(b.changes, current, updated);
  for (const c of [current.primaryCampaignId, updated.primaryCampaignId]) if (c) b.touchCampaign(c);
  await ctx.commit(b);
  return updated;
}

export async function conversionContext(ctx: LocalContext, leadId: string, options?: CallOptions): Promise<ConversionContext> {
  const lead = await getLead(ctx, leadId, options);
  const members = await ctx.store.getByIndex<CampaignMember>('members', 'leadId', lead.id);
  const campaigns = await ctx.store.getMany<Campaign>('campaigns', members.map((m) => m.campaignId));
  const memberships = members
    .map((member, i) => ({ member, campaign: campaigns[i]! }))
    .filter((m) => m.campaign)
    .sort((a, b) => (a.member.createdAt < b.member.createdAt ? 1 : -1));
  const accounts = await ctx.accountCandidates(lead);
  const suggestedAccounts = accounts.filter((a) => accountMatches(lead, a)).sort((a, b) => a.name.localeCompare(b.name));
  const suggestedContacts = lead.emailKey
    ? (await ctx.store.getByIndex<Contact>('contacts', 'emailKey', lead.emailKey)).filter((c) => c.leadId !== lead.id || lead.status !== 'converted')
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

export async function createOpportunityFromMember(ctx: LocalContext, input: MemberOpportunityInput, options?: CallOptions): Promise<Opportunity> {
  const parsed = parseInput(memberOpportunityInputSchema, input);
  return ctx.retry(options, async () => {
    const member = await ctx.requireRecord<CampaignMember>('members', 'member', parsed.memberId, options);
    if (!member.contactId) {
      throw new ValidationError([{ path: 'memberId', code: 'not_contact', message: `member ${member.id} is a lead: convert the lead to make a deal of it` }]);
    }
    const contact = await getContact(ctx, member.contactId);
    if (!contact.accountId) throw new ValidationError([{ path: 'memberId', code: 'no_account', message: `contact ${contact.id} has no account` }]);
    const [campaign, memberships, lead] = await Promise.all([
      ctx.store.get<Campaign>('campaigns', member.campaignId),
      ctx.store.getByIndex<CampaignMember>('members', 'contactId', contact.id),
      contact.leadId ? ctx.store.get<Lead>('leads', contact.leadId) : Promise.resolve(undefined),
    ]);
    const b = new ChangeBuilder(ctx.now());
    // The campaigns the contact (and the lead it was) responded to before the deal: its touches.
    const touches = touchesBefore(memberships, b.now, lead?.createdAt);
    const opportunity = b.create('opportunities', ctx.newId(), {
      name: parsed.name,
      accountId: contact.accountId,
      contactId: contact.id,
      ...(parsed.amount !== undefined ? { amount: parsed.amount } : {}),
      currency: campaign?.currency ?? 'USD',
      closeDate: parsed.closeDate,
      stage: parsed.stage,
      primaryCampaignId: member.campaignId,
      ...(touches.length ? { touches } : {}),
      ...leadOrigin(lead),
    });
    countInfluenceChange(b.changes, undefined, opportunity as unknown as Opportunity);
    b.touchCampaign(member.campaignId);
    await ctx.commit(b);
    return opportunity as unknown as Opportunity;
  });
}

export async function convertLead(ctx: LocalContext, input: ConversionInput, options?: CallOptions): Promise<ConversionResult> {
  const parsed = parseInput(conversionInputSchema, input);
  throwIfAborted(options?.signal);
  const lead = await getLead(ctx, parsed.leadId);
  if (lead.status === 'converted') throw new ConflictError(`lead ${lead.id} is already converted`, 'converted');
  if (lead.version !== parsed.leadVersion) throw new ConflictError(`lead ${lead.id} changed since it was read (version ${lead.version})`);
  const account = parsed.account.mode === 'existing' ? await getAccount(ctx, parsed.account.id) : undefined;
  const contact = parsed.contact.mode === 'existing' ? await getContact(ctx, parsed.contact.id) : undefined;
  const [leadMemberships, contactMemberships] = await Promise.all([
    ctx.store.getByIndex<CampaignMember>('members', 'leadId', lead.id),
    contact ? ctx.store.getByIndex<CampaignMember>('members', 'contactId', contact.id) : Promise.resolve([]),
  ]);
  const primary = parsed.opportunity?.primaryCampaignId;
  if (primary && !leadMemberships.some((m) => m.campaignId === primary)) {
    throw new ValidationError([{ path: 'opportunity.primaryCampaignId', code: 'not_lead_campaign', message: `The lead is not on campaign ${primary}` }]);
  }
  // The opportunity is in its primary campaign's currency (the one it is credited to).
  const credited = parsed.opportunity ? (primary ?? defaultPrimaryCampaign(leadMemberships)) : undefined;
  const primaryCampaignCurrency = credited ? (await ctx.store.get<Campaign>('campaigns', credited))?.currency : undefined;
  const b = new ChangeBuilder(ctx.now());
  const result = planConversion(b, { lead, account, contact, leadMemberships, contactMemberships, ...(primaryCampaignCurrency ? { primaryCampaignCurrency } : {}) }, parsed, ctx.newId);
  await ctx.commit(b);
  return result;
}
