import { addComponentStrings } from '../../i18n/english-components.js';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { DealFigures, LeadGroup, LeadReport as LeadReportData } from '../../adapters/adapter.js';
import { AdapterController } from '../../controllers/adapter-controller.js';
import { QueryController } from '../../controllers/query-controller.js';
import { cssomStyle } from '../../directives/cssom-style.js';
import { leadFunnel, type FunnelStepKey } from '../../domain/funnel.js';
import { msg, type Locale, type MessageKey, numberFormat } from '../../i18n/localize.js';
import { LocalizedElement } from '../../i18n/localized-element.js';
import { renderEmpty, renderError, renderLoading } from '../../styles/states.js';
import { styles } from './lead-report.styles.js';

addComponentStrings();

/** A row of a breakdown: its label and its figures. */
interface Row {
  label: string;
  group: LeadGroup & Partial<DealFigures>;
}

/**
 * The lead management report of the whole workspace — every lead, whatever it came from (a form,
 * an import, an event, a call): how many there are and how many were converted, the conversion
 * rate and the median days from created to converted; broken down by lead source and by rating
 * (which sources bring leads that convert, not just many), leads by status, by the month they
 * were created, and leads created per week. Read from counters kept with every lead write (never
 * the leads), and follows every change on the page and in other tabs.
 * By source and by rating it also shows the opportunities those leads became, their won value,
 * and the cost per lead and per won deal: each campaign's actual cost shared equally among the
 * leads it created (per currency, never added across currencies).
 *
 * @summary Lead management report: leads by source, rating, status, month and week, with conversion.
 * @tagname lead-report
 *
 * @csspart base - The card.
 * @csspart figures - The workspace's figures (leads, converted, conversion rate, median days).
 * @csspart table - Each breakdown's table.
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
 */
export class LeadReport extends LocalizedElement {
  static override styles = styles;

  /** How many recent weeks "Leads created per week" shows (default 12; the report keeps every one). */
  @property({ type: Number }) weeks = 12;

  /** How many recent months "By month created" shows (default 12). */
  @property({ type: Number }) months = 12;

  /**
   * The funnel's lead source (`web`, `event`…, `none` for deals with no lead); empty (default):
   * every lead whatever its origin. The reader can pick another one.
   */
  @property({ reflect: true }) source = '';

  private adapters = new AdapterController(this);
  private query = new QueryController(this, this.adapters, {
    args: () => [] as const,
    run: (adapter, _args, signal) => adapter.leadReport({ signal }),
    isEmpty: (r) => !r || r.total.leads === 0,
    // Lead and opportunity writes move it (a conversion writes the lead too); a campaign's cost its costs.
    affects: (e) => e.stores.includes('leads') || e.stores.includes('opportunities') || e.stores.includes('campaigns'),
  });

  override render() {
    const locale = this.activeLocale;
    return html`<section part="base" class="card" aria-labelledby="title">
      <header class="head">
        <h2 id="title">${msg(locale, 'leads.title')}</h2>
        <p class="about">${msg(locale, 'leads.about')}</p>
      </header>
      ${this.query.render({
        loading: () => renderLoading(locale),
        empty: () => renderEmpty(msg(locale, 'leads.empty')),
        error: (e) => renderError(locale, e, () => void this.query.refresh()),
        ready: (r: LeadReportData) => this.renderReady(r, locale),
      })}
    </section>`;
  }

