import type { Locale } from '../../i18n/localize.js';
import { typedNumber } from '../../model/typed-number.js';
import { leadFieldName, type FieldSpec } from './fields.js';

/** What the form's fields hold, by field name (a list for multiple checkboxes). */
export type Values = Record<string, string | boolean | string[]>;

/** The fields' first values: declared values, then (with `prefill`) the page URL's query parameters named like the fields. */
export function initialValues(specs: readonly FieldSpec[], prefill: boolean): Values {
  const values: Values = {};
  const query = prefill ? new URLSearchParams(location.search) : undefined;
  for (const s of specs) {
    if (s.type === 'checkbox' || s.type === 'consent') values[s.name] = s.value === 'true' || s.value === 'on';
    else if (s.type === 'checkboxes') values[s.name] = (s.value ?? '').split(',').map((v) => v.trim()).filter((v) => s.options?.some((o) => o.value === v));
    else values[s.name] = s.value ?? '';
    const fromUrl = query?.get(s.name);
    if (fromUrl && s.type !== 'hidden' && s.type !== 'consent') values[s.name] = s.type === 'checkbox' ? fromUrl === 'true' : s.type === 'checkboxes' ? fromUrl.split(',') : fromUrl;
  }
  return values;
}

/** The lead fields the values make: custom fields under `custom`, numbers read in the page language, consent recorded with the text shown. */
export function leadInput(specs: readonly FieldSpec[], values: Values, locale: Locale, labelOf: (spec: FieldSpec) => string): Record<string, unknown> {
  const lead: Record<string, unknown> = {};
  const custom: Record<string, string | number | boolean | string[] | null> = {};
  const consents: Record<string, unknown>[] = [];
  for (const s of specs) {
    const raw = values[s.name];
    if (s.type === 'consent') {
      // A ticked box is a consent record: its purpose, the exact text shown and its version, the
      // time and page. An unticked one records nothing (it is not a withdrawal).
      if (raw !== true) continue;
      // When the box was ticked (kept with the values, so a retry sends the same record).
      const at = (values[`__at:${s.name}`] as string | undefined) || new Date().toISOString();
      const record = { purpose: s.purpose ?? 'contact', given: true, text: labelOf(s), ...(s.version ? { version: s.version } : {}), at, pageUrl: location.href.slice(0, 2048), source: 'form' };
      consents.push(record);
      // The single `consent` CRMs read (HubSpot's consent to process): the first ticked box.
      lead.consent ??= { given: true, text: record.text, at };
      continue;
    }
    if (raw === '' || raw === undefined || (Array.isArray(raw) && !raw.length)) continue;
    const value = s.type === 'number' && typeof raw === 'string' ? numberOrText(raw, locale) : raw;
    if (s.standard) lead[leadFieldName(s.name)] = value;
    else custom[s.name] = value;
  }
  if (Object.keys(custom).length) lead.custom = custom;
  if (consents.length) lead.consents = consents;
  return lead;
}

/** A typed number, or the text as typed when it is none (the schema then reports it). */
function numberOrText(raw: string, locale: Locale): number | string {
  const n = typedNumber(raw, locale);
  return n === undefined || Number.isNaN(n) ? raw : n;
}
