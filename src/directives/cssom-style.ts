import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/**
 * `style=${cssomStyle({ transform: '…', '--cols': '…' })}`: sets the properties through the
 * CSSOM (`style.setProperty`) on every render, the first one included, and never writes a
 * `style` attribute — so a page with `style-src 'self'` (no 'unsafe-inline') shows it. (Lit's
 * `styleMap` writes the attribute on its first render.)
 */
class CssomStyle extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') throw new Error('cssomStyle binds the style attribute only');
  }

  render(_styles: Record<string, string>): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [styles]: [Record<string, string>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) if (!(name in styles)) style.removeProperty(name);
    for (const [name, value] of Object.entries(styles)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(styles));
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyle);
