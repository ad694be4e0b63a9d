// The kit as a new user gets it: `npm pack`, unpacked into a scratch project (.consumer/, inside
// the repository so TypeScript, Vite, React and @lit-labs/ssr resolve from its node_modules, the
// kit only from the tarball), then strict TypeScript under `bundler` and `NodeNext`, a React 19
// TSX file, a Vite build of <lead-form> + RestAdapter (gzip size, ≤ 32 KB) and server-side
// rendering with @lit-labs/ssr.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { init as lexerReady, parse as parseModule } from 'es-module-lexer';

const root = process.cwd();
const dir = `${root}/.consumer`;
const kit = `${dir}/node_modules/lead-kit`;
let files = [];

const TAGS = {
  'lead-kit': 'LeadKit',
  'lead-form': 'LeadForm',
  'lead-convert-wizard': 'LeadConvertWizard',
  'campaign-summary': 'CampaignSummary',
  'campaign-opportunities': 'CampaignOpportunities',
  'campaign-influence': 'CampaignInfluence',
  'lead-report': 'LeadReport',
  'people-list': 'PeopleList',
  'campaign-editor': 'CampaignEditor',
  'person-campaigns': 'PersonCampaigns',
  'campaign-member-list': 'CampaignMemberList',
  'campaign-member-import': 'CampaignMemberImport',
  'campaign-member-add': 'CampaignMemberAdd',
  'attendance-tracker': 'AttendanceTracker',
};
/** A typed event of each element that fires one: the class `addEventListener` must give the listener (`<lead-report>` only reads). */
const EVENTS = {
  'lead-kit': ['lead-kit-adapter-change', 'LeadKitAdapterChangeEvent'],
  'lead-form': ['lead-submitted', 'LeadSubmittedEvent'],
  'lead-convert-wizard': ['lead-converted', 'LeadConvertedEvent'],
  'campaign-summary': ['campaign-costs-change', 'CampaignCostsChangeEvent'],
  'campaign-opportunities': ['opportunity-changed', 'OpportunityChangedEvent'],
  'campaign-influence': ['influence-model-change', 'InfluenceModelChangeEvent'],
  'campaign-editor': ['campaign-saved', 'CampaignSavedEvent'],
  'people-list': ['leads-classified', 'LeadsClassifiedEvent'],
  'person-campaigns': ['person-campaigns-changed', 'PersonCampaignsChangedEvent'],
  'campaign-member-list': ['member-status-changed', 'MemberStatusChangedEvent'],
  'campaign-member-import': ['members-imported', 'MembersImportedEvent'],
  'campaign-member-add': ['members-added', 'MembersAddedEvent'],
  'attendance-tracker': ['attendee-checked-in', 'AttendeeCheckedInEvent'],
};

function tsc(config) {
  writeFileSync(`${dir}/tsconfig.json`, JSON.stringify(config, null, 2));
  const r = spawnSync(`${root}/node_modules/.bin/tsc`, ['-p', `${dir}/tsconfig.json`], { encoding: 'utf8', cwd: dir });
  return `${r.stdout}${r.stderr}`.trim() || (r.status === 0 ? '' : `tsc exited ${r.status}`);
}

