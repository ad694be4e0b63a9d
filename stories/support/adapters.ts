import { LocalAdapter, MemoryStore, UnavailableError, USE_CASES, type DataAdapter } from '../../src/index.js';
import { seedDemoData } from '../../src/internal/demo-data.js';

/** A memory adapter seeded with the demo data the demo and tests use. */
export async function seededAdapter(registrants = 25): Promise<DataAdapter> {
  const adapter = new LocalAdapter(new MemoryStore());
  await seedDemoData(adapter, { registrants });
  return adapter;
}

/** An adapter whose every call never finishes (the loading state, shown for as long as one looks). */
export function pendingAdapter(): DataAdapter {
  const base = new LocalAdapter(new MemoryStore());
  const never = Object.fromEntries(Object.keys(USE_CASES).map((method) => [method, { value: () => new Promise(() => {}) }]));
  return Object.create(base, { name: { value: 'pending' }, ...never });
}

/** An adapter whose every call fails as if offline (the error state of every element). */
export function failingAdapter(): DataAdapter {
  const base = new LocalAdapter(new MemoryStore());
  const offline = () => Promise.reject(new UnavailableError('The server cannot be reached'));
  const failing = Object.fromEntries(Object.keys(USE_CASES).map((method) => [method, { value: offline }]));
  return Object.create(base, { name: { value: 'offline' }, ...failing });
}
