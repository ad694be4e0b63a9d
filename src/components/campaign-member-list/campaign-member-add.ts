import { addComponentStrings } from '../../i18n/english-components.js';
import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { PersonMatch } from '../../adapters/adapter.js';
import { AdapterController } from '../../controllers/adapter-controller.js';
import { QueryController } from '../../controllers/query-controller.js';
import { defaultStatus } from '../../domain/statuses.js';
import { personName } from '../../domain/members.js';
import { errorMessage, msg, statusLabel } from '../../i18n/localize.js';
import { LocalizedElement } from '../../i18n/localized-element.js';
import type { MemberStatus } from '../../model/campaign.js';
import type { PersonRef } from '../../model/person.js';
import { MemberActionErrorEvent, MembersAddedEvent, MembersAddEvent, QuickCampaignCreatedEvent } from './campaign-member-list.events.js';
import { QuickCampaign } from '../quick-campaign.js';
import { addStyles } from './parts.styles.js';

addComponentStrings();

/** Wait after the last keystroke before searching. */
const SEARCH_DELAY_MS = 200;

/**
 * Adds existing leads and contacts to a campaign: search by name, email or company (accent- and
 * case-insensitive), tick the people, pick their status, add. People already on the campaign are
 * left as they are. Shown by `<campaign-member-list>`'s "Add members", and usable on its own.
 *
 * @summary Find leads and contacts and add them to a campaign with a status.
 * @tagname campaign-member-add
 *
 * @cssprop --lead-kit-color-accent - Buttons and focus.
 * @cssprop --lead-kit-color-border - Result lines.
 * @cssprop --lead-kit-color-muted - Email and company under each name.
 * @cssprop --lead-kit-color-scheme - Colour scheme: `light dark` (default: the visitor's OS setting), `light` or `dark`. The colour defaults below have a light and a dark value.
 * @cssprop --lead-kit-font-family - Font (default: the system UI font).
 * @cssprop --lead-kit-color-text - Text color (default #1f2430; dark #e6e9f0).
 * @cssprop --lead-kit-color-surface - Background (default #ffffff; dark #1b1f29).
 * @cssprop --lead-kit-color-on-accent - Text on the accent colour (default #ffffff; dark #0b1020).
 * @cssprop --lead-kit-color-danger - Errors and destructive actions (default #b3261e; dark #ff8a80).
 * @cssprop --lead-kit-color-on-danger - Text on the danger colour (default #ffffff; dark #2a0906).
 * @cssprop --lead-kit-color-success - Done and checked-in states (default #1b7f3b; dark #6fd08c).
 * @cssprop --lead-kit-color-warning - Warnings, duplicates and pending states (default #8a5a00; dark #f0b45a).
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
 * @fires {MembersAddEvent} members-add - Before people are added (cancelable). `detail: { campaignId, people, status }`.
 * @fires {MembersAddedEvent} members-added - After they were added. `detail: { campaignId, members }`.
 * @fires {MemberActionErrorEvent} member-action-error - The search or the add failed; nothing was written. `detail: { action: 'add', error }`.
 * @fires {QuickCampaignCreatedEvent} quick-campaign-created - "New campaign from selection" made a campaign with the chosen people as members. `detail: { campaign, membersCreated }`.
 * @fires members-add-cancel - The user pressed Cancel.
 */
export class CampaignMemberAdd extends LocalizedElement {
  static override styles = addStyles;

  /** Id of the campaign the people join. */
  @property({ reflect: true }) campaign = '';

  /** The campaign's statuses, when the page has them (else they are read from the adapter). */
  @property({ attribute: false }) statuses?: MemberStatus[];

  /** @internal */ @state() private results: PersonMatch[] = [];
  /** @internal */ @state() private chosen = new Map<string, PersonRef>();
  /** @internal */ @state() private status = '';
  /** @internal */ @state() private searched = false;
  /** @internal */ @state() private busy = false;
  /** @internal */ @state() private problem = '';
  /** @internal */ @state() private notice = '';

  private quick = new QuickCampaign(
    this,
    () => this.adapters.adapter,
    (result) => {
      this.notice = msg(this.activeLocale, 'quick.created', { name: result.campaign.name, count: this.formatNumber(result.membersCreated) });
      this.chosen = new Map();
      this.dispatchEvent(new QuickCampaignCreatedEvent(result));
    },
  );

  @query('#add-search') private input?: HTMLInputElement;

  private adapters = new AdapterController(this);
  private statusQuery = new QueryController(this, this.adapters, {
    args: () => [this.campaign, !!this.statuses] as const,
    enabled: ([id, given]) => !!id && !given,
    run: (adapter, [id], signal) => adapter.getMemberStatuses(id, { signal }),
    affects: (e, [id]) => e.stores.includes('campaigns') && (!e.ids || e.ids.includes(id)),
  });
  private timer?: ReturnType<typeof setTimeout>;
  private searches = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  /** Moves focus to the search field (once it is rendered, when called before). */
  override focus(options?: FocusOptions): void {
    if (this.hasUpdated) this.input?.focus(options);
    else void this.updateComplete.then(() => this.input?.focus(options));
  }

