import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { DataAdapter } from '../../adapters/adapter.js';
import { ValidationError } from '../../adapters/errors.js';
import { displayName } from '../../domain/members.js';
import { errorMessage, fieldMessage, msg, type Locale, type MessageKey } from '../../i18n/localize.js';
import type { CampaignMember } from '../../model/member.js';
import { opportunityStages, type Opportunity } from '../../model/opportunity.js';
import { typedNumber } from '../../model/typed-number.js';

/** The date `days` from today, as an ISO calendar date. */
function inDays(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The member list's "Create opportunity" for a contact's membership, one job: a dialog with the
 * deal's name (the company and the person), amount, close date (in 30 days) and stage; saved
 * through `createOpportunityFromMember` (the contact's account, this campaign as the source, in
 * its currency). Field errors are shown at their fields; the typed values stay.
 */
export class MemberOpportunity implements ReactiveController {
  member?: CampaignMember;
  busy = false;
  issues: Partial<Record<'name' | 'amount' | 'closeDate' | 'stage' | '', string>> = {};
  /** The dialog is rendered from its first opening on (nothing to make at the host's mount). */
  private made = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    private readonly adapter: () => DataAdapter,
    private readonly created: (opportunity: Opportunity, member: CampaignMember) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.opportunity');
  }

  async open(member: CampaignMember): Promise<void> {
    this.member = member;
    this.made = true;
    this.issues = {};
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog();
    if (!dialog) return;
    dialog.querySelector('form')?.reset();
    dialog.showModal();
    dialog.querySelector<HTMLInputElement>('#opp-name')?.focus();
  }

  private close(): void {
    this.dialog()?.close();
  }

  private async save(e: Event, locale: Locale): Promise<void> {
    e.preventDefault();
    const member = this.member;
    if (!member || this.busy) return;
    const form = e.target as HTMLFormElement;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value.trim();
    const amountText = value('amount');
    const amount = amountText ? typedNumber(amountText, locale) : undefined;
    this.issues = amountText && (amount === undefined || Number.isNaN(amount)) ? { amount: fieldMessage(locale, 'invalid_type') } : {};
    if (this.issues.amount) return this.host.requestUpdate();
    this.busy = true;
    this.host.requestUpdate();
    try {
      const opportunity = await this.adapter().createOpportunityFromMember({
        memberId: member.id,
        name: value('name'),
        ...(amount !== undefined ? { amount } : {}),
        closeDate: value('closeDate'),
        stage: value('stage') as Opportunity['stage'],
      });
      this.close();
      this.created(opportunity, member);
    } catch (error) {
      if (error instanceof ValidationError) {
        for (const issue of error.issues) {
          const field = (['name', 'amount', 'closeDate', 'stage'].includes(issue.path) ? issue.path : '') as keyof typeof this.issues;
          this.issues[field] ??= field ? fieldMessage(locale, issue.code) : errorMessage(locale, error);
        }
      } else this.issues = { '': errorMessage(locale, error) };
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  render(locale: Locale, order: 'given-first' | 'family-first' | undefined) {
    if (!this.made) return nothing;
    const m = this.member;
    const who = m ? displayName(m.person, locale, order) : '';
    const defaultName = m ? [m.person.company, who].filter(Boolean).join(' - ') : '';
    const field = (id: string, name: 'name' | 'amount' | 'closeDate', label: string, input: unknown) =>
      html`<div class="field">
        <label for=${id}>${label}</label>
        ${input}
        ${this.issues[name] ? html`<p class="problem" id="${id}-error">${this.issues[name]}</p>` : nothing}
      </div>`;
    const invalid = (name: 'name' | 'amount' | 'closeDate') => (this.issues[name] ? 'true' : 'false');
    const described = (id: string, name: 'name' | 'amount' | 'closeDate') => (this.issues[name] ? `${id}-error` : nothing);
    return html`<dialog class="opportunity" aria-labelledby="opp-title" @close=${() => (this.member = undefined)}>
      <h3 id="opp-title">${msg(locale, 'opp.create-title', { name: who })}</h3>
      <form class="opp-form" @submit=${(e: Event) => this.save(e, locale)} novalidate>
        ${field('opp-name', 'name', msg(locale, 'opp.name'), html`<input id="opp-name" name="name" required value=${defaultName} aria-invalid=${invalid('name')} aria-describedby=${described('opp-name', 'name')} />`)}
        ${field('opp-amount', 'amount', msg(locale, 'opp.amount'), html`<input id="opp-amount" name="amount" inputmode="decimal" aria-invalid=${invalid('amount')} aria-describedby=${described('opp-amount', 'amount')} />`)}
        ${field('opp-close', 'closeDate', msg(locale, 'opp.close-date'), html`<input id="opp-close" name="closeDate" type="date" required value=${inDays(30)} aria-invalid=${invalid('closeDate')} aria-describedby=${described('opp-close', 'closeDate')} />`)}
        <div class="field">
          <label for="opp-stage">${msg(locale, 'wizard.opp.stage')}</label>
          <select id="opp-stage" name="stage">
            ${opportunityStages.map((s) => html`<option value=${s} ?selected=${s === 'prospecting'}>${msg(locale, `stage.${s}` as MessageKey)}</option>`)}
          </select>
        </div>
        ${this.issues[''] ? html`<p class="problem" role="alert">${this.issues['']}</p>` : nothing}
        <div class="dialog-actions">
          <button type="submit" ?disabled=${this.busy}>${msg(locale, 'opp.create')}</button>
          <button type="button" class="secondary" @click=${() => this.close()}>${msg(locale, 'list.cancel')}</button>
        </div>
      </form>
    </dialog>`;
  }
}
