import { css } from 'lit';
import { card } from '../../styles/card.js';
import { controls } from '../../styles/controls.js';
import { dialog } from '../../styles/dialog.js';
import { relatedList } from '../../styles/related-list.js';
import { tokens } from '../../styles/tokens.js';

export const styles = [
  tokens,
  controls,
  card,
  dialog,
  relatedList,
  css`
    :host {
      display: block;
      line-height: 1.4;
      container-type: inline-size;
    }
    .card {
      display: grid;
      gap: var(--_space-xs);
      min-width: 0;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space-xs);
    }
    .head h2 {
      margin: 0;
      font-size: 1.25rem;
    }
    .count {
      color: var(--_muted);
    }
    td.responded {
      color: var(--_success);
      font-weight: 600;
    }
    select {
      width: auto;
    }
    td.actions {
      white-space: nowrap;
      text-align: end;
    }
    a {
      color: var(--_accent);
    }
    button.remove {
      color: var(--_danger);
    }
    .field label {
      display: block;
      font-weight: 600;
      margin-bottom: var(--_space-2xs);
    }
    .dialog-form select {
      width: 100%;
    }
    .converted,
    .view-all {
      margin: 0;
    }
    /* A narrow card (related-list.ts): the actions at the row's end, each value labelled. */
    @container (max-width: 34rem) {
      td.actions {
        margin-inline-start: auto;
      }
      td[data-label]:not(:empty)::before {
        content: attr(data-label) ': ';
        color: var(--_muted);
      }
      td[data-label]:empty {
        display: none;
      }
    }
      /* Consent: each purpose's standing consent, then every record in order. */
    .consents h3 {
      margin: var(--_space-s) 0 var(--_space-2xs);
      font-size: 1rem;
    }
    .consents .badge {
      display: inline-block;
      padding: 0 var(--_space-xs);
      border-radius: 999px;
      font-size: 0.875rem;
      border: 1px solid currentColor;
    }
    .consents .badge.given {
      color: var(--_success);
    }
    .consents .badge.withdrawn {
      color: var(--_warning);
    }
    .consent-history {
      margin-top: var(--_space-xs);
    }
    .consent-history summary {
      cursor: pointer;
      color: var(--_accent);
      min-height: var(--_control);
      display: flex;
      align-items: center;
    }
    .consent-history ol {
      margin: 0;
      padding-inline-start: var(--_space);
      display: grid;
      gap: var(--_space-xs);
    }
    .consent-history blockquote {
      margin: var(--_space-3xs) 0 0;
      padding-inline-start: var(--_space-xs);
      border-inline-start: 3px solid var(--_border);
      color: var(--_muted);
    }
    .consent-history .page {
      color: var(--_muted);
      font-size: 0.875rem;
      overflow-wrap: anywhere;
    }
`,
];
