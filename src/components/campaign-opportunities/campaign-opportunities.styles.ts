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
      gap: var(--_space-xs);
      min-width: 0;
    }
    .head h2 {
      margin: 0;
      font-size: 1.25rem;
    }
    .count,
    .totals {
      color: var(--_muted);
    }
    .totals {
      margin: 0;
      font-variant-numeric: tabular-nums;
    }
    .table-wrap {
      overflow-x: auto;
    }
    /* Never squeezed: a narrow card scrolls the table sideways instead. */
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
    th.num,
    td.num {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    .table-wrap input.amount {
      text-align: end;
      width: 9rem;
      font-variant-numeric: tabular-nums;
    }
    /* As wide as its longest stage in the language: never cut; a narrow table scrolls sideways. */
    select {
      width: auto;
    }
    .table-wrap input[type='date'] {
      width: auto;
    }
    tr.closed-won th {
      color: var(--_success);
    }
    .stage.closed-won {
      color: var(--_success);
      font-weight: 600;
    }
    a {
      color: var(--_accent);
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
      /* A narrow card (a phone, a sidebar): each deal on its own lines, its fields wrapping under the name. */
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
        gap: var(--_space-2xs) var(--_space-xs);
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
      td.num {
        text-align: start;
      }
    }
  `,
];
