import { css } from 'lit';

/**
 * Form controls shared by every component: text inputs, selects and textareas, buttons (the
 * accent style; add `secondary` for the outlined one), the focus ring, invalid borders and
 * visually hidden text. Components add only what is theirs.
 */
export const controls = css`
  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.55rem 0.75rem;
    min-height: 44px;
    box-sizing: border-box;
    width: 100%;
  }
  button {
    font: inherit;
    font-weight: 600;
    min-height: 44px;
    padding: 0.5rem 1.2rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
  }
  button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  button[disabled] {
    opacity: 0.7;
    cursor: progress;
  }
  :is(input, select, textarea, button, a, [tabindex='-1']):focus-visible {
    outline: 3px solid color-mix(in srgb, var(--_accent) 60%, transparent);
    outline-offset: 2px;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger) !important;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
