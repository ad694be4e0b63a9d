import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { LocalAdapter, MemoryStore, type LocalAdapterOptions } from '../../src/adapters/local/index.js';
import type { DataAdapter } from '../../src/adapters/adapter.js';
import '../../src/define/lead-kit.js';

/**
 * Renders `template` inside a `<lead-kit>` whose adapter is a fresh memory adapter, after
 * `seed` ran on it. Returns the adapter and the first element child of the template.
 */
export async function renderWithAdapter<E extends HTMLElement>(
  template: TemplateResult,
  seed?: (adapter: DataAdapter) => Promise<unknown>,
  options?: LocalAdapterOptions,
): Promise<{ el: E; adapter: LocalAdapter }> {
  const adapter = new LocalAdapter(new MemoryStore(), options);
  if (seed) await seed(adapter);
  const kit = await fixture(html`<lead-kit .adapter=${adapter}>${template}</lead-kit>`);
  const el = kit.firstElementChild as E;
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return { el, adapter };
}

/** The input, select or textarea labelled `text` (exact label text, required marker ignored) in `el`'s shadow root. */
export function byLabel<T extends HTMLElement = HTMLInputElement>(el: Element, text: string): T {
  const root = el.shadowRoot!;
  const plain = (l: HTMLLabelElement) => {
    const copy = l.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.required, .visually-hidden').forEach((n) => n.remove());
    return copy.textContent!.trim();
  };
  const label = [...root.querySelectorAll('label')].find((l) => plain(l) === text);
  if (!label) throw new Error(`no field labelled "${text}"; labels: ${[...root.querySelectorAll('label')].map((l) => l.textContent!.trim()).join(' | ')}`);
  return root.getElementById(label.htmlFor) as T;
}

/** Types `value` into the field labelled `label` as a person would (input + blur). */
export function type(el: Element, label: string, value: string): void {
  const input = byLabel(el, label);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('blur'));
}

/** The element's shadow text, white space folded. */
export function textOf(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
