import '../../i18n/english-components.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { DataAdapter, PendingWrite } from '../../adapters/adapter.js';
import { bulkWrite, memberPages } from '../../adapters/bulk.js';
import { ConflictError, NotFoundError, QueuedError, UnavailableError } from '../../adapters/errors.js';
import { AdapterController } from '../../controllers/adapter-controller.js';
import { campaignCountsQuery, type CampaignWithCounts } from '../../controllers/campaign-counts-query.js';
import { arrivedAt, attendanceFigures, expectedStatuses, hasArrived, noShowStatus, tracksAttendance } from '../../domain/attendance.js';
import { newId } from '../../domain/ids.js';
import { emailKey } from '../../domain/matching.js';
import { displayName, memberMatchesSearch, personSearchKey } from '../../domain/members.js';
import { defaultMemberStatuses } from '../../domain/statuses.js';
import { errorMessage, fieldMessage, msg, statusLabel, type Locale } from '../../i18n/localize.js';
import { LocalizedElement } from '../../i18n/localized-element.js';
import type { Campaign } from '../../model/campaign.js';
import { isEmailAddress } from '../../model/common.js';
import type { CampaignMember } from '../../model/member.js';
import type { LeadSubmission } from '../../model/submission.js';
import { AttendeeCheckedInEvent, AttendeeCheckInEvent, AttendeeWalkInEvent } from './attendance-tracker.events.js';
import { styles } from './attendance-tracker.styles.js';

type Meta = CampaignWithCounts;

/** A member as the door list holds it: with the folded text searched and the display name. */
interface Attendee {
  member: CampaignMember;
  key: string;
  name: string;
}

interface Toast {
  kind: 'done' | 'already' | 'pending' | 'error' | 'info';
  text: string;
  undo?: { memberId: string; checkInId: string; name: string };
}

/** Results listed while typing; the "not yet arrived" list shows more. */
const RESULTS = 8;
const NOT_ARRIVED_RESULTS = 50;
/** How long "Undo" stays offered after a check-in. */
const UNDO_MS = 8000;
/** How often pending check-ins are retried while some wait. */
const RETRY_MS = 15000;

type BarcodeDetectorLike = { detect(source: CanvasImageSource): Promise<{ rawValue: string }[]> };

/**
 * Event check-in at the door, on a laptop or tablet: type-ahead search of the campaign's members
 * (held in memory, so a keystroke never waits on the network), one action to check a person in
 * (the campaign's attended status, responded, the time), Undo for a few seconds, duplicates
 * flagged with the first time. A badge scanner types a member or lead id and Enter; where the
 * browser has `BarcodeDetector` and a camera, a camera scan does the same. Walk-ins are
 * registered (matched by email, never duplicated) and checked in at once. Live counts, a "not yet
 * arrived" filter, and closing the event marks those still expected as No-show. When the adapter
 * cannot be reached, check-ins are kept on the device (IndexedDB) as pending and applied once it
 * is back — exactly once, even if another device checked the same person in.
 *
 * @summary Event check-in: search or scan, walk-ins, live counts, no-shows, offline queue.
 * @tagname attendance-tracker
 *
 * @csspart base - The tracker's wrapper.
 * @csspart counts - The figures row.
 * @csspart search - The search/scan field.
 * @csspart result - Each person in the results.
 * @csspart check-in-button - Each "Check in" button.
 * @csspart toast - The message after an action (with Undo).
 * @csspart pending - The list of check-ins waiting to sync.
 *
 * @cssprop --lead-kit-list-height - Height of the results list before it scrolls (default 28rem).
 * @cssprop --lead-kit-color-accent - Buttons and focus.
 * @cssprop --lead-kit-color-success - Checked-in state (default green).
 * @cssprop --lead-kit-color-warning - Duplicates and pending (default amber).
 * @cssprop --lead-kit-color-danger - Errors.
 * @cssprop --lead-kit-color-surface - Background.
 * @cssprop --lead-kit-color-border - Borders.
 * @cssprop --lead-kit-radius - Corner radius.
 *
 * @fires attendee-check-in - Before a check-in (cancelable). `detail: { campaignId, code, name }`.
 * @fires attendee-checked-in - After a check-in, applied or pending, or refused as a duplicate. `detail: { campaignId, checkInId, member, at, already, pending }`.
 * @fires attendee-walk-in - A walk-in was registered. `detail: { campaignId, lead, memberId, matched, pending }`.
 */
