import '../../i18n/english-components.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { DataAdapter, MemberCounts, PersonMatch } from '../../adapters/adapter.js';
import { memberPages, writeChunks } from '../../adapters/bulk.js';
import { ConflictError } from '../../adapters/errors.js';
import { AdapterController } from '../../controllers/adapter-controller.js';
import { campaignCountsQuery, type CampaignWithCounts } from '../../controllers/campaign-counts-query.js';
import { formatCsv } from '../../domain/csv.js';
import { errorMessage, msg, statusLabel, type Locale } from '../../i18n/localize.js';
import { LocalizedElement } from '../../i18n/localized-element.js';
import type { CampaignMember, MemberSortField } from '../../model/member.js';
import type { PersonRef } from '../../model/person.js';
import {
  MemberActionErrorEvent,
  MemberColumnsChangeEvent,
  MembersAddedEvent,
  MembersAddEvent,
  MembersExportEvent,
  MembersRemovedEvent,
  MembersRemoveEvent,
  MemberStatusChangedEvent,
  MemberStatusChangeEvent,
  MembersViewAllEvent,
  type MemberTargets,
} from './campaign-member-list.events.js';
import { styles } from './campaign-member-list.styles.js';
import { cellText, COLUMNS, exportHeader, exportRow, memberColumns, memberName, parseColumns, type MemberColumn } from './columns.js';
import { MemberRows, type MemberFilter } from './member-rows.js';
import { downloadCsv } from './download.js';
import { displayName } from '../../domain/members.js';

/** Row height in px (rows are positioned, not measured: the list renders only what is visible). */
export const ROW_HEIGHT = 44;
/** Rows rendered above and below the visible ones. */
const OVERSCAN = 6;

type Meta = CampaignWithCounts;

interface Busy {
  done: number;
  total: number;
}

/**
 * A campaign's members — leads and contacts with their status — as a related list for portals
 * and CRM record pages. Sorts by any column, filters by status (the counts above the list) and
 * type, and searches name, email and company; renders only the visible rows and fetches pages
 * from the adapter with keyset cursors, so 100k members scroll smoothly. Statuses are edited
 * inline or in bulk (the selection, or every member matching the filter); members are added by
 * searching leads and contacts, removed, imported from CSV and exported to CSV. Follows every
 * change on the page and in other tabs, keeping scroll position and selection. A conflicting
 * concurrent change is reported, never overwritten.
 *
 * Keyboard: the list is one tab stop (ARIA grid). Arrow keys, Home/End, Ctrl+Home/End and
 * PageUp/PageDown move between cells; Space selects the row (on the header: all matching);
 * Enter sorts by a header's column or edits a status; Ctrl+A selects all matching; Escape
 * clears the selection.
 *
 * @summary A campaign's members with statuses: sort, filter, search, bulk edit, CSV import/export.
 * @tagname campaign-member-list
 *
 * @csspart base - The list's wrapper.
 * @csspart toolbar - The actions row (add, import, export, columns).
 * @csspart counts - The per-status counts (status filter).
 * @csspart grid - The scrolling grid.
 * @csspart header-row - The column headers.
 * @csspart row - Each member row.
 * @csspart bulk-bar - The bar shown while members are selected.
 *
 * @cssprop --lead-kit-list-height - Height of the scrolling grid (default 28rem).
 * @cssprop --lead-kit-color-accent - Selection, focus and actions.
 * @cssprop --lead-kit-color-surface - Background.
 * @cssprop --lead-kit-color-border - Grid lines.
 * @cssprop --lead-kit-color-text - Text color.
 * @cssprop --lead-kit-color-muted - Secondary text.
 * @cssprop --lead-kit-color-danger - Errors and removal.
 * @cssprop --lead-kit-radius - Corner radius.
 *
 * @fires member-status-change - Before a status change is saved (cancelable). `detail: { campaignId, memberIds, allMatching, count, status }`.
 * @fires member-status-changed - After it was saved. `detail: { campaignId, status, members, conflicts }`.
 * @fires members-add - Before people are added (cancelable). `detail: { campaignId, people, status }`.
 * @fires members-added - After they were added. `detail: { campaignId, members }`.
 * @fires members-remove - Before members are removed (cancelable). `detail: { campaignId, memberIds, allMatching, count }`.
 * @fires members-removed - After they were removed. `detail: { campaignId, count, conflicts }`.
 * @fires member-action-error - A change failed; nothing of it was written. `detail: { action, error }`.
 * @fires members-export - Before the CSV file downloads (cancelable: handle `detail.csv` yourself). `detail: { campaignId, csv, filename, count }`.
 * @fires members-view-all - "View all" in compact mode (cancelable: the `view-all-href` link is then not followed). `detail: { campaignId }`.
 * @fires member-columns-change - The user showed, hid or moved a column. `detail: { columns }`.
 * @fires members-imported - A CSV import finished. `detail: { campaignId, result, stopped }`.
 */
export class CampaignMemberList extends LocalizedElement {
  static override styles = styles;

  /** Id of the campaign whose members are listed. */
  @property({ reflect: true }) campaign = '';

  /**
   * Columns to show, in order (comma-separated): name, type, company, email, status, responded,
   * first-responded, added. Default: all.
   */
  @property({ reflect: true }) columns = memberColumns.join(',');

  /** Column the list is sorted by: name, type, company, email, status, responded, added. */
  @property({ reflect: true }) sort: MemberSortField = 'name';

  /** Sort direction. */
  @property({ reflect: true }) direction: 'asc' | 'desc' = 'asc';

  /** Shows only members with this status. */
  @property({ attribute: 'filter-status', reflect: true }) filterStatus = '';

  /** Shows only leads (`lead`) or only contacts (`contact`). */
  @property({ attribute: 'filter-type', reflect: true }) filterType: '' | 'lead' | 'contact' = '';

