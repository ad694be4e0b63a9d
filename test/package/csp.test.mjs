// Every element on a page served with a strict Content-Security-Policy — no inline script or
// style, Trusted Types required for script sinks — in real headless Chromium: zero violations,
// and each element laid out and working (the member list's rows apart, the summary's bars drawn,
// a lead submitted).
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { chromiumArgs, ensureChromium } from '../../scripts/chromium.mjs';

const CSP = "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const dir = `${process.cwd()}/.csp`;
let server;
let browser;
let url;

before(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { build } = await import('vite');
  await build({
    configFile: false,
    logLevel: 'silent',
    build: { outDir: dir, emptyOutDir: false, target: 'es2022', minify: false, lib: { entry: 'test/package/csp-page.ts', formats: ['es'], fileName: () => 'page.js' }, rollupOptions: { output: { inlineDynamicImports: true } } },
  });
  writeFileSync(
    `${dir}/index.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lead Kit under a strict CSP</title><script type="module" src="/page.js"></script></head>
<body><lead-kit>
  <lead-form campaign="A"></lead-form>
  <campaign-member-list campaign="E"></campaign-member-list>
  <campaign-member-import campaign="A"></campaign-member-import>
  <campaign-member-add campaign="A"></campaign-member-add>
  <attendance-tracker campaign="E"></attendance-tracker>
  <lead-convert-wizard></lead-convert-wizard>
  <campaign-summary campaign="E"></campaign-summary>
</lead-kit></body></html>`,
  );
  server = http.createServer((req, res) => {
    if (req.url === '/favicon.ico') return void res.writeHead(204).end();
    const file = req.url === '/' ? 'index.html' : req.url.slice(1).split('?')[0];
    try {
      const body = readFileSync(`${dir}/${file}`);
      res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8', 'content-security-policy': CSP }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
});

/** Polls `fn` in the page until it returns true (page.waitForFunction evaluates strings, which the CSP forbids). */
async function until(page, fn, arg, ms = 15000) {
  const end = Date.now() + ms;
  while (!(await page.evaluate(fn, arg))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${fn}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

test(`every element under "${CSP}": no violation, laid out, working`, async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const response = await page.goto(url);
  assert.equal(response.headers()['content-security-policy'], CSP);
  await until(page, () => window.ready === true);
  // The member list's rows (each at its own height) and the summary's figures.
  await until(page, () => document.querySelector('campaign-member-list')?.shadowRoot?.querySelectorAll('[role="row"]').length > 5);
  const rows = await page.evaluate(() => [...document.querySelector('campaign-member-list').shadowRoot.querySelectorAll('[role="row"]')].map((r) => Math.round(r.getBoundingClientRect().top)));
  assert.equal(new Set(rows).size, rows.length, `member rows overlap: ${rows}`);
  await until(page, () => (document.querySelector('campaign-summary')?.shadowRoot?.textContent ?? '').includes('Kyiv'));
  const bars = await page.evaluate(() => [...document.querySelector('campaign-summary').shadowRoot.querySelectorAll('[part~="bar"], .bar, [class*="bar-fill"], .fill')].map((b) => b.getBoundingClientRect().width));
  assert.ok(bars.some((w) => w > 4), `the summary's bars have widths: ${bars}`);
  for (const tag of ['lead-form', 'campaign-member-import', 'campaign-member-add', 'attendance-tracker', 'lead-convert-wizard']) {
    const size = await page.evaluate((t) => {
      const el = document.querySelector(t);
      const box = el.getBoundingClientRect();
      return { h: box.height, text: (el.shadowRoot?.textContent ?? '').trim().length };
    }, tag);
    assert.ok(size.h > 20 && size.text > 10, `<${tag}> rendered: ${JSON.stringify(size)}`);
  }
  // Every element's strings are there (not their keys: a bundler that dropped a module).
  const keys = await page.evaluate(() => [...document.querySelectorAll('lead-kit > *')].map((el) => [el.localName, (el.shadowRoot?.textContent ?? '').match(/\b[a-z]+\.[a-z][a-zA-Z]+\.?[a-zA-Z]*\b/g)?.filter((k) => !k.includes('example')) ?? []]));
  for (const [tag, found] of keys) assert.deepEqual(found, [], `<${tag}> shows message keys`);
  // A lead submitted through the form.
  const form = page.locator('lead-form');
  await form.locator('input[type="email"]').fill('csp@example.com');
  await form.locator('input').first().fill('Olena');
  await page.waitForTimeout(3100); // the form's minimum fill time (a bot check)
  await form.locator('button[type="submit"]').click();
  await until(page, () => Boolean(window.submitted));
  const violations = await page.evaluate(() => window.cspViolations);
  assert.deepEqual(violations, [], 'no CSP violation');
  assert.deepEqual(errors, [], 'no error in the console');
  await page.close();
});