export class AttendanceTracker extends LocalizedElement {
  static override styles = styles;

  /** Id of the event campaign. */
  @property({ reflect: true }) campaign = '';

  /** Plays a short tone on a check-in and a low one on an error (for scanner use). */
  @property({ type: Boolean }) sounds = false;

  /** @internal */ @state() private people: Attendee[] = [];
  /** @internal */ @state() private text = '';
  /** @internal */ @state() private onlyNotArrived = false;
  /** @internal */ @state() private toast?: Toast;
  /** @internal */ @state() private pending: PendingWrite[] = [];
  /** @internal */ @state() private offline = false;
  /** @internal */ @state() private walkInOpen = false;
  /** @internal */ @state() private walkIn = { firstName: '', lastName: '', email: '', company: '' };
  /** @internal */ @state() private walkInError = '';
  /** @internal */ @state() private confirmClose = false;
  /** @internal */ @state() private busy = false;
  /** @internal */ @state() private cameraOn = false;

  @query('#search') private searchInput?: HTMLInputElement;
  @query('video') private video?: HTMLVideoElement;

  private adapters = new AdapterController(this);
  private meta = campaignCountsQuery(this, this.adapters, () => this.campaign);
  private byCode = new Map<string, Attendee>();
  private lastMeta?: Meta;
  private loads = 0;
  private toastTimer?: ReturnType<typeof setTimeout>;
  private retryTimer?: ReturnType<typeof setInterval>;
  private flushing = false;
  private stream?: MediaStream;

