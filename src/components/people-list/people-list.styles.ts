import { css } from 'lit';
import { card } from '../../styles/card.js';
import { controls } from '../../styles/controls.js';
import { dialog } from '../../styles/dialog.js';
import { listPanels } from '../../styles/list-panels.js';
import { relatedList } from '../../styles/related-list.js';
import { tokens } from '../../styles/tokens.js';

export const styles = [
  tokens,
  controls,
  card,
  relatedList,
  dialog,
  listPanels,
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
    .head h2 {
      margin: 0;
      font-size: 1.25rem;
    }
    .count {
      color: var(--_muted);
      font-weight: 400;
    }
    .toolbar,
    .bulk,
    .pager {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-xs);
    }
    .toolbar .search {
      flex: 1 1 14rem;
      width: auto;
    }
    select {
      width: auto;
      max-width: 100%;
    }
    .view-panel {
      align-items: end;
    }
    .view-panel {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-xs);
    }
    .view-panel .confirm {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-xs);
      font-weight: 600;
    }
    select.views {
      font-weight: 600;
    }
    .bulk {
      padding: var(--_space-xs) var(--_space-s);
      border-radius: var(--_radius);
      background: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
    }
    .bulk .add {
      display: flex;
      gap: var(--_space-2xs);
      flex-wrap: wrap;
    }
    th.check,
    td.check {
      width: 2.75rem;
    }
    th[aria-sort] {
      padding: 0;
    }
    button.sort {
      background: transparent;
      border: 0;
      color: inherit;
      font-size: 0.875rem;
      width: 100%;
      text-align: start;
      padding: var(--_space-2xs) var(--_space-xs);
    }
    th[aria-sort='ascending'] button.sort,
    th[aria-sort='descending'] button.sort {
      color: var(--_text);
    }
    td {
      white-space: nowrap;
    }
    /* A column's resize handle, at the end of its header. */
    thead th {
      position: relative;
    }
    .resize {
      position: absolute;
      inset-block: 0;
      inset-inline-end: 0;
      width: 6px;
      cursor: col-resize;
      touch-action: none;
      z-index: 1;
    }
    .resize:hover,
    .resize:focus-visible {
      background: var(--_accent);
      outline: none;
    }
    /* Columns the user sized: the table lays out by them; a cut value ends in an ellipsis. */
    table.sized {
      table-layout: fixed;
      min-width: 0;
    }
    table.sized td,
    table.sized th {
      overflow: hidden;
      text-overflow: ellipsis;
    }
    /* A lead's rating or status: its value, a quiet button that becomes a select when activated. */
    button.cell-edit {
      background: transparent;
      color: var(--_text);
      border-color: var(--_border);
      font-weight: 400;
      padding-inline: var(--_space-xs);
      min-width: 6rem;
      text-align: start;
    }
    button.cell-edit::after {
      content: ' ▾';
      color: var(--_muted);
    }
    /* Rows as tall as the ones with a rating to edit, whether or not they have one. */
    tbody tr {
      height: calc(var(--_control) + 2 * var(--_space-2xs));
    }
    a {
      color: var(--_accent);
    }
    .pager {
      justify-content: flex-end;
      color: var(--_muted);
      font-variant-numeric: tabular-nums;
    }
    .pager span {
      margin-inline-end: auto;
    }
    /* A narrow card: each person a block, every value labelled. */
    @container (max-width: 34rem) {
      td[data-label]:not(:empty)::before {
        content: attr(data-label) ': ';
        color: var(--_muted);
      }
      td {
        white-space: normal;
      }
      table.sized {
        width: auto !important;
      }
      .resize {
        display: none;
      }
      td.check {
        width: auto;
      }
      tbody tr {
        height: auto;
      }
      /* The checkbox beside the name, the fields under them. */
      tbody td.check + th {
        flex: 1 0 calc(100% - 3rem);
      }
    }
  `,
];
