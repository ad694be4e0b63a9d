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
      line-height: 1.45;
    }
    /* A sensible width for a form of choices: it never stretches across a wide page. */
    .wizard {
      max-width: 48rem;
    }
    .title {
      margin: 0 0 var(--_space);
      font-size: 1.25rem;
    }
    .steps {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-xs) var(--_space-l);
      list-style: none;
      padding: 0;
      margin: 0 0 var(--_space);
      color: var(--_muted);
    }
    .steps li {
      display: flex;
      gap: var(--_space-xs);
      align-items: center;
    }
    .steps .num {
      display: inline-grid;
      place-items: center;
      width: 1.6rem;
      height: 1.6rem;
      border-radius: 50%;
      border: 2px solid var(--_border);
      font-size: 0.85rem;
      font-weight: 600;
    }
    .steps .current {
      color: var(--_text);
      font-weight: 600;
    }
    .steps .current .num {
      border-color: var(--_accent);
      background: var(--_accent);
      color: var(--_on-accent);
    }
    .steps .done .num {
      border-color: var(--_accent);
      color: var(--_accent);
    }
    fieldset {
      border: 0;
      padding: 0;
      margin: 0;
      min-width: 0;
    }
    .step {
      margin-bottom: var(--_space);
    }
    .step-heading:focus {
      outline: none; /* focused so screen readers announce the step; not a control */
    }
    .step-heading {
      margin: 0 0 var(--_space-s);
      font-size: 1.05rem;
      width: fit-content;
    }
    .choice {
      display: flex;
      gap: var(--_space-xs);
      align-items: center;
      min-height: var(--_control);
    }
    .choice input {
      width: 1.2rem;
      height: 1.2rem;
      margin: 0;
      accent-color: var(--_accent);
      flex: none;
    }
    /* Under a choice's label: the box's width and the gap beside it. */
    .indent {
      margin-inline-start: calc(1.2rem + var(--_space-xs));
    }
    .field {
      display: grid;
      gap: var(--_space-2xs);
      margin-bottom: var(--_space-s);
    }
    .grid {
      display: grid;
      gap: 0 var(--_space);
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    }
    .grid .wide {
      grid-column: 1 / -1;
    }
    label {
      font-weight: 500;
    }
    .field label {
      font-weight: 600;
      font-size: 0.95rem;
    }
    .hint {
      color: var(--_muted);
      font-size: 0.9rem;
      margin: var(--_space-2xs) 0 var(--_space-xs);
    }
    .review {
      margin: 0;
      padding-inline-start: var(--_space);
      display: grid;
      gap: var(--_space-xs);
    }
    /* A warning, not an error: the conversion can go ahead. */
    .review .warn {
      color: var(--_warning);
      font-weight: 500;
    }
    .review .warn::marker {
      content: '⚠ ';
    }
    .actions {
      display: flex;
      gap: var(--_space-s);
      justify-content: flex-end;
    }
    button {
      min-width: 7rem;
    }
    .error {
      color: var(--_danger);
    }
    .result {
      margin: 0;
      padding: var(--_space);
      border-inline-start: 4px solid var(--_accent);
      background: color-mix(in srgb, var(--_accent) 8%, transparent);
      border-radius: var(--_radius);
    }
  `,
];
