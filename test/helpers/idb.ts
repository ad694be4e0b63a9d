import { IndexedDBStore, LocalAdapter } from '../../src/adapters/local/index.js';

/** A unique database name per test, deleted afterwards. */
export function testDatabaseName(): string {
  return `lead-kit-test-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
    req.onblocked = () => resolve();
  });
}

/** A local adapter on a fresh IndexedDB database, and a way to open more instances on it. */
export function idbFixture() {
  const name = testDatabaseName();
  const stores: IndexedDBStore[] = [];
  const open = () => {
    const store = new IndexedDBStore(name);
    stores.push(store);
    return new LocalAdapter(store);
  };
  return {
    name,
    adapter: open(),
    peer: open,
    cleanup: async () => {
      stores.forEach((s) => s.close());
      await deleteDatabase(name);
    },
  };
}
