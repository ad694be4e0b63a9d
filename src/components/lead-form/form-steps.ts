/**
 * A multi-step form's progress and its Back / Next buttons: loaded only by a form that declares
 * `<lead-form-step>`s, so a one-page form does not download it.
 */
import { html, nothing } from 'lit';
import { msg, type Locale } from '../../i18n/localize.js';

/** The steps' titles in order, with the current one, as the form shows them above its fields. */
export function renderProgress(locale: Locale, labels: readonly string[], step: number, idPrefix: string) {
  return html`<div class="steps-head">
    <ol class="steps" aria-label=${msg(locale, 'form.steps')}>
      ${labels.map((label, i) => html`<li class=${i < step ? 'done' : i === step ? 'current' : ''} aria-current=${i === step ? 'step' : nothing}><span>${label}</span></li>`)}
    </ol>
    <p class="step-of" id="${idPrefix}-step-of">${msg(locale, 'form.step-of', { step: step + 1, total: labels.length })}</p>
    <h3 class="step-title" id="${idPrefix}-step-title" tabindex="-1" aria-describedby="${idPrefix}-step-of">${labels[step]}</h3>
  </div>`;
}

/** Back (from the second step) and Next — or, on the last step, the form's submit button. */
export function renderStepNav(locale: Locale, o: { step: number; total: number; busy: boolean; back(): void; submit: unknown }) {
  const last = o.step === o.total - 1;
  return html`<div class="actions steps-nav">
    ${o.step > 0 ? html`<button type="button" class="secondary back" ?disabled=${o.busy} @click=${o.back}>${msg(locale, 'form.back')}</button>` : nothing}
    ${last ? o.submit : html`<button part="submit-button" type="submit" class="next">${msg(locale, 'form.next')}</button>`}
  </div>`;
}
