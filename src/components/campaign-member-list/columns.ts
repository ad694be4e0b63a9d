import { addComponentStrings } from '../../i18n/english-components.js';
import { formatDate, msg, statusLabel, type Locale, type MessageKey } from '../../i18n/localize.js';
import type { CampaignMember, MemberSortField } from '../../model/member.js';
import { personName } from '../../domain/members.js';
import type { NameOrder } from '../../i18n/localized-element.js';

addComponentStrings();

/** The columns a member list can show. */
export const memberColumns = ['name', 'type', 'company', 'email', 'status', 'responded', 'first-responded', 'added'] as const;
export type MemberColumn = (typeof memberColumns)[number];

interface ColumnDef {
  label: MessageKey;
  /** The sort the column's header applies. */
  sort: MemberSortField;
  /** Minimum width (rem) and share of the spare width. */
  width: [number, number];
}

export const COLUMNS: Record<MemberColumn, ColumnDef> = {
  name: { label: 'col.name', sort: 'name', width: [11, 1.2] },
  type: { label: 'col.type', sort: 'type', width: [8, 0.6] },
  company: { label: 'col.company', sort: 'company', width: [9, 1] },
  email: { label: 'col.email', sort: 'email', width: [13, 1.8] },
  status: { label: 'col.status', sort: 'status', width: [9.5, 0.9] },
  responded: { label: 'col.responded', sort: 'responded', width: [8, 0.6] },
  'first-responded': { label: 'col.first-responded', sort: 'responded', width: [8.5, 0.8] },
  added: { label: 'col.added', sort: 'added', width: [8.5, 0.8] },
};

/** Columns in the order they give way as the list narrows (the first ones stay longest). */
const PRIORITY: readonly MemberColumn[] = ['name', 'status', 'email', 'type', 'added', 'company', 'responded', 'first-responded'];
/** Width of the checkbox column (rem). */
export const CHECK_REM = 2.75;
/** Below this width (rem) the list is a list of cards: the name with the email under it, and the status. */
export const NARROW_REM = 37.5;

/** Each column's minimum width (rem): the defaults, or what the list's language needs (`ColumnFit`). */
export type ColumnMins = Record<MemberColumn, number>;
export const DEFAULT_MINS = Object.fromEntries(memberColumns.map((c) => [c, COLUMNS[c].width[0]])) as ColumnMins;

/** The columns that fit a list `widthRem` wide, in display order (the default when `columns` is not set). */
export function columnsForWidth(widthRem: number, mins: ColumnMins = DEFAULT_MINS): MemberColumn[] {
  if (widthRem < NARROW_REM) return ['name', 'status'];
  const chosen = new Set<MemberColumn>();
  let used = CHECK_REM;
  for (const c of PRIORITY) {
    if (used + mins[c] > widthRem) break;
    chosen.add(c);
    used += mins[c];
  }
  return memberColumns.filter((c) => chosen.has(c));
}

/** The columns named in a `columns` attribute (comma- or space-separated), known ones only, in order. */
export function parseColumns(value: string | undefined): MemberColumn[] {
  const names = (value ?? '').split(/[\s,]+/).filter((c): c is MemberColumn => (memberColumns as readonly string[]).includes(c));
  const unique = [...new Set(names)];
  return unique.length ? unique : [...memberColumns];
}

/** A member's name as `locale` orders it (no email fallback: the email has its own column). */
export function memberName(locale: Locale, m: CampaignMember, order?: NameOrder): string {
  return personName(m.person, locale, order);
}


/** The text of a cell, as shown and as exported. */
export function cellText(locale: Locale, column: MemberColumn, m: CampaignMember, order?: NameOrder): string {
  switch (column) {
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
      return msg(locale, m.responded ? 'list.yes' : 'list.no');
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
  return columns.flatMap((c) => (c === 'name' ? [msg(locale, 'form.firstName'), msg(locale, 'form.lastName')] : [msg(locale, COLUMNS[c].label)]));
}

export function exportRow(locale: Locale, columns: readonly MemberColumn[], m: CampaignMember): string[] {
  return columns.flatMap((c) => {
    if (c === 'name') return [m.person.firstName ?? '', m.person.lastName ?? ''];
    if (c === 'first-responded') return [m.firstRespondedAt ?? ''];
    if (c === 'added') return [m.createdAt];
    if (c === 'status') return [m.status];
    return [cellText(locale, c, m)];
  });
}
