import { addComponentStrings } from '../../i18n/english-components.js';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { AdapterController } from '../../controllers/adapter-controller.js';
import { QueryController } from '../../controllers/query-controller.js';
import { LazyDialog } from '../../controllers/lazy-dialog.js';
import { peopleSortFields, personField, type PeopleFilter, type PeopleSortField } from '../../domain/people-fields.js';
import { errorMessage, msg, type Locale, type MessageKey } from '../../i18n/localize.js';
import { LocalizedElement } from '../../i18n/localized-element.js';
import type { Campaign } from '../../model/campaign.js';
import type { Lead } from '../../model/person.js';
import type { PeoplePage, PeopleQuery, PeopleView, PersonListItem } from '../../model/people.js';
import { renderEmpty, renderError, renderLoading } from '../../styles/states.js';
import { addSelection, classifyLeads, exportPeople, renderBulk, renderInlineEdit, type BulkHost, type Classify, type InlineEditHost } from './people-bulk.js';
import { openView, renderViewPicker, SavedViews, viewToOpen, type ListState } from './people-views.js';
import { emptyDraft, renderFilterBuilder, type FilterDraft } from './filter-builder.js';
import { cellText, describeFilter, fieldLabel, listed, parseFilterAttribute, parsePeopleColumns, pickableFields, renderChips } from './people-columns.js';
import { renderColumnPicker } from '../campaign-member-list/column-picker.js';
import { measureResizersAfterPaint, renderColumns, renderResizer, setWidth, tableWidth } from './column-widths.js';
import { cssomStyle } from '../../directives/cssom-style.js';
import { LeadsClassifiedEvent, PeopleAddedEvent, PersonOpenEvent } from './people-list.events.js';
import { QuickCampaign } from '../quick-campaign.js';
import { QuickCampaignCreatedEvent } from '../campaign-member-list/campaign-member-list.events.js';
import { styles } from './people-list.styles.js';

addComponentStrings();

/**
 * Every lead and contact of the workspace — not only one campaign's members — as a list a
 * marketer works from: any field of the catalogue as a column (standard fields and the page's
 * custom fields), filters on any of them (one of, contains, from–to, empty), search, sorting by
 * the fields an index keeps (name, created, rating: the others say they cannot be sorted rather
 * than read everything), and pages of 50 from the index, so 100,000 people list as fast as 100.
 * A lead's rating and lead status are edited in place (version-checked); select people to set a
 * rating, lead status or source on the selected leads at once, add them to a campaign, or export
 * them as CSV. Follows every change on the page and in other tabs.
 *
 * @summary The workspace's leads and contacts: any field as a column and filter, bulk classification.
 * @tagname people-list
 *
 * @csspart base - The card.
 * @csspart toolbar - Search, the type choice and the Filters and Columns buttons.
 * @csspart table - The people table.
 * @csspart pager - The page's range and the Previous / Next buttons.
 *
 * @cssprop --lead-kit-color-scheme - Colour scheme: `light dark` (default: the visitor's OS setting), `light` or `dark`.
 * @cssprop --lead-kit-font-family - Font (default: the system UI font).
 * @cssprop --lead-kit-color-text - Text color (default #1f2430; dark #e6e9f0).
 * @cssprop --lead-kit-color-muted - Secondary text (default #5b6272; dark #a9b1c2).
 * @cssprop --lead-kit-color-surface - Background (default #ffffff; dark #1b1f29).
 * @cssprop --lead-kit-color-border - Borders and lines (default #d5d9e2; dark #343b4c).
 * @cssprop --lead-kit-color-accent - Primary buttons, selection and focus (default #2557d6; dark #7aa2ff).
 * @cssprop --lead-kit-color-on-accent - Text on the accent colour (default #ffffff; dark #0b1020).
 * @cssprop --lead-kit-color-danger - Errors (default #b3261e; dark #ff8a80).
 * @cssprop --lead-kit-color-on-danger - Text on the danger colour (default #ffffff; dark #2a0906).
 * @cssprop --lead-kit-color-success - Success (default #1b7f3b; dark #6fd08c).
 * @cssprop --lead-kit-color-warning - Warnings (default #8a5a00; dark #f0b45a).
 * @cssprop --lead-kit-color-backdrop - Behind dialogs (default 45% black; dark 65%).
 * @cssprop --lead-kit-radius - Corner radius (default 8px).
 * @cssprop --lead-kit-space - Base spacing: every gap and padding is a step of it (default 1rem).
 * @cssprop --lead-kit-shadow-raised - Elevation of what floats over the page: dialogs, menus.
 * @cssprop --lead-kit-density - `comfortable` (default: 44 px rows and controls) or `compact` (32 px, 13 px text, tighter spacing); read when the element is connected. The `density` attribute overrides it.
 * @cssprop --lead-kit-card-background - The card the element sits in: its background (default: the surface colour).
 * @cssprop --lead-kit-card-border - The card's border (default `1px solid` the border colour; `none` for none).
 * @cssprop --lead-kit-card-radius - The card's corner radius (default: `--lead-kit-radius`).
 * @cssprop --lead-kit-card-padding - The card's padding (default: `--lead-kit-space`).
 * @cssprop --lead-kit-card-shadow - The card's shadow (default none: cards are flat).
 *
 * @fires {PersonOpenEvent} person-open - A person's link was followed (`record-href`); cancelable: the link is then not followed. `detail: { person, href }`.
 * @fires {LeadsClassifiedEvent} leads-classified - A rating, lead status or source was set (inline or on a selection). `detail: { field, value, leads, conflicts }`.
 * @fires {PeopleAddedEvent} people-added - Selected people were added to a campaign. `detail: { campaignId, count }`.
 * @fires {QuickCampaignCreatedEvent} quick-campaign-created - "New campaign from selection" created a campaign with the selected people. `detail: { campaign, membersCreated }`.
 */
