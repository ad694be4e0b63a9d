import type { CampaignMember, MemberPerson, MemberSortField } from '../model/member.js';
import type { Contact, Lead, PersonRef } from '../model/person.js';
import type { ChangeBuilder } from './change-builder.js';
import { addCounterDeltas, type ChangeSet } from './change-set.js';
import { emailKey, foldText } from './matching.js';
import { nameOrder } from './name-order.js';

/** Counts of a campaign's members, maintained with every change that moves them. */
export interface MemberCounts {
  total: number;
  leads: number;
  contacts: number;
  responded: number;
  /** Members that were leads when they joined and have since been converted (now contacts). */
  convertedLeads: number;
  /** Members per status label. Labels with no members are absent. */
  byStatus: Record<string, number>;
  /** Members registered at the door of an event (checked in as walk-ins). */
  walkIns: number;
}

/** The counter record key of a campaign's member counts. */
export function memberCountsKey(campaignId: string): string {
  return `members:${campaignId}`;
}

/** The counter field of the members who first responded on `instant`'s UTC day. */
export function firstResponseMetric(instant: string): string {
  return `firstResponse:${new Date(instant).toISOString().slice(0, 10)}`;
}

/** A campaign's members by the UTC day they first responded (`YYYY-MM-DD` → count), from its counter. */
export function responsesByDay(counter: Record<string, number> | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [field, n] of Object.entries(counter ?? {})) if (n && field.startsWith('firstResponse:')) out[field.slice('firstResponse:'.length)] = n;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Counter deltas for replacing `before` with `after` (either may be absent). */
export function memberCountDeltas(before: CampaignMember | undefined, after: CampaignMember | undefined): Record<string, number> {
  const d: Record<string, number> = {};
  const add = (m: CampaignMember, n: number) => {
    d.total = (d.total ?? 0) + n;
    const type = m.leadId ? 'type:lead' : 'type:contact';
    d[type] = (d[type] ?? 0) + n;
    d[`status:${m.status}`] = (d[`status:${m.status}`] ?? 0) + n;
    if (m.responded) d.responded = (d.responded ?? 0) + n;
    if (m.convertedLeadId) d.converted = (d.converted ?? 0) + n;
    if (m.checkIn?.walkIn) d.walkIn = (d.walkIn ?? 0) + n;
    // Responses by the (UTC) day they first came: the campaign's trend since launch.
    if (m.firstRespondedAt) d[firstResponseMetric(m.firstRespondedAt)] = (d[firstResponseMetric(m.firstRespondedAt)] ?? 0) + n;
  };
  if (before) add(before, -1);
  if (after) add(after, 1);
  return d;
}

/** Records the count changes of a membership write in the change set. */
export function countMemberChange(changes: ChangeSet, before: CampaignMember | undefined, after: CampaignMember | undefined): void {
  const campaignId = (after ?? before)!.campaignId;
  addCounterDeltas(changes, memberCountsKey(campaignId), memberCountDeltas(before, after));
  if (!changes.campaignIds.includes(campaignId)) changes.campaignIds.push(campaignId);
}

/** The counts of a list of members, by the same rule as the maintained counter (a door list held in memory). */
export function countMembersOf(members: Iterable<CampaignMember>): MemberCounts {
  const counter: Record<string, number> = {};
  for (const m of members) for (const [field, n] of Object.entries(memberCountDeltas(undefined, m))) counter[field] = (counter[field] ?? 0) + n;
  return toMemberCounts(counter);
}

/** Reads a counter record's fields into member counts. */
export function toMemberCounts(counter: Record<string, number> | undefined): MemberCounts {
  const counts: MemberCounts = { total: 0, leads: 0, contacts: 0, responded: 0, convertedLeads: 0, byStatus: {}, walkIns: 0 };
  for (const [field, n] of Object.entries(counter ?? {})) {
    if (n === 0) continue;
    if (field === 'total') counts.total = n;
    else if (field === 'responded') counts.responded = n;
    else if (field === 'type:lead') counts.leads = n;
    else if (field === 'type:contact') counts.contacts = n;
    else if (field === 'converted') counts.convertedLeads = n;
    else if (field === 'walkIn') counts.walkIns = n;
    else if (field.startsWith('status:')) counts.byStatus[field.slice(7)] = n;
  }
  return counts;
}

/** The display copy of a person kept on each of their memberships. */
export function memberPersonOf(person: Lead | Contact): MemberPerson {
  const company = 'company' in person ? person.company : undefined;
  const snapshot: MemberPerson = {};
  if (person.firstName) snapshot.firstName = person.firstName;
  if (person.lastName) snapshot.lastName = person.lastName;
  if (person.email) snapshot.email = person.email;
  if (company) snapshot.company = company as string;
  return snapshot;
}

