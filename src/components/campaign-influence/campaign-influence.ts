import { addComponentStrings } from '../../i18n/english-components.js';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { InfluenceReport } from '../../adapters/adapter.js';
import { AdapterController } from '../../controllers/adapter-controller.js';
import { QueryController } from '../../controllers/query-controller.js';
import { DEFAULT_HALF_LIFE_DAYS, INFLUENCE_MODELS } from '../../domain/influence.js';
import { msg, type Locale, type MessageKey, numberFormat } from '../../i18n/localize.js';
import { LocalizedElement } from '../../i18n/localized-element.js';
import { influenceModels, type InfluenceModel, type InfluenceWeights } from '../../model/opportunity.js';
import { renderEmpty, renderError, renderLoading } from '../../styles/states.js';
import { styles } from './campaign-influence.styles.js';

addComponentStrings();

type Currency = InfluenceReport['currencies'][number];

/** `weights="40,0,40,20"` read as a custom model's weights (undefined when not four numbers). */
function parseWeights(text: string): InfluenceWeights | undefined {
  const w = text.split(',').map((x) => Number(x.trim()));
  if (w.length !== 4 || w.some((x) => !Number.isFinite(x))) return undefined;
  return { first: w[0], leadCreation: w[1], last: w[2], middle: w[3] };
}

/**
 * Multi-touch campaign influence for the whole workspace: every opportunity's amount shared
 * among the campaigns its person responded to before it was created, by a chosen model — primary
 * campaign source, first touch, last touch, even, position-based (40/20/40), U-shaped, W-shaped,
 * time decay, J-shaped, inverse J or a team's own weights. Each campaign's influenced and won
 * value per currency (amounts in different currencies are never added), a total row that
 * reconciles, and every model side by side. Follows every change on the page and in other tabs.
 *
 * @summary Campaign influence: opportunities' value shared among the campaigns that touched them, by model.
 * @tagname campaign-influence
 *
 * @csspart base - The card.
 * @csspart model - The model picker.
 * @csspart table - Each currency's table of campaigns.
 * @csspart compare - The models side by side.
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
 * @fires {InfluenceModelChangeEvent} influence-model-change - The reader picked another model. `detail: { model }`.
 */
export class CampaignInfluence extends LocalizedElement {
  static override styles = styles;

  /**
   * The model the campaigns' table shows: `primary`, `first-touch`, `last-touch`, `even`
   * (default), `position`, `u-shaped`, `w-shaped`, `time-decay`, `j-shaped`, `inverse-j` or
   * `custom`. The reader can pick another one.
   */
  @property({ reflect: true }) model: InfluenceModel = 'even';

  /** Time decay: days after which a response counts half (0.5–365; default 7). */
  @property({ attribute: 'half-life-days', type: Number }) halfLifeDays?: number;

  /**
   * The custom model's weights in percent: the first response, the lead's creation, the last
   * response and every other one, comma-separated and adding up to 100 (default `40,0,40,20`).
   */
  @property() weights = '';

  /** Opens the models side by side under each currency's table (the reader can fold it). */
  @property({ type: Boolean, reflect: true }) compare = false;

  private adapters = new AdapterController(this);
  private query = new QueryController(this, this.adapters, {
    args: () => [this.halfLifeDays, this.weights.trim()] as const,
    run: (adapter, [halfLifeDays, weights], signal) => {
      const w = weights ? parseWeights(weights) : undefined;
      return adapter.influenceReport(
        { ...(halfLifeDays !== undefined && !Number.isNaN(halfLifeDays) ? { halfLifeDays } : {}), ...(w ? { weights: w } : weights ? { weights: { first: NaN, leadCreation: NaN, last: NaN, middle: NaN } } : {}) },
        { signal },
      );
    },
    isEmpty: (r) => !r || r.currencies.length === 0,
    // Deals carry their touches from when they were created: their writes and campaigns' names move it.
    affects: (e) => e.stores.includes('opportunities') || e.stores.includes('campaigns'),
  });

  override render() {
    const locale = this.activeLocale;
    const model = (influenceModels as readonly string[]).includes(this.model) ? this.model : 'even';
    const head = html`<header class="head">
      <h2 id="title">${msg(locale, 'influence.title')}</h2>
      <p class="about">${msg(locale, 'influence.about')}</p>
    </header>`;
    return html`<section part="base" class="card" aria-labelledby="title">
      ${head}
      ${this.query.render({
        loading: () => renderLoading(locale),
        empty: () => renderEmpty(msg(locale, 'influence.empty')),
        error: (e) => renderError(locale, e, () => void this.query.refresh()),
        ready: (r: InfluenceReport) => this.renderReady(r, model, locale),
      })}
    </section>`;
  }

