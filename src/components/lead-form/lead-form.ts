import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { FieldIssue } from '../../adapters/errors.js';
import { AccessError, ConfigurationError, LimitError, NotFoundError, QueuedError, ValidationError } from '../../adapters/errors.js';
import { adapterFromConfig, configFromElement, hasDestination, reportConfiguration } from '../../context/embed-config.js';
import { AdapterController } from '../../controllers/adapter-controller.js';
import { attributionFrom } from '../../domain/attribution.js';
import { nameOrder } from '../../domain/name-order.js';
import { newId } from '../../domain/ids.js';
import { fieldMessage, msg, resolveLocale, supportedLocales, type Locale } from '../../i18n/localize.js';
import { LocalizedElement } from '../../i18n/localized-element.js';
import type { LeadFields, LeadSource } from '../../model/person.js';
import { typedNumber } from '../../model/typed-number.js';
import type { LeadSubmission, ParsedLeadSubmission } from '../../model/submission.js';
import { SpamTrap } from './spam-trap.js';
import { loadValidation, loadValidationWhenIdle, validation, type Validation } from './validation-loader.js';
import { activeSpecs, DEFAULT_FIELDS, inNameOrder, parseFieldList, specsFromDeclarations, specsFromSteps, withQueue, type FieldSpec } from './fields.js';
import type { Profiling } from './profiling.js';
import { initialValues, leadInput, type Values } from './values.js';
import type { LeadField } from './lead-field.js';
import { LeadKitAccessErrorEvent, LeadSubmitErrorEvent, LeadSubmitEvent, LeadSubmitQueuedEvent, LeadSubmitSuspectedEvent, LeadSubmittedEvent } from './lead-form.events.js';
import type { DataAdapter } from '../../adapters/adapter.js';
import { styles } from './lead-form.styles.js';
import { renderField } from './field-view.js';


