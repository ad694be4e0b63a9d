// `npm run mutation`: mutation testing of the domain rules (src/domain/; MUTATION_FILES for others).
// Each mutant changes one operator or literal in one place (=== ↔ !==, < ↔ <=, && ↔ ||,
// true ↔ false, ± 1, a dropped `!`, Math.min ↔ Math.max, ?? → &&, as StrykerJS does); the tests that run under Node
// (test/domain/*, the DataAdapter contract suite and the conversion suite on the memory store) run
// against it, bundled by esbuild with chai for @open-wc/testing's expect. A mutant no test notices
// "survives". Prints the score per file, like a benchmark, and the survivors (file:line and the
// change). Options: MUTATION_FILES (comma-separated paths), MUTATION_LIMIT (mutants per file),
// MUTATION_TIMEOUT_MS (per run, default 60000). Not part of npm test (it takes minutes).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve('.');
const files = (process.env.MUTATION_FILES?.split(',') ?? readdirSync('src/domain').filter((f) => f.endsWith('.ts')).map((f) => `src/domain/${f}`)).map((f) => f.trim());
const limit = Number(process.env.MUTATION_LIMIT ?? Infinity);
const timeoutMs = Number(process.env.MUTATION_TIMEOUT_MS ?? 60000);
const tests = ['test/domain/rules.test.ts', 'test/domain/csv.test.ts', 'test/domain/matching.test.ts', 'test/domain/metrics.test.ts', 'test/domain/statuses.test.ts', 'test/adapters/memory.test.ts', 'test/adapters/conversion.test.ts'];
const work = resolve('.mutation');
mkdirSync(work, { recursive: true });

// mocha-style globals on Node's own test runner; `expect` from chai (what @open-wc/testing re-exports).
writeFileSync(
  `${work}/globals.mjs`,
  `import * as t from 'node:test';
globalThis.describe = t.describe; globalThis.it = t.it; globalThis.before = t.before; globalThis.after = t.after;
globalThis.beforeEach = t.beforeEach; globalThis.afterEach = t.afterEach;
globalThis.describe.skip = t.describe.skip; globalThis.it.skip = t.it.skip;
// The stores announce changes to other tabs; in Node such a channel must not keep the run alive.
const Channel = globalThis.BroadcastChannel;
globalThis.BroadcastChannel = class extends Channel { constructor(name) { super(name); this.unref?.(); } };
`,
);
writeFileSync(`${work}/testing.mjs`, `export { expect } from 'chai';\n`);
writeFileSync(`${work}/entry.ts`, `import './globals.mjs';\n${tests.map((t) => `import '${root}/${t}';`).join('\n')}\n`);

/** Mutation operators: [pattern, replacement, description]. Applied outside comments and strings. */
const OPERATORS = [
  [/===/g, '!==', '=== → !=='],
  [/!==/g, '===', '!== → ==='],
  [/ <= /g, ' < ', '<= → <'],
  [/ >= /g, ' > ', '>= → >'],
  [/ < /g, ' <= ', '< → <='],
  [/ > /g, ' >= ', '> → >='],
  [/&&/g, '||', '&& → ||'],
  [/\|\|/g, '&&', '|| → &&'],
  [/\?\?/g, '&&', '?? → &&'],
  [/\btrue\b/g, 'false', 'true → false'],
  [/\bfalse\b/g, 'true', 'false → true'],
  [/ \+ 1\b/g, ' - 1', '+ 1 → - 1'],
  [/ - 1\b/g, ' + 1', '- 1 → + 1'],
  [/\bMath\.max\b/g, 'Math.min', 'max → min'],
  [/\bMath\.min\b/g, 'Math.max', 'min → max'],
  [/!(?=[\w(])/g, '', 'drop !'],
];

/** Positions in `source` that are code (not in comments, strings or template text). */
function codeMask(source) {
  const mask = new Uint8Array(source.length);
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const n = source[i + 1];
    if (c === '/' && n === '/') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '/' && n === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? source.length : end + 2;
    } else if (c === "'" || c === '"' || c === '`') {
      i++;
      while (i < source.length && source[i] !== c) i += source[i] === '\\' ? 2 : 1;
      i++;
    } else {
      mask[i] = 1;
      i++;
    }
  }
  return mask;
}

