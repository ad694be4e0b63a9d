import { css } from 'lit';

/**
 * The related-list table every record element shares (`<campaign-opportunities>`,
 * `<person-campaigns>`): a table that scrolls sideways rather than squeeze (a shade at the edge
 * that has more), muted headers, the row's name as a bold row header; in a narrow card (a phone,
 * a sidebar) each row becomes a block whose fields wrap under its name. Also the polite
 * announcement and the problem line.
 */
export const relatedList = css`
  .table-wrap {
    overflow-x: auto;
    /* A shade at an edge with more columns beyond it: the shades stay at the edges, the covers
       (the card's colour) travel with the table's ends and hide the shade where it ends. */
    --_shade: color-mix(in srgb, var(--_text) 24%, transparent);
    background:
      linear-gradient(to right, var(--_card-background) 40%, transparent) left / 2.5rem 100% no-repeat local,
      linear-gradient(to left, var(--_card-background) 40%, transparent) right / 2.5rem 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, var(--_shade), transparent) left / 0.75rem 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, var(--_shade), transparent) right / 0.75rem 100% no-repeat scroll;
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
  }
`;
