import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { DataAdapter, QuickCampaignResult } from '../adapters/adapter.js';
import { ValidationError } from '../adapters/errors.js';
import { errorMessage, fieldMessage, msg, type Locale, type MessageKey } from '../i18n/localize.js';
import { campaignTypes, type CampaignType } from '../model/campaign.js';
import type { PersonRef } from '../model/person.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * "New campaign from selection", one job, for any element with a selection of people (the
 * member list's bulk bar, the people search of `<campaign-member-add>`): a dialog with the new
 * campaign's name and type (its type's member statuses), then `createQuickCampaign` with the
 * selected people as members, its progress shown; all or nothing from the user's point of view.
 */
export class QuickCampaign implements ReactiveController {
  private people?: () => Promise<PersonRef[]>;
  count = 0;
  busy?: { done: number; total: number };
  issues: { name?: string; ''?: string } = {};
  /** The dialog is rendered from its first opening on (nothing to make at the host's mount). */
  private made = false;

  constructor(
    private readonly host: Host,
    private readonly adapter: () => DataAdapter,
    private readonly created: (result: QuickCampaignResult) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.quick-campaign');
  }

  /** Opens the dialog for `count` selected people, read by `people` when the user confirms. */
  async open(count: number, people: () => Promise<PersonRef[]>): Promise<void> {
    this.people = people;
    this.made = true;
    this.count = count;
    this.issues = {};
    this.busy = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog();
    dialog?.querySelector('form')?.reset();
    dialog?.showModal();
    dialog?.querySelector<HTMLInputElement>('#quick-name')?.focus();
  }

  private async create(e: Event, locale: Locale): Promise<void> {
    e.preventDefault();
    if (this.busy || !this.people) return;
    const form = e.target as HTMLFormElement;
    const name = (form.elements.namedItem('name') as HTMLInputElement).value.trim();
    const type = (form.elements.namedItem('type') as HTMLSelectElement).value as CampaignType;
    this.issues = name ? {} : { name: fieldMessage(locale, 'required') };
    if (this.issues.name) {
      this.host.requestUpdate();
      return form.querySelector<HTMLInputElement>('#quick-name')?.focus();
    }
    this.busy = { done: 0, total: this.count };
    this.host.requestUpdate();
    try {
      const people = await this.people();
      const result = await this.adapter().createQuickCampaign(
        { campaign: { name, type, status: 'active' }, people },
        { onProgress: (done, total) => ((this.busy = { done, total }), this.host.requestUpdate()) },
      );
      this.dialog()?.close();
      this.created(result);
    } catch (error) {
      this.issues =
        error instanceof ValidationError && error.issues.some((i) => i.path === 'campaign.name')
          ? { name: fieldMessage(locale, error.issues.find((i) => i.path === 'campaign.name')!.code) }
          : { '': msg(locale, 'quick.failed', { reason: errorMessage(locale, error) }) };
    } finally {
      this.busy = undefined;
      this.host.requestUpdate();
    }
  }

  render(locale: Locale, format: (n: number) => string) {
    if (!this.made) return nothing;
    const nameError = this.issues.name;
    return html`<dialog class="quick-campaign" aria-labelledby="quick-title" @cancel=${(e: Event) => this.busy && e.preventDefault()}>
      <h3 id="quick-title">${msg(locale, 'quick.title')}</h3>
      <p>${msg(locale, 'quick.intro', { count: format(this.count) })}</p>
      <form class="dialog-form" novalidate @submit=${(e: Event) => this.create(e, locale)}>
        <div class="field">
          <label for="quick-name">${msg(locale, 'editor.name')}</label>
          <input id="quick-name" name="name" maxlength="120" required aria-invalid=${nameError ? 'true' : 'false'} aria-describedby=${nameError ? 'quick-name-error' : nothing} />
          ${nameError ? html`<p class="problem" id="quick-name-error">${nameError}</p>` : nothing}
        </div>
        <div class="field">
          <label for="quick-type">${msg(locale, 'editor.type')}</label>
          <select id="quick-type" name="type">
            ${campaignTypes.map((t) => html`<option value=${t} ?selected=${t === 'other'}>${msg(locale, `ctype.${t}` as MessageKey)}</option>`)}
          </select>
        </div>
        <p class="progress" role="status" aria-live="polite">${this.busy ? msg(locale, 'list.working', { done: format(this.busy.done), total: format(this.busy.total) }) : ''}</p>
        ${this.issues[''] ? html`<p class="problem" role="alert">${this.issues['']}</p>` : nothing}
        <div class="dialog-actions">
          <button type="submit" ?disabled=${!!this.busy}>${msg(locale, 'quick.create', { count: format(this.count) })}</button>
          <button type="button" class="secondary" ?disabled=${!!this.busy} @click=${() => this.dialog()?.close()}>${msg(locale, 'list.cancel')}</button>
        </div>
      </form>
    </dialog>`;
  }
}
