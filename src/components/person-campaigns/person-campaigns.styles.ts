import { css } from 'lit';
import { card } from '../../styles/card.js';
import { controls } from '../../styles/controls.js';
import { dialog } from '../../styles/dialog.js';
import { tokens } from '../../styles/tokens.js';

export const styles = [
  tokens,
  controls,
  card,
  dialog,
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
    .table-wrap {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      min-width: max-content;
    }
    th,
    td {
      text-align: start;
      padding: var(--_space-2xs) var(--_space-xs);
      border-bottom: 1px solid var(--_border);
      vertical-align: middle;
    }
    thead th {
      font-size: 0.875rem;
      color: var(--_muted);
    }
    tbody th {
      font-weight: 600;
      min-width: 10rem;
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
    .announce:empty {
      display: none;
    }
    .announce {
      color: var(--_muted);
      font-size: 0.875rem;
    }
    .problem {
      color: var(--_danger);
      font-weight: 600;
    }
    /* A narrow card: each campaign on its own lines, its fields wrapping under the name. */
    @container (max-width: 34rem) {
      table,
      tbody,
      tr,
      th,
      td {
        display: block;
      }
      table {
        min-width: 0;
      }
      thead {
        display: none;
      }
      tr {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--_space-2xs) var(--_space-s);
        padding: var(--_space-xs) 0;
        border-bottom: 1px solid var(--_border);
      }
      tbody th {
        flex: 1 0 100%;
        min-width: 0;
      }
      tbody th,
      tbody td {
        border: 0;
        padding: 0;
      }
      td.actions {
        margin-inline-start: auto;
      }
      /* Each value says what it is once the column headers are gone. */
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
