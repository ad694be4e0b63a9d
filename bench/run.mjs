// `npm run bench`: builds bench/ for production, serves it on loopback, drives headless
// Chromium and prints tables. Every figure is compared with a baseline from the same run.
// Options: BENCH_ROWS (default 100000), BENCH_RUNS (default 30), BENCH_BATCH (import batch rows), BENCH_LIST_RUNS (default 11), BENCH_ONLY=size|list|records|attendance|server, BENCH_ATTENDEES (default 10000), BENCH_SERVER_SECONDS (60), BENCH_SERVER_CLIENTS (32), BENCH_DEALS (influence report opportunities in the browser, default 10000), BENCH_SERVER_DEALS (on the server, default 1000).
import { cpSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumArgs, ensureChromium } from '../scripts/chromium.mjs';
import { createResults, saveResults } from './results.mjs';

const N = Number(process.env.BENCH_ROWS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const BATCH = process.env.BENCH_BATCH ? Number(process.env.BENCH_BATCH) : undefined;

const ONLY = process.env.BENCH_ONLY; // 'size', 'list', 'attendance' or 'server': only that part
await build({ root: 'bench', logLevel: 'warn', build: { outDir: '../.bench/dist', emptyOutDir: true, target: 'es2022' } });

// Minified bundles of what a page loads for one element, and a Lit baseline. Dynamic imports
// (the IndexedDB adapter, non-English catalogs) become separate files loaded on first use.
const bundles = { 'lead-form': 'bench/size/lead-form-entry.ts', 'lit-hello': 'bench/size/lit-hello-entry.ts' };
const sizes = {};
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
mkdirSync('.bench/dist/size', { recursive: true });
for (const [name, entry] of Object.entries(bundles)) {
  const outDir = `.bench/dist/size/${name}`;
  await build({
    configFile: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify: true, target: 'es2022', lib: { entry, formats: ['es'], fileName: () => `${name}.js` } },
  });
  // Before first render: the entry and every file it imports statically (recursively);
  // files reached only through import() load later.
  const staticImports = (file) => [...readFileSync(`${outDir}/${file}`, 'utf8').matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)].map((m) => m[1]);
  const upfront = new Set([`${name}.js`]);
  for (const file of upfront) staticImports(file).forEach((f) => upfront.add(f));
  const all = readdirSync(outDir).filter((f) => f.endsWith('.js'));
  const label = (f) => f.replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, '');
  sizes[name] = {
    min: [...upfront].reduce((n, f) => n + readFileSync(`${outDir}/${f}`).length, 0),
    gzip: [...upfront].reduce((n, f) => n + gz(`${outDir}/${f}`), 0),
    files: [...upfront].map(label).join(' + '),
    lazy: all.filter((f) => !upfront.has(f)).map((f) => ({ file: label(f), gzip: gz(`${outDir}/${f}`) })),
  };
}
cpSync('bench/size/first-render.html', '.bench/dist/size/first-render.html');
// The CDN files a marketer pastes (dist/cdn/<tag>.js, built as `npm run build` builds them):
// the file itself is all a page loads before first render; the REST adapter's chunk follows on
// the first submission (or when idle, with a change feed).
const { buildCdn } = await import('../scripts/build-cdn.mjs');
await buildCdn('.bench/cdn');
// Served with the bench page, so first render can be timed on the file a landing page pastes.
cpSync('.bench/cdn', '.bench/dist/size/cdn', { recursive: true });
// The REST adapter's chunk as lead-form.js imports it, with the chunks that one imports statically.
const chunkOf = (file, pattern) => [...readFileSync(file, 'utf8').matchAll(/["']\.\/chunks\/([^"']+\.js)["']/g)].map((m) => m[1]).find((f) => pattern.test(f));
const restChunk = chunkOf('.bench/cdn/lead-form.js', /^rest-adapter-/);
const withStatic = (first) => {
  const files = new Set([first]);
  for (const f of files) for (const m of readFileSync(`.bench/cdn/chunks/${f}`, 'utf8').matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) files.add(m[1]);
  return [...files].reduce((n, f) => n + gz(`.bench/cdn/chunks/${f}`), 0);
};
const stepsChunk = chunkOf('.bench/cdn/lead-form.js', /^form-steps-/);
const profilingChunk = chunkOf('.bench/cdn/lead-form.js', /^profiling-/);
const cdn = {
  form: gz('.bench/cdn/lead-form.js'),
  formMin: readFileSync('.bench/cdn/lead-form.js').length,
  rest: restChunk ? withStatic(restChunk) : undefined,
  steps: stepsChunk ? withStatic(stepsChunk) : undefined,
  profiling: profilingChunk ? withStatic(profilingChunk) : undefined,
};
const server = await preview({ root: 'bench', build: { outDir: '../.bench/dist' }, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
const url = server.resolvedUrls.local[0];
// --expose-gc: each measurement starts on a collected heap (bench/watch.ts), so the garbage of the
// one before (200,000 raw records) is not collected inside the next and billed to it.
let browser, page;
async function openBench() {
  browser = await chromium.launch({ executablePath: ensureChromium(), args: [...chromiumArgs, '--js-flags=--expose-gc'] });
  page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(url);
  await page.waitForFunction(() => document.title === 'ready');
}
/**
 * A part that does not read an earlier part's database starts in a new browser (a new profile):
 * the browser goes on compacting and deleting the 100,000-row databases of the parts before it
 * long after they ended (a check-in measured 11 ms after them, 6–7 ms on its own).
 */
async function freshBrowser() {
  await browser.close();
  await openBench();
}
await openBench();
const call = (name, params) => page.evaluate(([n, p]) => window.leadKitBench[n](p), [name, params]);

const fmt = (x, d = 1) => (typeof x === 'number' ? x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }) : String(x));
function table(title, head, rows) {
  const all = [head, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? fmt(c) : c)))];
  const widths = head.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
  console.log(`\n${title}`);
  all.forEach((r, j) => {
    console.log('| ' + r.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |');
    if (j === 0) console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  });
}

