import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/lead-kit.js';
import '../src/internal/adapter-inspector.js';
import { LocalAdapter, MemoryStore } from '../src/index.js';
import { failingAdapter, pendingAdapter, seededAdapter } from './support/adapters.js';
import { withArgs } from './support/element.js';

/**
 * `<lead-kit>` supplies one data adapter to every widget inside it. The widget shown here is
 * the kit's internal adapter inspector: it names the adapter it receives and lists each
 * campaign's maintained member counts, in the four states every data-driven widget has.
 */
const meta: Meta = {
  title: 'Provider/lead-kit',
  component: 'lead-kit',
  loaders: [async () => ({ adapter: await seededAdapter() })],
  // Every control lands on the provider (withArgs); the adapter comes from the story's loader.
  render: (args, { loaded }) => {
    const kit = withArgs('lead-kit', { ...args, adapter: loaded.adapter });
    kit.append(document.createElement('lead-kit-adapter-inspector'));
    return kit;
  },
};
export default meta;

type Story = StoryObj;

/** A provider with an in-memory adapter seeded with the demo campaigns. */
export const Default: Story = {};

/** No provider: widgets fall back to the page-wide default, IndexedDB in this browser. */
export const PageDefault: Story = {
  render: () => html`<lead-kit-adapter-inspector></lead-kit-adapter-inspector>`,
};

/** The adapter has no campaigns yet. */
export const Empty: Story = {
  loaders: [async () => ({ adapter: new LocalAdapter(new MemoryStore()) })],
};

/** The adapter has not answered yet. */
export const Loading: Story = {
  loaders: [async () => ({ adapter: pendingAdapter() })],
};

/** The adapter cannot be reached: a localized message and a retry. */
export const Error: Story = {
  loaders: [async () => ({ adapter: failingAdapter() })],
};

/** Every built-in string in Ukrainian (the locale follows the nearest `lang`). */
export const Ukrainian: Story = { args: { locale: 'uk' } };
export const Russian: Story = { args: { locale: 'ru' } };
export const French: Story = { args: { locale: 'fr' } };
export const Vietnamese: Story = { args: { locale: 'vi' } };
export const Romanian: Story = { args: { locale: 'ro' } };

/** Dark page: the kit reads `--lead-kit-*` custom properties the page sets. */
export const Dark: Story = { parameters: { theme: 'dark' } };
