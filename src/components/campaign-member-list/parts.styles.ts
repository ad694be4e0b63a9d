import { css } from 'lit';
import { controls } from '../../styles/controls.js';
import { tokens } from '../../styles/tokens.js';
import { hostCard } from '../../styles/card.js';
import { dialog } from '../../styles/dialog.js';

/** What the member list and its dialogs' elements share: labels, badges, danger buttons. */
export const shared = css`
  :host {
    display: block;
    line-height: 1.4;
  }
  .problem {
    color: var(--_danger);
    font-weight: 600;
  }
  label {
    font-weight: 600;
    display: block;
    margin-bottom: var(--_space-2xs);
  }
  .badge {
    display: inline-block;
    padding: var(--_space-3xs) var(--_space-xs);
    border-radius: 999px;
    font-size: 0.8125rem;
    font-weight: 600;
    border: 1px solid var(--_border);
    white-space: nowrap;
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    box-sizing: border-box;
  }
  .badge.lead {
    color: var(--_accent);
    border-color: color-mix(in srgb, var(--_accent) 45%, var(--_border));
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  }
  .badge.contact {
    color: var(--_text);
    background: color-mix(in srgb, var(--_text) 6%, var(--_surface));
  }
`;

export const addStyles = [
  tokens,
  controls,
  shared,
  hostCard,
  dialog,
  css`
    .announce:empty {
      display: none;
    }
    .announce {
      color: var(--_muted);
    }
    /* A search and a short list: as wide as a dialog, also when the page gives it more. */
    :host {
      display: grid;
      gap: var(--_space-2xs);
      max-width: 44rem;
    }
    .add-results ul {
      list-style: none;
      padding: 0;
      margin: var(--_space-xs) 0 var(--_space);
      max-height: 18rem;
      overflow: auto;
    }
    .add-results li label {
      display: flex;
      gap: var(--_space-xs);
      align-items: start;
      font-weight: 400;
      padding: var(--_space-xs) var(--_space-2xs);
      border-bottom: 1px solid var(--_border);
    }
    .add-results small {
      color: var(--_muted);
    }
    .dialog-actions {
      display: flex;
      gap: var(--_space-xs);
      margin-top: var(--_space);
    }
  `,
];

export const importStyles = [
  tokens,
  controls,
  shared,
  hostCard,
  css`
    .step {
      display: grid;
      gap: var(--_space-s);
    }
    /* Two short options side by side, their inputs level when a label wraps; full width alone. */
    .row2 {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
      gap: var(--_space-s);
      align-items: end;
      max-width: 44rem;
    }
    .drop {
      position: relative;
      display: grid;
      justify-items: center;
      gap: var(--_space-2xs);
      padding: var(--_space-l) var(--_space);
      border: 2px dashed var(--_border);
      border-radius: var(--_radius);
      text-align: center;
      color: var(--_text);
    }
    .drop svg {
      color: var(--_accent);
    }
    .drop strong {
      color: var(--_accent);
    }
    .drop.over,
    .drop:hover {
      border-color: var(--_accent);
      background: color-mix(in srgb, var(--_accent) 6%, var(--_surface));
    }
    .drop:focus-within {
      outline: 2px solid var(--_accent);
      outline-offset: 2px;
    }
    /* The file input covers the zone, unseen: clicks and keyboard reach it. */
    .drop input[type='file'] {
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
      opacity: 0;
      cursor: pointer;
      padding: 0;
      border: 0;
    }
    .hint {
      color: var(--_muted);
      margin: var(--_space-2xs) 0 0;
      font-size: 0.875rem;
    }
    h4 {
      margin: var(--_space-2xs) 0 0;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: start;
      padding: var(--_space-2xs) var(--_space-xs);
      border-bottom: 1px solid var(--_border);
      vertical-align: middle;
    }
    td.sample {
      color: var(--_muted);
      max-width: 14rem;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .scroll {
      overflow-x: auto;
    }
    .preview td,
    .preview th {
      white-space: nowrap;
    }
    .narrow {
      max-width: 20rem;
    }
    .import-as {
      border: 0;
      margin: 0;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-3xs) var(--_space);
    }
    .import-as legend {
      font-weight: 600;
      padding: 0;
      margin-bottom: var(--_space-3xs);
    }
    .import-as label {
      display: flex;
      align-items: center;
      gap: var(--_space-2xs);
      min-height: var(--_control);
    }
    .actions {
      display: flex;
      gap: var(--_space-xs);
      flex-wrap: wrap;
    }
    progress {
      width: 100%;
      height: 0.9rem;
      accent-color: var(--_accent);
    }
    .row-errors {
      margin: 0;
      padding-inline-start: var(--_space-l);
      max-height: 14rem;
      overflow: auto;
    }
    .row-errors .raw {
      color: var(--_muted);
      margin-inline-start: var(--_space-2xs);
    }
    .done {
      font-weight: 600;
    }
  `,
];
