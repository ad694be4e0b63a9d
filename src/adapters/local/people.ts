/**
 * The local adapter's use cases, by subject (LocalAdapter composes them). Leads, contacts and
 * accounts: read, create, update, find by email, search; the person copies kept on memberships.
 */
import * as z from 'zod/mini';
import type { CaptureLookup } from '../../domain/capture.js';
import { ChangeBuilder } from '../../domain/change-builder.js';
import type { StoredRecord } from '../../domain/change-set.js';
import { incomingConsents, withConsents } from '../../domain/consent.js';
import { emailKey } from '../../domain/matching.js';
import {
  memberSearchMatcher,
  memberPersonOf,
  personSearchKey,
  rankPeople,
  refreshPersonCopies,
} from '../../domain/members.js';
import { companyKey } from '../../domain/conversion.js';
import { knownFieldNames } from '../../domain/profiling.js';
import { visitorIdSchema } from '../../model/submission.js';
import { emailSchema, idSchema } from '../../model/common.js';
import type { CampaignMember } from '../../model/member.js';
import { leadFieldsSchema, type Account, type ConsentRecord, type Contact, type Lead, type LeadFieldsInput, type PersonRef } from '../../model/person.js';
import { consentInputSchema, type ConsentInput } from '../../model/people.js';
import type { CallOptions, PersonMatch } from '../adapter.js';
import { ConflictError, NotFoundError, throwIfAborted } from '../errors.js';
import { parseInput } from '../validate.js';
import type { LocalContext } from './context.js';
import { refuseConvertedStatus, stripUndefined } from './util.js';

export async function getLead(ctx: LocalContext, id: string, options?: CallOptions): Promise<Lead> {
  return ctx.requireRecord<Lead>('leads', 'lead', id, options);
}

export async function getContact(ctx: LocalContext, id: string, options?: CallOptions): Promise<Contact> {
  return ctx.requireRecord<Contact>('contacts', 'contact', id, options);
}

export async function createLead(ctx: LocalContext, fields: LeadFieldsInput, options?: CallOptions): Promise<Lead> {
  const parsed = parseInput(leadFieldsSchema, fields);
  throwIfAborted(options?.signal);
  const b = new ChangeBuilder(ctx.now());
  const { status, source, consents: _given, ...rest } = parsed;
  refuseConvertedStatus(status);
  const consents = incomingConsents(parsed, b.now);
  const lead = b.create('leads', ctx.newId(), {
    ...rest,
    ...(consents.length ? { consents } : {}),
    ...(parsed.email ? { emailKey: emailKey(parsed.email) } : {}),
    source: source ?? 'other',
    status: status ?? 'open',
  }) as unknown as Lead;
  await ctx.commit(b);
  return lead;
}

export async function updateLead(ctx: LocalContext, id: string, version: number, patch: LeadFieldsInput, options?: CallOptions): Promise<Lead> {
  const leadId = parseInput(idSchema, id, 'id');
  const parsed = parseInput(leadFieldsSchema, patch);
  throwIfAborted(options?.signal);
  const current = await getLead(ctx, leadId);
  if (current.version !== version) throw new ConflictError(`lead ${leadId} changed since it was read (version ${current.version})`);
  if (current.status === 'converted') throw new ConflictError(`lead ${leadId} is converted and read-only`);
  refuseConvertedStatus(parsed.status);
  const b = new ChangeBuilder(ctx.now());
  const next: Partial<Lead> = { ...stripUndefined(parsed) };
  if (parsed.email) next.emailKey = emailKey(parsed.email);
  // Consents are added to the person's records, never replacing them.
  const consents = incomingConsents(parsed, b.now);
  if (consents.length) next.consents = withConsents(current.consents, consents);
  else delete next.consents;
  const lead = b.update('leads', current, next);
  await refreshSnapshots(ctx, b, { type: 'lead', id: leadId }, lead);
  await ctx.commit(b);
  return lead;
}

export async function findPersonByEmail(ctx: LocalContext, email: string, options?: CallOptions): Promise<PersonRef | null> {
  const key = emailKey(parseInput(emailSchema, email, 'email'));
  throwIfAborted(options?.signal);
  const lookup = await lookupPeople(ctx, [key]);
  const contact = lookup.contacts.get(key);
  if (contact) return { type: 'contact', id: contact.id };
  const lead = lookup.leads.get(key);
  return lead ? { type: 'lead', id: lead.id } : null;
}

export async function getAccount(ctx: LocalContext, id: string, options?: CallOptions): Promise<Account> {
  return ctx.requireRecord<Account>('accounts', 'account', id, options);
}