/**
 * A lead capture form for any page. Submissions become leads on the campaign named by
 * `campaign`; a visitor whose email matches an existing lead or contact is added to the
 * campaign instead of being duplicated. Works on the page-wide IndexedDB default or the
 * adapter of the nearest `<lead-kit>`.
 *
 * Fields: `fields="firstName lastName email* company"` (standard fields in order, `*` =
 * required), or `<lead-field>` children for labels, custom fields, hidden values and consent.
 *
 * Where leads go, with HTML alone (a page with one form and no provider): `server` and `key`
 * (a publishable key) for the Lead Kit server, `salesforce-org` for Salesforce Web-to-Lead,
 * `hubspot-portal` and `hubspot-form` for HubSpot — as on `<lead-kit>`. A secret key is refused:
 * nothing is sent, the visitor sees a neutral message with their details kept, and the site
 * owner a console error and a `lead-kit-config-error` event.
 *
 * @summary Lead capture form that attaches visitors to a campaign.
 * @tagname lead-form
 *
 * @slot success - Shown instead of the form after a successful submission (default: a localized thank-you).
 * @slot header - Content above the fields (a heading, an introduction).
 * @slot footer - Content below the submit button (privacy note, links).
 *
 * @csspart form - The `<form>` element.
 * @csspart field - Each field's wrapper.
 * @csspart label - Each field's label.
 * @csspart input - Each input, select and textarea.
 * @csspart error - Each field's error message.
 * @csspart error-summary - The list of errors shown after a failed submit attempt.
 * @csspart submit-button - The submit button.
 * @csspart success - The success message.
 *
 * @cssprop --lead-kit-color-text - Text color.
 * @cssprop --lead-kit-color-muted - Secondary text color.
 * @cssprop --lead-kit-color-surface - Background of inputs and the form.
 * @cssprop --lead-kit-color-border - Input borders.
 * @cssprop --lead-kit-color-accent - Submit button and focus ring.
 * @cssprop --lead-kit-color-on-accent - Text on the submit button.
 * @cssprop --lead-kit-color-danger - Error text and invalid borders.
 * @cssprop --lead-kit-color-warning - Edge of the "keep this page open" notice (a submission the device could not store).
 * @cssprop --lead-kit-radius - Corner radius.
 * @cssprop --lead-kit-space - Base spacing: every gap and padding is a step of it (the density).
 * @cssprop --lead-kit-font-family - Font.
 * @cssprop --lead-kit-form-max-width - Widest the form grows (default 36rem stacked, 52rem two-column); `none` to fill its container.
 * @cssprop --lead-kit-color-scheme - Colour scheme: `light dark` (default: the visitor's OS setting), `light` or `dark`. The colour defaults below have a light and a dark value.
 * @cssprop --lead-kit-color-on-danger - Text on the danger colour (default #ffffff; dark #2a0906).
 * @cssprop --lead-kit-color-success - Done and checked-in states (default #1b7f3b; dark #6fd08c).
 * @cssprop --lead-kit-color-backdrop - Behind dialogs (default 45% black; dark 65%).
 * @cssprop --lead-kit-shadow-raised - Elevation of what floats over the page: dialogs, menus.
 * @cssprop --lead-kit-density - `comfortable` (default: 44 px rows and controls) or `compact` (32 px, 13 px text, tighter spacing); read when the element is connected. The `density` attribute overrides it.
 * @cssprop --lead-kit-card-background - The card the element sits in: its background (default: the surface colour).
 * @cssprop --lead-kit-card-border - The card's border (default `1px solid` the border colour; `none` for none).
 * @cssprop --lead-kit-card-radius - The card's corner radius (default: `--lead-kit-radius`).
 * @cssprop --lead-kit-card-padding - The card's padding (default: `--lead-kit-space`).
 * @cssprop --lead-kit-card-shadow - The card's shadow (default none: cards are flat).
 *
 * @fires {LeadSubmitEvent} lead-submit - Before the lead is written; cancelable. `detail: { values, campaignId, status, submissionId }`.
 * @fires {LeadSubmittedEvent} lead-submitted - After the lead was stored. `detail: { submissionId, person, matched, memberId, campaignId, confirmation }` (`confirmation: 'pending'`: a double opt-in campaign; the visitor is asked to confirm by email).
 * @fires {LeadSubmitQueuedEvent} lead-submit-queued - The server could not be reached, or a CRM's limit is reached (`reason: 'limit'`: Web-to-Lead's daily cap, HubSpot's rate); the submission is kept and sent later. `detail: { submissionId, campaignId, durable, reason, retryAt }` — `durable` false: the device refused to store it, so it waits in this page (a warning is shown).
 * @fires {LeadSubmitErrorEvent} lead-submit-error - When storing failed; the typed values stay in the form. `detail: { error, submissionId }`.
 * @fires {LeadKitConfigErrorEvent} lead-kit-config-error - The form's destination attributes are refused (a secret key, a malformed server URL or id, two destinations); nothing is sent until they are fixed. Also written to the console. `detail: { error, attribute, message }`.
 * @fires {LeadKitAccessErrorEvent} lead-kit-access-error - The server refused the key (revoked, unknown, an origin it does not allow: 401/403). The submission is kept on the device and not retried until the page's key changes; the visitor is thanked as for a queued submission. Also written to the console. `detail: { error, status, submissionId, campaignId }`.
 * @fires {LeadSubmitSuspectedEvent} lead-submit-suspected - A submission looked automated; the visitor sees the usual thank-you. Sent with no interaction or faster than `min-fill-seconds` after the first one (without autofill): held in the campaign's quarantine (the member list's "Suspected spam", where it can be released), `outcome: 'held'` (`'submitted'` with a CRM connector, which has no quarantine). The hidden honeypot field filled: dropped and logged, `outcome: 'dropped'`. `detail: { reason, outcome, values, campaignId, submissionId }`.
 */
export class LeadForm extends LocalizedElement {
  static override styles = styles;

  /** Id of the campaign submissions are attached to. */
  @property({ reflect: true }) campaign = '';

  /** Member status to give the person on the campaign; default: the campaign's first responded status. */
  @property({ reflect: true }) status?: string;

  /** Lead source recorded on new leads (web, event, referral, partner, advertisement, email, phone, other). */
  @property({ attribute: 'lead-source', reflect: true }) leadSource: LeadSource = 'web';

  /** Standard fields to show, in order, separated by spaces; `*` marks a required one. Ignored when `<lead-field>` children are present. */
  @property({ reflect: true }) fields = DEFAULT_FIELDS;

  /**
   * Queued questions (progressive profiling), standard fields in order like `fields`: not asked
   * on a first visit; for a returning visitor, asked in place of fields already known. Add to
   * them with `<lead-field queued>`. The email is always asked.
   */
  @property({ reflect: true }) queue?: string;