function mutantsOf(file) {
  const source = readFileSync(file, 'utf8');
  const mask = codeMask(source);
  const out = [];
  for (const [pattern, replacement, description] of OPERATORS) {
    for (const m of source.matchAll(pattern)) {
      if (!mask[m.index]) continue;
      const line = source.slice(0, m.index).split('\n').length;
      const text = source.split('\n')[line - 1];
      if (/^\s*(import|export \*|export type|type |interface )/.test(text)) continue;
      if (description === 'drop !' && source[m.index + 1] === '=') continue;
      out.push({ file, line, description, code: `${source.slice(0, m.index)}${replacement}${source.slice(m.index + m[0].length)}` });
    }
  }
  return out.slice(0, limit);
}

async function bundle(override) {
  const plugin = {
    name: 'mutant',
    setup(b) {
      b.onResolve({ filter: /^@open-wc\/testing$/ }, () => ({ path: `${work}/testing.mjs` }));
      if (override) b.onLoad({ filter: /\.ts$/ }, (args) => (args.path === resolve(override.file) ? { contents: override.code, loader: 'ts' } : undefined));
    },
  };
  await build({
    entryPoints: [`${work}/entry.ts`],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: `${work}/bundle.mjs`,
    plugins: [plugin],
    external: ['chai', 'node:*'],
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
    // .js imports of .ts sources, as in the repository
    resolveExtensions: ['.ts', '.js', '.mjs'],
  });
}

function runTests() {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--test', '--test-force-exit', '--test-reporter=dot', `${work}/bundle.mjs`], { stdio: ['ignore', 'pipe', 'pipe'], cwd: root });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      done({ passed: code === 0, timedOut: signal === 'SIGKILL', output });
    });
  });
}

const started = Date.now();
await bundle();
const baseline = await runTests();
if (!baseline.passed) {
  console.error(`The tests fail without any mutant; fix them first:\n${baseline.output.slice(-3000)}`);
  process.exit(1);
}
const results = [];
for (const file of files) {
  const mutants = mutantsOf(file);
  for (const mutant of mutants) {
    try {
      await bundle(mutant);
    } catch {
      results.push({ ...mutant, status: 'invalid' }); // does not compile: not counted
      continue;
    }
    const r = await runTests();
    results.push({ ...mutant, status: r.passed ? 'survived' : r.timedOut ? 'timeout' : 'killed' });
    process.stdout.write(r.passed ? 'S' : '.');
  }
}
process.stdout.write('\n');

const rows = files.map((file) => {
  const mine = results.filter((r) => r.file === file && r.status !== 'invalid');
  const killed = mine.filter((r) => r.status !== 'survived').length;
  return { file, mutants: mine.length, killed, survived: mine.length - killed, score: mine.length ? (100 * killed) / mine.length : 100 };
});
const all = results.filter((r) => r.status !== 'invalid');
const killedAll = all.filter((r) => r.status !== 'survived').length;
console.log(`\nMutation score — ${all.length} mutants over ${files.length} files, tests: ${tests.length} files under Node (${((Date.now() - started) / 1000).toFixed(0)} s)`);
console.log('| file | mutants | killed | survived | score |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.file} | ${r.mutants} | ${r.killed} | ${r.survived} | ${r.score.toFixed(1)}% |`);
console.log(`| **all** | ${all.length} | ${killedAll} | ${all.length - killedAll} | **${((100 * killedAll) / Math.max(1, all.length)).toFixed(1)}%** |`);
const survivors = results.filter((r) => r.status === 'survived');
if (survivors.length) {
  console.log('\nSurvivors (a test that fails on each would raise the score):');
  for (const s of survivors) console.log(`  ${s.file}:${s.line}  ${s.description}  — ${readFileSync(s.file, 'utf8').split('\n')[s.line - 1].trim().slice(0, 110)}`);
}
