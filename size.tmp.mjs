import { build } from 'vite';
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
const dir = process.cwd() + '/.sizecheck';
mkdirSync(dir, { recursive: true });
writeFileSync(`${dir}/package.json`, '{"type":"module"}');
writeFileSync(`${dir}/main.js`, process.env.MAIN ?? `import 'lead-kit/define/lead-form.js';\nimport { RestAdapter } from 'lead-kit/adapters/rest';\nwindow.x = RestAdapter;\n`);
writeFileSync(`${dir}/index.html`, `<!doctype html><script type="module" src="./main.js"></script>`);
await build({ root: dir, configFile: false, logLevel: 'silent', build: { outDir: `${dir}/out`, emptyOutDir: true, target: 'es2022', sourcemap: true } });
const html = readFileSync(`${dir}/out/index.html`, 'utf8');
for (const f of readdirSync(`${dir}/out/assets`).filter((f) => f.endsWith('.js'))) {
  const code = readFileSync(`${dir}/out/assets/${f}`, 'utf8');
  console.log(html.includes(f) ? 'EAGER' : 'lazy ', f, (gzipSync(code).length / 1024).toFixed(1), 'KB gz');
  if (!html.includes(f)) continue;
  const map = JSON.parse(readFileSync(`${dir}/out/assets/${f}.map`, 'utf8'));
  // approximate: attribute generated chars by source via mappings segments
  const by = new Map(); const lines = code.split('\n'); const segs = map.mappings.split(';');
  let src = 0;
  segs.forEach((line, li) => { let col = 0; const parts = line.split(',').filter(Boolean); let prevCol = 0; const dec = [];
    for (const p of parts) { const v = []; let shift = 0, val = 0; for (const ch of p) { let d = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.indexOf(ch); val += (d & 31) << shift; if (d & 32) shift += 5; else { v.push(val & 1 ? -(val >> 1) : val >> 1); val = 0; shift = 0; } }
      col += v[0]; if (v.length > 1) src += v[1]; dec.push([col, src]); }
    for (let i = 0; i < dec.length; i++) { const end = i + 1 < dec.length ? dec[i + 1][0] : (lines[li] ?? '').length; const s = map.sources[dec[i][1]]; by.set(s, (by.get(s) ?? 0) + end - dec[i][0]); } });
  [...by].sort((a, b) => b[1] - a[1]).slice(0, 25).forEach(([s, n]) => console.log('   ', (n / 1024).toFixed(1).padStart(6), 'KB min', s.replace(/.*node_modules\//, 'nm/')));
}
