import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ChangeEvent, HeldSubmissionList } from '../../adapters/adapter.js';
import type { AdapterController } from '../../controllers/adapter-controller.js';
import { afterPaint } from '../../controllers/after-paint.js';
import { displayName, personName } from '../../domain/members.js';
import { errorMessage, msg, type Locale } from '../../i18n/localize.js';
import type { NameOrder } from '../../i18n/localized-element.js';
import type { HeldSubmission } from '../../model/submission.js';
import { renderEmpty, renderError, renderLoading } from '../../styles/states.js';

/**
 * The member list's quarantine, one job: the campaign's submissions held as suspected spam
 * (a form's time trap), read when the campaign changes and again when a change names them;
 * releasing one captures it into the campaign like any submission, deleting one drops it.
 * An adapter with no quarantine (a CRM connector) shows nothing: the count stays 0.
 */
export class HeldSubmissions implements ReactiveController {
  list?: HeldSubmissionList;
  error?: unknown;
  /** What the last release or delete did (announced politely), or why it failed (an alert). */
  notice = '';
  problem = '';
  /** The held submission being released or deleted. */
  working?: string;
  private campaignId = '';
  private adapter?: unknown;
  private stop?: () => void;
  private abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly adapters: AdapterController,
    private readonly campaign: () => string,
    private readonly options: {
      /** True once the list's first rows were read: the held ones are read after they were painted, not competing with them. */
      after?: () => boolean;
      /** True while the held submissions are shown (not only their count). */
      shown?: () => boolean;
    } = {},
  ) {
    host.addController(this);
  }

  /** How many are held (0 while unknown). */
  get count(): number {
    return this.list?.total ?? 0;
  }

  hostConnected(): void {
    this.stop = this.adapters.onChange((e) => this.changed(e));
  }

  hostDisconnected(): void {
    this.stop?.();
    this.abort?.abort();
    this.campaignId = '';
    this.adapter = undefined;
  }

  hostUpdate(): void {
    const id = this.campaign();
    const adapter = this.adapters.adapter;
    if (!id || (id === this.campaignId && adapter === this.adapter) || this.options.after?.() === false) return;
    this.campaignId = id;
    this.adapter = adapter;
    this.list = undefined;
    this.notice = this.problem = '';
    void afterPaint().then(() => {
      if (this.host.isConnected && this.campaignId === id) void this.load();
    });
  }

  /** Reads the held submissions again (the error state's "Try again"). */
  async load(): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const before = { count: this.count, error: this.error };
    try {
      const list = await this.adapters.adapter.listHeldSubmissions(this.campaignId, { signal: abort.signal });
      if (abort.signal.aborted) return;
      this.list = list;
      this.error = undefined;
    } catch (error) {
      if (abort.signal.aborted) return;
      this.error = error;
    }
    // Only the count shows while they are not shown: the same count renders nothing new (the
    // usual answer, none held, comes while the user may already be scrolling the list).
    if (this.count === before.count && !this.error && !before.error && !this.options.shown?.()) return;
    this.host.requestUpdate();
  }

  /** Releases a held submission into the campaign (captured like a submission). */
  release(held: HeldSubmission, locale: Locale, order: NameOrder | undefined): Promise<void> {
    return this.act(held, locale, order, 'held.released', () => this.adapters.adapter.releaseHeldSubmission(held.id));
  }

  /** Deletes a held submission for good. */
  discard(held: HeldSubmission, locale: Locale, order: NameOrder | undefined): Promise<void> {
    return this.act(held, locale, order, 'held.discarded', () => this.adapters.adapter.discardHeldSubmission(held.id));
  }

  private async act(held: HeldSubmission, locale: Locale, order: NameOrder | undefined, done: 'held.released' | 'held.discarded', write: () => Promise<unknown>): Promise<void> {
    if (this.working) return;
    this.working = held.id;
    this.notice = this.problem = '';
    this.host.requestUpdate();
    try {
      await write();
      this.notice = msg(locale, done, { who: heldName(held, locale, order) });
    } catch (error) {
      this.problem = msg(locale, 'list.failed', { reason: errorMessage(locale, error) });
    } finally {
      this.working = undefined;
    }
    await this.load();
  }

  private changed(e: ChangeEvent): void {
    if (this.campaignId && e.stores.includes('held') && e.campaignIds.includes(this.campaignId)) void this.load();
  }
}

