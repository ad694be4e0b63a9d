import { addComponentStrings } from '../../i18n/english-components.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ConversionContext, ConversionResult } from '../../adapters/adapter.js';
import { ConflictError } from '../../adapters/errors.js';
import { AdapterController } from '../../controllers/adapter-controller.js';
import { QueryController } from '../../controllers/query-controller.js';
import { fillEmptyFields } from '../../domain/capture.js';
import { mapCustomFields } from '../../domain/conversion.js';
import { errorMessage, formatDate, msg, statusLabel, type Locale, type MessageKey, numberFormat } from '../../i18n/localize.js';
import { typedNumber } from '../../model/common.js';
import { LocalizedElement } from '../../i18n/localized-element.js';
import { renderError, renderLoading } from '../../styles/states.js';
import type { ConversionInput } from '../../model/conversion.js';
import { opportunityStages, type OpportunityStage } from '../../model/opportunity.js';
import type { Account, Contact, Lead } from '../../model/person.js';
import { LeadConvertedEvent, LeadConvertErrorEvent, LeadConvertEvent } from './lead-convert-wizard.events.js';
import { styles } from './lead-convert-wizard.styles.js';
import { displayName } from '../../domain/members.js';

addComponentStrings();
type Step = 'account' | 'contact' | 'opportunity' | 'review';
const STEPS: Step[] = ['account', 'contact', 'opportunity', 'review'];
const CONTACT_FIELDS = ['firstName', 'lastName', 'email', 'phone', 'title', 'country'] as const;

/**
 * Converts a qualified lead into a contact under a new or existing account, optionally with an
 * opportunity, in one atomic adapter call that keeps the lead's campaign history. Steps:
 * account, contact, opportunity, review; `compact` shows them on one page.
 *
 * @summary Lead conversion wizard.
 * @tagname lead-convert-wizard
 *
 * @csspart steps - The step indicator.
 * @csspart step-heading - Each step's heading (focused when the step opens).
 * @csspart button - Back, Next and Convert buttons.
 * @csspart review - The review summary.
 * @csspart result - The message after conversion, with what was created.
 * @csspart record-link - Each created record's link (with `record-href`).
 *
 * @cssprop --lead-kit-color-accent - Current step, primary button, focus ring.
 * @cssprop --lead-kit-color-surface - Background.
 * @cssprop --lead-kit-color-border - Borders.
 * @cssprop --lead-kit-color-text - Text color.
 * @cssprop --lead-kit-color-muted - Secondary text.
 * @cssprop --lead-kit-color-danger - Error text.
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
 * @fires {LeadConvertEvent} lead-convert - Before converting; cancelable. `detail: { input }` (what will be performed).
 * @fires {LeadConvertedEvent} lead-converted - After the conversion. `detail: { result }` (ids of everything created or updated).
 * @fires {LeadConvertErrorEvent} lead-convert-error - When the conversion failed; nothing was written. `detail: { error }`.
 */
export class LeadConvertWizard extends LocalizedElement {
  static override styles = styles;

  /** Id of the lead to convert. */
  @property({ reflect: true }) lead = '';

  /** All steps on one page instead of one step at a time. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /**
   * Where the created records open, as a URL template with `{type}` (account, contact,
   * opportunity) and `{id}`: the result then links to each (e.g. `/crm/{type}/{id}`).
   */
  @property({ attribute: 'record-href' }) recordHref?: string;

  /** How lead custom fields carry over: lead field -> contact field. Unmapped custom fields are dropped (the review says which). */
  @property({ attribute: false }) customFieldMap: Record<string, string> = {};

  /** @internal */ @state() private step: Step = 'account';
  /** @internal */ @state() private accountMode: 'new' | 'existing' = 'new';
  /** @internal */ @state() private accountName = '';
  /** @internal */ @state() private accountId?: string;
  /** @internal */ @state() private accountQuery = '';
  /** @internal */ @state() private accountResults: Account[] = [];
  /** @internal */ @state() private contactId?: string;
  /** @internal */ @state() private withOpportunity = true;
  /** @internal */ @state() private oppName = '';
  /** @internal */ @state() private oppAmount = '';
  /** @internal */ @state() private oppClose = '';
  /** @internal */ @state() private oppStage: OpportunityStage = 'prospecting';
  /** @internal */ @state() private oppCampaign = '';
  /** @internal */ @state() private converting = false;
  /** @internal */ @state() private failure?: string;
  /** @internal */ @state() private result?: ConversionResult;
  /** @internal */ @state() private stepError?: string;

