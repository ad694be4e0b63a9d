import { addComponentStrings } from '../../i18n/english-components.js';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PersonCampaign } from '../../adapters/adapter.js';
import { ConflictError } from '../../adapters/errors.js';
import { AdapterController } from '../../controllers/adapter-controller.js';
import { deliberateSelect } from '../../controllers/deliberate-select.js';
import { QueryController } from '../../controllers/query-controller.js';
import { renderConsents } from './consent-section.js';
import { displayName } from '../../domain/members.js';
import { defaultStatus } from '../../domain/statuses.js';
import { errorMessage, formatDate, msg, statusLabel, type Locale, type MessageKey } from '../../i18n/localize.js';
import { LocalizedElement } from '../../i18n/localized-element.js';
import type { Campaign } from '../../model/campaign.js';
import type { Contact, Lead, PersonRef } from '../../model/person.js';
import { renderEmpty, renderError, renderLoading } from '../../styles/states.js';
import { LazyDialog } from '../../controllers/lazy-dialog.js';
import { MemberOpportunity } from '../campaign-member-list/member-opportunity.js';
import { CampaignOpenEvent } from '../campaign-open-event.js';
import { styles } from './person-campaigns.styles.js';

addComponentStrings();

interface History {
  ref: PersonRef;
  person: Lead | Contact;
  items: PersonCampaign[];
  campaigns: Campaign[];
}

/**
 * A lead's or contact's campaign history, for their record page: every campaign the person is on
 * (name, type, status, responded, first-responded date, added date), newest first, read from the
 * person's index. "Add to campaign" picks a campaign and a status (already on it: says so, adds
 * nothing); a status is changed in place (version-checked); a membership is removed after a
 * confirmation; a contact's response becomes a deal ("Create opportunity"). A converted lead's
 * history says where it now lives and links to its contact (`contact-href`). `compact` shows the
 * newest few, like a CRM related list. Below the history: the person's **consent** — each
 * purpose's standing consent (given or withdrawn, when, the text's version, how it came) with
 * Withdraw, and every record in order with the exact text shown (`recordConsent`).
 *
 * @summary A person's campaign history with "Add to campaign".
 * @tagname person-campaigns
 *
 * @csspart base - The card.
 * @csspart table - The memberships table.
 *
 * @cssprop --lead-kit-color-scheme - Colour scheme: `light dark` (default: the visitor's OS setting), `light` or `dark`.
 * @cssprop --lead-kit-font-family - Font (default: the system UI font).
 * @cssprop --lead-kit-color-text - Text color (default #1f2430; dark #e6e9f0).
 * @cssprop --lead-kit-color-muted - Secondary text (default #5b6272; dark #a9b1c2).
 * @cssprop --lead-kit-color-surface - Background (default #ffffff; dark #1b1f29).
 * @cssprop --lead-kit-color-border - Borders and lines (default #d5d9e2; dark #343b4c).
 * @cssprop --lead-kit-color-accent - Primary buttons, selection and focus (default #2557d6; dark #7aa2ff).
 * @cssprop --lead-kit-color-on-accent - Text on the accent colour (default #ffffff; dark #0b1020).
 * @cssprop --lead-kit-color-danger - Errors and Remove (default #b3261e; dark #ff8a80).
 * @cssprop --lead-kit-color-on-danger - Text on the danger colour (default #ffffff; dark #2a0906).
 * @cssprop --lead-kit-color-success - Responded (default #1b7f3b; dark #6fd08c).
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
 * @fires {PersonCampaignsChangedEvent} person-campaigns-changed - A membership was added, changed or removed here. `detail: { action, campaignId }`.
 * @fires {CampaignOpenEvent} campaign-open - A campaign's link was followed (`record-href`); cancelable: the link is then not followed. `detail: { campaign }`.
 */
export class PersonCampaigns extends LocalizedElement {
  static override styles = styles;

  /** Id of the lead whose campaigns are shown. */
  @property({ reflect: true }) lead = '';

