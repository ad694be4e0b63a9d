import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withArgs } from './support/element.js';
import '../src/define/lead-kit.js';
import '../src/define/campaign-member-list.js';
import { IndexedDBStore, LocalAdapter, MemoryStore, type DataAdapter } from '../src/index.js';
import { demoPeople, seedDemoData } from '../src/internal/demo-data.js';
import { seedDemoPeopleList } from '../src/internal/demo-people.js';
import { failingAdapter, optInAdapter, pendingAdapter } from './support/adapters.js';

interface Args {
  campaign: string;
  columns: string;
  filter?: string;
  compact: boolean;
  rows: number;
  readonly: boolean;
  suspected: boolean;
  locale?: string;
}

async function seeded(): Promise<DataAdapter> {
  const adapter = new LocalAdapter(new MemoryStore());
  await seedDemoData(adapter, { registrants: 120, audience: 300 });
  return adapter;
}

/** The demo data, and three submissions a form's spam trap held on "Spring newsletter". */
async function withHeld(): Promise<DataAdapter> {
  const adapter = await seeded();
  const held = [
    { email: 'olena.kovalenko@example.com', firstName: 'Олена', lastName: 'Коваленко', company: 'Київська кава' },
    { email: 'x7f3k@mailinator.example', company: 'best-seo-offers.example' },
    { email: 'minh.tran@example.com', firstName: 'Minh', lastName: 'Trần', company: 'Sài Gòn Logistics' },
  ];
  for (const [i, lead] of held.entries()) {
    await adapter.holdSubmission({ submission: { submissionId: `story-held-${i}`, campaignId: 'A', lead }, reason: i === 1 ? 'no-interaction' : 'too-fast' });
  }
  return adapter;
}

/** Sixty classified people (ratings, sources, lead statuses, five countries), every one a member of "Partner summit" (P). */
async function classifiedMembers(): Promise<DataAdapter> {
  const adapter = new LocalAdapter(new MemoryStore());
  await seedDemoPeopleList(adapter, 60);
  await adapter.saveCampaign({ id: 'P', name: 'Partner summit', type: 'event' });
  const { items } = await adapter.pagePeople({ limit: 500 });
  await adapter.addMembers({ campaignId: 'P', people: items.map((i) => ({ type: i.type, id: i.person.id })), status: 'Registered' });
  return adapter;
}
const fieldColumns = 'name,status,rating,source,lead-status,country';

/**
 * A campaign of 100,000 members in IndexedDB (`lead-kit-story-100k`). The first open fills it in
 * the background, 500 rows a commit: the list shows its first rows within a second and follows
 * the import live (the total climbing), as it would a colleague's import; a later open (or a
 * reload mid-way) goes on from where it stopped.
 */
async function hundredThousand(): Promise<DataAdapter> {
  const adapter = new LocalAdapter(new IndexedDBStore('lead-kit-story-100k'));
  const campaigns = await adapter.listCampaigns();
  if (!campaigns.some((c) => c.id === 'BIG')) await adapter.saveCampaign({ id: 'BIG', name: 'Annual conference', type: 'event' });
  const { total } = await adapter.countMembers('BIG');
  if (total < 100_000) void adapter.importLeads({ campaignId: 'BIG', status: 'Registered' }, demoPeople(100_000, 'attendee').slice(total));
  return adapter;
}

/**
 * A campaign's members on the demo data (300 leads on "Spring newsletter", 120 registrants on
 * the summit). Sort by a header, filter with the status counts, search, select rows and set
 * their status, add members, import a CSV, export the filter.
 */
