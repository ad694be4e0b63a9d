import { fieldMessage, formatDate, inputNumber, msg, type Locale, type MessageKey } from '../../i18n/localize.js';
import type { Campaign, CampaignInput } from '../../model/campaign.js';
import { typedNumber } from '../../model/typed-number.js';

/** The campaign fields the editor's details form shows, in order. */
export const DETAIL_FIELDS = [
  'name',
  'type',
  'status',
  'startDate',
  'endDate',
  'parentId',
  'currency',
  'budgetedCost',
  'actualCost',
  'expectedRevenue',
  'expectedResponse',
  'description',
  'doubleOptIn',
] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];

/** The details as typed: text per field (numbers in the reader's locale; a box: 'true' or ''). */
export type Draft = Record<DetailField, string>;

const NUMBERS = ['budgetedCost', 'actualCost', 'expectedRevenue', 'expectedResponse'] as const;

/** The draft of a campaign (or of a new one). Numbers are written in the editor's locale when shown. */
export function draftOf(c: Campaign | undefined, locale: Locale = 'en'): Draft {
  const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));
  return {
    name: text(c?.name),
    type: c?.type ?? 'other',
    status: c?.status ?? 'planned',
    startDate: text(c?.startDate),
    endDate: text(c?.endDate),
    parentId: text(c?.parentId),
    currency: c?.currency ?? 'USD',
    budgetedCost: inputNumber(locale, c?.budgetedCost),
    actualCost: inputNumber(locale, c?.actualCost),
    expectedRevenue: inputNumber(locale, c?.expectedRevenue),
    expectedResponse: inputNumber(locale, c?.expectedResponse),
    description: text(c?.description),
    doubleOptIn: c?.doubleOptIn ? 'true' : '',
  };
}

/** The campaign input a draft says, and the fields that cannot be read (a number that is not one). */
export function inputOf(draft: Draft, locale: Locale): { input: CampaignInput; issues: Partial<Record<DetailField, string>> } {
  const issues: Partial<Record<DetailField, string>> = {};
  const numbers: Partial<Record<(typeof NUMBERS)[number], number>> = {};
  for (const f of NUMBERS) {
    const t = draft[f].trim();
    if (!t) continue;
    const n = typedNumber(t, locale);
    if (n === undefined || Number.isNaN(n)) issues[f] = fieldMessage(locale, 'number');
    else numbers[f] = n;
  }
  const opt = (v: string) => (v.trim() ? v.trim() : undefined);
  const input: CampaignInput = {
    name: draft.name,
    type: draft.type as Campaign['type'],
    status: draft.status as Campaign['status'],
    currency: draft.currency.trim().toUpperCase(),
    doubleOptIn: draft.doubleOptIn === 'true',
    ...Object.fromEntries(
      Object.entries({ startDate: opt(draft.startDate), endDate: opt(draft.endDate), parentId: opt(draft.parentId), description: opt(draft.description), ...numbers }).filter(([, v]) => v !== undefined),
    ),
  };
  return { input, issues };
}

/** A campaign and every campaign under it (it cannot become the parent of any of them). */
export function descendantsOf(id: string, campaigns: readonly Campaign[]): Set<string> {
  const out = new Set([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const c of campaigns) {
      if (!c.parentId || !out.has(c.parentId) || out.has(c.id)) continue;
      out.add(c.id);
      grew = true;
    }
  }
  return out;
}

/** What the other edit changed (against what this one started from), with both values as shown. */
export function differences(base: Campaign | undefined, latest: Campaign, draft: Draft, locale: Locale): { field: DetailField; theirs: string; yours: string }[] {
  const shown = (f: DetailField, v: unknown): string => {
    if (v === undefined || v === '') return '—';
    if (f === 'type') return msg(locale, `ctype.${v}` as MessageKey);
    if (f === 'status') return msg(locale, `cstatus.${v}` as MessageKey);
    if (f === 'startDate' || f === 'endDate') return formatDate(locale, String(v));
    return String(v);
  };
  const theirs = draftOf(latest, locale);
  const before = draftOf(base, locale);
  return DETAIL_FIELDS.filter((f) => theirs[f] !== before[f]).map((f) => ({ field: f, theirs: shown(f, theirs[f]), yours: shown(f, draft[f]) }));
}