const { results, figure } = createResults({ chromium: browser.version(), rows: N, runs: RUNS });
/** A full run (every part, the default sizes): its results become README's table. */
const FULL = !ONLY && N === 100_000 && RUNS === 30 && !BATCH && !process.env.BENCH_LIST_RUNS && !process.env.BENCH_ATTENDEES && !process.env.BENCH_SERVER_SECONDS && !process.env.BENCH_SERVER_CLIENTS && !process.env.BENCH_PEOPLE && !process.env.BENCH_QUICK && !process.env.BENCH_DEALS && !process.env.BENCH_SERVER_DEALS;
console.log(`Lead Kit benchmarks — Chromium ${browser.version()}, ${N.toLocaleString('en-US')} rows, medians of ${RUNS} runs`);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
if (!ONLY || ONLY === 'size') {
table(
  'What a landing page downloads before first render (minified; gzip level 9)',
  ['bundle', 'min', 'min+gzip'],
  [
    [`<lead-form> (${sizes['lead-form'].files}: element, Lit, English; the schema check loads after first render)`, kb(sizes['lead-form'].min), kb(sizes['lead-form'].gzip)],
    ['CDN: dist/cdn/lead-form.js (one file: the element, Lit, English; the schema check and destinations load after first render)', kb(cdn.formMin), kb(cdn.form)],
    ['CDN: dist/cdn/lead-form.js + the REST adapter chunk (a page with server and key, once it submits)', '', cdn.rest === undefined ? 'no rest-adapter chunk' : kb(cdn.form + cdn.rest)],
    ['CDN: + the steps chunk (only a form with <lead-form-step>s loads it, after first render)', '', cdn.steps === undefined ? 'no form-steps chunk (loaded up front?)' : `+${kb(cdn.steps)}`],
    ['CDN: + the progressive profiling chunk (only a form with queued questions loads it, after first render)', '', cdn.profiling === undefined ? 'no profiling chunk (loaded up front?)' : `+${kb(cdn.profiling)}`],
    ['baseline: a minimal Lit element', kb(sizes['lit-hello'].min), kb(sizes['lit-hello'].gzip)],
  ],
);
console.log(`CDN lead-form.js before first render: ${kb(cdn.form)} gzip (goal 24 KB; ${cdn.form <= 24 * 1024 ? 'met' : 'not met'})`);
figure('cdn-size', '`<lead-form>` downloaded before first render (`dist/cdn/lead-form.js`, min+gzip)', { kit: cdn.form / 1024, unit: 'KB', baseline: sizes['lit-hello'].gzip / 1024, baselineWhat: 'a minimal Lit element', target: { kit: 'max', value: 24 } });
table(
  '<lead-form>: loaded later (IndexedDB adapter on first data access, a catalog for a non-English page)',
  ['file', 'min+gzip'],
  sizes['lead-form'].lazy.map((l) => [l.file, kb(l.gzip)]),
);
}
if (!ONLY) {

// The three pages take turns, run by run: a host that slows down during the part slows all
// three alike, and the ratio compares runs made under the same conditions.
async function firstRenders(pages) {
  const times = pages.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    for (const [k, [file, tag]] of pages.entries()) {
      const context = await browser.newContext();
      const p = await context.newPage();
      await p.goto(`${url}size/first-render.html?bundle=${file}&tag=${tag}`);
      times[k].push(await p.waitForFunction(() => window.firstRenderMs).then((h) => h.jsonValue()));
      await context.close();
    }
  }
  return times.map((t) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)]);
}
const [cdnFirst, formFirst, litFirst] = await firstRenders([
  ['cdn/lead-form', 'lead-form'],
  ['lead-form/lead-form', 'lead-form'],
  ['lit-hello/lit-hello', 'hello-lit'],
]);
table(
  'From module load to first render (fresh page each run, loopback server)',
  ['element', 'median (ms)'],
  [
    ['<lead-form campaign="A"> from dist/cdn/lead-form.js (the one file a landing page pastes)', cdnFirst],
    ['<lead-form campaign="A"> from the package entries bundled by Vite (5 files: the chunks its lazy parts share are split out)', formFirst],
    ['baseline: minimal Lit element (one file)', litFirst],
  ],
);
figure('first-render', '`<lead-form>` module load to first render, `dist/cdn/lead-form.js`', { kit: cdnFirst, baseline: litFirst, baselineWhat: 'a minimal Lit element', target: { ratio: 'max', value: 1.3 } });
figure('first-render-entries', '`<lead-form>` module load to first render, the package entries bundled by Vite (5 files)', { kit: formFirst, baseline: litFirst, baselineWhat: 'a minimal Lit element' });