const meta: Meta<Args> = {
  title: 'Components/campaign-member-list',
  component: 'campaign-member-list',
  args: { campaign: 'A', columns: '', compact: false, rows: 5, readonly: false, suspected: false },
  loaders: [async () => ({ adapter: await seeded() })],
  // Every attribute and property is a working control (stories/support/element.ts).
  render: (args, { loaded }) => html`<lead-kit .adapter=${loaded.adapter}>${withArgs('campaign-member-list', args)}</lead-kit>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
/** The related list of a record page: first rows, the total, "View all". */
export const CompactRelatedList: Story = { args: { campaign: 'E', compact: true, columns: 'name,company,status' } };
export const EventRegistrants: Story = { args: { campaign: 'E' } };
export const HundredThousandMembers: Story = {
  // Filled into IndexedDB on first open (minutes in a fresh browser): the layout check skips it.
  tags: ['heavy'],
  args: { campaign: 'BIG' },
  loaders: [async () => ({ adapter: await hundredThousand() })],
};
/** A portal's own row actions and record links: "⋯" at each row's end; names open the person's record. */
export const RowActionsAndLinks: Story = {
  render: (args, { loaded }) => html`<lead-kit .adapter=${loaded.adapter}>
    <campaign-member-list campaign=${args.campaign} locale=${args.locale ?? ''} row-actions="create-opportunity; call=Log a call; email=Send an email" record-href="#/{type}/{id}"></campaign-member-list>
  </lead-kit>`,
};
export const ReadOnly: Story = { args: { readonly: true, columns: 'name,company,status,added' } };
export const Empty: Story = { args: { campaign: 'W' } };
/** Waiting for the adapter (a slow network): skeleton rows and figures, announced as loading. */
export const Loading: Story = { loaders: [async () => ({ adapter: pendingAdapter() })] };
export const Error: Story = { loaders: [async () => ({ adapter: failingAdapter() })] };
export const Ukrainian: Story = { args: { locale: 'uk' } };
export const Russian: Story = { args: { locale: 'ru', campaign: 'E' } };
export const French: Story = { args: { locale: 'fr' } };
export const Vietnamese: Story = { args: { locale: 'vi' } };
export const Romanian: Story = { args: { locale: 'ro', campaign: 'E', compact: true } };
export const Dark: Story = { parameters: { theme: 'dark' } };
/**
 * The quarantine: submissions a form's spam trap held (sent with no typing or click, or too
 * fast), each to release into the campaign — captured like any submission — or delete.
 */
export const SuspectedSpam: Story = { args: { suspected: true }, loaders: [async () => ({ adapter: await withHeld() })] };
export const SuspectedSpamUkrainian: Story = { args: { suspected: true, locale: 'uk' }, loaders: [async () => ({ adapter: await withHeld() })] };
/** Something is held: the toolbar offers "Suspected spam (3)". */
export const SomethingHeld: Story = { loaders: [async () => ({ adapter: await withHeld() })] };

/** The CSV import on its own (also opened by the list's "Import CSV"). */
export const CsvImport: StoryObj<Args> = {
  render: (args, { loaded }) => html`<lead-kit .adapter=${loaded.adapter}>
    <campaign-member-import campaign="E" locale=${args.locale ?? ''}></campaign-member-import>
  </lead-kit>`,
};

/** Adding people on its own (also the list's "Add members" dialog): type a name, pick, choose a status. */
export const AddMembers: StoryObj<Args> = {
  render: (args, { loaded }) => html`<lead-kit .adapter=${loaded.adapter}>
    <campaign-member-add campaign="W" locale=${args.locale ?? ''}></campaign-member-add>
  </lead-kit>`,
};

/**
 * The people's fields as columns — rating, lead source, lead status, country (any field of the
 * people list's catalogue, and `custom.<name>`) — read with each page. They filter but do not
 * sort: their headers say so.
 */
export const FieldColumns: Story = { args: { campaign: 'P', columns: fieldColumns }, loaders: [async () => ({ adapter: await classifiedMembers() })] };
/** Members filtered by their people's fields (`filter="rating=hot; country=Romania"`): the chips say what the list holds. */
export const FieldFilters: Story = { args: { campaign: 'P', columns: fieldColumns, filter: 'rating=hot; country=Romania' }, loaders: [async () => ({ adapter: await classifiedMembers() })] };
/** The same in Vietnamese, dark: field labels, values and chips localized. */
export const FieldFiltersVietnameseDark: Story = {
  args: { campaign: 'P', columns: fieldColumns, filter: 'rating=hot,warm; country=Vietnam', locale: 'vi' },
  parameters: { theme: 'dark' },
  loaders: [async () => ({ adapter: await classifiedMembers() })],
};

/**
 * A double opt-in campaign: people who signed up on a form and have not opened the confirmation
 * link yet are "Pending confirmation" (the default status; not a response), the others responded.
 */
export const DoubleOptIn: Story = { args: { campaign: 'NEWS', columns: 'name,email,status,responded,added' }, loaders: [async () => ({ adapter: await optInAdapter() })] };
export const DoubleOptInRomanian: Story = { args: { campaign: 'NEWS', locale: 'ro', columns: 'name,email,status,responded' }, loaders: [async () => ({ adapter: await optInAdapter() })] };