/** How a held submission is named: the person's name as `locale` orders it, else the email. */
function heldName(held: HeldSubmission, locale: Locale, order: NameOrder | undefined): string {
  return displayName(held.submission.lead, locale, order);
}

/** What the held view needs from the list. */
export interface HeldView {
  locale: Locale;
  nameOrder?: NameOrder;
  held: HeldSubmissions;
  readonly: boolean;
  /** The list is narrow: cards instead of a table. */
  narrow: boolean;
  format: (n: number) => string;
  back: () => void;
}

/**
 * The "Suspected spam" view of the member list: why these were held, then each held submission
 * (name, email, company, why, when) with Release and Delete.
 */
export function renderHeld(v: HeldView): TemplateResult {
  const { locale, held } = v;
  const back = html`<button class="secondary" @click=${v.back}>${msg(locale, 'held.back')}</button>`;
  let body: TemplateResult;
  if (held.error && !held.list) body = renderError(locale, held.error, () => void held.load());
  else if (!held.list) body = renderLoading(locale);
  else if (!held.list.items.length) body = renderEmpty(msg(locale, 'held.empty'), back);
  else body = renderHeldTable(v, held.list);
  return html`<section class="held" aria-labelledby="held-title">
    <div class="held-head">
      <h3 id="held-title">${msg(locale, 'held.title')}</h3>
      ${held.list?.items.length ? back : nothing}
    </div>
    <p class="hint">${msg(locale, 'held.intro')}</p>
    ${body}
    <div class="announce" role="status" aria-live="polite">${held.notice}</div>
    ${held.problem ? html`<div class="problem" role="alert">${held.problem}</div>` : nothing}
  </section>`;
}

function renderHeldTable(v: HeldView, list: HeldSubmissionList): TemplateResult {
  const { locale, held } = v;
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const actions = (h: HeldSubmission) => {
    const who = heldName(h, locale, v.nameOrder);
    return html`<button ?disabled=${!!held.working} aria-label=${msg(locale, 'held.release-label', { who })} @click=${() => held.release(h, locale, v.nameOrder)}>${msg(locale, 'held.release')}</button>
      <button class="secondary" ?disabled=${!!held.working} aria-label=${msg(locale, 'held.discard-label', { who })} @click=${() => held.discard(h, locale, v.nameOrder)}>${msg(locale, 'held.discard')}</button>`;
  };
  const more = list.total > list.items.length ? html`<p class="hint">${msg(locale, 'held.more', { shown: v.format(list.items.length), total: v.format(list.total) })}</p>` : nothing;
  if (v.narrow) {
    return html`<ul class="held-cards held-scroll">
        ${list.items.map((h) => {
          const lead = h.submission.lead;
          return html`<li>
            <span class="who">${personName(lead, locale, v.nameOrder) || msg(locale, 'list.no-name')}</span>
            <span class="email">${lead.email}</span>
            ${lead.company ? html`<span class="meta">${lead.company}</span>` : nothing}
            <span class="meta">${msg(locale, `held.reason.${h.reason}`)} · ${when.format(new Date(h.createdAt))}</span>
            ${v.readonly ? nothing : html`<span class="held-actions">${actions(h)}</span>`}
          </li>`;
        })}
      </ul>
      ${more}`;
  }
  return html`<div class="held-scroll">
      <table class="held-table">
        <thead>
          <tr>
            <th scope="col">${msg(locale, 'col.name')}</th>
            <th scope="col">${msg(locale, 'col.email')}</th>
            <th scope="col">${msg(locale, 'col.company')}</th>
            <th scope="col">${msg(locale, 'held.reason')}</th>
            <th scope="col">${msg(locale, 'held.received')}</th>
            ${v.readonly ? nothing : html`<th scope="col"><span class="visually-hidden">${msg(locale, 'held.actions')}</span></th>`}
          </tr>
        </thead>
        <tbody>
          ${list.items.map((h) => {
            const lead = h.submission.lead;
            return html`<tr>
              <th scope="row">${personName(lead, locale, v.nameOrder) || msg(locale, 'list.no-name')}</th>
              <td class="email">${lead.email}</td>
              <td>${lead.company ?? ''}</td>
              <td>${msg(locale, `held.reason.${h.reason}`)}</td>
              <td>${when.format(new Date(h.createdAt))}</td>
              ${v.readonly ? nothing : html`<td class="held-actions">${actions(h)}</td>`}
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    ${more}`;
}
