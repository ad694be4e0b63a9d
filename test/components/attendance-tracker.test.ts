import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/attendance-tracker.js';
import '../../src/define/lead-kit.js';
import type { AttendanceTracker } from '../../src/components/attendance-tracker/attendance-tracker.js';
import type { DataAdapter } from '../../src/adapters/adapter.js';
import { UnavailableError } from '../../src/adapters/errors.js';
import { LocalAdapter, MemoryStore } from '../../src/adapters/local/index.js';
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import type { LeadKit } from '../../src/context/lead-kit.js';
import { deleteDatabase, testDatabaseName } from '../helpers/idb.js';
import { byLabel, textOf } from '../helpers/render.js';
import { TEST_SERVER, testKey } from '../helpers/server.js';

async function seeded(n = 30, adapter: DataAdapter = new LocalAdapter(new MemoryStore())) {
  await adapter.saveCampaign({ id: 'E', name: 'Kyiv Summit', type: 'event' });
  await adapter.importLeads(
    { campaignId: 'E', status: 'Registered' },
    Array.from({ length: n }, (_, i) => ({ firstName: ['Ana', 'Олена', 'Ștefan', 'Trần'][i % 4], lastName: `Guest${String(i).padStart(3, '0')}`, email: `guest${i}@example.com`, company: `Co ${i % 5}` })),
  );
  return adapter;
}

const outboxes: string[] = [];
/** A REST adapter on the reference server whose network can go down (the venue's Wi-Fi). */
async function remote() {
  const net = { down: false };
  const outbox = testDatabaseName();
  outboxes.push(outbox);
  const { key } = await testKey();
  const fetcher: typeof fetch = (input, init) => (net.down ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init));
  const adapter = new RestAdapter({ baseUrl: TEST_SERVER, key, outbox, fetch: fetcher, retryDelayMs: 10 });
  return { net, adapter, key, outbox, fetcher };
}

