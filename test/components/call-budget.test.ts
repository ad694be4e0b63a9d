import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define/attendance-tracker.js';
import '../../src/define/campaign-member-list.js';
import '../../src/define/campaign-summary.js';
import '../../src/define/lead-form.js';
import '../../src/define/lead-kit.js';
import type { DataAdapter } from '../../src/adapters/adapter.js';
import { LocalAdapter, MemoryStore } from '../../src/adapters/local/index.js';
import type { AttendanceTracker } from '../../src/components/attendance-tracker/attendance-tracker.js';
import type { CampaignMemberList } from '../../src/components/campaign-member-list/campaign-member-list.js';
import type { LeadForm } from '../../src/components/lead-form/lead-form.js';
import type { LeadKit } from '../../src/context/lead-kit.js';
import { byLabel, type } from '../helpers/render.js';

/**
 * What one user action costs: one adapter write, and at most one read per widget the change
 * concerns. The widgets get an adapter that records every call they make (the adapter's own
 * internal calls are not counted: they are one call to the backend).
 */
function counting(adapter: LocalAdapter): { adapter: DataAdapter; calls: string[] } {
  const calls: string[] = [];
  const proxy = new Proxy(adapter, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function' || prop === 'subscribe' || typeof prop === 'symbol') return value;
      return (...args: unknown[]) => {
        calls.push(String(prop));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { adapter: proxy, calls };
}

const WRITES = new Set(['submitLead', 'checkIn', 'undoCheckIn', 'setMemberStatus', 'addMembers', 'removeMembers', 'saveCampaign', 'createLead', 'updateLead', 'importLeads', 'convertLead', 'updateOpportunity']);
const writes = (calls: string[]) => calls.filter((c) => WRITES.has(c));
const reads = (calls: string[]) => calls.filter((c) => !WRITES.has(c) && c !== 'pendingWrites');
/** Lets change events, refreshes and their renders finish (a missed extra read would show here). */
const settle = () => new Promise((r) => setTimeout(r, 400));

async function seeded(): Promise<LocalAdapter> {
  const local = new LocalAdapter(new MemoryStore());
  await local.saveCampaign({ id: 'E', name: 'Summit', type: 'event' });
  await local.importLeads(
    { campaignId: 'E', status: 'Registered' },
    Array.from({ length: 40 }, (_, i) => ({ firstName: `Guest${String(i).padStart(3, '0')}`, lastName: 'Pop', email: `g${i}@example.com` })),
  );
  return local;
}

const listRows = (el: Element) => [...el.shadowRoot!.querySelectorAll('.body [role=row]:not(.placeholder)')];
const listText = (el: Element) => el.shadowRoot!.querySelector('.body')?.textContent ?? '';

describe('what one action costs in adapter calls', () => {
  it('a form submission reaching a member list and a summary on the same page: one write, one read by each', async () => {
    const local = await seeded();
    const { adapter, calls } = counting(local);
    const kit = await fixture<LeadKit>(html`<lead-kit .adapter=${adapter}>
      <lead-form campaign="E" min-fill-seconds="0"></lead-form>
      <campaign-member-list campaign="E"></campaign-member-list>
      <campaign-summary campaign="E"></campaign-summary>
    </lead-kit>`);
    const form = kit.querySelector<LeadForm>('lead-form')!;
    const list = kit.querySelector<CampaignMemberList>('campaign-member-list')!;
    const summary = kit.querySelector('campaign-summary')!;
    const leads = () => [...summary.shadowRoot!.querySelectorAll('[part=figure]')].find((f) => f.querySelector('dt')?.textContent?.trim() === 'Leads')?.querySelector('[part=value]')?.textContent?.trim();
    await waitUntil(() => listRows(list).length > 0 && leads() === '40', 'list and summary shown');
    await settle();
    calls.length = 0;
    type(form, 'First name', 'Aaron');
    type(form, 'Last name', 'Abel');
    type(form, 'Email', 'aaron@example.com');
    await form.updateComplete;
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
    await waitUntil(() => listText(list).includes('Aaron Abel'), 'the list shows the new lead');
    await waitUntil(() => leads() === '41', 'the summary counts the new lead');
    await settle();
    expect(writes(calls)).to.deep.equal(['submitLead']);
    expect(reads(calls).sort()).to.deep.equal(['campaignResults', 'pageMembers']);
  });

  it('a check-in at the tracker: one write, and the tracker applies its answer instead of reading it back', async () => {
    const local = await seeded();
    const { adapter, calls } = counting(local);
    const kit = await fixture<LeadKit>(html`<lead-kit .adapter=${adapter}>
      <attendance-tracker campaign="E"></attendance-tracker>
      <campaign-member-list campaign="E"></campaign-member-list>
    </lead-kit>`);
    const tracker = kit.querySelector<AttendanceTracker>('attendance-tracker')!;
    const list = kit.querySelector<CampaignMemberList>('campaign-member-list')!;
    await waitUntil(() => tracker.shadowRoot!.querySelector('#search') && listRows(list).length > 0, 'both shown');
    await settle();
    calls.length = 0;
    const search = byLabel(tracker, 'Search or scan a badge');
    search.value = 'guest007';
    search.dispatchEvent(new Event('input'));
    await tracker.updateComplete;
    const done = oneEvent(tracker, 'attendee-checked-in');
    tracker.shadowRoot!.querySelector<HTMLButtonElement>('[part=check-in-button]')!.click();
    await done;
    await waitUntil(() => listText(list).includes('Attended'), 'the list shows the arrival');
    await settle();
    const figure = [...tracker.shadowRoot!.querySelectorAll('.count')].find((c) => c.querySelector('dt')!.textContent!.trim() === 'Checked in')!;
    expect(figure.querySelector('dd')!.textContent!.trim()).to.equal('1');
    expect(writes(calls)).to.deep.equal(['checkIn']);
    // The list reads once; the tracker not at all (its own write answered the member).
    expect(reads(calls)).to.deep.equal(['pageMembers']);
  });

  it('a bulk status change in the list: one write, one read', async () => {
    const local = await seeded();
    const { adapter, calls } = counting(local);
    const kit = await fixture<LeadKit>(html`<lead-kit .adapter=${adapter}><campaign-member-list campaign="E"></campaign-member-list></lead-kit>`);
    const list = kit.querySelector<CampaignMemberList>('campaign-member-list')!;
    await waitUntil(() => listRows(list).length > 0, 'list shown');
    await settle();
    calls.length = 0;
    for (const row of [0, 1, 2]) list.shadowRoot!.querySelector<HTMLInputElement>(`[aria-rowindex="${row + 2}"] input[type=checkbox]`)!.click();
    await list.updateComplete;
    const select = list.shadowRoot!.querySelector<HTMLSelectElement>('.bulk select')!;
    select.value = 'Attended';
    select.dispatchEvent(new Event('change'));
    await list.updateComplete;
    const changed = oneEvent(list, 'member-status-changed');
    [...list.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Apply')!.click();
    expect((await changed).detail.members).to.have.length(3);
    await waitUntil(() => list.shadowRoot!.querySelector('.chip:nth-child(4) .n')?.textContent === '3', 'counts follow');
    await settle();
    expect(writes(calls)).to.deep.equal(['setMemberStatus']);
    expect(reads(calls)).to.deep.equal(['pageMembers']);
  });
});
