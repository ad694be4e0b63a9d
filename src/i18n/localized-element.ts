import { isServer, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ensureLocale, numberFormat, onStringsChange, resolveLocale, type Locale } from './localize.js';

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

  /**
   * How much fits: `comfortable` (44 px rows and controls, the page's text size) or `compact`
   * (32 px rows and controls, 13 px text, tighter spacing: a CRM related list). Default: the
   * page's `--lead-kit-density` custom property (read when the element is connected), else
   * comfortable.
   */
  @property({ reflect: true }) density?: 'comfortable' | 'compact';

  /**
   * Drops the element's card (border, background, padding) for a page or a dialog that brings
   * its own frame.
   */
  @property({ type: Boolean, reflect: true }) frameless = false;

  /** The density in effect now (the attribute, else the page's `--lead-kit-density`). */
  protected get activeDensity(): 'comfortable' | 'compact' {
    return this.density ?? this.pageDensity;
  }

  private pageDensity: 'comfortable' | 'compact' = 'comfortable';

  /** The locale in effect now. */
  protected get activeLocale(): Locale {
    return resolveLocale(this);
  }

  /** A number as the active locale writes it (grouping, digits). */
  protected formatNumber(n: number): string {
    return numberFormat(this.activeLocale).format(n);
  }

  private stopStrings?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopStrings = onStringsChange(() => this.requestUpdate()); // registerStrings: re-render
    if (isServer) return;
    readDensityNextFrame(this);
  }

  /** Takes the page density read for `el` (batched: see readDensityNextFrame). */
  private static applyPageDensity(el: LocalizedElement, value: string): void {
    if (!el.isConnected) return;
    const density = value.trim() === 'compact' ? 'compact' : 'comfortable';
    if (density === el.pageDensity) return;
    el.pageDensity = density;
    el.requestUpdate();
  }

  /** @internal Every element connected since the last frame, read together (readDensityNextFrame). */
  static readDensities(elements: readonly LocalizedElement[]): void {
    // All reads first (one style calculation for all), then the updates.
    const values = elements.map((el) => (el.isConnected ? getComputedStyle(el).getPropertyValue('--lead-kit-density') : ''));
    elements.forEach((el, i) => LocalizedElement.applyPageDensity(el, values[i]));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (isServer) return;
    // The styles' hook (tokens.ts): rows, controls, text and spacing of the compact density.
    if (this.activeDensity === 'compact') this.dataset.density = 'compact';
    else delete this.dataset.density;
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

/**
 * The page's `--lead-kit-density` is read once the page has had a frame (slotted into its
 * provider, styled), for every element connected meanwhile at once: read at connect, each nested
 * element forced a style calculation of the page (11 ms per member list mounted). An element
 * renders in its first frame before the read, so a compact page is compact from the first paint:
 * the update the read asks for lands before that frame is painted.
 */
let pendingDensity: LocalizedElement[] | undefined;
function readDensityNextFrame(el: LocalizedElement): void {
  if (pendingDensity) {
    pendingDensity.push(el);
    return;
  }
  pendingDensity = [el];
  requestAnimationFrame(() => {
    const elements = pendingDensity!;
    pendingDensity = undefined;
    LocalizedElement.readDensities(elements);
  });
}
