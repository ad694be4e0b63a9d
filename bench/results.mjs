// The bench's results as data: every figure with its baseline from the same run, its ratio, its
// target and whether it met it. `npm run bench` writes .bench/results.json after every run; a
// full run (no BENCH_ONLY, the default sizes) also writes bench/results.json and README's table
// between `<!-- bench:begin -->` and `<!-- bench:end -->`, so README's figures always come from
// one run of the code. `node bench/results.mjs` regenerates README's table from bench/results.json.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';

/**
 * A target: `{ ratio: 'max' | 'min', value }` compares kit ÷ baseline; `{ kit: 'max' | 'min',
 * value }` compares the kit's figure alone (in its unit).
 */
export function createResults(meta) {
  const results = { date: new Date().toISOString(), machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`, node: process.version, ...meta, figures: [] };
  return {
    results,
    /** Records one figure; returns whether it met its target (undefined: no target). */
    figure(id, what, { kit, baseline, baselineWhat, unit = 'ms', target, note }) {
      const ratio = typeof kit === 'number' && typeof baseline === 'number' && baseline > 0 ? kit / baseline : undefined;
      let pass;
      if (target) {
        const value = target.ratio ? ratio : kit;
        const bound = target.ratio ?? target.kit;
        pass = typeof value === 'number' ? (bound === 'max' ? value <= target.value : value >= target.value) : false;
      }
      results.figures.push({ id, what, kit, unit, ...(baseline !== undefined ? { baseline, baselineWhat } : {}), ...(ratio !== undefined ? { ratio } : {}), ...(target ? { target, pass } : {}), ...(note ? { note } : {}) });
      return pass;
    },
  };
}

const num = (x, unit) => {
  if (typeof x !== 'number') return String(x ?? '');
  const digits = unit === 's' || unit === 'KB' || Math.abs(x) < 10 ? 1 : 0;
  return `${x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })}${unit === 'ms' ? ' ms' : unit === 's' ? ' s' : unit === 'KB' ? ' KB' : unit ? ` ${unit}` : ''}`;
};
const targetText = (t, unit) => (!t ? '' : `${t.ratio ? 'ratio' : 'kit'} ${t.ratio === 'max' || t.kit === 'max' ? '≤' : '≥'} ${t.ratio ? `${t.value}x` : num(t.value, unit)}`);

/** README's table from a results object. */
export function readmeTable(results) {
  const lines = [
    `One full \`npm run bench\` of this code, ${results.date.slice(0, 10)}: Chromium ${results.chromium}, ${results.rows.toLocaleString('en-US')} rows, ${results.machine}, Node ${results.node} (generated from [bench/results.json](bench/results.json)).`,
    '',
    '| what | kit | baseline in the same run | kit ÷ baseline | target | met |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const f of results.figures) {
    const baseline = f.baseline !== undefined ? `${f.baselineWhat}: ${num(f.baseline, f.unit)}` : '';
    lines.push(`| ${f.what}${f.note ? ` (${f.note})` : ''} | ${num(f.kit, f.unit)} | ${baseline} | ${f.ratio === undefined ? '' : f.ratio < 0.01 ? '< 0.01x' : `${f.ratio.toFixed(2)}x`} | ${targetText(f.target, f.unit)} | ${f.pass === undefined ? '' : f.pass ? 'yes' : '**no**'} |`);
  }
  return lines.join('\n');
}

/** Writes the results: always .bench/results.json; a full run also bench/results.json and README's table. */
export function saveResults(results, { full }) {
  mkdirSync('.bench', { recursive: true });
  writeFileSync('.bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  if (!full) return;
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  writeReadme(results);
}

export function writeReadme(results) {
  const readme = readFileSync('README.md', 'utf8');
  const begin = '<!-- bench:begin -->';
  const end = '<!-- bench:end -->';
  const i = readme.indexOf(begin);
  const j = readme.indexOf(end);
  if (i < 0 || j < i) throw new Error('README.md has no bench:begin / bench:end markers');
  writeFileSync('README.md', `${readme.slice(0, i + begin.length)}\n${readmeTable(results)}\n${readme.slice(j)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) writeReadme(JSON.parse(readFileSync('bench/results.json', 'utf8')));
