import { html, nothing } from 'lit';
import { operatorFits, personField, type PeopleFilter } from '../../domain/people-fields.js';
import { msg, type Locale, type MessageKey } from '../../i18n/localize.js';
import { peopleFilterSchema } from '../../model/people.js';
import { fieldLabel, valueLabel } from './people-columns.js';

/** What the filter builder holds while a condition is being written. */
export interface FilterDraft {
  field: string;
  op: PeopleFilter['op'];
  values: string[];
  text: string;
  from: string;
  to: string;
}

export const emptyDraft = (field = 'rating'): FilterDraft => ({ field, op: defaultOp(field), values: [], text: '', from: '', to: '' });

function defaultOp(field: string): PeopleFilter['op'] {
  const kind = personField(field)?.kind;
  return kind === 'date' || kind === 'number' ? 'range' : kind === 'text' ? 'contains' : 'in';
}

const OPS: PeopleFilter['op'][] = ['in', 'contains', 'range', 'empty', 'present'];

/** The condition a draft makes, or undefined while it is incomplete or does not fit its field. */
export function draftFilter(d: FilterDraft): PeopleFilter | undefined {
  const kind = personField(d.field)?.kind;
  const number = (v: string) => (kind === 'number' ? Number(v) : v);
  const f: PeopleFilter =
    d.op === 'in'
      ? { field: d.field, op: 'in', values: personField(d.field)?.values ? d.values : d.text.split(',').map((v) => v.trim()).filter(Boolean) }
      : d.op === 'contains'
        ? { field: d.field, op: 'contains', value: d.text.trim() }
        : d.op === 'range'
          ? { field: d.field, op: 'range', ...(d.from ? { from: number(d.from) } : {}), ...(d.to ? { to: number(d.to) } : {}) }
          : { field: d.field, op: d.op };
  if (f.op === 'range' && f.from === undefined && f.to === undefined) return undefined;
  const parsed = peopleFilterSchema.safeParse(f);
  return parsed.success ? (parsed.data as PeopleFilter) : undefined;
}

/**
 * The filter builder: a field, an operator that fits it, and its value — choices for an
 * enumeration, text, or a from/to range for dates and numbers — then "Add filter". Plain form
 * controls: every part is reachable and operable from the keyboard.
 */
export function renderFilterBuilder(locale: Locale, fields: readonly string[], d: FilterDraft, change: (next: FilterDraft) => void, add: (f: PeopleFilter) => void) {
  const def = personField(d.field);
  const kind = def?.kind ?? 'text';
  const ready = draftFilter(d);
  const set = (patch: Partial<FilterDraft>) => change({ ...d, ...patch });
  const input = (key: 'text' | 'from' | 'to', label: string, type = 'text') =>
    html`<label class="field"
      ><span>${label}</span
      ><input type=${type} .value=${d[key]} @input=${(e: Event) => set({ [key]: (e.target as HTMLInputElement).value })} @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && ready && add(ready)}
    /></label>`;
  let value: unknown = nothing;
  if (d.op === 'in' && def?.values) {
    value = html`<fieldset class="choices">
      <legend>${msg(locale, 'people.values')}</legend>
      ${def.values.map(
        (v) =>
          html`<label
            ><input
              type="checkbox"
              .checked=${d.values.includes(v)}
              @change=${(e: Event) => set({ values: (e.target as HTMLInputElement).checked ? [...d.values, v] : d.values.filter((x) => x !== v) })}
            />
            ${valueLabel(locale, d.field, v)}</label
          >`,
      )}
    </fieldset>`;
  } else if (d.op === 'in' || d.op === 'contains') value = input('text', msg(locale, d.op === 'in' ? 'people.values-comma' : 'people.value'));
  else if (d.op === 'range') {
    const type = kind === 'date' ? 'date' : 'number';
    value = html`${input('from', msg(locale, 'people.from'), type)}${input('to', msg(locale, 'people.to'), type)}`;
  }
  return html`<form
    class="filter-builder"
    aria-label=${msg(locale, 'people.add-filter')}
    @submit=${(e: Event) => {
      e.preventDefault();
      if (ready) add(ready);
    }}
  >
    <label class="field"
      ><span>${msg(locale, 'people.field')}</span>
      <select @change=${(e: Event) => change(emptyDraft((e.target as HTMLSelectElement).value))}>
        ${fields.map((f) => html`<option value=${f} ?selected=${f === d.field}>${fieldLabel(locale, f)}</option>`)}
      </select></label
    >
    <label class="field"
      ><span>${msg(locale, 'people.operator')}</span>
      <select @change=${(e: Event) => set({ op: (e.target as HTMLSelectElement).value as PeopleFilter['op'] })}>
        ${OPS.filter((op) => operatorFits(kind, op)).map((op) => html`<option value=${op} ?selected=${op === d.op}>${msg(locale, `people.op.${op}` as MessageKey)}</option>`)}
      </select></label
    >
    ${value}
    <button type="submit" class="primary" ?disabled=${!ready}>${msg(locale, 'people.add-filter')}</button>
  </form>`;
}
