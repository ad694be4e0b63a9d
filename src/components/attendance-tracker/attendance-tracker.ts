import { addComponentStrings } from '../../i18n/english-components.js';
import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { DataAdapter } from '../../adapters/adapter.js';
import { bulkWrite, memberPages } from '../../adapters/bulk.js';
import { ConflictError, NotFoundError, QueuedError, UnavailableError } from '../../adapters/errors.js';
import { AdapterController } from '../../controllers/adapter-controller.js';
import { arrivedAt, attendanceFigures, expectedStatuses, hasArrived, isArrivalOf, noShowStatus, tracksAttendance } from '../../domain/attendance.js';
import { newId } from '../../domain/ids.js';
import { emailKey } from '../../domain/matching.js';
import { displayName } from '../../domain/members.js';
import { defaultMemberStatuses } from '../../domain/statuses.js';
import { errorMessage, msg, statusLabel, type Locale, numberFormat } from '../../i18n/localize.js';
import { LocalizedElement } from '../../i18n/localized-element.js';
import { renderError, renderLoading } from '../../styles/states.js';
import type { Campaign } from '../../model/campaign.js';
import type { CampaignMember } from '../../model/member.js';
import type { MemberCounts } from '../../adapters/adapter.js';
import { AttendeeCheckedInEvent, AttendeeCheckInEvent, AttendeeWalkInEvent } from './attendance-tracker.events.js';
import { styles } from './attendance-tracker.styles.js';
import { DoorList, type Attendee } from './door-list.js';
import { PendingArrivals } from './pending-arrivals.js';
import { CameraScanner } from './scanner.js';
import { ToastController } from './toast.js';
import { WalkInForm, type WalkInFields } from './walk-in-form.js';

addComponentStrings();

/** The campaign and its figures, as the tracker shows them. */
interface Meta {
  campaign: Campaign;
  counts: MemberCounts;
}

