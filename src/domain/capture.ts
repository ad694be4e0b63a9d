import type { Campaign, MemberStatus } from '../model/campaign.js';
import type { ParsedLeadSubmission } from '../model/submission.js';
import type { CampaignMember } from '../model/member.js';
import type { Account, Contact, Lead, LeadFields, LeadSource, PersonRef } from '../model/person.js';
import { companyKey, emailDomain, isWorkEmail, websiteDomain } from './conversion.js';
import type { ChangeBuilder } from './change-builder.js';
import { emailKey } from './matching.js';
import { countMemberChange, memberPersonOf, personKey, refreshPersonCopies, samePersonSnapshot } from './members.js';
import { incomingConsents, withConsents } from './consent.js';
import { applyStatus, defaultMemberStatuses, defaultStatus, findStatus, mayMoveForward, respondedStatus } from './statuses.js';
import { fingerprint } from './ids.js';
import { needsConfirmation, pendingOptIn } from './opt-in.js';
import { arrivedAt, checkInPatch, expectedStatuses, hasArrived, tracksAttendance } from './attendance.js';

/**
 * Capture: a person arrives on a campaign (a form submission, an import row, a walk-in).
 * The rule, written once: match by normalized email, a contact first (an existing customer),
 * then a lead; fill only the matched person's empty fields; otherwise create a lead. Then add
 * the campaign membership, or move the existing one to the new status.
 */

/** What the adapter read before planning: everything the entries' emails can match. */
export interface CaptureLookup {
  /** The campaign people join; absent for an import into the workspace (no membership). */
  campaign?: Campaign;
  /** Contacts by email key. */
  contacts: Map<string, Contact>;
  /** Leads by email key (a converted lead's person is its contact, put under `contacts`). */
  leads: Map<string, Lead>;
  /** Memberships on `campaign` by person key (`lead:ID`). */
  memberships: Map<string, CampaignMember>;
  /** All memberships of matched people (any campaign) by person key, to refresh their copies. */
  personMemberships: Map<string, CampaignMember[]>;
  /** The workspace's accounts, for entries that create contacts (`createAs: 'contact'`). */
  accounts?: AccountIndex;
}

/** Accounts by company key (`companyKey`) and by website domain: where a new contact's company is found. */
export interface AccountIndex {
  byName: Map<string, Account>;
  byDomain: Map<string, Account>;
}

/** The accounts as an index for matching. */
export function accountIndex(accounts: readonly Account[]): AccountIndex {
  const index: AccountIndex = { byName: new Map(), byDomain: new Map() };
  for (const a of [...accounts].sort((x, y) => (x.createdAt < y.createdAt ? -1 : 1))) {
    const name = companyKey(a.name);
    if (name && !index.byName.has(name)) index.byName.set(name, a);
    const domain = websiteDomain(a.website);
    if (domain && !index.byDomain.has(domain)) index.byDomain.set(domain, a);
  }
  return index;
}

/**
 * The account a new contact belongs to: the one with its company's name (legal suffixes, case and
 * accents aside), else the one whose website has its website's domain or its work email's, else a
 * new account of that company (none without a company).
 */
export function accountFor(builder: ChangeBuilder, index: AccountIndex, fields: LeadFields, newId: () => string): Account | undefined {
  const name = companyKey(fields.company);
  const domain = websiteDomain(fields.website) ?? (isWorkEmail(fields.email) ? emailDomain(fields.email) : undefined);
  const found = (name ? index.byName.get(name) : undefined) ?? (domain ? index.byDomain.get(domain) : undefined);
  if (found || !fields.company) return found;
  const account = builder.create('accounts', newId(), {
    name: fields.company,
    ...(fields.website ? { website: fields.website } : {}),
    ...(fields.industry ? { industry: fields.industry } : {}),
    ...(fields.employees !== undefined ? { employees: fields.employees } : {}),
    ...(fields.country ? { country: fields.country } : {}),
  }) as unknown as Account;
  if (name) index.byName.set(name, account);
  if (domain) index.byDomain.set(domain, account);
  return account;
}

