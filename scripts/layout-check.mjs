// Layout check: opens every Storybook story (storybook-static, built by `npm run build-storybook`)
// and the demo page (npm start's, on Vite's dev server) at 1280 and 390 px in English, Vietnamese and Ukrainian, and finds
//  - clipped text: an element whose text overflows a box that hides it (overflow hidden/clip or
//    text-overflow ellipsis), or a select whose chosen option is wider than the select, unless it
//    carries a `title` with the full text (deliberate truncation with a tooltip);
//  - horizontal page overflow at 390 px;
//  - text under 11 px (SVG text at its rendered size);
//  - on the demo, light and dark: the page's colour scheme matches its theme, the two-column form
//    shows two columns at 1280 px, every "View all" leads to an element of the page.
//  - on stories named for a state, in English, that they show it (a Storybook state that lies
//    misleads every designer who judges the widgets by it): Loading → the busy indicator and no
//    error for 3 s; Error → the error pattern with "Try again"; Empty → the empty pattern;
//    Duplicate Warning → the duplicate message; Offline Pending → the waiting check-ins;
//    Suspected Spam → the held submissions (one more check per such story).
// Prints each problem, then "layout: N passed, N failed" (one check per story, width and locale).
// Usage: node scripts/layout-check.mjs [storybook-static] [--only <story id part> | --only demo]
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, ensureChromium } from './chromium.mjs';
import { serveDir } from './static-server.mjs';
import { createServer } from 'vite';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--only') ?? 'storybook-static';
const LOCALES = (process.env.LAYOUT_LOCALES ?? 'en,vi,uk').split(',');
const WIDTHS = [1280, 390];

const { base, close } = await serveDir(dir);
// The demo (npm start) too, on Vite's dev server: the page a newcomer opens first.
const demo = only && !'demo-dark'.includes(only) ? undefined : await createServer({ configFile: 'vite.config.ts', server: { port: 0, strictPort: false }, logLevel: 'error' });
await demo?.listen();
const demoBase = demo?.resolvedUrls?.local[0]?.replace(/\/$/, '');
const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));
// Stories tagged `heavy` fill 10k–100k records into IndexedDB on first open (minutes in the fresh
// browser each check gets); their layout is the one of the same element's other stories.
const all = Object.values(index.entries).filter((e) => e.type === 'story' && (!only || e.id.includes(only)));
const stories = all.filter((e) => only || !e.tags?.includes('heavy'));
for (const e of all.filter((x) => !stories.includes(x))) console.log(`- ${e.id}: skipped (heavy)`);

/** Runs in the page: the problems of what is on screen now. */
function problems(width) {
  const found = [];
  const describe = (el) => {
    const host = el.getRootNode()?.host;
    const text = (el.textContent ?? el.value ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    return `${host ? host.localName + ' ' : ''}${el.localName}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} "${text}"`;
  };
  const titled = (el) => {
    for (let n = el; n; n = n.parentElement ?? n.getRootNode()?.host) if (n.getAttribute?.('title')) return true;
    return false;
  };
  const canvas = document.createElement('canvas').getContext('2d');
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot);
      const rect = el.getBoundingClientRect();
      if (!rect.width || !rect.height) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || el.closest?.('.visually-hidden, .hp, [aria-hidden=true]')) continue;
      const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      if (ownText) {
        let size = parseFloat(style.fontSize);
        if (el instanceof SVGElement && el.getScreenCTM) size *= el.getScreenCTM().a;
        if (size < 11) found.push(`text under 11 px (${size.toFixed(1)} px): ${describe(el)}`);
      }
      const hides = /hidden|clip/.test(style.overflowX) || style.textOverflow === 'ellipsis';
      if (hides && el.scrollWidth > el.clientWidth + 1 && el.textContent.trim() && !titled(el) && el.localName !== 'select') found.push(`clipped: ${describe(el)}`);
      if (el.localName === 'select' && el.selectedOptions?.[0]) {
        canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const need = canvas.measureText(el.selectedOptions[0].text).width + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + 16;
        if (need > el.clientWidth + 1 && !titled(el)) found.push(`clipped select: ${describe(el.selectedOptions[0])} needs ${Math.ceil(need)} px, has ${el.clientWidth}`);
      }
    }
  };
  walk(document);
  if (width < 600 && document.documentElement.scrollWidth > window.innerWidth + 1) found.push(`page scrolls sideways: ${document.documentElement.scrollWidth} px wide at ${window.innerWidth}`);
  return found;
}

/** What a story named for a state must show: [id pattern, state]. */
const STATES = [
  [/--loading$/, 'loading'],
  [/--error$/, 'error'],
  [/--empty(-campaign)?$/, 'empty'],
  [/--duplicate-warning$/, 'duplicate'],
  [/--offline-pending$/, 'pending'],
  [/--suspected-spam$/, 'held'],
];

