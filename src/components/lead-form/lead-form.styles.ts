import { css } from 'lit';
import { controls } from '../../styles/controls.js';
import { tokens } from '../../styles/tokens.js';
import { card } from '../../styles/card.js';

export const styles = [
  tokens,
  controls,
  card,
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
      max-width: var(--lead-kit-form-max-width, 36rem);
    }
    form.two-column {
      max-width: var(--lead-kit-form-max-width, 52rem);
    }
    .fields {
      display: grid;
      gap: calc(var(--_space) * 0.25) var(--_space);
      grid-template-columns: 1fr;
    }
    @container (min-width: 28rem) {
      form.two-column .fields {
        grid-template-columns: 1fr 1fr;
      }
      form.two-column .field.wide {
        grid-column: 1 / -1;
      }
    }
    .field {
      display: grid;
      gap: var(--_space-2xs);
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
    textarea {
      resize: vertical;
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
      gap: var(--_space-xs);
      align-items: flex-start;
    }
    .check-row input {
      width: 1.25rem;
      height: 1.25rem;
      margin: var(--_space-3xs) 0 0;
      flex: none;
      accent-color: var(--_accent);
    }
    .check-row label {
      font-weight: 400;
    }
    fieldset.field {
      border: none;
      margin: 0;
      padding: 0;
      min-inline-size: 0;
    }
    legend {
      font-weight: 600;
      font-size: 0.95rem;
      padding: 0;
      margin-block-end: var(--_space-2xs);
    }
    .choice-list {
      display: grid;
      gap: var(--_space-2xs);
    }
    .choice-list .check-row label {
      overflow-wrap: anywhere;
    }
    .consent-text a {
      color: var(--_accent);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-xs);
    }
    /* A multi-step form: the steps as a segmented bar (each title under its segment), "Step n of m", the step's title. */
    .steps {
      display: flex;
      gap: var(--_space-2xs);
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .steps li {
      flex: 1 1 0;
      min-width: 0;
      padding-top: var(--_space-2xs);
      border-top: 4px solid var(--_border);
      color: var(--_muted);
      font-size: 0.8125rem;
      overflow-wrap: anywhere;
    }
    .steps li.done,
    .steps li.current {
      border-top-color: var(--_accent);
    }
    .steps li.current {
      color: var(--_text);
      font-weight: 600;
    }
    .step-of {
      margin: var(--_space-xs) 0 0;
      color: var(--_muted);
      font-size: 0.875rem;
    }
    .step-title {
      margin: 0;
      font-size: 1.125rem;
    }
    /* Focused when its step opens, for a screen reader to say it: no ring on a heading. */
    .step-title:focus {
      outline: none;
    }
    .steps-head {
      display: grid;
      gap: var(--_space-3xs);
    }
    @container (max-width: 24rem) {
      .steps li span {
        display: none;
      }
    }
    button {
      min-width: 8rem;
      padding: var(--_space-xs) var(--_space-l);
    }
    .error-summary,
    .form-error {
      border: 1px solid var(--_danger);
      border-inline-start-width: 4px;
      border-radius: var(--_radius);
      padding: var(--_space-xs) var(--_space-s);
      margin: 0;
      color: var(--_text);
    }
    .error-summary p {
      margin: 0 0 var(--_space-2xs);
      font-weight: 600;
    }
    .error-summary ul {
      margin: 0;
      padding-inline-start: var(--_space);
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
    .success.warning {
      border-inline-start-color: var(--_warning);
    }
    .hp {
      position: absolute !important;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      inset-inline-start: -10000px;
    }
  `,
];
