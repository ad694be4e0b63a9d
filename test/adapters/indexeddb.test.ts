import { idbFixture } from '../helpers/idb.js';
import { adapterContract } from './contract.js';

adapterContract('local adapter on IndexedDB', async () => idbFixture());
