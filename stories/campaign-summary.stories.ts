import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withArgs } from './support/element.js';
import '../src/define/lead-kit.js';
import '../src/define/campaign-summary.js';
import { LocalAdapter, MemoryStore, UnavailableError, type DataAdapter } from '../src/index.js';
import { seedDemoData } from '../src/internal/demo-data.js';
import { seedDemoResults } from '../src/internal/demo-results.js';
import { pendingAdapter } from './support/adapters.js';

interface Args {
  campaign: string;
  compare: string;
  'trend-compare'?: string;
  'sort-by'?: string;
  order?: 'value' | 'start';
  locale?: string;
  'editable-costs': boolean;
}

async function adapterWithResults(): Promise<DataAdapter> {
  const adapter = new LocalAdapter(new MemoryStore());
  await seedDemoData(adapter, { registrants: 60 });
  await seedDemoResults(adapter);
  return adapter;
}

/** Campaign results on the demo data, with conversions and won opportunities. */
const meta: Meta<Args> = {
  title: 'Components/campaign-summary',
  component: 'campaign-summary',
  args: { campaign: 'A', compare: '', 'editable-costs': false },
  loaders: [async () => ({ adapter: await adapterWithResults() })],
  // Every attribute and property is a working control (stories/support/element.ts).
  render: (args, { loaded }) => html`<lead-kit .adapter=${loaded.adapter}>${withArgs('campaign-summary', args)}</lead-kit>`,
};
export default meta;

type Story = StoryObj<Args>;

export const SingleCampaign: Story = {};
export const Comparison: Story = { args: { compare: 'A,E,W' } };
/** A figure over time: the compared campaigns by start date, oldest first. */
export const OverTime: Story = { args: { compare: 'A,E,W', order: 'start', 'sort-by': 'costPerLead' } };
/** The parent program shows its own figures and the totals of its sub-campaigns. */
export const Hierarchy: Story = { args: { campaign: 'P' } };
/** A new campaign: no one on it, no cost, no deal yet — the empty pattern, not a wall of zeros. */
export const EmptyCampaign: Story = {
  args: { campaign: 'NEW' },
  loaders: [
    async () => {
      const adapter = await adapterWithResults();
      await adapter.saveCampaign({ id: 'NEW', name: 'Winter newsletter', type: 'email', status: 'planned' });
      return { adapter };
    },
  ],
};
/** Planned, with a budget, no one on it yet: the figures, ratios n/a (nothing divided by zero). */
export const PlannedWithBudget: Story = { args: { campaign: 'W' } };
export const EditableCosts: Story = { args: { 'editable-costs': true } };

/** A euro trade show under the dollar program: each currency's sums apart, ratios not computed. */
async function mixedCurrencies(): Promise<DataAdapter> {
  const adapter = await adapterWithResults();
  await adapter.saveCampaign({ id: 'PAR', name: 'Salon du marketing Paris', type: 'trade-show', currency: 'EUR', parentId: 'P', actualCost: 4200, budgetedCost: 5000 });
  await adapter.importLeads({ campaignId: 'PAR' }, [{ email: 'emil@example.fr', lastName: 'Roux' }, { email: 'lea@example.fr', lastName: 'Petit' }]);
  return adapter;
}
/** Two webinars' responses over their first three weeks: this one's since launch, the last one's at the same age. */
async function twoWebinars(): Promise<DataAdapter> {
  let now = Date.UTC(2026, 1, 1, 9);
  const adapter = new LocalAdapter(new MemoryStore(), { now: () => new Date(now).toISOString() });
  await adapter.saveCampaign({ id: 'JAN', name: 'January webinar', type: 'webinar', startDate: '2026-02-01', actualCost: 900 });
  await adapter.saveCampaign({ id: 'MAR', name: 'March webinar', type: 'webinar', startDate: '2026-03-01', actualCost: 1200 });
  const curve = { JAN: [9, 6, 4, 3, 2, 2, 1, 1, 0, 1, 0, 0, 1, 0, 2, 1, 0, 0, 0, 1, 0], MAR: [12, 9, 7, 5, 5, 3, 2, 2, 1, 1, 2, 1, 0, 1] };
  for (const [id, perDay] of Object.entries(curve)) {
    const start = Date.parse(id === 'JAN' ? '2026-02-01T09:00:00Z' : '2026-03-01T09:00:00Z');
    for (const [day, n] of perDay.entries()) {
      now = start + day * 86_400_000;
      for (let i = 0; i < n; i++) await adapter.submitLead({ submissionId: `story-${id}-${day}-${i}-000`, campaignId: id, lead: { email: `${id.toLowerCase()}${day}-${i}@example.com`, lastName: `Guest ${day}-${i}` } });
    }
  }
  return adapter;
}
export const ResponsesOverTime: Story = { args: { campaign: 'MAR', 'trend-compare': 'JAN' }, loaders: [async () => ({ adapter: await twoWebinars() })] };
export const MixedCurrencies: Story = { args: { campaign: 'P' }, loaders: [async () => ({ adapter: await mixedCurrencies() })] };
/** Compared across currencies: sorted and measured within each currency. */
export const ComparisonMixedCurrencies: Story = { args: { compare: 'A,E,PAR', campaign: '' }, loaders: [async () => ({ adapter: await mixedCurrencies() })] };
/** Waiting for the adapter (a slow network): skeleton rows and figures, announced as loading. */
export const Loading: Story = { loaders: [async () => ({ adapter: pendingAdapter() })] };
export const Error: Story = {
  loaders: [
    async () => ({
      adapter: Object.create(new LocalAdapter(new MemoryStore()), { listCampaigns: { value: async () => Promise.reject(new UnavailableError('offline')) } }),
    }),
  ],
};
export const Ukrainian: Story = { args: { locale: 'uk' } };
export const Russian: Story = { args: { locale: 'ru', compare: 'A,E,W' } };
export const French: Story = { args: { locale: 'fr' } };
export const Vietnamese: Story = { args: { locale: 'vi' } };
export const Romanian: Story = { args: { locale: 'ro', campaign: 'P' } };
export const Dark: Story = { parameters: { theme: 'dark' }, args: { compare: 'A,E,W' } };