  /** Search text: members whose name, email or company contains every word (accent-insensitive). */
  @property() search = '';

  /** Related-list mode: the first `rows` members, the total and a "View all" action. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Rows shown in compact mode. */
  @property({ type: Number }) rows = 5;

  /** Where "View all" leads in compact mode (else it only fires `members-view-all`). */
  @property({ attribute: 'view-all-href' }) viewAllHref = '';

  /** Hides every editing action (status, add, remove, import); export stays. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** @internal */ @state() private data?: MemberRows;
  /** @internal */ @state() private range = { first: 0, last: 20 };
  /** @internal */ @state() private active = { row: -1, col: 1 };
  /** @internal */ @state() private selection = new Map<string, number>();
  /** @internal */ @state() private allMatching = false;
  /** @internal */ @state() private excluded = new Set<string>();
  /** @internal */ @state() private busy?: Busy;
  /** @internal */ @state() private notice = '';
  /** @internal */ @state() private problem = '';
  /** @internal */ @state() private confirmRemove = false;
  /** @internal */ @state() private bulkStatus = '';
  /** @internal */ @state() private columnsOpen = false;
  /** @internal */ @state() private addResults: PersonMatch[] = [];
  /** @internal */ @state() private addChosen = new Map<string, PersonRef>();
  /** @internal */ @state() private addStatus = '';
  /** @internal */ @state() private addSearched = false;
  /** @internal */ @state() private searchText = '';

  @query('.viewport') private viewport?: HTMLElement;
  @query('dialog.add') private addDialog?: HTMLDialogElement;
  @query('dialog.import') private importDialog?: HTMLDialogElement;

  private adapters = new AdapterController(this);
  private meta = campaignCountsQuery(this, this.adapters, () => this.campaign, (m) => m.counts.total === 0);

  private rowsKey = '';
  private generation = 0;
  private lastMeta?: Meta;
  private anchor?: number;
  private searchTimer?: ReturnType<typeof setTimeout>;
  private addTimer?: ReturnType<typeof setTimeout>;

  private get cols(): MemberColumn[] {
    return parseColumns(this.columns);
  }

  private get filter(): MemberFilter {
    return {
      campaignId: this.campaign,
      sort: this.sort,
      direction: this.direction,
      ...(this.filterStatus ? { status: this.filterStatus } : {}),
      ...(this.filterType ? { type: this.filterType } : {}),
      ...(this.search.trim() ? { search: this.search.trim() } : {}),
    };
  }

  /** Members matching the filter, when the maintained counts tell it. */
  private matchingCount(counts: MemberCounts): number | undefined {
    if (this.search.trim()) return undefined;
    if (this.filterType && this.filterStatus) return undefined;
    if (this.filterType) return this.filterType === 'lead' ? counts.leads : counts.contacts;
    if (this.filterStatus) return counts.byStatus[this.filterStatus] ?? 0;
    return counts.total;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
    clearTimeout(this.addTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('search')) this.searchText = this.search;
    const meta = this.meta.status === 'ready' ? (this.meta.value as Meta) : undefined;
    const filterChanged = ['campaign', 'sort', 'direction', 'filterStatus', 'filterType', 'search', 'compact', 'rows'].some((p) => changed.has(p));
    if (meta && (meta !== this.lastMeta || filterChanged || !this.data)) {
      this.lastMeta = meta;
      void this.syncRows(meta);
    }
  }

  /** Builds the rows for the current filter; on a live change, swaps them in once the visible ones are loaded. */
  private async syncRows(meta: Meta): Promise<void> {
    const adapter = this.adapters.adapter;
    const filter = this.filter;
    const key = JSON.stringify([adapter.name, filter]);
    const fresh = key !== this.rowsKey;
    const seekable = !filter.search && !filter.type;
    const next = new MemberRows(adapter, filter, seekable ? this.matchingCount(meta.counts) : undefined);
    const generation = ++this.generation;
    if (fresh) {
      this.rowsKey = key;
      this.data = next;
      this.anchor = undefined;
      if (this.viewport) this.viewport.scrollTop = 0;
      this.range = { first: 0, last: this.visibleRows() };
      if (this.active.row >= 0) this.active = { ...this.active, row: -1 };
    }
    try {
      await next.ensure(this.compact ? 0 : this.range.first, this.compact ? this.rows : this.range.last + 1);
      next.error = undefined;
    } catch (error) {
      next.error = error;
    }
    if (generation !== this.generation) return;
    this.data = next;
    this.carryVersions(next);
    if (fresh && filter.search !== undefined) this.notice = this.resultsText(next);
    this.requestUpdate();
  }

  private resultsText(rows: MemberRows): string {
    const locale = this.activeLocale;
    const n = rows.complete ? rows.length : undefined;
    return n === undefined ? '' : msg(locale, 'list.matching', { count: this.formatNumber(n) });
  }

  /** Keeps the selection's versions up to date with the rows read. */
  private carryVersions(rows: MemberRows): void {
    if (!this.selection.size) return;
    let changed = false;
    const next = new Map(this.selection);
    for (const m of rows.loaded()) {
      if (next.has(m.id) && next.get(m.id) !== m.version) {
        next.set(m.id, m.version);
        changed = true;
      }
    }
    if (changed) this.selection = next;
  }

  private visibleRows(): number {
    const height = this.viewport?.clientHeight || 448;
    return Math.ceil(height / ROW_HEIGHT) + OVERSCAN;
  }

  /** Scroll events come at most once a frame: fetch and render the new range at once (no extra frame). */
  private handleScroll = () => {
    this.updateRange();
  };

