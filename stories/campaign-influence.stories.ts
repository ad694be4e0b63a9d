import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withArgs } from './support/element.js';
import '../src/define/lead-kit.js';
import '../src/define/campaign-influence.js';
import { LocalAdapter, MemoryStore, type DataAdapter } from '../src/index.js';
import { seedDemoData } from '../src/internal/demo-data.js';
import { seedDemoResults } from '../src/internal/demo-results.js';
import { failingAdapter, pendingAdapter } from './support/adapters.js';

interface Args {
  model: string;
  'half-life-days'?: number;
  weights?: string;
  compare?: boolean;
  locale?: string;
}

/** The demo data with its deals; some of their people responded to several campaigns first. */
async function withDeals(): Promise<DataAdapter> {
  const adapter = new LocalAdapter(new MemoryStore());
  await seedDemoData(adapter, { registrants: 40, audience: 60 });
  await seedDemoResults(adapter);
  return adapter;
}

/** A euro campaign's deal beside the dollar ones: each currency has its own table, never summed. */
async function twoCurrencies(): Promise<DataAdapter> {
  const adapter = (await withDeals()) as LocalAdapter;
  await adapter.saveCampaign({ id: 'PAR', name: 'Salon du marketing Paris', type: 'trade-show', currency: 'EUR' });
  const r = await adapter.submitLead({ submissionId: 'story-eur-000001', campaignId: 'PAR', lead: { email: 'emil@example.fr', lastName: 'Roux', company: 'Roux SA' } });
  const lead = await adapter.getLead(r.person.id);
  await adapter.convertLead({ leadId: lead.id, leadVersion: lead.version, account: { mode: 'new' }, contact: { mode: 'new' }, opportunity: { name: 'Roux SA', amount: 8400, closeDate: '2027-02-01', stage: 'closed-won', primaryCampaignId: 'PAR' } });
  return adapter;
}

/**
 * Multi-touch campaign influence: every deal's amount shared among the campaigns its person
 * responded to before it, by the model picked (even by default), with a total that reconciles
 * and the models side by side.
 */
const meta: Meta<Args> = {
  title: 'Components/campaign-influence',
  component: 'campaign-influence',
  args: { model: 'even' },
  argTypes: { model: { control: 'select', options: ['primary', 'first-touch', 'last-touch', 'even', 'position', 'u-shaped', 'w-shaped', 'time-decay', 'j-shaped', 'inverse-j', 'custom'] } },
  loaders: [async () => ({ adapter: await withDeals() })],
  render: (args, { loaded }) => html`<lead-kit .adapter=${loaded.adapter}>${withArgs('campaign-influence', args)}</lead-kit>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const PositionBased: Story = { args: { model: 'position' } };
export const WShaped: Story = { args: { model: 'w-shaped' } };
/** Time decay with a team's half-life of 14 days. */
export const TimeDecay: Story = { args: { model: 'time-decay', 'half-life-days': 14 } };
/** A team's own weights: 10 % first, 50 % last, 40 % between. */
export const Custom: Story = { args: { model: 'custom', weights: '10,0,50,40' } };
/** Every model side by side: each column adds up to the same total. */
export const ModelsSideBySide: Story = { args: { compare: true } };
export const TwoCurrencies: Story = { loaders: [async () => ({ adapter: await twoCurrencies() })] };
/** No deal has a campaign response before it yet. */
export const Empty: Story = { loaders: [async () => ({ adapter: new LocalAdapter(new MemoryStore()) })] };
/** Waiting for the adapter: the busy indicator, announced as loading. */
export const Loading: Story = { loaders: [async () => ({ adapter: pendingAdapter() })] };
export const Error: Story = { loaders: [async () => ({ adapter: failingAdapter() })] };
export const Ukrainian: Story = { args: { locale: 'uk' } };
export const Vietnamese: Story = { args: { locale: 'vi' } };
export const Romanian: Story = { args: { locale: 'ro' } };
export const Dark: Story = { parameters: { theme: 'dark' } };
