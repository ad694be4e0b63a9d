import { css } from 'lit';

/**
 * Shared design tokens, the only place colours are written. Every component reads the internal
 * `--_*` properties set here from the public `--lead-kit-*` ones, so a host page themes the whole
 * kit from one place. Each colour has a light and a dark default (`light-dark()`), chosen by the
 * element's colour scheme: `--lead-kit-color-scheme` (default `light dark`: the visitor's OS
 * setting, `prefers-color-scheme`; `light` or `dark` to fix it). themes/dark.css adds the
 * classes `.dark` and `.light` that fix it for a page or a part of it. The contrast of each pair is checked in both (test/styles/tokens.test.ts). Spacing
 * is a scale of steps of `--lead-kit-space` (`--_space-3xs` … `--_space-xl`); elevation is
 * `--lead-kit-shadow-raised`.
 */
export const tokens = css`
  :host {
    color-scheme: var(--lead-kit-color-scheme, light dark);
    --_font: var(--lead-kit-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_text: var(--lead-kit-color-text, light-dark(#1f2430, #e6e9f0));
    --_muted: var(--lead-kit-color-muted, light-dark(#5b6272, #a9b1c2));
    --_surface: var(--lead-kit-color-surface, light-dark(#ffffff, #1b1f29));
    --_border: var(--lead-kit-color-border, light-dark(#d5d9e2, #343b4c));
    --_accent: var(--lead-kit-color-accent, light-dark(#2557d6, #7aa2ff));
    --_on-accent: var(--lead-kit-color-on-accent, light-dark(#ffffff, #0b1020));
    --_danger: var(--lead-kit-color-danger, light-dark(#b3261e, #ff8a80));
    --_on-danger: var(--lead-kit-color-on-danger, light-dark(#ffffff, #2a0906));
    --_success: var(--lead-kit-color-success, light-dark(#1b7f3b, #6fd08c));
    --_warning: var(--lead-kit-color-warning, light-dark(#8a5a00, #f0b45a));
    --_backdrop: var(--lead-kit-color-backdrop, light-dark(rgb(0 0 0 / 0.45), rgb(0 0 0 / 0.65)));
    --_radius: var(--lead-kit-radius, 8px);
    --_space: var(--lead-kit-space, 1rem);
    /* The spacing scale: steps of the one base, so --lead-kit-space sets the density of it all. */
    --_space-3xs: calc(var(--_space) * 0.125);
    --_space-2xs: calc(var(--_space) * 0.25);
    --_space-xs: calc(var(--_space) * 0.5);
    --_space-s: calc(var(--_space) * 0.75);
    --_space-l: calc(var(--_space) * 1.5);
    --_space-xl: calc(var(--_space) * 2);
    /* Elevation: what floats over the page (dialogs, menus). Cards stay flat, with a border. */
    --_shadow-raised: var(
      --lead-kit-shadow-raised,
      0 4px 8px -2px light-dark(rgb(16 24 40 / 0.1), rgb(0 0 0 / 0.45)),
      0 12px 24px -4px light-dark(rgb(16 24 40 / 0.14), rgb(0 0 0 / 0.6))
    );
    /* The card every element sits in (styles/card.ts). */
    --_card-background: var(--lead-kit-card-background, var(--_surface));
    --_card-border: var(--lead-kit-card-border, 1px solid var(--_border));
    --_card-radius: var(--lead-kit-card-radius, var(--_radius));
    --_card-padding: var(--lead-kit-card-padding, var(--_space));
    --_card-shadow: var(--lead-kit-card-shadow, none);
    /* Density: the height of a row and of a control (comfortable; compact below). */
    --_row: 44px;
    --_card-row: 64px;
    --_control: 44px;
    font-family: var(--_font);
    color: var(--_text);
  }
  /* Compact density (density="compact" or --lead-kit-density: compact): a CRM related list's. */
  :host([density='compact']),
  :host([data-density='compact']) {
    --_row: 32px;
    --_card-row: 48px;
    --_control: 32px;
    --_space: var(--lead-kit-space, 0.75rem);
    font-size: 0.8125rem;
  }
  :host([hidden]) {
    display: none !important;
  }
`;