export class PeopleList extends LocalizedElement {
  static override styles = styles;

  /** Columns, comma- or space-separated: `name type company email phone title country industry website employees status rating source created`, and `custom.<name>`. */
  @property() columns = '';

  /**
   * Conditions the list opens with, `;`-separated: `field=a,b` (one of), `field~text` (contains),
   * `field=from..to` (dates or numbers, either end open), `field:empty`, `field:present` — e.g.
   * `rating=hot; source=event; created=2026-01-01..`. Ones naming no known field are left out, and the list says so.
   */
  @property() filter = '';

  /** Sort field: `name` (default), `created` or `rating` (the fields an index keeps). */
  @property({ reflect: true }) sort: PeopleSortField = 'name';

  /** Sort direction: `asc` (default) or `desc`. */
  @property({ reflect: true }) direction: 'asc' | 'desc' = 'asc';

  /** Only `lead`s or only `contact`s; empty (default): both. */
  @property({ reflect: true }) type: '' | 'lead' | 'contact' = '';

  /** People per page (default 50, at most 500). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  /** Custom fields the page's people carry (comma-separated API names): offered as columns and filters. */
  @property({ attribute: 'custom-fields' }) customFields = '';

  /** Links each name to the person's record: a URL template with `{type}` (`lead`, `contact`) and `{id}`. */
  @property({ attribute: 'record-href' }) recordHref = '';

  /** Shows the people without editing or bulk actions. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /**
   * A saved view to open, by id or name (shared by the workspace: `savePeopleView`). Without it the
   * workspace's default view opens, if there is one; otherwise the list as its attributes set it.
   */
  @property() view = '';

  /** @internal */ @state() private search = '';
  /** @internal */ @state() private filters: PeopleFilter[] = [];
  /** @internal */ @state() private dropped: string[] = [];
  /** @internal */ @state() private shown: string[] = [];
  /** Column widths the user set (rem), by field; saved with a view. */
  /** @internal */ @state() private widths: Record<string, number> = {};
  /** @internal */ @state() private cursors: (string | undefined)[] = [undefined];
  /** @internal */ @state() private panel: '' | 'filters' | 'columns' | 'views' = '';
  /** @internal */ @state() private draft: FilterDraft = emptyDraft();
  /** @internal */ @state() private selected = new Map<string, PersonListItem>();
  /** @internal */ @state() private campaigns: Campaign[] = [];
  /** @internal */ @state() private target = '';
  /** @internal */ @state() private busy = false;
  /** @internal */ @state() private notice = '';
  /** @internal */ @state() private problem = '';
  /** The lead field being edited in place (`<id>:<field>`), if any. */
  /** @internal */ @state() private editing = '';
  /** The saved views were read and the one to open applied: the list may read people. */
  /** @internal */ @state() private viewsReady = false;
  private searchTimer?: ReturnType<typeof setTimeout>;

