import type { DataAdapter } from '../adapters/adapter.js';
import { LazyAdapter } from '../adapters/lazy-adapter.js';
import { adapterFromConfig, configFromMeta, reportConfiguration } from './embed-config.js';

/** The database the default adapter uses unless configured (`<meta name="lead-kit:database">`). */
export const DEFAULT_DATABASE = 'lead-kit';

interface Registry {
  adapter?: DataAdapter;
  database?: string;
  byDatabase: Map<string, DataAdapter>;
}

// Page-wide, shared by every copy of the kit on the page.
const KEY = Symbol.for('lead-kit.default-adapter.v1');
const registry: Registry = ((globalThis as Record<symbol, unknown>)[KEY] as Registry | undefined) ??
  ((globalThis as Record<symbol, unknown>)[KEY] = { byDatabase: new Map() } as Registry);

/**
 * The local IndexedDB adapter for a database name: one instance per name on the page, so
 * every widget and provider naming it shares one connection and one change feed. Its code is
 * loaded on first use, so widgets render before the storage code has downloaded.
 */
export function localAdapterFor(database: string): DataAdapter {
  let adapter = registry.byDatabase.get(database);
  if (!adapter) {
    adapter = new LazyAdapter(`local:${database}`, async () => {
      const { LocalAdapter, IndexedDBStore } = await import('../adapters/local/index.js');
      return new LocalAdapter(new IndexedDBStore(database));
    });
    registry.byDatabase.set(database, adapter);
  }
  return adapter;
}

/** The database name of the default adapter: configured, else the page's meta tag, else `lead-kit`. */
export function defaultDatabaseName(): string {
  if (registry.database) return registry.database;
  const meta = typeof document !== 'undefined' ? document.querySelector<HTMLMetaElement>('meta[name="lead-kit:database"]') : null;
  return meta?.content.trim() || DEFAULT_DATABASE;
}

/**
 * The adapter widgets use when no `<lead-kit>` provider is around them: an adapter set with
 * {@link configureDefaultAdapter}, else the destination the page's meta tags name
 * (`<meta name="lead-kit:server" content="https://…">` with `<meta name="lead-kit:key"
 * content="lk_pub_…">`, or `lead-kit:salesforce-org`, `lead-kit:hubspot-portal` +
 * `lead-kit:hubspot-form`), else the embedded IndexedDB adapter (created on first use).
 */
export function getDefaultAdapter(): DataAdapter {
  if (registry.adapter) return registry.adapter;
  const meta = configFromMeta();
  const configured = adapterFromConfig(meta);
  if (configured && typeof document !== 'undefined') reportConfiguration(document.documentElement, meta);
  return configured ?? localAdapterFor(defaultDatabaseName());
}

/**
 * Sets the page-wide default: a whole adapter (a REST one, say) or the IndexedDB database name.
 * Call it before widgets render; widgets already showing data keep their adapter until reconnected.
 */
export function configureDefaultAdapter(options: { adapter?: DataAdapter; database?: string }): void {
  registry.adapter = options.adapter;
  registry.database = options.database;
}
