// Screenshots for looking at what we built: node scripts/screenshot.mjs <url> <out.png> [width]
import { chromium } from 'playwright-core';
import { chromiumArgs, ensureChromium } from './chromium.mjs';

const [url, out, width = '1100'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(1500);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
if (errors.length) console.error('page errors:\n' + errors.join('\n'));
console.log(out);
