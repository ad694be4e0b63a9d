import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { css, LitElement, type CSSResultGroup } from 'lit';
import { tokens } from '../../src/styles/tokens.js';
import { controls } from '../../src/styles/controls.js';
import { styles as formStyles } from '../../src/components/lead-form/lead-form.styles.js';
import { styles as listStyles } from '../../src/components/campaign-member-list/campaign-member-list.styles.js';
import { addStyles, importStyles } from '../../src/components/campaign-member-list/parts.styles.js';
import { styles as trackerStyles } from '../../src/components/attendance-tracker/attendance-tracker.styles.js';
import { styles as summaryStyles } from '../../src/components/campaign-summary/campaign-summary.styles.js';
import { styles as wizardStyles } from '../../src/components/lead-convert-wizard/lead-convert-wizard.styles.js';

/**
 * The design tokens: colours are written in one place (styles/tokens.ts), the dark theme sets
 * every one of them, each is documented, and the pairs people read keep their contrast in the
 * light defaults and in the dark theme.
 */

const tokenText = tokens.cssText;
/** The public colour properties the tokens read: `--lead-kit-color-*`. */
const colorProps = [...new Set([...tokenText.matchAll(/--lead-kit-color-[a-z-]+/g)].map((m) => m[0]))].filter((p) => p !== '--lead-kit-color-scheme');
const cssTextOf = (group: CSSResultGroup): string => (Array.isArray(group) ? group.map((g) => cssTextOf(g as CSSResultGroup)).join('\n') : (group as { cssText: string }).cssText);
const ELEMENT_STYLES: Record<string, CSSResultGroup> = { formStyles, listStyles, addStyles, importStyles, trackerStyles, summaryStyles, wizardStyles };

class TokenProbe extends LitElement {
  static override styles = [tokens, css`div { width: 1px; height: 1px; }`];
  override render() {
    return html`${['text', 'muted', 'surface', 'border', 'accent', 'on-accent', 'danger', 'on-danger', 'success', 'warning'].map((t) => html`<div data-token=${t} style="color: var(--_${t})"></div>`)}`;
  }
}
customElements.define('token-probe', TokenProbe);

function rgb(color: string): [number, number, number] {
  const [r, g, b] = color.match(/[\d.]+/g)!.map(Number);
  return [r, g, b];
}
function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(rgb(a)), luminance(rgb(b))].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}
async function colours(dark: boolean | string, style = ''): Promise<Record<string, string>> {
  const cls = typeof dark === 'string' ? dark : dark ? 'dark' : '';
  const wrapper = await fixture<HTMLElement>(html`<div class=${cls} style=${style}><token-probe></token-probe></div>`);
  const probe = wrapper.querySelector('token-probe')!;
  await (probe as TokenProbe).updateComplete;
  return Object.fromEntries([...probe.shadowRoot!.querySelectorAll<HTMLElement>('[data-token]')].map((d) => [d.dataset.token!, getComputedStyle(d).color]));
}

/** Pairs people read, and the WCAG contrast each needs (4.5 text, 3 large text and graphics). */
const PAIRS: [string, string, number][] = [
  ['text', 'surface', 4.5],
  ['muted', 'surface', 4.5],
  ['accent', 'surface', 4.5],
  ['on-accent', 'accent', 4.5],
  ['danger', 'surface', 4.5],
  ['on-danger', 'danger', 4.5],
  ['success', 'surface', 4.5],
  ['warning', 'surface', 4.5],
];