  private updateRange(): void {
    const vp = this.viewport;
    const data = this.data;
    if (!vp || !data) return;
    const top = Math.max(0, vp.scrollTop - ROW_HEIGHT);
    const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
    const last = Math.ceil((vp.scrollTop + vp.clientHeight) / ROW_HEIGHT) + OVERSCAN;
    if (first !== this.range.first || last !== this.range.last) this.range = { first, last };
    if (!data.has(first, last + 1) || (!data.complete && last + OVERSCAN >= data.length)) {
      void data.ensure(first, last + 1).then(
        () => {
          if (data === this.data) {
            this.carryVersions(data);
            this.requestUpdate();
          }
        },
        (error: unknown) => {
          data.error = error;
          this.requestUpdate();
        },
      );
    }
  }

  /** Scrolls row `index` (0-based, in the current sort and filter) to the top and renders it at once. */
  scrollToIndex(index: number): void {
    const vp = this.viewport;
    if (!vp) return;
    vp.scrollTop = Math.max(0, index) * ROW_HEIGHT;
    this.updateRange();
  }

  /** Scrolls so that `row` is visible (keyboard navigation). */
  private reveal(row: number): void {
    const vp = this.viewport;
    if (!vp || row < 0) return;
    const header = ROW_HEIGHT;
    const top = row * ROW_HEIGHT;
    if (top < vp.scrollTop) vp.scrollTop = top;
    else if (top + ROW_HEIGHT > vp.scrollTop + vp.clientHeight - header) vp.scrollTop = top + ROW_HEIGHT - vp.clientHeight + header;
    this.updateRange();
  }


  // ---- rendering --------------------------------------------------------------------------

  override render() {
    const locale = this.activeLocale;
    if (!this.campaign) return nothing;
    return this.meta.render({
      loading: () => html`<div part="base" class="base"><p role="status" class="state">${msg(locale, 'state.loading')}</p></div>`,
      error: (e) =>
        html`<div part="base" class="base">
          <div role="alert" class="problem">${errorMessage(locale, e)}</div>
          <button class="secondary" @click=${() => this.meta.refresh()}>${msg(locale, 'action.retry')}</button>
        </div>`,
      empty: () => this.renderList(this.meta.value as Meta, locale, true),
      ready: (m: Meta) => this.renderList(m, locale, false),
    });
  }

  private renderList(m: Meta, locale: Locale, empty: boolean) {
    if (this.compact) return this.renderCompact(m, locale, empty);
    const matching = this.matchingCount(m.counts);
    return html`<div part="base" class="base">
      <header class="head">
        <h2 id="title">${msg(locale, 'list.title')}</h2>
        <span class="total">${msg(locale, 'list.total', { count: this.formatNumber(m.counts.total) })}</span>
        <div part="toolbar" class="toolbar">
          ${this.readonly
            ? nothing
            : html`<button class="secondary" @click=${this.openAdd}>${msg(locale, 'list.add')}</button>
                <button class="secondary" @click=${this.openImport}>${msg(locale, 'list.import')}</button>`}
          <button class="secondary" ?disabled=${empty || !!this.busy} @click=${this.exportCsv}>${msg(locale, 'list.export')}</button>
          <button class="secondary" aria-expanded=${this.columnsOpen ? 'true' : 'false'} aria-controls="columns" @click=${() => (this.columnsOpen = !this.columnsOpen)}>
            ${msg(locale, 'list.columns')}
          </button>
        </div>
      </header>
      ${this.columnsOpen ? this.renderColumnPicker(locale) : nothing}
      ${empty
        ? html`<div class="empty-state">
            <p>${msg(locale, 'list.empty')}</p>
          </div>`
        : html`${this.renderCounts(m, locale)}
            <div class="filters">
              <div class="search">
                <label for="search">${msg(locale, 'list.search')}</label>
                <input id="search" type="search" placeholder=${msg(locale, 'list.search-hint')} .value=${live(this.searchText)} @input=${this.handleSearchInput} />
              </div>
              <div class="type">
                <label for="type">${msg(locale, 'list.type')}</label>
                <select id="type" .value=${live(this.filterType)} @change=${(e: Event) => (this.filterType = (e.target as HTMLSelectElement).value as '' | 'lead' | 'contact')}>
                  <option value="" ?selected=${!this.filterType}>${msg(locale, 'list.type-all')}</option>
                  <option value="lead" ?selected=${this.filterType === 'lead'}>${msg(locale, 'list.type-leads')} (${this.formatNumber(m.counts.leads)})</option>
                  <option value="contact" ?selected=${this.filterType === 'contact'}>${msg(locale, 'list.type-contacts')} (${this.formatNumber(m.counts.contacts)})</option>
                </select>
              </div>
            </div>
            ${this.renderBulkBar(m, locale, matching)} ${this.renderGrid(m, locale)}`}
      <div class="announce" role="status" aria-live="polite">${this.busy ? msg(locale, 'list.working', { done: this.formatNumber(this.busy.done), total: this.formatNumber(this.busy.total) }) : this.notice}</div>
      ${this.problem ? html`<div class="problem" role="alert">${this.problem}</div>` : nothing} ${this.readonly ? nothing : this.renderDialogs(m, locale)}
    </div>`;
  }

  private renderCounts(m: Meta, locale: Locale) {
    const chip = (status: string, label: string, n: number) =>
      html`<button class="chip" aria-pressed=${this.filterStatus === status ? 'true' : 'false'} @click=${() => (this.filterStatus = status)}>
        <span>${label}</span><span class="n">${this.formatNumber(n)}</span>
      </button>`;
    return html`<div part="counts" class="chips" role="group" aria-label=${msg(locale, 'list.by-status')}>
      ${chip('', msg(locale, 'list.all'), m.counts.total)}
      ${m.campaign.memberStatuses.map((s) => chip(s.label, statusLabel(locale, s.label), m.counts.byStatus[s.label] ?? 0))}
    </div>`;
  }

