import { css } from 'lit';
import { card } from '../../styles/card.js';
import { controls } from '../../styles/controls.js';
import { tokens } from '../../styles/tokens.js';

export const styles = [
  tokens,
  controls,
  card,
  css`
    :host {
      display: block;
      line-height: 1.4;
      container-type: inline-size;
    }
    .card {
      display: grid;
      gap: var(--_space);
      min-width: 0;
    }
    .head h2 {
      margin: 0;
      font-size: 1.25rem;
      overflow-wrap: anywhere;
    }
    h3 {
      margin: 0 0 var(--_space-xs);
      font-size: 1rem;
    }
    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
      min-width: 0;
    }
    legend {
      font-weight: 600;
      padding: 0;
      margin-bottom: var(--_space-2xs);
    }
    form {
      display: grid;
      gap: var(--_space-s);
      min-width: 0;
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
      gap: var(--_space-s) var(--_space);
    }
    .field {
      display: grid;
      gap: var(--_space-2xs);
      align-content: start;
      min-width: 0;
    }
    .field.wide {
      grid-column: 1 / -1;
    }
    label {
      font-size: 0.875rem;
      font-weight: 600;
    }
    label.check {
      display: inline-flex;
      align-items: center;
      gap: var(--_space-2xs);
      font-weight: 400;
      min-height: var(--_control);
    }
    .hint {
      margin: 0;
      color: var(--_muted);
      font-size: 0.875rem;
    }
    .problem {
      margin: 0;
      color: var(--_danger);
      font-weight: 600;
      font-size: 0.875rem;
    }
    .form-actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-xs);
    }
    .status-form,
    .materials,
    .confirm,
    .delete-hint,
    .card > .form-actions {
      border-top: 1px solid var(--_border);
      padding-top: var(--_space);
    }
    .status-rows {
      list-style: none;
      margin: var(--_space-xs) 0;
      padding: 0;
      display: grid;
      gap: var(--_space-2xs);
    }
    .status-row {
      display: grid;
      grid-template-columns: minmax(10rem, 1fr) auto auto minmax(6rem, auto) auto;
      align-items: center;
      gap: var(--_space-2xs) var(--_space-s);
      padding-block: var(--_space-2xs);
      border-bottom: 1px solid var(--_border);
    }
    .status-row.removed {
      grid-template-columns: 1fr auto;
      color: var(--_muted);
    }
    .status-name {
      display: grid;
      gap: var(--_space-2xs);
      min-width: 0;
    }
    .members {
      color: var(--_muted);
      font-size: 0.875rem;
      font-variant-numeric: tabular-nums;
    }
    .row-buttons {
      display: inline-flex;
      gap: 0;
    }
    .row-buttons button {
      min-width: var(--_control);
    }
    .materials > .hint {
      margin-bottom: var(--_space-s);
    }
    .material-list {
      list-style: none;
      margin: 0 0 var(--_space-s);
      padding: 0;
      display: grid;
      gap: var(--_space-2xs);
    }
    .material-list li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-2xs) var(--_space-s);
      padding-block: var(--_space-2xs);
      border-bottom: 1px solid var(--_border);
    }
    .material-list a,
    button.link {
      color: var(--_accent);
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    button.link {
      text-decoration: underline;
      padding-inline: 0;
    }
    .kind {
      font-size: 0.75rem;
      font-weight: 600;
      text-transform: uppercase;
      letter-spacing: 0.03em;
      color: var(--_muted);
      border: 1px solid var(--_border);
      border-radius: 999px;
      padding: 0 var(--_space-xs);
    }
    .size {
      color: var(--_muted);
      font-size: 0.875rem;
    }
    .material-list .remove {
      margin-inline-start: auto;
    }
    .material-form {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
      align-items: end;
    }
    .material-form .mode,
    .material-form .form-actions,
    .material-form .problem {
      grid-column: 1 / -1;
    }
    .mode {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
    }
    .conflict {
      border: 1px solid var(--_warning);
      border-inline-start-width: 4px;
      border-radius: var(--_radius);
      padding: var(--_space-s);
      display: grid;
      gap: var(--_space-xs);
    }
    .conflict p,
    .conflict ul,
    .confirm p {
      margin: 0;
    }
    .conflict ul {
      padding-inline-start: 1.25rem;
    }
    .confirm {
      display: grid;
      gap: var(--_space-xs);
    }
    .announce:empty {
      display: none;
    }
    .announce {
      color: var(--_muted);
      font-size: 0.875rem;
    }
    /* A narrow card: each status on two lines (its name; then its flags, count and buttons). */
    @container (max-width: 34rem) {
      .status-row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
      }
      .status-name {
        flex: 1 0 100%;
      }
      .row-buttons {
        margin-inline-start: auto;
      }
    }
  `,
];