/** Builds `${name}.html` + its script with Vite into .consumer/<name>/ and serves it on loopback. */
async function servePage(name, body, script) {
  writeFileSync(`${dir}/${name}.js`, script);
  writeFileSync(`${dir}/${name}.html`, `<!doctype html><html lang="uk"><head><meta charset="utf-8"><script type="module" src="./${name}.js"></script></head><body>${body}</body></html>`);
  const { build } = await import('vite');
  await build({ root: dir, configFile: false, logLevel: 'silent', build: { outDir: `${dir}/${name}`, emptyOutDir: true, target: 'es2022', rollupOptions: { input: `${dir}/${name}.html` } } });
  const http = await import('node:http');
  const server = http.createServer((req, res) => {
    const file = req.url === '/' ? `/${name}.html` : req.url;
    try {
      const data = readFileSync(`${dir}/${name}${file}`);
      res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' }).end(data);
    } catch {
      res.writeHead(file === '/favicon.ico' ? 204 : 404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { chromium } = await import('playwright-core');
  const { chromiumArgs, ensureChromium } = await import(`${root}/scripts/chromium.mjs`);
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  return { page, errors, close: async () => (await browser.close(), server.close()) };
}

before(() => {
  execFileSync('npm', ['run', '-s', 'build'], { stdio: 'ignore' });
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(kit, { recursive: true });
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { encoding: 'utf8' }));
  files = packed.files.map((f) => f.path);
  execFileSync('tar', ['-xzf', `${dir}/${packed.filename}`, '-C', kit, '--strip-components=1']);
  writeFileSync(`${dir}/package.json`, JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('the tarball carries every entry with its types, the manifest and editor data, nothing internal', () => {
  for (const tag of Object.keys(TAGS)) {
    for (const kind of ['elements', 'define']) {
      assert.ok(files.includes(`dist/${kind}/${tag}.js`), `dist/${kind}/${tag}.js`);
      assert.ok(files.includes(`dist/types/${kind}/${tag}.d.ts`), `dist/types/${kind}/${tag}.d.ts`);
    }
  }
  for (const f of ['custom-elements.json', 'web-types.json', 'vscode.html-custom-data.json', 'LICENSE', 'README.md', 'CHANGELOG.md', 'dist/react.js', 'dist/types/react/index.d.ts']) assert.ok(files.includes(f), f);
  assert.ok(!files.some((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('server/')), 'no sources or tests');
  const pkg = JSON.parse(readFileSync(`${kit}/package.json`, 'utf8'));
  assert.ok(!Object.keys(pkg.exports).some((k) => k.includes('chunks')), 'chunks are not exported');
  const manifest = JSON.parse(readFileSync(`${kit}/custom-elements.json`, 'utf8'));
  const events = manifest.modules.flatMap((m) => (m.declarations ?? []).flatMap((d) => d.events ?? []));
  assert.ok(events.length >= 24 && events.every((e) => e.type?.text), 'every event in the manifest has a type');
});

test('strict TypeScript resolves every entry, under bundler and NodeNext', () => {
  const lines = [
    ...Object.entries(TAGS).map(([tag, cls]) => `import { ${[cls, ...(EVENTS[tag] ? [`type ${EVENTS[tag][1]}`] : [])].join(', ')} } from 'lead-kit/define/${tag}.js';`),
    `import { LeadForm as LeadFormClass } from 'lead-kit/elements/lead-form';`,
    `import { RestAdapter, ValidationError, type DataAdapter } from 'lead-kit/adapters/rest';`,
    `import { LocalAdapter, MemoryStore } from 'lead-kit/adapters/local';`,
    `import { SalesforceWebToLead } from 'lead-kit/adapters/connectors';`,
    `import { leadSchema, type Lead } from 'lead-kit/model';`,
    `import { registerStrings } from 'lead-kit/i18n';`,
    `import pkg from 'lead-kit/package.json' with { type: 'json' };`,
    `import manifest from 'lead-kit/custom-elements.json' with { type: 'json' };`,
    '',
    ...Object.entries(TAGS).flatMap(([tag, cls]) => [
      `const el_${cls}: ${cls} = document.createElement('${tag}');`,
      ...(EVENTS[tag] ? [`el_${cls}.addEventListener('${EVENTS[tag][0]}', (event) => { const typed: ${EVENTS[tag][1]} = event; void typed; });`] : []),
    ]),
    `const same: typeof LeadFormClass = LeadForm;`,
    `const adapters: DataAdapter[] = [new RestAdapter({ baseUrl: '/api' }), new LocalAdapter(new MemoryStore()), new SalesforceWebToLead({ oid: '00D000000000001' })];`,
    `const lead: Lead | undefined = leadSchema.safeParse({}).data;`,
    `registerStrings('pl', { 'form.submit': 'Wyślij' });`,
    `// @ts-expect-error: a key the kit does not have`,
    `registerStrings('pl', { 'form.nonsense': 'x' });`,
    `export const used = [same, adapters, lead, ValidationError, pkg.name, manifest.schemaVersion];`,
  ];
  writeFileSync(`${dir}/entries.ts`, lines.join('\n') + '\n');
  const base = { strict: true, noEmit: true, target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], types: [], skipLibCheck: false, resolveJsonModule: true, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true };
  assert.equal(tsc({ compilerOptions: { ...base, module: 'esnext', moduleResolution: 'bundler' }, files: ['entries.ts'] }), '', 'bundler');
  assert.equal(tsc({ compilerOptions: { ...base, module: 'nodenext', moduleResolution: 'nodenext' }, files: ['entries.ts'] }), '', 'NodeNext');
});

test('React 19: the wrappers with typed event props, and the plain tags in JSX', () => {
  writeFileSync(
    `${dir}/app.tsx`,
    `import { useRef } from 'react';
import { LeadForm, CampaignMemberList, CampaignSummary } from 'lead-kit/react';
import type { LeadSubmittedEvent, LeadForm as LeadFormElement } from 'lead-kit/elements/lead-form';
import type { MemberStatusChangedEvent } from 'lead-kit/elements/campaign-member-list';

export function Landing() {
  const form = useRef<LeadFormElement>(null);
  return (
    <main>
      <LeadForm ref={form} campaign="SPRING" onLeadSubmitted={(event) => { const e: LeadSubmittedEvent = event; console.log(e.detail.person); }} />
      <CampaignMemberList campaign="SPRING" onMemberStatusChanged={(event) => { const e: MemberStatusChangedEvent = event; void e; }} />
      <CampaignSummary campaign="SPRING" />
      <lead-form campaign="SPRING" layout="two-column" onlead-submitted={(event) => { const e: LeadSubmittedEvent = event; void e; }} />
      <campaign-summary compare="SPRING,AUTUMN" />
      {/* @ts-expect-error: not an attribute value of layout */}
      <lead-form layout="sideways" />
    </main>
  );
}
`,
  );
  const out = tsc({ compilerOptions: { strict: true, noEmit: true, target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], module: 'esnext', moduleResolution: 'bundler', jsx: 'react-jsx', types: ['react'], skipLibCheck: false }, files: ['app.tsx'] });
  assert.equal(out, '');
});

test('Vite: <lead-form> + RestAdapter from their own entries is small', async () => {
  writeFileSync(`${dir}/main.js`, `import 'lead-kit/define/lead-form.js';\nimport { RestAdapter, configureDefaultAdapter } from 'lead-kit/adapters/rest';\nconfigureDefaultAdapter({ adapter: new RestAdapter({ baseUrl: '/api' }) });\n`);
  writeFileSync(`${dir}/index.html`, `<!doctype html><lead-form campaign="A"></lead-form><script type="module" src="./main.js"></script>`);
  const { build } = await import('vite');
  await build({ root: dir, configFile: false, logLevel: 'silent', build: { outDir: `${dir}/out`, emptyOutDir: true, target: 'es2022' } });
  const js = readdirSync(`${dir}/out/assets`).filter((f) => f.endsWith('.js'));
  const eager = js.filter((f) => readFileSync(`${dir}/out/index.html`, 'utf8').includes(f));
  const size = (list) => list.reduce((n, f) => n + gzipSync(readFileSync(`${dir}/out/assets/${f}`)).length, 0);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`# <lead-form> + RestAdapter, Vite production build: ${kb(size(eager))} gzip loaded by the page; ${kb(size(js))} with the lazy chunks (${js.length} files)`);
  assert.ok(size(eager) <= 32 * 1024, `${kb(size(eager))} > 32 KB`);
});

test('CDN: dist/cdn/<tag>.js for every element, each one module with no bare import; lead-form.js ≤ 24 KB gzip before first render', async () => {
  await lexerReady;
  const cdn = `${kit}/dist/cdn`;
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  for (const tag of ['lead-form', 'lead-kit', 'campaign-member-list', 'campaign-member-import', 'campaign-member-add', 'attendance-tracker', 'lead-convert-wizard', 'campaign-summary', 'campaign-opportunities', 'campaign-influence', 'lead-report', 'people-list', 'campaign-editor', 'person-campaigns']) {
    const [imports] = parseModule(readFileSync(`${cdn}/${tag}.js`, 'utf8'));
    for (const { n: specifier, d: dynamic } of imports) {
      assert.ok(specifier?.startsWith('./chunks/'), `${tag}.js imports ${specifier}`);
      // The landing page's files are one module each (the bundler may still share a chunk or two
      // between the other elements' files and their on-demand code: same folder, no bare import).
      if (tag === 'lead-form' || tag === 'lead-kit') assert.ok(dynamic > -1, `${tag}.js imports ${specifier} before its first render (only on demand is allowed)`);
      assert.ok(readdirSync(`${cdn}/chunks`).includes(specifier.slice('./chunks/'.length)), `${tag}.js needs ${specifier}`);
    }
  }
  const form = gzipSync(readFileSync(`${cdn}/lead-form.js`), { level: 9 }).length;
  console.log(`# dist/cdn/lead-form.js: ${kb(form)} gzip before first render (the REST adapter and the schema check load after it)`);
  assert.ok(form <= 24 * 1024, `${kb(form)} > 24 KB`);
});

test('server-side rendering: <lead-form> and <campaign-summary> with @lit-labs/ssr, declarative shadow DOM', () => {
  writeFileSync(
    `${dir}/ssr.mjs`,
    `import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import 'lead-kit/define/lead-form.js';
import 'lead-kit/define/campaign-summary.js';
import { loadLocale } from 'lead-kit/i18n';
await loadLocale('uk');
const out = await collectResult(render(html\`<lead-form campaign="A" locale="uk"></lead-form><campaign-summary campaign="A"></campaign-summary>\`));
process.stdout.write(out);
`,
  );
  const r = spawnSync(process.execPath, ['ssr.mjs'], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const out = r.stdout;
  for (const tag of ['lead-form', 'campaign-summary']) {
    const at = out.indexOf(`<${tag} `);
    assert.ok(at >= 0, `<${tag}> rendered`);
    assert.match(out.slice(at, at + 400), /<template shadowroot="open" shadowrootmode="open">/, `<${tag}> has a declarative shadow root`);
  }
  assert.match(out, /<form[\s>]/, 'the form itself is rendered');
  assert.match(out, /type="email"/, 'with its email field');
  assert.match(out, /Надіслати|Електронна пошта/, 'in the language asked for');
});

test('server-rendered elements hydrate in the browser: no mismatch, no error, interactive', async () => {
  // Server: every element rendered to declarative shadow DOM (in Ukrainian).
  writeFileSync(
    `${dir}/ssr-all.mjs`,
    `import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { loadLocale } from 'lead-kit/i18n';
const tags = ${JSON.stringify(Object.keys(TAGS).filter((t) => t !== 'lead-kit'))};
for (const tag of tags) await import('lead-kit/define/' + tag + '.js');
await loadLocale('uk');
const body = await collectResult(render(html\`\${tags.map((t) => staticHtml\`<\${unsafeStatic(t)} campaign="A" locale="uk"></\${unsafeStatic(t)}>\`)}\`));
process.stdout.write(body);
`,
  );
  const r = spawnSync(process.execPath, ['ssr-all.mjs'], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  // Browser: Lit's hydration support first, then the kit's registrations.
  const { page, errors, close } = await servePage(
    'hydrate',
    r.stdout,
    `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\n${Object.keys(TAGS).map((t) => `import 'lead-kit/define/${t}.js';`).join('\n')}\nwindow.hydrated = true;\n`,
  );
  try {
    await page.waitForFunction(() => window.hydrated === true);
    const states = await page.evaluate(async () => {
      const out = [];
      for (const el of document.body.children) {
        await el.updateComplete;
        out.push({ tag: el.localName, defined: Boolean(customElements.get(el.localName)), updated: el.hasUpdated, text: (el.shadowRoot?.textContent ?? '').trim().length });
      }
      return out;
    });
    assert.equal(states.length, Object.keys(TAGS).length - 1);
    for (const s of states) assert.ok(s.defined && s.updated && s.text > 10, `<${s.tag}> hydrated: ${JSON.stringify(s)}`);
    // The hydrated form is live: submitting it empty shows its error summary, in Ukrainian.
    await page.locator('lead-form button[type="submit"]').click();
    await page.waitForFunction(() => document.querySelector('lead-form').shadowRoot.querySelector('[part="error-summary"]'));
    assert.match(await page.locator('lead-form [part="error-summary"]').innerText(), /[А-Яа-яІіЇїЄє]/);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('React 19 at run time: the wrapper sets properties and calls the typed event prop', async () => {
  const { page, errors, close } = await servePage(
    'react',
    '<div id="root"></div>',
    `import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { LeadForm } from 'lead-kit/react';
createRoot(document.getElementById('root')).render(
  h(LeadForm, { campaign: 'REACT', fields: 'email*', minFillSeconds: 0, locale: 'en', onLeadSubmitted: (event) => { window.submitted = event.detail; } }),
);
`,
  );
  try {
    await page.waitForFunction(() => document.querySelector('lead-form')?.shadowRoot?.querySelector('input[type="email"]'));
    assert.equal(await page.evaluate(() => document.querySelector('lead-form').minFillSeconds), 0, 'a property set by the wrapper');
    await page.locator('lead-form input[type="email"]').fill('react@example.com');
    await page.locator('lead-form button[type="submit"]').click();
    await page.waitForFunction(() => window.submitted);
    const detail = await page.evaluate(() => window.submitted);
    assert.equal(detail.campaignId, 'REACT');
    assert.equal(detail.matched, false);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
