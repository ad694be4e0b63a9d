import { addComponentStrings } from '../../i18n/english-components.js';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { cssomStyle } from '../../directives/cssom-style.js';
import type { CampaignResultsData, DataAdapter } from '../../adapters/adapter.js';
import { ValidationError } from '../../adapters/errors.js';
import { AdapterController } from '../../controllers/adapter-controller.js';
import { QueryController } from '../../controllers/query-controller.js';
import { campaignFigures, subtreeIds, type CampaignFigures } from '../../domain/metrics.js';
import { errorMessage, fieldMessage, formatDate, inputNumber, msg, statusLabel, type Locale, type MessageKey, numberFormat } from '../../i18n/localize.js';
import { typedNumber } from '../../model/common.js';
import { LocalizedElement } from '../../i18n/localized-element.js';
import { renderEmpty, renderError, renderLoading } from '../../styles/states.js';
import type { Campaign } from '../../model/campaign.js';
import { styles } from './campaign-summary.styles.js';
import { renderFunnel, renderFunnelCompare } from './summary-funnel.js';
import { renderTrend, type TrendSeries } from './summary-trend.js';

import { CampaignOpenEvent } from '../campaign-open-event.js';

export { CampaignOpenEvent };

addComponentStrings();

type Format = 'int' | 'money' | 'percent' | 'ratio';
type FigureKey = Exclude<keyof CampaignFigures, 'campaignIds' | 'byStatus'>;

interface FigureDef {
  key: FigureKey;
  label: MessageKey;
  format: Format;
  caption?: MessageKey;
}

/** The figures shown, in order; `ratio` values are fractions shown as percentages. */
export const FIGURES: FigureDef[] = [
  { key: 'members', label: 'summary.members', format: 'int', caption: 'cap.members' },
  { key: 'leads', label: 'summary.leads', format: 'int', caption: 'cap.leads' },
  { key: 'convertedLeads', label: 'summary.converted', format: 'int' },
  { key: 'contacts', label: 'summary.contacts', format: 'int' },
  { key: 'responses', label: 'summary.responses', format: 'int' },
  { key: 'responseRate', label: 'summary.response-rate', format: 'ratio', caption: 'cap.response-rate' },
  { key: 'opportunities', label: 'summary.opportunities', format: 'int' },
  { key: 'wonOpportunities', label: 'summary.won', format: 'int' },
  { key: 'pipelineAmount', label: 'summary.pipeline', format: 'money', caption: 'cap.pipeline' },
  { key: 'wonAmount', label: 'summary.won-amount', format: 'money', caption: 'cap.won-amount' },
  { key: 'budgetedCost', label: 'summary.budgeted', format: 'money' },
  { key: 'actualCost', label: 'summary.actual', format: 'money' },
  { key: 'costPerLead', label: 'summary.cpl', format: 'money', caption: 'cap.cpl' },
  { key: 'costPerResponse', label: 'summary.cpr', format: 'money', caption: 'cap.cpr' },
  { key: 'costPerOpportunity', label: 'summary.cpo', format: 'money', caption: 'cap.cpo' },
  { key: 'costPerWon', label: 'summary.cpw', format: 'money', caption: 'cap.cpw' },
  { key: 'roi', label: 'summary.roi', format: 'ratio', caption: 'cap.roi' },
  { key: 'expectedRevenue', label: 'summary.expected-revenue', format: 'money', caption: 'cap.expected' },
  { key: 'expectedResponse', label: 'summary.expected-response', format: 'percent', caption: 'cap.expected' },
];

/** A figure's definition by its key. */
const figureDef = (key: FigureKey): FigureDef => FIGURES.find((d) => d.key === key) ?? FIGURES[0];

/** Responses by day of campaigns taken together (a parent and its subtree). */
function sumByDay(data: readonly { responsesByDay: Record<string, number> }[]): Record<string, number> {
  const sum: Record<string, number> = {};
  for (const d of data) for (const [day, n] of Object.entries(d.responsesByDay)) sum[day] = (sum[day] ?? 0) + n;
  return sum;
}