  /** Clears the search, the results and the people ticked. */
  reset(): void {
    clearTimeout(this.timer);
    this.searches++;
    this.results = [];
    this.chosen = new Map();
    this.searched = false;
    this.problem = this.notice = '';
    if (this.input) this.input.value = '';
  }

  override render() {
    const locale = this.activeLocale;
    const statuses = this.statuses ?? this.statusQuery.value ?? [];
    const status = this.status || defaultStatus({ memberStatuses: statuses })?.label || '';
    return html`<label for="add-search">${msg(locale, 'list.add-search')}</label>
      <input id="add-search" type="search" placeholder=${msg(locale, 'list.search-hint')} @input=${this.handleSearchInput} autocomplete="off" />
      <div class="add-results" role="group" aria-label=${msg(locale, 'list.add')} aria-live="polite">
        ${this.searched && this.results.length === 0 ? html`<p>${msg(locale, 'list.add-none')}</p>` : nothing}
        <ul>
          ${this.results.map((p) => {
            const key = `${p.ref.type}:${p.ref.id}`;
            return html`<li>
              <label>
                <input type="checkbox" .checked=${this.chosen.has(key)} @change=${() => this.toggle(key, p.ref)} />
                <span class="who"
                  ><strong>${personName(p.person, locale, this.nameOrder) || msg(locale, 'list.no-name')}</strong>
                  <span class="badge ${p.ref.type}">${msg(locale, p.ref.type === 'lead' ? 'list.lead' : 'list.contact')}</span><br /><small
                    >${[p.person.email, p.person.company].filter(Boolean).join(' · ')}</small
                  ></span
                >
              </label>
            </li>`;
          })}
        </ul>
      </div>
      <label for="add-status">${msg(locale, 'list.add-status')}</label>
      <select id="add-status" .value=${live(status)} @change=${(e: Event) => (this.status = (e.target as HTMLSelectElement).value)}>
        ${statuses.map((s) => html`<option value=${s.label} ?selected=${s.label === status}>${statusLabel(locale, s.label)}</option>`)}
      </select>
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      <div class="dialog-actions">
        <button ?disabled=${this.chosen.size === 0 || this.busy} @click=${() => this.add(status)}>${msg(locale, 'list.add-confirm', { count: this.formatNumber(this.chosen.size) })}</button>
        <button class="secondary quick" ?disabled=${this.chosen.size === 0 || this.busy} @click=${() => this.quick.open(this.chosen.size, async () => [...this.chosen.values()])}>${msg(locale, 'quick.title')}</button>
        <button class="secondary" @click=${this.handleCancel}>${msg(locale, 'list.cancel')}</button>
      </div>
      <p class="announce" role="status" aria-live="polite">${this.notice}</p>
      ${this.quick.render(locale, (n) => this.formatNumber(n))}`;
  }

  private handleSearchInput(e: Event): void {
    const text = (e.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.search(text), SEARCH_DELAY_MS);
  }

  private async search(text: string): Promise<void> {
    const run = ++this.searches;
    if (!text.trim()) {
      this.results = [];
      this.searched = false;
      return;
    }
    try {
      const results = await this.adapters.adapter.searchPeople(text);
      if (run !== this.searches) return;
      this.results = results;
      this.searched = true;
      this.problem = '';
    } catch (error) {
      if (run === this.searches) this.fail(error);
    }
  }

  private toggle(key: string, ref: PersonRef): void {
    const chosen = new Map(this.chosen);
    if (chosen.has(key)) chosen.delete(key);
    else chosen.set(key, ref);
    this.chosen = chosen;
  }

  private async add(status: string): Promise<void> {
    const people = [...this.chosen.values()];
    const intent = new MembersAddEvent({ campaignId: this.campaign, people, status });
    this.dispatchEvent(intent);
    if (intent.defaultPrevented) return;
    this.problem = '';
    this.busy = true;
    try {
      const members = await this.adapters.adapter.addMembers({ campaignId: this.campaign, people, status });
      this.dispatchEvent(new MembersAddedEvent({ campaignId: this.campaign, members }));
      this.reset();
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy = false;
    }
  }

  private fail(error: unknown): void {
    this.problem = msg(this.activeLocale, 'list.failed', { reason: errorMessage(this.activeLocale, error) });
    this.dispatchEvent(new MemberActionErrorEvent({ action: 'add', error }));
  }

  private handleCancel(): void {
    this.dispatchEvent(new Event('members-add-cancel', { bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'campaign-member-add': CampaignMemberAdd;
  }
}