  /** Id of the contact whose campaigns are shown (instead of `lead`). */
  @property({ reflect: true }) contact = '';

  /** Links each campaign's name to its record: a URL template with `{id}`. */
  @property({ attribute: 'record-href' }) recordHref = '';

  /** Links a converted lead to its contact: a URL template with `{id}`. */
  @property({ attribute: 'contact-href' }) contactHref = '';

  /** A related list: the newest few, and "View all". */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Memberships shown in compact mode. */
  @property({ type: Number }) rows = 5;

  /** Where "View all" leads in compact mode. */
  @property({ attribute: 'view-all-href' }) viewAllHref = '';

  /** Shows the history without changing it. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** @internal */ @state() private notice = '';
  /** @internal */ @state() private problem = '';
  /** @internal */ @state() private busy = false;
  /** @internal */ @state() private removing?: PersonCampaign;
  /** @internal */ @state() private addCampaign = '';

  private adapters = new AdapterController(this);
  private query = new QueryController(this, this.adapters, {
    args: () => [this.lead.trim(), this.contact.trim()] as const,
    enabled: ([lead, contact]) => !!(lead || contact),
    run: async (adapter, [lead, contact], signal): Promise<History> => {
      const ref: PersonRef = lead ? { type: 'lead', id: lead } : { type: 'contact', id: contact };
      const [person, items, campaigns] = await Promise.all([
        ref.type === 'lead' ? adapter.getLead(ref.id, { signal }) : adapter.getContact(ref.id, { signal }),
        adapter.listPersonCampaigns(ref, { signal }),
        adapter.listCampaigns({ signal }),
      ]);
      return { ref, person, items, campaigns };
    },
    isEmpty: () => false,
    affects: (e) => e.stores.some((s) => s === 'members' || s === 'campaigns' || s === 'leads' || s === 'contacts'),
  });
  private addDialog = new LazyDialog(this, 'dialog.add');
  private opportunity = new MemberOpportunity(
    this,
    () => this.adapters.adapter,
    (opp) => (this.notice = msg(this.activeLocale, 'opp.created', { name: opp.name })),
  );

  override render() {
    if (!this.lead.trim() && !this.contact.trim()) return nothing;
    const locale = this.activeLocale;
    return html`<section part="base" class="card" aria-labelledby="title">
      ${this.query.render<unknown>({
        loading: () => html`${this.renderHead(locale)}${renderLoading(locale)}`,
        empty: () => nothing,
        error: (e) => html`${this.renderHead(locale)}${renderError(locale, e, () => void this.query.refresh())}`,
        ready: (h: History) => this.renderReady(h, locale),
      })}
      <div class="announce" role="status" aria-live="polite">${this.notice}</div>
      ${this.problem ? html`<div class="problem" role="alert">${this.problem}</div>` : nothing}
    </section>`;
  }

  private renderHead(locale: Locale, h?: History) {
    const converted = h?.ref.type === 'lead' && !!(h.person as Lead).convertedContactId;
    const canAdd = h && !this.readonly && !converted;
    return html`<header class="head">
      <h2 id="title">${msg(locale, 'pc.title')}${h ? html` <span class="count">(${this.formatNumber(h.items.length)})</span>` : nothing}</h2>
      ${canAdd ? html`<button type="button" class="secondary add" @click=${() => this.openAdd(h)}>${msg(locale, 'pc.add')}</button>` : nothing}
    </header>`;
  }

