import { addComponentStrings } from '../../i18n/english-components.js';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ConflictError, ValidationError } from '../../adapters/errors.js';
import { AdapterController } from '../../controllers/adapter-controller.js';
import { deliberateSelect } from '../../controllers/deliberate-select.js';
import { QueryController } from '../../controllers/query-controller.js';
import { openAmount, opportunityTotals } from '../../domain/metrics.js';
import { errorMessage, fieldMessage, formatDate, inputNumber, msg, type Locale, type MessageKey, numberFormat } from '../../i18n/localize.js';
import { LocalizedElement } from '../../i18n/localized-element.js';
import { typedNumber } from '../../model/common.js';
import { opportunityStages, type Opportunity, type OpportunityPatch } from '../../model/opportunity.js';
import { renderEmpty, renderError, renderLoading } from '../../styles/states.js';
import { styles } from './campaign-opportunities.styles.js';

addComponentStrings();

/**
 * The deals credited to a campaign (its primary campaign source) — or an account's deals — as a
 * related list a marketer closes them from: name, amount, stage and close date, edited in place
 * and saved version-checked (a deal changed meanwhile is reported and shown as it is now, never
 * overwritten). Marking one Closed Won moves the campaign's won value and ROI at once in every
 * `<campaign-summary>` on the page. Follows every change on the page and in other tabs.
 *
 * @summary A campaign's (or an account's) opportunities: amount, stage, close date edited in place.
 * @tagname campaign-opportunities
 *
 * @csspart base - The card.
 * @csspart totals - The open pipeline and won value.
 * @csspart table - The opportunities table.
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
 * @cssprop --lead-kit-color-success - Closed won (default #1b7f3b; dark #6fd08c).
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
 * @fires {OpportunityChangedEvent} opportunity-changed - After an edit was saved. `detail: { opportunity }`.
 * @fires {OpportunityOpenEvent} opportunity-open - An opportunity's link was followed (`record-href`); cancelable: the link is then not followed. `detail: { opportunity, href }`.
 */
export class CampaignOpportunities extends LocalizedElement {
  static override styles = styles;

  /** Id of the campaign whose deals (it is their primary campaign source) are listed. */
  @property({ reflect: true }) campaign = '';

  /** Id of an account whose deals are listed (instead of `campaign`). */
  @property({ reflect: true }) account = '';

  /** Links each deal's name to its record: a URL template with `{id}`. */
  @property({ attribute: 'record-href' }) recordHref = '';

  /** Shows the deals without editing. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** @internal */ @state() private notice = '';
  /** @internal */ @state() private problem = '';
  /** @internal */ @state() private saving = '';

  private adapters = new AdapterController(this);
  private query = new QueryController(this, this.adapters, {
    args: () => [this.campaign.trim(), this.account.trim()] as const,
    enabled: ([campaign, account]) => !!(campaign || account),
    run: (adapter, [campaign, account], signal) => adapter.listOpportunities(campaign ? { primaryCampaignId: campaign } : { accountId: account }, { signal }),
    affects: (e, [campaign]) => e.stores.includes('opportunities') || (!!campaign && e.campaignIds.includes(campaign)),
  });

  override render() {
    if (!this.campaign.trim() && !this.account.trim()) return nothing;
    const locale = this.activeLocale;
    const head = (count?: number) =>
      html`<header class="head">
        <h2 id="title">${msg(locale, 'opp.title')}${count === undefined ? nothing : html` <span class="count">(${this.formatNumber(count)})</span>`}</h2>
      </header>`;
    return html`<section part="base" class="card" aria-labelledby="title">
      ${this.query.render({
        loading: () => html`${head()}${renderLoading(locale)}`,
        empty: () => html`${head(0)}${renderEmpty(msg(locale, this.campaign.trim() ? 'opp.empty' : 'opp.empty-account'))}`,
        error: (e) => html`${head()}${renderError(locale, e, () => void this.query.refresh())}`,
        ready: (opps: Opportunity[]) => html`${head(opps.length)}${this.renderReady(opps, locale)}`,
      })}
      <div class="announce" role="status" aria-live="polite">${this.notice}</div>
      ${this.problem ? html`<div class="problem" role="alert">${this.problem}</div>` : nothing}
    </section>`;
  }

  private renderReady(opps: Opportunity[], locale: Locale) {
    const sorted = [...opps].sort((a, b) => (a.closeDate < b.closeDate ? -1 : a.closeDate > b.closeDate ? 1 : a.name.localeCompare(b.name)));
    const currencies = [...new Set(opps.map((o) => o.currency))];
    const totals = currencies.map((currency) => {
      const these = opps.filter((o) => o.currency === currency);
      return msg(locale, 'opp.totals', { open: this.money(openAmount(these), currency), won: this.money(opportunityTotals(these).wonAmount, currency) });
    });
    return html`<p part="totals" class="totals">${totals.join(' · ')}</p>
      <div class="table-wrap">
        <table part="table">
          <thead>
            <tr>
              <th scope="col">${msg(locale, 'opp.name')}</th>
              <th scope="col" class="num">${msg(locale, 'opp.amount')}</th>
              <th scope="col">${msg(locale, 'wizard.opp.stage')}</th>
              <th scope="col">${msg(locale, 'opp.close-date')}</th>
            </tr>
          </thead>
          <tbody>
            ${sorted.map((o) => this.renderRow(o, locale))}
          </tbody>
        </table>
      </div>`;
  }