export function samePersonSnapshot(a: MemberPerson, b: MemberPerson): boolean {
  return a.firstName === b.firstName && a.lastName === b.lastName && a.email === b.email && a.company === b.company;
}

/** The name order of a language: family name first in Vietnamese (its own module: the lead form needs only it). */
export { nameOrder };

type Named = { firstName?: string; lastName?: string; email?: string } | undefined;

/**
 * A person's name as `locale` writes it: "First Last", or "Last First" where the family name
 * comes first (Vietnamese). Empty without a name. The one place names are put together.
 */
export function personName(p: Named, locale?: string, order?: 'given-first' | 'family-first'): string {
  const parts = nameOrder(locale, order) === 'family-first' ? [p?.lastName, p?.firstName] : [p?.firstName, p?.lastName];
  return parts.filter(Boolean).join(' ');
}

/** How a person is named on screen and in messages: their name (as `locale` orders it), else the email, else empty. */
export function displayName(p: Named, locale?: string, order?: 'given-first' | 'family-first'): string {
  return personName(p, locale, order) || p?.email || '';
}

/**
 * Refreshes the copy of a person kept on each of their memberships (so lists search and sort
 * without joining people), marking each campaign changed so lists showing it update. `skip`: a
 * campaign whose membership the caller writes itself.
 */
export function refreshPersonCopies(b: ChangeBuilder, memberships: readonly CampaignMember[], snapshot: MemberPerson, skip?: string): void {
  for (const m of memberships) {
    if (m.campaignId === skip || samePersonSnapshot(m.person, snapshot)) continue;
    b.update('members', m, { person: snapshot });
    b.touchCampaign(m.campaignId);
  }
}

/** People a search answers at most. */
export const PEOPLE_SEARCH_LIMIT = 20;

/** The order people are found in: family name, given name (folded), then email. */
export function personOrderKey(p: Pick<MemberPerson, 'firstName' | 'lastName' | 'email'>): string {
  return `${foldText(p.lastName)}\u0001${foldText(p.firstName)}\u0001${p.email ?? ''}`;
}

/** The first `PEOPLE_SEARCH_LIMIT` of `found`, in the people order (a search's answer). */
export function rankPeople<T extends { person: Pick<MemberPerson, 'firstName' | 'lastName' | 'email'> }>(found: readonly T[]): T[] {
  const keyed = found.map((f) => [personOrderKey(f.person), f] as const);
  return keyed
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, PEOPLE_SEARCH_LIMIT)
    .map(([, f]) => f);
}

/** The person a membership points at. */
export function memberPersonRef(member: Pick<CampaignMember, 'leadId' | 'contactId'>): PersonRef {
  return member.leadId ? { type: 'lead', id: member.leadId } : { type: 'contact', id: member.contactId! };
}

/** A string key for a person (`lead:ID`, `contact:ID`): unique per campaign among memberships. */
export function personKey(ref: PersonRef): string {
  return `${ref.type}:${ref.id}`;
}

/**
 * Keys a campaign's members are sorted and searched by. Sorting is accent- and
 * case-insensitive; ties fall back to the member id so keyset paging is stable.
 */
export function memberSortKeys(member: CampaignMember): Record<MemberSortField | 'q', string> {
  const p = member.person;
  const name = `${foldText(p.lastName)}\u0001${foldText(p.firstName)}`;
  return {
    name,
    type: `${member.leadId ? 'lead' : 'contact'}\u0001${name}`,
    company: foldText(p.company),
    email: p.email ? emailKey(p.email) : '',
    status: foldText(member.status),
    responded: `${member.responded ? 1 : 0}\u0001${member.firstRespondedAt ?? ''}`,
    added: member.createdAt,
    q: personSearchKey(p),
  };
}

/** The folded text a person is searched by: first and last name, email, company. */
export function personSearchKey(p: MemberPerson): string {
  return `${foldText(p.firstName)} ${foldText(p.lastName)} ${p.email ? emailKey(p.email) : ''} ${foldText(p.company)}`;
}

/** Whether a member matches a search (folded substring of name, email or company). */
export function memberMatchesSearch(sortKeys: { q: string }, search: string): boolean {
  return memberSearchMatcher(search)(sortKeys);
}

/** `memberMatchesSearch` for one search over many members: the search is folded once. */
export function memberSearchMatcher(search: string): (sortKeys: { q: string }) => boolean {
  const terms = foldText(search).split(/\s+/).filter(Boolean);
  return (sortKeys) => terms.every((t) => sortKeys.q.includes(t));
}
