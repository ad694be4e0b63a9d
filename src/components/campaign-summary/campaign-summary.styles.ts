import { css } from 'lit';
import { controls } from '../../styles/controls.js';
import { tokens } from '../../styles/tokens.js';
import { card } from '../../styles/card.js';

export const styles = [
  tokens,
  controls,
  card,
  css`
    :host {
      display: block;
      line-height: 1.4;
    }
    h2 {
      margin: 0 0 var(--_space-s);
      font-size: 1.25rem;
    }
    h3 {
      font-size: 1rem;
      margin: var(--_space-l) 0 var(--_space-xs);
    }
    .legend {
      color: var(--_muted);
      margin: calc(-1 * var(--_space-2xs)) 0 var(--_space-s);
    }
    .summary {
      container-type: inline-size;
    }
    .figures {
      display: grid;
      /* 14rem: an amount like "77.000,00 US$" stays on one line. */
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      gap: var(--_space-s);
      margin: 0 0 var(--_space-s);
    }
    .hero-row {
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    }
    .hero .value {
      font-size: 2rem;
    }

    @container (max-width: 36rem) {
      .figures,
      .hero-row {
        grid-template-columns: repeat(2, minmax(0, 1fr));
        gap: var(--_space-xs);
      }
      .figure {
        padding: var(--_space-xs) var(--_space-s);
      }
      .figure .value {
        font-size: 1.1rem;
      }
      .figure.hero .value {
        font-size: 1.3rem;
      }
      .caption {
        display: none;
      }
    }
    .figure {
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space-s) var(--_space-s);
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      align-content: start;
      gap: var(--_space-3xs);
      min-width: 0;
      overflow-wrap: anywhere;
    }
    /* The figures read first: an accent edge (after .figure's border, which would reset it). */
    .figure.hero {
      border-inline-start: 4px solid var(--_accent);
    }
    /* An amount wraps only at its spaces ("22.000,00 / US$"), never inside the number. */
    .figure .value {
      overflow-wrap: normal;
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
    .value.negative {
      color: var(--_danger);
    }
    /* Reach, pipeline, cost: three columns of label–value rows, one under the other when narrow. */
    .groups {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
      gap: var(--_space-s) var(--_space-l);
      margin: var(--_space-xs) 0 0;
    }
    .group h3 {
      margin: 0 0 var(--_space-2xs);
      padding-bottom: var(--_space-2xs);
      border-bottom: 2px solid var(--_border);
    }
    .rows {
      margin: 0;
    }
    .subs-wrap {
      overflow-x: auto;
    }
    .subs th.num {
      text-align: end;
    }
    .subs tbody th {
      font-weight: 600;
    }
    .rows .figure {
      background: none;
      border: 0;
      border-bottom: 1px solid var(--_border);
      border-radius: 0;
      padding: var(--_space-2xs) 0;
      grid-template-columns: minmax(0, 1fr) auto;
      align-items: baseline;
      column-gap: var(--_space-s);
    }
    .rows .figure dt {
      font-size: 0.9375rem;
      color: var(--_text);
      font-weight: 500;
    }
    /* Numbers right-aligned, in tabular figures, so a column of them lines up. */
    .rows .figure .value {
      font-size: 1rem;
      text-align: end;
      white-space: nowrap;
    }
    .rows .figure .own,
    .rows .figure .caption {
      grid-column: 1 / -1;
    }
    .own {
      font-size: 0.85rem;
      color: var(--_muted);
      font-variant-numeric: tabular-nums;
    }
    .caption {
      font-size: 0.8rem;
      color: var(--_muted);
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      padding: var(--_space-2xs) var(--_space-xs);
      border-bottom: 1px solid var(--_border);
      text-align: start;
    }
    td.num {
      text-align: end;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .statuses {
      max-width: 36rem;
    }
    .bar-cell {
      width: 50%;
    }
    .bar {
      display: block;
      height: 0.7rem;
      border-radius: 4px;
      background: var(--_accent);
      min-width: 2px;
    }
    /* A table wider than its frame scrolls sideways, with a shade on the side that has more. */
    .table-wrap {
      overflow-x: auto;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background:
        linear-gradient(to right, var(--_surface) 30%, transparent) left / 2rem 100% no-repeat local,
        linear-gradient(to left, var(--_surface) 30%, transparent) right / 2rem 100% no-repeat local,
        radial-gradient(farthest-side at 0 50%, color-mix(in srgb, var(--_text) 22%, transparent), transparent) left / 0.75rem 100% no-repeat scroll,
        radial-gradient(farthest-side at 100% 50%, color-mix(in srgb, var(--_text) 22%, transparent), transparent) right / 0.75rem 100% no-repeat scroll;
      background-color: var(--_surface);
    }
    .table-wrap tbody tr:last-child > * {
      border-bottom: 0;
    }
    .compare th button.sort {
      background: none;
      border: 0;
      color: inherit;
      padding: var(--_space-2xs);
      text-align: inherit;
    }
    .compare th.num {
      text-align: end;
    }
    .muted {
      color: var(--_muted);
      font-size: 0.85rem;
      font-weight: 400;
    }
    .date {
      display: block;
      white-space: nowrap;
    }
    /* Below 60rem (what the table needs in a long language) the comparison is a card per campaign, sorted by a list. */
    .narrow {
      display: none;
    }
    @container (max-width: 60rem) {
      .compare-wrap {
        display: none;
      }
      .narrow {
        display: block;
      }
    }
    .sort-bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-2xs) var(--_space-xs);
      margin: 0 0 var(--_space-s);
    }
    /* The label above, like every field's; the figure and the order side by side under it. */
    .sort-bar label {
      flex-basis: 100%;
    }
    .sort-bar select {
      width: auto;
      min-width: 0;
      max-width: 100%;
    }
    .cards {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
      gap: var(--_space-s);
    }
    .campaign-card {
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space-s);
      min-width: 0;
    }
    .campaign-card h3,
    .campaign-card h4 {
      margin: 0 0 var(--_space-xs);
      overflow-wrap: anywhere;
    }
    .campaign-card dl {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: var(--_space-xs) var(--_space-s);
      margin: 0;
    }
    .campaign-card dl > div {
      min-width: 0;
    }
    .campaign-card dd {
      font-variant-numeric: tabular-nums;
      font-weight: 600;
    }
    .campaign-card .sorted dd {
      font-size: 1.15rem;
      font-weight: 700;
    }
    .chart-figure {
      margin: 0 0 var(--_space);
    }
    .chart {
      display: grid;
      /* One grid for every row: the bars share one scale and one track width. */
      grid-template-columns: minmax(6rem, 14rem) minmax(4rem, 1fr) auto;
      gap: var(--_space-xs) var(--_space-s);
      align-items: center;
      max-width: 46rem;
      container-type: inline-size;
    }
    .bar-row {
      display: contents;
    }
    .bar-row .label {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .bar-row .amount {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .track {
      height: 1rem;
      border-radius: 4px;
      background: color-mix(in srgb, var(--_border) 45%, transparent);
    }
    .bar {
      display: block;
      height: 100%;
      border-radius: 4px;
      background: var(--_accent);
    }
    .bar.negative {
      background: var(--_danger);
    }
    @container (max-width: 30rem) {
      .bar-row {
        display: grid;
        grid-column: 1 / -1;
        grid-template-columns: minmax(0, 1fr) auto;
        gap: var(--_space-2xs) var(--_space-s);
      }
      .bar-row .track {
        grid-column: 1 / -1;
        order: 3;
      }
    }
    .trend h3,
    .funnel h3 {
      margin: var(--_space) 0 var(--_space-xs);
      font-size: 1rem;
    }
    /* The step that loses most, said in words (not by colour alone). */
    .tag {
      display: inline-block;
      margin-inline-start: var(--_space-2xs);
      padding: 0 var(--_space-2xs);
      border: 1px solid currentColor;
      border-radius: 4px;
      color: var(--_warning);
      font-size: 0.75rem;
      font-weight: 600;
      white-space: nowrap;
    }
    /* A step's name wraps rather than being cut ("Lead-uri convertite" at 390 px). */
    .funnel .bar-row .label {
      white-space: normal;
      overflow-wrap: anywhere;
    }
    .funnel .weakest .bar {
      background: var(--_warning);
    }
    .funnel .note {
      margin: var(--_space-xs) 0;
    }
    .funnel .campaign-card .tag {
      margin-inline-start: var(--_space-3xs);
    }
    .funnel-compare {
      border-collapse: collapse;
    }
    .funnel-compare th,
    .funnel-compare td {
      padding: var(--_space-2xs) var(--_space-s);
      border-bottom: 1px solid var(--_border);
      text-align: start;
      vertical-align: top;
    }
    .funnel-compare .num {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    .funnel-compare .rate {
      display: block;
    }
    .funnel-compare .tag {
      margin-inline-start: 0;
    }
    /* Two campaigns at the same age: one bar above the other in each period's track. */
    .track.pair {
      display: grid;
      gap: var(--_space-3xs);
      height: 1.25rem;
      background: none;
    }
    .track.pair .bar {
      background: var(--_accent);
      min-height: 0;
    }
    /* A run of periods without responses: one row, its track a dashed line. */
    .track.none {
      height: 0;
      border-top: 1px dashed var(--_border);
      border-radius: 0;
      background: none;
    }
    .trend .bar.zero {
      visibility: hidden;
    }
    .track.pair .bar.compare,
    .key.compare {
      background: color-mix(in srgb, var(--_muted) 70%, transparent);
    }
    .key {
      display: inline-block;
      width: 0.75rem;
      height: 0.75rem;
      border-radius: 2px;
      background: var(--_accent);
      margin-inline: var(--_space-s) var(--_space-2xs);
      vertical-align: -1px;
    }
    .key:first-child {
      margin-inline-start: 0;
    }
    .as-table summary {
      cursor: pointer;
      color: var(--_accent);
    }
    .as-table table {
      border-collapse: collapse;
      margin-top: var(--_space-xs);
    }
    .as-table th,
    .as-table td {
      padding: var(--_space-3xs) var(--_space-s);
      border-bottom: 1px solid var(--_border);
      text-align: start;
    }
    .as-table .num {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    figcaption {
      color: var(--_muted);
      font-size: 0.85rem;
      margin-top: var(--_space-xs);
    }
    .costs {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-s);
      align-items: end;
      margin-top: var(--_space-l);
    }
    .field {
      display: grid;
      gap: var(--_space-2xs);
    }
    label {
      font-weight: 600;
      font-size: 0.9rem;
    }
    .costs .field input {
      width: 10rem;
    }
    .error {
      color: var(--_danger);
      margin: 0;
      flex-basis: 100%;
      min-height: 1.3em;
    }
    .saved {
      margin: 0;
      flex-basis: 100%;
    }
  `,
];
