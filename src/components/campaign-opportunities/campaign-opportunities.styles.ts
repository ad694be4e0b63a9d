import { css } from 'lit';
import { card } from '../../styles/card.js';
import { relatedList } from '../../styles/related-list.js';
import { controls } from '../../styles/controls.js';
import { tokens } from '../../styles/tokens.js';

export const styles = [
  tokens,
  controls,
  card,
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
    /* A narrow card: the amount reads from the start like the other fields. */
    @container (max-width: 34rem) {
      td.num {
        text-align: start;
      }
    }
  `,
];