  private adapters = new AdapterController(this);
  private importDialog = new LazyDialog(this, 'dialog.import');
  private quick = new QuickCampaign(
    this,
    () => this.adapters.adapter,
    (result) => {
      this.notice = msg(this.activeLocale, 'quick.created', { name: result.campaign.name, count: this.formatNumber(result.membersCreated) });
      this.dispatchEvent(new QuickCampaignCreatedEvent(result));
      this.selected = new Map();
    },
  );
  private views: SavedViews = new SavedViews(this, {
    adapter: () => this.adapters.adapter,
    state: () => this.listState,
    setBusy: (busy) => (this.busy = busy),
    say: (notice, problem = '') => ([this.notice, this.problem] = [notice, problem]),
    refresh: () => this.viewsQuery.refresh(),
    closed: () => this.pickView(undefined),
  });
  private viewsQuery = new QueryController(this, this.adapters, {
    args: () => [] as const,
    run: (adapter, _args, signal) => {
      // The first page as the attributes set it is read meanwhile: most lists open no saved view.
      if (!this.viewsReady) {
        const query = this.pageQuery(this.queryArgs());
        this.prefetched = { key: JSON.stringify(query), page: adapter.pagePeople(query) };
        this.prefetched.page.catch(() => {});
      }
      // A backend without saved views (an older server) lists the people all the same.
      return adapter.listPeopleViews({ signal }).catch((error: unknown) => (signal.aborted ? Promise.reject(error) : ([] as PeopleView[])));
    },
    isEmpty: () => false,
    affects: (e) => e.stores.includes('views'),
  });
  /** The first page read while the saved views were (see above), for the query that asks it. */
  private prefetched?: { key: string; page: Promise<PeoplePage> };
  private query = new QueryController(this, this.adapters, {
    args: () => this.queryArgs(),
    run: (adapter, args, signal) => {
      const query = this.pageQuery(args);
      const early = this.prefetched;
      this.prefetched = undefined;
      return early?.key === JSON.stringify(query) ? early.page : adapter.pagePeople(query, { signal });
    },
    enabled: (args) => args[7],
    isEmpty: (p) => !p || (p.items.length === 0 && this.cursors.length === 1),
    affects: (e) => e.stores.includes('leads') || e.stores.includes('contacts'),
  });

  private queryArgs() {
    return [this.type, this.search, JSON.stringify(this.filters), this.sort, this.direction, this.limit, this.cursors.at(-1), this.viewsReady] as const;
  }

  private pageQuery([type, search, filters, sort, direction, limit, cursor]: ReturnType<PeopleList['queryArgs']>): PeopleQuery {
    return { ...(type ? { type } : {}), ...(search ? { search } : {}), filters: JSON.parse(filters) as PeopleFilter[], sort, direction, limit, ...(cursor ? { cursor } : {}) };
  }

  private get limit(): number {
    return Math.min(500, Math.max(1, Math.floor(Number.isFinite(this.pageSize) ? this.pageSize : 50)));
  }

  private get customFieldList(): string[] {
    return this.customFields.split(/[\s,]+/).filter(Boolean);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    const views = this.viewsQuery.value;
    if (views && (!this.viewsReady || changed.has('view'))) {
      this.viewsReady = true;
      const open = viewToOpen(views, this.view);
      if (open) return this.pickView(open);
      if (this.view.trim()) this.problem = msg(this.activeLocale, 'people.no-view', { name: this.view.trim() });
    } else if (views && this.views.current) this.views.current = views.find((v) => v.id === this.views.current!.id) ?? this.views.current;
    if (changed.has('columns')) this.shown = parsePeopleColumns(this.columns);
    if (changed.has('filter')) ({ filters: this.filters, dropped: this.dropped } = parseFilterAttribute(this.filter));
    if (['filter', 'sort', 'direction', 'type', 'pageSize'].some((k) => changed.has(k))) this.cursors = [undefined];
    if (!(peopleSortFields as readonly string[]).includes(this.sort)) this.sort = 'name';
  }

  protected override updated(): void {
    // A resize handle says its column's width (a focusable separator has a value): the width the
    // user set, or the one the column took (read once the frame is painted).
    measureResizersAfterPaint(this.renderRoot as ShadowRoot, () => this.widths);
  }

