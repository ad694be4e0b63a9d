import { css } from 'lit';

/**
 * Shared design tokens. Every component reads `--lead-kit-*` custom properties with these
 * fallbacks, so a host page themes the whole kit from one place; `prefers-color-scheme: dark`
 * and a `.dark`/`[data-theme=dark]` ancestor class are handled by the host page setting them.
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
    --_radius: var(--lead-kit-radius, 8px);
    --_space: var(--lead-kit-space, 1rem);
    font-family: var(--_font);
    color: var(--_text);
  }
  :host([hidden]) {
    display: none !important;
  }
`;
