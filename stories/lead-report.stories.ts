import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withArgs } from './support/element.js';
import '../src/define/lead-kit.js';
import '../src/define/lead-report.js';
import { LocalAdapter, MemoryStore, type DataAdapter } from '../src/index.js';
import { seedDemoLeads } from '../src/internal/demo-leads.js';
import { failingAdapter, pendingAdapter } from './support/adapters.js';

interface Args {
  weeks?: number;
  months?: number;
  locale?: string;
}

/** Sixteen weeks of leads from several sources, about one in five converted. */
async function withLeads(weeks = 16): Promise<DataAdapter> {
  const store = new MemoryStore();
  await seedDemoLeads(store, { weeks });
  return new LocalAdapter(store);
}

/**
 * The lead management report of the workspace: leads by source, rating and status with their
 * conversion, leads created per week and by month created.
 */
const meta: Meta<Args> = {
  title: 'Components/lead-report',
  component: 'lead-report',
  loaders: [async () => ({ adapter: await withLeads() })],
  render: (args, { loaded }) => html`<lead-kit .adapter=${loaded.adapter}>${withArgs('lead-report', args)}</lead-kit>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
/** The last 26 weeks and 6 months. */
export const HalfAYear: Story = { args: { weeks: 26, months: 6 }, loaders: [async () => ({ adapter: await withLeads(30) })] };
/** One week of leads, none converted yet: rates at 0 %, no median. */
export const FirstWeek: Story = { loaders: [async () => ({ adapter: await withLeads(1) })] };
/** No lead in the workspace yet. */
export const Empty: Story = { loaders: [async () => ({ adapter: new LocalAdapter(new MemoryStore()) })] };
/** Waiting for the adapter: the busy indicator, announced as loading. */
export const Loading: Story = { loaders: [async () => ({ adapter: pendingAdapter() })] };
export const Error: Story = { loaders: [async () => ({ adapter: failingAdapter() })] };
export const Ukrainian: Story = { args: { locale: 'uk' } };
export const Vietnamese: Story = { args: { locale: 'vi' } };
export const Romanian: Story = { args: { locale: 'ro' } };
export const Dark: Story = { parameters: { theme: 'dark' } };