describe('design tokens', () => {
  let darkCss = '';
  before(async () => {
    darkCss = await (await fetch(new URL('../../src/styles/dark.css', import.meta.url))).text();
    const style = document.createElement('style');
    style.textContent = darkCss;
    document.head.append(style);
  });

  it('writes colours only in the tokens: no colour literal in any element style', () => {
    for (const [name, group] of Object.entries({ ...ELEMENT_STYLES, controls })) {
      const own = cssTextOf(group).replace(tokenText, '');
      expect(own.match(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/gi), name).to.equal(null);
    }
  });

  it('spaces with the scale: no length in any gap, padding or margin of an element style', () => {
    for (const [name, group] of Object.entries({ ...ELEMENT_STYLES, controls })) {
      const own = cssTextOf(group).replace(tokenText, '');
      const declarations = [...own.matchAll(/(?:^|[;{\s])((?:padding|margin|gap|row-gap|column-gap)[a-z-]*\s*:[^;}]*)/g)].map((m) => m[1]);
      expect(declarations.length, name).to.be.greaterThan(3);
      // A length inside calc() (a control's own size plus a step) is allowed; a bare rem/px step is not.
      const loose = declarations.filter((d) => /\d*\.?\d+(rem|px)\b/.test(d.replace(/calc\([^)]*\)/g, '')));
      expect(loose, name).to.deep.equal([]);
    }
  });

  it('every colour token has a light and a dark default', () => {
    expect(colorProps.length).to.be.greaterThan(8);
    for (const prop of colorProps) expect(tokenText, prop).to.match(new RegExp(`${prop}, light-dark\\(`));
    expect(darkCss).to.match(/\.dark\s*{[^}]*--lead-kit-color-scheme: dark/);
    expect(darkCss).to.match(/\.light\s*{[^}]*--lead-kit-color-scheme: light/);
  });

  it("README's Theming table lists every public token", async () => {
    const readme = await (await fetch(new URL('../../README.md', import.meta.url))).text();
    const theming = readme.slice(readme.indexOf('## Theming'));
    const publicProps = [...new Set([...tokenText.matchAll(/--lead-kit-[a-z-]+/g)].map((m) => m[0]))];
    for (const prop of publicProps) expect(theming, prop).to.include(`| \`${prop}\` |`);
  });

  describe('the colour scheme follows the OS (prefers-color-scheme) unless the page fixes it', () => {
    afterEach(() => emulateMedia({ colorScheme: 'light' }));

    it('OS dark: the dark defaults, with no class on the page; .light and --lead-kit-color-scheme: light keep it light', async () => {
      const light = await colours(false);
      const fixedDark = await colours(true);
      expect(fixedDark.surface).not.to.equal(light.surface);
      await emulateMedia({ colorScheme: 'dark' });
      expect(await colours(false), 'OS dark').to.deep.equal(fixedDark);
      expect(await colours('light'), '.light').to.deep.equal(light);
      expect(await colours(false, '--lead-kit-color-scheme: light'), 'the property').to.deep.equal(light);
      expect(await colours(false, '--lead-kit-color-scheme: dark'), 'dark, by the property').to.deep.equal(fixedDark);
    });

    it('OS light: the light defaults; .dark makes them dark; a brand colour wins in both', async () => {
      await emulateMedia({ colorScheme: 'light' });
      const light = await colours(false);
      expect(light.surface).to.equal('rgb(255, 255, 255)');
      expect((await colours('dark')).surface).to.equal('rgb(27, 31, 41)');
      expect((await colours('dark', '--lead-kit-color-accent: rgb(200, 0, 90)')).accent).to.equal('rgb(200, 0, 90)');
    });

    it('a widget follows the OS switching while it is on screen', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><token-probe></token-probe></div>`);
      const probe = wrapper.querySelector('token-probe')!;
      await (probe as TokenProbe).updateComplete;
      const surface = () => getComputedStyle(probe.shadowRoot!.querySelector<HTMLElement>('[data-token=surface]')!).color;
      expect(surface()).to.equal('rgb(255, 255, 255)');
      await emulateMedia({ colorScheme: 'dark' });
      expect(surface()).to.equal('rgb(27, 31, 41)');
    });
  });

  it('documents every public token on every element that honours it (custom-elements.json)', async () => {
    const manifest = await (await fetch(new URL('../../custom-elements.json', import.meta.url))).json();
    const publicProps = [...new Set([...tokenText.matchAll(/--lead-kit-[a-z-]+/g)].map((m) => m[0]))];
    expect(publicProps).to.include.members(['--lead-kit-space', '--lead-kit-radius', '--lead-kit-shadow-raised', '--lead-kit-color-scheme', '--lead-kit-font-family', ...colorProps]);
    // Every element but the provider (no look of its own) reads the tokens.
    const elements = manifest.modules.flatMap((m: { declarations?: { tagName?: string; cssProperties?: { name: string }[] }[] }) => m.declarations ?? []).filter((d: { tagName?: string }) => d.tagName && d.tagName !== 'lead-kit' && d.tagName !== 'lead-field' && d.tagName !== 'lead-form-step');
    expect(elements.length).to.be.at.least(7);
    for (const d of elements) {
      const documented = new Set((d.cssProperties ?? []).map((p: { name: string }) => p.name));
      for (const prop of publicProps) expect(documented.has(prop), `${prop} documented on <${d.tagName}> (@cssprop)`).to.equal(true);
    }
  });

  for (const dark of [false, true]) {
    it(`keeps readable contrast in the ${dark ? 'dark theme' : 'light defaults'}`, async () => {
      const c = await colours(dark);
      for (const [fg, bg, min] of PAIRS) expect(contrast(c[fg], c[bg]), `${fg} on ${bg} (${c[fg]} on ${c[bg]})`).to.be.at.least(min);
    });
  }
});
