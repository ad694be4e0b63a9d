import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { cssomStyle } from '../../directives/cssom-style.js';
import { deliberateSelect } from '../../controllers/deliberate-select.js';
import type { MemberCounts } from '../../adapters/adapter.js';
import { errorMessage, msg, statusLabel, type Locale } from '../../i18n/localize.js';
import type { Campaign } from '../../model/campaign.js';
import type { RowAction, RowMenu } from './row-actions.js';
import type { CampaignMember, MemberSortField } from '../../model/member.js';
import { cellText, CHECK_REM, columnLabel, columnSort, columnWidth, memberName, personFieldOf, type ColumnMins, type MemberColumn } from './columns.js';
import { openLeadStatuses, type ListedPerson } from '../../domain/people-fields.js';
import { leadRatings } from '../../model/person.js';
import { valueLabel } from '../people-list/people-columns.js';
import type { Cell } from './grid-keyboard.js';
import type { MemberRows } from './member-rows.js';
import type { MemberSelection } from './selection.js';
import type { NameOrder } from '../../i18n/localized-element.js';

/** The campaign and its counts, as the list shows them on top. */
export interface Meta {
  campaign: Campaign;
  counts: MemberCounts;
}

/** What the grid shows and the list's handlers it calls. */
export interface GridView {
  locale: Locale;
  /** The element's `name-order`, when set. */
  nameOrder?: NameOrder;
  m: Meta;
  cols: MemberColumn[];
  rows?: MemberRows;
  range: { first: number; last: number };
  /** Row height in px. */
  rowHeight: number;
  /** The narrow (card) layout: the email under the name. */
  narrow: boolean;
  /** Each column's minimum width (rem) in the list's language. */
  mins: ColumnMins;
  matching?: number;
  active: Cell;
  sort: MemberSortField;
  direction: 'asc' | 'desc';
  readonly: boolean;
  busy: boolean;
  selection: MemberSelection;
  compactRows: number;
  viewAllHref: string;
  /** A "⋯" menu column at the end of each row (the page's `row-actions`, or the list's own). */
  menuColumn: boolean;
  /** The actions of one member's menu (none: no button). */
  menuFor(member: CampaignMember): RowAction[];
  rowMenu: RowMenu;
  /** The `record-href` template: names link to the person's record. */
  recordHref: string;
  /** A name link was followed (the host fires `member-open`; cancelable). */
  open(e: Event, member: CampaignMember, href: string): void;
  format(n: number): string;
  scroll(): void;
  keydown(e: KeyboardEvent): void;
  focus(): void;
  editorKeydown(e: KeyboardEvent): void;
  sortBy(c: MemberColumn): void;
  toggleRow(index: number, member: CampaignMember, range: boolean): void;
  changeStatus(member: CampaignMember, select: HTMLSelectElement): void;
  /** The member whose status is being edited (its cell shows the select), if any. */
  editing: string;
  /** Makes `memberId`'s status cell the select, focused (`pick`: its choices shown, a pointer's click); `''` puts the value back. */
  edit(memberId: string, pick?: boolean): void;
  /** A lead's rating or lead status was chosen in its cell. */
  classify(lead: ListedPerson & { kind: 'lead' }, field: 'rating' | 'status', select: HTMLSelectElement): void;
  clearFilters(): void;
  retry(): void;
  viewAll(e: Event): void;
}

/** Column tracks: every row shares them, so rows are as wide as the grid (or the columns' minimum). */
function gridTemplate(cols: MemberColumn[], narrow: boolean, mins: ColumnMins, actions: boolean): Record<string, string> {
  const menu = actions ? ` ${CHECK_REM}rem` : '';
  if (narrow) return { '--cols': `${CHECK_REM}rem ${cols.map((c) => (c === 'name' ? 'minmax(0, 1.6fr)' : 'minmax(7.5rem, 1fr)')).join(' ')}${menu}`, '--min': '0px' };
  const tracks = [`${CHECK_REM}rem`, ...cols.map((c) => `minmax(${columnWidth(c, mins)[0]}rem, ${columnWidth(c)[1]}fr)`)];
  const min = CHECK_REM * (actions ? 2 : 1) + cols.reduce((n, c) => n + columnWidth(c, mins)[0], 0);
  return { '--cols': tracks.join(' ') + menu, '--min': `${min}rem` };
}