  private renderReady(h: History, locale: Locale) {
    const lead = h.ref.type === 'lead' ? (h.person as Lead) : undefined;
    const who = displayName(h.person, locale, this.nameOrder);
    let body;
    if (lead?.convertedContactId) {
      const href = this.contactHref ? this.contactHref.replace(/\{id\}/g, encodeURIComponent(lead.convertedContactId)) : '';
      body = html`<p class="converted">
        ${msg(locale, 'pc.converted')} ${href ? html`<a href=${href}>${msg(locale, 'pc.open-contact', { name: who })}</a>` : nothing}
      </p>`;
    } else if (!h.items.length) {
      body = renderEmpty(msg(locale, 'pc.empty'));
    } else {
      const shown = this.compact ? h.items.slice(0, this.rows) : h.items;
      body = html`<div class="table-wrap">
          <table part="table">
            <thead>
              <tr>
                <th scope="col">${msg(locale, 'summary.campaign')}</th>
                <th scope="col">${msg(locale, 'col.type')}</th>
                <th scope="col">${msg(locale, 'col.status')}</th>
                <th scope="col">${msg(locale, 'col.responded')}</th>
                ${this.compact ? nothing : html`<th scope="col">${msg(locale, 'col.first-responded')}</th><th scope="col">${msg(locale, 'col.added')}</th>`}
                ${this.readonly ? nothing : html`<th scope="col"><span class="visually-hidden">${msg(locale, 'list.actions')}</span></th>`}
              </tr>
            </thead>
            <tbody>
              ${shown.map((pc) => this.renderRow(pc, h, locale))}
            </tbody>
          </table>
        </div>
        ${this.compact && h.items.length > shown.length && this.viewAllHref
          ? html`<p class="view-all"><a href=${this.viewAllHref}>${msg(locale, 'pc.view-all', { count: this.formatNumber(h.items.length) })}</a></p>`
          : nothing}`;
    }
    // A converted lead's consents are its contact's (shown there).
    const consents = this.compact || lead?.convertedContactId ? nothing : renderConsents(locale, h.person.consents, { readonly: this.readonly, busy: this.busy, withdraw: (purpose) => void this.withdraw(h, purpose) });
    return html`${this.renderHead(locale, h)}${body}${consents}${this.readonly ? nothing : html`${this.renderAdd(h, locale)}${this.renderRemove(locale, who)}${this.opportunity.render(locale, this.nameOrder)}`}`;
  }

  /** Records a consent withdrawn by a user (a call, an email): added to the person's records. */
  private async withdraw(h: History, purpose: string): Promise<void> {
    const locale = this.activeLocale;
    this.busy = true;
    [this.notice, this.problem] = ['', ''];
    try {
      await this.adapters.adapter.recordConsent({ person: h.ref, purpose, given: false, source: 'api' });
      this.notice = msg(locale, 'consent.withdrawn-notice', { purpose });
    } catch (error) {
      this.problem = msg(locale, 'list.failed', { reason: errorMessage(locale, error) });
    } finally {
      this.busy = false;
    }
  }

  private renderRow(pc: PersonCampaign, h: History, locale: Locale) {
    const { member: m, campaign: c } = pc;
    const name = this.recordHref
      ? html`<a href=${this.recordHref.replace(/\{id\}/g, encodeURIComponent(c.id))} @click=${(e: Event) => this.openCampaign(e, c)}>${c.name}</a>`
      : c.name;
    const status = deliberateSelect(
      () => m.status,
      (select) => void this.setStatus(pc, select.value, locale, () => (select.value = m.status)),
    );
    return html`<tr>
      <th scope="row">${name}</th>
      <td data-label=${msg(locale, 'col.type')}>${msg(locale, `ctype.${c.type}` as MessageKey)}</td>
      <td>
        ${this.readonly
          ? statusLabel(locale, m.status)
          : html`<select aria-label=${msg(locale, 'pc.status-of', { campaign: c.name })} ?disabled=${this.busy} @change=${status.change} @keydown=${status.keydown} @blur=${status.blur}>
              ${c.memberStatuses.map((s) => html`<option value=${s.label} ?selected=${s.label === m.status}>${statusLabel(locale, s.label)}</option>`)}
            </select>`}
      </td>
      <td class=${m.responded ? 'responded' : ''} data-label=${msg(locale, 'col.responded')}>${msg(locale, m.responded ? 'list.yes' : 'list.no')}</td>
      ${this.compact
        ? nothing
        : html`<td data-label=${msg(locale, 'col.first-responded')}>${formatDate(locale, m.firstRespondedAt)}</td><td data-label=${msg(locale, 'col.added')}>${formatDate(locale, m.createdAt)}</td>`}
      ${this.readonly
        ? nothing
        : html`<td class="actions">
            ${m.contactId && h.ref.type === 'contact'
              ? html`<button type="button" class="quiet deal" aria-label=${msg(locale, 'pc.create-opportunity', { campaign: c.name })} @click=${() => this.opportunity.open(m)}>${msg(locale, 'list.create-opportunity')}</button>`
              : nothing}
            <button type="button" class="quiet remove" aria-label=${msg(locale, 'pc.remove', { campaign: c.name })} @click=${() => this.openRemove(pc)}>✕</button>
          </td>`}
    </tr>`;
  }

