import { LocalAdapter, MemoryStore } from '../../src/adapters/local/index.js';
import { adapterContract } from './contract.js';

adapterContract('local adapter on the memory store', async () => {
  const store = new MemoryStore();
  return { adapter: new LocalAdapter(store), peer: () => new LocalAdapter(store), cleanup: async () => store.close() };
});