export interface CaptureEntry {
  /** Validated lead fields. Without an email nothing can match: a new lead is created. */
  fields: LeadFields;
  /** The membership's status (default: the campaign's default). */
  status?: MemberStatus;
  source: LeadSource;
  /** Check the person in too (a walk-in): `attended` status, this check-in's id and time. */
  checkIn?: { id: string; at: string; attended: MemberStatus };
  /** A public web form: an existing membership only moves forward (`mayMoveForward`), else stays. */
  forwardOnly?: boolean;
  /** Whom an entry matching no one creates: a lead (default), or a contact at an account (an import of customers). */
  createAs?: 'lead' | 'contact';
  /**
   * A double opt-in (domain/opt-in): the membership waits for the person's confirmation instead
   * of taking `status`, and a confirmation mail in the page's language is staged with the change.
   */
  confirm?: { locale?: string };
}

export interface CaptureResult {
  person: PersonRef;
  /** The membership's id (empty for an import into the workspace, which makes none). */
  memberId: string;
  /** True when an existing lead or contact was matched by email. */
  matched: boolean;
  /** True when the membership was created (false: an existing one was kept or updated). */
  memberCreated: boolean;
  /** With a check-in: when the person arrived, and whether they already had (nothing changed then). */
  checkIn?: { at: string; already: boolean };
  /**
   * A double opt-in campaign: `pending` — waiting for the person's confirmation by email;
   * `not-needed` — the person had confirmed (or responded) before: the status applied as usual.
   */
  confirmation?: 'pending' | 'not-needed';
}

/**
 * What a submission says, as a fingerprint: the same `submissionId` with the same fingerprint is
 * a retry (answered with the first result); with another, a different submission reusing the id.
 * The CAPTCHA token is left out: a retry may carry a fresh one.
 */
export function submissionFingerprint(s: ParsedLeadSubmission): string {
  const { captchaToken: _token, ...content } = s;
  return fingerprint(content);
}

/** Whether a submission seen before with `previous` fingerprint is a retry of this one (else: the id is reused for other values). */
export function isRetryOf(previous: string, print: string): boolean {
  return previous === print;
}

/**
 * The status a submission records when it names none: a walk-in (checked in at the door)
 * registers with the campaign's "Registered" status (else its default), then is checked in; a
 * form response takes the first responded status.
 */
export function submissionStatus(campaign: Campaign, walkIn: boolean): MemberStatus {
  if (!walkIn) return respondedStatus(campaign);
  return expectedStatuses(campaign).find((s) => s.label.toLowerCase() === 'registered') ?? defaultStatus(campaign);
}

/**
 * The statuses a public web form (a publishable key, visible in a landing page's source) may
 * record: those flagged `webForm`, else the campaign's responded status — except where the
 * campaign tracks attendance, whose responded status means being there: then "Registered" (or
 * the default status). A public form never checks anyone in.
 */
export function webFormStatuses(campaign: Pick<Campaign, 'memberStatuses'>): MemberStatus[] {
  const flagged = campaign.memberStatuses.filter((s) => s.webForm);
  if (flagged.length) return flagged;
  if (!tracksAttendance(campaign)) return [respondedStatus(campaign)];
  return [findStatus(campaign, 'Registered') ?? defaultStatus(campaign)];
}

/**
 * What a public submission's caller learns: that it was recorded, never whom it matched. The
 * same whether the email was known, a member already, or new (ids are placeholders).
 */
export function publicSubmissionResult(submissionId: string, confirmation?: CaptureResult['confirmation']): CaptureResult & { submissionId: string; campaignCreated: false; withheld: true } {
  const placeholder = `submission:${submissionId}`;
  // A double opt-in campaign answers "check your email" to every sign-up: whether a mail went
  // out (a new or unconfirmed person) or not (confirmed before) is the person's own business.
  return {
    submissionId,
    person: { type: 'lead', id: placeholder },
    memberId: placeholder,
    matched: false,
    memberCreated: false,
    campaignCreated: false,
    withheld: true,
    ...(confirmation ? { confirmation: 'pending' as const } : {}),
  };
}

/** The fields of a campaign a submission creates when its id is unknown (adapters that auto-create). */
export function autoCreatedCampaign(id: string): Pick<Campaign, 'name' | 'type' | 'status' | 'currency' | 'memberStatuses'> {
  return { name: id, type: 'other', status: 'active', currency: 'USD', memberStatuses: defaultMemberStatuses('other') };
}

