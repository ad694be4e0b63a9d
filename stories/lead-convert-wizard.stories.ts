import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/lead-kit.js';
import '../src/define/lead-convert-wizard.js';
import { LocalAdapter, MemoryStore, UnavailableError, type DataAdapter } from '../src/index.js';
import { ChangeBuilder } from '../src/domain/change-builder.js';
import { seedDemoData } from '../src/internal/demo-data.js';
import type { LeadConvertWizard } from '../src/components/lead-convert-wizard/lead-convert-wizard.js';
import { withArgs } from './support/element.js';
import { failingAdapter, pendingAdapter } from './support/adapters.js';

interface Args {
  step: 'account' | 'contact' | 'opportunity' | 'review';
  compact: boolean;
  locale?: string;
}

/** A memory adapter with the demo data and one qualified lead (Ana Pop, Acme Inc.) on two campaigns. */
async function withLead(options: { matches?: boolean; converted?: boolean; failing?: boolean } = {}) {
  const store = new MemoryStore();
  const adapter = new LocalAdapter(store);
  await seedDemoData(adapter, { registrants: 10 });
  const r = await adapter.submitLead({
    submissionId: 'story-lead-1',
    campaignId: 'A',
    lead: { email: 'ana.pop@acme.example', firstName: 'Ana', lastName: 'Pop', company: 'Acme Inc.', custom: { budget: 25000, interest: 'analytics' } },
  });
  await adapter.submitLead({ submissionId: 'story-lead-2', campaignId: 'E', lead: { email: 'ana.pop@acme.example' }, status: 'Attended' });
  if (options.matches) {
    const b = new ChangeBuilder(new Date().toISOString());
    b.create('accounts', 'acc-acme', { name: 'ACME', website: 'https://acme.example' });
    b.create('contacts', 'con-ana', { email: 'ana.pop@acme.example', emailKey: 'ana.pop@acme.example', firstName: 'Anna', accountId: 'acc-acme' });
    await store.commit(b.changes);
  }
  if (options.converted) {
    const lead = await adapter.getLead(r.person.id);
    await adapter.convertLead({ leadId: lead.id, leadVersion: lead.version, account: { mode: 'new' }, contact: { mode: 'new' } });
  }
  const used: DataAdapter = options.failing
    ? Object.create(adapter, { convertLead: { value: async () => Promise.reject(new UnavailableError('The server cannot be reached')) } })
    : adapter;
  return { adapter: used, leadId: r.person.id };
}

const meta: Meta<Args> = {
  title: 'Components/lead-convert-wizard',
  component: 'lead-convert-wizard',
  args: { step: 'account', compact: false },
  loaders: [async () => withLead()],
  // Every control lands on the element (withArgs); `step` is the story's own: how far to click.
  render: ({ step: _step, ...args }, { loaded }) =>
    html`<lead-kit .adapter=${loaded.adapter}>${withArgs('lead-convert-wizard', { lead: loaded.leadId, customFieldMap: { budget: 'annualBudget' }, ...args })}</lead-kit>`,
  play: async ({ canvasElement, args }) => {
    const el = canvasElement.querySelector('lead-convert-wizard') as LeadConvertWizard;
    const order = ['account', 'contact', 'opportunity', 'review'];
    for (let i = 0; i < order.indexOf(args.step); i++) {
      for (let t = 0; t < 50 && !el.shadowRoot?.querySelector('button[type=submit]'); t++) await new Promise((r) => setTimeout(r, 20));
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await el.updateComplete;
    }
  },
};
export default meta;

type Story = StoryObj<Args>;

export const AccountStep: Story = {};
export const ContactStep: Story = { args: { step: 'contact' } };
export const OpportunityStep: Story = { args: { step: 'opportunity' } };
/** The review lists every record, the lead's new status, and which custom fields are dropped. */
export const ReviewStep: Story = { args: { step: 'review' } };
/** An account with the same name (ACME vs Acme Inc.) and a contact with the same email are suggested. */
export const ExistingMatches: Story = { loaders: [async () => withLead({ matches: true })] };
export const MergePreview: Story = { args: { step: 'contact' }, loaders: [async () => withLead({ matches: true })] };
export const AlreadyConverted: Story = { loaders: [async () => withLead({ converted: true })] };
/** Waiting for the adapter (a slow network): the wizard says it is loading the lead. */
export const Loading: Story = { loaders: [async () => ({ adapter: pendingAdapter(), leadId: 'lead-1' })] };
/** The lead cannot be read (offline): the error pattern with "Try again". */
export const Error: Story = { loaders: [async () => ({ adapter: failingAdapter(), leadId: 'lead-1' })] };
/** The conversion fails when it is sent: nothing is written and the wizard says so, the choices kept. */
export const ConversionFailed: Story = {
  args: { compact: true },
  loaders: [async () => withLead({ failing: true })],
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('lead-convert-wizard') as LeadConvertWizard;
    for (let t = 0; t < 50 && !el.shadowRoot?.querySelector('button[type=submit]'); t++) await new Promise((r) => setTimeout(r, 20));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  },
};
/** Every step on one page. */
export const Compact: Story = { args: { compact: true } };
export const Ukrainian: Story = { args: { locale: 'uk', step: 'opportunity' } };
export const Russian: Story = { args: { locale: 'ru' } };
export const French: Story = { args: { locale: 'fr', step: 'review' } };
export const Vietnamese: Story = { args: { locale: 'vi', compact: true } };
export const Romanian: Story = { args: { locale: 'ro', step: 'contact' } };
export const Dark: Story = { parameters: { theme: 'dark' }, args: { step: 'opportunity' } };
