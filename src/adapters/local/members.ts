/**
 * The local adapter's use cases, by subject (LocalAdapter composes them). A campaign's members:
 * pages (filtered, searched, sorted, keyset), counts, adding, removing, status changes.
 */
import * as z from 'zod/mini';
import { ChangeBuilder } from '../../domain/change-builder.js';
import {
  countMemberChange,
  memberCountsKey,
  memberSearchMatcher,
  memberPersonOf,
  personKey,
  toMemberCounts,
  type MemberCounts,
} from '../../domain/members.js';
import { applyStatus, defaultStatus } from '../../domain/statuses.js';
import { confirmOptIn as confirmOptInPatch } from '../../domain/opt-in.js';
import { idSchema } from '../../model/common.js';
import {
  addMembersInputSchema,
  memberQuerySchema,
  type ParsedMemberQuery,
  removeMembersInputSchema,
  setMemberStatusInputSchema,
  type AddMembersInput,
  type CampaignMember,
  type MemberQuery,
  type RemoveMembersInput,
  type SetMemberStatusInput,
} from '../../model/member.js';
import type { Campaign } from '../../model/campaign.js';
import { personRefSchema, type PersonRef } from '../../model/person.js';
import type { CallOptions, MemberPage, PersonCampaign } from '../adapter.js';
import { ConflictError, NotFoundError, throwIfAborted } from '../errors.js';
import { parseInput } from '../validate.js';
import { indexKey } from './keys.js';
import { memberIndex, STORES, toStored } from './idb-layout.js';
import type { LocalContext } from './context.js';
import { decodeCursor, encodeCursor } from './util.js';
import { getCampaign } from './campaigns.js';
import { resolveStatus } from './capture.js';
import { loadPeople } from './people.js';
import { peopleMatcher, type ListedPerson } from '../../domain/people-fields.js';
import type { PersonListItem } from '../../model/people.js';

export async function pageMembers(ctx: LocalContext, query: MemberQuery, options?: CallOptions): Promise<MemberPage> {
  const q = parseInput(memberQuerySchema, query);
  throwIfAborted(options?.signal);
  if (q.counts) {
    const [page, counts] = await Promise.all([pageMembers(ctx, { ...q, counts: false }, options), countMembers(ctx, q.campaignId, options)]);
    return { ...page, counts };
  }
  const index = q.status ? memberIndex(q.sort === 'status' ? 'name' : q.sort, true) : memberIndex(q.sort, false);
  const prefix: IDBValidKey[] = q.status ? [q.campaignId, q.status] : [q.campaignId];
  let after: IDBValidKey[] | undefined;
  if (q.cursor) after = decodeCursor(q.cursor, index, prefix);
  const search = q.search;
  const type = q.type;
  const matches = search ? memberSearchMatcher(search) : undefined;
  const filter =
    search || type
      ? (r: Record<string, unknown>) =>
          (!type || (type === 'lead' ? r.leadId !== undefined : r.contactId !== undefined)) &&
          (!matches || matches(r.sk as { q: string }))
      : undefined;
  if (q.filters?.length) return pageByPerson(ctx, q, index, prefix, after, filter, options);
  if (q.offset && !after && !filter) {
    // A jump walks from whichever end is fewer entries away, counting the positions the store
    // recorded (a 100,000-member list's forward positions make a jump to 60% walk < 1,000
    // entries; from the end, before positions that way exist, it walked 40,000).
    const counts = toMemberCounts(await ctx.memberCounter(q.campaignId));
    const total = q.status ? (counts.byStatus[q.status] ?? 0) : counts.total;
    const forward = q.direction === 'asc' ? 'next' : 'prev';
    const cost = (direction: 'next' | 'prev', skip: number) => ctx.store.skipCost?.('members', index, prefix, direction, skip) ?? skip;
    if (cost(forward === 'next' ? 'prev' : 'next', Math.max(0, total - q.offset - q.limit)) < cost(forward, q.offset)) return pageFromEnd(ctx, q, index, prefix, total, options);
  }
  const page = await ctx.store.page('members', index, {
    prefix,
    after,
    direction: q.direction === 'asc' ? 'next' : 'prev',
    limit: q.limit,
    filter,
    ...(filter ? { match: { ...(search ? { search } : {}), ...(type ? { type } : {}) } } : {}),
    skip: q.offset,
  });
  throwIfAborted(options?.signal);
  const items = page.items as unknown as CampaignMember[];
  return {
    items,
    ...(page.more && page.lastKey ? { nextCursor: encodeCursor(index, page.lastKey) } : {}),
    ...(q.people ? { people: listedItems(await peopleOf(ctx, items)) } : {}),
  };
}

/** Members read per step of a walk that checks each member's person (`filters`). */
const PERSON_WALK = 200;

/**
 * A page of members whose person meets `filters` (the people list's field catalogue): the
 * members are walked in the list's order, PERSON_WALK at a time, and each step's people read in
 * one call and checked with the rule every people list uses. A rare condition walks far (the
 * member index does not order by person fields); `offset` skips matching rows.
 */
