import { css } from 'lit';

/**
 * The panels every list shares (`<people-list>`, `<campaign-member-list>`): the column picker
 * (each field with its checkbox and move buttons), the filter builder (a field, its operator and
 * value), and the filter chips under the toolbar, each with its remove button.
 */
export const listPanels = css`
  .panel,
  .columns-picker {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0;
    padding: var(--_space-xs) var(--_space-s);
  }
  .filter-chips,
  .filter-chips ul,
  .filter-builder {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs);
  }
  .filter-builder {
    align-items: end;
  }
  .field {
    display: grid;
    gap: var(--_space-3xs);
    font-size: 0.875rem;
    font-weight: 600;
  }
  .field input {
    width: auto;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2xs) var(--_space-s);
    border: 0;
    margin: 0;
    padding: 0;
  }
  .choices legend {
    font-size: 0.875rem;
    font-weight: 600;
    padding: 0;
    margin-bottom: var(--_space-3xs);
  }
  .choices label {
    display: flex;
    align-items: center;
    gap: var(--_space-2xs);
    min-height: var(--_control);
  }
  .columns-picker legend {
    font-weight: 600;
    padding: 0 var(--_space-2xs);
  }
  .columns-picker ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: var(--_space-2xs) var(--_space);
  }
  .columns-picker li {
    display: flex;
    align-items: center;
    gap: var(--_space-2xs);
  }
  .columns-picker label {
    flex: 1;
    margin: 0;
    font-weight: 500;
    display: flex;
    gap: var(--_space-xs);
    align-items: center;
  }
  button.icon {
    min-height: 32px;
    min-width: 32px;
    padding: 0;
  }
  .filter-chips ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .filter-chip {
    display: flex;
    align-items: center;
    gap: var(--_space-2xs);
    padding-inline-start: var(--_space-xs);
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  }
  .filter-chip button.icon {
    border-radius: 999px;
    border-color: transparent;
  }
  .dropped {
    margin: 0;
    color: var(--_warning);
  }
`;