/** The figures a marketer reads first, shown large on top. */
const HERO: FigureKey[] = ['leads', 'responses', 'wonAmount', 'roi'];

/** The rest, in three groups a marketer reads in turn: who was reached, what it brought, what it cost. */
const GROUPS: { title: MessageKey; keys: FigureKey[] }[] = [
  { title: 'summary.group-reach', keys: ['members', 'contacts', 'convertedLeads', 'responseRate', 'expectedResponse'] },
  { title: 'summary.group-pipeline', keys: ['opportunities', 'wonOpportunities', 'pipelineAmount', 'expectedRevenue'] },
  { title: 'summary.group-cost', keys: ['budgetedCost', 'actualCost', 'costPerLead', 'costPerResponse', 'costPerOpportunity', 'costPerWon'] },
];

const COMPARE_KEYS: FigureKey[] = ['members', 'leads', 'responses', 'opportunities', 'wonAmount', 'actualCost', 'costPerLead', 'roi'];

interface SingleView {
  mode: 'single';
  campaign: Campaign;
  own: CampaignFigures;
  subtree?: CampaignFigures;
  children: number;
  /** The sub-campaigns (the whole subtree below), each with its own figures. */
  subCampaigns: { campaign: Campaign; figures: CampaignFigures }[];
  /** Responses by day: the campaign's own, and the campaign it is overlaid on (`trend-compare`). */
  trend: TrendSeries[];
}
interface CompareView {
  mode: 'compare';
  rows: { campaign: Campaign; figures: CampaignFigures }[];
}
type View = SingleView | CompareView;

/**
 * What a campaign produced and whether it paid off: members by status, leads, conversions,
 * responses, opportunities and their value, costs, cost per lead/response/opportunity and ROI.
 * A parent campaign also shows the totals of its whole subtree; `compare="A,B,C"` puts
 * campaigns side by side (sortable table and bar chart). Every ratio says how it is computed and
 * shows "n/a" rather than dividing by zero. Figures follow every change on the page.
 *
 * @summary Campaign results and ROI, compared and rolled up.
 * @tagname campaign-summary
 *
 * @csspart figure - Each figure card.
 * @csspart value - A figure's value.
 * @csspart caption - How a figure is computed.
 * @csspart table - The comparison table.
 * @csspart chart - The comparison bar chart.
 * @csspart cards - The comparison as one card per campaign, shown instead of the table in a narrow container.
 * @csspart funnel - The funnel: members → responded → leads → converted → opportunities → won (bars; a table per campaign when comparing).
 * @csspart trend - The responses-since-launch chart (one campaign, or two at the same age with `trend-compare`).
 *
 * @cssprop --lead-kit-color-accent - Bars and highlights.
 * @cssprop --lead-kit-color-surface - Card background.
 * @cssprop --lead-kit-color-border - Card borders.
 * @cssprop --lead-kit-color-text - Text color.
 * @cssprop --lead-kit-color-muted - Captions.
 * @cssprop --lead-kit-color-danger - Negative ROI and errors.
 * @cssprop --lead-kit-radius - Corner radius.
 * @cssprop --lead-kit-space - Base spacing: every gap and padding is a step of it (the density).
 * @cssprop --lead-kit-color-scheme - Colour scheme: `light dark` (default: the visitor's OS setting), `light` or `dark`. The colour defaults below have a light and a dark value.
 * @cssprop --lead-kit-font-family - Font (default: the system UI font).
 * @cssprop --lead-kit-color-on-accent - Text on the accent colour (default #ffffff; dark #0b1020).
 * @cssprop --lead-kit-color-on-danger - Text on the danger colour (default #ffffff; dark #2a0906).
 * @cssprop --lead-kit-color-success - Done and checked-in states (default #1b7f3b; dark #6fd08c).
 * @cssprop --lead-kit-color-warning - Warnings, duplicates and pending states (default #8a5a00; dark #f0b45a).
 * @cssprop --lead-kit-color-backdrop - Behind dialogs (default 45% black; dark 65%).
 * @cssprop --lead-kit-shadow-raised - Elevation of what floats over the page: dialogs, menus.
 * @cssprop --lead-kit-density - `comfortable` (default: 44 px rows and controls) or `compact` (32 px, 13 px text, tighter spacing); read when the element is connected. The `density` attribute overrides it.
 * @cssprop --lead-kit-card-background - The card the element sits in: its background (default: the surface colour).
 * @cssprop --lead-kit-card-border - The card's border (default `1px solid` the border colour; `none` for none).
 * @cssprop --lead-kit-card-radius - The card's corner radius (default: `--lead-kit-radius`).
 * @cssprop --lead-kit-card-padding - The card's padding (default: `--lead-kit-space`).
 * @cssprop --lead-kit-card-shadow - The card's shadow (default none: cards are flat).
 *
 * @fires {CampaignOpenEvent} campaign-open - A sub-campaign link was followed (`record-href`); cancelable: the link is then not followed. `detail: { campaign }`.
 * @fires {CampaignCostsChangeEvent} campaign-costs-change - After budgeted/actual costs were saved in place. `detail: { campaign }`.
 */
