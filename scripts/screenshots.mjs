// Screenshots of each widget for docs/screenshots/: 1280 and 390 px, light and dark, English and
// Vietnamese, from the built Storybook (npm run build-storybook). Usage:
//   node scripts/screenshots.mjs [storybook-static] [docs/screenshots]
import { createServer } from 'node:http';
import { mkdir, readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, ensureChromium } from './chromium.mjs';

const [dir = 'storybook-static', out = 'docs/screenshots'] = process.argv.slice(2);
const WIDGETS = {
  'lead-form': 'components-lead-form--default',
  'campaign-member-list': 'components-campaign-member-list--default',
  'campaign-member-import': 'components-campaign-member-list--csv-import',
  'campaign-member-add': 'components-campaign-member-list--add-members',
  'attendance-tracker': 'components-attendance-tracker--default',
  'lead-convert-wizard': 'components-lead-convert-wizard--review-step',
  'campaign-summary': 'components-campaign-summary--hierarchy',
  'campaign-summary-compare': 'components-campaign-summary--comparison',
};
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  let body;
  try {
    body = await readFile(join(dir, path));
  } catch {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
await mkdir(out, { recursive: true });
const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
for (const [name, id] of Object.entries(WIDGETS)) {
  for (const width of [1280, 390]) {
    for (const theme of ['light', 'dark']) {
      for (const locale of ['en', 'vi']) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.goto(`${base}/iframe.html?id=${id}&viewMode=story&globals=locale:${locale};theme:${theme}`);
        await page.waitForFunction(() => document.querySelector('#storybook-root')?.children.length, null, { timeout: 60000 });
        await page.waitForTimeout(1200);
        const file = join(out, `${name}-${width}-${theme}-${locale}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
        await page.close();
      }
    }
  }
}
await browser.close();
server.close();
