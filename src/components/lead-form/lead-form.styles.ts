import { css } from 'lit';
import { tokens } from '../../styles/tokens.js';

export const styles = [
  tokens,
  css`
    :host {
      display: block;
      container-type: inline-size;
      line-height: 1.4;
    }
    [hidden] {
      display: none !important;
    }
    form {
      display: grid;
      gap: calc(var(--_space) * 0.75);
    }
    .fields {
      display: grid;
      gap: calc(var(--_space) * 0.25) var(--_space);
      grid-template-columns: 1fr;
    }
    @container (min-width: 34rem) {
      form.two-column .fields {
        grid-template-columns: 1fr 1fr;
      }
      form.two-column .field.wide {
        grid-column: 1 / -1;
      }
    }
    .field {
      display: grid;
      gap: 0.3rem;
      align-content: start;
    }
    label {
      font-weight: 600;
      font-size: 0.95rem;
    }
    .required {
      color: var(--_danger);
      margin-inline-start: 0.2em;
    }
    input:not([type='checkbox']),
    select,
    textarea {
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.55rem 0.75rem;
      min-height: 44px;
      box-sizing: border-box;
      width: 100%;
    }
    textarea {
      resize: vertical;
    }
    input:focus-visible,
    select:focus-visible,
    textarea:focus-visible,
    button:focus-visible,
    a:focus-visible,
    .success:focus-visible,
    .error-summary:focus-visible {
      outline: 3px solid color-mix(in srgb, var(--_accent) 60%, transparent);
      outline-offset: 2px;
    }
    [aria-invalid='true'] {
      border-color: var(--_danger) !important;
    }
    /* The error line always takes its height: no layout shift when an error appears. */
    .error {
      margin: 0;
      line-height: 1.3;
      min-height: 1.3em;
      font-size: 0.875rem;
      color: var(--_danger);
    }
    .check-row {
      display: flex;
      gap: 0.6rem;
      align-items: flex-start;
    }
    .check-row input {
      width: 1.25rem;
      height: 1.25rem;
      margin: 0.15rem 0 0;
      flex: none;
      accent-color: var(--_accent);
    }
    .check-row label {
      font-weight: 400;
    }
    .actions {
      display: flex;
    }
    button {
      font: inherit;
      font-weight: 600;
      min-height: 44px;
      min-width: 8rem;
      padding: 0.6rem 1.4rem;
      border: 0;
      border-radius: var(--_radius);
      background: var(--_accent);
      color: var(--_on-accent);
      cursor: pointer;
    }
    button[disabled] {
      opacity: 0.7;
      cursor: progress;
    }
    .error-summary,
    .form-error {
      border: 1px solid var(--_danger);
      border-inline-start-width: 4px;
      border-radius: var(--_radius);
      padding: 0.6rem 0.9rem;
      margin: 0;
      color: var(--_text);
    }
    .error-summary p {
      margin: 0 0 0.3rem;
      font-weight: 600;
    }
    .error-summary ul {
      margin: 0;
      padding-inline-start: 1.2rem;
    }
    .error-summary a {
      color: var(--_danger);
    }
    .success {
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-inline-start: 4px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .visually-hidden,
    .hp {
      position: absolute !important;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .hp {
      inset-inline-start: -10000px;
    }
  `,
];