const raw = await call('importRaw', { n: N });
const kit = await call('importAdapter', { n: N, batch: BATCH });
table(
  `Import ${N.toLocaleString('en-US')} leads into one campaign (leads + memberships, same schema and indexes)`,
  ['how', 'time (s)', 'rows/s', 'longest task (ms)', 'longest frame gap (ms)'],
  [
    ['raw IndexedDB: put all records in one transaction', raw.ms / 1000, raw.rowsPerSec, raw.longestTaskMs, raw.longestFrameGapMs],
    ['LocalAdapter.importLeads (validate, match by email, batches)', kit.ms / 1000, kit.rowsPerSec, kit.longestTaskMs, kit.longestFrameGapMs],
  ],
);
console.log(`adapter / raw throughput: ${fmt(kit.rowsPerSec / raw.rowsPerSec, 2)}x  (created ${kit.created}, members ${kit.members}, errors ${kit.errors})`);
figure('import-throughput', `import ${N.toLocaleString('en-US')} leads into one campaign (\`importLeads\`)`, { kit: kit.rowsPerSec, unit: 'rows/s', baseline: raw.rowsPerSec, baselineWhat: 'raw `put` in one transaction', target: { ratio: 'min', value: 0.9 } });
figure('import-longest-task', 'import: longest main-thread task', { kit: kit.longestTaskMs, baseline: raw.longestTaskMs, baselineWhat: 'raw `put` (page blocked)', target: { kit: 'max', value: 50 } });

const pages = await call('paging', { runs: RUNS });
table(
  `Fetch a 50-row page of members sorted by last name (campaign of ${pages.total.toLocaleString('en-US')})`,
  ['position', 'median (ms)'],
  [
    ['start (pageMembers)', pages.start],
    ['middle (pageMembers, keyset cursor)', pages.middle],
    ['end (pageMembers, keyset cursor)', pages.end],
    ['jump to the middle (pageMembers, offset, no cursor)', pages.jumpMiddle],
    ['jump to the end (pageMembers, offset, no cursor)', pages.jumpEnd],
    ['baseline: raw index getAll(50) at the start', pages.rawStart],
  ],
);

