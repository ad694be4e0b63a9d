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
  `,
];
