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
    .figures {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
      gap: var(--_space-s);
      margin: 0;
    }
    .figure {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space-xs) var(--_space-s);
      display: grid;
      gap: var(--_space-3xs);
      min-width: 0;
    }
    .figure:first-child {
      border-inline-start: 4px solid var(--_accent);
    }
    dt {
      font-size: 0.85rem;
      color: var(--_muted);
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
    .value {
      font-size: 1.45rem;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    /* Two breakdowns side by side where there is room. */
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
      gap: var(--_space-s) var(--_space-l);
      align-items: start;
      min-width: 0;
    }
    /* The breakdowns with five columns: side by side only where each has room for them. */
    .groups {
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 40rem), 1fr));
    }
    .funnel {
      display: grid;
      gap: var(--_space-2xs);
      min-width: 0;
    }
    .funnel-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space-2xs) var(--_space-s);
    }
    .funnel-head h3 {
      margin: 0;
      font-size: 1rem;
    }
    .funnel-head label {
      display: flex;
      align-items: center;
      gap: var(--_space-xs);
      font-weight: 600;
    }
    .funnel-head select {
      width: auto;
      max-width: 100%;
    }
    .tag {
      font-size: 0.8rem;
      font-weight: 600;
      color: var(--_warning);
      white-space: nowrap;
    }
    .weakest .bar {
      background: var(--_warning);
    }
    .bars tbody th {
      min-width: 7rem;
    }
    .bar-cell {
      display: flex;
      align-items: center;
      gap: var(--_space-xs);
      min-width: 10rem;
    }
    .bar {
      display: block;
      flex: 0 1 auto;
      block-size: 0.6rem;
      min-inline-size: 2px;
      max-inline-size: calc(100% - 3rem);
      border-radius: 2px;
      background: var(--_accent);
      margin-inline-end: auto;
    }
    @media (forced-colors: active) {
      .bar {
        background: CanvasText;
      }
    }
    /* The nine columns by source and rating: headings wrap rather than push the table wider. */
    table.wide {
      min-width: 0;
    }
    table.wide thead th {
      vertical-align: bottom;
    }
    /* …and labelled cards (as on a phone) before they would scroll. */
    @container (max-width: 52rem) {
      table.wide,
      table.wide tbody,
      table.wide tr,
      table.wide th,
      table.wide td {
        display: block;
      }
      table.wide {
        min-width: 0;
      }
      table.wide thead {
        display: none;
      }
      table.wide tr {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space-3xs) var(--_space-s);
        padding: var(--_space-xs) 0;
        border-bottom: 1px solid var(--_border);
      }
      table.wide tbody th {
        flex: 1 0 100%;
        border: 0;
        padding: 0;
      }
      table.wide td {
        border: 0;
        padding: 0;
        text-align: start;
      }
      table.wide td[data-label]::before {
        content: attr(data-label) ': ';
        color: var(--_muted);
      }
      table.wide caption {
        display: block;
      }
    }
    /* A narrow card (values labelled by report.ts): two figures a row, the bar under its label. */
    @container (max-width: 34rem) {
      .figures {
        grid-template-columns: repeat(2, minmax(0, 1fr));
        gap: var(--_space-xs);
      }
      .value {
        font-size: 1.15rem;
      }
      .bar-cell {
        display: flex;
        min-width: 0;
        flex: 1 0 100%;
      }
      .bar-cell[data-label]::before {
        content: none;
      }
    }
  `,
];