export class CampaignSummary extends LocalizedElement {
  static override styles = styles;

  /** Id of the campaign to summarize. */
  @property({ reflect: true }) campaign = '';

  /** Comma-separated campaign ids to compare side by side (instead of `campaign`). */
  @property({ reflect: true }) compare = '';

  /**
   * Links each sub-campaign of a parent to its page: a URL template with `{id}`. Following one
   * fires `campaign-open` (cancelable).
   */
  @property({ attribute: 'record-href' }) recordHref = '';

  /** Lets the user edit budgeted and actual cost in place (saved through the adapter). */
  @property({ type: Boolean, attribute: 'editable-costs', reflect: true }) editableCosts = false;

  /**
   * Id of an earlier campaign whose responses since its launch are overlaid on this one's at the
   * same age ("this webinar vs the last one, day 1–30").
   */
  @property({ attribute: 'trend-compare', reflect: true }) trendCompare = '';

  /** Figure the comparison chart shows and the table is sorted by. */
  @property({ attribute: 'sort-by', reflect: true }) sortBy: FigureKey = 'wonAmount';

  /**
   * How compared campaigns are ordered: `value` (by the `sort-by` figure, highest first) or
   * `start` (by start date, oldest first: the chart becomes that figure over time, campaigns
   * without a start date last).
   */
  @property({ reflect: true }) order: 'value' | 'start' = 'value';

  /** @internal */ @state() private sortDescending = true;
  /** @internal */ @state() private costError?: string;
  /** @internal */ @state() private costSaved = false;

  private adapters = new AdapterController(this);
  private ids(): string[] {
    return this.compare
      ? this.compare.split(',').map((s) => s.trim()).filter(Boolean)
      : this.campaign.trim() ? [this.campaign.trim()] : [];
  }
  private view = new QueryController(this, this.adapters, {
    args: () => [this.campaign, this.compare, this.trendCompare] as const,
    enabled: () => this.ids().length > 0,
    run: (adapter, _args, signal) => this.load(adapter, signal),
    isEmpty: () => false,
    affects: (e) => {
      const records = e.stores.some((s) => s === 'campaigns' || s === 'opportunities');
      const mine = e.campaignIds.filter((id) => this.watched.has(id));
      if (records) this.cache.staleAll = true;
      else mine.forEach((id) => this.cache.stale.add(id));
      return records || mine.length > 0;
    },
  });
  private watched = new Set<string>();
  /**
   * Results read, by campaign: a change re-reads only the campaigns it names (one read for a
   * submission on this campaign); a change of campaign records or opportunities re-reads all.
   */
  private cache = { key: '', tree: [] as string[], results: new Map<string, CampaignResultsData>(), stale: new Set<string>(), staleAll: true };
  private cachedAdapter?: DataAdapter;