/** A row with no value in any field, spaces aside (a blank line of a spreadsheet): an import skips it. */
export function isBlankLead(fields: unknown): boolean {
  if (fields === undefined || fields === null) return true;
  if (typeof fields === 'string') return fields.trim() === '';
  if (typeof fields !== 'object' || Array.isArray(fields)) return false;
  return Object.values(fields).every(isBlankLead);
}

/** A lead becomes `converted` only by conversion: no create, update or capture sets it. */
export function isSettableLeadStatus(status: string | undefined): boolean {
  return status !== 'converted';
}

const PERSON_FIELDS = ['firstName', 'lastName', 'phone', 'title', 'country'] as const;
const LEAD_ONLY_FIELDS = ['company', 'website', 'industry', 'employees', 'description', 'rating', 'attribution', 'consent'] as const;

/** The fields of `incoming` that fill empty fields of `current` (never overwriting a value). */
export function fillEmptyFields<T extends Record<string, unknown>>(
  current: T,
  incoming: Record<string, unknown>,
  fields: readonly string[],
): Partial<T> {
  const patch: Record<string, unknown> = {};
  for (const f of fields) {
    const value = incoming[f];
    if (value === undefined || value === '') continue;
    if (current[f] === undefined || current[f] === '') patch[f] = value;
  }
  const custom = incoming.custom as Record<string, unknown> | undefined;
  if (custom && fields.includes('custom')) {
    const existing = (current.custom ?? {}) as Record<string, unknown>;
    const added = Object.fromEntries(Object.entries(custom).filter(([k, v]) => existing[k] == null && v != null && v !== ''));
    if (Object.keys(added).length) patch.custom = { ...existing, ...added };
  }
  return patch as Partial<T>;
}

