/** Defines a custom element unless this tag is already defined (by another copy of the kit). */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
