import { css } from 'lit';
import { card } from '../../styles/card.js';
import { controls } from '../../styles/controls.js';
import { relatedList } from '../../styles/related-list.js';
import { report } from '../../styles/report.js';
import { tokens } from '../../styles/tokens.js';

export const styles = [
  tokens,
  controls,
  card,
  relatedList,
  report,
  css`
    .describe {
      margin: 0;
      color: var(--_muted);
    }
    .model {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      align-items: center;
      gap: var(--_space-2xs) var(--_space-xs);
    }
    .model label {
      font-weight: 600;
    }
    .model select {
      width: auto;
      max-width: 100%;
      justify-self: start;
    }
    .model .describe {
      grid-column: 1 / -1;
    }
    tfoot th,
    tfoot td {
      font-weight: 600;
      border-bottom: 0;
    }
    .currency {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--_space-2xs);
      min-width: 0;
    }
    .compare {
      min-width: 0;
    }
    .compare summary {
      cursor: pointer;
      color: var(--_accent);
      padding: var(--_space-2xs) 0;
    }
    /* The campaign stays in view while the models scroll by. */
    .compare-wrap tr > th:first-child {
      position: sticky;
      inset-inline-start: 0;
      background: var(--_card-background, var(--_surface));
      z-index: 1;
    }
    /* A narrow card (values labelled by report.ts): the totals row as blocks; the side-by-side table keeps its columns and scrolls. */
    @container (max-width: 34rem) {
      tfoot {
        display: block;
      }
      tfoot th {
        flex: 1 0 100%;
      }
      tfoot th,
      tfoot td {
        padding: 0;
      }
      tfoot td[data-label]::before {
        font-weight: normal;
      }
      .compare-wrap table,
      .compare-wrap thead,
      .compare-wrap tbody,
      .compare-wrap tfoot {
        display: revert;
      }
      .compare-wrap table {
        display: table;
        min-width: max-content;
      }
      .compare-wrap tr {
        display: table-row;
        padding: 0;
      }
      .compare-wrap th,
      .compare-wrap td {
        display: table-cell;
        padding: var(--_space-2xs) var(--_space-xs);
        border-bottom: 1px solid var(--_border);
      }
      .compare-wrap thead {
        display: table-header-group;
      }
      .compare-wrap tbody {
        display: table-row-group;
      }
      .compare-wrap tfoot {
        display: table-footer-group;
      }
      .compare-wrap tbody th {
        min-width: 8rem;
      }
      .compare-wrap td.num,
      .compare-wrap th.num {
        text-align: end;
      }
    }
  `,
];
