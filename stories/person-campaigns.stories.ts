import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withArgs } from './support/element.js';
import '../src/define/lead-kit.js';
import '../src/define/person-campaigns.js';
import { LocalAdapter, MemoryStore, type DataAdapter } from '../src/index.js';
import { failingAdapter, pendingAdapter } from './support/adapters.js';

interface Args {
  lead: string;
  contact: string;
  compact: boolean;
  readonly: boolean;
  locale?: string;
}

/** Olena Koval: a lead on four campaigns (one she attended), and a contact on two. */
async function history(): Promise<DataAdapter> {
  const a = new LocalAdapter(new MemoryStore());
  await a.saveCampaign({ id: 'A', name: 'Spring newsletter', type: 'email' });
  await a.saveCampaign({ id: 'W', name: 'Product webinar', type: 'webinar' });
  await a.saveCampaign({ id: 'E', name: 'Kyiv Marketing Summit', type: 'event' });
  await a.saveCampaign({ id: 'T', name: 'Partner referral program, autumn', type: 'referral' });
  await a.saveCampaign({ id: 'X', name: 'Trade show follow-up calls', type: 'other' });
  const r = await a.submitLead({
    submissionId: 'story-olena-0',
    campaignId: 'A',
    lead: {
      firstName: 'Olena',
      lastName: 'Koval',
      email: 'olena@example.com',
      company: 'Acme',
      consents: [
        { purpose: 'contact', given: true, text: 'Acme may contact me about this request.', version: '2026-11', at: '2026-11-03T09:12:00.000Z', pageUrl: 'https://acme.example/spring', source: 'form' },
        { purpose: 'newsletter', given: true, text: 'Send me the monthly newsletter.', version: 'v3', at: '2026-11-03T09:12:00.000Z', pageUrl: 'https://acme.example/spring', source: 'form' },
      ],
    },
  });
  const olena = r.person;
  // Later unsubscribed from the newsletter through its link.
  await a.recordConsent({ person: olena, purpose: 'newsletter', given: false, source: 'link' });
  await a.addMembers({ campaignId: 'W', people: [olena], status: 'Registered' });
  await a.addMembers({ campaignId: 'E', people: [olena], status: 'Attended' });
  await a.addMembers({ campaignId: 'T', people: [olena] });
  const c = await a.submitLead({ submissionId: 'story-dmytro-0', campaignId: 'E', lead: { firstName: 'Dmytro', lastName: 'Shevchenko', email: 'dmytro@example.com', company: 'Globex' } });
  const lead = await a.getLead(c.person.id);
  await a.convertLead({ leadId: lead.id, leadVersion: lead.version, account: { mode: 'new' }, contact: { mode: 'new' } });
  return a;
}

const ids = async (a: DataAdapter) => {
  const olena = (await a.findPersonByEmail('olena@example.com'))!;
  const dmytro = (await a.findPersonByEmail('dmytro@example.com'))!;
  const converted = (await a.listPersonCampaigns(dmytro))[0].member.convertedLeadId!;
  return { olena: olena.id, dmytro: dmytro.id, converted };
};

/**
 * A lead's or contact's campaign history for their record page: newest first, status edited in
 * place, "Add to campaign", removal with confirmation, a contact's response becomes a deal.
 */
const meta: Meta<Args> = {
  title: 'Components/person-campaigns',
  component: 'person-campaigns',
  args: { lead: '', contact: '', compact: false, readonly: false },
  loaders: [
    async () => {
      const adapter = await history();
      return { adapter, ids: await ids(adapter) };
    },
  ],
  render: (args, { loaded }) =>
    html`<lead-kit .adapter=${loaded.adapter}>${withArgs('person-campaigns', { ...args, lead: args.lead || (args.contact ? '' : loaded.ids.olena), contact: args.contact === 'dmytro' ? loaded.ids.dmytro : args.contact })}</lead-kit>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
/** A contact: each response can become a deal ("Create opportunity"). */
export const Contact: Story = { args: { contact: 'dmytro' } };
/** A converted lead: says where its history now lives. */
export const ConvertedLead: Story = {
  render: (args, { loaded }) => html`<lead-kit .adapter=${loaded.adapter}>${withArgs('person-campaigns', { ...args, lead: loaded.ids.converted })}</lead-kit>`,
  args: { contactHref: '/contacts/{id}' } as Partial<Args>,
};
/** As a related list on a CRM page: the newest few. */
export const Compact: Story = { args: { compact: true } };
export const ReadOnly: Story = { args: { readonly: true } };
/** A lead on no campaign yet. */
export const Empty: Story = {
  loaders: [
    async () => {
      const adapter = new LocalAdapter(new MemoryStore());
      const lead = await adapter.createLead({ email: 'new@example.com', firstName: 'Ana' });
      return { adapter, ids: { olena: lead.id } };
    },
  ],
};
/** Waiting for the adapter: the busy indicator, announced as loading. */
export const Loading: Story = { loaders: [async () => ({ adapter: pendingAdapter(), ids: { olena: 'x' } })] };
export const Error: Story = { loaders: [async () => ({ adapter: failingAdapter(), ids: { olena: 'x' } })] };
export const Ukrainian: Story = { args: { locale: 'uk' } };
export const Vietnamese: Story = { args: { locale: 'vi' } };
export const Romanian: Story = { args: { locale: 'ro' } };
export const Dark: Story = { parameters: { theme: 'dark' } };
