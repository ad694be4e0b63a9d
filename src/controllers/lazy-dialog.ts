import { nothing, type ReactiveControllerHost } from 'lit';

/** A Lit element that holds a lazily filled dialog. */
type DialogHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * A modal dialog whose content is made when it is first opened, then kept. What a dialog holds
 * (`<campaign-member-add>`, `<campaign-member-import>`) reads the adapter as it connects; made at
 * the host's mount, that work competed with the host's first rows for nothing. Kept once made:
 * an import started in it runs on while the dialog is closed, and shows its progress again when
 * reopened.
 */
export class LazyDialog {
  private made = false;

  constructor(
    private readonly host: DialogHost,
    /** Finds the `<dialog>` in the host's render root. */
    private readonly selector: string,
  ) {}

  /** The dialog's content once it was opened; nothing before. */
  content<T>(render: () => T): T | typeof nothing {
    return this.made ? render() : nothing;
  }

  /**
   * Makes the content (first time: one render of the host), opens the dialog modally and calls
   * `opened` with it at once (to move focus before anything else runs).
   */
  async open(opened?: (dialog: HTMLDialogElement) => void): Promise<void> {
    if (!this.made) {
      this.made = true;
      this.host.requestUpdate();
      await this.host.updateComplete;
    }
    const dialog = this.host.renderRoot.querySelector<HTMLDialogElement>(this.selector);
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    opened?.(dialog);
  }
}
