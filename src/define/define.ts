import { ensureContextRoot } from '../context/adapter-context.js';

/**
 * Defines a custom element unless this tag is already defined (by another copy of the kit), after
 * attaching the page's context root (so a widget that upgrades before its `<lead-kit>` provider
 * still gets the provider's adapter). Does nothing where there is no custom element registry
 * (server-side rendering registers through its own shim).
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  ensureContextRoot();
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
