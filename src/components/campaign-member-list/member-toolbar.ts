import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, type Locale } from '../../i18n/localize.js';
import type { MemberCounts } from '../../adapters/adapter.js';

/** What the list's header and filters show and do. */
export interface ToolbarView {
  locale: Locale;
  counts: MemberCounts;
  readonly: boolean;
  /** No member yet (export has nothing to write). */
  empty: boolean;
  busy: boolean;
  columnsOpen: boolean;
  /** Submissions held as suspected spam, and whether they are shown. */
  held: number;
  suspected: boolean;
  searchText: string;
  filterType: '' | 'lead' | 'contact';
  format(n: number): string;
  add(): void;
  import(): void;
  export(): void;
  toggleColumns(): void;
  toggleSuspected(): void;
  /** The builder of conditions on the people's fields is open, and how many are in force. */
  filtersOpen: boolean;
  filterCount: number;
  toggleFilters(): void;
  search(e: Event): void;
  chooseType(type: '' | 'lead' | 'contact'): void;
}

/** The list's header: title, total, and the toolbar (add, import, export, columns, suspected spam). */
export function renderHead(v: ToolbarView) {
  const { locale } = v;
  return html`<header class="head">
    <h2 id="title">${msg(locale, 'list.title')}</h2>
    <span class="total">${msg(locale, 'list.total', { count: v.format(v.counts.total) })}</span>
    <div part="toolbar" class="toolbar">
      ${v.readonly
        ? nothing
        : html`<button class="secondary" @click=${v.add}>${msg(locale, 'list.add')}</button>
            <button class="secondary" @click=${v.import}>${msg(locale, 'list.import')}</button>`}
      <button class="secondary" ?disabled=${v.empty || v.busy} @click=${v.export}>${msg(locale, 'list.export')}</button>
      <button class="secondary filters-toggle" aria-expanded=${v.filtersOpen ? 'true' : 'false'} aria-controls="field-filters" @click=${v.toggleFilters}>
        ${msg(locale, 'people.filters')}${v.filterCount ? ` (${v.format(v.filterCount)})` : ''}
      </button>
      <button class="secondary columns-toggle" aria-expanded=${v.columnsOpen ? 'true' : 'false'} aria-controls="columns" @click=${v.toggleColumns}>
        ${msg(locale, 'list.columns')}
      </button>
      ${v.held || v.suspected
        ? html`<button class="secondary suspected-toggle" aria-pressed=${v.suspected ? 'true' : 'false'} @click=${v.toggleSuspected}>
            ${msg(locale, 'list.suspected', { count: v.format(v.held) })}
          </button>`
        : nothing}
    </div>
  </header>`;
}

/** Search (name, email, company) and the person-type filter. */
export function renderFilters(v: ToolbarView) {
  const { locale } = v;
  return html`<div class="filters">
    <div class="search">
      <label for="search">${msg(locale, 'list.search')}</label>
      <input id="search" type="search" placeholder=${msg(locale, 'list.search-hint')} .value=${live(v.searchText)} @input=${v.search} />
    </div>
    <div class="type">
      <label for="type">${msg(locale, 'list.type')}</label>
      <select id="type" .value=${live(v.filterType)} @change=${(e: Event) => v.chooseType((e.target as HTMLSelectElement).value as '' | 'lead' | 'contact')}>
        <option value="" ?selected=${!v.filterType}>${msg(locale, 'list.type-all')}</option>
        <option value="lead" ?selected=${v.filterType === 'lead'}>${msg(locale, 'list.type-leads')} (${v.format(v.counts.leads)})</option>
        <option value="contact" ?selected=${v.filterType === 'contact'}>${msg(locale, 'list.type-contacts')} (${v.format(v.counts.contacts)})</option>
      </select>
    </div>
  </div>`;
}
