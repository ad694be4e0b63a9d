import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * Declares one field of the `<lead-form>` it is placed in, in order, without script: a standard
 * lead field (`name="phone"`), a custom field (`name="budget" type="select" options="…"`), a
 * hidden value, or the consent checkbox (`type="consent"`, its text as `label`). Renders nothing.
 *
 * @summary A field declaration for `<lead-form>`.
 * @tagname lead-field
 */
export class LeadField extends LitElement {
  /** Standard lead field name (firstName, lastName, email, phone, company, title, industry, employees, country, website, message) or a custom field API name. */
  @property({ reflect: true }) name = '';

  /**
   * Input kind of a custom field: text (single line), textarea (paragraph), number, tel (phone),
   * email, url, select (dropdown), radio, checkbox (a single one), checkboxes (several: the value
   * is the list of ticked options), date, hidden, or consent. Standard fields know their own.
   */
  @property({ reflect: true }) type?: string;

  /**
   * Label shown to the visitor; standard fields have localized defaults. For `consent`, the
   * consent or legal text, where `[text](https://…)` becomes a link (opened in a new tab; only
   * http and https links, nothing else of the text is markup).
   */
  @property({ reflect: true }) label?: string;

  /**
   * What a `consent` checkbox asks consent for (`contact`, `newsletter`, `partners`…; default
   * `contact`): each purpose is recorded apart, and a form without it leaves it as it stands.
   */
  @property({ reflect: true }) purpose?: string;

  /** The version of a `consent` checkbox's text (`2026-11`), recorded with the consent. */
  @property({ reflect: true }) version?: string;

  /** The visitor must fill or tick it. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Options of a select, radio group or checkboxes: `a, b, c` or `a=Label A; b=Label B`. */
  @property({ reflect: true }) options?: string;

  /** Initial value, or the fixed value of a hidden field (checkboxes: `a, b`). */
  @property({ reflect: true }) value?: string;

  /** Placeholder text of the input. */
  @property({ reflect: true }) placeholder?: string;

  /**
   * Shows the field only while another field of the form has a value: `interest` (filled or
   * ticked), `country=Romania,Moldova` (one of), `role!=student` (none of). A field not shown is
   * neither required nor sent; what was typed in it comes back if it shows again. Not on `email`.
   */
  @property({ attribute: 'show-if', reflect: true }) showIf?: string;

  /**
   * A queued question (progressive profiling): not asked on a first visit; asked, in order, in
   * place of a field the kit already knows for a returning visitor. Not on `email`.
   */
  @property({ type: Boolean, reflect: true }) queued = false;

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
    'lead-field': LeadField;
  }
}
