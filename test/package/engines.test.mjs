// package.json's `engines` tells the truth: every package installed (the lock file's, for this
// platform) supports the oldest Node it promises, so `npm install` never warns EBADENGINE.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import semver from 'semver';

test('every installed dependency supports the oldest Node that package.json promises', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const oldest = semver.minVersion(pkg.engines.node).version;
  assert.ok(semver.satisfies(process.version, pkg.engines.node), `this machine's Node ${process.version} is within ${pkg.engines.node}`);
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
  const refused = Object.entries(lock.packages)
    .filter(([path, p]) => path && p.engines?.node && existsSync(path)) // installed here (platform binaries of other systems are not)
    .filter(([, p]) => !semver.satisfies(oldest, p.engines.node))
    .map(([path, p]) => `${path} wants Node ${p.engines.node}`);
  assert.deepEqual(refused, [], `package.json promises Node ${pkg.engines.node}`);
});
