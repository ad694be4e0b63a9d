/**
 * The local adapter's people list: the workspace's leads (not converted) and contacts, paged from
 * the `people` store's sort indexes (`people+name`, `people+created`, `people+rating`), with the
 * list's type, search and filters checked on each person the index walk reads (domain/people-fields).
 */
import { countListedPeople, isCountable, LEAD_REPORT_KEY, peopleMatcher, ratingRank, type ListedPerson } from '../../domain/people-fields.js';
import { ChangeBuilder } from '../../domain/change-builder.js';
import * as z from 'zod/mini';
import { foldText } from '../../domain/matching.js';
import {
  classifyLeadsInputSchema,
  peopleQuerySchema,
  peopleViewInputSchema,
  type ClassifyLeadsInput,
  type PeoplePage,
  type PeopleQuery,
  type PeopleView,
  type PeopleViewInput,
  type ParsedPeopleQuery,
} from '../../model/people.js';
import type { Lead } from '../../model/person.js';
import { ConflictError, NotFoundError, ValidationError } from '../errors.js';
import { stripUndefined } from './util.js';
import type { CallOptions } from '../adapter.js';
import { throwIfAborted } from '../errors.js';
import { parseInput } from '../validate.js';
import type { LocalContext } from './context.js';
import { peopleIndex } from './idb-layout.js';
import { decodeCursor, encodeCursor } from './util.js';

/** The leading index key every listed person shares: one rating, when the list is sorted and filtered by it. */
export function peoplePrefix(q: ParsedPeopleQuery): string[] {
  if (q.sort !== 'rating') return [];
  const ratings = q.filters.filter((f) => f.field === 'rating');
  const only = ratings.length === 1 && ratings[0].op === 'in' && ratings[0].values.length === 1 ? ratings[0].values[0] : undefined;
  return only ? [String(ratingRank(only))] : [];
}

export async function pagePeople(ctx: LocalContext, query: PeopleQuery, options?: CallOptions): Promise<PeoplePage> {
  const q = parseInput(peopleQuerySchema, query);
  throwIfAborted(options?.signal);
  const index = peopleIndex(q.sort);
  const prefix = peoplePrefix(q);
  const after = q.cursor ? decodeCursor(q.cursor, index, prefix) : undefined;
  const matches = peopleMatcher(q);
  const filter = q.type || q.search || q.filters.length ? (r: Record<string, unknown>) => matches(r as unknown as ListedPerson) : undefined;
  const [page, counts] = await Promise.all([
    ctx.store.page('people', index, {
      prefix,
      after,
      direction: q.direction === 'asc' ? 'next' : 'prev',
      limit: q.limit,
      filter,
    }),
    isCountable(q) ? ctx.store.counter(LEAD_REPORT_KEY) : undefined,
  ]);
  throwIfAborted(options?.signal);
  const total = countListedPeople(counts, q);
  return {
    items: (page.items as unknown as ListedPerson[]).map(({ kind, ...person }) => ({ type: kind, person }) as PeoplePage['items'][number]),
    ...(page.more && page.lastKey ? { nextCursor: encodeCursor(index, page.lastKey) } : {}),
    ...(total !== undefined ? { total } : {}),
  };
}

export async function classifyLeads(ctx: LocalContext, input: ClassifyLeadsInput, options?: CallOptions): Promise<Lead[]> {
  const { leads: refs, ...set } = parseInput(classifyLeadsInputSchema, input);
  throwIfAborted(options?.signal);
  const found = await ctx.store.getMany<Lead>('leads', refs.map((r) => r.id));
  const b = new ChangeBuilder(ctx.now());
  const leads = refs.map((ref, i) => {
    const lead = found[i];
    if (!lead) throw new NotFoundError('lead', ref.id);
    if (lead.version !== ref.version) throw new ConflictError(`lead ${ref.id} changed since it was read (version ${lead.version})`);
    if (lead.status === 'converted') throw new ConflictError(`lead ${ref.id} is converted and read-only`);
    const patch = Object.fromEntries(Object.entries(set).filter(([k, v]) => v !== undefined && lead[k as keyof Lead] !== v)) as Partial<Lead>;
    return Object.keys(patch).length ? b.update('leads', lead, patch) : lead;
  });
  await ctx.commit(b);
  return leads;
}

/** Saved views a workspace may hold. */
export const VIEWS_PER_WORKSPACE = 200;

export async function listPeopleViews(ctx: LocalContext, options?: CallOptions): Promise<PeopleView[]> {
  throwIfAborted(options?.signal);
  const views = await ctx.store.getAll<PeopleView>('views');
  return views.sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
}

/**
 * Saves a view: new, or changed at the version read. Names are unique in the workspace (case and
 * accents aside); marking one the default unmarks the one that was, in the same write.
 */
export async function savePeopleView(ctx: LocalContext, input: PeopleViewInput, options?: CallOptions): Promise<PeopleView> {
  const { id, version, ...fields } = parseInput(peopleViewInputSchema, input);
  throwIfAborted(options?.signal);
  const views = await ctx.store.getAll<PeopleView>('views');
  const existing = id ? views.find((v) => v.id === id) : undefined;
  if (existing && version !== existing.version) throw new ConflictError(`view ${existing.id} changed since it was read (version ${existing.version})`);
  if (!existing && version !== undefined) throw new NotFoundError('view', id ?? '');
  if (views.some((v) => v.id !== existing?.id && foldText(v.name).trim() === foldText(fields.name).trim())) {
    throw new ValidationError([{ path: 'name', code: 'duplicate', message: `A view named "${fields.name}" already exists` }]);
  }
  if (!existing && views.length >= VIEWS_PER_WORKSPACE) throw new ValidationError([{ path: 'name', code: 'too_many', message: `A workspace holds at most ${VIEWS_PER_WORKSPACE} views` }]);
  const b = new ChangeBuilder(ctx.now());
  const record = stripUndefined({ ...fields, isDefault: fields.isDefault || undefined });
  let view: PeopleView;
  if (existing) {
    view = b.update('views', existing, record as Partial<PeopleView>);
    for (const k of ['widths', 'search', 'type', 'isDefault'] as const) if (record[k] === undefined) delete (view as Record<string, unknown>)[k];
  } else view = b.create('views', id ?? ctx.newId(), record) as unknown as PeopleView;
  if (fields.isDefault) for (const other of views) if (other.id !== view.id && other.isDefault) b.update('views', other, { isDefault: undefined });
  await ctx.commit(b);
  return view;
}

export async function deletePeopleView(ctx: LocalContext, id: string, version: number, options?: CallOptions): Promise<void> {
  const view = await ctx.requireRecord<PeopleView>('views', 'view', id, options);
  const expected = parseInput(z.int().check(z.gte(1)), version, 'version');
  if (view.version !== expected) throw new ConflictError(`view ${view.id} changed since it was read (version ${view.version})`);
  const b = new ChangeBuilder(ctx.now());
  b.delete('views', view);
  await ctx.commit(b);
}
