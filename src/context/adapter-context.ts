import { createContext, ContextRoot } from '@lit/context';
import type { DataAdapter } from '../adapters/adapter.js';

/**
 * The context every widget consumes its DataAdapter from. The key is global and versioned so
 * two copies of the kit on one page (a CMS plugin and a hand-added script) share providers.
 */
export const adapterContext = createContext<DataAdapter | undefined>(Symbol.for('lead-kit.adapter.v1'));

const ROOT_FLAG = Symbol.for('lead-kit.context-root.v1');

/**
 * Attaches one `ContextRoot` to the document, so a widget that upgrades before its
 * `<lead-kit>` provider is defined still receives the provider's adapter when it arrives
 * (`@lit/context` otherwise drops that early request). Idempotent across copies of the kit.
 */
export function ensureContextRoot(): void {
  if (typeof document === 'undefined') return;
  const holder = document as unknown as Record<symbol, boolean>;
  if (holder[ROOT_FLAG]) return;
  holder[ROOT_FLAG] = true;
  new ContextRoot().attach(document.documentElement);
}
