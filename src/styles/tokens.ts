import { css } from 'lit';

/**
 * Shared design tokens, the only place colours are written. Every component reads the internal
 * `--_*` properties set here from the public `--lead-kit-*` ones, so a host page themes the whole
 * kit from one place; themes/dark.css sets every one of them for a dark page (checked by
 * test/styles/tokens.test.ts, with the contrast of each pair). Spacing is a scale of steps of
 * `--lead-kit-space` (`--_space-3xs` … `--_space-xl`); elevation is `--lead-kit-shadow-raised`.
 */
export const tokens = css`
  :host {
    --_font: var(--lead-kit-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_text: var(--lead-kit-color-text, #1f2430);
    --_muted: var(--lead-kit-color-muted, #5b6272);
    --_surface: var(--lead-kit-color-surface, #ffffff);
    --_border: var(--lead-kit-color-border, #d5d9e2);
    --_accent: var(--lead-kit-color-accent, #2557d6);
    --_on-accent: var(--lead-kit-color-on-accent, #ffffff);
    --_danger: var(--lead-kit-color-danger, #b3261e);
    --_on-danger: var(--lead-kit-color-on-danger, #ffffff);
    --_success: var(--lead-kit-color-success, #1b7f3b);
    --_warning: var(--lead-kit-color-warning, #8a5a00);
    --_backdrop: var(--lead-kit-color-backdrop, rgb(0 0 0 / 0.45));
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
    --_shadow-raised: var(--lead-kit-shadow-raised, 0 4px 8px -2px rgb(16 24 40 / 0.1), 0 12px 24px -4px rgb(16 24 40 / 0.14));
    font-family: var(--_font);
    color: var(--_text);
  }
  :host([hidden]) {
    display: none !important;
  }
`;
