import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withArgs } from './support/element.js';
import '../src/define/lead-kit.js';
import '../src/define/people-list.js';
import { LocalAdapter, MemoryStore, type DataAdapter } from '../src/index.js';
import { seedDemoPeopleList } from '../src/internal/demo-people.js';
import { failingAdapter, pendingAdapter } from './support/adapters.js';

interface Args {
  columns?: string;
  filter?: string;
  sort?: string;
  direction?: string;
  type?: string;
  'page-size'?: number;
  'record-href'?: string;
  readonly?: boolean;
  locale?: string;
}

/** Sixty people: leads of every rating, source and status from five countries, some converted to contacts. */
async function withPeople(n = 60): Promise<DataAdapter> {
  const adapter = new LocalAdapter(new MemoryStore());
  await seedDemoPeopleList(adapter, n);
  return adapter;
}

/**
 * Every lead and contact of the workspace: any field as a column and filter, sorting by name,
 * creation or rating, inline rating and lead status, and bulk classification of a selection.
 */
const meta: Meta<Args> = {
  title: 'Components/people-list',
  component: 'people-list',
  args: { 'page-size': 10, 'record-href': '/crm/{type}/{id}' },
  loaders: [async () => ({ adapter: await withPeople() })],
  render: (args, { loaded }) => html`<lead-kit .adapter=${loaded.adapter}>${withArgs('people-list', args)}</lead-kit>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
/** Saved views, shared by the workspace: "Hot leads" is the default, so the list opens with it. */
export const SavedViews: Story = {
  loaders: [
    async () => {
      const adapter = await withPeople();
      await adapter.savePeopleView({ name: 'Hot leads', columns: ['name', 'company', 'rating', 'source', 'created'], widths: { name: 14, company: 18 }, sort: 'created', direction: 'desc', filters: [{ field: 'rating', op: 'in', values: ['hot'] }], isDefault: true });
      await adapter.savePeopleView({ name: 'Contacts in Romania', columns: ['name', 'company', 'email', 'country'], type: 'contact', filters: [{ field: 'country', op: 'in', values: ['Romania'] }] });
      return { adapter };
    },
  ],
};
/** Hot event leads, newest first: the filter chips say what the list holds. */
export const Filtered: Story = { args: { filter: 'rating=hot; source=event,web', sort: 'created', direction: 'desc' } };
/** Sorted by rating: hot, warm, cold, then not rated (contacts have no rating). */
export const ByRating: Story = { args: { sort: 'rating' } };
/** Other fields as columns: title, phone, country, employees. */
export const MoreColumns: Story = { args: { columns: 'name title phone country employees rating' } };
/** Contacts only: no rating or lead status to edit. */
export const Contacts: Story = { args: { type: 'contact' } };
/** A filter naming a field that does not exist is left out, and the list says so. */
export const UnknownField: Story = { args: { filter: 'rating=warm; salary=1000' } };
/** Nobody matches the filters. */
export const NoMatch: Story = { args: { filter: 'country=Atlantis' } };
/** Read-only: no selection, no editing. */
export const Readonly: Story = { args: { readonly: true } };
/** No lead or contact in the workspace yet. */
export const Empty: Story = { loaders: [async () => ({ adapter: new LocalAdapter(new MemoryStore()) })] };
/** Waiting for the adapter: the busy indicator, announced as loading. */
export const Loading: Story = { loaders: [async () => ({ adapter: pendingAdapter() })] };
export const Error: Story = { loaders: [async () => ({ adapter: failingAdapter() })] };
export const Ukrainian: Story = { args: { locale: 'uk', filter: 'rating=hot' } };
export const Vietnamese: Story = { args: { locale: 'vi' } };
export const Romanian: Story = { args: { locale: 'ro', filter: 'source=event; employees=100..' } };
export const Dark: Story = { parameters: { theme: 'dark' }, args: { filter: 'rating=hot,warm' } };