  /**
   * `off`: no progressive profiling — the form neither keeps nor sends a visitor id, and asks
   * its own fields every time. On by default for a form with queued questions (it keeps only a
   * random id on the device, never an answer).
   */
  @property({ reflect: true }) profiling: 'on' | 'off' = 'on';

  /** `two-column` lays fields out side by side on wide containers; default stacked. */
  @property({ reflect: true }) layout: 'stacked' | 'two-column' = 'stacked';

  /** After success, go to this URL instead of showing the success message. */
  @property({ attribute: 'success-url', reflect: true }) successUrl?: string;

  /** Text of the submit button (default: localized "Submit"). */
  @property({ attribute: 'submit-label', reflect: true }) submitLabel?: string;

  /** Pre-fill fields from the page URL's query parameters named like the fields (`?email=…`). */
  @property({ type: Boolean, reflect: true }) prefill = false;

  /**
   * Submissions sooner than this many seconds after the visitor's first interaction with the form
   * (focus, typing, a click) are treated as bots — unless the browser autofilled the form. A
   * submission with no interaction at all is too. `0` turns this trap off (the honeypot stays).
   */
  @property({ type: Number, attribute: 'min-fill-seconds', reflect: true }) minFillSeconds = 3;

  /** The Lead Kit server's base URL (`https://leads.example.com`); with `key`, this form's leads go there. */
  @property({ reflect: true }) server?: string;

  /** The server's publishable key (`lk_pub_…`). A secret key is refused. */
  @property({ reflect: true }) key?: string;

  /** Salesforce organization id (`00D…`): this form's leads go to Salesforce Web-to-Lead. */
  @property({ attribute: 'salesforce-org', reflect: true }) salesforceOrg?: string;

  /** HubSpot portal id: with `hubspot-form`, this form's leads go to that HubSpot form. */
  @property({ attribute: 'hubspot-portal', reflect: true }) hubspotPortal?: string;

  /** HubSpot form GUID (with `hubspot-portal`). */
  @property({ attribute: 'hubspot-form', reflect: true }) hubspotForm?: string;

  /** Optional hook returning a CAPTCHA token (e.g. from a provider's widget); it travels with the submission. */
  @property({ attribute: false }) captcha?: () => Promise<string | undefined>;

  /** @internal */
  @state() private values: Values = {};
  /** @internal */
  @state() private issues: Record<string, string> = {};
  /** @internal */
  @state() private touched = new Set<string>();
  /** @internal */
  @state() private attempted = false;
  /** @internal */
  @state() private submitting = false;
  /** @internal */
  @state() private formError?: string;
  /** @internal */
  @state() private succeeded = false;
  /** The campaign asks for a double opt-in: the thank-you says to confirm by email. */
  @state() private confirmByEmail = false;
  /** @internal */
  @state() private successName = '';
  /** @internal */
  /** @internal Queued for later: `durable` on the device, `memory` in this page only. */
  @state() private queued: false | 'durable' | 'memory' = false;
  /** @internal Queued because the destination's limit was reached (not a lost connection). */
  @state() private queuedForLimit = false;
  /** @internal */
  @state() private specs: FieldSpec[] = [];
  /** The titles of the `<lead-form-step>`s (none: a one-page form), and the step shown. */
  /** @internal */
  @state() private steps: string[] = [];
  /** @internal */
  @state() private step = 0;
  /** The steps' progress and buttons, loaded when the form has steps. */
  /** @internal */
  @state() private stepsUi?: typeof import('./form-steps.js');

