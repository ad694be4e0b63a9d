// `npm test`: type check, build the single-file bundle, then every test in real headless Chromium (found or installed by
// scripts/chromium.mjs), with coverage. Extra arguments go to web-test-runner
// (e.g. `npm test -- --files test/domain/*.test.ts`).
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './chromium.mjs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;

console.log('> tsc --noEmit');
if (run('node_modules/.bin/tsc', ['--noEmit', '-p', 'tsconfig.json']) !== 0) process.exit(1);

console.log('> vite build --mode bundle (dist/lead-kit.js, loaded by test/e2e)');
if (run('node_modules/.bin/vite', ['build', '--mode', 'bundle', '--logLevel', 'warn']) !== 0) process.exit(1);

process.env.CHROME_PATH ??= ensureChromium();
const extra = process.argv.slice(2);
console.log('> web-test-runner');
process.exit(run('node_modules/.bin/wtr', ['--config', 'web-test-runner.config.mjs', '--coverage', ...extra]));
