import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { PendingWrite } from '../../adapters/adapter.js';
import type { AdapterController } from '../../controllers/adapter-controller.js';
import { isArrivalOf, pendingArrival, type PendingArrival } from '../../domain/attendance.js';
import { displayName } from '../../domain/members.js';
import { msg, type Locale, numberFormat } from '../../i18n/localize.js';
import type { CampaignMember } from '../../model/member.js';

/** How often pending check-ins are looked at again while some wait. */
const RETRY_MS = 15000;

/** A pending write about an arrival at this event. */
export interface PendingEntry {
  write: PendingWrite;
  arrival: PendingArrival;
}

/**
 * Check-ins and walk-ins of this event kept in the adapter's outbox (adapters with one): lists
 * them, looks again every 15 s while some wait and when the browser is back online, sends them
 * on request, drops a failed one the user dismissed.
 */
export class PendingArrivals implements ReactiveController {
  entries: PendingEntry[] = [];
  flushing = false;

  private timer?: ReturnType<typeof setInterval>;

  constructor(
    private host: ReactiveControllerHost,
    private adapters: AdapterController,
    private campaignId: () => string,
    /** After a flush: how many were sent, and whether none waits any more. */
    private onFlushed: (sent: number, empty: boolean) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.handleOnline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.handleOnline);
    clearInterval(this.timer);
  }

  private handleOnline = () => void this.flush();

  /** The one waiting for this member, if any. */
  waitingFor(member: CampaignMember): PendingEntry | undefined {
    return this.entries.find((e) => e.write.state === 'pending' && isArrivalOf(e.arrival, member));
  }

  /** Reads the outbox again. */
  async refresh(): Promise<void> {
    const adapter = this.adapters.adapter;
    const id = this.campaignId();
    if (!id || !adapter.pendingWrites) return;
    const all = await adapter.pendingWrites().catch(() => [] as PendingWrite[]);
    this.entries = all.flatMap((write) => {
      const arrival = pendingArrival(write, id);
      return arrival ? [{ write, arrival }] : [];
    });
    clearInterval(this.timer);
    // The adapter sends them on its own; look again now and then to show what went.
    if (this.entries.some((e) => e.write.state === 'pending')) this.timer = setInterval(() => void this.refresh(), RETRY_MS);
    this.host.requestUpdate();
  }

  /** Asks the adapter to send the check-ins kept on this device now. */
  async flush(): Promise<void> {
    const adapter = this.adapters.adapter;
    if (this.flushing || !this.campaignId() || !adapter.flushPendingWrites) return;
    this.flushing = true;
    this.host.requestUpdate();
    const waiting = () => this.entries.filter((e) => e.write.state === 'pending').length;
    const before = waiting();
    try {
      await adapter.flushPendingWrites();
    } finally {
      this.flushing = false;
      await this.refresh();
    }
    const still = waiting();
    this.onFlushed(Math.max(0, before - still - this.entries.filter((e) => e.write.state === 'failed').length), still === 0);
  }

  private async dismiss(entry: PendingEntry): Promise<void> {
    await this.adapters.adapter.discardPendingWrite?.(entry.write.key);
    await this.refresh();
  }

  /** The "waiting to sync" section (nothing when none waits). `name` finds who an entry is about. */
  render(locale: Locale, time: (iso: string) => string, name: (entry: PendingEntry) => string | undefined) {
    if (!this.entries.length) return nothing;
    const format = numberFormat(locale);
    return html`<section part="pending" class="pending" aria-labelledby="pending-title">
      <h3 id="pending-title">${msg(locale, 'att.pending-title', { count: format.format(this.entries.length) })}</h3>
      <ul>
        ${this.entries.map(
          (e) => html`<li class=${e.write.state === 'failed' ? 'failed' : ''}>
            <span>${name(e) || displayName(e.arrival.lead, locale) || e.arrival.code || e.write.key} · ${time(e.arrival.at)}</span>
            ${e.write.state === 'failed'
              ? html`<span class="problem">${msg(locale, 'att.failed', { reason: e.write.error ?? '' })}</span>
                  <button class="secondary" @click=${() => this.dismiss(e)}>${msg(locale, 'att.dismiss')}</button>`
              : html`<span class="badge warning">${msg(locale, 'att.pending-badge')}</span>`}
          </li>`,
        )}
      </ul>
      <button class="secondary" ?disabled=${this.flushing} @click=${() => this.flush()}>${msg(locale, 'att.sync-now')}</button>
    </section>`;
  }
}
