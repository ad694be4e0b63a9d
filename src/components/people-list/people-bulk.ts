import { html, nothing } from 'lit';
import type { DataAdapter } from '../../adapters/adapter.js';
import { bulkWrite } from '../../adapters/bulk.js';
import { ConflictError } from '../../adapters/errors.js';
import { formatCsv } from '../../domain/csv.js';
import { openLeadStatuses } from '../../domain/people-fields.js';
import { deliberateSelect } from '../../controllers/deliberate-select.js';
import { errorMessage, msg, type Locale, type MessageKey } from '../../i18n/localize.js';
import type { Campaign } from '../../model/campaign.js';
import { leadRatings, leadSources, type Lead } from '../../model/person.js';
import type { PersonListItem } from '../../model/people.js';
import { downloadCsv } from '../campaign-member-list/download.js';
import { cellText, fieldLabel, valueLabel } from './people-columns.js';

export type Classify = 'rating' | 'status' | 'source';
export const CHOICES: Record<Classify, readonly string[]> = { rating: leadRatings, status: openLeadStatuses, source: leadSources };

/** What the bulk bar and the inline edits need of the list. */
export interface BulkHost {
  adapter: DataAdapter;
  locale: Locale;
  selected: Map<string, PersonListItem>;
  campaigns: Campaign[];
  target: string;
  busy: boolean;
  format(n: number): string;
  /** Says what happened: a notice, a problem, or both cleared. */
  say(notice: string, problem?: string): void;
  setBusy(busy: boolean): void;
  loadCampaigns(): void;
  pickTarget(id: string): void;
  clearSelection(): void;
  classify(leads: Lead[], field: Classify, value: string): void;
  addToCampaign(): void;
  newCampaign(): void;
  exportSelected(): void;
}

/** The bar over a selection: set rating, lead status or source on its leads, add it to a campaign, export it. */
export function renderBulk(h: BulkHost) {
  const { locale } = h;
  const leads = [...h.selected.values()].filter((p) => p.type === 'lead');
  const classify = (field: Classify) =>
    html`<select
      aria-label=${msg(locale, `people.set-${field}` as MessageKey)}
      ?disabled=${h.busy || !leads.length}
      @change=${(e: Event) => {
        const select = e.target as HTMLSelectElement;
        const value = select.value;
        select.value = '';
        if (value) h.classify(leads.map((p) => p.person as Lead), field, value);
      }}
    >
      <option value="">${msg(locale, `people.set-${field}` as MessageKey)}</option>
      ${CHOICES[field].map((v) => html`<option value=${v}>${valueLabel(locale, field, v)}</option>`)}
    </select>`;
  return html`<div class="bulk" role="region" aria-label=${msg(locale, 'people.selection')}>
    <strong>${msg(locale, 'people.selected', { count: h.format(h.selected.size) })}</strong>
    ${classify('rating')} ${classify('status')} ${classify('source')}
    <span class="add">
      <select aria-label=${msg(locale, 'people.campaign')} @focus=${() => h.loadCampaigns()} @change=${(e: Event) => h.pickTarget((e.target as HTMLSelectElement).value)}>
        <option value="">${msg(locale, 'people.campaign')}</option>
        ${h.campaigns.map((c) => html`<option value=${c.id} ?selected=${c.id === h.target}>${c.name}</option>`)}
      </select>
      <button class="secondary" ?disabled=${h.busy || !h.target} @click=${() => h.addToCampaign()}>${msg(locale, 'people.add-to-campaign')}</button>
    </span>
    <button class="secondary" ?disabled=${h.busy} @click=${() => h.newCampaign()}>${msg(locale, 'quick.title')}</button>
    <button class="secondary" @click=${() => h.exportSelected()}>${msg(locale, 'people.export')}</button>
    <button class="quiet" @click=${() => h.clearSelection()}>${msg(locale, 'people.clear-selection')}</button>
  </div>`;
}

