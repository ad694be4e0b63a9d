import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withArgs } from './support/element.js';
import '../src/define/lead-kit.js';
import '../src/define/campaign-opportunities.js';
import '../src/define/campaign-summary.js';
import { LocalAdapter, MemoryStore, type DataAdapter } from '../src/index.js';
import { seedDemoData } from '../src/internal/demo-data.js';
import { seedDemoResults } from '../src/internal/demo-results.js';
import { failingAdapter, pendingAdapter } from './support/adapters.js';

interface Args {
  campaign: string;
  readonly: boolean;
  locale?: string;
}

/** The demo data with its deals (the spring program's campaigns have opportunities). */
async function withDeals(): Promise<DataAdapter> {
  const adapter = new LocalAdapter(new MemoryStore());
  await seedDemoData(adapter, { registrants: 40, audience: 60 });
  await seedDemoResults(adapter);
  return adapter;
}

/**
 * The deals credited to a campaign (its primary campaign source): amount, stage and close date
 * edited in place, version-checked. Set one to Closed won and the summary beside it follows.
 */
const meta: Meta<Args> = {
  title: 'Components/campaign-opportunities',
  component: 'campaign-opportunities',
  args: { campaign: 'A', readonly: false },
  loaders: [async () => ({ adapter: await withDeals() })],
  render: (args, { loaded }) => html`<lead-kit .adapter=${loaded.adapter}>${withArgs('campaign-opportunities', args)}</lead-kit>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
/** Beside the campaign's summary: closing a deal moves its won value and ROI at once. */
export const WithSummary: Story = {
  render: (args, { loaded }) => html`<lead-kit .adapter=${loaded.adapter}>
    <div style="display: grid; gap: 1rem">
      ${withArgs('campaign-opportunities', args)}
      <campaign-summary campaign=${args.campaign} locale=${args.locale ?? ''}></campaign-summary>
    </div>
  </lead-kit>`,
};
export const ReadOnly: Story = { args: { readonly: true } };
/** A campaign no deal names as its source yet. */
export const Empty: Story = { args: { campaign: 'W' } };
/** Waiting for the adapter: the busy indicator, announced as loading. */
export const Loading: Story = { loaders: [async () => ({ adapter: pendingAdapter() })] };
export const Error: Story = { loaders: [async () => ({ adapter: failingAdapter() })] };
export const Ukrainian: Story = { args: { locale: 'uk' } };
export const Vietnamese: Story = { args: { locale: 'vi' } };
export const Romanian: Story = { args: { locale: 'ro' } };
export const Dark: Story = { parameters: { theme: 'dark' } };