  /** The form's own destination (its `server`/`key` or CRM attributes), if it names one. */
  private ownAdapter?: DataAdapter;
  private adapters = new AdapterController(this, () => this.ownAdapter);
  /** Progressive profiling, loaded when the form has queued questions and the page did not turn it off. */
  /** @internal */
  @state() private profile?: Profiling;
  private profilingOn = () => this.profiling !== 'off' && this.specs.some((s) => s.queued);
  private profiling$?: Promise<Profiling>;
  private loadProfiling(): Promise<Profiling> {
    this.profiling$ ??= import('./profiling.js').then((m) => (this.profile ??= new m.Profiling(this, () => this.adapters.adapter, this.profilingOn)));
    return this.profiling$;
  }
  private spamTrap = new SpamTrap(this, () => void this.loadValidation().catch(() => {}));
  private submissionId?: string;
  /** Ids live in the shadow root, so a fixed prefix is unique, and the same when server-rendered. */
  private idPrefix = 'lf';

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('lead-field-change', this.handleFieldDeclarations);
    this.readFieldDeclarations();
    if (!isServer) loadValidationWhenIdle();
  }

  /** Loads the schema check; issues already shown are checked again with it. */
  private loadValidation(): Promise<Validation> {
    const known = validation();
    return loadValidation().then((m) => {
      if (!known && (this.attempted || this.touched.size)) this.issues = this.validate(resolveLocale(this)).issues;
      return m;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('lead-field-change', this.handleFieldDeclarations);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('fields') || changed.has('queue')) this.readFieldDeclarations();
    if (!isServer && !this.profile && this.profilingOn()) void this.loadProfiling().catch(() => {});
    if (!isServer && (changed.has('server') || changed.has('key') || changed.has('salesforceOrg') || changed.has('hubspotPortal') || changed.has('hubspotForm'))) {
      const config = configFromElement(this);
      this.ownAdapter = hasDestination(config) ? adapterFromConfig(config) : undefined;
      reportConfiguration(this, config);
    }
  }

  /** Clears the form for another submission (after success, or to start over). */
  reset(): void {
    this.values = initialValues(this.specs, this.prefill);
    this.issues = {};
    this.touched = new Set();
    this.attempted = false;
    this.formError = undefined;
    this.succeeded = false;
    this.confirmByEmail = false;
    this.submissionId = undefined;
    this.step = 0;
    this.spamTrap.reset();
  }

  override render() {
    const locale = resolveLocale(this);
    if (this.succeeded) return this.renderSuccess(locale);
    const steps = this.steps.length ? this.stepsUi : undefined;
    const submit = html`<button part="submit-button" type="submit" ?disabled=${this.submitting} aria-busy=${this.submitting ? 'true' : 'false'}>
      ${this.submitting ? msg(locale, 'form.submitting') : (this.submitLabel ?? msg(locale, 'form.submit'))}
    </button>`;
    return html`
      <form part="form" novalidate class="card ${this.layout === 'two-column' ? 'two-column' : 'stacked'}" @submit=${this.handleSubmit}>
        <slot name="header"></slot>
        ${steps ? steps.renderProgress(locale, this.steps, this.step, this.idPrefix) : nothing}
        ${this.renderErrorSummary(locale)}
        <div class="fields">${this.shownSpecs.map((spec) =>
          renderField(spec, {
            locale,
            idPrefix: this.idPrefix,
            label: this.labelOf(spec, locale),
            value: this.values[spec.name],
            issue: this.visibleIssue(spec.name),
            input: (value) => this.handleInput(spec, value),
            blur: () => this.handleBlur(spec),
          }),
        )}</div>
        ${this.renderHoneypot(locale)}
        ${this.formError ? html`<p class="form-error" role="alert" id="${this.idPrefix}-form-error">${this.formError}</p>` : nothing}
        ${steps
          ? steps.renderStepNav(locale, { step: this.step, total: this.steps.length, busy: this.submitting, back: () => this.goToStep(this.step - 1), submit })
          : html`<div class="actions">${this.steps.length ? nothing : submit}</div>`}
        <slot name="footer"></slot>
      </form>
    `;
  }

  /** The fields shown now, in order (names in the language's order): those whose `show-if` holds, on the current step. */
  private get shownSpecs(): FieldSpec[] {
    const active = this.activeFields();
    return inNameOrder(this.steps.length ? active.filter((s) => (s.step ?? 0) === this.step) : active, nameOrder(this.activeLocale, this.nameOrder));
  }

  /** The fields asked now (progressive profiling), those whose `show-if` holds. */
  private activeFields(): FieldSpec[] {
    // Until progressive profiling has loaded (or when off), a queued question is not asked.
    return activeSpecs(this.profile ? this.profile.asked(this.specs) : this.specs.filter((s) => !s.queued), this.values);
  }

  /** Shows step `n` (values kept), its title focused so a screen reader says where the visitor is. */
  private async goToStep(n: number): Promise<void> {
    this.step = Math.max(0, Math.min(this.steps.length - 1, n));
    this.attempted = false;
    this.touched = new Set();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.step-title')?.focus();
  }

  private renderSuccess(locale: Locale) {
    return html`<div part="success" class="success ${this.queued === 'memory' ? 'warning' : ''}" role="status" tabindex="-1">
      <slot name="success">${this.queued === 'memory' ? msg(locale, 'form.queued-memory') : this.queued ? msg(locale, this.queuedForLimit ? 'form.queued-later' : 'form.queued') : this.confirmByEmail ? msg(locale, 'form.confirm-email') : this.successName ? msg(locale, 'form.success-named', { name: this.successName }) : msg(locale, 'form.success')}</slot>
    </div>`;
  }

  private renderErrorSummary(locale: Locale) {
    const entries = this.attempted ? this.shownSpecs.filter((s) => this.issues[s.name]) : [];
    if (!entries.length) return nothing;
    return html`<div part="error-summary" class="error-summary" role="alert" tabindex="-1" id="${this.idPrefix}-summary">
      <p>${msg(locale, 'form.errors-title', { count: entries.length })}</p>
      <ul>
        ${entries.map(
          (s) => html`<li><a href="#${this.idPrefix}-${s.name}" @click=${(e: Event) => this.focusField(e, s.name)}>${this.labelOf(s, locale)}: ${this.issues[s.name]}</a></li>`,
        )}
      </ul>
    </div>`;
  }

  /** A field people cannot see or reach; bots that fill every input give themselves away. */
  private renderHoneypot(locale: Locale) {
    return html`<div class="hp" aria-hidden="true">
      <label for="${this.idPrefix}-hp">${msg(locale, 'form.honeypot')}</label>
      <input id="${this.idPrefix}-hp" name="website_url" type="text" tabindex="-1" autocomplete="off" .value=${live(String(this.values.__hp ?? ''))} @input=${(e: Event) => (this.values = { ...this.values, __hp: (e.target as HTMLInputElement).value })} />
    </div>`;
  }

  // ---- fields ------------------------------------------------------------------------------

  private labelOf(spec: FieldSpec, locale: Locale): string {
    return spec.label ?? (spec.labelKey ? msg(locale, spec.labelKey) : spec.name);
  }

  private visibleIssue(name: string): string | undefined {
    return this.attempted || this.touched.has(name) ? this.issues[name] : undefined;
  }

  private handleFieldDeclarations = () => this.readFieldDeclarations();

  /** Reads `<lead-field>` children (or the `fields` attribute) into field specs. */
  private readFieldDeclarations(): void {
    // Server-side rendering has no light DOM to read: the `fields` attribute or the defaults.
    const children = isServer ? [] : [...this.querySelectorAll<LeadField>(':scope > lead-field')];
    const steps = isServer ? [] : [...this.querySelectorAll<HTMLElement>(':scope > lead-form-step')];
    const declared = steps.length ? specsFromSteps(steps) : children.length ? specsFromDeclarations(children) : parseFieldList(this.fields || DEFAULT_FIELDS);
    const specs = withQueue(declared, this.queue, steps.length);
    const labels = steps.map((step, i) => step.getAttribute('label')?.trim() || msg(resolveLocale(this), 'form.step-of', { step: i + 1, total: steps.length }));
    if (JSON.stringify(labels) !== JSON.stringify(this.steps)) {
      this.steps = labels;
      this.step = Math.min(this.step, Math.max(0, labels.length - 1));
      if (labels.length && !this.stepsUi) void import('./form-steps.js').then((m) => (this.stepsUi = m));
    }
    if (JSON.stringify(specs) === JSON.stringify(this.specs)) return;
    const previous = this.values;
    this.specs = specs;
    this.values = { ...initialValues(specs, this.prefill), ...Object.fromEntries(Object.entries(previous).filter(([k]) => specs.some((s) => s.name === k))) };
  }

  /** Validates the current values with the model's schema; issues by form field name. */
  private validate(locale: Locale): { lead?: ParsedLeadSubmission['lead']; issues: Record<string, string> } {
    const issues: Record<string, string> = {};
    // A field whose `show-if` does not hold is neither checked nor sent.
    const active = this.activeFields();
    for (const s of active) {
      const v = this.values[s.name];
      if (s.required && (v === '' || v === false || v === undefined || (Array.isArray(v) && !v.length))) issues[s.name] = fieldMessage(locale, 'required');
      else if (s.type === 'number' && typeof v === 'string' && v.trim() && Number.isNaN(typedNumber(v, locale))) issues[s.name] = fieldMessage(locale, 'number');
    }
    // Until the schema check has loaded (right after the first render), only the checks above.
    const check = validation();
    if (!check) return { issues };
    try {
      const lead = check.parseLead(leadInput(active, this.values, locale, (spec) => this.labelOf(spec, locale)));
      return { lead: Object.keys(issues).length ? undefined : lead, issues };
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      this.mapIssues(error.issues, issues, locale);
      return { issues };
    }
  }

  private mapIssues(list: FieldIssue[], into: Record<string, string>, locale: Locale): void {
    for (const issue of list) {
      const path = issue.path.replace(/^lead\./, '');
      const [head, sub] = path.split('.');
      const name = head === 'custom' ? sub : head === 'description' ? 'message' : head;
      const spec = this.specs.find((s) => s.name === name);
      into[spec ? spec.name : 'email'] ??= fieldMessage(locale, issue.code === 'invalid_type' && spec?.type === 'number' ? 'number' : issue.code);
    }
  }

  // ---- handlers ----------------------------------------------------------------------------

  private handleInput(spec: FieldSpec, value: string | boolean | string[]): void {
    this.values = { ...this.values, [spec.name]: value, ...(spec.type === 'consent' ? { [`__at:${spec.name}`]: value ? new Date().toISOString() : '' } : {}) };
    this.submissionId = undefined; // new values, new submission
    if (this.attempted || this.touched.has(spec.name)) this.issues = this.validate(resolveLocale(this)).issues;
  }

  private handleBlur(spec: FieldSpec): void {
    if (this.values[spec.name] === '' && !this.attempted) return; // not interacted with yet
    this.touched = new Set(this.touched).add(spec.name);
    this.issues = this.validate(resolveLocale(this)).issues;
  }

  private focusField(event: Event, name: string): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${this.idPrefix}-${name}`)?.focus();
  }

  private async handleSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.submitting) return; // a double click sends once
    const locale = resolveLocale(this);
    this.attempted = true;
    this.formError = undefined;
    if (!validation()) {
      this.submitting = true; // a second click while the check loads sends nothing more
      try {
        await this.loadValidation();
      } catch {
        this.formError = msg(locale, 'form.failed'); // the page's files could not be loaded: nothing is sent
        return;
      } finally {
        this.submitting = false;
      }
    }
    const { lead, issues } = this.validate(locale);
    this.issues = issues;
    if (this.steps.length) {
      // A step's fields are checked before the next; the last step sends. An issue left on an
      // earlier step (a field that appeared there meanwhile) takes the visitor back to it.
      const earlier = this.activeFields().find((s) => issues[s.name] && (s.step ?? 0) < this.step);
      if (earlier) return this.goToStep(earlier.step ?? 0).then(() => void (this.attempted = true));
      const here = this.shownSpecs.some((s) => issues[s.name]);
      if (!here && this.step < this.steps.length - 1) return this.goToStep(this.step + 1);
      if (!this.stepsUi) return;
    }
    if (!lead) {
      await this.updateComplete;
      const first = this.shownSpecs.find((s) => issues[s.name]);
      if (first) this.renderRoot.querySelector<HTMLElement>(`#${this.idPrefix}-${first.name}`)?.focus();
      return;
    }
    this.submissionId ??= newId();
    const submissionId = this.submissionId;
    const campaignId = this.campaign.trim();

    // Bots: a filled honeypot is dropped (a person never sees that field). No interaction at all,
    // or an inhuman fill time without autofill, is held in the campaign's quarantine, where a
    // person wrongly caught is released into the campaign. Either way the visitor is thanked.
    const suspected = this.spamTrap.suspicion(!!this.values.__hp, this.minFillSeconds);
    if (suspected === 'honeypot') {
      console.warn(`<lead-form> A submission to campaign "${campaignId}" filled the hidden honeypot field: dropped as spam, not stored.`);
      this.dispatchEvent(new LeadSubmitSuspectedEvent({ reason: suspected, outcome: 'dropped', values: lead, campaignId, submissionId }));
      this.succeed(lead);
      return;
    }
    if (!suspected && !this.dispatchEvent(new LeadSubmitEvent({ values: lead, campaignId, status: this.status, submissionId }))) return;

    this.submitting = true;
    try {
      const captchaToken = this.captcha ? await this.captcha() : undefined;
      // A form with a queue sends its visitor id (its profiling module is loaded by now, or now).
      const visitorId = this.profilingOn() ? (await this.loadProfiling().catch(() => undefined))?.visitorId() : undefined;
      // Checked above with the submission's own lead schema; the adapter checks the whole at its boundary.
      const submission: LeadSubmission = {
        submissionId,
        campaignId,
        status: this.status || undefined,
        source: this.leadSource,
        lead: { ...lead, source: lead.source ?? this.leadSource, attribution: attributionFrom(location.href, document.referrer) },
        ...(captchaToken ? { captchaToken } : {}),
        ...(isBuiltInLocale(locale) ? { locale } : {}),
        ...(visitorId ? { visitorId } : {}),
      };
      if (suspected) {
        const { held } = await this.adapters.adapter.holdSubmission({ submission, reason: suspected });
        this.dispatchEvent(new LeadSubmitSuspectedEvent({ reason: suspected, outcome: held ? 'held' : 'submitted', values: lead, campaignId, submissionId }));
      } else {
        const result = await this.adapters.adapter.submitLead(submission);
        this.dispatchEvent(
          new LeadSubmittedEvent({ submissionId, person: result.person, matched: result.matched, memberId: result.memberId, campaignId, ...(result.confirmation ? { confirmation: result.confirmation } : {}) }),
        );
        this.confirmByEmail = result.confirmation === 'pending';
      }
      if (this.successUrl) {
        location.assign(this.successUrl);
        return;
      }
      this.succeed(lead);
    } catch (error) {
      this.submitting = false;
      if (error instanceof QueuedError) {
        // Safe on the device, sent when the server is back (or, refused access, when the page's
        // key is fixed): the visitor is done; the site owner hears about a refused key.
        this.queued = error.durable ? 'durable' : 'memory';
        const limit = error.cause instanceof LimitError ? error.cause : undefined;
        this.queuedForLimit = !!limit;
        if (limit) console.warn(`<lead-form> ${error.message}. The visitor was thanked; the submission waits on their device.`);
        if (error.cause instanceof AccessError) {
          console.error(`<lead-form> The server refused this page's key (HTTP ${error.cause.status}): ${error.cause.message}. The submission is kept on the visitor's device and sent once the page has a valid publishable key.`);
          this.dispatchEvent(new LeadKitAccessErrorEvent({ error: error.cause, status: error.cause.status, submissionId, campaignId }));
        }
        this.dispatchEvent(new LeadSubmitQueuedEvent({ submissionId, campaignId, durable: error.durable, ...(limit ? { reason: 'limit' as const, retryAt: new Date(limit.retryAt).toISOString() } : {}) }));
        this.succeed(lead);
        return;
      }
      if (error instanceof ValidationError && error.issues.some((i) => i.path.startsWith('lead.'))) {
        const issues: Record<string, string> = {};
        this.mapIssues(error.issues, issues, locale);
        this.issues = issues;
      } else if (error instanceof NotFoundError && error.entity === 'campaign') {
        this.formError = msg(locale, 'form.campaign-not-found');
      } else if (error instanceof ConfigurationError || error instanceof AccessError) {
        // The site owner's to fix (the console and an event say how); the visitor keeps their details.
        this.formError = msg(locale, 'form.unavailable');
        if (error instanceof ConfigurationError) reportConfiguration(this, configFromElement(this));
      } else {
        this.formError = msg(locale, 'form.failed');
      }
      this.dispatchEvent(new LeadSubmitErrorEvent({ error: error as Error, submissionId }));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[role=alert]')?.focus();
    } finally {
      this.submitting = false;
    }
  }

  private async succeed(lead: LeadFields): Promise<void> {
    this.successName = lead.firstName ?? '';
    this.succeeded = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.success')?.focus();
  }
}

/** A language the server writes its mails in (a registered seventh language is not). */
const isBuiltInLocale = (locale: string): locale is (typeof supportedLocales)[number] => (supportedLocales as readonly string[]).includes(locale);

declare global {
  interface HTMLElementTagNameMap {
    'lead-form': LeadForm;
  }
}
