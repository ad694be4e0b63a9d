import { addComponentStrings } from '../../i18n/english-components.js';
import { formatDate, msg, statusLabel, type Locale, type MessageKey } from '../../i18n/localize.js';
import type { CampaignMember, MemberSortField } from '../../model/member.js';
import { personName } from '../../domain/members.js';
import { CUSTOM_FIELD, personField, personFieldValue, type ListedPerson } from '../../domain/people-fields.js';
import type { NameOrder } from '../../i18n/localized-element.js';
import { fieldLabel, fieldText } from '../people-list/people-columns.js';

addComponentStrings();

/** The membership's own columns (the list fits as many of them as its width takes). */
export const memberColumns = ['name', 'type', 'company', 'email', 'status', 'responded', 'first-responded', 'added'] as const;
export type BuiltInColumn = (typeof memberColumns)[number];

/**
 * The person's fields a member list shows as columns (the people list's catalogue; `lead-status`
 * is the lead's status, `status` the member's), and `custom.<name>`. They are read with each page
 * and filtered on, but not sorted: the member index does not order by them.
 */
export const fieldColumns = ['rating', 'source', 'lead-status', 'title', 'phone', 'country', 'industry', 'website', 'employees'] as const;
export type MemberColumn = BuiltInColumn | (typeof fieldColumns)[number] | `custom.${string}`;

interface ColumnDef {
  label: MessageKey;
  /** The sort the column's header applies. */
  sort: MemberSortField;
  /** Minimum width (rem) and share of the spare width. */
  width: [number, number];
}

export const COLUMNS: Record<BuiltInColumn, ColumnDef> = {
  name: { label: 'col.name', sort: 'name', width: [11, 1.2] },
  type: { label: 'col.type', sort: 'type', width: [8, 0.6] },
  company: { label: 'col.company', sort: 'company', width: [9, 1] },
  email: { label: 'col.email', sort: 'email', width: [13, 1.8] },
  status: { label: 'col.status', sort: 'status', width: [9.5, 0.9] },
  responded: { label: 'col.responded', sort: 'responded', width: [8, 0.6] },
  'first-responded': { label: 'col.first-responded', sort: 'responded', width: [8.5, 0.8] },
  added: { label: 'col.added', sort: 'added', width: [8.5, 0.8] },
};
/** A person field column's minimum width (rem) and share of the spare width. */
const FIELD_WIDTH: [number, number] = [8.5, 0.8];

const isBuiltIn = (c: string): c is BuiltInColumn => (memberColumns as readonly string[]).includes(c);

/** The person field a column shows (people-fields), or undefined for the membership's own columns. */
export function personFieldOf(c: MemberColumn): string | undefined {
  return isBuiltIn(c) ? undefined : c === 'lead-status' ? 'status' : c;
}

/** The sort a column's header applies; undefined: the column cannot be sorted. */
export function columnSort(c: MemberColumn): MemberSortField | undefined {
  return isBuiltIn(c) ? COLUMNS[c].sort : undefined;
}

/** A column's heading in `locale`. */
export function columnLabel(locale: Locale, c: MemberColumn): string {
  return isBuiltIn(c) ? msg(locale, COLUMNS[c].label) : fieldLabel(locale, personFieldOf(c)!);
}

/** A column's minimum width (rem) and its share of the spare width. */
export function columnWidth(c: MemberColumn, mins?: ColumnMins): [number, number] {
  const [min, grow] = isBuiltIn(c) ? COLUMNS[c].width : FIELD_WIDTH;
  return [mins?.[c] ?? min, grow];
}

/** Every column a picker offers: the membership's, the catalogue's, and the custom fields the page declares. */
export function pickableColumns(custom: readonly string[]): MemberColumn[] {
  return [...memberColumns, ...fieldColumns, ...custom.map((c) => `custom.${c}` as const).filter((c) => CUSTOM_FIELD.test(c))];
}

