import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * One step of a multi-step `<lead-form>`: the `<lead-field>`s it holds are asked together, under
 * its `label`. The form shows one step at a time with its progress, checks a step's fields before
 * the next one, keeps every value on Back, and sends one submission after the last. Renders nothing.
 *
 * @summary A step of a multi-step `<lead-form>`.
 * @tagname lead-form-step
 */
export class LeadFormStep extends LitElement {
  /** The step's title, shown above its fields and in the progress (`About you`). */
  @property({ reflect: true }) label = '';

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.hidden = true;
  }

  protected override updated(): void {
    this.dispatchEvent(new Event('lead-field-change', { bubbles: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lead-form-step': LeadFormStep;
  }
}