  private renderReady(r: LeadReportData, locale: Locale) {
    const label = (kind: 'source' | 'rating' | 'status', value: string | null) => msg(locale, (value === null ? (kind === 'source' ? 'leads.no-lead' : 'leads.unrated') : `lead.${kind}.${value}`) as MessageKey);
    const recent = <T,>(list: T[], n: number) => list.slice(-Math.max(1, Math.floor(Number.isFinite(n) ? n : 12)));
    const monthName = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    const weekName = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    const most = Math.max(1, ...r.byWeek.map((w) => w.leads));
    const mostStatus = Math.max(1, ...r.byStatus.map((s) => s.leads));
    return html`<dl class="figures" part="figures">
        ${this.figure(msg(locale, 'leads.count'), this.formatNumber(r.total.leads))}
        ${this.figure(msg(locale, 'leads.converted'), this.formatNumber(r.total.converted))}
        ${this.figure(msg(locale, 'leads.rate'), this.percent(r.total.conversionRate))}
        ${this.figure(msg(locale, 'leads.median'), this.days(r.total.medianDaysToConvert))}
        ${this.figure(msg(locale, 'leads.won-value'), this.money(r.total.wonAmount))}
      </dl>
      ${this.renderFunnel(r, locale, label)}
      <div class="grid groups">
        ${this.groupTable(msg(locale, 'leads.by-source'), msg(locale, 'leads.source'), r.bySource.map((s) => ({ label: label('source', s.source), group: s })), locale)}
        ${this.groupTable(msg(locale, 'leads.by-rating'), msg(locale, 'leads.rating'), r.byRating.map((s) => ({ label: label('rating', s.rating), group: s })), locale)}
      </div>
      <div class="grid">
        ${this.barTable(msg(locale, 'leads.by-status'), msg(locale, 'leads.status'), r.byStatus.map((s) => [label('status', s.status), s.leads]), mostStatus, locale)}
        ${this.barTable(msg(locale, 'leads.by-week'), msg(locale, 'leads.week'), recent(r.byWeek, this.weeks).map((w) => [weekName.format(new Date(`${w.week}T00:00:00Z`)), w.leads]), most, locale)}
      </div>
      ${this.groupTable(msg(locale, 'leads.by-month'), msg(locale, 'leads.month'), recent(r.byMonth, this.months).map((m) => ({ label: monthName.format(new Date(`${m.month}-01T00:00:00Z`)), group: m })).reverse(), locale)}`;
  }

