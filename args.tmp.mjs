import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const q of ['args=layout:two-column;submit-label:Join+now', 'args=locale:vi']) {
  await page.goto(`http://127.0.0.1:8811/iframe.html?id=components-lead-form--default&viewMode=story&${q}`);
  await page.waitForTimeout(2500);
  console.log(q, await page.evaluate(() => { const f = document.querySelector('lead-form'); return { layout: f?.layout, submitLabel: f?.submitLabel, locale: f?.locale, lang: document.documentElement.lang }; }));
}
await browser.close();
