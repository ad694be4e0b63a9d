import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/define/lead-kit.js';
import '../src/define/lead-form.js';
import '../src/define/campaign-member-list.js';
import '../src/define/campaign-summary.js';
import { tokens } from '../src/styles/tokens.js';
import { seededAdapter } from './support/adapters.js';

/**
 * Every `--lead-kit-*` token, read from the kit's own token sheet (so this page cannot miss
 * one): its default, and a live control. Set a value and the form, the related list and the
 * summary below follow; clear it and the default returns. README's Theming table lists the same.
 */
const TOKENS: { name: string; fallback: string }[] = [];
for (const m of tokens.cssText.matchAll(/var\(\s*(--lead-kit-[a-z-]+)\s*,\s*((?:[^()]|\((?:[^()]|\([^()]*\))*\))+)\)/g)) {
  if (!TOKENS.some((t) => t.name === m[1])) TOKENS.push({ name: m[1], fallback: m[2].replace(/\s+/g, ' ').trim() });
}
const EXTRA = [
  { name: '--lead-kit-density', fallback: 'comfortable' },
  { name: '--lead-kit-list-height', fallback: '28rem' },
  { name: '--lead-kit-form-max-width', fallback: '36rem' },
];
const ALL = [...TOKENS, ...EXTRA.filter((e) => !TOKENS.some((t) => t.name === e.name))];

type Args = Record<string, string>;

const meta: Meta<Args> = {
  title: 'Theming/Tokens',
  tags: ['!autodocs'],
  args: Object.fromEntries(ALL.map((t) => [t.name, ''])),
  argTypes: Object.fromEntries(
    ALL.map((t) => [
      t.name,
      {
        description: `Default: \`${t.fallback}\``,
        control: /-color-(?!scheme)/.test(t.name) ? { type: 'color' } : t.name === '--lead-kit-density' ? { type: 'select' } : { type: 'text' },
        ...(t.name === '--lead-kit-density' ? { options: ['', 'comfortable', 'compact'] } : {}),
        ...(t.name === '--lead-kit-color-scheme' ? { control: { type: 'select' }, options: ['', 'light dark', 'light', 'dark'] } : {}),
        table: { category: /-color-/.test(t.name) ? 'Colours' : /-card-/.test(t.name) ? 'Card' : 'Type, space and shape', defaultValue: { summary: t.fallback } },
      },
    ]),
  ),
  loaders: [async () => ({ adapter: await seededAdapter(40) })],
  render: (args, { loaded }) => {
    const set = Object.fromEntries(Object.entries(args).filter(([, v]) => v));
    // The density is read when an element connects: a new density renders them anew.
    return html`<lead-kit .adapter=${loaded.adapter}>
      ${keyed(
        set['--lead-kit-density'] ?? '',
        html`<div class="theming" style=${styleMap(set)}>
          <lead-form campaign="A" fields="firstName lastName email* company" min-fill-seconds="0"></lead-form>
          <campaign-member-list campaign="E" compact rows="4" columns="name,company,status" record-href="#/{type}/{id}"></campaign-member-list>
          <campaign-summary campaign="A"></campaign-summary>
        </div>`,
      )}
    </lead-kit>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The defaults (light, or dark with the Theme toolbar; `os` follows the OS setting). */
export const Tokens: Story = {};

/** A portal's brand: its colours, font and radius, compact density (a CRM page's related list). */
export const Brand: Story = {
  args: {
    '--lead-kit-color-accent': '#0b6e4f',
    '--lead-kit-color-on-accent': '#ffffff',
    '--lead-kit-color-text': '#10231c',
    '--lead-kit-color-border': '#c9d6cf',
    '--lead-kit-font-family': "Georgia, 'Times New Roman', serif",
    '--lead-kit-radius': '2px',
    '--lead-kit-card-shadow': '0 1px 2px rgb(16 35 28 / 0.12)',
    '--lead-kit-density': 'compact',
  },
};

/** Follows the OS: open it with the OS (or devtools) set to dark. */
export const FollowsTheOs: Story = { parameters: { theme: 'os' } };