  override render() {
    const locale = this.activeLocale;
    const page = this.query.value;
    return html`<section part="base" class="card" aria-labelledby="title">
      <header class="head">
        <h2 id="title">${msg(locale, 'people.title')}${page?.total === undefined ? nothing : html` <span class="count">(${this.formatNumber(page.total)})</span>`}</h2>
      </header>
      ${this.renderToolbar(locale)} ${this.panel === 'filters' ? html`<div id="panel" class="panel">${renderFilterBuilder(locale, this.fields, this.draft, (d) => (this.draft = d), (f) => this.addFilter(f))}</div>` : nothing}
      ${this.panel === 'columns' ? renderColumnPicker(locale, { id: 'panel', shown: this.shown, all: this.fields, label: (c) => fieldLabel(locale, c), change: (next) => (this.shown = next) }) : nothing}
      ${this.panel === 'views' ? this.views.render(locale, this.viewsQuery.value ?? [], this.busy, this.readonly) : nothing} ${renderChips(locale, this.filters, this.dropped, (next) => this.setFilters(next))} ${this.selected.size && !this.readonly ? renderBulk(this.bulk) : nothing}
      ${this.query.render({
        loading: () => renderLoading(locale),
        empty: () => renderEmpty(msg(locale, this.filters.length || this.search || this.type ? 'people.no-match' : 'people.empty')),
        error: (e) => renderError(locale, e, () => void this.query.refresh()),
        ready: (p: PeoplePage) => this.renderTable(p, locale),
      })}
      ${this.readonly ? nothing : html`${this.quick.render(locale, (n) => this.formatNumber(n))}${this.renderImport(locale)}`}
      <div class="announce" role="status" aria-live="polite">${this.notice}</div>
      ${this.problem ? html`<div class="problem" role="alert">${this.problem}</div>` : nothing}
    </section>`;
  }

  private get fields(): string[] {
    return pickableFields(this.customFieldList);
  }

  private renderToolbar(locale: Locale) {
    const toggle = (which: 'filters' | 'columns' | 'views') => () => (this.panel = this.panel === which ? '' : which);
    const views = this.viewsQuery.value ?? [];
    return html`<div class="toolbar" part="toolbar">
      ${renderViewPicker(locale, views, this.views.current, (id) => this.pickView(views.find((v) => v.id === id)))}
      <input
        type="search"
        class="search"
        aria-label=${msg(locale, 'people.search')}
        placeholder=${msg(locale, 'people.search')}
        .value=${live(this.search)}
        @input=${(e: Event) => this.searchFor((e.target as HTMLInputElement).value)}
      />
      <select aria-label=${msg(locale, 'people.show')} @change=${(e: Event) => (this.type = (e.target as HTMLSelectElement).value as PeopleList['type'])}>
        ${(['', 'lead', 'contact'] as const).map((t) => html`<option value=${t} ?selected=${this.type === t}>${msg(locale, t ? (`people.only-${t}` as MessageKey) : 'people.everyone')}</option>`)}
      </select>
      <button class="secondary" aria-expanded=${this.panel === 'filters'} aria-controls="panel" @click=${toggle('filters')}>
        ${msg(locale, 'people.filters')}${this.filters.length ? ` (${this.formatNumber(this.filters.length)})` : ''}
      </button>
      <button class="secondary" aria-expanded=${this.panel === 'columns'} aria-controls="panel" @click=${toggle('columns')}>${msg(locale, 'list.columns')}</button>
      ${this.readonly
        ? nothing
        : html`<button class="secondary" aria-expanded=${this.panel === 'views'} aria-controls="panel" @click=${toggle('views')}>${msg(locale, 'people.views')}</button>
            <button class="secondary" @click=${() => void this.importDialog.open()}>${msg(locale, 'people.import')}</button>`}
    </div>`;
  }

  /** "Import CSV": `<campaign-member-import workspace>` in a dialog (made when first opened) — people matched or created, no campaign joined. */
  private renderImport(locale: Locale) {
    return html`<dialog class="import" aria-labelledby="import-title">
      <div class="dialog-head">
        <h3 id="import-title">${msg(locale, 'people.import')}</h3>
        <button class="secondary" @click=${(e: Event) => (e.target as HTMLElement).closest('dialog')?.close()}>${msg(locale, 'list.close')}</button>
      </div>
      ${this.importDialog.content(() => html`<campaign-member-import frameless workspace locale=${this.locale || nothing}></campaign-member-import>`)}
    </dialog>`;
  }