  private selectedCount(matching: number | undefined): number | undefined {
    if (!this.allMatching) return this.selection.size;
    const n = matching ?? (this.data?.complete ? this.data.length : undefined);
    return n === undefined ? undefined : n - this.excluded.size;
  }

  private renderBulkBar(m: Meta, locale: Locale, matching: number | undefined) {
    if (!this.allMatching && this.selection.size === 0) return nothing;
    const count = this.selectedCount(matching);
    const countText = count === undefined ? `${this.formatNumber(this.data?.length ?? 0)}+` : this.formatNumber(count);
    const status = this.bulkStatus || m.campaign.memberStatuses[0]?.label;
    return html`<div part="bulk-bar" class="bulk" role="region" aria-label=${msg(locale, 'list.selected', { count: countText })}>
      <strong>${msg(locale, 'list.selected', { count: countText })}</strong>
      ${this.readonly
        ? nothing
        : html`<label class="inline">
              <span>${msg(locale, 'list.set-status')}</span>
              <select .value=${live(status)} @change=${(e: Event) => (this.bulkStatus = (e.target as HTMLSelectElement).value)}>
                ${m.campaign.memberStatuses.map((s) => html`<option value=${s.label} ?selected=${s.label === status}>${statusLabel(locale, s.label)}</option>`)}
              </select>
            </label>
            <button ?disabled=${!!this.busy} @click=${() => this.applyStatus(status)}>${msg(locale, 'list.apply')}</button>
            <button class="secondary danger" ?disabled=${!!this.busy} @click=${() => (this.confirmRemove = true)}>${msg(locale, 'list.remove')}</button>`}
      <button class="secondary" @click=${this.clearSelection}>${msg(locale, 'list.clear-selection')}</button>
      ${this.confirmRemove
        ? html`<div class="confirm" role="alertdialog" aria-labelledby="confirm-text" aria-modal="false">
            <p id="confirm-text">${msg(locale, 'list.remove-confirm', { count: countText })}</p>
            <button class="danger" @click=${this.removeSelected}>${msg(locale, 'list.remove')}</button>
            <button class="secondary" @click=${() => (this.confirmRemove = false)}>${msg(locale, 'list.cancel')}</button>
          </div>`
        : nothing}
    </div>`;
  }

  /** Column tracks: every row shares them, so rows are as wide as the grid (or the columns' minimum). */
  private gridTemplate(cols: MemberColumn[]): string {
    const tracks = ['2.75rem', ...cols.map((c) => `minmax(${COLUMNS[c].width[0]}rem, ${COLUMNS[c].width[1]}fr)`)];
    const min = 2.75 + cols.reduce((n, c) => n + COLUMNS[c].width[0], 0);
    return `--cols:${tracks.join(' ')};--min:${min}rem`;
  }