  private adapters = new AdapterController(this);
  private context = new QueryController(this, this.adapters, {
    args: () => [this.lead] as const,
    enabled: ([lead]) => !!lead,
    run: (adapter, [lead], signal) => adapter.conversionContext(lead, { signal }),
    affects: (e, [lead]) => !!e.ids?.includes(lead) || e.ids === undefined,
  });
  private initializedFor?: string;
  private idPrefix = `cw-${Math.random().toString(36).slice(2, 8)}`;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const ctx = this.context.value;
    if (ctx && this.initializedFor !== ctx.lead.id) this.applyDefaults(ctx);
    if (changed.has('lead') && this.initializedFor && this.initializedFor !== this.lead) this.result = undefined;
  }

  override render() {
    if (!this.lead) return nothing; // nothing to convert yet
    const locale = this.activeLocale;
    return html`<section part="base" class="wizard card" aria-labelledby="${this.idPrefix}-title">
      <h2 id="${this.idPrefix}-title" class="title">${msg(locale, 'wizard.title')}</h2>
      ${this.context.render({
        loading: () => renderLoading(locale),
        empty: () => html`<p role="alert">${msg(locale, 'wizard.not-found')}</p>`,
        error: (e) => renderError(locale, e, () => void this.context.refresh(), (e as { code?: string })?.code === 'not-found' ? msg(locale, 'wizard.not-found') : undefined),
        ready: (ctx: ConversionContext) => this.renderReady(ctx, locale),
      })}
    </section>`;
  }

  private renderReady(ctx: ConversionContext, locale: Locale) {
    if (this.result) return this.renderResult(locale);
    if (ctx.lead.status === 'converted') {
      return html`<p part="result" class="result" role="status">${msg(locale, 'wizard.already')}</p>`;
    }
    const steps = this.compact ? STEPS : [this.step];
    const index = STEPS.indexOf(this.step);
    return html`
      ${this.compact ? nothing : this.renderStepIndicator(locale, index)}
      <form @submit=${(e: Event) => this.handleNext(e, ctx)} novalidate>
        ${steps.map((s) => this.renderStep(s, ctx, locale))}
        ${this.stepError ? html`<p class="error" role="alert">${this.stepError}</p>` : nothing}
        ${this.failure ? html`<p class="error" role="alert">${this.failure}</p>` : nothing}
        <div class="actions">
          ${!this.compact && index > 0 ? html`<button part="button" type="button" class="secondary" @click=${this.handleBack}>${msg(locale, 'wizard.back')}</button>` : nothing}
          <button part="button" type="submit" ?disabled=${this.converting} aria-busy=${this.converting ? 'true' : 'false'}>
            ${this.step === 'review' || this.compact ? msg(locale, this.converting ? 'wizard.converting' : 'wizard.convert') : msg(locale, 'wizard.next')}
          </button>
        </div>
      </form>
    `;
  }

  private renderStepIndicator(locale: Locale, index: number) {
    return html`<ol part="steps" class="steps">
      ${STEPS.map(
        (s, i) => html`<li class=${i === index ? 'current' : i < index ? 'done' : ''} aria-current=${i === index ? 'step' : 'false'}>
          <span class="num" aria-hidden="true">${i + 1}</span> ${msg(locale, `wizard.steps.${s}` as MessageKey)}
        </li>`,
      )}
    </ol>
    <p class="visually-hidden">${msg(locale, 'wizard.step', { n: index + 1, total: STEPS.length })}</p>`;
  }

  private heading(step: Step, locale: Locale) {
    return html`<h3 part="step-heading" class="step-heading" tabindex="-1" id="${this.idPrefix}-${step}">${msg(locale, `wizard.steps.${step}` as MessageKey)}</h3>`;
  }

  private renderStep(step: Step, ctx: ConversionContext, locale: Locale) {
    switch (step) {
      case 'account':
        return this.renderAccount(ctx, locale);
      case 'contact':
        return this.renderContact(ctx, locale);
      case 'opportunity':
        return this.renderOpportunity(ctx, locale);
      default:
        return this.renderReview(ctx, locale);
    }
  }

  private renderAccount(ctx: ConversionContext, locale: Locale) {
    const id = this.idPrefix;
    const choices = [...ctx.suggestedAccounts, ...this.accountResults.filter((a) => !ctx.suggestedAccounts.some((s) => s.id === a.id))];
    return html`<fieldset class="step">
      <legend class="visually-hidden">${msg(locale, 'wizard.steps.account')}</legend>
      ${this.heading('account', locale)}
      <div class="choice">
        <input type="radio" id="${id}-acc-new" name="account" .checked=${this.accountMode === 'new'} @change=${() => (this.accountMode = 'new')} />
        <label for="${id}-acc-new">${msg(locale, 'wizard.account.new')}</label>
      </div>
      ${this.accountMode === 'new'
        ? html`<div class="field indent">
            <label for="${id}-acc-name">${msg(locale, 'wizard.account.name')}</label>
            <input id="${id}-acc-name" .value=${this.accountName} @input=${(e: Event) => (this.accountName = (e.target as HTMLInputElement).value)} />
          </div>`
        : nothing}
      <div class="choice">
        <input type="radio" id="${id}-acc-existing" name="account" .checked=${this.accountMode === 'existing'} @change=${() => (this.accountMode = 'existing')} />
        <label for="${id}-acc-existing">${msg(locale, 'wizard.account.existing')}</label>
      </div>
      ${this.accountMode === 'existing'
        ? html`<div class="indent">
            <div class="field">
              <label for="${id}-acc-search">${msg(locale, 'wizard.account.search')}</label>
              <input id="${id}-acc-search" type="search" .value=${this.accountQuery} @input=${this.handleAccountSearch} />
            </div>
            ${ctx.suggestedAccounts.length ? html`<p class="hint">${msg(locale, 'wizard.account.suggested')}</p>` : nothing}
            ${choices.length
              ? html`<div role="radiogroup" aria-label=${msg(locale, 'wizard.account.existing')}>
                  ${choices.map(
                    (a) => html`<div class="choice">
                      <input type="radio" id="${id}-acc-${a.id}" name="account-id" .checked=${this.accountId === a.id} @change=${() => (this.accountId = a.id)} />
                      <label for="${id}-acc-${a.id}">${a.name} <span class="hint">${this.accountDetails(a, locale)}</span></label>
                    </div>`,
                  )}
                </div>`
              : html`<p class="hint">${msg(locale, 'wizard.account.none')}</p>`}
          </div>`
        : nothing}
    </fieldset>`;
  }

  private renderContact(ctx: ConversionContext, locale: Locale) {
    const id = this.idPrefix;
    return html`<fieldset class="step">
      <legend class="visually-hidden">${msg(locale, 'wizard.steps.contact')}</legend>
      ${this.heading('contact', locale)}
      <div class="choice">
        <input type="radio" id="${id}-con-new" name="contact" .checked=${!this.contactId} @change=${() => (this.contactId = undefined)} />
        <label for="${id}-con-new">${msg(locale, 'wizard.contact.new')} (${displayName(ctx.lead, locale, this.nameOrder)})</label>
      </div>
      ${ctx.suggestedContacts.map((c) => {
        const fills = this.fieldsToFill(ctx.lead, c);
        return html`<div class="choice">
            <input type="radio" id="${id}-con-${c.id}" name="contact" .checked=${this.contactId === c.id} @change=${() => (this.contactId = c.id)} />
            <label for="${id}-con-${c.id}">${msg(locale, 'wizard.contact.merge', { name: `${displayName(c, locale, this.nameOrder)} <${c.email ?? ''}>` })}</label>
          </div>
          <p class="hint indent">${fills.length ? msg(locale, 'wizard.contact.fills', { fields: this.fieldLabels(fills, locale) }) : msg(locale, 'wizard.contact.nothing')}</p>`;
      })}
    </fieldset>`;
  }

  private renderOpportunity(ctx: ConversionContext, locale: Locale) {
    const id = this.idPrefix;
    return html`<fieldset class="step">
      <legend class="visually-hidden">${msg(locale, 'wizard.steps.opportunity')}</legend>
      ${this.heading('opportunity', locale)}
      <div class="choice">
        <input type="checkbox" id="${id}-opp" .checked=${this.withOpportunity} @change=${(e: Event) => (this.withOpportunity = (e.target as HTMLInputElement).checked)} />
        <label for="${id}-opp">${msg(locale, 'wizard.opp.create')}</label>
      </div>
      ${this.withOpportunity
        ? html`<div class="grid indent">
            <div class="field wide">
              <label for="${id}-opp-name">${msg(locale, 'wizard.opp.name')}</label>
              <input id="${id}-opp-name" required .value=${this.oppName} @input=${(e: Event) => (this.oppName = (e.target as HTMLInputElement).value)} />
            </div>
            <div class="field">
              <label for="${id}-opp-amount">${msg(locale, 'wizard.opp.amount')}</label>
              <input id="${id}-opp-amount" inputmode="decimal" .value=${this.oppAmount} @input=${(e: Event) => (this.oppAmount = (e.target as HTMLInputElement).value)} />
            </div>
            <div class="field">
              <label for="${id}-opp-close">${msg(locale, 'wizard.opp.close')}</label>
              <input id="${id}-opp-close" type="date" required aria-describedby="${id}-opp-close-shown" .value=${this.oppClose} @input=${(e: Event) => (this.oppClose = (e.target as HTMLInputElement).value)} />
              <p class="hint" id="${id}-opp-close-shown">${this.oppClose ? formatDate(this.activeLocale, this.oppClose) : ''}</p>
            </div>
            <div class="field">
              <label for="${id}-opp-stage">${msg(locale, 'wizard.opp.stage')}</label>
              <select id="${id}-opp-stage" .value=${this.oppStage} @change=${(e: Event) => (this.oppStage = (e.target as HTMLSelectElement).value as OpportunityStage)}>
                ${opportunityStages.map((s) => html`<option value=${s} ?selected=${s === this.oppStage}>${msg(locale, `stage.${s}` as MessageKey)}</option>`)}
              </select>
            </div>
            <div class="field wide">
              <label for="${id}-opp-campaign">${msg(locale, 'wizard.opp.campaign')}</label>
              <select id="${id}-opp-campaign" title=${this.campaignLabel(ctx, this.oppCampaign, locale)} .value=${this.oppCampaign} @change=${(e: Event) => (this.oppCampaign = (e.target as HTMLSelectElement).value)}>
                <option value="">${msg(locale, 'wizard.opp.no-campaign')}</option>
                ${ctx.memberships.map((m) => html`<option value=${m.campaign.id} ?selected=${m.campaign.id === this.oppCampaign}>${this.campaignLabel(ctx, m.campaign.id, locale)}</option>`)}
              </select>
            </div>
          </div>`
        : nothing}
    </fieldset>`;
  }

  private renderReview(ctx: ConversionContext, locale: Locale) {
    const account = this.accountMode === 'existing' ? this.findAccount(ctx, this.accountId) : undefined;
    const contact = ctx.suggestedContacts.find((c) => c.id === this.contactId);
    const { carried, dropped } = mapCustomFields(ctx.lead.custom, this.customFieldMap);
    return html`<div class="step">
      ${this.heading('review', locale)}
      <ul part="review" class="review">
        <li>${account ? msg(locale, 'wizard.review.account-existing', { name: account.name }) : msg(locale, 'wizard.review.account-new', { name: this.accountName || ctx.lead.company || displayName(ctx.lead, locale, this.nameOrder) })}</li>
        <li>
          ${contact ? msg(locale, 'wizard.review.contact-merge', { name: displayName(contact, locale, this.nameOrder) }) : msg(locale, 'wizard.review.contact-new', { name: displayName(ctx.lead, locale, this.nameOrder) })}
          ${contact && this.fieldsToFill(ctx.lead, contact).length ? html`<br /><span class="hint">${msg(locale, 'wizard.contact.fills', { fields: this.fieldLabels(this.fieldsToFill(ctx.lead, contact), locale) })}</span>` : nothing}
        </li>
        <li>
          ${this.withOpportunity ? msg(locale, 'wizard.review.opp', { name: this.oppName }) : msg(locale, 'wizard.review.no-opp')}
          ${this.withOpportunity ? html`<br /><span class="hint">${this.opportunityDetails(ctx, locale)}</span>` : nothing}
        </li>
        ${this.withOpportunity && typedNumber(this.oppAmount, this.activeLocale) === undefined ? html`<li class="warn">${msg(locale, 'wizard.review.no-amount')}</li>` : nothing}
        <li>${msg(locale, 'wizard.review.memberships', { count: ctx.memberships.length })}</li>
        <li>${msg(locale, 'wizard.review.lead')}</li>
        ${Object.keys(carried).length ? html`<li>${msg(locale, 'wizard.review.carried', { fields: Object.keys(this.customFieldMap).filter((f) => f in (ctx.lead.custom ?? {})).map((f) => `${f} → ${this.customFieldMap[f]}`).join(', ') })}</li>` : nothing}
        ${dropped.length ? html`<li class="warn">${msg(locale, 'wizard.review.dropped', { fields: dropped.join(', ') })}</li>` : nothing}
      </ul>
    </div>`;
  }

  /** A campaign as the source select names it: its name and the lead's status on it. */
  private campaignLabel(ctx: ConversionContext, id: string, locale: Locale): string {
    const m = ctx.memberships.find((x) => x.campaign.id === id);
    return m ? `${m.campaign.name} (${statusLabel(locale, m.member.status)})` : msg(locale, 'wizard.opp.no-campaign');
  }

  /** Amount (in the lead's first campaign currency), stage and close date, as the review shows them. */
  private opportunityDetails(ctx: ConversionContext, locale: Locale): string {
    const amount = typedNumber(this.oppAmount, this.activeLocale);
    const currency = ctx.memberships.find((m) => m.campaign.id === this.oppCampaign)?.campaign.currency ?? 'USD';
    return msg(locale, 'wizard.review.opp-details', {
      amount: amount === undefined || Number.isNaN(amount) ? '—' : numberFormat(locale, { style: 'currency', currency }).format(amount),
      stage: msg(locale, `stage.${this.oppStage}` as MessageKey),
      date: formatDate(this.activeLocale, this.oppClose),
    });
  }

  /** After converting: what was created, as links when `record-href` says where records open. */
  private renderResult(locale: Locale) {
    const r = this.result!;
    const link = (type: 'account' | 'contact' | 'opportunity', id: string) => {
      const label = msg(locale, `wizard.steps.${type}`);
      const href = this.recordHref?.replace('{type}', type).replace('{id}', encodeURIComponent(id));
      return html`<li>${href ? html`<a part="record-link" href=${href}>${label}</a>` : label}</li>`;
    };
    return html`<div part="result" class="result" role="status" tabindex="-1">
      <p>${msg(locale, 'wizard.done')}</p>
      <p>${msg(locale, 'wizard.done-records')}</p>
      <ul class="records">
        ${link('account', r.accountId)} ${link('contact', r.contactId)} ${r.opportunityId ? link('opportunity', r.opportunityId) : nothing}
      </ul>
    </div>`;
  }

  // ---- state -------------------------------------------------------------------------------

  private applyDefaults(ctx: ConversionContext): void {
    this.initializedFor = ctx.lead.id;
    this.step = 'account';
    this.accountMode = ctx.suggestedAccounts.length ? 'existing' : 'new';
    this.accountId = ctx.suggestedAccounts[0]?.id;
    this.accountName = ctx.lead.company ?? '';
    this.contactId = ctx.suggestedContacts[0]?.id;
    this.oppName = ctx.defaultOpportunityName;
    this.oppCampaign = ctx.defaultPrimaryCampaignId ?? '';
    const close = new Date(Date.now() + 30 * 86400000);
    this.oppClose = close.toISOString().slice(0, 10);
    this.failure = undefined;
  }

  /** What tells two accounts of the same name apart: website, country, industry, and when it was created. */
  private accountDetails(a: Account, locale: Locale): string {
    const created = msg(locale, 'wizard.account.created', { date: formatDate(this.activeLocale, a.createdAt) });
    return [a.website, a.country, a.industry, created].filter(Boolean).join(' · ');
  }



  private findAccount(ctx: ConversionContext, id?: string): Account | undefined {
    return [...ctx.suggestedAccounts, ...this.accountResults].find((a) => a.id === id);
  }

  /** Names of the contact's empty fields the lead will fill (the domain's merge rule). */
  /** Field names as the form labels them, in the UI's language. */
  private fieldLabels(fields: string[], locale: Locale): string {
    return fields.map((f) => msg(locale, `form.${f}` as MessageKey)).join(', ');
  }

  private fieldsToFill(lead: Lead, contact: Contact): string[] {
    return Object.keys(fillEmptyFields(contact, lead, CONTACT_FIELDS));
  }

  private input(ctx: ConversionContext): ConversionInput {
    const amount = typedNumber(this.oppAmount, this.activeLocale);
    return {
      leadId: ctx.lead.id,
      leadVersion: ctx.lead.version,
      account: this.accountMode === 'existing' && this.accountId ? { mode: 'existing', id: this.accountId } : { mode: 'new', ...(this.accountName.trim() ? { name: this.accountName } : {}) },
      contact: this.contactId ? { mode: 'existing', id: this.contactId } : { mode: 'new' },
      ...(this.withOpportunity
        ? {
            opportunity: {
              name: this.oppName,
              closeDate: this.oppClose,
              stage: this.oppStage,
              ...(amount !== undefined ? { amount } : {}),
              ...(this.oppCampaign ? { primaryCampaignId: this.oppCampaign } : {}),
            },
          }
        : {}),
      customFieldMap: this.customFieldMap,
    };
  }

  // ---- handlers ----------------------------------------------------------------------------

  private handleAccountSearch = async (e: Event) => {
    this.accountQuery = (e.target as HTMLInputElement).value;
    const query = this.accountQuery;
    const results = await this.adapters.adapter.searchAccounts(query);
    if (query === this.accountQuery) this.accountResults = results;
  };

  private async goTo(step: Step): Promise<void> {
    this.step = step;
    this.stepError = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${this.idPrefix}-${step}`)?.focus();
  }

  private handleBack = () => void this.goTo(STEPS[Math.max(0, STEPS.indexOf(this.step) - 1)]);

  private async handleNext(e: Event, ctx: ConversionContext): Promise<void> {
    e.preventDefault();
    const locale = this.activeLocale;
    if ((this.step === 'account' || this.compact) && this.accountMode === 'existing' && !this.accountId) {
      this.stepError = msg(locale, 'wizard.choose-account');
      return;
    }
    if (!this.compact && this.step !== 'review') {
      await this.goTo(STEPS[STEPS.indexOf(this.step) + 1]);
      return;
    }
    await this.convert(ctx, locale);
  }

  private async convert(ctx: ConversionContext, locale: Locale): Promise<void> {
    const input = this.input(ctx);
    if (!this.dispatchEvent(new LeadConvertEvent({ input }))) return;
    this.converting = true;
    this.failure = undefined;
    try {
      this.result = await this.adapters.adapter.convertLead(input);
      this.dispatchEvent(new LeadConvertedEvent({ result: this.result }));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part=result]')?.focus();
    } catch (error) {
      const already = error instanceof ConflictError && error.reason === 'converted';
      this.failure = already ? msg(locale, 'wizard.already') : `${msg(locale, 'wizard.failed')} ${errorMessage(locale, error)}`;
      this.dispatchEvent(new LeadConvertErrorEvent({ error: error as Error }));
    } finally {
      this.converting = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lead-convert-wizard': LeadConvertWizard;
  }
}