  /** The results of `ids`, reading only those not cached or named by a change since. */
  private async resultsOf(adapter: DataAdapter, ids: string[], all: boolean, stale: Set<string>, signal: AbortSignal): Promise<CampaignResultsData[]> {
    const need = ids.filter((id) => all || stale.has(id) || !this.cache.results.has(id));
    const read = await Promise.all(need.map((id) => adapter.campaignResults(id, { signal })));
    need.forEach((id, i) => this.cache.results.set(id, read[i]));
    return ids.map((id) => this.cache.results.get(id)!);
  }

  private async load(adapter: DataAdapter, signal: AbortSignal): Promise<View> {
    const ids = this.ids();
    const key = JSON.stringify([adapter.name, this.campaign, this.compare]);
    if (key !== this.cache.key || adapter !== this.cachedAdapter) {
      this.cache = { key, tree: [], results: new Map(), stale: new Set(), staleAll: true };
      this.cachedAdapter = adapter;
    }
    // Taken now; given back if this read fails, so the next one reads them.
    const all = this.cache.staleAll;
    const stale = new Set(this.cache.stale);
    this.cache.staleAll = false;
    this.cache.stale.clear();
    try {
      if (this.compare) {
        const data = await this.resultsOf(adapter, ids, all, stale, signal);
        this.watched = new Set(ids);
        return { mode: 'compare', rows: data.map((d) => ({ campaign: d.campaign, figures: campaignFigures([d]) })) };
      }
      if (all || !this.cache.tree.length) this.cache.tree = subtreeIds(await adapter.listCampaigns({ signal }), ids[0]);
      const tree = this.cache.tree;
      const other = this.trendCompare.trim();
      const withOther = other && !tree.includes(other) ? [...tree, other] : tree;
      const read = await this.resultsOf(adapter, withOther, all, stale, signal);
      const data = read.slice(0, tree.length);
      this.watched = new Set(withOther);
      return {
        mode: 'single',
        campaign: data[0].campaign,
        own: campaignFigures([data[0]]),
        ...(data.length > 1 ? { subtree: campaignFigures(data) } : {}),
        children: data.length - 1,
        subCampaigns: data.slice(1).map((d) => ({ campaign: d.campaign, figures: campaignFigures([d]) })),
        // A parent's responses are its subtree's, as its figures are.
        trend: [{ campaign: data[0].campaign, byDay: sumByDay(data) }, ...(other ? [{ campaign: read[withOther.indexOf(other)].campaign, byDay: read[withOther.indexOf(other)].responsesByDay }] : [])],
      };
    } catch (error) {
      this.cache.staleAll ||= all;
      stale.forEach((id) => this.cache.stale.add(id));
      throw error;
    }
  }

  override render() {
    const locale = this.activeLocale;
    return this.view.render({
      loading: () => html`<div part="base" class="card">${renderLoading(locale)}</div>`,
      empty: () => html`<div part="base" class="card">${renderEmpty(msg(locale, 'state.empty'))}</div>`,
      error: (e) => html`<div part="base" class="card">${renderError(locale, e, () => void this.view.refresh())}</div>`,
      ready: (v: View) => (v.mode === 'single' ? this.renderSingle(v, locale) : this.renderCompare(v, locale)),
    });
  }

