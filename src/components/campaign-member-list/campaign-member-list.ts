import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { AdapterController } from '../../controllers/adapter-controller.js';
import { msg, statusLabel, type Locale } from '../../i18n/localize.js';
import { renderEmpty, renderError, renderLoading } from '../../styles/states.js';
import { LocalizedElement } from '../../i18n/localized-element.js';
import type { CampaignMember, MemberSortField } from '../../model/member.js';
import { MemberActionEvent, MemberColumnsChangeEvent, MemberOpenEvent, MembersViewAllEvent, OpportunityCreatedEvent, QuickCampaignCreatedEvent } from './campaign-member-list.events.js';
import { styles } from './campaign-member-list.styles.js';
import { renderColumnPicker } from './column-picker.js';
import { columnLabel, columnSort, parseColumns, personFieldOf, pickableColumns, type MemberColumn } from './columns.js';
import { MemberFields } from './member-fields.js';
import { ColumnFit } from './column-fit.js';
import { gridKey } from './grid-keyboard.js';
import { MemberActions } from './member-actions.js';
import type { MemberFilter } from './member-rows.js';
import { MemberRowsController, ROW_HEIGHTS } from './member-rows-controller.js';
import { MemberSelection } from './selection.js';
import { renderDialogs } from './member-dialogs.js';
import { LazyDialog } from '../../controllers/lazy-dialog.js';
import { renderBulkBar, renderCompact, renderGrid, renderStatusChips, type GridView, type Meta } from './member-grid.js';
import type { CampaignMemberAdd } from './campaign-member-add.js';
import { HeldSubmissions, renderHeld } from './held-submissions.js';
import { renderFilters, renderHead, type ToolbarView } from './member-toolbar.js';
import { CREATE_OPPORTUNITY, menuFor, RowMenu } from './row-actions.js';
import { MemberOpportunity } from './member-opportunity.js';
import { QuickCampaign } from '../quick-campaign.js';