async function render(adapter: DataAdapter) {
  const kit = await fixture<LeadKit>(html`<lead-kit .adapter=${adapter}><attendance-tracker campaign="E"></attendance-tracker></lead-kit>`);
  const el = kit.querySelector<AttendanceTracker>('attendance-tracker')!;
  // The search field appears once the whole door list is in memory.
  await waitUntil(() => el.shadowRoot!.querySelector('#search'), 'tracker ready', { timeout: 5000 });
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const count = (el: Element, label: string) =>
  [...root(el).querySelectorAll('.count')].find((c) => c.querySelector('dt')!.textContent!.trim() === label)!.querySelector('dd')!.textContent!.trim();
function search(el: AttendanceTracker, text: string) {
  const input = byLabel(el, 'Search or scan a badge');
  input.value = text;
  input.dispatchEvent(new Event('input'));
  return input;
}
const enter = (input: HTMLInputElement) => input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
const button = (el: Element, text: string) => {
  const b = [...root(el).querySelectorAll('button')].find((x) => x.textContent!.trim().startsWith(text) || x.getAttribute('aria-label') === text);
  if (!b) throw new Error(`no button "${text}"`);
  return b;
};
const toast = (el: Element) => root(el).querySelector('[part=toast]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<attendance-tracker>', () => {
  after(async () => {
    for (const name of outboxes) await deleteDatabase(name);
  });

  it('finds people as you type and checks one in with one action; Undo restores them', async () => {
    const adapter = await seeded();
    const el = await render(adapter);
    expect(count(el, 'Registered')).to.equal('30');
    expect(count(el, 'Checked in')).to.equal('0');
    search(el, 'stefan guest002');
    await el.updateComplete;
    const results = root(el).querySelectorAll('[part=result]');
    expect(results).to.have.length(1);
    expect(results[0].textContent).to.contain('Ștefan Guest002');
    await expect(el).to.be.accessible();
    const done = oneEvent(el, 'attendee-checked-in');
    button(el, 'Check in Ștefan Guest002').click();
    const { detail } = await done;
    expect(detail).to.deep.include({ already: false, pending: false });
    expect(detail.member!.status).to.equal('Attended');
    await waitUntil(() => count(el, 'Checked in') === '1', 'count updated');
    expect(count(el, 'Not yet arrived')).to.equal('29');
    expect(count(el, 'Attendance rate')).to.equal('3%');
    expect(toast(el)).to.match(/Ștefan Guest002 is checked in/);
    button(el, 'Undo').click();
    await waitUntil(() => count(el, 'Checked in') === '0', 'undone');
    expect((await adapter.countMembers('E')).byStatus).to.deep.equal({ Registered: 30 });
    expect(toast(el)).to.contain('undone');
  });

  it('flags a second check-in of the same person with the first time, never counting twice', async () => {
    const adapter = await seeded();
    const el = await render(adapter);
    const [first] = (await adapter.pageMembers({ campaignId: 'E', limit: 1 })).items;
    await adapter.checkIn({ campaignId: 'E', code: first.id, checkInId: 'other-door-001', at: '2026-11-28T09:42:00.000Z' });
    await waitUntil(() => count(el, 'Checked in') === '1');
    search(el, first.person.email!);
    await el.updateComplete;
    expect(root(el).querySelector('[part=result] .badge')!.textContent).to.contain('Arrived');
    const input = search(el, first.id);
    enter(input);
    await waitUntil(() => root(el).querySelector('[part=toast][role=alert]'), 'duplicate flagged');
    const time = new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(new Date('2026-11-28T09:42:00.000Z'));
    expect(toast(el)).to.contain(`already checked in at ${time}`);
    expect((await adapter.countMembers('E')).responded).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('checks in from a scanner (a lead id and Enter) and says clearly when a code is unknown', async () => {
    const adapter = await seeded();
    const el = await render(adapter);
    const [m] = (await adapter.pageMembers({ campaignId: 'E', limit: 1, sort: 'email' })).items;
    const input = search(el, m.leadId!);
    enter(input);
    await waitUntil(async () => (await adapter.countMembers('E')).responded === 1, 'checked in by scan');
    expect(input.value).to.equal('');
    search(el, 'BADGE-000999');
    enter(input);
    await waitUntil(() => root(el).querySelector('[part=toast][role=alert]'));
    expect(toast(el)).to.equal('Code BADGE-000999 is not on this event’s list.');
  });

  it('registers a walk-in: a known email is matched (no duplicate), a new one becomes a lead and a walk-in', async () => {
    const adapter = await seeded(4);
    await adapter.createLead({ firstName: 'Known', email: 'known@example.com' });
    const el = await render(adapter);
    const open = async () => {
      button(el, 'Register a walk-in').click();
      await el.updateComplete;
    };
    await open();
    await expect(el).to.be.accessible();
    byLabel(el, 'Email').value = 'not-an-email';
    byLabel(el, 'Email').dispatchEvent(new Event('input'));
    button(el, 'Register and check in').click();
    await el.updateComplete;
    expect(root(el).querySelector('#walk-error')!.textContent).to.contain('Enter an email address');
    expect(byLabel(el, 'Email').value).to.equal('not-an-email');
    for (const [label, value] of [['First name', 'Ioana'], ['Email', 'KNOWN@example.com'], ['Company', 'Dacia']]) {
      byLabel(el, label).value = value;
      byLabel(el, label).dispatchEvent(new Event('input'));
    }
    const walked = oneEvent(el, 'attendee-walk-in');
    button(el, 'Register and check in').click();
    expect((await walked).detail.matched).to.equal(true);
    await waitUntil(() => count(el, 'Walk-ins') === '1', 'walk-in counted');
    const known = await adapter.findPersonByEmail('known@example.com');
    expect((await adapter.getLead(known!.id)).firstName).to.equal('Known');
    expect(count(el, 'Registered')).to.equal('4');
    await open();
    byLabel(el, 'Email').value = 'new@example.com';
    byLabel(el, 'Email').dispatchEvent(new Event('input'));
    button(el, 'Register and check in').click();
    await waitUntil(() => count(el, 'Walk-ins') === '2');
    expect(count(el, 'Checked in')).to.equal('2');
    expect((await adapter.countMembers('E')).total).to.equal(6);
  });

  it('recognizes a walk-in typed decomposed (NFD) as the registered guest with the composed email: checked in from the list, no submission', async () => {
    const adapter = await seeded(2);
    await adapter.submitLead({ submissionId: 'nfc-guest-01', campaignId: 'E', lead: { firstName: 'Đặng', lastName: 'Thị', email: 'đặng.thị@example.com' }, status: 'Registered' });
    const el = await render(adapter);
    let submissions = 0;
    const submitLead = adapter.submitLead.bind(adapter);
    adapter.submitLead = (input, o) => (submissions++, submitLead(input, o));
    button(el, 'Register a walk-in').click();
    await el.updateComplete;
    const typed = 'đặng.thị@example.com'.normalize('NFD');
    expect(typed).not.to.equal('đặng.thị@example.com');
    byLabel(el, 'Email').value = typed;
    byLabel(el, 'Email').dispatchEvent(new Event('input'));
    const walked = oneEvent(el, 'attendee-walk-in');
    button(el, 'Register and check in').click();
    const { detail } = await walked;
    expect(detail.matched).to.equal(true);
    await waitUntil(() => toast(el).includes('was already on the list'), 'found on the list');
    expect(toast(el)).to.include('Đặng Thị');
    expect(submissions).to.equal(0); // matched on the door list itself, by the NFC email key
    expect(count(el, 'Walk-ins')).to.equal('0');
    expect(count(el, 'Checked in')).to.equal('1');
  });

  it('dialogs take the focus and give it back, close on Escape, and clear a stale alert; arrow keys move through the results', async () => {
    const adapter = await seeded(12);
    const el = await render(adapter);
    const active = () => root(el).activeElement as HTMLElement | null;
    // A stale alert (an unknown badge), then the walk-in form: the alert goes, the focus moves in.
    enter(search(el, 'BADGE-404'));
    await waitUntil(() => root(el).querySelector('[part=toast][role=alert]'));
    const walkIn = button(el, 'Register a walk-in');
    walkIn.focus();
    walkIn.click();
    await waitUntil(() => active()?.id === 'walk-firstName', 'focus in the walk-in form');
    expect(root(el).querySelector('[part=toast][role=alert]')).to.equal(null);
    expect(walkIn.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ type: 'Ana' });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !root(el).querySelector('#walk-in'), 'Escape closes the form');
    expect(active()).to.equal(walkIn);
    // The close-the-event confirmation: focus on Cancel (the safe choice), Escape closes, focus back.
    const close = button(el, 'Close the event');
    close.focus();
    close.click();
    await waitUntil(() => active()?.classList.contains('cancel-close'), 'focus on Cancel');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !root(el).querySelector('[role=alertdialog]'), 'Escape closes the confirmation');
    expect(active()).to.equal(close);
    expect((await adapter.countMembers('E')).byStatus).to.deep.equal({ Registered: 12 }, 'nothing was changed');
    // Arrow keys: from the search field down the results' check-in buttons and back up.
    const input = byLabel(el, 'Search or scan a badge');
    input.focus();
    await sendKeys({ type: 'Guest00' });
    await waitUntil(() => root(el).querySelectorAll('.results .check-in').length >= 3, 'results');
    const checkIns = [...root(el).querySelectorAll<HTMLElement>('.results .check-in')];
    await sendKeys({ press: 'ArrowDown' });
    expect(active()).to.equal(checkIns[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(active()).to.equal(checkIns[1]);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(active()).to.equal(input);
  });

  it('shows the recent check-ins on the idle door screen, newest first', async () => {
    const adapter = await seeded(10);
    const el = await render(adapter);
    expect(root(el).querySelector('.recent')).to.equal(null); // no one yet
    const { items } = await adapter.pageMembers({ campaignId: 'E', sort: 'email', limit: 7 });
    for (const [i, m] of items.entries()) await adapter.checkIn({ campaignId: 'E', code: m.id, checkInId: `door-recent-${i}`, at: new Date(Date.UTC(2026, 11, 6, 9, i)).toISOString() });
    await waitUntil(() => root(el).querySelector('.recent li .muted')?.textContent?.startsWith(items[6].person.email!), 'the newest first');
    const names = [...root(el).querySelectorAll('.recent li .muted')].map((n) => n.textContent!.split(' · ')[0]);
    expect(names).to.deep.equal(items.slice(2).reverse().map((m) => m.person.email));
    expect(root(el).querySelector('.recent h3')!.textContent).to.equal('Recent check-ins');
    search(el, 'guest');
    await el.updateComplete;
    expect(root(el).querySelector('.recent')).to.equal(null); // a search replaces it
    await expect(el).to.be.accessible();
  });

  it('closes the event: everyone not arrived becomes No-show after confirmation', async () => {
    const adapter = await seeded(10);
    const el = await render(adapter);
    const [m] = (await adapter.pageMembers({ campaignId: 'E', limit: 1 })).items;
    await adapter.checkIn({ campaignId: 'E', code: m.id, checkInId: 'door-0000001' });
    await waitUntil(() => count(el, 'Checked in') === '1');
    button(el, 'Close the event').click();
    await el.updateComplete;
    expect(root(el).querySelector('[role=alertdialog]')!.textContent).to.contain('Mark the 9 people who have not arrived as No-show?');
    await expect(el).to.be.accessible();
    button(el, 'Mark as No-show').click();
    await waitUntil(async () => (await adapter.countMembers('E')).byStatus['No-show'] === 9, 'no-shows');
    expect((await adapter.countMembers('E')).byStatus).to.deep.equal({ Attended: 1, 'No-show': 9 });
    await waitUntil(() => count(el, 'Not yet arrived') === '0');
  });

  it('keeps check-ins made offline on the device (the adapter’s outbox), shows them pending, and applies them once when back', async () => {
    const { net, adapter, key, outbox, fetcher } = await remote();
    await seeded(6, adapter);
    const el = await render(adapter);
    const people = (await adapter.pageMembers({ campaignId: 'E' })).items;
    net.down = true;
    const pending = oneEvent(el, 'attendee-checked-in');
    search(el, people[0].person.email!);
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('[part=check-in-button]')!.click();
    expect((await pending).detail.pending).to.equal(true);
    await waitUntil(() => root(el).querySelector('[part=pending]'), 'pending shown');
    expect(textOf(el)).to.include('Waiting to sync: 1');
    expect(textOf(el)).to.include('Offline: check-ins are kept on this device.');
    await expect(el).to.be.accessible();
    // This device queues a second person; another device checks that same person in meanwhile.
    search(el, people[1].person.email!);
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('[part=check-in-button]')!.click();
    await waitUntil(() => textOf(el).includes('Waiting to sync: 2'));
    await new RestAdapter({ baseUrl: TEST_SERVER, key, outbox: false }).checkIn({ campaignId: 'E', code: people[1].id, checkInId: 'other-device-01' });
    // The queue is in IndexedDB: a reloaded page (another adapter on the same outbox) sees it.
    const reloaded = new RestAdapter({ baseUrl: TEST_SERVER, key, outbox, fetch: fetcher });
    expect((await reloaded.pendingWrites()).map((p) => (p.input as { code: string }).code)).to.deep.equal([people[0].id, people[1].id]);
    await reloaded.drain(); // still offline: nothing goes, nothing is lost
    reloaded.close();
    net.down = false;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => !root(el).querySelector('[part=pending]'), 'queue applied', { timeout: 5000 });
    const counts = await adapter.countMembers('E');
    expect(counts.responded).to.equal(2);
    expect(counts.byStatus).to.deep.equal({ Attended: 2, Registered: 4 });
    await el.flush();
    expect((await adapter.countMembers('E')).responded).to.equal(2);
    adapter.close();
  });

  it('registers a walk-in offline: kept, then one lead and one check-in when back', async () => {
    const { net, adapter } = await remote();
    await seeded(2, adapter);
    const el = await render(adapter);
    net.down = true;
    button(el, 'Register a walk-in').click();
    await el.updateComplete;
    byLabel(el, 'Email').value = 'door@example.com';
    byLabel(el, 'Email').dispatchEvent(new Event('input'));
    const walked = oneEvent(el, 'attendee-walk-in');
    button(el, 'Register and check in').click();
    expect((await walked).detail.pending).to.equal(true);
    await waitUntil(() => textOf(el).includes('Waiting to sync: 1'));
    net.down = false;
    await el.flush();
    await waitUntil(async () => (await adapter.countMembers('E')).walkIns === 1, 'walk-in applied', { timeout: 5000 });
    await el.flush();
    const counts = await adapter.countMembers('E');
    expect(counts).to.deep.include({ total: 3, responded: 1, walkIns: 1 });
    adapter.close();
  });

  it('shows a check-in that cannot be applied (the member was removed meanwhile) instead of losing it', async () => {
    const { net, adapter, key } = await remote();
    await seeded(3, adapter);
    const el = await render(adapter);
    const [m] = (await adapter.pageMembers({ campaignId: 'E', limit: 1 })).items;
    net.down = true;
    search(el, m.person.email!);
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('[part=check-in-button]')!.click();
    await waitUntil(() => root(el).querySelector('[part=pending]'));
    await new RestAdapter({ baseUrl: TEST_SERVER, key, outbox: false }).removeMembers({ campaignId: 'E', members: [{ id: m.id, version: m.version }] });
    net.down = false;
    await el.flush();
    await waitUntil(() => root(el).querySelector('[part=pending] .failed'), 'failure shown');
    expect(textOf(el)).to.include('Could not be applied');
    await expect(el).to.be.accessible();
    button(el, 'Dismiss').click();
    await waitUntil(() => !root(el).querySelector('[part=pending]'));
    adapter.close();
  });

  it('offers the event statuses when the campaign cannot record attendance', async () => {
    const adapter = new LocalAdapter(new MemoryStore());
    await adapter.saveCampaign({ id: 'E', name: 'Newsletter', type: 'email' });
    await adapter.importLeads({ campaignId: 'E' }, [{ email: 'x@example.com' }]);
    const el = await render(adapter);
    expect(textOf(el)).to.include('cannot record attendance');
    button(el, 'Add the event statuses').click();
    await waitUntil(() => !textOf(el).includes('cannot record attendance'), 'statuses added');
    const c = await adapter.getCampaign('E');
    expect(c.memberStatuses.map((s) => s.label)).to.deep.equal(['Sent', 'Responded', 'Invited', 'Registered', 'Attended', 'No-show']);
    expect(c.memberStatuses.filter((s) => s.default).map((s) => s.label)).to.deep.equal(['Sent']);
  });

  it('lists people not yet arrived, and speaks Vietnamese', async () => {
    const adapter = await seeded(60);
    const el = await render(adapter);
    el.locale = 'vi';
    await el.updateComplete;
    await waitUntil(() => textOf(el).includes('Chưa đến'));
    const only = root(el).querySelector<HTMLInputElement>('label.check input')!;
    only.click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('[part=result]')).to.have.length(50);
    expect(textOf(el)).to.include('Đang hiện 50 trên 60');
    await expect(el).to.be.accessible();
  });

  it('has loading and error states', async () => {
    let fail!: (e: Error) => void;
    const adapter = Object.create(new LocalAdapter(new MemoryStore()), { getCampaign: { value: () => new Promise((_, reject) => (fail = reject)) } });
    const kit = await fixture<LeadKit>(html`<lead-kit .adapter=${adapter}><attendance-tracker campaign="E"></attendance-tracker></lead-kit>`);
    const el = kit.querySelector<AttendanceTracker>('attendance-tracker')!;
    await waitUntil(() => fail, 'the campaign is being read');
    await el.updateComplete;
    expect(root(el).querySelector('[role=status]')?.textContent?.trim()).to.equal('Loading…');
    expect(root(el).querySelector('#search')).to.equal(null);
    await expect(el).to.be.accessible();
    fail(new UnavailableError('down'));
    await waitUntil(() => root(el).querySelector('[role=alert]'), 'error');
    expect(textOf(el)).to.include('Try again');
    expect(textOf(el)).not.to.include('Loading…');
    await expect(el).to.be.accessible();
  });
});