figure('page-start', '50-row member page sorted by name, from the start', { kit: pages.start, baseline: pages.rawStart, baselineWhat: 'raw index `getAll(50)`' });
figure('page-jump-end', '50-row page, jump to the end by offset (no cursor)', { kit: pages.jumpEnd, baseline: pages.rawStart, baselineWhat: 'raw index `getAll(50)`', target: { ratio: 'max', value: 2 } });

const counts = await call('counts', { runs: RUNS });
table(
  `Member counts by status (campaign of ${counts.total.toLocaleString('en-US')})`,
  ['how', 'median (ms)'],
  [
    ['countMembers (maintained aggregate, one read)', counts.aggregateMs],
    ['baseline: raw IDBIndex.count of one status', counts.indexCountMs],
  ],
);

figure('counts', 'member counts by status (maintained aggregate)', { kit: counts.aggregateMs, baseline: counts.indexCountMs, baselineWhat: 'raw `IDBIndex.count` of one status' });

const sum = await call('summary', { runs: RUNS });
table(
  `Campaign summary of a ${sum.members.toLocaleString('en-US')}-member campaign (all figures, IndexedDB adapter)`,
  ['how', 'median (ms)'],
  [
    ['campaignResults + campaignFigures (maintained counts + opportunity totals)', sum.summaryMs],
    ['<campaign-summary> mount to its funnel painted (figures, funnel, responses since launch)', sum.viewMs],
    ['baseline: raw IDBIndex.count of the campaign (one figure only)', sum.rawCountMs],
  ],
);
figure('summary', '`<campaign-summary>` figures of a campaign of ' + sum.members.toLocaleString('en-US'), { kit: sum.summaryMs, baseline: sum.rawCountMs, baselineWhat: 'raw `IDBIndex.count` of the campaign' });
figure('summary-view', '`<campaign-summary>` of a campaign of ' + sum.members.toLocaleString('en-US') + ': mount to its funnel painted', { kit: sum.viewMs, baseline: sum.rawCountMs, baselineWhat: 'raw `IDBIndex.count` of the campaign', target: { kit: 'max', value: 50 } });

