// `npm run test:unit`: the domain rules and the model's schemas (test/domain, test/model) under
// Node in seconds — no build of the package, no PostgreSQL, no Chromium. The same test files
// `npm test` runs in the browser: esbuild bundles each one for Node, `@open-wc/testing`'s `expect`
// is chai's, and mocha's `describe`/`it` are node:test's. For the widgets, adapters and server,
// run `npm test` (README "Two commands", CONTRIBUTING).
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

const out = '.unit';
const files = ['test/domain', 'test/model'].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.test.ts')).map((f) => join(dir, f)));
rmSync(out, { recursive: true, force: true });
const started = Date.now();
await build({
  entryPoints: files,
  outdir: out,
  outbase: 'test',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  inject: ['scripts/unit/globals.mjs'],
  alias: { '@open-wc/testing': './scripts/unit/expect.mjs' },
  // Bundled dependencies that are CommonJS need `require`.
  banner: { js: "import { createRequire as __unitRequire } from 'node:module'; const require = __unitRequire(import.meta.url);" },
});
const tests = files.map((f) => join(out, f.replace(/^test\//, '').replace(/\.ts$/, '.mjs')));
const r = spawnSync(process.execPath, ['--test', '--test-force-exit', '--test-reporter=spec', ...tests], { stdio: 'inherit' });
console.log(`test:unit: ${files.length} files, ${((Date.now() - started) / 1000).toFixed(1)} s (bundling included)`);
process.exit(r.status ?? 1);
