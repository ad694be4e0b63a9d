// `@open-wc/testing`'s assertions under Node: chai's `expect` (scripts/test-unit.mjs aliases it).
export { expect, assert } from 'chai';
