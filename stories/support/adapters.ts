import { LocalAdapter, MemoryStore, UnavailableError, type DataAdapter } from '../../src/index.js';
import { seedDemoData } from '../../src/internal/demo-data.js';

/** A memory adapter seeded with the demo data the demo and tests use. */
export async function seededAdapter(registrants = 25): Promise<DataAdapter> {
  const adapter = new LocalAdapter(new MemoryStore());
  await seedDemoData(adapter, { registrants });
  return adapter;
}

/** An adapter whose reads never finish (the loading state). */
export function pendingAdapter(): DataAdapter {
  const base = new LocalAdapter(new MemoryStore());
  return Object.create(base, {
    name: { value: 'pending' },
    listCampaigns: { value: () => new Promise(() => {}) },
  });
}

/** An adapter whose reads fail as if offline (the error state). */
export function failingAdapter(): DataAdapter {
  const base = new LocalAdapter(new MemoryStore());
  return Object.create(base, {
    name: { value: 'offline' },
    listCampaigns: { value: async () => Promise.reject(new UnavailableError('The server cannot be reached')) },
    getCampaign: { value: async () => Promise.reject(new UnavailableError('The server cannot be reached')) },
    countMembers: { value: async () => Promise.reject(new UnavailableError('The server cannot be reached')) },
  });
}