  private renderAdd(h: History, locale: Locale) {
    // Made when first opened: every campaign is an option.
    return html`<dialog class="add" aria-labelledby="add-title">
      <h3 id="add-title">${msg(locale, 'pc.add-title', { name: displayName(h.person, locale, this.nameOrder) })}</h3>
      ${this.addDialog.content(() => this.renderAddForm(h, locale))}
    </dialog>`;
  }

  private renderAddForm(h: History, locale: Locale) {
    const on = new Set(h.items.map((i) => i.campaign.id));
    const campaigns = [...h.campaigns].sort((a, b) => a.name.localeCompare(b.name));
    const chosen = campaigns.find((c) => c.id === this.addCampaign) ?? campaigns[0];
    return campaigns.length
      ? html`<form class="dialog-form" novalidate @submit=${(e: Event) => this.add(e, h, locale)}>
          <div class="field">
            <label for="add-campaign">${msg(locale, 'summary.campaign')}</label>
            <select id="add-campaign" name="campaign" @change=${(e: Event) => (this.addCampaign = (e.target as HTMLSelectElement).value)}>
              ${campaigns.map((c) => html`<option value=${c.id} ?selected=${c.id === chosen?.id}>${on.has(c.id) ? msg(locale, 'pc.already-option', { campaign: c.name }) : c.name}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="add-status">${msg(locale, 'col.status')}</label>
            <select id="add-status" name="status">
              ${(chosen?.memberStatuses ?? []).map((s) => html`<option value=${s.label} ?selected=${chosen && s.label === defaultStatus(chosen).label}>${statusLabel(locale, s.label)}</option>`)}
            </select>
          </div>
          <div class="dialog-actions">
            <button type="submit" ?disabled=${this.busy}>${msg(locale, 'pc.add-confirm')}</button>
            <button type="button" class="secondary" @click=${() => this.closeDialog('add')}>${msg(locale, 'list.cancel')}</button>
          </div>
        </form>`
      : html`<p>${msg(locale, 'pc.no-campaigns')}</p>
          <div class="dialog-actions"><button type="button" class="secondary" @click=${() => this.closeDialog('add')}>${msg(locale, 'list.close')}</button></div>`;
  }

  private renderRemove(locale: Locale, who: string) {
    const pc = this.removing;
    return html`<dialog class="remove" aria-labelledby="remove-title" @close=${() => (this.removing = undefined)}>
      <h3 id="remove-title">${pc ? msg(locale, 'pc.remove-confirm', { name: who, campaign: pc.campaign.name }) : ''}</h3>
      <div class="dialog-actions">
        <button type="button" class="danger confirm-remove" ?disabled=${this.busy} @click=${() => pc && this.removeMembership(pc, locale)}>${msg(locale, 'list.remove')}</button>
        <button type="button" class="secondary" @click=${() => this.closeDialog('remove')}>${msg(locale, 'list.cancel')}</button>
      </div>
    </dialog>`;
  }

  private dialog(name: 'add' | 'remove'): HTMLDialogElement | null {
    return this.renderRoot.querySelector<HTMLDialogElement>(`dialog.${name}`);
  }

  private closeDialog(name: 'add' | 'remove'): void {
    this.dialog(name)?.close();
  }

  private async openAdd(h: History): Promise<void> {
    const on = new Set(h.items.map((i) => i.campaign.id));
    // The first campaign the person is not on yet.
    this.addCampaign = [...h.campaigns].sort((a, b) => a.name.localeCompare(b.name)).find((c) => !on.has(c.id))?.id ?? '';
    await this.updateComplete;
    await this.addDialog.open(() => this.renderRoot.querySelector<HTMLElement>('#add-campaign')?.focus());
  }

  private async openRemove(pc: PersonCampaign): Promise<void> {
    this.removing = pc;
    await this.updateComplete;
    this.dialog('remove')?.showModal();
    this.renderRoot.querySelector<HTMLElement>('.confirm-remove')?.focus();
  }

  private async add(e: Event, h: History, locale: Locale): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const campaignId = (form.elements.namedItem('campaign') as HTMLSelectElement).value;
    const status = (form.elements.namedItem('status') as HTMLSelectElement).value;
    const campaign = h.campaigns.find((c) => c.id === campaignId);
    await this.write(locale, async () => {
      const added = await this.adapters.adapter.addMembers({ campaignId, people: [h.ref], ...(status ? { status } : {}) });
      const who = displayName(h.person, locale, this.nameOrder);
      this.notice = added.length
        ? msg(locale, 'pc.added', { campaign: campaign?.name ?? campaignId, status: statusLabel(locale, added[0].status) })
        : msg(locale, 'pc.already', { name: who, campaign: campaign?.name ?? campaignId });
      this.closeDialog('add');
      if (added.length) this.dispatchEvent(new PersonCampaignsChangedEvent({ action: 'added', campaignId }));
    });
  }

  private async setStatus(pc: PersonCampaign, status: string, locale: Locale, restore: () => void): Promise<void> {
    await this.write(
      locale,
      async () => {
        await this.adapters.adapter.setMemberStatus({ campaignId: pc.campaign.id, members: [{ id: pc.member.id, version: pc.member.version }], status });
        this.notice = msg(locale, 'pc.updated', { campaign: pc.campaign.name, status: statusLabel(locale, status) });
        this.dispatchEvent(new PersonCampaignsChangedEvent({ action: 'status', campaignId: pc.campaign.id }));
      },
      restore,
    );
  }

  private async removeMembership(pc: PersonCampaign, locale: Locale): Promise<void> {
    await this.write(locale, async () => {
      await this.adapters.adapter.removeMembers({ campaignId: pc.campaign.id, members: [{ id: pc.member.id, version: pc.member.version }] });
      this.notice = msg(locale, 'pc.removed', { campaign: pc.campaign.name });
      this.closeDialog('remove');
      this.dispatchEvent(new PersonCampaignsChangedEvent({ action: 'removed', campaignId: pc.campaign.id }));
    });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('button.add')?.focus();
  }

  /** Runs a write; a concurrent change is reported (and the list refreshed), anything else said plainly. */
  private async write(locale: Locale, work: () => Promise<void>, restore?: () => void): Promise<void> {
    this.busy = true;
    this.notice = this.problem = '';
    try {
      await work();
    } catch (error) {
      restore?.();
      this.problem = error instanceof ConflictError ? msg(locale, 'pc.conflict') : msg(locale, 'list.failed', { reason: errorMessage(locale, error) });
      void this.query.refresh();
    } finally {
      this.busy = false;
    }
  }

  private openCampaign(e: Event, campaign: Campaign): void {
    const event = new CampaignOpenEvent({ campaign });
    this.dispatchEvent(event);
    if (event.defaultPrevented) e.preventDefault();
  }
}

/** A membership was added, changed or removed from the person's history. */
export class PersonCampaignsChangedEvent extends Event {
  static readonly type = 'person-campaigns-changed';
  constructor(readonly detail: { action: 'added' | 'status' | 'removed'; campaignId: string }) {
    super(PersonCampaignsChangedEvent.type, { bubbles: true, composed: true });
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'person-campaigns': PersonCampaigns;
  }
  interface GlobalEventHandlersEventMap {
    'person-campaigns-changed': PersonCampaignsChangedEvent;
  }
}
