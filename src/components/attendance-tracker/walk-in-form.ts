import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { live } from 'lit/directives/live.js';
import { inputIssues } from '../../adapters/validate.js';
import { fieldMessage, msg, type Locale } from '../../i18n/localize.js';
import { leadSubmissionSchema } from '../../model/submission.js';

type Field = 'firstName' | 'lastName' | 'email' | 'company';
const EMPTY: Record<Field, string> = { firstName: '', lastName: '', email: '', company: '' };
/** A walk-in is a submitted lead: the same schema decides what is valid. */
const walkInSchema = leadSubmissionSchema.shape.lead;

/** The fields of a walk-in, as the submission takes them. */
export type WalkInFields = Partial<Record<Field, string>> & { email: string };

/**
 * The walk-in registration form at the door: name, email (required), company. Checks the
 * values with the submission's own schema before sending; the typed values stay when sending
 * fails. `submit` gets the fields and answers an error text to show, or nothing when done.
 */
export class WalkInForm implements ReactiveController {
  open = false;
  busy = false;
  error = '';
  private values = { ...EMPTY };

  constructor(
    private host: ReactiveControllerHost,
    private submit: (fields: WalkInFields) => Promise<string | void>,
    /** Called when the form opens or closes (the host moves focus in and back). */
    private moved: (open: boolean) => void = () => {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  toggle(open = !this.open): void {
    if (open === this.open) return;
    this.open = open;
    if (!open) {
      this.values = { ...EMPTY };
      this.error = '';
    }
    this.host.requestUpdate();
    this.moved(open);
  }

  render(locale: Locale) {
    if (!this.open) return nothing;
    const field = (name: Field, label: string, required = false) =>
      html`<div class="field">
        <label for="walk-${name}">${label}${required ? html` <span class="required" aria-hidden="true">*</span>` : nothing}</label>
        <input
          id="walk-${name}"
          type=${name === 'email' ? 'email' : 'text'}
          autocomplete="off"
          ?required=${required}
          aria-invalid=${required && this.error ? 'true' : 'false'}
          aria-describedby=${required && this.error ? 'walk-error' : nothing}
          .value=${live(this.values[name])}
          @input=${(e: Event) => (this.values = { ...this.values, [name]: (e.target as HTMLInputElement).value })}
        />
      </div>`;
    return html`<form
      id="walk-in"
      class="walk-in"
      aria-labelledby="walk-title"
      @submit=${(e: Event) => this.handleSubmit(e, locale)}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        this.toggle(false);
      }}
      novalidate
    >
      <h3 id="walk-title">${msg(locale, 'att.walk-in')}</h3>
      <div class="grid2">
        ${field('firstName', msg(locale, 'form.firstName'))} ${field('lastName', msg(locale, 'form.lastName'))} ${field('email', msg(locale, 'form.email'), true)}
        ${field('company', msg(locale, 'form.company'))}
      </div>
      ${this.error ? html`<p id="walk-error" class="problem" role="alert">${this.error}</p>` : nothing}
      <div class="actions">
        <button type="submit" ?disabled=${this.busy}>${msg(locale, 'att.walk-in-submit')}</button>
        <button type="button" class="secondary" @click=${() => this.toggle(false)}>${msg(locale, 'list.cancel')}</button>
      </div>
    </form>`;
  }

  private async handleSubmit(e: Event, locale: Locale): Promise<void> {
    e.preventDefault();
    const fields = Object.fromEntries(Object.entries(this.values).map(([k, v]) => [k, v.trim()]).filter(([, v]) => v)) as WalkInFields;
    const [issue] = inputIssues(walkInSchema, fields);
    if (issue) {
      const label = msg(locale, `form.${issue.path.split('.')[0] || 'email'}` as 'form.email');
      this.error = `${label}: ${fieldMessage(locale, issue.code)}`;
      this.host.requestUpdate();
      return;
    }
    this.error = '';
    this.busy = true;
    this.host.requestUpdate();
    try {
      const problem = await this.submit(fields);
      if (problem) this.error = problem; // the typed values stay in the form
      else this.toggle(false);
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }
}