  private renderSingle(v: SingleView, locale: Locale) {
    const currency = v.campaign.currency ?? 'USD';
    // A parent is judged by its whole subtree: those are the big numbers; its own stay in small print.
    const main = v.subtree ?? v.own;
    const figure = (d: FigureDef, hero: boolean) => {
      const value = main[d.key] as number | null;
      const caption = main.byCurrency && value === null && (d.format === 'money' || d.key === 'roi') ? this.mixedCaption(d.key, main, locale) : d.caption === 'cap.expected' ? this.expectedCaption(d.key, main, locale, currency) : d.caption ? msg(locale, d.caption) : undefined;
      return html`<div part="figure" class="figure ${hero ? 'hero' : ''}">
        <dt>${msg(locale, d.label)}</dt>
        <dd part="value" class="value ${d.key === 'roi' && value !== null && value < 0 ? 'negative' : ''}">${this.format(value, d.format, locale, currency)}</dd>
        ${v.subtree ? html`<dd class="own">${msg(locale, 'summary.this')}: ${this.format(v.own[d.key] as number | null, d.format, locale, currency)}</dd>` : nothing}
        ${caption ? html`<dd part="caption" class="caption">${caption}</dd>` : nothing}
      </div>`;
    };
    // Nothing to count yet (no one on it, no deal, no cost): say so instead of a wall of zeros.
    if (!main.members && !main.opportunities && !main.actualCost && !main.budgetedCost && !v.subtree && !this.editableCosts) {
      return html`<section part="base" class="summary card" aria-labelledby="title">
        <h2 id="title">${v.campaign.name}</h2>
        ${renderEmpty(msg(locale, 'summary.empty'))}
      </section>`;
    }
    return html`<section part="base" class="summary card" aria-labelledby="title">
      <h2 id="title">${v.campaign.name}</h2>
      ${v.subtree ? html`<p class="legend">${msg(locale, 'summary.subtree', { count: v.children })}</p>` : nothing}
      <dl class="figures hero-row">${HERO.map((key) => figure(figureDef(key), true))}</dl>
      <div class="groups">
        ${GROUPS.map(
          (g, i) => html`<section class="group" aria-labelledby="group-${i}">
            <h3 id="group-${i}">${msg(locale, g.title)}</h3>
            <dl class="rows">${g.keys.map((key) => figure(figureDef(key), false))}</dl>
          </section>`,
        )}
      </div>
      ${renderFunnel(main, locale)} ${renderTrend(v.trend, locale)} ${this.renderSubCampaigns(v, locale, currency)} ${this.renderStatuses(v.own, locale)} ${this.editableCosts ? this.renderCostEditor(v.campaign, locale) : nothing}
    </section>`;
  }


  /** A money figure of campaigns in several currencies: each currency's sum, or why there is none. */
  private mixedCaption(key: FigureKey, f: CampaignFigures, locale: Locale): string {
    if (key === 'pipelineAmount' || key === 'wonAmount' || key === 'budgetedCost' || key === 'actualCost') {
      return msg(locale, 'summary.mixed', { amounts: f.byCurrency!.map((c) => this.format(c[key], 'money', locale, c.currency)).join(' · ') });
    }
    return msg(locale, 'summary.mixed-na', { currencies: f.currencies.join(', ') });
  }

  private expectedCaption(key: FigureKey, f: CampaignFigures, locale: Locale, currency: string): string {
    const actual = key === 'expectedRevenue' ? this.format(f.wonAmount, 'money', locale, currency) : this.format(f.responseRate, 'ratio', locale, currency);
    return msg(locale, 'cap.expected', { actual });
  }