  /** Leads → converted → opportunities → won, for the workspace or one source, each step's rate against the one before. */
  private renderFunnel(r: LeadReportData, locale: Locale, label: (kind: 'source', value: string | null) => string): TemplateResult {
    const bySource = r.bySource.map((s) => ({ key: s.source ?? 'none', name: label('source', s.source), group: s }));
    const picked = bySource.find((s) => s.key === this.source);
    const steps = leadFunnel(picked?.group ?? r.total);
    const most = Math.max(1, ...steps.map((s) => s.count));
    const pct = numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const name: Record<FunnelStepKey, MessageKey> = { members: 'summary.members', responded: 'summary.responses', leads: 'summary.leads', converted: 'summary.converted', opportunities: 'summary.opportunities', won: 'summary.won' };
    const [count, rate] = [msg(locale, 'summary.count'), msg(locale, 'summary.rate')];
    return html`<section class="funnel" aria-labelledby="funnel-title">
      <div class="funnel-head">
        <h3 id="funnel-title">${msg(locale, 'summary.funnel')}</h3>
        <label>
          <span>${msg(locale, 'leads.source')}</span>
          <select @change=${(e: Event) => (this.source = (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!picked}>${msg(locale, 'leads.all-sources')}</option>
            ${bySource.map((s) => html`<option value=${s.key} ?selected=${s === picked}>${s.name}</option>`)}
          </select>
        </label>
      </div>
      <div class="table-wrap">
        <table part="table" class="bars">
          <caption class="visually-hidden">${msg(locale, 'summary.funnel')} · ${picked?.name ?? msg(locale, 'leads.all-sources')}</caption>
          <thead>
            <tr>
              <th scope="col">${msg(locale, 'summary.step')}</th>
              <th scope="col" class="num">${count}</th>
              <th scope="col" class="num">${rate}</th>
            </tr>
          </thead>
          <tbody>
            ${steps.map(
              (s) => html`<tr class=${s.weakest ? 'weakest' : ''}>
                <th scope="row">${msg(locale, name[s.key])}${s.weakest ? html` <strong class="tag">${msg(locale, 'summary.funnel-weakest')}</strong>` : nothing}</th>
                <td class="num bar-cell" data-label=${count}>
                  <span class="bar" aria-hidden="true" style=${cssomStyle({ 'inline-size': `${(s.count / most) * 100}%` })}></span><span class="n">${this.formatNumber(s.count)}</span>
                </td>
                <td class="num" data-label=${rate}>${s.rate === null ? '—' : pct.format(s.rate)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  private figure(name: string, value: string): TemplateResult {
    return html`<div class="figure"><dt>${name}</dt><dd class="value">${value}</dd></div>`;
  }

  private percent(rate: number | null): string {
    return rate === null ? '—' : numberFormat(this.activeLocale, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
  }

  /** Won value per currency, never added across currencies ("€200.00 · $100.00"). */
  private money(amounts: Record<string, number>): string {
    const list = Object.entries(amounts);
    return list.length ? list.map(([currency, n]) => numberFormat(this.activeLocale, { style: 'currency', currency }).format(n)).join(' · ') : '—';
  }

  private days(days: number | null): string {
    return days === null ? '—' : numberFormat(this.activeLocale, { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 1 }).format(days);
  }

  /** A breakdown: leads, converted, conversion rate and median days per row (and, by source or rating, the deals they brought). */
  private groupTable(caption: string, head: string, rows: Row[], locale: Locale): TemplateResult {
    const [leads, converted, rate, median] = [msg(locale, 'leads.count'), msg(locale, 'leads.converted'), msg(locale, 'leads.rate'), msg(locale, 'leads.median')];
    const [deals, won, cpl, cpw] = [msg(locale, 'leads.opportunities'), msg(locale, 'leads.won-value'), msg(locale, 'summary.cpl'), msg(locale, 'summary.cpw')];
    const withDeals = rows.some((r) => r.group.opportunities !== undefined);
    // A region the keyboard can scroll when a long language makes the table wider than the card.
    return html`<div class="table-wrap" role="region" tabindex="0" aria-label=${caption}>
      <table part="table" class=${withDeals ? 'wide' : ''}>
        <caption>${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${head}</th>
            <th scope="col" class="num">${leads}</th>
            <th scope="col" class="num">${converted}</th>
            <th scope="col" class="num">${rate}</th>
            <th scope="col" class="num">${median}</th>
            ${withDeals
              ? html`<th scope="col" class="num">${deals}</th>
                  <th scope="col" class="num">${won}</th>
                  <th scope="col" class="num">${cpl}</th>
                  <th scope="col" class="num">${cpw}</th>`
              : nothing}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ({ label, group: g }) => html`<tr>
              <th scope="row">${label}</th>
              <td class="num" data-label=${leads}>${this.formatNumber(g.leads)}</td>
              <td class="num" data-label=${converted}>${this.formatNumber(g.converted)}</td>
              <td class="num" data-label=${rate}>${this.percent(g.conversionRate)}</td>
              <td class="num" data-label=${median}>${this.days(g.medianDaysToConvert)}</td>
              ${withDeals
                ? html`<td class="num" data-label=${deals}>${this.formatNumber(g.opportunities ?? 0)}</td>
                    <td class="num" data-label=${won}>${this.money(g.wonAmount ?? {})}</td>
                    <td class="num" data-label=${cpl}>${this.money(g.costPerLead ?? {})}</td>
                    <td class="num" data-label=${cpw}>${this.money(g.costPerWon ?? {})}</td>`
                : nothing}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  /** A count per row with a bar to compare them by eye (the number is the figure; the bar is decoration). */
  private barTable(caption: string, head: string, rows: [string, number][], most: number, locale: Locale): TemplateResult {
    const leads = msg(locale, 'leads.count');
    return html`<div class="table-wrap">
      <table part="table" class="bars">
        <caption>${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${head}</th>
            <th scope="col" class="num">${leads}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ([label, n]) => html`<tr>
              <th scope="row">${label}</th>
              <td class="num bar-cell" data-label=${leads}>
                <span class="bar" aria-hidden="true" style=${cssomStyle({ 'inline-size': `${(n / most) * 100}%` })}></span><span class="n">${this.formatNumber(n)}</span>
              </td>
            </tr>`,
          )}
          ${rows.length ? nothing : html`<tr><td colspan="2">—</td></tr>`}
        </tbody>
      </table>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lead-report': LeadReport;
  }
}