/** Sets one field on leads, 1,000 per write (each version-checked); answers what was saved and how many conflicted. */
export async function classifyLeads(h: BulkHost, leads: Lead[], field: Classify, value: string): Promise<{ saved: Lead[]; conflicts: number } | undefined> {
  const { locale } = h;
  h.setBusy(true);
  h.say('');
  try {
    const { saved, conflicts } = await bulkWrite(leads, (chunk) => h.adapter.classifyLeads({ leads: chunk.map((l) => ({ id: l.id, version: l.version })), [field]: value }));
    for (const lead of saved) if (h.selected.has(lead.id)) h.selected.set(lead.id, { type: 'lead', person: lead });
    h.say(
      saved.length ? msg(locale, 'people.classified', { count: h.format(saved.length), field: fieldLabel(locale, field), value: valueLabel(locale, field, value) }) : '',
      conflicts ? msg(locale, 'people.conflict', { count: h.format(conflicts) }) : '',
    );
    return { saved, conflicts };
  } catch (error) {
    h.say('', error instanceof ConflictError ? msg(locale, 'people.conflict', { count: h.format(1) }) : msg(locale, 'list.failed', { reason: errorMessage(locale, error) }));
    return undefined;
  } finally {
    h.setBusy(false);
  }
}

/** Adds the selected people to the chosen campaign (existing memberships are kept); answers how many. */
export async function addSelection(h: BulkHost): Promise<number | undefined> {
  const { locale } = h;
  const people = [...h.selected.values()].map((p) => ({ type: p.type, id: p.person.id }));
  const campaign = h.campaigns.find((c) => c.id === h.target);
  h.setBusy(true);
  h.say('');
  try {
    const { saved } = await bulkWrite(people, (chunk) => h.adapter.addMembers({ campaignId: h.target, people: chunk }));
    h.say(msg(locale, 'people.added', { count: h.format(saved.length), campaign: campaign?.name ?? h.target }));
    return saved.length;
  } catch (error) {
    h.say('', msg(locale, 'list.failed', { reason: errorMessage(locale, error) }));
    return undefined;
  } finally {
    h.setBusy(false);
  }
}

/** Downloads the selected people as CSV, the columns shown. */
export function exportPeople(locale: Locale, columns: readonly string[], rows: readonly PersonListItem[]): void {
  downloadCsv('people.csv', formatCsv(columns.map((c) => fieldLabel(locale, c)), rows.map((r) => columns.map((c) => cellText(locale, c, r)))));
}

/** What an in-place edit needs of the list. */
export interface InlineEditHost {
  /** The field being edited (`<lead id>:<field>`), if any. */
  editing: string;
  busy: boolean;
  /** Makes `key` the one edited (`''`: none); answers its select once rendered. */
  edit(key: string): Promise<HTMLSelectElement | null>;
  /** Saves the choice; true when it was saved. */
  classify(leads: Lead[], field: Classify, value: string): Promise<boolean>;
}

/**
 * A lead's rating or lead status, edited in place: a button showing the value (cheap to render
 * fifty times) that becomes the select when activated, focused; a choice saves it, Escape or
 * leaving puts the button back.
 */
export function renderInlineEdit(h: InlineEditHost, lead: Lead, field: 'rating' | 'status', locale: Locale, name: string) {
  const current = lead[field] ?? '';
  const label = msg(locale, `people.${field}-of` as MessageKey, { name });
  const key = `${lead.id}:${field}`;
  const shown = current ? valueLabel(locale, field, current) : msg(locale, 'leads.unrated');
  if (h.editing !== key) {
    return html`<button
      class="cell-edit"
      aria-label=${`${label}: ${shown}`}
      ?disabled=${h.busy}
      @click=${async () => {
        const select = await h.edit(key);
        select?.focus();
        try {
          select?.showPicker();
        } catch {
          /* no picker without a user gesture (a keyboard user opens it with Alt+Down) */
        }
      }}
    >
      ${shown}
    </button>`;
  }
  const select = deliberateSelect(
    () => current,
    (el) => {
      void h.edit('');
      void h.classify([lead], field, el.value).then((ok) => ok || (el.value = current));
    },
  );
  return html`<select
    class="cell-edit"
    aria-label=${label}
    ?disabled=${h.busy}
    @change=${select.change}
    @keydown=${(e: KeyboardEvent) => {
      select.keydown(e);
      if (e.key === 'Escape') void h.edit('');
    }}
    @blur=${(e: FocusEvent) => {
      select.blur(e);
      void h.edit('');
    }}
  >
    ${field === 'rating' && !current ? html`<option value="" selected>${msg(locale, 'leads.unrated')}</option>` : nothing}
    ${CHOICES[field].map((v) => html`<option value=${v} ?selected=${v === current}>${valueLabel(locale, field, v)}</option>`)}
  </select>`;
}
