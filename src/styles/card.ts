import { css } from 'lit';

/**
 * The one card every element sits in (its outermost box, part `base`): the surface, a border,
 * the radius and padding of the `--lead-kit-card-*` tokens (tokens.ts). `frameless` on the
 * element drops the frame for a page (or a dialog) that brings its own. `card` styles an inner
 * wrapper with class `card`; `hostCard` the host itself (elements whose host is the box).
 */
export const card = css`
  .card {
    box-sizing: border-box;
    background: var(--_card-background);
    border: var(--_card-border);
    border-radius: var(--_card-radius);
    padding: var(--_card-padding);
    box-shadow: var(--_card-shadow);
  }
  :host([frameless]) .card {
    background: transparent;
    border: 0;
    border-radius: 0;
    padding: 0;
    box-shadow: none;
  }
`;

export const hostCard = css`
  :host {
    box-sizing: border-box;
    background: var(--_card-background);
    border: var(--_card-border);
    border-radius: var(--_card-radius);
    padding: var(--_card-padding);
    box-shadow: var(--_card-shadow);
  }
  :host([frameless]) {
    background: transparent;
    border: 0;
    border-radius: 0;
    padding: 0;
    box-shadow: none;
  }
`;
