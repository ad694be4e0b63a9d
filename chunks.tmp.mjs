// node chunks.tmp.mjs <url> <prefix> <width> [chunk]
import { chromium } from 'playwright-core';
import { chromiumArgs, ensureChromium } from './scripts/chromium.mjs';
const [url, prefix, width = '1280', chunk = '1300'] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
const p = await b.newPage({ viewport: { width: Number(width), height: 900 } });
p.on('pageerror', (e) => console.log('ERR', e.message));
p.on('console', (m) => m.type() === 'error' && console.log('CONSOLE', m.text()));
await p.goto(url, { waitUntil: 'networkidle' });
await p.waitForTimeout(1500);
const h = await p.evaluate(() => document.documentElement.scrollHeight);
const sw = await p.evaluate(() => document.documentElement.scrollWidth);
console.log('height', h, 'scrollWidth', sw);
for (let y = 0, i = 0; y < h; y += Number(chunk), i++) {
  await p.screenshot({ path: `${prefix}-${i}.png`, fullPage: true, clip: { x: 0, y, width: Number(width), height: Math.min(Number(chunk), h - y) } });
}
await b.close();
