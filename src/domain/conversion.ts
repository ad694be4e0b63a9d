import type { CampaignMember } from '../model/member.js';
import type { ParsedConversionInput } from '../model/conversion.js';
import type { Opportunity } from '../model/opportunity.js';
import { countInfluenceChange, touchesBefore } from './influence.js';
import { leadOrigin } from './lead-counts.js';
import type { Account, Contact, Lead } from '../model/person.js';
import type { ChangeBuilder } from './change-builder.js';
import { fillEmptyFields } from './capture.js';
import { foldText } from './matching.js';
import { countMemberChange, displayName, memberPersonOf } from './members.js';
import { withConsents } from './consent.js';

/**
 * Lead conversion, written once: a qualified lead becomes a contact under a new or existing
 * account, optionally with an opportunity credited to one of its campaigns. Memberships move
 * to the contact with their status and dates (a campaign the contact is already on keeps the
 * contact's membership), standard fields carry over, custom fields only through the map, and
 * the lead is marked converted with links to what it became.
 */

/** What the adapter read for a conversion. */
export interface ConversionRead {
  lead: Lead;
  /** The existing account chosen, if any. */
  account?: Account;
  /** The existing contact chosen, if any. */
  contact?: Contact;
  leadMemberships: CampaignMember[];
  contactMemberships: CampaignMember[];
  /** The currency of the opportunity's primary campaign: the opportunity is in it (default USD). */
  primaryCampaignCurrency?: string;
}

export interface ConversionResult {
  leadId: string;
  accountId: string;
  contactId: string;
  opportunityId?: string;
  accountCreated: boolean;
  contactCreated: boolean;
  /** Memberships moved from the lead to the contact. */
  membershipsMoved: number;
  /** Campaigns the contact was already on: its membership was kept. */
  membershipsMerged: number;
  /** Lead custom fields not carried over (no mapping). */
  droppedCustomFields: string[];
  primaryCampaignId?: string;
}

const LEGAL_SUFFIXES = new Set([
  'inc', 'incorporated', 'llc', 'ltd', 'limited', 'plc', 'corp', 'corporation', 'co', 'company', 'gmbh', 'ag', 'sa', 'sas', 'sarl',
  'srl', 'sl', 'bv', 'nv', 'oy', 'ab', 'as', 'spa', 'kg', 'pte', 'pty', 'jsc', 'ooo', 'ооо', 'тов', 'пат', 'ат', 'зао', 'оао', 'пао', 'ао', 'тд',
  'cty', 'tnhh', 'cp', 'công', 'ty',
]);

/** A company name for matching: case, accents, punctuation and legal suffixes ignored. */
export function companyKey(name: string | undefined): string {
  return foldText(name)
    .replace(/\.(?=\p{L})/gu, '') // S.R.L. -> srl, S.A. -> sa
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w && !LEGAL_SUFFIXES.has(w))
    .join(' ');
}

/** The domain of an email address, lower-cased (`ana@Acme.com` -> `acme.com`). */
export function emailDomain(email: string | undefined): string | undefined {
  const at = email?.lastIndexOf('@') ?? -1;
  return at > 0 ? email!.slice(at + 1).trim().toLowerCase() : undefined;
}