  private renderGrid(m: Meta, locale: Locale) {
    const data = this.data;
    const cols = this.cols;
    const length = data?.length ?? 0;
    const known = !!data?.complete;
    const first = Math.min(this.range.first, Math.max(0, length - 1));
    const last = Math.min(this.range.last, length - 1);
    const rows: number[] = [];
    for (let i = first; i <= last; i++) rows.push(i);
    const allState = this.allMatching ? (this.excluded.size ? 'mixed' : 'true') : this.selection.size ? 'mixed' : 'false';
    const activeId = this.active.row < 0 ? `h-${this.active.col}` : `c-${this.active.row}-${this.active.col}`;
    const noMatch = data && data.complete && length === 0;
    return html`<div class="grid-wrap"><div
      part="grid"
      class="viewport"
      role="grid"
      tabindex="0"
      aria-labelledby="title"
      aria-multiselectable="true"
      aria-rowcount=${known ? length + 1 : -1}
      aria-colcount=${cols.length + 1}
      aria-activedescendant=${activeId}
      aria-busy=${data && !data.has(first, last + 1) ? 'true' : 'false'}
      style=${this.gridTemplate(cols)}
      @scroll=${this.handleScroll}
      @keydown=${this.handleKeydown}
      @focus=${this.handleGridFocus}
    >
      <div role="rowgroup" class="header">
        <div role="row" part="header-row" class="row header-row" aria-rowindex="1">
          <div role="columnheader" id="h-0" class="cell check ${this.active.row < 0 && this.active.col === 0 ? 'active' : ''}" aria-colindex="1">
            <input type="checkbox" tabindex="-1" aria-label=${msg(locale, 'list.select-all', { count: this.formatNumber(this.matchingCount(m.counts) ?? length) })} .checked=${allState === 'true'} .indeterminate=${allState === 'mixed'} @click=${this.toggleAll} />
          </div>
          ${cols.map((c, i) => {
            const sorted = COLUMNS[c].sort === this.sort && (c !== 'first-responded' || !cols.includes('responded'));
            return html`<div
              role="columnheader"
              id="h-${i + 1}"
              class="cell ${this.active.row < 0 && this.active.col === i + 1 ? 'active' : ''}"
              aria-colindex=${i + 2}
              aria-sort=${sorted ? (this.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
            >
              <button class="sort" tabindex="-1" @click=${() => this.sortBy(c)}>
                <span>${msg(locale, COLUMNS[c].label)}</span><span class="arrow" aria-hidden="true">${sorted ? (this.direction === 'asc' ? '▲' : '▼') : ''}</span>
              </button>
            </div>`;
          })}
        </div>
      </div>
      <div role="rowgroup" class="body" style="height:${Math.max(length, noMatch ? 0 : 1) * ROW_HEIGHT}px">
        ${rows.map((i) => this.renderRow(i, data!.at(i), cols, m, locale))}
      </div>
      </div>
      ${noMatch
        ? html`<div class="no-match">
            <p>${msg(locale, 'list.empty-filter')}</p>
            <button class="secondary" @click=${this.clearFilters}>${msg(locale, 'list.clear-filters')}</button>
          </div>`
        : nothing}
      ${data && !known && length > 0 ? html`<div class="more" aria-hidden="true">${msg(locale, 'list.loading-more')}</div>` : nothing}
      ${data?.error
        ? html`<div class="row-error" role="alert">
            ${errorMessage(locale, data.error)}
            <button class="secondary" @click=${() => this.retryRows()}>${msg(locale, 'action.retry')}</button>
          </div>`
        : nothing}
    </div>`;
  }

  private renderRow(i: number, member: CampaignMember | undefined, cols: MemberColumn[], m: Meta, locale: Locale) {
    const style = `transform:translateY(${i * ROW_HEIGHT}px)`;
    const activeCell = (c: number) => (this.active.row === i && this.active.col === c ? 'active' : '');
    if (!member) {
      return html`<div role="row" class="row placeholder" aria-rowindex=${i + 2} style=${style}>
        <div role="gridcell" id="c-${i}-0" class="cell check ${activeCell(0)}" aria-colindex="1"></div>
        ${cols.map((_, c) => html`<div role="gridcell" id="c-${i}-${c + 1}" class="cell ${activeCell(c + 1)}" aria-colindex=${c + 2}><span class="skeleton"></span></div>`)}
      </div>`;
    }
    const selected = this.isSelected(member.id);
    const name = memberName(member) || member.person.email || msg(locale, 'list.no-name');
    return html`<div role="row" part="row" class="row ${selected ? 'selected' : ''}" aria-rowindex=${i + 2} aria-selected=${selected ? 'true' : 'false'} style=${style}>
      <div role="gridcell" id="c-${i}-0" class="cell check ${activeCell(0)}" aria-colindex="1">
        <input type="checkbox" tabindex="-1" aria-label=${msg(locale, 'list.select-row', { name })} .checked=${selected} @click=${(e: MouseEvent) => this.toggleRow(i, member, e.shiftKey)} />
      </div>
      ${cols.map((c, ci) => {
        const id = `c-${i}-${ci + 1}`;
        const cls = `cell ${c} ${activeCell(ci + 1)}`;
        if (c === 'status' && !this.readonly) {
          return html`<div role="gridcell" id=${id} class=${cls} aria-colindex=${ci + 2}>
            <select tabindex="-1" aria-label=${msg(locale, 'list.status-of', { name })} .value=${live(member.status)} ?disabled=${!!this.busy} @change=${(e: Event) => this.changeOne(member, e.target as HTMLSelectElement)} @keydown=${this.handleEditorKeydown}>
              ${this.statusOptions(m, member.status, locale)}
            </select>
          </div>`;
        }
        return html`<div role="gridcell" id=${id} class=${cls} aria-colindex=${ci + 2} title=${c === 'email' || c === 'company' || c === 'name' || c === 'type' ? cellText(locale, c, member) : nothing}>
          ${c === 'type' ? html`<span class="badge ${member.leadId ? 'lead' : 'contact'}">${cellText(locale, c, member)}</span>` : html`<span class="text">${cellText(locale, c, member)}</span>`}
        </div>`;
      })}
    </div>`;
  }

  private statusOptions(m: Meta, current: string, locale: Locale) {
    const labels = m.campaign.memberStatuses.map((s) => s.label);
    if (!labels.includes(current)) labels.push(current);
    return labels.map((l) => html`<option value=${l} ?selected=${l === current}>${statusLabel(locale, l)}</option>`);
  }

  private renderCompact(m: Meta, locale: Locale, empty: boolean) {
    const data = this.data;
    const cols = this.cols;
    const shown: CampaignMember[] = [];
    for (let i = 0; data && i < Math.min(this.rows, data.length); i++) {
      const member = data.at(i);
      if (member) shown.push(member);
    }
    return html`<div part="base" class="base compact">
      <header class="head">
        <h2 id="title">${msg(locale, 'list.title')} <span class="total">(${this.formatNumber(m.counts.total)})</span></h2>
        ${empty
          ? nothing
          : this.viewAllHref
            ? html`<a class="view-all" href=${this.viewAllHref} @click=${this.handleViewAll}>${msg(locale, 'list.view-all')}</a>`
            : html`<button class="secondary view-all" @click=${this.handleViewAll}>${msg(locale, 'list.view-all')}</button>`}
      </header>
      ${empty
        ? html`<p class="state">${msg(locale, 'list.empty')}</p>`
        : html`<table class="compact-table">
            <thead>
              <tr>
                ${cols.map((c) => html`<th scope="col">${msg(locale, COLUMNS[c].label)}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${shown.map((member) => html`<tr part="row">${cols.map((c) => html`<td class=${c}>${cellText(locale, c, member)}</td>`)}</tr>`)}
            </tbody>
          </table>`}
    </div>`;
  }

  private renderColumnPicker(locale: Locale) {
    const shown = this.cols;
    const order = [...shown, ...memberColumns.filter((c) => !shown.includes(c))];
    return html`<fieldset id="columns" class="columns-picker">
      <legend>${msg(locale, 'list.columns')}</legend>
      <ul>
        ${order.map((c, i) => {
          const label = msg(locale, COLUMNS[c].label);
          const on = shown.includes(c);
          return html`<li>
            <label><input type="checkbox" .checked=${on} ?disabled=${on && shown.length === 1} @change=${() => this.toggleColumn(c)} /> ${label}</label>
            <button class="icon secondary" aria-label=${msg(locale, 'list.move-up', { column: label })} ?disabled=${!on || i === 0} @click=${() => this.moveColumn(c, -1)}>↑</button>
            <button class="icon secondary" aria-label=${msg(locale, 'list.move-down', { column: label })} ?disabled=${!on || i >= shown.length - 1} @click=${() => this.moveColumn(c, 1)}>↓</button>
          </li>`;
        })}
      </ul>
    </fieldset>`;
  }

  private renderDialogs(m: Meta, locale: Locale) {
    const status = this.addStatus || m.campaign.memberStatuses.find((s) => s.default)?.label || m.campaign.memberStatuses[0]?.label;
    return html`<dialog class="add" aria-labelledby="add-title" @close=${this.resetAdd}>
        <h3 id="add-title">${msg(locale, 'list.add')}</h3>
        <label for="add-search">${msg(locale, 'list.add-search')}</label>
        <input id="add-search" type="search" placeholder=${msg(locale, 'list.search-hint')} @input=${this.handleAddSearch} autocomplete="off" />
        <div class="add-results" role="group" aria-labelledby="add-title" aria-live="polite">
          ${this.addSearched && this.addResults.length === 0 ? html`<p>${msg(locale, 'list.add-none')}</p>` : nothing}
          <ul>
            ${this.addResults.map((p) => {
              const key = `${p.ref.type}:${p.ref.id}`;
              const name = displayName(p.person) || msg(locale, 'list.no-name');
              return html`<li>
                <label>
                  <input type="checkbox" .checked=${this.addChosen.has(key)} @change=${() => this.toggleAddChoice(key, p.ref)} />
                  <span class="who"><strong>${name}</strong> <span class="badge ${p.ref.type}">${msg(locale, p.ref.type === 'lead' ? 'list.lead' : 'list.contact')}</span><br /><small>${[p.person.email, p.person.company].filter(Boolean).join(' · ')}</small></span>
                </label>
              </li>`;
            })}
          </ul>
        </div>
        <label for="add-status">${msg(locale, 'list.add-status')}</label>
        <select id="add-status" .value=${live(status)} @change=${(e: Event) => (this.addStatus = (e.target as HTMLSelectElement).value)}>
          ${m.campaign.memberStatuses.map((s) => html`<option value=${s.label} ?selected=${s.label === status}>${statusLabel(locale, s.label)}</option>`)}
        </select>
        <div class="dialog-actions">
          <button ?disabled=${this.addChosen.size === 0 || !!this.busy} @click=${() => this.addChosenPeople(status)}>${msg(locale, 'list.add-confirm', { count: this.formatNumber(this.addChosen.size) })}</button>
          <button class="secondary" @click=${() => this.addDialog?.close()}>${msg(locale, 'list.cancel')}</button>
        </div>
      </dialog>
      <dialog class="import" aria-labelledby="import-title">
        <div class="dialog-head">
          <h3 id="import-title">${msg(locale, 'import.title')}</h3>
          <button class="secondary" @click=${() => this.importDialog?.close()}>${msg(locale, 'list.close')}</button>
        </div>
        <campaign-member-import campaign=${this.campaign} locale=${this.locale ?? nothing}></campaign-member-import>
      </dialog>`;
  }

  // ---- interaction -------------------------------------------------------------------------

  private handleSearchInput(e: Event): void {
    this.searchText = (e.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => (this.search = this.searchText), 250);
  }

  private clearFilters(): void {
    this.search = '';
    this.searchText = '';
    this.filterStatus = '';
    this.filterType = '';
  }

  private sortBy(column: MemberColumn): void {
    const sort = COLUMNS[column].sort;
    if (this.sort === sort) this.direction = this.direction === 'asc' ? 'desc' : 'asc';
    else {
      this.sort = sort;
      this.direction = column === 'added' || column === 'responded' || column === 'first-responded' ? 'desc' : 'asc';
    }
  }

  private isSelected(id: string): boolean {
    return this.allMatching ? !this.excluded.has(id) : this.selection.has(id);
  }

  private toggleRow(index: number, member: CampaignMember, range: boolean): void {
    const select = !this.isSelected(member.id);
    const targets: CampaignMember[] = [];
    if (range && this.anchor !== undefined && this.data) {
      const [a, b] = this.anchor < index ? [this.anchor, index] : [index, this.anchor];
      for (let i = a; i <= b; i++) {
        const m = this.data.at(i);
        if (m) targets.push(m);
      }
    } else targets.push(member);
    this.anchor = index;
    if (this.allMatching) {
      const excluded = new Set(this.excluded);
      for (const m of targets) select ? excluded.delete(m.id) : excluded.add(m.id);
      this.excluded = excluded;
    } else {
      const selection = new Map(this.selection);
      for (const m of targets) select ? selection.set(m.id, m.version) : selection.delete(m.id);
      this.selection = selection;
    }
    this.confirmRemove = false;
  }

  private toggleAll(): void {
    if (this.allMatching || this.selection.size) this.clearSelection();
    else {
      this.allMatching = true;
      this.excluded = new Set();
    }
  }

  private clearSelection(): void {
    this.allMatching = false;
    this.excluded = new Set();
    this.selection = new Map();
    this.confirmRemove = false;
    this.anchor = undefined;
  }

  private toggleColumn(c: MemberColumn): void {
    const shown = this.cols;
    const next = shown.includes(c) ? shown.filter((x) => x !== c) : [...shown, c];
    this.setColumns(next);
  }

  private moveColumn(c: MemberColumn, by: -1 | 1): void {
    const next = [...this.cols];
    const i = next.indexOf(c);
    const j = i + by;
    if (i < 0 || j < 0 || j >= next.length) return;
    [next[i], next[j]] = [next[j], next[i]];
    this.setColumns(next);
  }

  private setColumns(next: MemberColumn[]): void {
    this.columns = next.join(',');
    if (this.active.col > next.length) this.active = { ...this.active, col: next.length };
    this.dispatchEvent(new MemberColumnsChangeEvent({ columns: next }));
  }

  private handleViewAll(e: Event): void {
    const event = new MembersViewAllEvent({ campaignId: this.campaign });
    this.dispatchEvent(event);
    if (event.defaultPrevented) e.preventDefault();
  }

  private retryRows(): void {
    if (this.lastMeta) void this.syncRows(this.lastMeta);
  }

  private handleGridFocus(): void {
    if (this.active.row >= (this.data?.length ?? 0)) this.active = { row: -1, col: this.active.col };
  }

  private handleKeydown(e: KeyboardEvent): void {
    if (e.target !== this.viewport) return;
    const length = this.data?.length ?? 0;
    const colCount = this.cols.length + 1;
    let { row, col } = this.active;
    const page = Math.max(1, Math.floor((this.viewport!.clientHeight - ROW_HEIGHT) / ROW_HEIGHT) - 1);
    const ctrl = e.ctrlKey || e.metaKey;
    switch (e.key) {
      case 'ArrowDown':
        row = Math.min(length - 1, row + 1);
        break;
      case 'ArrowUp':
        row = Math.max(-1, row - 1);
        break;
      case 'ArrowRight':
        col = Math.min(colCount - 1, col + 1);
        break;
      case 'ArrowLeft':
        col = Math.max(0, col - 1);
        break;
      case 'PageDown':
        row = Math.min(length - 1, row + page);
        break;
      case 'PageUp':
        row = Math.max(-1, row - page);
        break;
      case 'Home':
        col = 0;
        if (ctrl) row = -1;
        break;
      case 'End':
        col = colCount - 1;
        if (ctrl) row = length - 1;
        break;
      case ' ':
        this.activate(true);
        e.preventDefault();
        return;
      case 'Enter':
        this.activate(false);
        e.preventDefault();
        return;
      case 'Escape':
        if (this.allMatching || this.selection.size) {
          this.clearSelection();
          e.preventDefault();
        }
        return;
      case 'a':
        if (!ctrl) return;
        this.allMatching = true;
        this.excluded = new Set();
        this.selection = new Map();
        e.preventDefault();
        return;
      default:
        return;
    }
    e.preventDefault();
    this.active = { row, col };
    this.reveal(row);
  }

  /** Space (select) or Enter (sort / edit) on the active cell. */
  private activate(space: boolean): void {
    const { row, col } = this.active;
    const cols = this.cols;
    if (row < 0) {
      if (col === 0 || space) this.toggleAll();
      else this.sortBy(cols[col - 1]);
      return;
    }
    const member = this.data?.at(row);
    if (!member) return;
    if (space || col === 0) {
      this.toggleRow(row, member, false);
      return;
    }
    if (cols[col - 1] === 'status' && !this.readonly) {
      this.renderRoot.querySelector<HTMLSelectElement>(`#c-${row}-${col} select`)?.focus();
    }
  }

  private handleEditorKeydown(e: KeyboardEvent): void {
    if (e.key === 'Escape' || e.key === 'Tab') {
      e.stopPropagation();
      if (e.key === 'Escape') e.preventDefault();
      this.viewport?.focus();
    }
  }

  // ---- changes -----------------------------------------------------------------------------

  private fail(action: 'status' | 'add' | 'remove' | 'export', error: unknown): void {
    const locale = this.activeLocale;
    this.problem = error instanceof ConflictError ? msg(locale, 'list.conflict') : msg(locale, 'list.failed', { reason: errorMessage(locale, error) });
    this.dispatchEvent(new MemberActionErrorEvent({ action, error }));
  }

  /** The selected members with the versions read, or every member matching the filter. */
  private async targets(adapter: DataAdapter): Promise<{ id: string; version: number }[]> {
    if (!this.allMatching) return [...this.selection].map(([id, version]) => ({ id, version }));
    const out: { id: string; version: number }[] = [];
    for await (const page of memberPages(adapter, this.filter)) {
      for (const m of page) if (!this.excluded.has(m.id)) out.push({ id: m.id, version: m.version });
    }
    return out;
  }

  private targetsDetail(): MemberTargets {
    const count = this.selectedCount(this.lastMeta ? this.matchingCount(this.lastMeta.counts) : undefined) ?? this.data?.length ?? 0;
    return { campaignId: this.campaign, memberIds: this.allMatching ? [] : [...this.selection.keys()], allMatching: this.allMatching, count };
  }

  private async changeOne(member: CampaignMember, select: HTMLSelectElement): Promise<void> {
    const status = select.value;
    const ok = await this.setStatus([{ id: member.id, version: member.version }], status, {
      campaignId: this.campaign,
      memberIds: [member.id],
      allMatching: false,
      count: 1,
    });
    if (!ok) select.value = member.status;
  }

  private async applyStatus(status: string): Promise<void> {
    const detail = this.targetsDetail();
    const intent = new MemberStatusChangeEvent({ ...detail, status });
    this.dispatchEvent(intent);
    if (intent.defaultPrevented) return;
    this.problem = '';
    this.busy = { done: 0, total: detail.count };
    try {
      const targets = await this.targets(this.adapters.adapter);
      await this.setStatus(targets, status, undefined);
    } catch (error) {
      this.fail('status', error);
    } finally {
      this.busy = undefined;
    }
  }

  /** Saves `status` on `targets` chunk by chunk; each chunk is all-or-nothing. True when all were saved. */
  private async setStatus(targets: { id: string; version: number }[], status: string, intentDetail: MemberTargets | undefined): Promise<boolean> {
    if (intentDetail) {
      const intent = new MemberStatusChangeEvent({ ...intentDetail, status });
      this.dispatchEvent(intent);
      if (intent.defaultPrevented) return false;
      this.problem = '';
    }
    const adapter = this.adapters.adapter;
    const saved: CampaignMember[] = [];
    let conflicts = 0;
    try {
      for (const chunk of writeChunks(targets)) {
        try {
          saved.push(...(await adapter.setMemberStatus({ campaignId: this.campaign, members: chunk, status })));
        } catch (error) {
          if (!(error instanceof ConflictError)) throw error;
          conflicts += chunk.length;
        }
        if (this.busy) this.busy = { done: saved.length + conflicts, total: targets.length };
      }
    } catch (error) {
      this.fail('status', error);
      return false;
    }
    const locale = this.activeLocale;
    if (saved.length) {
      const selection = new Map(this.selection);
      for (const m of saved) if (selection.has(m.id)) selection.set(m.id, m.version);
      this.selection = selection;
      this.dispatchEvent(new MemberStatusChangedEvent({ campaignId: this.campaign, status, members: saved, conflicts }));
    }
    if (conflicts) {
      this.problem = saved.length ? msg(locale, 'list.partial', { done: this.formatNumber(saved.length), total: this.formatNumber(targets.length) }) : msg(locale, 'list.conflict');
      this.dispatchEvent(new MemberActionErrorEvent({ action: 'status', error: new ConflictError(`${conflicts} member(s) changed meanwhile`) }));
      this.meta.refresh();
    }
    if (saved.length) this.notice = msg(locale, 'list.updated', { status: statusLabel(locale, status), count: this.formatNumber(saved.length) });
    return conflicts === 0;
  }

  private async removeSelected(): Promise<void> {
    const detail = this.targetsDetail();
    this.confirmRemove = false;
    const intent = new MembersRemoveEvent(detail);
    this.dispatchEvent(intent);
    if (intent.defaultPrevented) return;
    this.problem = '';
    this.busy = { done: 0, total: detail.count };
    const adapter = this.adapters.adapter;
    let removed = 0;
    let conflicts = 0;
    try {
      const targets = await this.targets(adapter);
      for (const chunk of writeChunks(targets)) {
        try {
          await adapter.removeMembers({ campaignId: this.campaign, members: chunk });
          removed += chunk.length;
        } catch (error) {
          if (!(error instanceof ConflictError)) throw error;
          conflicts += chunk.length;
        }
        this.busy = { done: removed + conflicts, total: targets.length };
      }
      const locale = this.activeLocale;
      this.clearSelection();
      this.notice = msg(locale, 'list.removed', { count: this.formatNumber(removed) });
      if (conflicts) this.problem = removed ? msg(locale, 'list.partial', { done: this.formatNumber(removed), total: this.formatNumber(targets.length) }) : msg(locale, 'list.conflict');
      this.dispatchEvent(new MembersRemovedEvent({ campaignId: this.campaign, count: removed, conflicts }));
    } catch (error) {
      this.fail('remove', error);
    } finally {
      this.busy = undefined;
    }
  }

  private openAdd(): void {
    this.addDialog?.showModal();
    this.renderRoot.querySelector<HTMLInputElement>('#add-search')?.focus();
  }

  private resetAdd(): void {
    this.addResults = [];
    this.addChosen = new Map();
    this.addSearched = false;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#add-search');
    if (input) input.value = '';
  }

  private handleAddSearch(e: Event): void {
    const text = (e.target as HTMLInputElement).value;
    clearTimeout(this.addTimer);
    this.addTimer = setTimeout(async () => {
      if (!text.trim()) {
        this.addResults = [];
        this.addSearched = false;
        return;
      }
      try {
        this.addResults = await this.adapters.adapter.searchPeople(text);
        this.addSearched = true;
      } catch (error) {
        this.fail('add', error);
      }
    }, 200);
  }

  private toggleAddChoice(key: string, ref: PersonRef): void {
    const chosen = new Map(this.addChosen);
    chosen.has(key) ? chosen.delete(key) : chosen.set(key, ref);
    this.addChosen = chosen;
  }

  private async addChosenPeople(status: string): Promise<void> {
    const people = [...this.addChosen.values()];
    const intent = new MembersAddEvent({ campaignId: this.campaign, people, status });
    this.dispatchEvent(intent);
    if (intent.defaultPrevented) return;
    this.problem = '';
    try {
      const members = await this.adapters.adapter.addMembers({ campaignId: this.campaign, people, status });
      this.notice = msg(this.activeLocale, 'list.added', { count: this.formatNumber(members.length) });
      this.addDialog?.close();
      this.dispatchEvent(new MembersAddedEvent({ campaignId: this.campaign, members }));
    } catch (error) {
      this.fail('add', error);
    }
  }

  private openImport(): void {
    this.importDialog?.showModal();
  }

  /** Exports the members matching the current filter and search, in the shown columns, as CSV. */
  async exportCsv(): Promise<void> {
    const locale = this.activeLocale;
    const cols = this.cols;
    const adapter = this.adapters.adapter;
    const rows: string[][] = [];
    this.problem = '';
    this.busy = { done: 0, total: (this.lastMeta && this.matchingCount(this.lastMeta.counts)) ?? 0 };
    try {
      for await (const page of memberPages(adapter, this.filter)) {
        for (const m of page) rows.push(exportRow(locale, cols, m));
        this.busy = { done: rows.length, total: Math.max(rows.length, this.busy?.total ?? 0) };
      }
    } catch (error) {
      this.fail('export', error);
      return;
    } finally {
      this.busy = undefined;
    }
    const csv = formatCsv(exportHeader(locale, cols), rows);
    const name = (this.lastMeta?.campaign.name ?? this.campaign).replace(/[\\/:*?"<>|]+/g, '-').trim() || 'campaign';
    const filename = `${name} - ${msg(locale, 'list.title')}.csv`;
    const event = new MembersExportEvent({ campaignId: this.campaign, csv, filename, count: rows.length });
    this.dispatchEvent(event);
    this.notice = msg(locale, 'list.exported', { count: this.formatNumber(rows.length) });
    if (!event.defaultPrevented) downloadCsv(filename, csv);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'campaign-member-list': CampaignMemberList;
  }
}