  private removeChangeListener?: () => void;
  private changedIds = new Set<string>();
  private reloadAll = false;
  private refreshTimer?: ReturnType<typeof setTimeout>;
  private loadedFor = '';

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.handleOnline);
    // Small changes refresh just the members they name; bulk ones re-read the list.
    this.removeChangeListener = this.adapters.onChange((e) => {
      if (!e.campaignIds.includes(this.campaign)) return;
      if (e.ids) e.ids.forEach((id) => this.changedIds.add(id));
      else this.reloadAll = true;
      clearTimeout(this.refreshTimer);
      this.refreshTimer = setTimeout(() => void this.refreshPeople(), 30);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.handleOnline);
    this.removeChangeListener?.();
    clearTimeout(this.refreshTimer);
    this.loadedFor = '';
    clearTimeout(this.toastTimer);
    clearInterval(this.retryTimer);
    this.stopCamera();
  }

  private handleOnline = () => void this.flush();


  protected override willUpdate(changed: PropertyValues): void {
    const meta = this.meta.status === 'ready' ? (this.meta.value as Meta) : undefined;
    if (meta && meta !== this.lastMeta) {
      this.lastMeta = meta;
      const key = `${this.adapters.adapter.name}|${meta.campaign.id}`;
      if (key !== this.loadedFor) {
        this.loadedFor = key;
        void this.loadPeople(meta.campaign.id);
      }
    }
    if (changed.has('campaign')) void this.refreshPending();
  }

  /** Reads the whole door list (a few thousand people) into memory: search never waits on the network. */
  private async loadPeople(campaignId: string): Promise<void> {
    const run = ++this.loads;
    const people: Attendee[] = [];
    try {
      for await (const page of memberPages(this.adapters.adapter, { campaignId, sort: 'name' })) {
        for (const member of page) people.push(attendee(member));
      }
    } catch (error) {
      if (error instanceof UnavailableError) this.offline = true;
      return; // keep the list we have
    }
    if (run !== this.loads) return;
    this.setPeople(people);
    void this.refreshPending();
  }

  /** Applies the changes announced since the last refresh to the door list. */
  private async refreshPeople(): Promise<void> {
    const ids = [...this.changedIds];
    this.changedIds.clear();
    if (this.reloadAll || ids.length > 500) {
      this.reloadAll = false;
      return this.loadPeople(this.campaign);
    }
    if (!ids.length) return;
    let found: CampaignMember[];
    try {
      found = await this.adapters.adapter.getMembers(ids);
    } catch {
      return; // offline: the list stays as it is
    }
    const byId = new Map(found.filter((m) => m.campaignId === this.campaign).map((m) => [m.id, m]));
    const known = new Set(this.people.map((a) => a.member.id));
    const people = this.people
      .filter((a) => !ids.includes(a.member.id) || byId.has(a.member.id))
      .map((a) => (byId.has(a.member.id) ? attendee(byId.get(a.member.id)!) : a));
    for (const m of byId.values()) if (!known.has(m.id)) people.push(attendee(m));
    this.setPeople(people);
  }

  private setPeople(people: Attendee[]): void {
    this.people = people;
    this.byCode = new Map();
    for (const a of people) {
      this.byCode.set(a.member.id, a);
      if (a.member.leadId) this.byCode.set(a.member.leadId, a);
      if (a.member.contactId) this.byCode.set(a.member.contactId, a);
    }
  }

  /** The adapter's outbox entries for this event's check-ins and walk-ins (adapters with an outbox). */
  private async refreshPending(): Promise<void> {
    const adapter = this.adapters.adapter;
    if (!this.campaign || !adapter.pendingWrites) return;
    const all = await adapter.pendingWrites().catch(() => [] as PendingWrite[]);
    this.pending = all.filter((p) => p.campaignId === this.campaign && (p.method === 'checkIn' || (p.method === 'submitLead' && !!(p.input as LeadSubmission)?.checkIn)));
    clearInterval(this.retryTimer);
    // The adapter sends them on its own; look again now and then to show what went.
    if (this.pending.some((p) => p.state === 'pending')) this.retryTimer = setInterval(() => void this.refreshPending(), RETRY_MS);
  }

  private fmtTime(iso: string): string {
    return new Intl.DateTimeFormat(this.activeLocale, { timeStyle: 'short' }).format(new Date(iso));
  }


  private show(toast: Toast): void {
    this.toast = toast;
    clearTimeout(this.toastTimer);
    if (toast.undo) this.toastTimer = setTimeout(() => this.toast?.undo && (this.toast = { ...this.toast, undo: undefined }), UNDO_MS);
    if (this.sounds) beep(toast.kind === 'done' || toast.kind === 'pending' ? 880 : 220);
  }

  private isPending(member: CampaignMember): boolean {
    return this.pending.some((p) => p.state === 'pending' && pendingFor(p, member));
  }

  // ---- rendering --------------------------------------------------------------------------

  override render() {
    const locale = this.activeLocale;
    if (!this.campaign) return nothing;
    return this.meta.render({
      loading: () => html`<div part="base" class="base"><p role="status" class="muted">${msg(locale, 'state.loading')}</p></div>`,
      empty: () => html``,
      error: (e) =>
        html`<div part="base" class="base">
          <div role="alert" class="problem">${errorMessage(locale, e)}</div>
          <button class="secondary" @click=${() => this.meta.refresh()}>${msg(locale, 'action.retry')}</button>
        </div>`,
      ready: (m: Meta) => this.renderTracker(m, locale),
    });
  }

  private renderTracker(m: Meta, locale: Locale) {
    const f = attendanceFigures(m.campaign, m.counts);
    const tracked = tracksAttendance(m.campaign);
    const rate = f.rate === null ? msg(locale, 'summary.na') : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(f.rate);
    return html`<section part="base" class="base" aria-labelledby="title">
      <header class="head">
        <h2 id="title">${msg(locale, 'att.title')}: ${m.campaign.name}</h2>
        ${this.offline ? html`<p class="offline" role="status">${msg(locale, 'att.offline')}</p>` : nothing}
      </header>
      ${tracked
        ? nothing
        : html`<div class="notice" role="note">
            <p>${msg(locale, 'att.no-statuses')}</p>
            <button class="secondary" @click=${() => this.addEventStatuses(m.campaign)}>${msg(locale, 'att.add-statuses')}</button>
          </div>`}
      <dl part="counts" class="counts">
        ${[
          ['att.expected', this.formatNumber(f.expected)],
          ['att.checked-in', this.formatNumber(f.checkedIn)],
          ['att.not-arrived', this.formatNumber(f.notArrived)],
          ['att.walk-ins', this.formatNumber(f.walkIns)],
          ['att.rate', rate],
        ].map(([label, value]) => html`<div class="count"><dt>${msg(locale, label as 'att.expected')}</dt><dd>${value}</dd></div>`)}
      </dl>
      <div class="find">
        <label for="search">${msg(locale, 'att.search')}</label>
        <input
          id="search"
          part="search"
          type="search"
          autocomplete="off"
          enterkeyhint="go"
          aria-describedby="search-hint"
          aria-controls=${this.text.trim() || this.onlyNotArrived ? 'results' : nothing}
          .value=${live(this.text)}
          @input=${(e: Event) => (this.text = (e.target as HTMLInputElement).value)}
          @keydown=${this.handleSearchKey}
        />
        <p id="search-hint" class="muted hint">${msg(locale, 'att.search-hint')}</p>
        <div class="options">
          <label class="check"><input type="checkbox" .checked=${this.onlyNotArrived} @change=${(e: Event) => (this.onlyNotArrived = (e.target as HTMLInputElement).checked)} /> ${msg(locale, 'att.only-not-arrived')}</label>
          ${'BarcodeDetector' in globalThis
            ? html`<button class="secondary" @click=${() => (this.cameraOn ? this.stopCamera() : void this.startCamera())}>${msg(locale, this.cameraOn ? 'att.camera-stop' : 'att.camera')}</button>`
            : nothing}
        </div>
        ${this.cameraOn ? html`<video class="camera" muted playsinline aria-label=${msg(locale, 'att.camera')}></video>` : nothing}
      </div>
      ${this.renderToast(locale)} ${this.renderResults(m, locale)} ${this.renderPending(locale)}
      <div class="actions">
        <button class="secondary" aria-expanded=${this.walkInOpen ? 'true' : 'false'} aria-controls="walk-in" @click=${() => (this.walkInOpen = !this.walkInOpen)}>${msg(locale, 'att.walk-in')}</button>
        ${tracked ? html`<button class="secondary" ?disabled=${this.busy || f.notArrived === 0} @click=${() => (this.confirmClose = true)}>${msg(locale, 'att.close')}</button>` : nothing}
      </div>
      ${this.walkInOpen ? this.renderWalkIn(locale) : nothing} ${this.confirmClose ? this.renderConfirmClose(m, f.notArrived, locale) : nothing}
    </section>`;
  }

  private renderToast(locale: Locale) {
    const t = this.toast;
    if (!t) return html`<div class="toast-slot" role="status" aria-live="polite"></div>`;
    const body = html`<p>${t.text}</p>
      ${t.undo ? html`<button class="secondary" @click=${() => this.undo(t.undo!)}>${msg(locale, 'att.undo')}</button>` : nothing}`;
    return t.kind === 'error' || t.kind === 'already'
      ? html`<div part="toast" class="toast ${t.kind}" role="alert">${body}</div>`
      : html`<div part="toast" class="toast ${t.kind}" role="status" aria-live="polite">${body}</div>`;
  }

  private findPeople(): { shown: Attendee[]; count: number } {
    const text = this.text.trim();
    if (!text && !this.onlyNotArrived) return { shown: [], count: 0 };
    const limit = text ? RESULTS : NOT_ARRIVED_RESULTS;
    const shown: Attendee[] = [];
    let count = 0;
    for (const a of this.people) {
      if (this.onlyNotArrived && hasArrived(a.member)) continue;
      if (text && !memberMatchesSearch({ q: a.key }, text) && a.member.id !== text && a.member.leadId !== text && a.member.contactId !== text) continue;
      count++;
      if (shown.length < limit) shown.push(a);
    }
    return { shown, count };
  }

  private renderResults(m: Meta, locale: Locale) {
    const { shown, count } = this.findPeople();
    if (!this.text.trim() && !this.onlyNotArrived) return nothing;
    return html`<div class="results-wrap">
      <p class="muted" id="results-count">${msg(locale, 'att.results', { count: this.formatNumber(count) })}</p>
      ${count === 0 ? html`<p>${msg(locale, 'att.no-results')}</p>` : nothing}
      <ul id="results" class="results" aria-labelledby="results-count" tabindex="-1">
        ${shown.map((a) => this.renderAttendee(a, m, locale))}
      </ul>
      ${count > shown.length ? html`<p class="muted">${msg(locale, 'att.more', { shown: this.formatNumber(shown.length), count: this.formatNumber(count) })}</p>` : nothing}
    </div>`;
  }

  private renderAttendee(a: Attendee, m: Meta, locale: Locale) {
    const arrived = hasArrived(a.member);
    const pending = !arrived && this.isPending(a.member);
    const at = arrivedAt(a.member);
    return html`<li part="result" class="result ${arrived ? 'arrived' : ''}">
      <div class="who">
        <strong>${a.name}</strong>
        <span class="muted">${[a.member.person.email, a.member.person.company].filter(Boolean).join(' · ')}</span>
      </div>
      <div class="state">
        ${arrived
          ? html`<span class="badge success">${at ? msg(locale, 'att.arrived-at', { time: this.fmtTime(at) }) : statusLabel(locale, a.member.status)}</span>`
          : pending
            ? html`<span class="badge warning">${msg(locale, 'att.pending-badge')}</span>`
            : html`<span class="badge">${statusLabel(locale, a.member.status)}</span>
                <button part="check-in-button" class="check-in" aria-label=${msg(locale, 'att.check-in-name', { name: a.name })} ?disabled=${!tracksAttendance(m.campaign)} @click=${() => this.checkIn(a)}>
                  ${msg(locale, 'att.check-in')}
                </button>`}
      </div>
    </li>`;
  }

  private renderPending(locale: Locale) {
    if (!this.pending.length) return nothing;
    return html`<section part="pending" class="pending" aria-labelledby="pending-title">
      <h3 id="pending-title">${msg(locale, 'att.pending-title', { count: this.formatNumber(this.pending.length) })}</h3>
      <ul>
        ${this.pending.map(
          (p) => html`<li class=${p.state === 'failed' ? 'failed' : ''}>
            <span>${this.pendingLabel(p)} · ${this.fmtTime(pendingAt(p))}</span>
            ${p.state === 'failed'
              ? html`<span class="problem">${msg(locale, 'att.failed', { reason: p.error ?? '' })}</span>
                  <button class="secondary" @click=${() => this.dismiss(p)}>${msg(locale, 'att.dismiss')}</button>`
              : html`<span class="badge warning">${msg(locale, 'att.pending-badge')}</span>`}
          </li>`,
        )}
      </ul>
      <button class="secondary" ?disabled=${this.flushing} @click=${() => this.flush()}>${msg(locale, 'att.sync-now')}</button>
    </section>`;
  }

  /** Who a pending write is about, as the door list knows them. */
  private pendingLabel(p: PendingWrite): string {
    const known = this.people.find((a) => pendingFor(p, a.member));
    if (known) return known.name;
    const lead = (p.input as LeadSubmission | undefined)?.lead;
    return displayName(lead) || (p.input as { code?: string })?.code || p.key;
  }

  private renderWalkIn(locale: Locale) {
    const field = (name: 'firstName' | 'lastName' | 'email' | 'company', label: string, autocomplete: string, required = false) =>
      html`<div class="field">
        <label for="walk-${name}">${label}${required ? html` <span class="required" aria-hidden="true">*</span>` : nothing}</label>
        <input
          id="walk-${name}"
          type=${name === 'email' ? 'email' : 'text'}
          autocomplete=${autocomplete}
          ?required=${required}
          aria-invalid=${required && this.walkInError ? 'true' : 'false'}
          aria-describedby=${required && this.walkInError ? 'walk-error' : nothing}
          .value=${live(this.walkIn[name])}
          @input=${(e: Event) => (this.walkIn = { ...this.walkIn, [name]: (e.target as HTMLInputElement).value })}
        />
      </div>`;
    return html`<form id="walk-in" class="walk-in" aria-labelledby="walk-title" @submit=${this.submitWalkIn} novalidate>
      <h3 id="walk-title">${msg(locale, 'att.walk-in')}</h3>
      <div class="grid2">
        ${field('firstName', msg(locale, 'form.firstName'), 'off')} ${field('lastName', msg(locale, 'form.lastName'), 'off')}
        ${field('email', msg(locale, 'form.email'), 'off', true)} ${field('company', msg(locale, 'form.company'), 'off')}
      </div>
      ${this.walkInError ? html`<p id="walk-error" class="problem" role="alert">${this.walkInError}</p>` : nothing}
      <div class="actions">
        <button type="submit" ?disabled=${this.busy}>${msg(locale, 'att.walk-in-submit')}</button>
        <button type="button" class="secondary" @click=${() => (this.walkInOpen = false)}>${msg(locale, 'list.cancel')}</button>
      </div>
    </form>`;
  }

  private renderConfirmClose(m: Meta, count: number, locale: Locale) {
    const status = statusLabel(locale, noShowStatus(m.campaign)?.label ?? 'No-show');
    return html`<div class="confirm" role="alertdialog" aria-labelledby="close-text" aria-modal="false">
      <p id="close-text">${msg(locale, 'att.close-confirm', { count: this.formatNumber(count), status })}</p>
      <div class="actions">
        <button class="danger" ?disabled=${this.busy} @click=${() => this.closeEvent(m.campaign)}>${msg(locale, 'att.close-confirm-button', { status })}</button>
        <button class="secondary" @click=${() => (this.confirmClose = false)}>${msg(locale, 'list.cancel')}</button>
      </div>
    </div>`;
  }

  // ---- actions -----------------------------------------------------------------------------

  private handleSearchKey(e: KeyboardEvent): void {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    void this.handleCode((e.target as HTMLInputElement).value);
  }

  /** Enter in the field (a scanner's code, or a search with one result) or a camera scan. */
  private async handleCode(value: string): Promise<void> {
    const code = value.trim();
    if (!code) return;
    const exact = this.byCode.get(code);
    if (exact) {
      this.text = '';
      await this.checkIn(exact);
      return;
    }
    const { shown, count } = this.findPeople();
    if (count === 1 && !hasArrived(shown[0].member)) {
      this.text = '';
      await this.checkIn(shown[0]);
      return;
    }
    if (count === 1) {
      await this.checkIn(shown[0]); // reports the earlier check-in
      return;
    }
    if (count === 0) {
      this.show({ kind: 'error', text: msg(this.activeLocale, 'att.unknown-code', { code }) });
      this.searchInput?.select();
    }
  }

  /** Checks a person in (or keeps the check-in on the device when the adapter is unreachable). */
  async checkIn(a: { member: CampaignMember; name: string }): Promise<void> {
    const locale = this.activeLocale;
    const intent = new AttendeeCheckInEvent({ campaignId: this.campaign, code: a.member.id, name: a.name });
    this.dispatchEvent(intent);
    if (intent.defaultPrevented) return;
    if (hasArrived(a.member) || this.isPending(a.member)) {
      const queued = this.pending.find((p) => p.state === 'pending' && pendingFor(p, a.member));
      const at = arrivedAt(a.member) ?? (queued ? pendingAt(queued) : a.member.updatedAt);
      this.show({ kind: 'already', text: msg(locale, 'att.already', { name: a.name, time: this.fmtTime(at) }) });
      this.dispatchEvent(new AttendeeCheckedInEvent({ campaignId: this.campaign, checkInId: '', member: a.member, at, already: true, pending: false }));
      return;
    }
    const checkInId = newId();
    const at = new Date().toISOString();
    try {
      const r = await this.adapters.adapter.checkIn({ campaignId: this.campaign, code: a.member.id, checkInId, at });
      this.offline = false;
      this.applyLocally(r.member);
      this.show(
        r.already
          ? { kind: 'already', text: msg(locale, 'att.already', { name: a.name, time: this.fmtTime(r.at) }) }
          : { kind: 'done', text: msg(locale, 'att.done', { name: a.name, time: this.fmtTime(r.at) }), undo: { memberId: r.member.id, checkInId, name: a.name } },
      );
      this.dispatchEvent(new AttendeeCheckedInEvent({ campaignId: this.campaign, checkInId, member: r.member, at: r.at, already: r.already, pending: false }));
      if (this.pending.length) void this.refreshPending();
    } catch (error) {
      if (error instanceof QueuedError) {
        // The adapter keeps it on the device and sends it when the network is back.
        this.offline = true;
        await this.refreshPending();
        this.show({ kind: 'pending', text: msg(locale, 'att.pending', { name: a.name, time: this.fmtTime(at) }) });
        this.dispatchEvent(new AttendeeCheckedInEvent({ campaignId: this.campaign, checkInId, member: a.member, at, already: false, pending: true }));
      } else {
        if (error instanceof UnavailableError) this.offline = true;
        this.show({ kind: 'error', text: error instanceof NotFoundError ? msg(locale, 'att.unknown-code', { code: a.member.id }) : errorMessage(locale, error) });
      }
    } finally {
      this.searchInput?.focus();
    }
  }

  /** Shows a member's new state before the change event's reload arrives. */
  private applyLocally(member: CampaignMember): void {
    const i = this.people.findIndex((a) => a.member.id === member.id);
    if (i < 0) return;
    const people = [...this.people];
    people[i] = { ...people[i], member };
    this.people = people;
    for (const code of [member.id, member.leadId, member.contactId]) if (code) this.byCode.set(code, people[i]);
  }

  private async undo(u: { memberId: string; checkInId: string; name: string }): Promise<void> {
    const locale = this.activeLocale;
    try {
      await this.adapters.adapter.undoCheckIn({ campaignId: this.campaign, memberId: u.memberId, checkInId: u.checkInId });
      this.show({ kind: 'info', text: msg(locale, 'att.undone', { name: u.name }) });
    } catch (error) {
      this.show({ kind: 'error', text: error instanceof ConflictError ? msg(locale, 'error.conflict') : errorMessage(locale, error) });
    }
  }

  /** Asks the adapter to send the check-ins kept on this device now. */
  async flush(): Promise<void> {
    const adapter = this.adapters.adapter;
    if (this.flushing || !this.campaign || !adapter.flushPendingWrites) return;
    this.flushing = true;
    const before = this.pending.filter((p) => p.state === 'pending').length;
    try {
      await adapter.flushPendingWrites();
    } finally {
      this.flushing = false;
      await this.refreshPending();
    }
    const still = this.pending.filter((p) => p.state === 'pending').length;
    const sent = Math.max(0, before - still - this.pending.filter((p) => p.state === 'failed').length);
    if (!still) this.offline = false;
    if (sent) this.show({ kind: 'info', text: msg(this.activeLocale, 'att.synced', { count: this.formatNumber(sent) }) });
  }

  private async dismiss(p: PendingWrite): Promise<void> {
    await this.adapters.adapter.discardPendingWrite?.(p.key);
    await this.refreshPending();
  }

  private async submitWalkIn(e: Event): Promise<void> {
    e.preventDefault();
    const locale = this.activeLocale;
    const fields = Object.fromEntries(Object.entries(this.walkIn).map(([k, v]) => [k, v.trim()]).filter(([, v]) => v)) as Record<string, string>;
    if (!fields.email || !isEmailAddress(fields.email)) {
      this.walkInError = `${msg(locale, 'form.email')}: ${fieldMessage(locale, fields.email ? 'email' : 'required')}`;
      return;
    }
    this.walkInError = '';
    const lead = { ...fields, email: fields.email };
    const name = displayName(fields);
    const known = this.people.find((a) => a.member.person.email && emailKey(a.member.person.email) === emailKey(fields.email));
    if (known) {
      this.dispatchEvent(new AttendeeWalkInEvent({ campaignId: this.campaign, lead, memberId: known.member.id, matched: true, pending: false }));
      this.closeWalkIn();
      await this.checkIn(known);
      if (this.toast?.kind === 'done') this.show({ ...this.toast, text: msg(locale, 'att.walk-in-found', { name: known.name }) });
      return;
    }
    // Not on the list: registered and checked in by one submission (matched by email, never a
    // duplicate lead), which the adapter's outbox can keep if the network is down.
    const submissionId = newId();
    const checkInId = newId();
    const at = new Date().toISOString();
    this.busy = true;
    try {
      const r = await this.adapters.adapter.submitLead({ submissionId, campaignId: this.campaign, lead, source: 'event', checkIn: { checkInId, at } });
      this.dispatchEvent(new AttendeeWalkInEvent({ campaignId: this.campaign, lead, memberId: r.memberId, matched: r.matched, pending: false }));
      this.closeWalkIn();
      const arrived = r.checkIn ?? { at, already: false };
      this.show(
        arrived.already
          ? { kind: 'already', text: msg(locale, 'att.already', { name, time: this.fmtTime(arrived.at) }) }
          : { kind: 'done', text: msg(locale, 'att.done', { name, time: this.fmtTime(arrived.at) }), undo: { memberId: r.memberId, checkInId, name } },
      );
      this.dispatchEvent(new AttendeeCheckedInEvent({ campaignId: this.campaign, checkInId, at: arrived.at, already: arrived.already, pending: false }));
    } catch (error) {
      if (error instanceof QueuedError) {
        this.offline = true;
        await this.refreshPending();
        this.dispatchEvent(new AttendeeWalkInEvent({ campaignId: this.campaign, lead, matched: false, pending: true }));
        this.closeWalkIn();
        this.show({ kind: 'pending', text: msg(locale, 'att.pending', { name, time: this.fmtTime(at) }) });
      } else this.walkInError = errorMessage(locale, error); // the typed values stay in the form
    } finally {
      this.busy = false;
    }
  }

  private closeWalkIn(): void {
    this.walkInOpen = false;
    this.walkIn = { firstName: '', lastName: '', email: '', company: '' };
  }

  /** Marks everyone still expected as No-show (chunks of 1,000, each all-or-nothing). */
  private async closeEvent(campaign: Campaign): Promise<void> {
    const noShow = noShowStatus(campaign);
    if (!noShow) return;
    const locale = this.activeLocale;
    const adapter: DataAdapter = this.adapters.adapter;
    this.busy = true;
    try {
      const targets: { id: string; version: number }[] = [];
      for (const s of expectedStatuses(campaign)) {
        for await (const page of memberPages(adapter, { campaignId: campaign.id, status: s.label })) targets.push(...page.map((m) => ({ id: m.id, version: m.version })));
      }
      const { saved } = await bulkWrite(targets, (chunk) => adapter.setMemberStatus({ campaignId: campaign.id, members: chunk, status: noShow.label }));
      const done = saved.length;
      this.confirmClose = false;
      this.show({ kind: done === targets.length ? 'info' : 'error', text: done === targets.length ? msg(locale, 'att.closed', { status: statusLabel(locale, noShow.label), count: this.formatNumber(done) }) : msg(locale, 'list.partial', { done: this.formatNumber(done), total: this.formatNumber(targets.length) }) });
    } catch (error) {
      this.show({ kind: 'error', text: msg(locale, 'list.failed', { reason: errorMessage(locale, error) }) });
    } finally {
      this.busy = false;
    }
  }

  /** Adds the event statuses the campaign lacks (its own stay, with its default). */
  private async addEventStatuses(campaign: Campaign): Promise<void> {
    const have = new Set(campaign.memberStatuses.map((s) => s.label.toLowerCase()));
    const added = defaultMemberStatuses('event')
      .filter((s) => !have.has(s.label.toLowerCase()))
      .map((s) => ({ ...s, default: false }));
    try {
      await this.adapters.adapter.saveCampaign({ ...campaign, memberStatuses: [...campaign.memberStatuses, ...added] });
    } catch (error) {
      this.show({ kind: 'error', text: errorMessage(this.activeLocale, error) });
    }
  }

  private async startCamera(): Promise<void> {
    const Detector = (globalThis as unknown as { BarcodeDetector?: new (o: { formats: string[] }) => BarcodeDetectorLike }).BarcodeDetector;
    if (!Detector || !navigator.mediaDevices?.getUserMedia) return;
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
      this.cameraOn = true;
      await this.updateComplete;
      const video = this.video!;
      video.srcObject = this.stream;
      await video.play();
      const detector = new Detector({ formats: ['qr_code', 'code_128', 'code_39', 'ean_13'] });
      let last = '';
      const tick = async () => {
        if (!this.cameraOn) return;
        try {
          const [code] = await detector.detect(video);
          if (code && code.rawValue !== last) {
            last = code.rawValue;
            await this.handleCode(code.rawValue);
          }
        } catch {
          /* a frame that cannot be read */
        }
        setTimeout(tick, 300);
      };
      void tick();
    } catch {
      this.stopCamera();
      this.show({ kind: 'error', text: msg(this.activeLocale, 'att.camera-error') });
    }
  }

  private stopCamera(): void {
    this.stream?.getTracks().forEach((t) => t.stop());
    this.stream = undefined;
    this.cameraOn = false;
  }
}