export { ROW_HEIGHT } from './member-rows-controller.js';

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
 * @cssprop --lead-kit-color-on-danger - Text on the remove button.
 * @cssprop --lead-kit-color-backdrop - Behind the add and import dialogs.
 * @cssprop --lead-kit-radius - Corner radius.
 * @cssprop --lead-kit-space - Base spacing: every gap and padding is a step of it (the density).
 * @cssprop --lead-kit-shadow-raised - Elevation of what floats over the page (the Add and Import dialogs).
 * @cssprop --lead-kit-density - `comfortable` (default: 44 px rows and controls) or `compact` (32 px, 13 px text, tighter spacing); read when the element is connected. The `density` attribute overrides it.
 * @cssprop --lead-kit-card-background - The card the element sits in: its background (default: the surface colour).
 * @cssprop --lead-kit-card-border - The card's border (default `1px solid` the border colour; `none` for none).
 * @cssprop --lead-kit-card-radius - The card's corner radius (default: `--lead-kit-radius`).
 * @cssprop --lead-kit-card-padding - The card's padding (default: `--lead-kit-space`).
 * @cssprop --lead-kit-card-shadow - The card's shadow (default none: cards are flat).
 * @cssprop --lead-kit-color-scheme - Colour scheme: `light dark` (default: the visitor's OS setting), `light` or `dark`. The colour defaults below have a light and a dark value.
 * @cssprop --lead-kit-font-family - Font (default: the system UI font).
 * @cssprop --lead-kit-color-on-accent - Text on the accent colour (default #ffffff; dark #0b1020).
 * @cssprop --lead-kit-color-success - Done and checked-in states (default #1b7f3b; dark #6fd08c).
 * @cssprop --lead-kit-color-warning - Warnings, duplicates and pending states (default #8a5a00; dark #f0b45a).
 *
 * @fires {MemberStatusChangeEvent} member-status-change - Before a status change is saved (cancelable). `detail: { campaignId, memberIds, allMatching, count, status }`.
 * @fires {MemberStatusChangedEvent} member-status-changed - After it was saved. `detail: { campaignId, status, members, conflicts }`.
 * @fires {MembersAddEvent} members-add - Before people are added (cancelable). `detail: { campaignId, people, status }`.
 * @fires {MembersAddedEvent} members-added - After they were added. `detail: { campaignId, members }`.
 * @fires {MembersRemoveEvent} members-remove - Before members are removed (cancelable). `detail: { campaignId, memberIds, allMatching, count }`.
 * @fires {MembersRemovedEvent} members-removed - After they were removed. `detail: { campaignId, count, conflicts }`.
 * @fires {MemberActionErrorEvent} member-action-error - A change failed; nothing of it was written. `detail: { action, error }`.
 * @fires {MembersExportEvent} members-export - Before the CSV file downloads (cancelable: handle `detail.csv` yourself). `detail: { campaignId, csv, filename, count }`.
 * @fires {OpportunityCreatedEvent} opportunity-created - "Create opportunity" (a contact's row menu) made a deal credited to this campaign. `detail: { campaignId, member, opportunity }`.
 * @fires {QuickCampaignCreatedEvent} quick-campaign-created - "New campaign from selection" made a campaign with the selected people as members. `detail: { campaign, membersCreated }`.
 * @fires {MemberActionEvent} member-action - A row action (`row-actions`) was chosen. `detail: { campaignId, action, member }`.
 * @fires {MemberOpenEvent} member-open - A name was followed (with `record-href`); cancelable: the link is then not followed. `detail: { campaignId, member, href }`.
 * @fires {MembersViewAllEvent} members-view-all - "View all" in compact mode (cancelable: the `view-all-href` link is then not followed). `detail: { campaignId }`.
 * @fires {LeadsClassifiedEvent} leads-classified - A lead's rating or lead status was set in its cell (field columns `rating`, `lead-status`). `detail: { field, value, leads, conflicts }`.
 * @fires {MemberColumnsChangeEvent} member-columns-change - The user showed, hid or moved a column. `detail: { columns }`.
 * @fires {MembersImportedEvent} members-imported - A CSV import finished. `detail: { campaignId, result, stopped }`.
 */
export class CampaignMemberList extends LocalizedElement {
  static override styles = styles;
  /** Id of the campaign whose members are listed. */
  @property({ reflect: true }) campaign = '';

  /**
   * Columns to show, in order (comma-separated): name, type, company, email, status, responded,
   * first-responded, added. Default: as many as the list's width fits, the most useful first
   * (name, status, email, type, added, company, …); below ~600 px, cards (the email under the name).
   */
  @property({ reflect: true }) columns?: string;

  /** Column the list is sorted by: name, type, company, email, status, responded, added. */
  @property({ reflect: true }) sort: MemberSortField = 'name';

  /** Sort direction. */
  @property({ reflect: true }) direction: 'asc' | 'desc' = 'asc';

  /** Shows only members with this status. */
  @property({ attribute: 'filter-status', reflect: true }) filterStatus = '';

  /** Shows only leads (`lead`) or only contacts (`contact`). */
  @property({ attribute: 'filter-type', reflect: true }) filterType: '' | 'lead' | 'contact' = '';

  /**
   * Conditions on the members' people, `;`-separated, as `<people-list filter>` writes them:
   * `field=a,b` (one of), `field~text` (contains), `field=from..to` (dates, numbers), `field:empty`,
   * `field:present` — e.g. `rating=hot; source=event; country=Romania`. Fields: the catalogue's
   * (`status` there is the lead status) and `custom.<name>`. Ones naming no known field are left out, and the list says so.
   */
  @property() filter = '';

  /** Custom fields the page's people carry (comma-separated API names): offered as columns (`custom.<name>`) and filters. */
  @property({ attribute: 'custom-fields' }) customFields = '';

  /** Search text: members whose name, email or company contains every word (accent-insensitive). */
  @property() search = '';

  /** Related-list mode: the first `rows` members, the total and a "View all" action. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Rows shown in compact mode. */
  @property({ type: Number }) rows = 5;

  /**
   * Links each name to the person's record: a URL template with `{id}` (the lead's or contact's
   * id), `{type}` (`lead` or `contact`) and `{memberId}` — `/lightning/r/{type}/{id}/view`.
   * Following one fires `member-open` (cancelable: a single-page app routes it itself).
   */
  @property({ attribute: 'record-href' }) recordHref = '';

  /**
   * The page's own actions on a member (`call=Log a call; email=Send an email`): a "⋯" menu at
   * the end of each row; choosing one fires `member-action` with the action and the member. The
   * built-in `create-opportunity` adds the list's "Create opportunity" for contacts (a campaign
   * response becomes a deal credited to the campaign; `opportunity-created`).
   */
  @property({ attribute: 'row-actions' }) rowActions = '';

  /** Where "View all" leads in compact mode (else it only fires `members-view-all`). */
  @property({ attribute: 'view-all-href' }) viewAllHref = '';

  /** Hides every editing action (status, add, remove, import); export stays. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /**
   * Shows the campaign's submissions held as suspected spam (a form's time trap) instead of its
   * members, each to release into the campaign or delete. The toolbar's "Suspected spam (n)"
   * toggles it; it appears while any are held.
   */
  @property({ type: Boolean, reflect: true }) suspected = false;

  /** @internal */ @state() private active = { row: -1, col: 1 };
  /** @internal */ @state() private confirmRemove = false;
  /** @internal */ @state() private bulkStatus = '';
  /** @internal */ @state() private columnsOpen = false;
  /** @internal */ @state() private searchText = '';
  /** @internal */ @state() private resultsNotice = '';
  /** The member whose status cell is the select (`''`: none). */
  /** @internal */ @state() private editing = '';

  @query('.viewport') private viewport?: HTMLElement;
  private addDialog = new LazyDialog(this, 'dialog.add');
  private importDialog = new LazyDialog(this, 'dialog.import');

  private adapters = new AdapterController(this);
  private selection = new MemberSelection(this);
  private fields = new MemberFields(this, {
    custom: () => this.customFields.split(/[\s,]+/).filter(Boolean),
    adapter: () => this.adapters.adapter,
    say: (notice, problem = '') => Object.assign(this.actions, { notice, problem }),
    format: (n) => this.formatNumber(n),
  });
  private data = new MemberRowsController(this, this.adapters, {
    filter: () => this.query,
    compact: () => (this.compact ? this.rows : undefined),
    viewport: () => this.viewport,
    onRows: (members) => this.selection.carry(members),
    onLoad: (fresh) => {
      if (fresh && this.query.search !== undefined) this.resultsNotice = this.resultsText();
    },
  });
  private rowMenu = new RowMenu(
    this,
    (action, member) =>
      action.value === CREATE_OPPORTUNITY
        ? void this.opportunity.open(member)
        : this.dispatchEvent(new MemberActionEvent({ campaignId: this.campaign, action: action.value, member })),
    () => this.viewport?.focus(),
  );
  private opportunity = new MemberOpportunity(
    this,
    () => this.adapters.adapter,
    (opportunity, member) => {
      this.actions.notice = msg(this.activeLocale, 'opp.created', { name: opportunity.name });
      this.dispatchEvent(new OpportunityCreatedEvent({ campaignId: this.campaign, member, opportunity }));
      this.requestUpdate();
      this.viewport?.focus();
    },
  );

  private quick = new QuickCampaign(
    this,
    () => this.adapters.adapter,
    (result) => {
      this.actions.notice = msg(this.activeLocale, 'quick.created', { name: result.campaign.name, count: this.formatNumber(result.membersCreated) });
      this.dispatchEvent(new QuickCampaignCreatedEvent(result));
      this.clearSelection();
    },
  );

  private held = new HeldSubmissions(
    this,
    this.adapters,
    () => (this.compact ? '' : this.campaign),
    { after: () => this.data.status !== 'loading', shown: () => this.suspected },
  );
  private fit = new ColumnFit(
    this,
    () => this.activeLocale,
    () => this.data.campaign?.memberStatuses.map((s) => statusLabel(this.activeLocale, s.label)) ?? [],
    () => !!this.data.campaign?.doubleOptIn,
  );
  private actions = new MemberActions(this, () => ({
    campaign: this.campaign,
    adapter: this.adapters.adapter,
    locale: this.activeLocale,
    filter: this.query,
    shownColumns: this.cols,
    selection: this.selection,
    data: this.data,
    format: (n: number) => this.formatNumber(n),
  }));
  private searchTimer?: ReturnType<typeof setTimeout>;

  private get cols(): MemberColumn[] {
    return this.columns ? parseColumns(this.columns) : this.fit.fitting;
  }

  /** How many members are selected (the list's count when "all matching"). */
  private selectionCount(): number {
    return this.actions.targetsDetail().count;
  }

  /** The rows the list shows: its campaign, sort, filters and search (and the people, for field columns). */
  private get query(): MemberFilter {
    return {
      campaignId: this.campaign,
      sort: this.sort,
      direction: this.direction,
      ...(this.filterStatus ? { status: this.filterStatus } : {}),
      ...(this.filterType ? { type: this.filterType } : {}),
      ...(this.search.trim() ? { search: this.search.trim() } : {}),
      ...(this.fields.filters.length ? { filters: this.fields.filters } : {}),
      ...(this.cols.some((c) => personFieldOf(c)) ? { people: true } : {}),
    };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('search')) this.searchText = this.search;
    if (changed.has('filter')) this.fields.parse(this.filter);
    const filterChanged = ['campaign', 'sort', 'direction', 'filterStatus', 'filterType', 'search', 'filter'].some((p) => changed.has(p));
    if (filterChanged && this.active.row >= 0) this.active = { ...this.active, row: -1 };
    if (filterChanged) this.resultsNotice = '';
    // Cards (taller rows) only where the list chose its columns and is narrow.
    const heights = ROW_HEIGHTS[this.activeDensity];
    const rowHeight = this.cards ? heights.card : heights.row;
    if (rowHeight !== this.data.rowHeight) {
      this.data.rowHeight = rowHeight;
      void this.updateComplete.then(() => this.data.updateRange());
    }
  }

  private get cards(): boolean {
    return this.fit.narrow && !this.columns;
  }

  /** Scrolls row `index` (0-based, in the current sort and filter) to the top and renders it at once. */
  scrollToIndex(index: number): void {
    this.data.scrollToIndex(index);
  }

  /** Exports the members matching the current filter and search, in the shown columns, as CSV. */
  exportCsv(): Promise<void> {
    return this.actions.exportCsv();
  }

  private resultsText(): string {
    const rows = this.data.rows;
    return rows?.complete ? msg(this.activeLocale, 'list.matching', { count: this.formatNumber(rows.length) }) : '';
  }

  // ---- rendering --------------------------------------------------------------------------

  override render() {
    const locale = this.activeLocale;
    const data = this.data;
    if (!this.campaign) return nothing;
    // Loading and error keep the list's own header (the same card, the same title).
    const head = html`<header class="head"><h2 id="title">${msg(locale, 'list.title')}</h2></header>`;
    if (data.status === 'loading') return html`<section part="base" class="base card" aria-labelledby="title">${head}${renderLoading(locale)}</section>`;
    if (data.status === 'error' || !data.campaign || !data.counts) return html`<section part="base" class="base card" aria-labelledby="title">${head}${renderError(locale, data.error, () => data.retry())}</section>`;
    return this.renderList({ campaign: data.campaign, counts: data.counts }, locale, data.status === 'empty');
  }

  private renderList(m: Meta, locale: Locale, empty: boolean) {
    if (this.compact) return renderCompact(this.gridView(m, locale), empty);
    const toolbar: ToolbarView = {
      locale,
      counts: m.counts,
      readonly: this.readonly,
      empty,
      busy: !!this.actions.busy,
      columnsOpen: this.columnsOpen,
      held: this.held.count,
      suspected: this.suspected,
      searchText: this.searchText,
      filterType: this.filterType,
      format: (n) => this.formatNumber(n),
      add: () => this.openAdd(),
      import: () => this.openImport(),
      export: () => void this.actions.exportCsv(),
      toggleColumns: () => (this.columnsOpen = !this.columnsOpen),
      toggleSuspected: () => (this.suspected = !this.suspected),
      filtersOpen: this.fields.open,
      filterCount: this.fields.filters.length,
      toggleFilters: () => this.fields.toggle(),
      search: (e) => this.handleSearchInput(e),
      chooseType: (type) => (this.filterType = type),
    };
    return html`<section part="base" class="base card ${this.cards ? 'narrow' : ''}" aria-labelledby="title" @keydown=${this.handleEscape}>
      ${renderHead(toolbar)}
      ${this.columnsOpen ? renderColumnPicker(locale, { id: 'columns', shown: this.cols, all: pickableColumns(this.fields.custom()), label: (c) => columnLabel(locale, c), change: (next) => this.setColumns(next) }) : nothing}
      ${this.suspected
        ? renderHeld({ locale, nameOrder: this.nameOrder, held: this.held, readonly: this.readonly, narrow: this.fit.narrow, format: (n) => this.formatNumber(n), back: () => this.showMembers() })
        : empty
        ? html`<div class="empty-state">
            ${renderEmpty(
              msg(locale, 'list.empty'),
              this.readonly
                ? nothing
                : html`<button @click=${() => this.openAdd()}>${msg(locale, 'list.add')}</button>
                    <button class="secondary" @click=${this.openImport}>${msg(locale, 'list.import')}</button>`,
            )}
          </div>`
        : html`${renderStatusChips(locale, m, this.filterStatus, (status) => (this.filterStatus = status), (n) => this.formatNumber(n))}
            ${renderFilters(toolbar)} ${this.fields.render(locale)}
            ${renderBulkBar(this.gridView(m, locale), {
              confirming: this.confirmRemove,
              status: this.bulkStatus || m.campaign.memberStatuses[0]?.label,
              chooseStatus: (status) => (this.bulkStatus = status),
              apply: (status) => void this.actions.applyStatus(status),
              confirm: (on) => (this.confirmRemove = on),
              remove: () => this.removeSelected(),
              clear: () => this.clearSelection(),
              quickCampaign: () => void this.quick.open(this.selectionCount(), () => this.selection.people(this.adapters.adapter, this.query)),
            })} ${renderGrid(this.gridView(m, locale))}`}
      ${this.rowMenu.renderMenu(locale, this.rowMenu.openFor ? menuFor(this.rowActions, this.rowMenu.openFor, this.readonly, locale) : [])}
      ${this.readonly ? nothing : html`${this.opportunity.render(locale, this.nameOrder)}${this.quick.render(locale, (n) => this.formatNumber(n))}`}
      <div class="announce" role="status" aria-live="polite">${this.actions.busy ? msg(locale, 'list.working', { done: this.formatNumber(this.actions.busy.done), total: this.formatNumber(this.actions.busy.total) }) : this.actions.notice || this.resultsNotice}</div>
      ${this.actions.problem ? html`<div class="problem" role="alert">${this.actions.problem}</div>` : nothing} ${this.readonly ? nothing : renderDialogs(locale, {
            campaign: this.campaign,
            locale: this.locale,
            nameOrder: this.nameOrder,
            statuses: m.campaign.memberStatuses,
            added: (e) => this.handleAdded(e),
            add: this.addDialog,
            import: this.importDialog,
          })}
    </section>`;
  }

  private gridView(m: Meta, locale: Locale): GridView {
    return {
      locale,
      nameOrder: this.nameOrder,
      m,
      cols: this.cols,
      rows: this.data.rows,
      range: this.data.range,
      rowHeight: this.data.rowHeight,
      narrow: this.cards,
      mins: this.fit.mins,
      matching: this.data.matching,
      active: this.active,
      sort: this.sort,
      direction: this.direction,
      readonly: this.readonly,
      busy: !!this.actions.busy,
      selection: this.selection,
      compactRows: this.rows,
      viewAllHref: this.viewAllHref,
      recordHref: this.recordHref,
      menuColumn: !this.compact && !!this.rowActions,
      menuFor: (member) => menuFor(this.rowActions, member, this.readonly, locale),
      rowMenu: this.rowMenu,
      open: (e, member, href) => {
        const event = new MemberOpenEvent({ campaignId: this.campaign, member, href });
        this.dispatchEvent(event);
        if (event.defaultPrevented) e.preventDefault();
      },
      format: (n) => this.formatNumber(n),
      scroll: () => {
        this.data.updateRange();
        this.rowMenu.close(false); // a menu left where its row was would point at another row
      },
      keydown: (e) => this.handleKeydown(e),
      focus: () => this.handleGridFocus(),
      editorKeydown: (e) => this.handleEditorKeydown(e),
      sortBy: (c) => this.sortBy(c),
      toggleRow: (i, member, range) => this.toggleRow(i, member, range),
      changeStatus: (member, select) => void this.changeOne(member, select),
      editing: this.editing,
      edit: (memberId, pick) => void this.editStatus(memberId, pick),
      classify: (lead, field, select) => void this.fields.classify(locale, lead, field, select),
      clearFilters: () => this.clearFilters(),
      retry: () => this.data.retry(),
      viewAll: (e) => this.handleViewAll(e),
    };
  }



  // ---- interaction -------------------------------------------------------------------------

  private handleSearchInput(e: Event): void {
    this.searchText = (e.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => (this.search = this.searchText), 250);
  }

  private async showMembers(): Promise<void> {
    this.suspected = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.suspected-toggle, .toolbar button')?.focus();
  }

  private clearFilters(): void {
    this.search = '';
    this.searchText = '';
    this.filterStatus = '';
    this.filterType = '';
    this.fields.set([]);
  }

  private sortBy(column: MemberColumn): void {
    const sort = columnSort(column);
    if (!sort) this.actions.notice = msg(this.activeLocale, 'list.not-sortable', { column: columnLabel(this.activeLocale, column) });
    else if (this.sort === sort) this.direction = this.direction === 'asc' ? 'desc' : 'asc';
    else {
      this.sort = sort;
      this.direction = column === 'added' || column === 'responded' || column === 'first-responded' ? 'desc' : 'asc';
    }
  }

  private toggleRow(index: number, member: CampaignMember, range: boolean): void {
    this.selection.toggle(index, member, range, (i) => this.data.rows?.at(i));
    this.confirmRemove = false;
  }

  private clearSelection(): void {
    this.selection.clear();
    this.confirmRemove = false;
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

  private handleGridFocus(): void {
    if (this.active.row >= (this.data.rows?.length ?? 0)) this.active = { row: -1, col: this.active.col };
  }

  private handleKeydown(e: KeyboardEvent): void {
    if (e.target !== this.viewport) return;
    const page = Math.max(1, Math.floor((this.viewport!.clientHeight - ROW_HEIGHTS[this.activeDensity].row) / this.data.rowHeight) - 1);
    const result = gridKey(e, this.active, { rows: this.data.rows?.length ?? 0, cols: this.cols.length + 1 + (!this.compact && this.rowActions ? 1 : 0), page });
    if (!result) return;
    if ('move' in result) {
      this.active = result.move;
      this.data.reveal(result.move.row);
    } else if (result.action === 'select' || result.action === 'activate') this.activate(result.action === 'select');
    else if (result.action === 'select-all') this.selection.selectAll();
    else return; // Escape: handleEscape, wherever the focus is in the list
    e.preventDefault();
  }

  /** Space (select) or Enter (sort / edit) on the active cell. */
  private activate(space: boolean): void {
    const { row, col } = this.active;
    const cols = this.cols;
    if (row < 0) {
      if (col === 0 || space) this.selection.toggleAll();
      else this.sortBy(cols[col - 1]);
      return;
    }
    const member = this.data.rows?.at(row);
    if (!member) return;
    if (space || col === 0) {
      this.toggleRow(row, member, false);
      return;
    }
    if (col === cols.length + 1 && this.rowActions) {
      this.renderRoot.querySelector<HTMLButtonElement>(`#c-${row}-${col} .row-menu-button`)?.click();
      return;
    }
    if (cols[col - 1] === 'name' && this.recordHref) {
      this.renderRoot.querySelector<HTMLAnchorElement>(`#c-${row}-${col} a.record`)?.click();
      return;
    }
    const field = personFieldOf(cols[col - 1]);
    if (cols[col - 1] === 'status' && !this.readonly) void this.editStatus(member.id);
    else if ((field === 'rating' || field === 'status') && !this.readonly) {
      this.renderRoot.querySelector<HTMLSelectElement>(`#c-${row}-${col} select`)?.focus();
    }
  }

  /**
   * Escape anywhere in the list (dialogs handle their own): closes the column picker, else the
   * remove confirmation, else clears the selection.
   */
  private handleEscape(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || e.defaultPrevented || e.composedPath().some((n) => n instanceof HTMLDialogElement)) return;
    if (this.columnsOpen) {
      this.columnsOpen = false;
      this.renderRoot.querySelector<HTMLButtonElement>('.columns-toggle')?.focus();
    } else if (this.confirmRemove) this.confirmRemove = false;
    else if (!this.selection.empty) this.clearSelection();
    else return;
    e.preventDefault();
  }

  private handleEditorKeydown(e: KeyboardEvent): void {
    if (e.key === 'Escape' || e.key === 'Tab') {
      e.stopPropagation();
      if (e.key === 'Escape') e.preventDefault();
      this.viewport?.focus();
    }
  }

  /** Shows `memberId`'s status as a select, focused, its choices open for a pointer (`pick`); `''`: the buttons again. */
  private async editStatus(memberId: string, pick = false): Promise<void> {
    this.editing = memberId;
    if (!memberId) return;
    await this.updateComplete;
    const select = this.renderRoot.querySelector<HTMLSelectElement>('.body select.cell-edit');
    select?.focus();
    if (!pick) return;
    try {
      select?.showPicker();
    } catch {
      /* no picker without a user gesture (a keyboard user opens it with Alt+Down) */
    }
  }

  private async changeOne(member: CampaignMember, select: HTMLSelectElement): Promise<void> {
    if (!(await this.actions.changeOne(member, select.value))) select.value = member.status;
  }

  private removeSelected(): void {
    this.confirmRemove = false;
    void this.actions.removeSelected();
  }

  private handleAdded(e: Event): void {
    const { members } = (e as CustomEvent<{ members: CampaignMember[] }>).detail;
    this.actions.notice = msg(this.activeLocale, 'list.added', { count: this.formatNumber(members.length) });
    this.renderRoot.querySelector<HTMLDialogElement>('dialog.add')?.close();
  }

  private openAdd(): void {
    void this.addDialog.open((dialog) => dialog.querySelector<CampaignMemberAdd>('campaign-member-add')?.focus());
  }

  private openImport(): void {
    void this.importDialog.open();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'campaign-member-list': CampaignMemberList;
  }
}
