import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { ensureLocale, onStringsChange, resolveLocale, type Locale } from './localize.js';

/** How names are ordered: given name first ("Ana Pop") or family name first ("Nguyễn Văn An"). */
export type NameOrder = 'given-first' | 'family-first';

/**
 * Base of the kit's elements that show built-in text: a `locale` property, and rendering that
 * waits for the locale's catalog (downloaded on first use) so a page never flashes English.
 */
export class LocalizedElement extends LitElement {
  /** Language of the built-in text (en, uk, ru, fr, vi, ro); default: the nearest `lang`, then the page's. */
  @property({ reflect: true }) locale?: string;

  /**
   * Order of given and family names where people are named or asked for (lists, and the
   * first/last name fields of a form): `given-first` or `family-first`.
   * Default: as the language writes them (family name first in Vietnamese).
   */
  @property({ attribute: 'name-order', reflect: true }) nameOrder?: 'given-first' | 'family-first';

  /** The locale in effect now. */
  protected get activeLocale(): Locale {
    return resolveLocale(this);
  }

  /** A number as the active locale writes it (grouping, digits). */
  protected formatNumber(n: number): string {
    return new Intl.NumberFormat(this.activeLocale).format(n);
  }

  private stopStrings?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopStrings = onStringsChange(() => this.requestUpdate()); // registerStrings: re-render
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopStrings?.();
  }

  protected override async scheduleUpdate(): Promise<void> {
    await ensureLocale(resolveLocale(this)).catch(() => undefined); // offline: English
    super.scheduleUpdate();
  }
}