  private renderRow(o: Opportunity, locale: Locale) {
    const busy = this.saving === o.id;
    const name = this.recordHref
      ? html`<a href=${this.recordHref.replace(/\{id\}/g, encodeURIComponent(o.id))} @click=${(e: Event) => this.openRecord(e, o)}>${o.name}</a>`
      : o.name;
    const stageLabel = (s: string) => msg(locale, `stage.${s}` as MessageKey);
    if (this.readonly) {
      return html`<tr class=${o.stage}>
        <th scope="row">${name}</th>
        <td class="num">${o.amount === undefined ? '' : this.money(o.amount, o.currency)}</td>
        <td><span class="stage ${o.stage}">${stageLabel(o.stage)}</span></td>
        <td>${formatDate(locale, o.closeDate)}</td>
      </tr>`;
    }
    const stage = deliberateSelect(
      () => o.stage,
      (select) => void this.save(o, { stage: select.value as Opportunity['stage'] }, locale, () => (select.value = o.stage)),
    );
    return html`<tr class=${o.stage}>
      <th scope="row">${name}</th>
      <td class="num">
        <input
          class="amount"
          inputmode="decimal"
          aria-label=${msg(locale, 'opp.amount-of', { name: o.name, currency: o.currency })}
          .value=${live(o.amount === undefined ? '' : inputNumber(locale, o.amount))}
          ?disabled=${busy}
          @change=${(e: Event) => this.saveAmount(o, e.target as HTMLInputElement, locale)}
          @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
        />
      </td>
      <td>
        <select aria-label=${msg(locale, 'opp.stage-of', { name: o.name })} ?disabled=${busy} @change=${stage.change} @keydown=${stage.keydown} @blur=${stage.blur}>
          ${opportunityStages.map((s) => html`<option value=${s} ?selected=${s === o.stage}>${stageLabel(s)}</option>`)}
        </select>
      </td>
      <td>
        <input
          type="date"
          aria-label=${msg(locale, 'opp.close-date-of', { name: o.name })}
          .value=${live(o.closeDate)}
          ?disabled=${busy}
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            if (input.value && input.value !== o.closeDate) void this.save(o, { closeDate: input.value }, locale, () => (input.value = o.closeDate));
          }}
        />
      </td>
    </tr>`;
  }

  private money(n: number, currency: string): string {
    return numberFormat(this.activeLocale, { style: 'currency', currency }).format(n);
  }

  private saveAmount(o: Opportunity, input: HTMLInputElement, locale: Locale): void {
    const text = input.value.trim();
    const amount = text === '' ? undefined : typedNumber(text, locale);
    if (amount === o.amount) return;
    if (amount === undefined || Number.isNaN(amount) || amount < 0) {
      this.problem = msg(locale, 'opp.amount-invalid', { name: o.name });
      input.value = o.amount === undefined ? '' : inputNumber(locale, o.amount);
      return;
    }
    void this.save(o, { amount }, locale, () => (input.value = o.amount === undefined ? '' : inputNumber(locale, o.amount)));
  }

  /** Saves one change, version-checked; a deal changed meanwhile is reported and shown as it is now. */
  private async save(o: Opportunity, patch: OpportunityPatch, locale: Locale, restore: () => void): Promise<void> {
    this.saving = o.id;
    this.notice = this.problem = '';
    try {
      const saved = await this.adapters.adapter.updateOpportunity(o.id, o.version, patch);
      this.notice = msg(locale, 'opp.saved', { name: saved.name });
      this.dispatchEvent(new OpportunityChangedEvent({ opportunity: saved }));
    } catch (error) {
      restore();
      this.problem =
        error instanceof ConflictError
          ? msg(locale, 'opp.conflict', { name: o.name })
          : error instanceof ValidationError
            ? `${o.name}: ${fieldMessage(locale, error.issues[0]?.code ?? 'invalid')}`
            : msg(locale, 'list.failed', { reason: errorMessage(locale, error) });
      void this.query.refresh();
    } finally {
      this.saving = '';
    }
  }

  private openRecord(e: Event, opportunity: Opportunity): void {
    const event = new OpportunityOpenEvent({ opportunity, href: (e.currentTarget as HTMLAnchorElement).getAttribute('href') ?? '' });
    this.dispatchEvent(event);
    if (event.defaultPrevented) e.preventDefault();
  }
}

/** An opportunity edit was saved. */
export class OpportunityChangedEvent extends Event {
  static readonly type = 'opportunity-changed';
  constructor(readonly detail: { opportunity: Opportunity }) {
    super(OpportunityChangedEvent.type, { bubbles: true, composed: true });
  }
}

/** An opportunity's link was followed (`record-href`). Cancelable: the link is then not followed. */
export class OpportunityOpenEvent extends Event {
  static readonly type = 'opportunity-open';
  constructor(readonly detail: { opportunity: Opportunity; href: string }) {
    super(OpportunityOpenEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'campaign-opportunities': CampaignOpportunities;
  }
  interface GlobalEventHandlersEventMap {
    'opportunity-changed': OpportunityChangedEvent;
    'opportunity-open': OpportunityOpenEvent;
  }
}
