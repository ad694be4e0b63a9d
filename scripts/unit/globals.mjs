// Mocha's globals for the unit tests under Node (scripts/test-unit.mjs injects them).
export { describe, it, before, after, beforeEach, afterEach } from 'node:test';
