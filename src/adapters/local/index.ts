/**
 * `lead-kit/adapters/local`: the adapter that keeps everything in this browser (IndexedDB, or
 * memory for tests and stories), with the DataAdapter interface and the errors, without any element.
 */
export * from '../adapter.js';
export { LocalAdapter, type LocalAdapterOptions } from './local-adapter.js';
export { MemoryStore } from './memory-store.js';
export { IndexedDBStore } from './indexeddb-store.js';
export type { RecordStore, CommitInfo, CommitListener, PageOptions, PageResult, CommitOptions } from './record-store.js';
export { DB_VERSION } from './idb-layout.js';