/** Plans one capture into `builder`, updating `lookup` so later entries of a batch see it. */
export function planCapture(builder: ChangeBuilder, lookup: CaptureLookup, entry: CaptureEntry, newId: () => string): CaptureResult {
  const key = entry.fields.email ? emailKey(entry.fields.email) : undefined;
  const campaign = lookup.campaign;
  const campaignId = campaign?.id;
  let person: PersonRef;
  let matched = true;
  let snapshotSource: Lead | Contact;

  const contact = key ? lookup.contacts.get(key) : undefined;
  const lead = contact || !key ? undefined : lookup.leads.get(key);
  // Consents are records, only ever added (domain/consent): a form without one changes none.
  const consents = incomingConsents(entry.fields, builder.now);
  if (contact) {
    const patch: Partial<Contact> = { ...fillEmptyFields(contact, entry.fields, [...PERSON_FIELDS, 'custom']), ...(consents.length ? { consents: withConsents(contact.consents, consents) } : {}) };
    snapshotSource = Object.keys(patch).length ? builder.update('contacts', contact, patch) : contact;
    lookup.contacts.set(key!, snapshotSource as Contact);
    person = { type: 'contact', id: contact.id };
  } else if (lead) {
    const patch: Partial<Lead> = { ...fillEmptyFields(lead, entry.fields, [...PERSON_FIELDS, ...LEAD_ONLY_FIELDS, 'custom']), ...(consents.length ? { consents: withConsents(lead.consents, consents) } : {}) };
    snapshotSource = Object.keys(patch).length ? builder.update('leads', lead, patch) : lead;
    lookup.leads.set(key!, snapshotSource as Lead);
    person = { type: 'lead', id: lead.id };
  } else if (entry.createAs === 'contact') {
    matched = false;
    const f = entry.fields;
    const account = accountFor(builder, (lookup.accounts ??= accountIndex([])), f, newId);
    const created = builder.create('contacts', newId(), {
      ...Object.fromEntries([...PERSON_FIELDS, 'email', 'custom'].filter((k) => f[k as keyof LeadFields] !== undefined).map((k) => [k, f[k as keyof LeadFields]])),
      ...(key ? { emailKey: key } : {}),
      ...(account ? { accountId: account.id, company: account.name } : {}),
      ...(consents.length ? { consents } : {}),
    }) as unknown as Contact;
    snapshotSource = created;
    if (key) lookup.contacts.set(key, created);
    person = { type: 'contact', id: created.id };
  } else {
    matched = false;
    const { status: leadStatus, source, consents: _given, ...fields } = entry.fields;
    const created = builder.create('leads', newId(), {
      ...fields,
      ...(consents.length ? { consents } : {}),
      ...(key ? { emailKey: key } : {}),
      source: source ?? entry.source,
      status: leadStatus && isSettableLeadStatus(leadStatus) ? leadStatus : 'open',
      ...(campaignId ? { sourceCampaignId: campaignId } : {}),
    }) as unknown as Lead;
    snapshotSource = created;
    if (key) lookup.leads.set(key, created);
    person = { type: 'lead', id: created.id };
  }

  const pKey = personKey(person);
  const snapshot = memberPersonOf(snapshotSource);
  // Keep the person's copies on their other campaigns in step (and those campaigns' lists).
  refreshPersonCopies(builder, lookup.personMemberships.get(pKey) ?? [], snapshot, campaignId);
  // An import into the workspace: the person is all.
  if (!campaign) return { person, memberId: '', matched, memberCreated: false };
  const entryStatus = entry.status ?? defaultStatus(campaign);

  const existing = lookup.memberships.get(pKey);
  const ci = entry.checkIn;
  if (existing && ci) {
    // At the door: someone on the list. Arrived already → reported, not counted twice.
    if (hasArrived(existing)) {
      return { person, memberId: existing.id, matched, memberCreated: false, checkIn: { at: arrivedAt(existing) ?? existing.updatedAt, already: true } };
    }
    const updated = builder.update('members', existing, { ...checkInPatch(existing, ci.attended, { id: ci.id, at: ci.at }), person: snapshot });
    countMemberChange(builder.changes, existing, updated);
    lookup.memberships.set(pKey, updated);
    return { person, memberId: existing.id, matched, memberCreated: false, checkIn: { at: ci.at, already: false } };
  }
  if (entry.confirm && entry.fields.email && needsConfirmation(existing)) {
    const { fields, mail } = pendingOptIn(campaign, existing, entryStatus, builder.now);
    const next = { ...fields, person: snapshot };
    let member: CampaignMember;
    if (existing) member = builder.update('members', existing, next);
    else member = builder.create('members', newId(), { campaignId, ...(person.type === 'lead' ? { leadId: person.id } : { contactId: person.id }), ...next }) as unknown as CampaignMember;
    countMemberChange(builder.changes, existing, member);
    lookup.memberships.set(pKey, member);
    if (mail) {
      builder.changes.mails.push({
        kind: 'confirm',
        id: newId(),
        to: entry.fields.email,
        ...(entry.confirm.locale ? { locale: entry.confirm.locale } : {}),
        campaignId: campaign.id,
        campaignName: campaign.name,
        memberId: member.id,
        person,
        ...(entry.fields.firstName ? { firstName: entry.fields.firstName } : {}),
        purposes: [...new Set(incomingConsents(entry.fields, builder.now).filter((c) => c.given).map((c) => c.purpose))],
      });
    }
    return { person, memberId: member.id, matched, memberCreated: !existing, confirmation: 'pending' };
  }
  if (existing) {
    const status = entry.forwardOnly && !mayMoveForward(campaign, existing, entryStatus) ? undefined : entryStatus;
    const next = { ...(status ? applyStatus(existing, status, builder.now) : { status: existing.status }), person: snapshot };
    const changed = next.status !== existing.status || !samePersonSnapshot(existing.person, snapshot);
    if (changed) {
      const updated = builder.update('members', existing, next);
      countMemberChange(builder.changes, existing, updated);
      lookup.memberships.set(pKey, updated);
    }
    return { person, memberId: existing.id, matched, memberCreated: false, ...(entry.confirm ? { confirmation: 'not-needed' as const } : {}) };
  }
  const registered = {
    campaignId,
    ...(person.type === 'lead' ? { leadId: person.id } : { contactId: person.id }),
    ...applyStatus(undefined, entryStatus, builder.now),
    person: snapshot,
  };
  // A walk-in: not on the list before, registered and checked in in one write.
  const fields = ci ? { ...registered, ...checkInPatch(registered as CampaignMember, ci.attended, { id: ci.id, at: ci.at, walkIn: true }) } : registered;
  const member = builder.create('members', newId(), fields) as unknown as CampaignMember;
  countMemberChange(builder.changes, undefined, member);
  lookup.memberships.set(pKey, member);
  return { person, memberId: member.id, matched, memberCreated: true, ...(ci ? { checkIn: { at: ci.at, already: false } } : {}) };
}