/** Free-mail domains never suggest an account. */
const FREE_MAIL = new Set(['gmail.com', 'googlemail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'live.com', 'icloud.com', 'mail.ru', 'yandex.ru', 'ukr.net', 'i.ua', 'proton.me', 'protonmail.com', 'gmx.de', 'web.de', 'orange.fr', 'free.fr', 'yahoo.fr']);

/** Whether an email is at a company's domain (not a free-mail one). */
export function isWorkEmail(email: string | undefined): boolean {
  const domain = emailDomain(email);
  return !!domain && !FREE_MAIL.has(domain);
}

/** The domain of a website (`https://www.Acme.com/about` -> `acme.com`), or undefined. */
export function websiteDomain(website: string | undefined): string | undefined {
  const host = website?.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').split(/[/?#:]/)[0].replace(/^www\./, '');
  return host && host.includes('.') ? host : undefined;
}

/** Whether an account is a likely match for a lead: same company key, or the lead's work email domain on the account's website. */
export function accountMatches(lead: Pick<Lead, 'company' | 'email'>, account: Pick<Account, 'name' | 'website'>): boolean {
  const key = companyKey(lead.company);
  if (key && key === companyKey(account.name)) return true;
  if (!isWorkEmail(lead.email) || !account.website) return false;
  return websiteDomain(account.website) === emailDomain(lead.email);
}

/** The campaign an opportunity is credited to by default: the lead's most recent responded one, else its most recent. */
export function defaultPrimaryCampaign(memberships: CampaignMember[]): string | undefined {
  const byDate = (a: string | undefined, b: string | undefined) => ((a ?? '') < (b ?? '') ? 1 : -1);
  const responded = memberships.filter((m) => m.responded).sort((a, b) => byDate(a.firstRespondedAt, b.firstRespondedAt));
  return (responded[0] ?? [...memberships].sort((a, b) => byDate(a.createdAt, b.createdAt))[0])?.campaignId;
}

/** "<Company> - <Lead name>", the default opportunity name. */
export function defaultOpportunityName(lead: Pick<Lead, 'company' | 'firstName' | 'lastName' | 'email'>): string {
  const person = displayName(lead);
  return [lead.company, person].filter(Boolean).join(' - ').slice(0, 120);
}

/** The lead's custom fields under their contact names, and those dropped for lack of a mapping. */
export function mapCustomFields(
  custom: Record<string, unknown> | undefined,
  map: Record<string, string> | undefined,
): { carried: Record<string, string | number | boolean | null>; dropped: string[] } {
  const carried: Record<string, string | number | boolean | null> = {};
  const dropped: string[] = [];
  for (const [field, value] of Object.entries(custom ?? {})) {
    const target = map?.[field];
    if (target) carried[target] = value as string | number | boolean | null;
    else dropped.push(field);
  }
  return { carried, dropped };
}

const CONTACT_FIELDS = ['firstName', 'lastName', 'email', 'emailKey', 'phone', 'title', 'country'] as const;

/** Plans the whole conversion into `b`. The adapter has checked existence, versions and that the lead is not converted. */
export function planConversion(b: ChangeBuilder, read: ConversionRead, input: ParsedConversionInput, newId: () => string): ConversionResult {
  const { lead } = read;
  const { carried, dropped } = mapCustomFields(lead.custom, input.customFieldMap);

  // Account
  let accountId: string;
  let accountName: string;
  if (read.account) {
    accountId = read.account.id;
    accountName = read.account.name;
  } else {
    const name = (input.account.mode === 'new' && input.account.name) || lead.company || defaultOpportunityName(lead) || lead.email || 'Account';
    accountName = name;
    accountId = b.create('accounts', newId(), {
      name,
      ...(lead.website ? { website: lead.website } : {}),
      ...(lead.industry ? { industry: lead.industry } : {}),
      ...(lead.employees !== undefined ? { employees: lead.employees } : {}),
      ...(lead.country ? { country: lead.country } : {}),
      ...(lead.phone ? { phone: lead.phone } : {}),
    }).id;
  }

  // Contact
  let contact: Contact;
  const fromLead = Object.fromEntries(CONTACT_FIELDS.flatMap((f) => (lead[f] !== undefined ? [[f, lead[f]]] : [])));
  if (read.contact) {
    const patch: Partial<Contact> = fillEmptyFields(read.contact, { ...fromLead, accountId, company: accountName, custom: Object.keys(carried).length ? carried : undefined }, [
      ...CONTACT_FIELDS,
      'accountId',
      'company',
      'custom',
    ]);
    // The lead's consent records join the contact's (both are the same person's acts).
    if (lead.consents?.length) patch.consents = withConsents(read.contact.consents, lead.consents);
    contact = Object.keys(patch).length ? b.update('contacts', read.contact, patch) : read.contact;
  } else {
    contact = b.create('contacts', newId(), {
      ...fromLead,
      accountId,
      // A contact's company is its account's name (lists, export, search and sort show it).
      company: accountName,
      leadId: lead.id,
      ...(Object.keys(carried).length ? { custom: carried } : {}),
      ...(lead.consents?.length ? { consents: lead.consents } : {}),
    }) as unknown as Contact;
  }

  // Memberships move to the contact; a campaign the contact is already on keeps its membership.
  const snapshot = memberPersonOf(contact);
  let moved = 0;
  let merged = 0;
  for (const m of read.leadMemberships) {
    const existing = read.contactMemberships.find((c) => c.campaignId === m.campaignId);
    b.touchCampaign(m.campaignId);
    if (existing) {
      b.delete('members', m);
      countMemberChange(b.changes, m, undefined);
      if (!existing.convertedLeadId) {
        const kept = b.update('members', existing, { convertedLeadId: lead.id });
        countMemberChange(b.changes, existing, kept);
      }
      merged++;
    } else {
      const { leadId: _leadId, ...rest } = m;
      const next = { ...rest, contactId: contact.id, convertedLeadId: lead.id, person: snapshot, version: m.version + 1, updatedAt: b.now } as CampaignMember;
      b.changes.writes.push({ store: 'members', record: next as never, expect: m.version });
      countMemberChange(b.changes, m, next);
      moved++;
    }
  }

  // Opportunity
  let opportunityId: string | undefined;
  let primaryCampaignId: string | undefined;
  if (input.opportunity) {
    primaryCampaignId = input.opportunity.primaryCampaignId ?? defaultPrimaryCampaign(read.leadMemberships);
    const opportunity: Omit<Opportunity, 'id' | 'version' | 'createdAt' | 'updatedAt'> = {
      name: input.opportunity.name,
      accountId,
      contactId: contact.id,
      leadId: lead.id,
      closeDate: input.opportunity.closeDate,
      stage: input.opportunity.stage,
      currency: read.primaryCampaignCurrency ?? 'USD',
      ...(input.opportunity.amount !== undefined ? { amount: input.opportunity.amount } : {}),
      ...(primaryCampaignId ? { primaryCampaignId } : {}),
      ...leadOrigin(lead),
    };
    // The campaigns the person responded to before the deal, for multi-touch influence.
    const touches = touchesBefore([...read.leadMemberships, ...read.contactMemberships], b.now, lead.createdAt);
    if (touches.length) opportunity.touches = touches;
    const created = b.create('opportunities', newId(), opportunity);
    countInfluenceChange(b.changes, undefined, created);
    opportunityId = created.id;
    if (primaryCampaignId) b.touchCampaign(primaryCampaignId);
  }

  b.update('leads', lead, {
    status: 'converted',
    convertedAt: b.now,
    convertedAccountId: accountId,
    convertedContactId: contact.id,
    ...(opportunityId ? { convertedOpportunityId: opportunityId } : {}),
  });

  return {
    leadId: lead.id,
    accountId,
    contactId: contact.id,
    ...(opportunityId ? { opportunityId } : {}),
    accountCreated: !read.account,
    contactCreated: !read.contact,
    membershipsMoved: moved,
    membershipsMerged: merged,
    droppedCustomFields: dropped,
    ...(primaryCampaignId ? { primaryCampaignId } : {}),
  };
}