const lr = await call('leadReport', { runs: RUNS });
table(
  `Lead report of a workspace of ${lr.leads.toLocaleString('en-US')} leads (IndexedDB adapter)`,
  ['how', 'median (ms)'],
  [
    ['<lead-report> mount to its figures painted (one counter: sources, ratings, statuses, weeks, months)', lr.viewMs],
    ['baseline: raw IDBObjectStore.count of the people (one figure only)', lr.rawCountMs],
  ],
);
const pl = await call('peopleList', { runs: RUNS });
table(
  `<people-list> of a workspace of ${pl.people.toLocaleString('en-US')} people (IndexedDB adapter; first page of 50)`,
  ['how', 'median (ms)', 'people read per mount'],
  [
    ['sorted by rating: mount to first rows painted (people+rating index)', pl.byRating.ms, pl.byRating.readPerMount],
    ['sorted by created, newest first (people+created index)', pl.byCreated.ms, pl.byCreated.readPerMount],
    ['filtered on two fields: lead source = import and email contains "bench77" (~1 %), by name', pl.filtered.ms, pl.filtered.readPerMount],
    ['baseline: raw IDBObjectStore.getAll(50) of the people', pl.rawMs, 50],
  ],
);
figure('people-list-rating', `\`<people-list>\` of ${pl.people.toLocaleString('en-US')} people sorted by rating: first rows painted`, { kit: pl.byRating.ms, baseline: pl.rawMs, baselineWhat: 'raw `getAll(50)` of the people', target: { kit: 'max', value: 50 } });
figure('people-list-created', `\`<people-list>\` of ${pl.people.toLocaleString('en-US')} people sorted by created: first rows painted`, { kit: pl.byCreated.ms, baseline: pl.rawMs, baselineWhat: 'raw `getAll(50)` of the people', target: { kit: 'max', value: 50 } });
figure('people-list-filter', `\`<people-list>\` of ${pl.people.toLocaleString('en-US')} people filtered on two fields (~1 % match): first rows painted`, { kit: pl.filtered.ms, baseline: pl.rawMs, baselineWhat: 'raw `getAll(50)` of the people' });
figure('lead-report-view', `\`<lead-report>\` of a workspace of ${lr.leads.toLocaleString('en-US')} leads: mount to its figures painted`, { kit: lr.viewMs, baseline: lr.rawCountMs, baselineWhat: 'raw `IDBObjectStore.count` of the people', target: { kit: 'max', value: 50 } });

}
if (!ONLY || ONLY === 'list') {
const listSizes = [...new Set([1_000, 10_000, N].filter((n) => n <= N))];
const LIST_RUNS = Number(process.env.BENCH_LIST_RUNS ?? 11);
const lists = await call('listRender', { sizes: listSizes, runs: LIST_RUNS });
table(
  `<campaign-member-list> vs @vaadin/grid ${'24'} on the same members sorted by name (IndexedDB; 1100x480 px; medians of ${LIST_RUNS})`,
  ['members', 'kit: first rows (ms)', 'kit: jump to middle (ms)', 'kit: 1st jump of run 1 (ms)', 'vaadin items[]: first (ms)', 'vaadin items[]: jump (ms)', 'vaadin dataProvider: first (ms)', 'vaadin dataProvider: jump (ms)'],
  lists.map((l) => [l.n.toLocaleString('en-US'), l.kit.first, l.kit.jump, l.kitColdJump, l.vaadinItems.first, l.vaadinItems.jump, l.vaadinProvider.first, l.vaadinProvider.jump]),
);
console.log('kit: the first page of a list records every 1,000th position of its sort index in the background (POSITION_STEP, positions.ts); "1st jump of run 1" jumps right after the first paint, before that may be done.');
console.log('vaadin items[]: every member read into memory first (not timed: ' + lists.map((l) => `${l.n.toLocaleString('en-US')}: ${fmt(l.loadAllMs, 0)} ms`).join(', ') + '); dataProvider: pages of 50 by offset from the same adapter.');
const big = lists.find((l) => l.n === N);
if (big) {
  const n = N.toLocaleString('en-US');
  figure('list-first-items', `\`<campaign-member-list>\` ${n} members: first rows painted`, { kit: big.kit.first, baseline: big.vaadinItems.first, baselineWhat: '`@vaadin/grid` items[]', target: { ratio: 'max', value: 0.6 } });
  figure('list-first-provider', `\`<campaign-member-list>\` ${n} members: first rows painted`, { kit: big.kit.first, baseline: big.vaadinProvider.first, baselineWhat: '`@vaadin/grid` dataProvider', target: { ratio: 'max', value: 0.6 } });
  figure('list-jump-items', `\`<campaign-member-list>\` ${n} members: jump to the middle repainted`, { kit: big.kit.jump, baseline: big.vaadinItems.jump, baselineWhat: '`@vaadin/grid` items[]', target: { ratio: 'max', value: 1 } });
  figure('list-jump-provider', `\`<campaign-member-list>\` ${n} members: jump to the middle repainted`, { kit: big.kit.jump, baseline: big.vaadinProvider.jump, baselineWhat: '`@vaadin/grid` dataProvider', target: { ratio: 'max', value: 1 } });
}
for (const l of lists) console.log(`${l.n.toLocaleString('en-US')} members: kit / vaadin items[] first rows ${fmt(l.kit.first / l.vaadinItems.first, 2)}x, jump ${fmt(l.kit.jump / l.vaadinItems.jump, 2)}x; kit / vaadin dataProvider first ${fmt(l.kit.first / l.vaadinProvider.first, 2)}x, jump ${fmt(l.kit.jump / l.vaadinProvider.jump, 2)}x`);

}
if (!ONLY) {
// Its own database in a new browser: after the list part's 100,000-member databases, the
// in-memory profile refused the CSV import's writes (quota) once in four full runs.
await freshBrowser();
const csv = await call('csvImport', { n: N });
table(
  `CSV import of ${N.toLocaleString('en-US')} rows (${(csv.bytes / 1024 / 1024).toFixed(1)} MB UTF-8 with BOM) into a campaign`,
  ['how', 'time (s)', 'rows/s'],
  [
    ['parsing alone (decode, d3-dsv, header matching, rows to leads)', csv.parseMs / 1000, (csv.n / csv.parseMs) * 1000],
    ['parse + importLeads (validate, match by email, write)', csv.totalMs / 1000, (csv.n / csv.totalMs) * 1000],
  ],
);
console.log(`import / parse-only throughput: ${fmt(csv.parseMs / csv.totalMs, 3)}x (created ${csv.created}, errors ${csv.errors})`);
figure('csv-import', `CSV import of ${N.toLocaleString('en-US')} rows (parse + \`importLeads\`)`, { kit: (csv.n / csv.totalMs) * 1000, unit: 'rows/s', baseline: (csv.n / csv.parseMs) * 1000, baselineWhat: 'parsing alone' });
}

