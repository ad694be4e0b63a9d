import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withArgs } from './support/element.js';
import '../src/define/lead-kit.js';
import '../src/define/campaign-editor.js';
import { LocalAdapter, MemoryStore, type DataAdapter } from '../src/index.js';
import { seedDemoData } from '../src/internal/demo-data.js';
import { failingAdapter, optInAdapter, pendingAdapter } from './support/adapters.js';

interface Args {
  campaign: string;
  readonly: boolean;
  locale?: string;
}

/** The demo data, with a landing-page link and a small file on the spring newsletter. */
async function withMaterials(): Promise<DataAdapter> {
  const adapter = new LocalAdapter(new MemoryStore());
  await seedDemoData(adapter, { registrants: 40, audience: 60 });
  await adapter.saveMaterial({ campaignId: 'A', name: 'Newsletter landing page', kind: 'landing-page', url: 'https://example.com/spring-newsletter' });
  const text = 'Agenda: 10:00 welcome, 10:15 product tour, 11:00 questions.';
  await adapter.saveMaterial({ campaignId: 'A', name: 'Agenda', kind: 'document', file: { name: 'agenda.txt', type: 'text/plain', size: text.length, data: btoa(text) } });
  return adapter;
}

/**
 * A campaign's record page, editable: details (type, status, dates, costs, parent), member
 * statuses (rename, reorder, responded, default; a status members hold is removed by choosing
 * where they go) and materials. Without `campaign` it creates one.
 */
const meta: Meta<Args> = {
  title: 'Components/campaign-editor',
  component: 'campaign-editor',
  args: { campaign: 'A', readonly: false },
  loaders: [async () => ({ adapter: await withMaterials() })],
  render: (args, { loaded }) => html`<lead-kit .adapter=${loaded.adapter}>${withArgs('campaign-editor', args)}</lead-kit>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
/** No `campaign`: a new campaign, with its type's statuses to start from. */
export const New: Story = { args: { campaign: '' } };
/** A campaign with no members, results or sub-campaigns: it can be deleted. */
export const NoMembers: Story = {
  loaders: [
    async () => {
      const adapter = new LocalAdapter(new MemoryStore());
      await adapter.saveCampaign({ id: 'Q', name: 'Autumn newsletter', type: 'email', status: 'planned', startDate: '2027-09-01' });
      return { adapter };
    },
  ],
  args: { campaign: 'Q' },
};
export const ReadOnly: Story = { args: { readonly: true } };
/** Waiting for the adapter: the busy indicator, announced as loading. */
export const Loading: Story = { loaders: [async () => ({ adapter: pendingAdapter() })] };
export const Error: Story = { loaders: [async () => ({ adapter: failingAdapter() })] };
export const Ukrainian: Story = { args: { locale: 'uk' } };
export const Vietnamese: Story = { args: { locale: 'vi' } };
export const Romanian: Story = { args: { locale: 'ro' } };
export const Dark: Story = { parameters: { theme: 'dark' } };

/** A campaign with double opt-in: form sign-ups confirm their address by the link the server mails. */
export const DoubleOptIn: Story = { args: { campaign: 'NEWS' }, loaders: [async () => ({ adapter: await optInAdapter() })] };
export const DoubleOptInVietnamese: Story = { args: { campaign: 'NEWS', locale: 'vi' }, loaders: [async () => ({ adapter: await optInAdapter() })] };