  private renderReady(r: InfluenceReport, model: InfluenceModel, locale: Locale) {
    return html`<div class="model" part="model">
        <label for="model">${msg(locale, 'influence.model')}</label>
        <select id="model" aria-describedby="model-about" @change=${(e: Event) => this.pick((e.target as HTMLSelectElement).value as InfluenceModel)}>
          ${r.models.map((m) => html`<option value=${m} ?selected=${m === model}>${msg(locale, `influence.model.${m}` as MessageKey)}</option>`)}
        </select>
        <p id="model-about" class="describe">${this.describe(r, model, locale)}</p>
      </div>
      ${r.currencies.map((c) => this.renderCurrency(c, model, locale))}`;
  }

  private describe(r: InfluenceReport, model: InfluenceModel, locale: Locale): string {
    if (model === 'time-decay') return msg(locale, 'influence.describe.time-decay', { days: this.formatNumber(r.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS) });
    if (model === 'custom') {
      const w = r.weights;
      return msg(locale, 'influence.describe.custom', { first: this.formatNumber(w.first), lead: this.formatNumber(w.leadCreation), last: this.formatNumber(w.last), middle: this.formatNumber(w.middle) });
    }
    return msg(locale, `influence.describe.${model}` as MessageKey);
  }

  private renderCurrency(c: Currency, model: InfluenceModel, locale: Locale) {
    const money = (n: number) => numberFormat(locale, { style: 'currency', currency: c.currency }).format(n);
    const rows = c.campaigns.filter((x) => x.figures[model]).sort((a, b) => b.figures[model].amount - a.figures[model].amount || a.name.localeCompare(b.name));
    const total = c.totals[model];
    const caption = msg(locale, 'influence.currency', { currency: c.currency });
    const [deals, amount, won] = [msg(locale, 'influence.deals'), msg(locale, 'influence.amount'), msg(locale, 'influence.won')];
    return html`<div class="currency">
      <div class="table-wrap">
        <table part="table">
          <caption>${caption}</caption>
          <thead>
            <tr>
              <th scope="col">${msg(locale, 'influence.campaign')}</th>
              <th scope="col" class="num">${deals}</th>
              <th scope="col" class="num">${amount}</th>
              <th scope="col" class="num">${won}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (x) => html`<tr>
                <th scope="row">${x.name}</th>
                <td class="num" data-label=${deals}>${this.formatNumber(x.figures[model].opportunities)}</td>
                <td class="num" data-label=${amount}>${money(x.figures[model].amount)}</td>
                <td class="num" data-label=${won}>${money(x.figures[model].wonAmount)}</td>
              </tr>`,
            )}
          </tbody>
          ${total
            ? html`<tfoot>
                <tr>
                  <th scope="row">${msg(locale, 'influence.total')}</th>
                  <td class="num" data-label=${deals}>${this.formatNumber(total.opportunities)}</td>
                  <td class="num" data-label=${amount}>${money(total.amount)}</td>
                  <td class="num" data-label=${won}>${money(total.wonAmount)}</td>
                </tr>
              </tfoot>`
            : nothing}
        </table>
      </div>
      <details part="compare" class="compare" ?open=${this.compare}>
        <summary>${msg(locale, 'influence.compare')}</summary>
        <div class="table-wrap compare-wrap" role="region" tabindex="0" aria-label=${`${msg(locale, 'influence.compare')} · ${caption}`}>
          <table class="wide">
            <caption>${caption}</caption>
            <thead>
              <tr>
                <th scope="col">${msg(locale, 'influence.campaign')}</th>
                ${INFLUENCE_MODELS.map((m) => html`<th scope="col" class="num">${msg(locale, `influence.model.${m}` as MessageKey)}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${c.campaigns.map(
                (x) => html`<tr>
                  <th scope="row">${x.name}</th>
                  ${INFLUENCE_MODELS.map((m) => html`<td class="num">${money(x.figures[m]?.amount ?? 0)}</td>`)}
                </tr>`,
              )}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">${msg(locale, 'influence.total')}</th>
                ${INFLUENCE_MODELS.map((m) => html`<td class="num">${money(c.totals[m]?.amount ?? 0)}</td>`)}
              </tr>
            </tfoot>
          </table>
        </div>
      </details>
    </div>`;
  }

  private pick(model: InfluenceModel): void {
    this.model = model;
    this.dispatchEvent(new InfluenceModelChangeEvent({ model }));
  }
}

/** The reader picked another influence model. */
export class InfluenceModelChangeEvent extends Event {
  static readonly type = 'influence-model-change';
  constructor(readonly detail: { model: InfluenceModel }) {
    super(InfluenceModelChangeEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'campaign-influence': CampaignInfluence;
  }
  interface GlobalEventHandlersEventMap {
    'influence-model-change': InfluenceModelChangeEvent;
  }
}