if (!ONLY || ONLY === 'records') {
  if (!ONLY) await freshBrowser();
  const QUICK = Number(process.env.BENCH_QUICK ?? 5_000);
  const q = await call('quickCampaign', { n: QUICK });
  table(
    `Quick campaign: ${QUICK.toLocaleString('en-US')} selected people become one campaign's members (IndexedDB)`,
    ['how', 'time (ms)', 'longest task (ms)', 'longest frame gap (ms)'],
    [
      ['createQuickCampaign (validate, read the people, chunks of 500 with progress)', q.kitMs, q.kit_longestTaskMs, q.kit_longestFrameGapMs],
      [`baseline: raw IndexedDB, the same ${QUICK.toLocaleString('en-US')} member records put in one transaction`, q.rawMs, q.raw_longestTaskMs, q.raw_longestFrameGapMs],
    ],
  );
  console.log(`quick campaign members: ${q.members.toLocaleString('en-US')}; kit / raw time ${fmt(q.kitMs / q.rawMs, 2)}x (longest task: 0 = none of 50 ms or more)`);
  figure('quick-campaign', `quick campaign of ${QUICK.toLocaleString('en-US')} selected people`, { kit: q.kitMs, baseline: q.rawMs, baselineWhat: 'raw `put` of the member records in one transaction', note: `longest task ${fmt(q.kit_longestTaskMs, 0)} ms` });
  const h = await call('personHistory', { campaigns: 200, runs: RUNS });
  table(
    `A person's campaign history: ${h.found} memberships among ${h.total.toLocaleString('en-US')} members (IndexedDB; target < 20 ms)`,
    ['how', 'median (ms)'],
    [
      ['listPersonCampaigns (the person\'s index, then their campaigns)', h.kitMs],
      ['baseline: raw IDBIndex(leadId).getAll of the memberships alone', h.rawIndexMs],
      ['baseline: raw getAll of every member, filtered (what a scan would cost)', h.rawScanMs],
    ],
  );
  console.log(`person history: ${h.kitMs < 20 ? 'under' : 'OVER'} 20 ms`);
  figure('person-history', `a person's campaign history (${h.found} memberships among ${h.total.toLocaleString('en-US')} members)`, { kit: h.kitMs, baseline: h.rawIndexMs, baselineWhat: 'raw `IDBIndex(leadId).getAll`', target: { kit: 'max', value: 20 } });
  const DEALS = Number(process.env.BENCH_DEALS ?? Math.min(10_000, N));
  const inf = await call('influence', { deals: DEALS, runs: Math.min(RUNS, 10) });
  table(
    `<campaign-influence>: ${inf.deals.toLocaleString('en-US')} opportunities touched by 1–4 of 50 campaigns, two currencies (IndexedDB; target < 50 ms)`,
    ['how', 'median (ms)'],
    [
      ['influenceReport (every model, per currency)', inf.reportMs],
      ['<campaign-influence> mount to its rows painted', inf.renderMs],
      ['baseline: raw getAll of the opportunities store', inf.rawMs],
    ],
  );
  figure('influence-render', `\`<campaign-influence>\` of ${inf.deals.toLocaleString('en-US')} opportunities: mount to rows painted`, { kit: inf.renderMs, baseline: inf.rawMs, baselineWhat: 'raw `getAll` of the opportunities', target: { kit: 'max', value: 50 } });
}