/** Columns in the order they give way as the list narrows (the first ones stay longest). */
const PRIORITY: readonly BuiltInColumn[] = ['name', 'status', 'email', 'type', 'added', 'company', 'responded', 'first-responded'];
/** Width of the checkbox column (rem). */
export const CHECK_REM = 2.75;
/** Below this width (rem) the list is a list of cards: the name with the email under it, and the status. */
export const NARROW_REM = 37.5;

/** Each column's minimum width (rem): the defaults, or what the list's language needs (`ColumnFit`). */
export type ColumnMins = Record<BuiltInColumn, number> & Partial<Record<MemberColumn, number>>;
export const DEFAULT_MINS = Object.fromEntries(memberColumns.map((c) => [c, COLUMNS[c].width[0]])) as ColumnMins;

/** The columns that fit a list `widthRem` wide, in display order (the default when `columns` is not set). */
export function columnsForWidth(widthRem: number, mins: ColumnMins = DEFAULT_MINS): MemberColumn[] {
  if (widthRem < NARROW_REM) return ['name', 'status'];
  const chosen = new Set<BuiltInColumn>();
  let used = CHECK_REM;
  for (const c of PRIORITY) {
    if (used + mins[c] > widthRem) break;
    chosen.add(c);
    used += mins[c];
  }
  return memberColumns.filter((c) => chosen.has(c));
}

/** True when `c` names a column: the membership's, a catalogue field's, or `custom.<name>`. */
export function isMemberColumn(c: string): c is MemberColumn {
  return isBuiltIn(c) || (fieldColumns as readonly string[]).includes(c) || (CUSTOM_FIELD.test(c) && !!personField(c));
}

/** The columns named in a `columns` attribute (comma- or space-separated), known ones only, in order. */
export function parseColumns(value: string | undefined): MemberColumn[] {
  const names = (value ?? '').split(/[\s,]+/).filter(isMemberColumn);
  const unique = [...new Set(names)];
  return unique.length ? unique : [...memberColumns];
}

/** A member's name as `locale` orders it (no email fallback: the email has its own column). */
export function memberName(locale: Locale, m: CampaignMember, order?: NameOrder): string {
  return personName(m.person, locale, order);
}


/** The text of a cell, as shown and as exported; a person field's from the member's person, once read. */
export function cellText(locale: Locale, column: MemberColumn, m: CampaignMember, order?: NameOrder, person?: ListedPerson): string {
  const field = personFieldOf(column);
  if (field) return person ? fieldText(locale, field, person) : '';
  switch (column as BuiltInColumn) {
    case 'name':
      return memberName(locale, m, order);
    case 'type':
      return msg(locale, m.leadId ? 'list.lead' : 'list.contact');
    case 'company':
      return m.person.company ?? '';
    case 'email':
      return m.person.email ?? '';
    case 'status':
      return statusLabel(locale, m.status);
    case 'responded':
      // A double opt-in waiting for the person's confirmation by email is not a response yet.
      return msg(locale, m.responded ? 'list.yes' : m.optIn?.state === 'pending' ? 'list.pending-confirmation' : 'list.no');
    case 'first-responded':
      return formatDate(locale, m.firstRespondedAt);
    case 'added':
      return formatDate(locale, m.createdAt);
  }
}

/**
 * Header and row of the CSV export for the shown columns. The name is split into first and last
 * name and dates are ISO 8601, so the file imports back (headers match in the kit's languages).
 */
export function exportHeader(locale: Locale, columns: readonly MemberColumn[]): string[] {
  return columns.flatMap((c) => (c === 'name' ? [msg(locale, 'form.firstName'), msg(locale, 'form.lastName')] : [columnLabel(locale, c)]));
}

export function exportRow(locale: Locale, columns: readonly MemberColumn[], m: CampaignMember, person?: ListedPerson): string[] {
  return columns.flatMap((c) => {
    const field = personFieldOf(c);
    if (field) return [String((person && personFieldValue(person, field)) ?? '')];
    if (c === 'name') return [m.person.firstName ?? '', m.person.lastName ?? ''];
    if (c === 'first-responded') return [m.firstRespondedAt ?? ''];
    if (c === 'added') return [m.createdAt];
    if (c === 'status') return [m.status];
    return [cellText(locale, c, m)];
  });
}