/** Runs in the page: why it does not show `state` (empty when it does). */
function stateProblems(state) {
  const all = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document.querySelector('#storybook-root') ?? document.body);
  const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const find = (selector) => all.filter((el) => el.matches(selector) && shown(el));
  const errors = find('.state-box.error, [role=alert]').filter((el) => el.textContent.trim());
  const found = [];
  if (state === 'loading') {
    if (!find('.state-box.loading, [aria-busy=true]').length) found.push('a Loading story shows no busy indicator');
    if (errors.length) found.push(`a Loading story shows an error: "${errors[0].textContent.trim().slice(0, 80)}"`);
  } else if (state === 'error') {
    const box = find('.state-box.error');
    if (!box.length) found.push('an Error story shows no error pattern (.state-box.error)');
    else if (!box.some((b) => b.querySelector('button'))) found.push('the error pattern has no "Try again"');
  } else if (state === 'empty') {
    if (!find('.state-box.empty').length) found.push('an Empty story shows no empty pattern (.state-box.empty)');
    if (errors.length) found.push(`an Empty story shows an error: "${errors[0].textContent.trim().slice(0, 80)}"`);
  } else if (state === 'duplicate') {
    if (!find('.toast.already').length) found.push('the Duplicate Warning story shows no duplicate message');
  } else if (state === 'pending') {
    if (!find('.pending .badge.warning').length) found.push('the Offline Pending story shows no waiting check-in');
  } else if (state === 'held') {
    if (!find('.held-table tbody tr, .held-cards li').length) found.push('the Suspected Spam story shows no held submission');
  }
  return found;
}

/** Runs in the demo page: what it promises besides layout (README: "npm start shows the working demo"). */
function demoProblems(width) {
  const found = [];
  const dark = document.documentElement.classList.contains('dark');
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  if (!scheme.includes(dark ? 'dark' : 'light')) found.push(`color-scheme "${scheme}" on a ${dark ? 'dark' : 'light'} page (native checkboxes and scrollbars)`);
  if (width >= 1000) {
    const form = document.querySelector('lead-form[layout=two-column]');
    const inputs = [...(form?.shadowRoot?.querySelectorAll('input, textarea') ?? [])].filter((i) => !i.closest('.hp') && i.getBoundingClientRect().width);
    const [a, b] = inputs.map((i) => i.getBoundingClientRect());
    if (!a || !b || Math.abs(a.top - b.top) > 1) found.push('the two-column form shows one column');
  }
  for (const list of document.querySelectorAll('campaign-member-list[view-all-href]')) {
    const href = list.getAttribute('view-all-href');
    if (href.startsWith('#') && !document.getElementById(href.slice(1))) found.push(`"View all" goes nowhere: ${href}`);
  }
  return found;
}

const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
const counts = { passed: 0, failed: 0 };
const queue = [
  ...stories.map((s) => ({ id: s.id, url: `${base}/iframe.html?id=${s.id}&viewMode=story`, root: '#storybook-root' })),
  ...(demoBase
    ? [
        { id: 'demo', url: `${demoBase}/?`, root: 'campaign-summary', demo: true },
        { id: 'demo-dark', url: `${demoBase}/?theme=dark&`, root: 'campaign-summary', demo: true },
      ]
    : []),
].flatMap((page) => LOCALES.map((locale) => ({ page, locale })));
async function worker() {
  const page = await browser.newPage({ viewport: { width: WIDTHS[0], height: 900 } });
  for (let job = queue.shift(); job; job = queue.shift()) {
    const { page: target, locale } = job;
    try {
      await page.setViewportSize({ width: WIDTHS[0], height: 900 });
      const url = target.demo ? `${target.url}locale=${locale}` : `${target.url}&globals=locale:${locale}`;
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(
        (root) => {
          const el = document.querySelector(root);
          return el && (el.children.length || el.shadowRoot?.querySelector('[part=figure]'));
        },
        target.root,
        { timeout: 90000 },
      );
      await page.waitForTimeout(target.demo ? 2500 : 700);
      const state = locale === 'en' && !target.demo ? STATES.find(([re]) => re.test(target.id))?.[1] : undefined;
      if (state) {
        // Loading must hold (a pending adapter never answers); the others may take a moment to arrive.
        let found = [];
        for (let tries = 0; tries < (state === 'loading' ? 1 : 10); tries++) {
          await page.waitForTimeout(state === 'loading' ? 3000 : 500);
          found = await page.evaluate(stateProblems, state);
          if (!found.length) break;
        }
        const name = `${target.id} shows its state (${state})`;
        if (found.length) {
          counts.failed++;
          console.log(`✖ ${name}\n${found.map((f) => `    ${f}`).join('\n')}`);
        } else counts.passed++;
      }
      for (const width of WIDTHS) {
        if (width !== WIDTHS[0]) {
          await page.setViewportSize({ width, height: 900 });
          await page.waitForTimeout(300);
        }
        const found = [...(await page.evaluate(problems, width)), ...(target.demo ? await page.evaluate(demoProblems, width) : [])];
        const name = `${target.id} ${width}px ${locale}`;
        if (found.length) {
          counts.failed++;
          console.log(`✖ ${name}\n${[...new Set(found)].slice(0, 12).map((f) => `    ${f}`).join('\n')}`);
        } else counts.passed++;
      }
    } catch (error) {
      counts.failed += WIDTHS.length;
      console.log(`✖ ${target.id} ${locale}: ${String(error.message).split('\n')[0]}`);
    }
  }
  await page.close();
}
await Promise.all(Array.from({ length: 3 }, worker));
await browser.close();
close();
await demo?.close();
console.log(`layout: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed ? 1 : 0);
