import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withArgs } from './support/element.js';
import '../src/define/lead-kit.js';
import '../src/define/attendance-tracker.js';
import { IndexedDBStore, LocalAdapter, MemoryStore, QueuedError, type AttendanceTracker, type DataAdapter, type PendingWrite } from '../src/index.js';
import { demoPeople } from '../src/internal/demo-data.js';
import { failingAdapter, pendingAdapter } from './support/adapters.js';

interface Args {
  campaign: string;
  sounds: boolean;
  locale?: string;
}

/** An event with `n` registrants, a few already checked in. */
async function event(n: number, adapter = new LocalAdapter(new MemoryStore())): Promise<LocalAdapter> {
  await adapter.saveCampaign({ id: 'E', name: 'Kyiv Marketing Summit', type: 'event', startDate: '2026-11-28' });
  await adapter.importLeads({ campaignId: 'E', status: 'Registered', source: 'event' }, demoPeople(n, 'guest'));
  const { items } = await adapter.pageMembers({ campaignId: 'E', limit: Math.min(500, Math.ceil(n / 8)) });
  for (const [i, m] of items.entries()) await adapter.checkIn({ campaignId: 'E', code: m.id, checkInId: `story-door-${i}`, at: new Date(Date.UTC(2026, 10, 28, 8, 30 + i)).toISOString() });
  return adapter;
}

/**
 * What a remote adapter with an outbox looks like while the venue's network is down: reads from
 * before still work, check-ins are kept (QueuedError) and listed as pending writes.
 */
function offline(adapter: LocalAdapter, pending: PendingWrite[]): DataAdapter {
  return Object.create(adapter, {
    checkIn: {
      value: async (input: { checkInId: string }) => {
        pending.push({ key: input.checkInId, method: 'checkIn', campaignId: 'E', input, createdAt: new Date().toISOString(), state: 'pending' });
        throw new QueuedError('kept on this device', input.checkInId);
      },
    },
    pendingWrites: { value: async () => [...pending] },
    flushPendingWrites: { value: async () => {} },
    discardPendingWrite: { value: async (key: string) => void pending.splice(pending.findIndex((p) => p.key === key), 1) },
  });
}

const typeAndEnter = async (canvasElement: HTMLElement, text: string) => {
  const el = canvasElement.querySelector<AttendanceTracker>('attendance-tracker')!;
  for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('#search'); i++) await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, 300));
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
  return { el, input };
};

/**
 * Check-in at the door of an event with 300 registrants (demo data). Type a name, email or
 * company, or a member/lead id and Enter (a badge scanner); register walk-ins; close the event.
 */
const meta: Meta<Args> = {
  title: 'Components/attendance-tracker',
  component: 'attendance-tracker',
  loaders: [async () => ({ adapter: await event(300) })],
  args: { campaign: 'E', sounds: false },
  // Every attribute and property is a working control (stories/support/element.ts).
  render: (args, { loaded }) => html`<lead-kit .adapter=${loaded.adapter}>${withArgs('attendance-tracker', args)}</lead-kit>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
/** 10,000 attendees: search stays instant (the door list is held in memory). */
export const LongList: Story = {
  // Filled into IndexedDB on first open (minutes in a fresh browser): the layout check skips it.
  tags: ['heavy'],
  loaders: [
    async () => {
      // The 10k list lives in IndexedDB (the memory store is for small data); filled on first open.
      const adapter = new LocalAdapter(new IndexedDBStore('lead-kit-story-10k-event'));
      if ((await adapter.listCampaigns()).length === 0) await event(10_000, adapter);
      return { adapter };
    },
  ],
  play: async ({ canvasElement }) => void (await typeAndEnter(canvasElement, 'Ștefan Ionescu')),
};
/** The network dropped: check-ins are kept on the device and shown as pending. */
export const OfflinePending: Story = {
  loaders: [
    async () => {
      const adapter = await event(300);
      const { items } = await adapter.pageMembers({ campaignId: 'E', status: 'Registered', limit: 2 });
      const pending: PendingWrite[] = items.map((m, i) => ({
        key: `story-pending-${i}`,
        method: 'checkIn',
        campaignId: 'E',
        input: { campaignId: 'E', code: m.id, checkInId: `story-pending-${i}`, at: new Date(Date.UTC(2026, 10, 28, 9, 10 + i)).toISOString() },
        createdAt: new Date(Date.UTC(2026, 10, 28, 9, 10 + i)).toISOString(),
        state: 'pending',
      }));
      return { adapter: offline(adapter, pending) };
    },
  ],
};
/** Someone is scanned a second time: flagged with the first time, not counted twice. */
export const DuplicateWarning: Story = {
  play: async ({ canvasElement }) => {
    // The same badge scanned twice: the second scan says when the person already arrived.
    const enter = (input: HTMLInputElement) => input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    const first = await typeAndEnter(canvasElement, 'guest1@example.com');
    const checkedIn = new Promise((r) => first.el.addEventListener('attendee-checked-in', r, { once: true }));
    enter(first.input);
    await checkedIn;
    const again = await typeAndEnter(canvasElement, 'guest1@example.com');
    enter(again.input);
  },
};
/** Waiting for the adapter (a slow network): skeleton rows and figures, announced as loading. */
export const Loading: Story = { loaders: [async () => ({ adapter: pendingAdapter() })] };
export const Error: Story = { loaders: [async () => ({ adapter: failingAdapter() })] };
export const Ukrainian: Story = { args: { locale: 'uk' } };
export const Russian: Story = { args: { locale: 'ru' } };
export const French: Story = { args: { locale: 'fr' } };
export const Vietnamese: Story = { args: { locale: 'vi' }, play: async ({ canvasElement }) => void (await typeAndEnter(canvasElement, 'Nguyễn')) };
export const Romanian: Story = { args: { locale: 'ro' } };
export const Dark: Story = { parameters: { theme: 'dark' }, play: async ({ canvasElement }) => void (await typeAndEnter(canvasElement, 'Ioana')) };