async function pageByPerson(
  ctx: LocalContext,
  q: ParsedMemberQuery,
  index: string,
  prefix: IDBValidKey[],
  after: IDBValidKey[] | undefined,
  filter: ((r: Record<string, unknown>) => boolean) | undefined,
  options?: CallOptions,
): Promise<MemberPage> {
  const matches = peopleMatcher({ filters: q.filters ?? [] });
  const keyPath = STORES.members.find((i) => i.name === index)!.keyPath;
  const found: { member: CampaignMember; person: ListedPerson }[] = [];
  let skip = q.offset ?? 0;
  let cursor = after;
  for (;;) {
    const page = await ctx.store.page('members', index, {
      prefix,
      after: cursor,
      direction: q.direction === 'asc' ? 'next' : 'prev',
      limit: PERSON_WALK,
      filter,
      ...(filter ? { match: { ...(q.search ? { search: q.search } : {}), ...(q.type ? { type: q.type } : {}) } } : {}),
    });
    throwIfAborted(options?.signal);
    const members = page.items as unknown as CampaignMember[];
    const people = await peopleOf(ctx, members);
    for (let i = 0; i < members.length && found.length <= q.limit; i++) {
      const person = people[i];
      if (!person || !matches(person)) continue;
      if (skip > 0) skip--;
      else found.push({ member: members[i], person });
    }
    if (found.length > q.limit || !page.more || !page.lastKey) break;
    cursor = page.lastKey;
  }
  const items = found.slice(0, q.limit).map((f) => f.member);
  const last = items[items.length - 1];
  return {
    items,
    ...(found.length > q.limit && last ? { nextCursor: encodeCursor(index, indexKey(toStored('members', last as never), keyPath) as IDBValidKey[]) } : {}),
    ...(q.people ? { people: listedItems(found.slice(0, q.limit).map((f) => f.person)) } : {}),
  };
}

/** The person (lead or contact, with its kind) of each member, in order. */
async function peopleOf(ctx: LocalContext, members: readonly CampaignMember[]): Promise<(ListedPerson | undefined)[]> {
  return ctx.store.getMany<ListedPerson>('people', members.map((m) => m.leadId ?? m.contactId ?? ''));
}

/** People as a page answers them (`{ type, person }`), each once. */
function listedItems(people: readonly (ListedPerson | undefined)[]): PersonListItem[] {
  const seen = new Map<string, PersonListItem>();
  for (const p of people) {
    if (!p || seen.has(p.id)) continue;
    const { kind, ...person } = p;
    seen.set(p.id, { type: kind, person } as PersonListItem);
  }
  return [...seen.values()];
}

export async function pageFromEnd(ctx: LocalContext, q: ParsedMemberQuery, index: string, prefix: IDBValidKey[], total: number, options?: CallOptions): Promise<MemberPage> {
  const take = Math.min(q.limit, total - q.offset!);
  if (take <= 0) return { items: [] };
  const skip = total - q.offset! - take;
  const page = await ctx.store.page('members', index, {
    prefix,
    direction: q.direction === 'asc' ? 'prev' : 'next',
    limit: take,
    ...(skip ? { skip } : {}),
  });
  throwIfAborted(options?.signal);
  const items = (page.items as unknown as CampaignMember[]).reverse();
  const last = items[items.length - 1];
  const keyPath = STORES.members.find((i) => i.name === index)!.keyPath;
  const more = q.offset! + items.length < total;
  return {
    items,
    ...(more && last ? { nextCursor: encodeCursor(index, indexKey(toStored('members', last as never), keyPath) as IDBValidKey[]) } : {}),
  };
}

export async function getMembers(ctx: LocalContext, ids: readonly string[], options?: CallOptions): Promise<CampaignMember[]> {
  const list = parseInput(z.array(idSchema).check(z.maxLength(500, 'too_long')), ids, 'ids');
  throwIfAborted(options?.signal);
  const found = await ctx.store.getMany<CampaignMember>('members', list);
  return found.filter((m): m is CampaignMember => m !== undefined);
}

export async function countMembers(ctx: LocalContext, campaignId: string, options?: CallOptions): Promise<MemberCounts> {
  const id = parseInput(idSchema, campaignId, 'campaignId');
  throwIfAborted(options?.signal);
  return toMemberCounts(await ctx.store.counter(memberCountsKey(id)));
}