  /** A parent's way into its sub-campaigns: each with its own reach and result, linked with `record-href`. */
  private renderSubCampaigns(v: SingleView, locale: Locale, currency: string) {
    if (!v.subCampaigns.length) return nothing;
    const name = (c: Campaign) =>
      this.recordHref
        ? html`<a href=${this.recordHref.replace(/\{id\}/g, encodeURIComponent(c.id))} @click=${(e: Event) => this.openCampaign(e, c)}>${c.name}</a>`
        : c.name;
    return html`<h3>${msg(locale, 'summary.sub-campaigns')}</h3>
      <div class="subs-wrap">
        <table class="subs">
          <thead>
            <tr>
              <th scope="col">${msg(locale, 'summary.campaign')}</th>
              <th scope="col" class="num">${msg(locale, 'summary.members')}</th>
              <th scope="col" class="num">${msg(locale, 'summary.leads')}</th>
              <th scope="col" class="num">${msg(locale, 'summary.won-amount')}</th>
            </tr>
          </thead>
          <tbody>
            ${v.subCampaigns.map(
              (s) => html`<tr>
                <th scope="row">${name(s.campaign)}</th>
                <td class="num">${this.format(s.figures.members, 'int', locale, currency)}</td>
                <td class="num">${this.format(s.figures.leads, 'int', locale, currency)}</td>
                <td class="num">${this.format(s.figures.wonAmount, 'money', locale, s.campaign.currency ?? currency)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }

  private openCampaign(e: Event, campaign: Campaign): void {
    const event = new CampaignOpenEvent({ campaign });
    this.dispatchEvent(event);
    if (event.defaultPrevented) e.preventDefault();
  }

  private renderStatuses(f: CampaignFigures, locale: Locale) {
    const entries = Object.entries(f.byStatus);
    if (!entries.length) return nothing;
    const max = Math.max(...entries.map(([, n]) => n));
    return html`<h3>${msg(locale, 'summary.by-status')}</h3>
      <table class="statuses">
        <tbody>
          ${entries.map(
            ([status, n]) => html`<tr>
              <th scope="row">${statusLabel(locale, status)}</th>
              <td class="num">${this.format(n, 'int', locale, 'USD')}</td>
              <td class="bar-cell" aria-hidden="true">${n > 0 ? html`<span class="bar" style=${cssomStyle({ width: `${(n / max) * 100}%` })}></span>` : nothing}</td>
            </tr>`,
          )}
        </tbody>
      </table>`;
  }

  private renderCostEditor(campaign: Campaign, locale: Locale) {
    return html`<form class="costs" @submit=${(e: Event) => this.handleSaveCosts(e, campaign)}>
      <div class="field">
        <label for="budgeted">${msg(locale, 'summary.budgeted')} (${campaign.currency ?? 'USD'})</label>
        <input id="budgeted" name="budgetedCost" inputmode="decimal" .value=${inputNumber(locale, campaign.budgetedCost)} aria-invalid=${this.costError ? 'true' : 'false'} aria-describedby=${this.costError ? 'cost-error' : nothing} />
      </div>
      <div class="field">
        <label for="actual">${msg(locale, 'summary.actual')} (${campaign.currency ?? 'USD'})</label>
        <input id="actual" name="actualCost" inputmode="decimal" .value=${inputNumber(locale, campaign.actualCost)} aria-invalid=${this.costError ? 'true' : 'false'} aria-describedby=${this.costError ? 'cost-error' : nothing} />
      </div>
      <button type="submit">${msg(locale, 'summary.save-costs')}</button>
      <p id="cost-error" class="error" role=${this.costError ? 'alert' : nothing}>${this.costError ?? ''}</p>
      ${this.costSaved ? html`<p role="status" class="saved">${msg(locale, 'summary.saved')}</p>` : nothing}
    </form>`;
  }

  private renderCompare(v: CompareView, locale: Locale) {
    const key = this.sortBy;
    const def = figureDef(key);
    // Amounts in different currencies are compared within each currency, never with each other.
    const byCurrency = def.format === 'money' && new Set(v.rows.map((r) => r.campaign.currency ?? 'USD')).size > 1;
    const byStart = this.order === 'start';
    const sorted = [...v.rows].sort((a, b) => {
      if (byStart) return (a.campaign.startDate ?? '\uffff').localeCompare(b.campaign.startDate ?? '\uffff') || a.campaign.name.localeCompare(b.campaign.name);
      if (byCurrency && (a.campaign.currency ?? 'USD') !== (b.campaign.currency ?? 'USD')) return (a.campaign.currency ?? 'USD') < (b.campaign.currency ?? 'USD') ? -1 : 1;
      const x = (a.figures[key] as number | null) ?? -Infinity;
      const y = (b.figures[key] as number | null) ?? -Infinity;
      return (x === y ? (a.campaign.startDate ?? '').localeCompare(b.campaign.startDate ?? '') : x < y ? -1 : 1) * (this.sortDescending ? -1 : 1);
    });
    const currency = v.rows[0]?.campaign.currency ?? 'USD';
    const cell = (r: CompareView['rows'][number], k: FigureKey) =>
      this.format(r.figures[k] as number | null, figureDef(k).format, locale, r.campaign.currency ?? currency);
    const started = (c: Campaign) => (c.startDate ? html`<span class="muted date">${formatDate(locale, c.startDate)}</span>` : nothing);
    return html`<section part="base" class="summary card" aria-labelledby="title">
      <h2 id="title">${msg(locale, 'summary.compare')}</h2>
      ${this.renderChart(sorted, def, locale, currency, byCurrency, byStart)}
      <div class="table-wrap compare-wrap">
        <table part="table" class="compare">
          <thead>
            <tr>
              <th scope="col" aria-sort=${byStart ? 'ascending' : 'none'}>
                <button type="button" class="sort" @click=${() => (this.order = 'start')}>${msg(locale, 'summary.campaign')}${byStart ? ' ▲' : ''}</button>
              </th>
              ${COMPARE_KEYS.map((k) => {
                const d = figureDef(k);
                const sorted = k === key && !byStart;
                const sort = sorted ? (this.sortDescending ? 'descending' : 'ascending') : 'none';
                return html`<th scope="col" class="num" aria-sort=${sort}>
                  <button type="button" class="sort" @click=${() => this.handleSort(k)}>${msg(locale, d.label)}${sorted ? (this.sortDescending ? ' ▼' : ' ▲') : ''}</button>
                </th>`;
              })}
            </tr>
          </thead>
          <tbody>
            ${sorted.map(
              (r) => html`<tr>
                <th scope="row">${r.campaign.name}${started(r.campaign)}</th>
                ${COMPARE_KEYS.map((k) => html`<td class="num">${cell(r, k)}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <div class="narrow">
        <div class="sort-bar">
          <label for="sort-by">${msg(locale, 'summary.sort-by')}</label>
          <select id="sort-by" .value=${live(key)} @change=${(e: Event) => this.handleSort((e.target as HTMLSelectElement).value as FigureKey, true)}>
            ${COMPARE_KEYS.map((k) => html`<option value=${k} ?selected=${k === key}>${msg(locale, figureDef(k).label)}</option>`)}
          </select>
          <select class="order" aria-label=${msg(locale, 'summary.order')} .value=${live(byStart ? 'start' : this.sortDescending ? 'desc' : 'asc')} @change=${(e: Event) => this.chooseOrder((e.target as HTMLSelectElement).value)}>
            <option value="desc">${msg(locale, 'summary.highest-first')}</option>
            <option value="asc">${msg(locale, 'summary.lowest-first')}</option>
            <option value="start">${msg(locale, 'summary.by-start')}</option>
          </select>
        </div>
        <ol part="cards" class="cards">
          ${sorted.map(
            (r) => html`<li class="campaign-card">
              <h3>${r.campaign.name}${started(r.campaign)}</h3>
              <dl>
                ${COMPARE_KEYS.map(
                  (k) => html`<div class=${k === key ? 'sorted' : ''}><dt>${msg(locale, figureDef(k).label)}</dt><dd>${cell(r, k)}</dd></div>`,
                )}
              </dl>
            </li>`,
          )}
        </ol>
      </div>
      ${renderFunnelCompare(sorted.map((r) => ({ name: r.campaign.name, figures: r.figures })), locale)}
    </section>`;
  }

  /**
   * The comparison as bars in HTML (not a scaled SVG): labels keep their size at any width; the
   * label goes above its bar in a narrow container.
   */
  private renderChart(rows: CompareView['rows'], def: FigureDef, locale: Locale, currency: string, byCurrency = false, byStart = false) {
    const values = rows.map((r) => (r.figures[def.key] as number | null) ?? 0);
    const cur = (r: CompareView['rows'][number]) => (byCurrency ? (r.campaign.currency ?? 'USD') : '');
    const maxOf = new Map<string, number>();
    rows.forEach((r, i) => maxOf.set(cur(r), Math.max(maxOf.get(cur(r)) ?? 1e-9, Math.abs(values[i]))));
    const title = msg(locale, byStart ? 'summary.chart-over-time' : 'summary.chart', { figure: msg(locale, def.label) }) + (byCurrency ? ` ${msg(locale, 'summary.chart-by-currency')}` : '');
    return html`<figure class="chart-figure">
      <div part="chart" class="chart" role="img" aria-labelledby="chart-title">
        ${rows.map(
          (r, i) => html`<div class="bar-row">
            <span class="label" title=${r.campaign.name}>${r.campaign.name}${byStart ? html`<span class="muted date">${r.campaign.startDate ? formatDate(locale, r.campaign.startDate) : msg(locale, 'summary.no-start')}</span>` : nothing}</span>
            <span class="track">${values[i] ? html`<span class=${values[i] < 0 ? 'bar negative' : 'bar'} style=${cssomStyle({ width: `${Math.max(0.5, (Math.abs(values[i]) / maxOf.get(cur(r))!) * 100)}%` })}></span>` : nothing}</span>
            <span class="amount">${this.format(r.figures[def.key] as number | null, def.format, locale, r.campaign.currency ?? currency)}</span>
          </div>`,
        )}
      </div>
      <figcaption id="chart-title">${title}</figcaption>
    </figure>`;
  }


  private format(value: number | null | undefined, format: Format, locale: Locale, currency: string): string {
    if (value === null || value === undefined || !Number.isFinite(value)) return msg(locale, 'summary.na');
    switch (format) {
      case 'money':
        // The space between amount and currency may wrap ("60.000,00 / USD" in a phone's tile); group separators do not.
        return numberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 2 })
          .format(value)
          .replace(/(?<=\d)\u00a0(?=\D)|(?<=\D)\u00a0(?=\d)/g, ' ');
      case 'ratio':
        return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
      case 'percent':
        return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
      default:
        return numberFormat(locale).format(value);
    }
  }

  /** The phone's order list: highest or lowest first by the figure, or by start date. */
  private chooseOrder(value: string): void {
    this.order = value === 'start' ? 'start' : 'value';
    if (value !== 'start') this.sortDescending = value === 'desc';
  }

  /**
   * A figure's header: sorts by it, highest first, and pressed again flips the order. A figure
   * picked from the phone's list keeps the order (by start date, the chart shows it over time).
   */
  private handleSort(key: FigureKey, fromList = false): void {
    if (fromList) {
      if (key !== this.sortBy && this.order === 'value') this.sortDescending = true;
      this.sortBy = key;
      return;
    }
    if (this.order === 'value' && key === this.sortBy) {
      this.sortDescending = !this.sortDescending;
      return;
    }
    this.order = 'value';
    this.sortBy = key;
    this.sortDescending = true;
  }

  private async handleSaveCosts(e: Event, campaign: Campaign): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const read = (name: string) => typedNumber((form.elements.namedItem(name) as HTMLInputElement).value, this.activeLocale);
    const locale = this.activeLocale;
    this.costSaved = false;
    const budgetedCost = read('budgetedCost');
    const actualCost = read('actualCost');
    if ([budgetedCost, actualCost].some((x) => x !== undefined && Number.isNaN(x))) {
      this.costError = fieldMessage(locale, 'number');
      return;
    }
    try {
      const saved = await this.adapters.adapter.saveCampaign({ ...campaign, budgetedCost, actualCost });
      this.costError = undefined;
      this.costSaved = true;
      this.dispatchEvent(new CampaignCostsChangeEvent(saved));
    } catch (error) {
      this.costError = error instanceof ValidationError ? fieldMessage(locale, error.issues[0]?.code ?? 'invalid') : errorMessage(locale, error);
    }
  }
}

/** Fired after the costs were saved in place. */
export class CampaignCostsChangeEvent extends Event {
  static readonly type = 'campaign-costs-change';
  constructor(readonly campaign: Campaign) {
    super(CampaignCostsChangeEvent.type, { bubbles: true, composed: true });
  }
  get detail(): { campaign: Campaign } {
    return { campaign: this.campaign };
  }
}

/** A sub-campaign's link was followed (`record-href`). Cancelable: the link is then not followed. */

declare global {
  interface HTMLElementTagNameMap {
    'campaign-summary': CampaignSummary;
  }
  interface GlobalEventHandlersEventMap {
    'campaign-costs-change': CampaignCostsChangeEvent;
  }
}