  private renderTable(p: PeoplePage, locale: Locale) {
    const labels = Object.fromEntries(this.shown.map((c) => [c, fieldLabel(locale, c)]));
    const allOn = p.items.length > 0 && p.items.every((i) => this.selected.has(i.person.id));
    const first = (this.cursors.length - 1) * this.limit;
    const range =
      p.total === undefined
        ? msg(locale, 'people.range', { from: this.formatNumber(p.items.length ? first + 1 : 0), to: this.formatNumber(first + p.items.length) })
        : msg(locale, 'people.range-of', { from: this.formatNumber(p.items.length ? first + 1 : 0), to: this.formatNumber(first + p.items.length), total: this.formatNumber(p.total) });
    return html`<div class="table-wrap">
        <table part="table" aria-labelledby="title" class=${Object.keys(this.widths).length ? 'sized' : ''} style=${cssomStyle(tableWidth(this.shown, this.widths, !this.readonly))}>
          ${renderColumns(this.shown, this.widths, !this.readonly)}
          <thead>
            <tr>
              ${this.readonly ? nothing : html`<th scope="col" class="check"><input type="checkbox" aria-label=${msg(locale, 'people.select-page')} .checked=${live(allOn)} @change=${() => this.selectPage(p.items, !allOn)} /></th>`}
              ${this.shown.map((c) => this.renderHeader(c, locale))}
            </tr>
          </thead>
          <tbody>
            ${p.items.map((item) => this.renderRow(item, locale, labels))}
          </tbody>
        </table>
      </div>
      <nav class="pager" part="pager" aria-label=${msg(locale, 'people.pages')}>
        <span>${range}</span>
        <button class="secondary" ?disabled=${this.cursors.length === 1} @click=${() => (this.cursors = this.cursors.slice(0, -1))}>${msg(locale, 'people.previous')}</button>
        <button class="secondary" ?disabled=${!p.nextCursor} @click=${() => (this.cursors = [...this.cursors, p.nextCursor])}>${msg(locale, 'people.next')}</button>
      </nav>`;
  }

  private renderHeader(c: string, locale: Locale) {
    const label = fieldLabel(locale, c);
    const resize = renderResizer(locale, c, label, this.widths[c], (width) => (this.widths = setWidth(this.widths, c, width)));
    if (!personField(c)?.sortable) return html`<th scope="col" title=${msg(locale, 'people.not-sortable', { field: label })}>${label}${resize}</th>`;
    const on = this.sort === c;
    const sort = on ? (this.direction === 'asc' ? 'ascending' : 'descending') : 'none';
    return html`<th scope="col" aria-sort=${sort}>
      <button class="sort" @click=${() => this.sortBy(c as PeopleSortField)}>${label}<span aria-hidden="true">${on ? (this.direction === 'asc' ? ' ↑' : ' ↓') : ''}</span></button>${resize}
    </th>`;
  }

  private renderRow(item: PersonListItem, locale: Locale, labels: Record<string, string>) {
    const { person } = item;
    const fields = listed(item);
    const name = cellText(locale, 'name', item, fields) || person.email || msg(locale, 'people.no-name');
    const href = this.recordHref.replace(/\{type\}/g, item.type).replace(/\{id\}/g, encodeURIComponent(person.id));
    const cell = (c: string) => {
      if (c === 'name') return html`<th scope="row">${this.recordHref ? html`<a href=${href} @click=${(e: Event) => this.open(e, item, href)}>${name}</a>` : name}</th>`;
      if ((c === 'rating' || c === 'status') && item.type === 'lead' && !this.readonly) return html`<td data-label=${labels[c]}>${renderInlineEdit(this.inline, item.person as Lead, c, locale, name)}</td>`;
      return html`<td data-label=${labels[c]}>${cellText(locale, c, item, fields)}</td>`;
    };
    return html`<tr class=${item.type}>
      ${this.readonly
        ? nothing
        : html`<td class="check">
            <input type="checkbox" aria-label=${msg(locale, 'people.select', { name })} .checked=${live(this.selected.has(person.id))} @change=${() => this.selectPage([item], !this.selected.has(person.id))} />
          </td>`}
      ${this.shown.map(cell)}
    </tr>`;
  }