/** Results listed while typing; the "not yet arrived" list shows more. */
const RESULTS = 8;
/** Arrivals the idle door screen shows. */
const RECENT = 5;
const NOT_ARRIVED_RESULTS = 50;

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
 * @cssprop --lead-kit-color-danger - Errors and "Close the event".
 * @cssprop --lead-kit-color-on-danger - Text on the close-event button.
 * @cssprop --lead-kit-color-surface - Background.
 * @cssprop --lead-kit-color-border - Borders.
 * @cssprop --lead-kit-radius - Corner radius.
 * @cssprop --lead-kit-space - Base spacing: every gap and padding is a step of it (the density).
 * @cssprop --lead-kit-color-scheme - Colour scheme: `light dark` (default: the visitor's OS setting), `light` or `dark`. The colour defaults below have a light and a dark value.
 * @cssprop --lead-kit-font-family - Font (default: the system UI font).
 * @cssprop --lead-kit-color-text - Text color (default #1f2430; dark #e6e9f0).
 * @cssprop --lead-kit-color-muted - Secondary text (default #5b6272; dark #a9b1c2).
 * @cssprop --lead-kit-color-on-accent - Text on the accent colour (default #ffffff; dark #0b1020).
 * @cssprop --lead-kit-color-backdrop - Behind dialogs (default 45% black; dark 65%).
 * @cssprop --lead-kit-shadow-raised - Elevation of what floats over the page: dialogs, menus.
 * @cssprop --lead-kit-density - `comfortable` (default: 44 px rows and controls) or `compact` (32 px, 13 px text, tighter spacing); read when the element is connected. The `density` attribute overrides it.
 * @cssprop --lead-kit-card-background - The card the element sits in: its background (default: the surface colour).
 * @cssprop --lead-kit-card-border - The card's border (default `1px solid` the border colour; `none` for none).
 * @cssprop --lead-kit-card-radius - The card's corner radius (default: `--lead-kit-radius`).
 * @cssprop --lead-kit-card-padding - The card's padding (default: `--lead-kit-space`).
 * @cssprop --lead-kit-card-shadow - The card's shadow (default none: cards are flat).
 *
 * @fires {AttendeeCheckInEvent} attendee-check-in - Before a check-in (cancelable). `detail: { campaignId, code, name }`.
 * @fires {AttendeeCheckedInEvent} attendee-checked-in - After a check-in, applied or pending, or refused as a duplicate. `detail: { campaignId, checkInId, member, at, already, pending }`.
 * @fires {AttendeeWalkInEvent} attendee-walk-in - A walk-in was registered. `detail: { campaignId, lead, memberId, matched, pending }`.
 */
export class AttendanceTracker extends LocalizedElement {
  static override styles = styles;

  /** Id of the event campaign. */
  @property({ reflect: true }) campaign = '';

  /** Plays a short tone on a check-in and a low one on an error (for scanner use). */
  @property({ type: Boolean }) sounds = false;

  /** @internal */ @state() private text = '';
  /** @internal */ @state() private onlyNotArrived = false;
  /** @internal */ @state() private offline = false;
  /** @internal */ @state() private confirmClose = false;
  /** @internal */ @state() private busy = false;

  @query('#search') private searchInput?: HTMLInputElement;
  @query('video') private video?: HTMLVideoElement;

  private adapters = new AdapterController(this);
  private door = new DoorList(this, this.adapters, () => this.campaign, () => `${this.activeLocale}|${this.nameOrder ?? ''}`);
  private pending = new PendingArrivals(this, this.adapters, () => this.campaign, (sent, empty) => {
    if (empty) this.offline = false;
    if (sent) this.toasts.show({ kind: 'info', text: msg(this.activeLocale, 'att.synced', { count: this.formatNumber(sent) }) });
  });
  private toasts = new ToastController(this, () => this.sounds);
  private scanner = new CameraScanner(this, () => this.video, (code) => this.handleCode(code), () => this.toasts.show({ kind: 'error', text: msg(this.activeLocale, 'att.camera-error') }));
  private walkIn = new WalkInForm(this, (fields) => this.submitWalkIn(fields), (open) => this.dialogMoved(open, '#walk-firstName', '.walk-in-toggle'));

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('campaign')) void this.pending.refresh();
  }

  /** The door list as loaded: every member with the name shown (read-only; for scripts, tools and benchmarks). */
  get attendees(): readonly { member: CampaignMember; name: string }[] {
    return this.door.people;
  }

  /** Sends the check-ins kept on this device now. */
  flush(): Promise<void> {
    return this.pending.flush();
  }

  private fmtTime(iso: string): string {
    return new Intl.DateTimeFormat(this.activeLocale, { timeStyle: 'short' }).format(new Date(iso));
  }

  // ---- rendering --------------------------------------------------------------------------

  override render() {
    const locale = this.activeLocale;
    const door = this.door;
    if (!this.campaign) return nothing;
    if (door.status === 'loading') return html`<div part="base" class="base card">${renderLoading(locale)}</div>`;
    if (door.status === 'error' || !door.campaign) return html`<div part="base" class="base card">${renderError(locale, door.error, () => door.retry())}</div>`;
    return this.renderTracker({ campaign: door.campaign, counts: door.counts }, locale);
  }

  private renderTracker(m: Meta, locale: Locale) {
    const f = attendanceFigures(m.campaign, m.counts);
    const tracked = tracksAttendance(m.campaign);
    const rate = f.rate === null ? msg(locale, 'summary.na') : numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(f.rate);
    return html`<section part="base" class="base card" aria-labelledby="title">
      <header class="head">
        <h2 id="title">${msg(locale, 'att.title')}: ${m.campaign.name}</h2>
        ${this.offline || this.door.unreachable ? html`<p class="offline" role="status">${msg(locale, 'att.offline')}</p>` : nothing}
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
          placeholder=${msg(locale, 'list.search-hint')}
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
          ${CameraScanner.supported
            ? html`<button class="secondary" @click=${() => (this.scanner.on ? this.scanner.stop() : void this.scanner.start())}>${msg(locale, this.scanner.on ? 'att.camera-stop' : 'att.camera')}</button>`
            : nothing}
        </div>
        ${this.scanner.on ? html`<video class="camera" muted playsinline aria-label=${msg(locale, 'att.camera')}></video>` : nothing}
      </div>
      ${this.toasts.render(locale, (u) => this.undo(u))} ${this.renderResults(m, locale)}
      ${this.pending.render(locale, (iso) => this.fmtTime(iso), (e) => this.door.people.find((a) => isArrivalOf(e.arrival, a.member))?.name)}
      <div class="actions">
        <button class="secondary walk-in-toggle" aria-expanded=${this.walkIn.open ? 'true' : 'false'} aria-controls="walk-in" @click=${() => this.walkIn.toggle()}>${msg(locale, 'att.walk-in')}</button>
        ${tracked ? html`<button class="secondary danger close-toggle" ?disabled=${this.busy || f.notArrived === 0} @click=${() => this.showConfirmClose(true)}>${msg(locale, 'att.close')}</button>` : nothing}
      </div>
      ${this.walkIn.render(locale)} ${this.confirmClose ? this.renderConfirmClose(m, f.notArrived, locale) : nothing}
    </section>`;
  }

  private findPeople(): { shown: Attendee[]; count: number } {
    const text = this.text.trim();
    if (!text && !this.onlyNotArrived) return { shown: [], count: 0 };
    return this.door.find(text, this.onlyNotArrived, text ? RESULTS : NOT_ARRIVED_RESULTS);
  }

  private renderResults(m: Meta, locale: Locale) {
    const { shown, count } = this.findPeople();
    if (!this.text.trim() && !this.onlyNotArrived) return this.renderRecent(locale);
    return html`<div class="results-wrap">
      <p class="muted" id="results-count">${msg(locale, 'att.results', { count: this.formatNumber(count) })}</p>
      ${count === 0 ? html`<p>${msg(locale, 'att.no-results')}</p>` : nothing}
      <ul id="results" class="results" aria-labelledby="results-count" tabindex="-1" @keydown=${this.handleResultsKey}>
        ${shown.map((a) => this.renderAttendee(a, m, locale))}
      </ul>
      ${count > shown.length ? html`<p class="muted">${msg(locale, 'att.more', { shown: this.formatNumber(shown.length), count: this.formatNumber(count) })}</p>` : nothing}
    </div>`;
  }

  /** The idle door screen: who arrived last (the door team sees the line move), newest first. */
  private renderRecent(locale: Locale) {
    const recent = this.door.people
      .filter((a) => arrivedAt(a.member))
      .sort((a, b) => (arrivedAt(b.member)! < arrivedAt(a.member)! ? -1 : arrivedAt(b.member)! > arrivedAt(a.member)! ? 1 : 0))
      .slice(0, RECENT);
    if (!recent.length) return nothing;
    return html`<section class="recent" aria-labelledby="recent-title">
      <h3 id="recent-title">${msg(locale, 'att.recent')}</h3>
      <ul class="results">
        ${recent.map(
          (a) => html`<li class="result arrived">
            <div class="who">
              <strong>${a.name}</strong>
              <span class="muted">${[a.member.person.email, a.member.person.company].filter(Boolean).join(' · ')}</span>
            </div>
            <div class="state"><span class="badge success">${msg(locale, 'att.arrived-at', { time: this.fmtTime(arrivedAt(a.member)!) })}</span></div>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderAttendee(a: Attendee, m: Meta, locale: Locale) {
    const arrived = hasArrived(a.member);
    const pending = !arrived && !!this.pending.waitingFor(a.member);
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

  private renderConfirmClose(m: Meta, count: number, locale: Locale) {
    const status = statusLabel(locale, noShowStatus(m.campaign)?.label ?? 'No-show');
    const escape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      this.showConfirmClose(false);
    };
    return html`<div class="confirm" role="alertdialog" aria-labelledby="close-text" aria-modal="false" @keydown=${escape}>
      <p id="close-text">${msg(locale, 'att.close-confirm', { count: this.formatNumber(count), status })}</p>
      <div class="actions">
        <button class="danger" ?disabled=${this.busy} @click=${() => this.closeEvent(m.campaign)}>${msg(locale, 'att.close-confirm-button', { status })}</button>
        <button class="secondary cancel-close" @click=${() => this.showConfirmClose(false)}>${msg(locale, 'list.cancel')}</button>
      </div>
    </div>`;
  }

  // ---- actions -----------------------------------------------------------------------------

  private showConfirmClose(open: boolean): void {
    this.confirmClose = open;
    // Cancel first: the safe choice is where Enter lands.
    this.dialogMoved(open, '.cancel-close', '.close-toggle');
  }

  /**
   * A dialog opened (focus moves into it: `inside`; an old alert is cleared so it is not read as
   * the dialog's) or closed (focus goes back to the button that opened it: `opener`).
   */
  private async dialogMoved(open: boolean, inside: string, opener: string): Promise<void> {
    if (open) this.toasts.clear();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(open ? inside : opener)?.focus();
  }

  /** ArrowDown/ArrowUp move between the search field and the results' check-in buttons. */
  private handleResultsKey(e: KeyboardEvent): void {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const stops = [this.renderRoot.querySelector<HTMLElement>('#search'), ...this.renderRoot.querySelectorAll<HTMLElement>('.results .check-in:not([disabled])')].filter(Boolean) as HTMLElement[];
    const at = stops.indexOf((this.renderRoot as ShadowRoot).activeElement as HTMLElement);
    if (at < 0) return;
    const next = stops[at + (e.key === 'ArrowDown' ? 1 : -1)];
    if (!next) return;
    e.preventDefault();
    next.focus();
  }

  private handleSearchKey(e: KeyboardEvent): void {
    this.handleResultsKey(e);
    if (e.key !== 'Enter') return;
    e.preventDefault();
    void this.handleCode((e.target as HTMLInputElement).value);
  }

  /** Enter in the field (a scanner's code, or a search with one result) or a camera scan. */
  private async handleCode(value: string): Promise<void> {
    const code = value.trim();
    if (!code) return;
    const exact = this.door.byScan(code);
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
      this.toasts.show({ kind: 'error', text: msg(this.activeLocale, 'att.unknown-code', { code }) });
      this.searchInput?.select();
    }
  }

  /** Checks a person in (or keeps the check-in on the device when the adapter is unreachable). */
  async checkIn(a: { member: CampaignMember; name: string }): Promise<void> {
    const locale = this.activeLocale;
    const intent = new AttendeeCheckInEvent({ campaignId: this.campaign, code: a.member.id, name: a.name });
    this.dispatchEvent(intent);
    if (intent.defaultPrevented) return;
    const queued = this.pending.waitingFor(a.member);
    if (hasArrived(a.member) || queued) {
      const at = arrivedAt(a.member) ?? queued?.arrival.at ?? a.member.updatedAt;
      this.toasts.show({ kind: 'already', text: msg(locale, 'att.already', { name: a.name, time: this.fmtTime(at) }) });
      this.dispatchEvent(new AttendeeCheckedInEvent({ campaignId: this.campaign, checkInId: '', member: a.member, at, already: true, pending: false }));
      return;
    }
    const checkInId = newId();
    const at = new Date().toISOString();
    try {
      const r = await this.door.write(a.member.id, () => this.adapters.adapter.checkIn({ campaignId: this.campaign, code: a.member.id, checkInId, at }));
      this.offline = false;
      this.toasts.show(
        r.already
          ? { kind: 'already', text: msg(locale, 'att.already', { name: a.name, time: this.fmtTime(r.at) }) }
          : { kind: 'done', text: msg(locale, 'att.done', { name: a.name, time: this.fmtTime(r.at) }), undo: { memberId: r.member.id, checkInId, name: a.name } },
      );
      this.dispatchEvent(new AttendeeCheckedInEvent({ campaignId: this.campaign, checkInId, member: r.member, at: r.at, already: r.already, pending: false }));
      if (this.pending.entries.length) void this.pending.refresh();
    } catch (error) {
      if (error instanceof QueuedError) {
        // The adapter keeps it on the device and sends it when the network is back.
        this.offline = true;
        await this.pending.refresh();
        this.toasts.show({ kind: 'pending', text: msg(locale, 'att.pending', { name: a.name, time: this.fmtTime(at) }) });
        this.dispatchEvent(new AttendeeCheckedInEvent({ campaignId: this.campaign, checkInId, member: a.member, at, already: false, pending: true }));
      } else {
        if (error instanceof UnavailableError) this.offline = true;
        this.toasts.show({ kind: 'error', text: error instanceof NotFoundError ? msg(locale, 'att.unknown-code', { code: a.member.id }) : errorMessage(locale, error) });
      }
    } finally {
      this.searchInput?.focus();
    }
  }

  private async undo(u: { memberId: string; checkInId: string; name: string }): Promise<void> {
    const locale = this.activeLocale;
    try {
      await this.adapters.adapter.undoCheckIn({ campaignId: this.campaign, memberId: u.memberId, checkInId: u.checkInId });
      this.toasts.show({ kind: 'info', text: msg(locale, 'att.undone', { name: u.name }) });
    } catch (error) {
      this.toasts.show({ kind: 'error', text: error instanceof ConflictError ? msg(locale, 'error.conflict') : errorMessage(locale, error) });
    }
  }

  /** Registers a walk-in; answers the error to show in the form, or nothing when done. */
  private async submitWalkIn(lead: WalkInFields): Promise<string | void> {
    const locale = this.activeLocale;
    const name = displayName(lead, locale, this.nameOrder);
    const known = this.door.byEmail((email) => emailKey(email) === emailKey(lead.email));
    if (known) {
      this.dispatchEvent(new AttendeeWalkInEvent({ campaignId: this.campaign, lead, memberId: known.member.id, matched: true, pending: false }));
      this.walkIn.toggle(false);
      await this.checkIn(known);
      if (this.toasts.toast?.kind === 'done') this.toasts.show({ ...this.toasts.toast, text: msg(locale, 'att.walk-in-found', { name: known.name }) });
      return;
    }
    // Not on the list: registered and checked in by one submission (matched by email, never a
    // duplicate lead), which the adapter's outbox can keep if the network is down.
    const submissionId = newId();
    const checkInId = newId();
    const at = new Date().toISOString();
    try {
      const r = await this.adapters.adapter.submitLead({ submissionId, campaignId: this.campaign, lead, source: 'event', checkIn: { checkInId, at } });
      this.dispatchEvent(new AttendeeWalkInEvent({ campaignId: this.campaign, lead, memberId: r.memberId, matched: r.matched, pending: false }));
      const arrived = r.checkIn ?? { at, already: false };
      this.toasts.show(
        arrived.already
          ? { kind: 'already', text: msg(locale, 'att.already', { name, time: this.fmtTime(arrived.at) }) }
          : { kind: 'done', text: msg(locale, 'att.done', { name, time: this.fmtTime(arrived.at) }), undo: { memberId: r.memberId, checkInId, name } },
      );
      this.dispatchEvent(new AttendeeCheckedInEvent({ campaignId: this.campaign, checkInId, at: arrived.at, already: arrived.already, pending: false }));
    } catch (error) {
      if (error instanceof QueuedError) {
        this.offline = true;
        await this.pending.refresh();
        this.dispatchEvent(new AttendeeWalkInEvent({ campaignId: this.campaign, lead, matched: false, pending: true }));
        this.toasts.show({ kind: 'pending', text: msg(locale, 'att.pending', { name, time: this.fmtTime(at) }) });
      } else return errorMessage(locale, error);
    }
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
      this.showConfirmClose(false);
      this.toasts.show({ kind: done === targets.length ? 'info' : 'error', text: done === targets.length ? msg(locale, 'att.closed', { status: statusLabel(locale, noShow.label), count: this.formatNumber(done) }) : msg(locale, 'list.partial', { done: this.formatNumber(done), total: this.formatNumber(targets.length) }) });
    } catch (error) {
      this.toasts.show({ kind: 'error', text: msg(locale, 'list.failed', { reason: errorMessage(locale, error) }) });
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
      this.toasts.show({ kind: 'error', text: errorMessage(this.activeLocale, error) });
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'attendance-tracker': AttendanceTracker;
  }
}
