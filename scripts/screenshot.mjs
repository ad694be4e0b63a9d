// Screenshots, for looking at what we built.
//   node scripts/screenshot.mjs                  every widget for docs/screenshots/: 1280 and 390 px,
//                                                light and dark, English and Vietnamese, from the
//                                                built Storybook (npm run build-storybook first)
//   node scripts/screenshot.mjs --only <name>    those of one widget (a key of WIDGETS)
//   node scripts/screenshot.mjs <url> <out.png> [width]   one page
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, ensureChromium } from './chromium.mjs';
import { serveDir } from './static-server.mjs';

/** Widget → the story shown for it. */
const WIDGETS = {
  'lead-form': 'components-lead-form--default',
  'campaign-member-list': 'components-campaign-member-list--default',
  'campaign-member-import': 'components-campaign-member-list--csv-import',
  'campaign-member-add': 'components-campaign-member-list--add-members',
  'attendance-tracker': 'components-attendance-tracker--default',
  'lead-convert-wizard': 'components-lead-convert-wizard--review-step',
  'campaign-summary': 'components-campaign-summary--hierarchy',
  'campaign-summary-compare': 'components-campaign-summary--comparison',
  'campaign-opportunities': 'components-campaign-opportunities--default',
  'campaign-influence': 'components-campaign-influence--default',
  'lead-report': 'components-lead-report--default',
  'people-list': 'components-people-list--default',
  'campaign-editor': 'components-campaign-editor--default',
  'person-campaigns': 'components-person-campaigns--default',
  'theming-brand': 'theming-tokens--brand',
};

const args = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
const errors = [];
async function shoot(url, file, width, ready) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  page.on('pageerror', (e) => errors.push(`${file}: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`${file}: ${m.text()}`));
  await page.goto(url, { waitUntil: ready ? 'load' : 'networkidle' });
  if (ready) await page.waitForFunction(ready, null, { timeout: 60000 });
  await page.waitForTimeout(1200);
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
  await page.close();
}

if (args[0] && !args[0].startsWith('--')) {
  const [url, out, width = '1100'] = args;
  await shoot(url, out, Number(width));
} else {
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const { base, close } = await serveDir('storybook-static');
  const out = 'docs/screenshots';
  await mkdir(out, { recursive: true });
  for (const [name, id] of Object.entries(WIDGETS).filter(([n]) => !only || n === only)) {
    for (const width of [1280, 390]) {
      for (const theme of ['light', 'dark']) {
        for (const locale of ['en', 'vi']) {
          const url = `${base}/iframe.html?id=${id}&viewMode=story&globals=locale:${locale};theme:${theme}`;
          await shoot(url, join(out, `${name}-${width}-${theme}-${locale}.png`), width, () => document.querySelector('#storybook-root')?.children.length);
        }
      }
    }
  }
  close();
}
await browser.close();
if (errors.length) console.error('page errors:\n' + errors.join('\n'));
