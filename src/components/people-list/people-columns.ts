import { html, nothing } from 'lit';
import { formatDate, msg, type Locale, type MessageKey, numberFormat } from '../../i18n/localize.js';
import { personField, personFieldNames, personFieldValue, type ListedPerson, type PeopleFilter, type StandardPersonField } from '../../domain/people-fields.js';
import { peopleFilterSchema } from '../../model/people.js';
import type { PersonListItem } from '../../model/people.js';

/** The columns a people list shows by default, in order. */
export const DEFAULT_PEOPLE_COLUMNS: StandardPersonField[] = ['name', 'type', 'company', 'email', 'status', 'rating', 'source', 'created'];

/** A field's label (`custom.<name>`: the name as written). */
export function fieldLabel(locale: Locale, field: string): string {
  return field.startsWith('custom.') ? field.slice(7) : msg(locale, `pfield.${field}` as MessageKey);
}

/** An enumeration value's label: a lead status, rating, source, or a person type. */
export function valueLabel(locale: Locale, field: string, value: string): string {
  if (field === 'type') return msg(locale, value === 'lead' ? 'list.lead' : 'list.contact');
  if (field === 'status' || field === 'rating' || field === 'source') return msg(locale, `lead.${field}.${value}` as MessageKey);
  return value;
}

/** The person of a list row, as the field rules read it. */
export const listed = (item: PersonListItem): ListedPerson => ({ ...item.person, kind: item.type }) as ListedPerson;

/** The text of a cell, as shown and as exported. */
export function cellText(locale: Locale, field: string, item: PersonListItem, person: ListedPerson = listed(item)): string {
  return fieldText(locale, field, person);
}

/** A person's field as a list shows it: dates and numbers in `locale`, enumerations by their label. */
export function fieldText(locale: Locale, field: string, person: ListedPerson): string {
  const value = personFieldValue(person, field);
  if (value === undefined) return '';
  if (field === 'created') return formatDate(locale, String(value));
  if (field === 'employees') return numberFormat(locale).format(Number(value));
  const def = personField(field);
  return def?.kind === 'enum' ? valueLabel(locale, field, String(value)) : String(value);
}

/** The columns named in a `columns` attribute (comma- or space-separated): catalogue fields and `custom.<name>`, once each, in order. */
export function parsePeopleColumns(value: string | undefined): string[] {
  const names = (value ?? '').split(/[\s,]+/).filter((c) => !!c && !!personField(c));
  const unique = [...new Set(names)];
  return unique.length ? unique : [...DEFAULT_PEOPLE_COLUMNS];
}

/** Every field a column picker offers: the catalogue, then custom fields the page declares. */
export function pickableFields(custom: readonly string[]): string[] {
  return [...personFieldNames, ...custom.map((c) => `custom.${c}`).filter((c) => !!personField(c))];
}

/**
 * The `filter` attribute's conditions: `;`-separated, each `field=a,b` (one of), `field~text`
 * (contains), `field=from..to` (a date or number range, either end open), `field:empty` or
 * `field:present` — e.g. `rating=hot; source=event; created=2026-01-01..`. Conditions that name
 * no known field, or do not fit it, are returned apart (the list says it left them out).
 */
export function parseFilterAttribute(value: string | undefined): { filters: PeopleFilter[]; dropped: string[] } {
  const filters: PeopleFilter[] = [];
  const dropped: string[] = [];
  for (const part of (value ?? '').split(';').map((p) => p.trim()).filter(Boolean)) {
    const f = parseCondition(part);
    const checked = f && peopleFilterSchema.safeParse(f);
    if (checked?.success) filters.push(checked.data as PeopleFilter);
    else dropped.push(part);
  }
  return { filters, dropped };
}

function parseCondition(part: string): PeopleFilter | undefined {
  let m = /^([\w.-]+)\s*:\s*(empty|present)$/.exec(part);
  if (m) return { field: m[1], op: m[2] as 'empty' | 'present' };
  m = /^([\w.-]+)\s*~\s*(.+)$/.exec(part);
  if (m) return { field: m[1], op: 'contains', value: m[2].trim() };
  m = /^([\w.-]+)\s*=\s*(.*)$/.exec(part);
  if (!m) return undefined;
  const [field, rest] = [m[1], m[2].trim()];
  const kind = personField(field)?.kind;
  const range = /^(.*)\.\.(.*)$/.exec(rest);
  if (range && (kind === 'date' || kind === 'number')) {
    const bound = (v: string) => (v.trim() === '' ? undefined : kind === 'number' ? Number(v) : v.trim());
    const [from, to] = [bound(range[1]), bound(range[2])];
    return { field, op: 'range', ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
  }
  return { field, op: 'in', values: rest.split(',').map((v) => v.trim()).filter(Boolean) };
}

/** A condition as the list's chips say it: "Rating: Hot, Warm", "Country contains ro", "Created 2026-01-01 – …". */
export function describeFilter(locale: Locale, f: PeopleFilter): string {
  const label = fieldLabel(locale, f.field);
  const kind = personField(f.field)?.kind;
  const show = (v: string | number | undefined) => (v === undefined ? '…' : kind === 'date' ? formatDate(locale, String(v)) : kind === 'number' ? numberFormat(locale).format(Number(v)) : String(v));
  switch (f.op) {
    case 'in':
      return msg(locale, 'people.filter-in', { field: label, values: f.values.map((v) => valueLabel(locale, f.field, v)).join(', ') });
    case 'contains':
      return msg(locale, 'people.filter-contains', { field: label, value: f.value });
    case 'range':
      if (f.to === undefined) return msg(locale, 'people.filter-from', { field: label, from: show(f.from) });
      if (f.from === undefined) return msg(locale, 'people.filter-to', { field: label, to: show(f.to) });
      return msg(locale, 'people.filter-range', { field: label, from: show(f.from), to: show(f.to) });
    case 'empty':
      return msg(locale, 'people.filter-empty', { field: label });
    case 'present':
      return msg(locale, 'people.filter-present', { field: label });
  }
}

/** The list's conditions as chips, each with its remove button, "Clear filters", and what a view or attribute left out. */
export function renderChips(locale: Locale, filters: readonly PeopleFilter[], dropped: readonly string[], change: (next: PeopleFilter[]) => void) {
  if (!filters.length && !dropped.length) return nothing;
  return html`<div class="filter-chips">
    ${filters.length
      ? html`<ul aria-label=${msg(locale, 'people.filters')}>
            ${filters.map((f, i) => {
              const text = describeFilter(locale, f);
              return html`<li class="filter-chip">
                <span>${text}</span
                ><button class="icon secondary" aria-label=${msg(locale, 'people.remove-filter', { filter: text })} @click=${() => change(filters.filter((_, j) => j !== i))}>×</button>
              </li>`;
            })}
          </ul>
          <button class="quiet" @click=${() => change([])}>${msg(locale, 'people.clear-filters')}</button>`
      : nothing}
    ${dropped.length ? html`<p class="dropped">${msg(locale, 'people.dropped', { filters: dropped.join('; ') })}</p>` : nothing}
  </div>`;
}