/** The ARIA grid: sticky header, the visible rows (positioned), no-match and row-error states. */
export function renderGrid(v: GridView) {
  const { locale } = v;
  const data = v.rows;
  const range = v.range;
  const cols = v.cols;
  const length = data?.length ?? 0;
  const known = !!data?.complete;
  const first = Math.min(range.first, Math.max(0, length - 1));
  const last = Math.min(range.last, length - 1);
  const rows: number[] = [];
  for (let i = first; i <= last; i++) rows.push(i);
  const allState = v.selection.state;
  const activeId = v.active.row < 0 ? `h-${v.active.col}` : `c-${v.active.row}-${v.active.col}`;
  const noMatch = data && data.complete && length === 0;
  return html`<div class="grid-wrap"><div
    part="grid"
    class="viewport ${known && length > 0 ? 'fits' : ''}"
    role="grid"
    tabindex="0"
    aria-labelledby="title"
    aria-multiselectable="true"
    aria-rowcount=${known ? length + 1 : -1}
    aria-colcount=${cols.length + 1 + (v.menuColumn ? 1 : 0)}
    aria-activedescendant=${activeId}
    aria-busy=${data && !data.has(first, last + 1) ? 'true' : 'false'}
    style=${cssomStyle(gridTemplate(cols, v.narrow, v.mins, v.menuColumn))}
    @scroll=${() => v.scroll()}
    @keydown=${v.keydown}
    @focus=${v.focus}
  >
    <div role="rowgroup" class="header">
      <div role="row" part="header-row" class="row header-row" aria-rowindex="1">
        <div role="columnheader" id="h-0" class="cell check ${v.active.row < 0 && v.active.col === 0 ? 'active' : ''}" aria-colindex="1">
          <input type="checkbox" tabindex="-1" aria-label=${msg(locale, 'list.select-all', { count: v.format(v.matching ?? length) })} .checked=${live(allState === 'true')} .indeterminate=${live(allState === 'mixed')} @click=${() => v.selection.toggleAll()} />
        </div>
        ${cols.map((c, i) => {
          const sort = columnSort(c);
          const sorted = sort === v.sort && (c !== 'first-responded' || !cols.includes('responded'));
          const label = columnLabel(locale, c);
          return html`<div
            role="columnheader"
            id="h-${i + 1}"
            class="cell ${v.active.row < 0 && v.active.col === i + 1 ? 'active' : ''}"
            aria-colindex=${i + 2}
            aria-sort=${sorted ? (v.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
          >
            ${sort
              ? html`<button class="sort" tabindex="-1" @click=${() => v.sortBy(c)}>
                  <span>${label}</span><span class="arrow" aria-hidden="true">${sorted ? (v.direction === 'asc' ? '▲' : '▼') : ''}</span>
                </button>`
              : html`<span class="unsorted" title=${msg(locale, 'list.not-sortable', { column: label })}>${label}</span>`}
          </div>`;
        })}
        ${v.menuColumn
          ? html`<div role="columnheader" id="h-${cols.length + 1}" class="cell ${v.active.row < 0 && v.active.col === cols.length + 1 ? 'active' : ''}" aria-colindex=${cols.length + 2}>
              <span class="visually-hidden">${msg(locale, 'list.actions')}</span>
            </div>`
          : nothing}
      </div>
    </div>
    <div role="rowgroup" class="body" style=${cssomStyle({ height: `${Math.max(length, noMatch ? 0 : 1) * v.rowHeight}px` })}>
      ${rows.map((i) => renderRow(v, i, data!.at(i), cols))}
    </div>
    </div>
    ${noMatch
      ? html`<div class="no-match">
          <p>${msg(locale, 'list.empty-filter')}</p>
          <button class="secondary" @click=${v.clearFilters}>${msg(locale, 'list.clear-filters')}</button>
        </div>`
      : nothing}
    ${data && !known && length > 0 ? html`<div class="more" aria-hidden="true">${msg(locale, 'list.loading-more')}</div>` : nothing}
    ${data?.error
      ? html`<div class="row-error" role="alert">
          ${errorMessage(locale, data.error)}
          <button class="secondary" @click=${() => v.retry()}>${msg(locale, 'action.retry')}</button>
        </div>`
      : nothing}
  </div>`;
}

function renderRow(v: GridView, i: number, member: CampaignMember | undefined, cols: MemberColumn[]) {
  const { locale } = v;
  // Positioned through the CSSOM (cssomStyle), never an inline style attribute: CSP-safe.
  const style = cssomStyle({ transform: `translateY(${i * v.rowHeight}px)` });
  const activeCell = (c: number) => (v.active.row === i && v.active.col === c ? 'active' : '');
  if (!member) {
    return html`<div role="row" class="row placeholder" aria-rowindex=${i + 2} style=${style}>
      <div role="gridcell" id="c-${i}-0" class="cell check ${activeCell(0)}" aria-colindex="1"></div>
      ${cols.map((_, c) => html`<div role="gridcell" id="c-${i}-${c + 1}" class="cell ${activeCell(c + 1)}" aria-colindex=${c + 2}><span class="skeleton"></span></div>`)}
      ${v.menuColumn ? html`<div role="gridcell" id="c-${i}-${cols.length + 1}" class="cell ${activeCell(cols.length + 1)}" aria-colindex=${cols.length + 2}></div>` : nothing}
    </div>`;
  }
  const selected = v.selection.has(member.id);
  const name = memberName(locale, member, v.nameOrder) || member.person.email || msg(locale, 'list.no-name');
  return html`<div role="row" part="row" class="row ${selected ? 'selected' : ''}" aria-rowindex=${i + 2} aria-selected=${selected ? 'true' : 'false'} style=${style}>
    <div role="gridcell" id="c-${i}-0" class="cell check ${activeCell(0)}" aria-colindex="1">
      <input
        type="checkbox"
        tabindex="-1"
        aria-label=${cols.includes('name') ? msg(locale, 'list.select') : msg(locale, 'list.select-row', { name })}
        .checked=${live(selected)}
        @click=${(e: MouseEvent) => v.toggleRow(i, member, e.shiftKey)}
      />
    </div>
    ${cols.map((c, ci) => {
      const id = `c-${i}-${ci + 1}`;
      const cls = `cell ${c} ${activeCell(ci + 1)}`;
      if (c === 'status' && !v.readonly) {
        return html`<div role="gridcell" id=${id} class=${cls} aria-colindex=${ci + 2}>${statusCell(v, member, name)}</div>`;
      }
      const person = v.rows?.person(member);
      const field = personFieldOf(c);
      if ((field === 'rating' || field === 'status') && person?.kind === 'lead' && !v.readonly) {
        return html`<div role="gridcell" id=${id} class=${cls} aria-colindex=${ci + 2}>${leadSelect(v, person, field, name)}</div>`;
      }
      const text = cellText(locale, c, member, v.nameOrder, person);
      if (c === 'name' && v.narrow) {
        // The card layout: the email under the name.
        const email = member.person.email ?? '';
        return html`<div role="rowheader" id=${id} class="${cls} stacked" aria-colindex=${ci + 2} title=${[text, email].filter(Boolean).join('\n')}>
          ${nameText(v, member, text || email)}${text && email ? html`<span class="sub">${email}</span>` : nothing}
        </div>`;
      }
      if (c === 'name') {
        // The row's header: a screen reader names the row by it (said once: the selection box is just "Select").
        return html`<div role="rowheader" id=${id} class=${cls} aria-colindex=${ci + 2} title=${text || nothing}>${nameText(v, member, text || msg(locale, 'list.no-name'))}</div>`;
      }
      // The full text as a tooltip wherever a narrow column cuts it.
      return html`<div role="gridcell" id=${id} class=${cls} aria-colindex=${ci + 2} title=${text || nothing}>
        ${c === 'type' ? html`<span class="badge ${member.leadId ? 'lead' : 'contact'}">${text}</span>` : html`<span class="text">${text}</span>`}
      </div>`;
    })}
    ${v.menuColumn
      ? html`<div role="gridcell" id="c-${i}-${cols.length + 1}" class="cell row-actions ${activeCell(cols.length + 1)}" aria-colindex=${cols.length + 2}>
          ${v.menuFor(member).length ? v.rowMenu.renderButton(locale, member, name) : nothing}
        </div>`
      : nothing}
  </div>`;
}

/** `record-href` filled for a member: `{id}` (the lead's or contact's id), `{type}` (lead, contact), `{memberId}`. */
export function recordHref(template: string, member: CampaignMember): string {
  const values: Record<string, string> = { id: member.leadId ?? member.contactId ?? '', type: member.leadId ? 'lead' : 'contact', memberId: member.id };
  return template.replace(/\{(id|type|memberId)\}/g, (_, k: string) => encodeURIComponent(values[k]));
}

/** A member's name: a link to their record with `record-href` (out of the tab order: the grid moves focus). */
function nameText(v: GridView, member: CampaignMember, text: string, focusable = false) {
  if (!v.recordHref) return html`<span class="text">${text}</span>`;
  const href = recordHref(v.recordHref, member);
  return html`<a class="text record" href=${href} tabindex=${focusable ? nothing : '-1'} @click=${(e: Event) => v.open(e, member, href)}>${text}</a>`;
}

function statusOptions(m: Meta, current: string, locale: Locale) {
  const labels = m.campaign.memberStatuses.map((s) => s.label);
  if (!labels.includes(current)) labels.push(current);
  return labels.map((l) => html`<option value=${l} ?selected=${l === current}>${statusLabel(locale, l)}</option>`);
}

/** Related-list mode: the first rows as a plain table, the total and "View all". */
export function renderCompact(v: GridView, empty: boolean) {
  const { m, locale } = v;
  const data = v.rows;
  const cols = v.cols;
  const shown: CampaignMember[] = [];
  for (let i = 0; data && i < Math.min(v.compactRows, data.length); i++) {
    const member = data.at(i);
    if (member) shown.push(member);
  }
  // A section (titled): its header and footer are the list's, not the page's banner and contentinfo.
  return html`<section part="base" class="base card compact" aria-labelledby="title">
    <header class="head">
      <h2 id="title">${msg(locale, 'list.title')} <span class="total">(${v.format(m.counts.total)})</span></h2>
    </header>
    ${empty
      ? html`<p class="state">${msg(locale, 'list.empty')}</p>`
      : html`<table class="compact-table">
          <thead>
            <tr>
              ${cols.map((c) => html`<th scope="col" title=${columnLabel(locale, c)}>${columnLabel(locale, c)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${shown.map(
              (member) =>
                html`<tr part="row">
                  ${cols.map((c) => {
                    const text = cellText(locale, c, member, v.nameOrder, v.rows?.person(member));
                    if (c === 'name') return html`<th scope="row" class="name" title=${text}>${nameText(v, member, text || member.person.email || msg(locale, 'list.no-name'), true)}</th>`;
                    return html`<td class=${c} title=${text}>${text}</td>`;
                  })}
                </tr>`,
            )}
          </tbody>
        </table>`}
    ${empty
      ? nothing
      : html`<footer class="compact-foot">
          ${v.viewAllHref
            ? html`<a class="view-all" href=${v.viewAllHref} @click=${v.viewAll}>${msg(locale, 'list.view-all')}</a>`
            : html`<button class="quiet view-all" @click=${v.viewAll}>${msg(locale, 'list.view-all')}</button>`}
        </footer>`}
  </section>`;
}

/** The counts per status above the list, each a toggle that filters by it ("All" clears). */
export function renderStatusChips(locale: Locale, m: Meta, current: string, choose: (status: string) => void, format: (n: number) => string) {
  const chip = (status: string, label: string, n: number) =>
    html`<button class="chip" aria-pressed=${current === status ? 'true' : 'false'} @click=${() => choose(status)}>
      <span>${label}</span><span class="n">${format(n)}</span>
    </button>`;
  return html`<div part="counts" class="chips" role="group" aria-label=${msg(locale, 'list.by-status')}>
    ${chip('', msg(locale, 'list.all'), m.counts.total)}
    ${m.campaign.memberStatuses.map((s) => chip(s.label, statusLabel(locale, s.label), m.counts.byStatus[s.label] ?? 0))}
  </div>`;
}

/** The bulk bar's own state and actions. */
export interface BulkBar {
  confirming: boolean;
  status: string | undefined;
  chooseStatus(status: string): void;
  apply(status: string): void;
  confirm(on: boolean): void;
  remove(): void;
  clear(): void;
  /** "New campaign from selection". */
  quickCampaign(): void;
}

/** The bar shown while members are selected: how many, a status to apply, remove (confirmed), clear. */
export function renderBulkBar(v: GridView, bar: BulkBar) {
  const { locale, m } = v;
  if (v.selection.empty) return nothing;
  const count = v.selection.count(v.matching ?? (v.rows?.complete ? v.rows.length : undefined));
  const countText = count === undefined ? `${v.format(v.rows?.length ?? 0)}+` : v.format(count);
  const status = bar.status ?? '';
  return html`<div part="bulk-bar" class="bulk" role="region" aria-label=${msg(locale, 'list.selected', { count: countText })}>
    <strong>${msg(locale, 'list.selected', { count: countText })}</strong>
    ${v.readonly
      ? nothing
      : html`<label class="inline">
            <span>${msg(locale, 'list.set-status')}</span>
            <select .value=${live(status)} @change=${(e: Event) => bar.chooseStatus((e.target as HTMLSelectElement).value)}>
              ${m.campaign.memberStatuses.map((s) => html`<option value=${s.label} ?selected=${s.label === status}>${statusLabel(locale, s.label)}</option>`)}
            </select>
          </label>
          <button ?disabled=${v.busy} @click=${() => bar.apply(status)}>${msg(locale, 'list.apply')}</button>
          <button class="secondary danger" ?disabled=${v.busy} @click=${() => bar.confirm(true)}>${msg(locale, 'list.remove')}</button>
          <button class="secondary quick" ?disabled=${v.busy} @click=${() => bar.quickCampaign()}>${msg(locale, 'quick.title')}</button>`}
    <button class="secondary" @click=${() => bar.clear()}>${msg(locale, 'list.clear-selection')}</button>
    ${bar.confirming
      ? html`<div class="confirm" role="alertdialog" aria-labelledby="confirm-text" aria-modal="false">
          <p id="confirm-text">${msg(locale, 'list.remove-confirm', { count: countText })}</p>
          <button class="danger" @click=${() => bar.remove()}>${msg(locale, 'list.remove')}</button>
          <button class="secondary" @click=${() => bar.confirm(false)}>${msg(locale, 'list.cancel')}</button>
        </div>`
      : nothing}
  </div>`;
}

/** Status edits commit on purpose (controllers/deliberate-select): one write per committed change, never one per key. */
/**
 * A lead's rating or lead status, chosen in its cell like the member status: the arrows only move
 * through the choices, Enter (or leaving the cell) saves at the version read, Escape puts it back.
 */
function leadSelect(v: GridView, lead: ListedPerson & { kind: 'lead' }, field: 'rating' | 'status', name: string) {
  const { locale } = v;
  const current = lead[field] ?? '';
  const choices: readonly string[] = field === 'rating' ? leadRatings : openLeadStatuses;
  const edit = deliberateSelect(
    () => current,
    (select) => v.classify(lead, field, select),
  );
  return html`<select
    tabindex="-1"
    aria-label=${msg(locale, field === 'rating' ? 'people.rating-of' : 'people.status-of', { name })}
    .value=${live(current)}
    ?disabled=${!!v.busy}
    @change=${edit.change}
    @keydown=${(e: KeyboardEvent) => (edit.keydown(e), v.editorKeydown(e))}
    @blur=${edit.blur}
  >
    ${current ? nothing : html`<option value="" selected disabled>${msg(locale, 'leads.unrated')}</option>`}
    ${choices.map((c) => html`<option value=${c} ?selected=${c === current}>${valueLabel(locale, field, c)}</option>`)}
  </select>`;
}

/**
 * A member's status in its cell: a quiet button showing it (cheap to render for every row) that
 * becomes the select when activated — a click opens its choices, Enter on the grid cell focuses
 * it. A choice commits on purpose (controllers/deliberate-select: one write per committed
 * change); leaving it or Escape puts the button back.
 */
function statusCell(v: GridView, member: CampaignMember, name: string) {
  const { locale, m } = v;
  const label = statusLabel(locale, member.status);
  const title = member.optIn?.state === 'pending' ? `${label} · ${msg(locale, 'list.pending-confirmation')}` : label;
  if (v.editing !== member.id) {
    return html`<button class="cell-edit" tabindex="-1" title=${title} aria-label=${`${msg(locale, 'list.status-of', { name })}: ${label}`} ?disabled=${v.busy} @click=${() => v.edit(member.id, true)}>
      ${label}
    </button>`;
  }
  const edit = deliberateSelect(
    () => member.status,
    (select) => v.changeStatus(member, select),
  );
  return html`<select
    class="cell-edit"
    tabindex="-1"
    title=${title}
    aria-label=${msg(locale, 'list.status-of', { name })}
    .value=${live(member.status)}
    ?disabled=${v.busy}
    @change=${edit.change}
    @keydown=${(e: KeyboardEvent) => {
      edit.keydown(e);
      if (e.key === 'Escape') v.edit('');
      v.editorKeydown(e);
    }}
    @blur=${(e: FocusEvent) => {
      edit.blur(e);
      v.edit('');
    }}
  >
    ${statusOptions(m, member.status, locale)}
  </select>`;
}
