import { readFileSync, readdirSync } from 'node:fs';
for (const f of readdirSync('/tmp/prof')) {
  const p = JSON.parse(readFileSync(`/tmp/prof/${f}`));
  const dt = p.timeDeltas; const total = dt.reduce((a, b) => a + b, 0);
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map(); for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map(); const incl = new Map();
  p.samples.forEach((id, i) => { self.set(id, (self.get(id) ?? 0) + dt[i]); });
  // inclusive by function name
  const inc = new Map();
  for (const [id, t] of self) { const seen = new Set(); let cur = id; while (cur !== undefined) { const n = byId.get(cur); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-1)[0]}:${n.callFrame.lineNumber}`; if (!seen.has(k)) { seen.add(k); inc.set(k, (inc.get(k) ?? 0) + t); } cur = parent.get(cur); } }
  console.log('total', (total/1000).toFixed(0), 'ms');
  [...inc].sort((a, b) => b[1] - a[1]).slice(0, 45).forEach(([k, t]) => console.log((t / total * 100).toFixed(1).padStart(5), k));
}
