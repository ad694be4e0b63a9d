import { css } from 'lit';

/**
 * The one modal dialog pattern (a native `<dialog>` opened with `showModal()`): the raised
 * surface, the backdrop, a heading, a form in a column and its actions in a row. Used by the
 * member list's dialogs and the person's campaign history.
 */
export const dialog = css`
  dialog {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    padding: var(--_space-l);
    width: min(44rem, calc(100vw - 2rem));
    box-sizing: border-box;
    box-shadow: var(--_shadow-raised);
  }
  dialog::backdrop {
    background: var(--_backdrop);
  }
  dialog h3 {
    margin: 0 0 var(--_space-s);
  }
  .dialog-head {
    display: flex;
    justify-content: space-between;
    align-items: start;
    gap: var(--_space);
  }
  .opp-form,
  .dialog-form {
    display: grid;
    gap: var(--_space-s);
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    margin-top: var(--_space);
  }
`;
