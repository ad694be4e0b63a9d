/**
 * The people list's field catalogue and its rules, written once for every adapter: which fields
 * of a lead or contact a list can show, filter and sort by; the keys the sortable ones are
 * indexed by (the browser's `people` store and the server's tables keep the same order); whether
 * a person passes a list's filters; and how many people a filter holds, when the workspace's
 * counter can say without reading them.
 */
import type { Contact, Lead } from '../model/person.js';
import { leadRatings, leadSources, leadStatuses } from '../model/person.js';
import { LEAD_REPORT_KEY } from './lead-counts.js';
import { foldText } from './matching.js';
import { memberPersonOf, personOrderKey, personSearchKey, memberSearchMatcher } from './members.js';

export { LEAD_REPORT_KEY };

/** How a field is filtered: text (contains, one of, empty), a choice among values, a date or a number range. */
export type PersonFieldKind = 'text' | 'enum' | 'date' | 'number';

export interface PersonFieldDef {
  kind: PersonFieldKind;
  /** The values of an enumeration, in their natural order. */
  values?: readonly string[];
  /** Only leads have it: a contact's value is empty. */
  leadOnly?: boolean;
  /** An index keeps people in this field's order (IndexedDB and the server): the list can sort by it. */
  sortable?: boolean;
}

/** Open lead statuses: a converted lead is listed as the contact it became. */
export const openLeadStatuses = leadStatuses.filter((s) => s !== 'converted');

/** The standard fields of a person, as a list shows them (custom fields are `custom.<name>`). */
export const PERSON_FIELDS = {
  type: { kind: 'enum', values: ['lead', 'contact'] },
  name: { kind: 'text', sortable: true },
  company: { kind: 'text' },
  email: { kind: 'text' },
  phone: { kind: 'text' },
  title: { kind: 'text' },
  country: { kind: 'text' },
  industry: { kind: 'text', leadOnly: true },
  website: { kind: 'text', leadOnly: true },
  employees: { kind: 'number', leadOnly: true },
  status: { kind: 'enum', values: openLeadStatuses, leadOnly: true },
  rating: { kind: 'enum', values: leadRatings, leadOnly: true, sortable: true },
  source: { kind: 'enum', values: leadSources, leadOnly: true },
  created: { kind: 'date', sortable: true },
} as const satisfies Record<string, PersonFieldDef>;

export type StandardPersonField = keyof typeof PERSON_FIELDS;
export const personFieldNames = Object.keys(PERSON_FIELDS) as StandardPersonField[];
/** Fields people can be sorted by: each has an index (`people+<field>` locally, one per table on the server). */
export const peopleSortFields = ['name', 'created', 'rating'] as const satisfies readonly StandardPersonField[];
export type PeopleSortField = (typeof peopleSortFields)[number];

/** A custom field as the list names it. */
export const CUSTOM_FIELD = /^custom\.[A-Za-z][\w-]{0,63}$/;

/** The definition of a field (standard, or custom: text, never sortable); undefined when unknown. */
export function personField(name: string): PersonFieldDef | undefined {
  if (Object.hasOwn(PERSON_FIELDS, name)) return PERSON_FIELDS[name as StandardPersonField];
  return CUSTOM_FIELD.test(name) ? { kind: 'text' } : undefined;
}

/** One condition of a list: `in` (one of these values), `contains` (text), `range` (from/to, inclusive), `empty`, `present`. */
export type PeopleFilter =
  | { field: string; op: 'in'; values: string[] }
  | { field: string; op: 'contains'; value: string }
  | { field: string; op: 'range'; from?: string | number; to?: string | number }
  | { field: string; op: 'empty' }
  | { field: string; op: 'present' };

/** Whether an operator applies to a kind of field. */
export function operatorFits(kind: PersonFieldKind, op: PeopleFilter['op']): boolean {
  if (op === 'empty' || op === 'present') return true;
  if (op === 'range') return kind === 'date' || kind === 'number';
  if (op === 'contains') return kind === 'text';
  return kind === 'text' || kind === 'enum';
}

/** A stored person as the people store holds it: the record and its kind. */
export type ListedPerson = (Lead & { kind: 'lead' }) | (Contact & { kind: 'contact' });

/** Rating in sort order: hot, warm, cold, then none. */
export function ratingRank(rating: string | undefined): number {
  const i = (leadRatings as readonly string[]).indexOf(rating ?? '');
  return i < 0 ? leadRatings.length + 1 : i + 1;
}

/** The index key path of each sort (a rating's ties in name order; ties broken by id). */
export const PEOPLE_SORT_KEYS: Record<PeopleSortField, string[]> = {
  name: ['psk.name', 'id'],
  created: ['psk.created', 'id'],
  rating: ['psk.rating', 'psk.name', 'id'],
};

/**
 * The keys a person is listed by (`psk` on a stored person), or undefined for a converted lead:
 * it is listed as the contact it became, and a record without keys is in no list index.
 */
export function peopleSortKeys(p: ListedPerson): Record<PeopleSortField, string> | undefined {
  if (p.kind === 'lead' && (p.status === 'converted' || p.convertedAt)) return undefined;
  const name = personOrderKey(p);
  return { name, created: p.createdAt, rating: String(ratingRank(p.kind === 'lead' ? p.rating : undefined)) };
}