function attendee(member: CampaignMember): Attendee {
  const name = displayName(member.person);
  return { member, key: personSearchKey(member.person), name };
}

/** Whether a pending write checks in this member (by id, or a walk-in by email). */
function pendingFor(p: PendingWrite, member: CampaignMember): boolean {
  if (p.method === 'checkIn') {
    const code = (p.input as { code?: string })?.code;
    return code === member.id || code === member.leadId || code === member.contactId;
  }
  const email = (p.input as LeadSubmission | undefined)?.lead?.email;
  return !!email && !!member.person.email && emailKey(email) === emailKey(member.person.email);
}

/** When the person arrived, for a pending write. */
function pendingAt(p: PendingWrite): string {
  return (p.input as { at?: string })?.at ?? (p.input as LeadSubmission)?.checkIn?.at ?? p.createdAt;
}

/** A short tone (check-in high, error low), for a door where nobody watches the screen. */
function beep(frequency: number): void {
  try {
    const ctx = new AudioContext();
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = frequency;
    gain.gain.value = 0.08;
    osc.connect(gain).connect(ctx.destination);
    osc.start();
    osc.stop(ctx.currentTime + 0.12);
    osc.onended = () => void ctx.close();
  } catch {
    /* no audio */
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'attendance-tracker': AttendanceTracker;
  }
}