if (!ONLY || ONLY === 'attendance') {
  if (!ONLY) await freshBrowser();
  const ATT = Number(process.env.BENCH_ATTENDEES ?? 10_000);
  const att = await call('attendance', { n: ATT, runs: 5 });
  table(
    `<attendance-tracker>: ${att.n.toLocaleString('en-US')} attendees on IndexedDB (door list read in ${fmt(att.loadMs, 0)} ms)`,
    ['what', 'median (ms)', 'p95 (ms)'],
    [
      [`search to rendered results, per keystroke (${att.keystrokes} keystrokes; target < 16 ms)`, att.keystrokeMedian, att.keystrokeP95],
      ['baseline: adapter.pageMembers({ search, limit: 8 }) per keystroke (IndexedDB scan)', att.adapterSearchMedian, att.adapterSearchP95],
      ['check-in round trip (click to attendee-checked-in, IndexedDB adapter)', att.checkInMedian, ''],
      ['of which the adapter: LocalAdapter.checkIn called directly (no element, no outbox)', att.adapterCheckInMedian, ''],
      ['baseline: one raw IndexedDB put of a member in its own transaction', att.rawPutMedian, ''],
    ],
  );
  figure('tracker-keystroke-p95', `\`<attendance-tracker>\` ${att.n.toLocaleString('en-US')} attendees: search per keystroke, p95`, { kit: att.keystrokeP95, baseline: att.adapterSearchP95, baselineWhat: 'adapter search per keystroke, p95', target: { kit: 'max', value: 8 } });
  figure('check-in', 'check-in round trip (click to `attendee-checked-in`, IndexedDB)', { kit: att.checkInMedian, baseline: att.rawPutMedian, baselineWhat: 'one raw `put`', target: { kit: 'max', value: 10 } });
}

await browser.close();
await new Promise((r) => server.httpServer.close(r));