  private searchFor(text: string): void {
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => {
      this.search = text.trim();
      this.cursors = [undefined];
    }, 250);
  }

  private setFilters(filters: PeopleFilter[]): void {
    this.filters = filters;
    this.dropped = [];
    this.cursors = [undefined];
  }

  private addFilter(f: PeopleFilter): void {
    this.setFilters([...this.filters, f]);
    this.draft = emptyDraft(this.draft.field);
    this.notice = msg(this.activeLocale, 'people.filter-added', { filter: describeFilter(this.activeLocale, f) });
  }

  private sortBy(field: PeopleSortField): void {
    this.direction = this.sort === field && this.direction === 'asc' ? 'desc' : 'asc';
    this.sort = field;
  }

  private selectPage(items: PersonListItem[], on: boolean): void {
    const next = new Map(this.selected);
    for (const i of items) {
      if (on) next.set(i.person.id, i);
      else next.delete(i.person.id);
    }
    this.selected = next;
  }

  private async loadCampaigns(): Promise<void> {
    if (this.campaigns.length) return;
    try {
      this.campaigns = (await this.adapters.adapter.listCampaigns()).sort((a, b) => a.name.localeCompare(b.name));
    } catch (error) {
      this.problem = msg(this.activeLocale, 'list.failed', { reason: errorMessage(this.activeLocale, error) });
    }
  }

  /** The list as the bulk bar and the inline edits see it. */
  private get bulk(): BulkHost {
    return {
      adapter: this.adapters.adapter,
      locale: this.activeLocale,
      selected: this.selected,
      campaigns: this.campaigns,
      target: this.target,
      busy: this.busy,
      format: (n) => this.formatNumber(n),
      say: (notice, problem = '') => ([this.notice, this.problem] = [notice, problem]),
      setBusy: (busy) => (this.busy = busy),
      loadCampaigns: () => void this.loadCampaigns(),
      pickTarget: (id) => (this.target = id),
      clearSelection: () => (this.selected = new Map()),
      classify: (leads, field, value) => void this.classify(leads, field, value),
      addToCampaign: () => void this.addToCampaign(),
      newCampaign: () => void this.quick.open(this.selected.size, async () => [...this.selected.values()].map((p) => ({ type: p.type, id: p.person.id }))),
      exportSelected: () => {
        exportPeople(this.activeLocale, this.shown, [...this.selected.values()]);
        this.notice = msg(this.activeLocale, 'people.exported', { count: this.formatNumber(this.selected.size) });
      },
    };
  }

  /** Sets one field on leads (inline or a selection); true when every one was saved. */
  private async classify(leads: Lead[], field: Classify, value: string): Promise<boolean> {
    const done = await classifyLeads(this.bulk, leads, field, value);
    this.selected = new Map(this.selected);
    if (done) this.dispatchEvent(new LeadsClassifiedEvent({ field, value, leads: done.saved, conflicts: done.conflicts }));
    void this.query.refresh();
    return !!done && done.conflicts === 0;
  }

  private async addToCampaign(): Promise<void> {
    const count = await addSelection(this.bulk);
    if (count !== undefined) this.dispatchEvent(new PeopleAddedEvent({ campaignId: this.target, count }));
  }

  /** What the list shows, as a view keeps it. */
  /** The list as its in-place edits see it. */
  private get inline(): InlineEditHost {
    return {
      editing: this.editing,
      busy: this.busy,
      edit: async (key) => {
        this.editing = key;
        await this.updateComplete;
        return this.renderRoot.querySelector<HTMLSelectElement>('select.cell-edit');
      },
      classify: (leads, field, value) => this.classify(leads, field, value),
    };
  }

  private get listState(): ListState {
    const widths = Object.fromEntries(Object.entries(this.widths).filter(([c]) => this.shown.includes(c)));
    return { columns: this.shown, sort: this.sort, direction: this.direction, filters: this.filters, search: this.search, type: this.type, widths };
  }

  /** Opens a saved view (or, with none, the list as its attributes set it). */
  private pickView(view: PeopleView | undefined): void {
    this.views.opened(view);
    if (!view) {
      this.shown = parsePeopleColumns(this.columns);
      ({ filters: this.filters, dropped: this.dropped } = parseFilterAttribute(this.filter));
      this.search = '';
      this.widths = {};
      return;
    }
    const { state, dropped } = openView(view, this.customFieldList);
    Object.assign(this, { shown: state.columns, sort: state.sort, direction: state.direction, filters: state.filters, search: state.search, type: state.type, widths: state.widths });
    this.dropped = dropped.map((f) => fieldLabel(this.activeLocale, f));
    this.cursors = [undefined];
  }

  private open(e: Event, person: PersonListItem, href: string): void {
    const event = new PersonOpenEvent({ person, href });
    this.dispatchEvent(event);
    if (event.defaultPrevented) e.preventDefault();
  }
}

export { LeadsClassifiedEvent, PeopleAddedEvent, PersonOpenEvent };

declare global {
  interface HTMLElementTagNameMap {
    'people-list': PeopleList;
  }
}
