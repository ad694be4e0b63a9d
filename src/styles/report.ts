import { css } from 'lit';

/**
 * What the workspace's report elements share (`<campaign-influence>`, `<lead-report>`): a card
 * that lays its sections out in a grid and measures its own width for the narrow layout, the
 * heading and its muted line, table captions above the table, numbers right-aligned in tabular
 * figures so a column of them lines up; a table region the keyboard scrolls shows its focus; in a
 * narrow card (related-list.ts turns rows into blocks) each value is labelled.
 */
export const report = css`
  :host {
    display: block;
    line-height: 1.4;
    container-type: inline-size;
  }
  .card {
    display: grid;
    gap: var(--_space-s);
    min-width: 0;
  }
  .head h2 {
    margin: 0;
    font-size: 1.25rem;
  }
  .about {
    margin: 0;
    color: var(--_muted);
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: var(--_space-2xs) 0;
  }
  th.num,
  td.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .table-wrap[role='region']:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  @container (max-width: 34rem) {
    td.num {
      text-align: start;
    }
    td[data-label]::before {
      content: attr(data-label) ': ';
      color: var(--_muted);
    }
    table[part='table'] caption {
      display: block;
    }
  }
`;