export async function addMembers(ctx: LocalContext, input: AddMembersInput, options?: CallOptions): Promise<CampaignMember[]> {
  const parsed = parseInput(addMembersInputSchema, input);
  return ctx.retry(options, async () => {
    const campaign = await getCampaign(ctx, parsed.campaignId);
    const status = resolveStatus(campaign, parsed.status, defaultStatus(campaign));
    const unique = [...new Map(parsed.people.map((p) => [personKey(p), p])).values()];
    const people = await loadPeople(ctx, unique);
    const existing = await ctx.store.getByIndexMany<CampaignMember>(
      'members',
      'campaign+person',
      unique.map((p) => [campaign.id, personKey(p)]),
    );
    const b = new ChangeBuilder(ctx.now());
    const created: CampaignMember[] = [];
    unique.forEach((ref, i) => {
      if (existing[i].length) return;
      const member = b.create('members', ctx.newId(), {
        campaignId: campaign.id,
        ...(ref.type === 'lead' ? { leadId: ref.id } : { contactId: ref.id }),
        ...applyStatus(undefined, status, b.now),
        person: memberPersonOf(people[i]),
      }) as unknown as CampaignMember;
      countMemberChange(b.changes, undefined, member);
      created.push(member);
    });
    await ctx.commit(b);
    return created;
  });
}

export async function removeMembers(ctx: LocalContext, input: RemoveMembersInput, options?: CallOptions): Promise<void> {
  const parsed = parseInput(removeMembersInputSchema, input);
  throwIfAborted(options?.signal);
  const members = await loadMembers(ctx, parsed.campaignId, parsed.members);
  const b = new ChangeBuilder(ctx.now());
  for (const m of members) {
    b.delete('members', m);
    countMemberChange(b.changes, m, undefined);
  }
  await ctx.commit(b);
}

export async function setMemberStatus(ctx: LocalContext, input: SetMemberStatusInput, options?: CallOptions): Promise<CampaignMember[]> {
  const parsed = parseInput(setMemberStatusInputSchema, input);
  throwIfAborted(options?.signal);
  const campaign = await getCampaign(ctx, parsed.campaignId);
  const status = resolveStatus(campaign, parsed.status, undefined);
  const members = await loadMembers(ctx, campaign.id, parsed.members);
  const b = new ChangeBuilder(ctx.now());
  const updated = members.map((m) => {
    if (m.status === status.label) return m;
    const next = b.update('members', m, applyStatus(m, status, b.now));
    countMemberChange(b.changes, m, next);
    return next;
  });
  await ctx.commit(b);
  return updated;
}

/**
 * Confirms a member's double opt-in (the server's confirmation link): the status the form asked
 * for applies (domain/opt-in `confirmOptIn`). `confirmed: false` — nothing was pending (confirmed
 * before); undefined — the member or its campaign is gone.
 */
export async function confirmOptIn(ctx: LocalContext, memberId: string): Promise<{ member: CampaignMember; campaign: Campaign; confirmed: boolean } | undefined> {
  const id = parseInput(idSchema, memberId, 'memberId');
  return ctx.retry(undefined, async () => {
    const member = await ctx.store.get<CampaignMember>('members', id);
    const campaign = member && (await ctx.store.get<Campaign>('campaigns', member.campaignId));
    if (!member || !campaign) return undefined;
    const b = new ChangeBuilder(ctx.now());
    const patch = confirmOptInPatch(campaign, member, b.now);
    if (!patch) return { member, campaign, confirmed: false };
    const next = b.update('members', member, patch);
    countMemberChange(b.changes, member, next);
    await ctx.commit(b);
    return { member: next, campaign, confirmed: true };
  });
}

/** The members, checked to exist on the campaign at the versions the caller saw. */
export async function loadMembers(ctx: LocalContext, campaignId: string, refs: { id: string; version: number }[]): Promise<CampaignMember[]> {
  const found = await ctx.store.getMany<CampaignMember>('members', refs.map((r) => r.id));
  return refs.map((r, i) => {
    const m = found[i];
    if (!m || m.campaignId !== campaignId) throw new NotFoundError('campaign member', r.id);
    if (m.version !== r.version) throw new ConflictError(`campaign member ${r.id} changed since it was read`);
    return m;
  });
}

/**
 * A person's campaign history: every membership of the lead or contact with its campaign, newest
 * first, from the person's index (never a scan of the members). A converted lead has none: its
 * memberships moved to its contact (the lead's `convertedContactId`).
 */
export async function listPersonCampaigns(ctx: LocalContext, person: PersonRef, options?: CallOptions): Promise<PersonCampaign[]> {
  const ref = parseInput(personRefSchema, person, 'person');
  throwIfAborted(options?.signal);
  // The person (to tell a missing one) and their memberships read together.
  const [record, memberships] = await Promise.all([
    ctx.store.get(ref.type === 'lead' ? 'leads' : 'contacts', ref.id),
    ctx.store.getByIndex<CampaignMember>('members', ref.type === 'lead' ? 'leadId' : 'contactId', ref.id),
  ]);
  if (!record) throw new NotFoundError(ref.type, ref.id);
  memberships.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || (a.id < b.id ? 1 : -1));
  const campaigns = await ctx.store.getMany<Campaign>('campaigns', memberships.map((m) => m.campaignId));
  throwIfAborted(options?.signal);
  return memberships.flatMap((member, i) => (campaigns[i] ? [{ member, campaign: campaigns[i] }] : []));
}
