import { css } from 'lit';

/**
 * Form controls shared by every component: text inputs, selects and textareas; buttons in one
 * hierarchy — primary (the accent, default), `secondary` (outlined), `quiet` (text only),
 * `danger` (destructive; `secondary danger` outlined); the focus ring, invalid borders, visually
 * hidden text, and the state boxes of styles/states.ts. Components add only what is theirs.
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
    padding: var(--_space-xs) var(--_space-s);
    min-height: var(--_control);
    box-sizing: border-box;
    width: 100%;
  }
  button {
    font: inherit;
    font-weight: 600;
    min-height: var(--_control);
    padding: var(--_space-xs) var(--_space);
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
  button.quiet {
    background: transparent;
    border-color: transparent;
    color: var(--_accent);
    padding-inline: var(--_space-xs);
  }
  button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_on-danger);
  }
  button.secondary.danger {
    background: transparent;
    color: var(--_danger);
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
  .state-box {
    display: grid;
    justify-items: start;
    gap: var(--_space-xs);
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .state-box p {
    margin: 0;
  }
  .state-box.loading {
    grid-auto-flow: column;
    justify-content: start;
    align-items: center;
    color: var(--_muted);
    border-style: solid;
  }
  .state-box.error {
    border: 1px solid color-mix(in srgb, var(--_danger) 40%, var(--_border));
    border-inline-start: 4px solid var(--_danger);
  }
  .state-box.error p {
    font-weight: 600;
  }
  .state-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
  }
  .spinner {
    width: 1rem;
    height: 1rem;
    border-radius: 50%;
    border: 2px solid color-mix(in srgb, var(--_accent) 25%, transparent);
    border-top-color: var(--_accent);
    animation: lead-kit-spin 0.8s linear infinite;
  }
  @keyframes lead-kit-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
`;
