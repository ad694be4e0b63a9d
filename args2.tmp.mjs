import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 200)));
await page.goto(`http://127.0.0.1:8811/iframe.html?id=components-lead-form--default&viewMode=story&args=layout:two-column;locale:vi`);
await page.waitForTimeout(3000);
console.log(await page.evaluate(() => { const p = window.__STORYBOOK_PREVIEW__; const r = p.currentRender; const s = r?.story; return JSON.stringify({ argTypesLayout: s?.argTypes?.layout, argTypesLocale: s?.argTypes?.locale, args: p.storyStoreValue?.args?.argsByStoryId?.[s?.id], initial: s?.initialArgs }, null, 1).slice(0, 2500); }));
await browser.close();
