import { html, nothing, type TemplateResult } from 'lit';
import { errorMessage, msg, type Locale } from '../i18n/localize.js';

/**
 * The states every data-driven element shows, drawn the same way everywhere (styles in
 * controls.ts, `.state-box`): loading (polite status), empty (a sentence and, when there is one,
 * the action that fills it), error (an alert with "Try again").
 */

/** While the data is on the way. */
export function renderLoading(locale: Locale): TemplateResult {
  return html`<div class="state-box loading" role="status"><span class="spinner" aria-hidden="true"></span><p>${msg(locale, 'state.loading')}</p></div>`;
}

/** The adapter could not answer: what happened, and "Try again". */
export function renderError(locale: Locale, error: unknown, retry: () => void, message?: string): TemplateResult {
  return html`<div class="state-box error" role="alert">
    <p>${message ?? errorMessage(locale, error)}</p>
    <button class="secondary" @click=${retry}>${msg(locale, 'action.retry')}</button>
  </div>`;
}

/** Nothing to show yet, and the actions that change that. */
export function renderEmpty(message: string, actions: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<div class="state-box empty"><p>${message}</p>${actions === nothing ? nothing : html`<div class="state-actions">${actions}</div>`}</div>`;
}
