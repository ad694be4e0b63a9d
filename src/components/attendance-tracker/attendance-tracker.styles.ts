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
    .base {
      display: grid;
      gap: var(--_space);
      grid-template-columns: minmax(0, 1fr);
    }
    h2 {
      margin: 0;
      font-size: 1.25rem;
    }
    h3 {
      margin: 0 0 var(--_space-xs);
      font-size: 1rem;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-xs) var(--_space);
      align-items: center;
      justify-content: space-between;
    }
    .muted {
      color: var(--_muted);
    }
    .problem {
      color: var(--_danger);
      font-weight: 600;
    }
    .offline {
      margin: 0;
      padding: var(--_space-2xs) var(--_space-s);
      border-radius: 999px;
      font-weight: 600;
      color: var(--_warning);
      border: 1px solid currentColor;
    }
    .base {
      container-type: inline-size;
    }
    .counts {
      display: grid;
      grid-template-columns: repeat(5, minmax(0, 1fr));
      gap: var(--_space-xs);
      margin: 0;
    }
    /* Five tiles: one row when wide, else 2 + 2 with the rate across (no orphan). */
    @container (max-width: 44rem) {
      .counts {
        grid-template-columns: repeat(2, minmax(0, 1fr));
      }
      .count:last-child {
        grid-column: 1 / -1;
      }
    }
    .count {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space-xs) var(--_space-s);
    }
    .count dt {
      color: var(--_muted);
      font-size: 0.875rem;
    }
    .count dd {
      margin: 0;
      font-size: 1.6rem;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    label {
      font-weight: 600;
      display: block;
      margin-bottom: var(--_space-2xs);
    }
    .hint {
      margin: var(--_space-2xs) 0 0;
      font-size: 0.875rem;
    }
    .options {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-xs) var(--_space-l);
      align-items: center;
      margin-top: var(--_space-xs);
    }
    label.check {
      display: inline-flex;
      gap: var(--_space-xs);
      align-items: center;
      font-weight: 500;
      min-height: var(--_control);
      margin: 0;
    }
    label.check input {
      width: 1.25rem;
      height: 1.25rem;
      accent-color: var(--_accent);
    }
    .camera {
      width: min(100%, 24rem);
      border-radius: var(--_radius);
      margin-top: var(--_space-xs);
    }
    .recent {
      display: grid;
      gap: var(--_space-xs);
    }
    .recent h3 {
      margin: 0;
      font-size: 1rem;
      color: var(--_muted);
    }
    .results {
      list-style: none;
      margin: 0;
      padding: 0 var(--_space-2xs) 0 0;
      display: grid;
      gap: var(--_space-xs);
      max-height: var(--lead-kit-list-height, 28rem);
      overflow: auto;
      overscroll-behavior: contain;
    }
    .results-wrap > p {
      margin: 0 0 var(--_space-xs);
    }
    .result {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-xs) var(--_space);
      align-items: center;
      justify-content: space-between;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space-xs) var(--_space-s);
    }
    .result.arrived {
      border-color: color-mix(in srgb, var(--_success) 45%, var(--_border));
      background: color-mix(in srgb, var(--_success) 7%, var(--_surface));
    }
    .who {
      display: grid;
      min-width: 0;
    }
    .who strong {
      font-size: 1.1rem;
    }
    .state {
      display: flex;
      gap: var(--_space-s);
      align-items: center;
    }
    .check-in {
      min-height: 48px;
      min-width: 8rem;
    }
    .badge {
      display: inline-block;
      padding: var(--_space-3xs) var(--_space-xs);
      border-radius: 999px;
      border: 1px solid var(--_border);
      font-weight: 600;
      font-size: 0.875rem;
    }
    .badge.success {
      color: var(--_success);
      border-color: currentColor;
    }
    .badge.warning {
      color: var(--_warning);
      border-color: currentColor;
    }
    .toast {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-xs) var(--_space);
      align-items: center;
      justify-content: space-between;
      padding: var(--_space-s) var(--_space);
      border-radius: var(--_radius);
      border: 2px solid var(--_border);
      font-weight: 600;
    }
    .toast p {
      margin: 0;
    }
    .toast.done {
      border-color: var(--_success);
      color: var(--_success);
    }
    .toast.already,
    .toast.pending {
      border-color: var(--_warning);
      color: var(--_warning);
    }
    .toast.error {
      border-color: var(--_danger);
      color: var(--_danger);
    }
    .pending ul {
      list-style: none;
      padding: 0;
      margin: 0 0 var(--_space-xs);
      display: grid;
      gap: var(--_space-2xs);
    }
    .pending li {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-xs) var(--_space);
      align-items: center;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-xs);
    }
    .walk-in,
    .confirm,
    .notice {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space-s) var(--_space);
    }
    .confirm p,
    .notice p {
      margin: 0 0 var(--_space-s);
      font-weight: 600;
    }
    .grid2 {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr));
      gap: var(--_space-s);
      margin-bottom: var(--_space-s);
    }
  `,
];