if (!ONLY || ONLY === 'server') {
  const { serverLoad } = await import('./server-load.mjs');
  const l = await serverLoad();
  table(
    `Reference server: lead submissions under a bounded loopback load (${l.clients} clients, ${l.seconds} s after ${l.warmUp} s of warm-up not counted, PostgreSQL with fsync on; targets ≥ 0.4x the baseline, p99 ≤ 30 ms, first and last 10 s within 15 %)`,
    ['how', 'accepted/s', 'first 10 s /s', 'last 10 s /s', 'accepted', 'errors', 'p50 (ms)', 'p99 (ms)', 'rows stored'],
    [
      ['POST /submissions (validate, match by email, lead + membership + counters; 2 round trips after the rate limit, grouped under load)', l.kit.perSecond, l.kit.first, l.kit.last, String(l.kit.accepted), String(l.kit.errors), l.kit.p50, l.kit.p99, `${l.leads} leads, ${l.members} counted / ${l.memberRows} member rows`],
      ['baseline: bare handler, one INSERT per request', l.baseline.perSecond, l.baseline.first, l.baseline.last, String(l.baseline.accepted), String(l.baseline.errors), l.baseline.p50, l.baseline.p99, String(l.rawRows)],
    ],
  );
  const flat = Math.abs(l.kit.last - l.kit.first) / l.kit.first;
  console.log(`nothing lost: ${l.leads === l.kit.accepted && l.members === l.kit.accepted && l.memberRows === l.kit.accepted ? 'yes' : 'NO'} (accepted ${l.kit.accepted}, leads ${l.leads}, members ${l.memberRows}); kit / baseline throughput ${fmt(l.kit.perSecond / l.baseline.perSecond, 2)}x; last vs first 10 s ${fmt(flat * 100, 1)}% apart (target within 15%)`);
  table(
    `People search at ${l.search.count.toLocaleString('en')} people (HTTP round trip on loopback, ${l.search.searches} searches of 15 terms; target < 20 ms)`,
    ['how', 'median (ms)', 'p95 (ms)'],
    [
      ['GET /people?search= (every word, accent- and case-insensitive substring of name, email, company; trigram index)', l.search.kit.median, l.search.kit.p95],
      ['baseline: bare handler, indexed lower(name) LIKE prefix query', l.search.bare.median, l.search.bare.p95],
      [`member list search on a ${l.search.count.toLocaleString('en')}-member campaign: first 50 by name (${l.search.memberSearch.searches} searches, common to no match)`, l.search.memberSearch.median, l.search.memberSearch.p95],
      [`GET /results/influence: every model over ${l.influence.deals} deals touching ${l.influence.campaigns} campaign rows (the campaigns' counters)`, l.influence.median, l.influence.p95],
      [`GET /campaigns/:id/results: a ${l.search.count.toLocaleString('en')}-member campaign's results (its counters and deal totals)`, l.search.campaignResults.median, l.search.campaignResults.p95],
      [`GET /results/leads: the lead report of ${l.search.count.toLocaleString('en')}+ leads (one counter)`, l.search.leadReport.median, l.search.leadReport.p95],
      ['baseline: a bare GROUP BY source, status, rating over the leads (the query a report without the counter runs), p95', '', l.search.leadReport.grouped],
      [`POST /people/query: the people list's first 50 at ${l.search.count.toLocaleString('en')} people, by rating, by created, and rating = hot and source = event (${l.search.peopleList.queries} queries)`, l.search.peopleList.median, l.search.peopleList.p95],
      ['baseline: a bare indexed SELECT of the 50 newest leads, p95', '', l.search.peopleList.bare],
    ],
  );
  figure('server-throughput', `server: \`POST /submissions\`, ${l.clients} clients for ${l.seconds} s, fsync on (0 errors: ${l.kit.errors === 0 ? 'yes' : 'no'}; rows = accepted: ${l.leads === l.kit.accepted ? 'yes' : 'no'})`, { kit: l.kit.perSecond, unit: '/s', baseline: l.baseline.perSecond, baselineWhat: 'bare one-INSERT handler', target: { ratio: 'min', value: 0.4 } });
  figure('server-p99', 'server: submission latency p99', { kit: l.kit.p99, baseline: l.baseline.p99, baselineWhat: 'bare handler p99', target: { kit: 'max', value: 30 } });
  figure('server-steady', 'server: last vs first 10 s of the run, apart by', { kit: flat * 100, unit: '%', target: { kit: 'max', value: 15 } });
  figure('people-search', `server: people search at ${l.search.count.toLocaleString('en-US')} people, p95`, { kit: l.search.kit.p95, baseline: l.search.bare.p95, baselineWhat: 'bare indexed prefix query, p95', target: { kit: 'max', value: 20 } });
  figure('member-search', `server: a ${l.search.count.toLocaleString('en-US')}-member campaign's list searched (first 50), p95`, { kit: l.search.memberSearch.p95, baseline: l.search.bare.p95, baselineWhat: 'bare indexed prefix query, p95', target: { kit: 'max', value: 20 } });
  figure('campaign-results-server', `server: a ${l.search.count.toLocaleString('en-US')}-member campaign's results, p95`, { kit: l.search.campaignResults.p95, baseline: l.search.bare.p95, baselineWhat: 'bare indexed prefix query, p95', target: { kit: 'max', value: 20 } });
  figure('lead-report-server', `server: the lead report at ${l.search.count.toLocaleString('en-US')}+ leads, p95`, { kit: l.search.leadReport.p95, baseline: l.search.leadReport.grouped, baselineWhat: 'a bare GROUP BY over the leads, p95', target: { kit: 'max', value: 20 } });
  figure('people-list-server', `server: the people list at ${l.search.count.toLocaleString('en-US')} people (sorted, filtered on two fields), p95`, { kit: l.search.peopleList.p95, baseline: l.search.peopleList.bare, baselineWhat: 'bare indexed SELECT of 50 leads, p95', target: { kit: 'max', value: 20 } });
  figure('influence-server', `server: the influence report (every model, ${l.influence.deals} deals), p95`, { kit: l.influence.p95, baseline: l.search.bare.p95, baselineWhat: 'bare indexed prefix query, p95', target: { kit: 'max', value: 20 } });
  console.log(`search query alone (EXPLAIN ANALYZE, two words): ${fmt(l.search.plan, 2)} ms; the 15 terms found ${l.search.found} people in all; slowest terms (median ms): ${l.search.slowest.map(([t, ms]) => `"${t}" ${fmt(ms, 1)}`).join(', ')}`);
}

saveResults(results, { full: FULL });
const missed = results.figures.filter((f) => f.pass === false);
console.log(`\n${results.figures.length} figures written to .bench/results.json${FULL ? ', bench/results.json and README' : ''}; targets missed: ${missed.length ? missed.map((f) => f.id).join(', ') : 'none'}`);
