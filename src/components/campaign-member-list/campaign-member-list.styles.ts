import { css } from 'lit';
import { dialog } from '../../styles/dialog.js';
import { controls } from '../../styles/controls.js';
import { tokens } from '../../styles/tokens.js';
import { card } from '../../styles/card.js';
import { listPanels } from '../../styles/list-panels.js';
import { shared } from './parts.styles.js';


export const styles = [
  tokens,
  controls,
  card,
  dialog,
  listPanels,
  shared,
  css`
    .base {
      grid-template-columns: minmax(0, 1fr);
      display: grid;
      gap: var(--_space-s);
      min-width: 0;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-xs) var(--_space);
    }
    h2 {
      margin: 0;
      font-size: 1.25rem;
    }
    .total {
      color: var(--_muted);
      font-weight: 600;
    }
    .toolbar {
      margin-inline-start: auto;
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-xs);
    }
    .toolbar button {
      padding-inline: var(--_space-s);
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-xs);
    }
    .chip {
      min-height: 36px;
      padding: var(--_space-2xs) var(--_space-s);
      border-radius: 999px;
      background: transparent;
      color: var(--_text);
      border: 1px solid var(--_border);
      font-weight: 500;
      display: inline-flex;
      gap: var(--_space-xs);
      align-items: center;
    }
    .chip .n {
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .chip[aria-pressed='true'] {
      background: var(--_accent);
      border-color: var(--_accent);
      color: var(--_on-accent);
    }
    .filters {
      display: grid;
      grid-template-columns: minmax(12rem, 2fr) minmax(10rem, 1fr);
      gap: var(--_space-s);
    }
    @container (max-width: 32rem) {
      .filters {
        grid-template-columns: 1fr;
      }
    }
    .base {
      container-type: inline-size;
    }
    .bulk {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: var(--_space-xs) var(--_space-s);
      padding: var(--_space-xs) var(--_space-s);
      border-radius: var(--_radius);
      background: color-mix(in srgb, var(--_accent) 9%, var(--_surface));
      border: 1px solid color-mix(in srgb, var(--_accent) 35%, var(--_border));
    }
    .bulk strong {
      align-self: center;
    }
    .bulk .inline {
      display: grid;
      gap: var(--_space-3xs);
      margin: 0;
      font-weight: 500;
      font-size: 0.875rem;
    }
    .bulk select {
      width: auto;
      min-width: 10rem;
    }
    .confirm {
      flex-basis: 100%;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-xs);
    }
    .confirm p {
      margin: 0;
      flex-basis: 100%;
      font-weight: 600;
    }
    .viewport {
      min-width: 0;
      position: relative;
      height: var(--lead-kit-list-height, 28rem);
      overflow: auto;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      overscroll-behavior: contain;
    }
    /*
     * Columns wider than the list (a page's own choice in a narrow column) scroll sideways; the
     * selection box and the first column stay in view, with an edge once scrolled.
     */
    .viewport {
      container-type: scroll-state;
    }
    /* Every row known: the grid is as tall as its rows, up to the list height (one member, one row). */
    .viewport.fits {
      height: auto;
      max-height: var(--lead-kit-list-height, 28rem);
    }
    .row > .cell:nth-child(-n + 2) {
      position: sticky;
      inset-inline-start: 0;
      z-index: 1;
      background: inherit;
    }
    .row > .cell:nth-child(2) {
      inset-inline-start: 2.75rem;
    }
    @container scroll-state(scrollable: inline-start) {
      .row > .cell:nth-child(2) {
        box-shadow: 6px 0 6px -4px color-mix(in srgb, var(--_text) 18%, transparent);
      }
      .row > .cell.active:nth-child(2) {
        box-shadow:
          inset 0 0 0 2px var(--_accent),
          6px 0 6px -4px color-mix(in srgb, var(--_text) 18%, transparent);
      }
    }
    .viewport:focus-visible {
      outline: 3px solid color-mix(in srgb, var(--_accent) 60%, transparent);
      outline-offset: 2px;
    }
    .header {
      position: sticky;
      top: 0;
      z-index: 2;
      width: max(100%, var(--min));
    }
    .row {
      display: grid;
      grid-template-columns: var(--cols);
      height: var(--_row);
      box-sizing: border-box;
      border-bottom: 1px solid var(--_border);
      width: 100%;
    }
    .body {
      position: relative;
      width: max(100%, var(--min));
    }
    .body .row {
      position: absolute;
      top: 0;
      left: 0;
      background: var(--_surface);
    }
    .header-row {
      background: color-mix(in srgb, var(--_text) 5%, var(--_surface));
      font-weight: 600;
      height: auto;
      min-height: var(--_row);
    }
    .header-row .cell {
      white-space: normal;
      padding-block: var(--_space-2xs);
    }
    .narrow .body .row {
      height: var(--_card-row);
    }
    .cell.stacked {
      flex-direction: column;
      align-items: flex-start;
      justify-content: center;
      gap: var(--_space-3xs);
    }
    .cell.stacked > span {
      max-width: 100%;
    }
    .cell .sub {
      color: var(--_muted);
      font-size: 0.8125rem;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .row.selected {
      background: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
    }
    .body .row:hover {
      background: color-mix(in srgb, var(--_text) 4%, var(--_surface));
    }
    .body .row.selected:hover {
      background: color-mix(in srgb, var(--_accent) 14%, var(--_surface));
    }
    .cell {
      display: flex;
      align-items: center;
      padding: 0 var(--_space-xs);
      min-width: 0;
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    .cell .text {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .cell.check {
      justify-content: center;
      padding: 0;
    }
    .cell input[type='checkbox'] {
      width: 1.1rem;
      height: 1.1rem;
      margin: 0;
      accent-color: var(--_accent);
    }
    .cell.active {
      box-shadow: inset 0 0 0 2px var(--_accent);
    }
    .viewport:not(:focus-within) .cell.active {
      box-shadow: none;
    }
    .cell select,
    .cell button.cell-edit {
      min-height: 32px;
      padding: var(--_space-3xs) var(--_space-xs);
      /* Relative to the list's text: a compact (13 px) list has a 12 px select, not 15. */
      font-size: 0.9375em;
    }
    /* A member's status: its value in a quiet button, the size of the select it becomes when activated. */
    .cell button.cell-edit {
      display: block;
      position: relative;
      padding-inline-end: 1.75em;
      width: 100%;
      background: var(--_surface);
      color: var(--_text);
      border-color: var(--_border);
      font-weight: 400;
      text-align: start;
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .cell button.cell-edit::after {
      content: '▾';
      position: absolute;
      inset-inline-end: var(--_space-xs);
      color: var(--_muted);
    }
    .sort {
      all: unset;
      cursor: pointer;
      display: flex;
      gap: var(--_space-2xs);
      align-items: center;
      width: 100%;
      min-height: 100%;
      line-height: 1.25;
      overflow-wrap: anywhere;
      hyphens: auto; /* a word too long for its column breaks with a hyphen where the language allows */
    }
    .sort .arrow {
      font-size: 0.7rem;
      color: var(--_accent);
    }
    .sort .arrow:empty {
      display: none; /* unsorted: the label gets the gap too */
    }
    .skeleton {
      display: block;
      height: 0.7rem;
      width: 70%;
      border-radius: 4px;
      background: color-mix(in srgb, var(--_text) 10%, var(--_surface));
    }
    .cell.email,
    .cell.added,
    .cell.first-responded {
      font-variant-numeric: tabular-nums;
    }
    .no-match,
    .empty-state {
      padding: var(--_space-xl) var(--_space);
      text-align: center;
      color: var(--_muted);
    }
    .grid-wrap {
      position: relative;
    }
    .no-match {
      position: absolute;
      inset: var(--_row) 1px auto 1px;
    }
    .more,
    .row-error {
      padding: var(--_space-xs) var(--_space-s);
      color: var(--_muted);
    }
    .row-error {
      color: var(--_danger);
    }
    .announce:empty {
      display: none;
    }
    .announce {
      color: var(--_muted);
      font-size: 0.875rem;
    }
    .state {
      color: var(--_muted);
      margin: 0;
    }
    .compact-table {
      width: 100%;
      border-collapse: collapse;
      table-layout: fixed;
    }
    .compact-table th,
    .compact-table td {
      text-align: start;
      padding: var(--_space-xs) var(--_space-xs);
      border-bottom: 1px solid var(--_border);
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
      max-width: 16rem;
    }
    .compact-table th {
      font-size: 0.875rem;
      color: var(--_muted);
      white-space: normal;
      overflow-wrap: anywhere;
      vertical-align: bottom;
    }
    .compact .head {
      justify-content: space-between;
    }
    .compact .view-all {
      color: var(--_accent);
      font-weight: 600;
    }
    .compact button.view-all {
      min-height: var(--_control);
    }
    /* The related list's footer (Lightning's pattern): "View all" under the rows. */
    .compact-foot {
      display: flex;
      justify-content: center;
      border-top: 1px solid var(--_border);
      margin: calc(-1 * var(--_space-s)) 0 0;
      padding-top: var(--_space-2xs);
    }
    .compact-table tbody th.name {
      font-size: inherit;
      color: inherit;
      font-weight: 600;
      vertical-align: middle;
      /* A long name wraps between words, never inside one. */
      overflow-wrap: normal;
      min-width: 7rem;
    }
    /* The row menu: a quiet "⋯" at the row's end; the menu itself floats in the top layer. */
    .cell.row-actions {
      padding: 0;
      justify-content: center;
      overflow: visible;
    }
    .row-menu-button {
      min-height: 0;
      width: 2rem;
      height: 2rem;
      padding: 0;
      line-height: 1;
      font-size: 1.25rem;
    }
    .row-menu {
      margin: 0;
      position: fixed;
      width: 14rem;
      padding: var(--_space-2xs);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      box-shadow: var(--_shadow-raised);
    }
    .row-menu [role='menuitem'] {
      display: block;
      width: 100%;
      text-align: start;
      font-weight: 500;
      color: var(--_text);
    }
    .row-menu [role='menuitem']:focus-visible,
    .row-menu [role='menuitem']:hover {
      background: color-mix(in srgb, var(--_accent) 12%, var(--_surface));
    }
    a.record {
      color: var(--_accent);
      text-decoration: none;
      font-weight: 600;
    }
    a.record:hover,
    a.record:focus-visible {
      text-decoration: underline;
    }
  
    /* The quarantine ("Suspected spam"): a plain table, scrolling sideways when it must. */
    .held {
      display: grid;
      gap: var(--_space-xs);
    }
    .held-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space-xs);
    }
    .held h3 {
      margin: 0;
      font-size: 1.0625rem;
    }
    .held .hint {
      margin: 0;
      color: var(--_muted);
      font-size: 0.875rem;
      max-width: 48rem;
    }
    .held-scroll {
      overflow-x: auto;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .held-table {
      border-collapse: collapse;
      width: 100%;
    }
    .held-table th,
    .held-table td {
      text-align: start;
      padding: var(--_space-xs) var(--_space-s);
      border-bottom: 1px solid var(--_border);
      vertical-align: middle;
    }
    .held-table tbody tr:last-child > * {
      border-bottom: 0;
    }
    .held-table thead th {
      font-size: 0.875rem;
      color: var(--_muted);
    }
    .held-table tbody th {
      font-weight: 600;
    }
    .held-table .email {
      overflow-wrap: anywhere;
    }
    .held-actions {
      white-space: nowrap;
    }
    .held-actions button + button {
      margin-inline-start: var(--_space-2xs);
    }
    .held,
    .held-scroll {
      min-width: 0;
    }
    /* A narrow list: each held submission is a card (name, email, company, why and when, actions). */
    .held-cards {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .held-cards li {
      display: grid;
      gap: var(--_space-3xs);
      padding: var(--_space-xs) var(--_space-s);
      border-bottom: 1px solid var(--_border);
    }
    .held-cards li:last-child {
      border-bottom: 0;
    }
    .held-cards .who {
      font-weight: 600;
    }
    .held-cards .email {
      overflow-wrap: anywhere;
    }
    .held-cards .meta {
      color: var(--_muted);
      font-size: 0.875rem;
    }
    .held-cards .held-actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-2xs);
      padding-top: var(--_space-2xs);
      white-space: normal;
    }
    .held-cards .held-actions button + button {
      margin: 0;
    }
    .toolbar .suspected-toggle[aria-pressed='true'] {
      border-color: var(--_accent);
      color: var(--_accent);
    }
  `,
];
