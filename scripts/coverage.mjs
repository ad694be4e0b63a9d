// Coverage of everything `npm test` runs: the browser tests' V8 coverage (coverage/lcov.info, by
// web-test-runner) and the server processes' (coverage/server/lcov.info, by c8 from
// NODE_V8_COVERAGE). Every source file is listed — one that no test loads counts at 0% — and the
// totals must stay at or above the thresholds (today's figures, rounded down).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Per area (browser: every file of src/; server: server/ and the src/ code it runs), today's figures rounded down. */
export const THRESHOLDS = { browser: { lines: 96, branches: 86 }, server: { lines: 97, branches: 50 } };

function walk(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

function parseLcov(file) {
  const files = new Map();
  if (!existsSync(file)) return files;
  let current;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [tag, value] = [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)];
    if (tag === 'SF') files.set(value.replace(/^.*?\/(src|server)\//, '$1/'), (current = { lf: 0, lh: 0, brf: 0, brh: 0 }));
    else if (current && tag === 'LF') current.lf = Number(value);
    else if (current && tag === 'LH') current.lh = Number(value);
    else if (current && tag === 'BRF') current.brf = Number(value);
    else if (current && tag === 'BRH') current.brh = Number(value);
  }
  return files;
}

/** Lines that hold code (not blank, not only a comment): how an unloaded file is counted. */
function codeLines(file) {
  let inComment = false;
  let n = 0;
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim();
    if (inComment) {
      if (line.includes('*/')) inComment = false;
      continue;
    }
    if (!line || line.startsWith('//')) continue;
    if (line.startsWith('/*')) {
      inComment = !line.includes('*/');
      continue;
    }
    if (/^(import|export) (type )?\{?[^=]*\}? ?from /.test(line) || /^import ['"]/.test(line)) continue;
    n++;
  }
  return n;
}

function area(name, lcov, sources) {
  const files = parseLcov(lcov);
  const rows = [];
  for (const f of sources) {
    const c = files.get(f);
    rows.push(c ? { file: f, ...c } : { file: f, lf: codeLines(f), lh: 0, brf: 0, brh: 0, unloaded: true });
  }
  const sum = (k) => rows.reduce((n, r) => n + r[k], 0);
  const lines = (100 * sum('lh')) / Math.max(1, sum('lf'));
  // c8 gives branch data through the server bundle's source maps only for some files.
  const branches = sum('brf') ? (100 * sum('brh')) / sum('brf') : undefined;
  return { name, rows, lines, branches };
}

export function coverageReport() {
  // src/react/ (lead-kit/react: @lit/react wrappers and JSX types) runs in Chromium in a Vite-built
  // React app (test/package/consumer.test.mjs), outside web-test-runner's coverage: React ships
  // CommonJS only, which the test runner's dev server does not load.
  const browser = area('browser (src/)', 'coverage/lcov.info', walk('src').filter((f) => !f.startsWith('src/react/')));
  const serverFiles = parseLcov('coverage/server/lcov.info');
  const server = area('server (server/ and the src/ it runs)', 'coverage/server/lcov.info', [...new Set([...walk('server'), ...[...serverFiles.keys()].filter((f) => f.startsWith('src/'))])]);
  const out = [];
  let ok = true;
  for (const [a, t] of [[browser, THRESHOLDS.browser], [server, THRESHOLDS.server]]) {
    const pass = a.lines >= t.lines && (a.branches === undefined || t.branches === undefined || a.branches >= t.branches);
    ok &&= pass;
    const branches = a.branches === undefined ? 'branches n/a' : `branches ${a.branches.toFixed(2)}% (≥ ${t.branches})`;
    out.push(`${a.name}: lines ${a.lines.toFixed(2)}% (≥ ${t.lines}), ${branches} over ${a.rows.length} files${pass ? '' : '  ← BELOW THE THRESHOLD'}`);
    const weak = a.rows.filter((r) => r.unloaded || r.lh / Math.max(1, r.lf) < 0.6).sort((x, y) => x.lh / Math.max(1, x.lf) - y.lh / Math.max(1, y.lf));
    for (const r of weak) out.push(`  ${r.file}: ${((100 * r.lh) / Math.max(1, r.lf)).toFixed(0)}% of ${r.lf} lines${r.unloaded ? ' (no test loads it)' : ''}`);
  }
  return { ok, text: out.join('\n') };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { ok, text } = coverageReport();
  console.log(text);
  process.exit(ok ? 0 : 1);
}