/** A field's value on a person, as filters compare it (undefined: empty). */
export function personFieldValue(p: ListedPerson, field: string): string | number | undefined {
  if (field.startsWith('custom.')) {
    const v = p.custom?.[field.slice(7)];
    if (v === null || v === undefined || v === '') return undefined;
    return Array.isArray(v) ? (v.length ? v.join('\n') : undefined) : typeof v === 'boolean' ? String(v) : v;
  }
  const lead = p.kind === 'lead' ? p : undefined;
  switch (field as StandardPersonField) {
    case 'type':
      return p.kind;
    case 'name':
      return [p.firstName, p.lastName].filter(Boolean).join(' ') || undefined;
    case 'company':
      return p.company || undefined;
    case 'email':
      return p.email || undefined;
    case 'phone':
      return p.phone || undefined;
    case 'title':
      return p.title || undefined;
    case 'country':
      return p.country || undefined;
    case 'industry':
      return lead?.industry || undefined;
    case 'website':
      return lead?.website || undefined;
    case 'employees':
      return lead?.employees;
    case 'status':
      return lead?.status;
    case 'rating':
      return lead?.rating;
    case 'source':
      return lead?.source;
    case 'created':
      return p.createdAt;
  }
  return undefined;
}

/** The instant a date bound stands for: a day (`2026-03-01`) from its start (from) or to its end (to), UTC. */
export function dateBound(value: string | number, end: boolean): string {
  const text = String(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return end ? `${text}T23:59:59.999Z` : `${text}T00:00:00.000Z`;
  const t = Date.parse(text);
  return Number.isNaN(t) ? text : new Date(t).toISOString();
}

/** Folds a text for `in` and `contains` (case, accents and spacing do not count). */
const fold = (v: string) => foldText(v).trim();

/** Whether one value passes one filter. */
export function valuePasses(kind: PersonFieldKind, value: string | number | undefined, f: PeopleFilter): boolean {
  if (f.op === 'empty') return value === undefined;
  if (f.op === 'present') return value !== undefined;
  if (value === undefined) return false;
  if (f.op === 'in') return kind === 'enum' ? f.values.includes(String(value)) : f.values.some((v) => fold(v) === fold(String(value)));
  if (f.op === 'contains') return fold(String(value)).includes(fold(f.value));
  if (kind === 'number') return (f.from === undefined || Number(value) >= Number(f.from)) && (f.to === undefined || Number(value) <= Number(f.to));
  const at = String(value);
  return (f.from === undefined || at >= dateBound(f.from, false)) && (f.to === undefined || at <= dateBound(f.to, true));
}

/** What a list asks of people besides its order: a type, a search and filters (all must hold). */
export interface PeopleMatch {
  type?: 'lead' | 'contact';
  search?: string;
  filters?: readonly PeopleFilter[];
}

/** A predicate for many people: whether each passes the list's type, search and every filter. */
export function peopleMatcher(q: PeopleMatch): (p: ListedPerson) => boolean {
  const search = q.search ? memberSearchMatcher(q.search) : undefined;
  const filters = (q.filters ?? []).map((f) => [personField(f.field)!.kind, f] as const);
  return (p) =>
    (!q.type || p.kind === q.type) &&
    (!search || search({ q: personSearchKey(memberPersonOf(p)) })) &&
    filters.every(([kind, f]) => valuePasses(kind, personFieldValue(p, f.field), f));
}

/** Fields the workspace counter counts leads by (`n|<source>|<status>|<rating>`), and contacts (`contacts`). */
const COUNTED = new Set(['type', 'source', 'status', 'rating']);

/** The counter's metric of the workspace's contacts. */
export const CONTACTS_METRIC = 'contacts'; // counted by lead-counts `countContactCreated`

/** Whether the workspace counter can tell a list's length (see `countListedPeople`). */
export function isCountable(q: PeopleMatch): boolean {
  return !q.search && !(q.filters ?? []).some((f) => !COUNTED.has(f.field) || f.op === 'contains' || f.op === 'range');
}

/**
 * How many people a list holds, from the workspace counter, when it can say: no search, and
 * filters only on type, source, status and rating (`in`, `empty`, `present`). Undefined
 * otherwise: the list then learns its length as it pages.
 */
export function countListedPeople(counts: Readonly<Record<string, number>> | undefined, q: PeopleMatch): number | undefined {
  if (!isCountable(q)) return undefined;
  const filters = (q.filters ?? []).map((f) => [personField(f.field)!.kind, f] as const);
  const passes = (values: Record<string, string | undefined>) => filters.every(([kind, f]) => valuePasses(kind, values[f.field], f));
  let total = 0;
  if (q.type !== 'lead' && passes({ type: 'contact' })) total += counts?.[CONTACTS_METRIC] ?? 0;
  if (q.type === 'contact') return total;
  for (const [metric, n] of Object.entries(counts ?? {})) {
    const [kind, source, status, rating] = metric.split('|');
    if (kind !== 'n' || status === 'converted') continue;
    if (passes({ type: 'lead', source, status, rating: rating === '-' ? undefined : rating })) total += n;
  }
  return total;
}