export async function searchPeople(ctx: LocalContext, text: string, options?: CallOptions): Promise<PersonMatch[]> {
  const search = parseInput(z.string().check(z.maxLength(200)), text, 'text');
  throwIfAborted(options?.signal);
  // A full read: there is no word index on people. Fine for a browser's data; a remote
  // adapter answers this server-side.
  const all = await ctx.store.getAll<(Lead | Contact) & { kind: 'lead' | 'contact' }>('people');
  throwIfAborted(options?.signal);
  const found: PersonMatch[] = [];
  const matches = memberSearchMatcher(search);
  for (const p of all) {
    if (p.kind === 'lead' && (p as Lead).convertedAt) continue;
    const person = memberPersonOf(p);
    if (matches({ q: personSearchKey(person) })) found.push({ ref: { type: p.kind, id: p.id }, person });
  }
  return rankPeople(found);
}

export async function searchAccounts(ctx: LocalContext, text: string, options?: CallOptions): Promise<Account[]> {
  const key = companyKey(parseInput(z.string().check(z.maxLength(200)), text, 'text'));
  throwIfAborted(options?.signal);
  const all = await ctx.store.getAll<Account>('accounts');
  return all
    .filter((a) => !key || companyKey(a.name).includes(key))
    .sort((a, b) => a.name.localeCompare(b.name))
    .slice(0, 20);
}

/**
 * Contacts and leads matching the email keys, one index request per key (leads and contacts
 * share the `people` store); a converted lead resolves to the contact it became.
 */
export async function lookupPeople(ctx: LocalContext, keys: string[]): Promise<Pick<CaptureLookup, 'contacts' | 'leads'>> {
  const found = await ctx.store.getByIndexMany<(Lead | Contact) & { kind: 'lead' | 'contact' }>('people', 'emailKey', keys);
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
    const contacts = await ctx.store.getMany<Contact>('contacts', convertedTo.map(([, id]) => id));
    convertedTo.forEach(([k], i) => contacts[i] && out.contacts.set(k, contacts[i]!));
  }
  return out;
}

export async function loadPeople(ctx: LocalContext, refs: PersonRef[]): Promise<(Lead | Contact)[]> {
  const leads = await ctx.store.getMany<Lead>('leads', refs.map((r) => (r.type === 'lead' ? r.id : '')));
  const contacts = await ctx.store.getMany<Contact>('contacts', refs.map((r) => (r.type === 'contact' ? r.id : '')));
  return refs.map((r, i) => {
    const person = r.type === 'lead' ? leads[i] : contacts[i];
    if (!person) throw new NotFoundError(r.type, r.id);
    return person;
  });
}

export async function refreshSnapshots(ctx: LocalContext, b: ChangeBuilder, ref: PersonRef, person: Lead | Contact): Promise<void> {
  const members = await ctx.store.getByIndex<CampaignMember>('members', ref.type === 'lead' ? 'leadId' : 'contactId', ref.id);
  refreshPersonCopies(b, members, memberPersonOf(person));
}

/** A returning visitor's record: the person its form last submitted as. */
export interface VisitorRecord extends StoredRecord {
  id: string;
  version: number;
  person: PersonRef;
}

/** The names of the fields the visitor's person has (domain/profiling); none for a visitor never seen or a person gone. */
export async function knownFields(ctx: LocalContext, visitorId: string, options?: CallOptions): Promise<string[]> {
  const id = parseInput(visitorIdSchema, visitorId, 'visitorId');
  throwIfAborted(options?.signal);
  const visitor = await ctx.store.get<VisitorRecord>('visitors', id);
  if (!visitor) return [];
  let person = await ctx.store.get<Lead | Contact>(visitor.person.type === 'lead' ? 'leads' : 'contacts', visitor.person.id);
  // A lead converted since: its contact is the person now.
  const contactId = person && visitor.person.type === 'lead' ? (person as Lead).convertedContactId : undefined;
  if (contactId) person = await ctx.store.get<Contact>('contacts', contactId);
  return person ? knownFieldNames(person) : [];
}

/** Stages `visitorId` → `person` (created, or moved to the person of this submission). */
export async function rememberVisitor(ctx: LocalContext, b: ChangeBuilder, visitorId: string, person: PersonRef): Promise<void> {
  const current = await ctx.store.get<VisitorRecord>('visitors', visitorId);
  if (!current) b.create('visitors', visitorId, { person });
  else if (current.person.type !== person.type || current.person.id !== person.id) b.update('visitors', current, { person });
}

/** Adds a consent record (given or withdrawn) to a lead or contact, at the time of the call. */
export async function recordConsent(ctx: LocalContext, input: ConsentInput, options?: CallOptions): Promise<ConsentRecord[]> {
  const { person, ...consent } = parseInput(consentInputSchema, input);
  throwIfAborted(options?.signal);
  const current = person.type === 'lead' ? await getLead(ctx, person.id) : await getContact(ctx, person.id);
  if (person.type === 'lead' && (current as Lead).status === 'converted') throw new ConflictError(`lead ${person.id} is converted: its consents are its contact's`);
  const b = new ChangeBuilder(ctx.now());
  const record: ConsentRecord = { ...stripUndefined(consent), at: b.now } as ConsentRecord;
  const updated = b.update(person.type === 'lead' ? 'leads' : 'contacts', current, { consents: withConsents(current.consents, [record]) });
  await ctx.commit(b);
  return updated.consents ?? [];
}
