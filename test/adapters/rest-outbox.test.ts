import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { QueuedError, ValidationError } from '../../src/adapters/errors.js';
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import '../../src/define/campaign-member-list.js';
import '../../src/define/lead-form.js';
import '../../src/define/lead-kit.js';
import type { CampaignMemberList } from '../../src/components/campaign-member-list/campaign-member-list.js';
import type { LeadForm } from '../../src/components/lead-form/lead-form.js';
import type { LeadKit } from '../../src/context/lead-kit.js';
import type { LeadSubmission } from '../../src/model/submission.js';
import { rejectsWith } from '../helpers/expect-error.js';
import { deleteDatabase, testDatabaseName } from '../helpers/idb.js';
import { type } from '../helpers/render.js';
import { TEST_SERVER, testKey } from '../helpers/server.js';

/** The network between the page and the real server: it can go down, or lose answers. */
function network() {
  const net = { down: false, loseNextAnswer: false, sent: [] as string[] };
  const fetcher: typeof fetch = async (input, init) => {
    const key = new Headers(init?.headers).get('idempotency-key');
    if (net.down) throw new TypeError('Failed to fetch');
    if (key) net.sent.push(key);
    const response = await fetch(input, init);
    if (net.loseNextAnswer && init?.method === 'POST') {
      net.loseNextAnswer = false;
      throw new TypeError('network connection lost'); // the server committed; the page never hears it
    }
    return response;
  };
  return { net, fetcher };
}

const tenant = async () => (await testKey()).key;
const plan = (path: string, faults: (number | 'drop')[]) =>
  fetch(`${TEST_SERVER}/__faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ method: 'POST', path, plan: faults }) });
let n = 0;
const submission = (email: string): LeadSubmission => ({ submissionId: `outbox-${Date.now()}-${++n}`, campaignId: 'A', lead: { email, firstName: 'Олена' } });

describe('REST adapter outbox and faults (real server, real PostgreSQL)', () => {
  const outboxes: string[] = [];
  const make = (t: string, fetcher?: typeof fetch, outbox = testDatabaseName()) => {
    outboxes.push(outbox);
    return new RestAdapter({ baseUrl: TEST_SERVER, key: t, outbox, retryDelayMs: 20, ...(fetcher ? { fetch: fetcher } : {}) });
  };
  after(async () => {
    for (const name of outboxes) await deleteDatabase(name);
  });

  it('offline: the submission is kept on the device, then sent once when the network is back', async () => {
    const t = await tenant();
    const { net, fetcher } = network();
    const a = make(t, fetcher);
    await a.saveCampaign({ id: 'A', name: 'A' });
    net.down = true;
    const e = await rejectsWith(a.submitLead(submission('offline@example.com')), QueuedError);
    const [entry] = await a.outbox!.list();
    expect(entry).to.deep.include({ key: e.key, method: 'submitLead', state: 'pending' });
    net.down = false;
    const result = await a.drain();
    expect(result).to.deep.equal({ sent: 1, failed: 0, pending: 0 });
    expect(await a.drain()).to.deep.equal({ sent: 0, failed: 0, pending: 0 });
    expect((await a.countMembers('A')).total).to.equal(1);
    expect(await a.findPersonByEmail('offline@example.com')).to.not.equal(null);
    a.close();
  });

  it('a submission cut off mid-request (the page hidden or closed) is already in the outbox, and a later page sends it once', async () => {
    const t = await tenant();
    const outbox = testDatabaseName();
    // The request never completes: the page went away while it was in flight.
    const hung: typeof fetch = (input, init) => (init?.method === 'POST' && String(input).endsWith('/submissions') ? new Promise<Response>(() => {}) : fetch(input, init));
    const page = make(t, hung, outbox);
    await page.saveCampaign({ id: 'A', name: 'A' });
    void page.submitLead(submission('hidden@example.com'));
    await waitUntil(async () => (await page.outbox!.list()).length === 1, 'kept before the request');
    page.close();
    const next = make(t, undefined, outbox);
    expect((await next.drain()).sent).to.equal(1);
    expect((await next.countMembers('A')).total).to.equal(1);
    expect(await next.drain()).to.deep.equal({ sent: 0, failed: 0, pending: 0 });
    next.close();
  });

  it('a page that dies mid-replay leaves the entry in the outbox, and a later page sends it once', async () => {
    const t = await tenant();
    const outbox = testDatabaseName();
    const { net, fetcher } = network();
    const first = make(t, fetcher, outbox);
    await first.saveCampaign({ id: 'A', name: 'A' });
    net.down = true;
    await rejectsWith(first.submitLead(submission('replayed@example.com')), QueuedError);
    first.close();
    // A second page (an iframe: its own realm, Web Locks and death) starts the replay; the request
    // is in flight, never answered, when the page goes away.
    const frame = document.createElement('iframe');
    const inFlight = new Promise<void>((resolve) => {
      window.addEventListener('message', function onMessage(e) {
        if (e.data !== 'replay-in-flight') return;
        window.removeEventListener('message', onMessage);
        resolve();
      });
    });
    frame.srcdoc = `<script type="module">
      const { RestAdapter } = await import('/src/adapters/rest/rest-adapter.ts');
      const hung = (input, init) => {
        if (init?.method === 'POST' && String(input).endsWith('/submissions')) {
          parent.postMessage('replay-in-flight', '*');
          return new Promise(() => {});
        }
        return fetch(input, init);
      };
      const page = new RestAdapter({ baseUrl: ${JSON.stringify(TEST_SERVER)}, key: ${JSON.stringify(t)}, outbox: ${JSON.stringify(outbox)}, fetch: hung });
      void page.drain();
    </script>`;
    document.body.append(frame);
    await inFlight;
    frame.remove(); // the page dies with its request in flight
    const later = make(t, undefined, outbox);
    await waitUntil(async () => (await later.drain()).sent === 1, 'the later page sent the entry', { timeout: 5000 });
    expect(await later.drain()).to.deep.equal({ sent: 0, failed: 0, pending: 0 });
    expect((await later.countMembers('A')).total).to.equal(1);
    expect(await later.findPersonByEmail('replayed@example.com')).to.not.equal(null);
    later.close();
  });

  it('a lost answer after the server committed, retried, gives one lead', async () => {
    const t = await tenant();
    const { net, fetcher } = network();
    const a = make(t, fetcher);
    await a.saveCampaign({ id: 'A', name: 'A' });
    net.loseNextAnswer = true;
    const r = await a.createLead({ email: 'lost@example.com' });
    expect(net.sent.filter((k) => k === net.sent.at(-1))).to.have.length(2); // the same key, twice
    const again = await a.findPersonByEmail('lost@example.com');
    expect(again?.id).to.equal(r.id);
    await plan('/submissions', ['drop']);
    const s = await a.submitLead(submission('dropped@example.com'));
    expect(s.memberCreated).to.equal(true);
    expect((await a.countMembers('A')).total).to.equal(1);
    expect(await a.outbox!.list()).to.deep.equal([]);
    a.close();
  });

  it('500, 500, 201 gives one lead', async () => {
    const t = await tenant();
    const a = make(t);
    await a.saveCampaign({ id: 'A', name: 'A' });
    await plan('/submissions', [500, 500]);
    const r = await a.submitLead(submission('flaky@example.com'));
    expect(r.memberCreated).to.equal(true);
    expect((await a.countMembers('A')).total).to.equal(1);
    a.close();
  });

  it('a refusal (422) replayed from the outbox lands in the failed list, exportable, never dropped', async () => {
    const t = await tenant();
    const { net, fetcher } = network();
    const a = make(t, fetcher);
    await a.saveCampaign({ id: 'A', name: 'A' });
    net.down = true;
    await rejectsWith(a.submitLead({ ...submission('x@example.com'), lead: { email: 'not-an-email' } }), QueuedError);
    net.down = false;
    expect(await a.drain()).to.deep.equal({ sent: 0, failed: 1, pending: 0 });
    const [entry] = await a.outbox!.list();
    expect(entry.state).to.equal('failed');
    expect(entry.error).to.contain('validation');
    expect(await a.outbox!.exportFailed()).to.contain('not-an-email');
    // Refused while online: the caller gets the error at once, nothing is kept.
    await rejectsWith(a.submitLead({ ...submission('y@example.com'), lead: { email: 'bad' } }), ValidationError);
    expect(await a.outbox!.list()).to.have.length(1);
    a.close();
  });

  it('two tabs draining the same outbox send each entry once', async () => {
    const t = await tenant();
    const outbox = testDatabaseName();
    const { net, fetcher } = network();
    const tab1 = make(t, fetcher, outbox);
    const tab2 = make(t, fetcher, outbox);
    await tab1.saveCampaign({ id: 'A', name: 'A' });
    net.down = true;
    for (const i of [1, 2, 3]) await rejectsWith(tab1.submitLead(submission(`tab${i}@example.com`)), QueuedError);
    net.down = false;
    net.sent.length = 0;
    const [r1, r2] = await Promise.all([tab1.drain(), tab2.drain()]);
    expect(r1.sent + r2.sent).to.equal(3);
    expect(new Set(net.sent).size).to.equal(net.sent.length);
    expect((await tab1.countMembers('A')).total).to.equal(3);
    tab1.close();
    tab2.close();
  });

  it('the lead form tells the visitor their details are kept when the server is down', async () => {
    const t = await tenant();
    const { net, fetcher } = network();
    const a = make(t, fetcher);
    await a.saveCampaign({ id: 'A', name: 'A' });
    net.down = true;
    const kit = await fixture<LeadKit>(html`<lead-kit .adapter=${a}><lead-form campaign="A" min-fill-seconds="0"></lead-form></lead-kit>`);
    const form = kit.querySelector<LeadForm>('lead-form')!;
    await form.updateComplete;
    type(form, 'Email', 'queued@example.com');
    const queued = oneEvent(form, 'lead-submit-queued');
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await queued;
    await waitUntil(() => form.shadowRoot!.querySelector('.success'));
    expect(form.shadowRoot!.querySelector('.success')!.textContent).to.contain('saved on this device');
    await expect(form).to.be.accessible();
    net.down = false;
    await a.drain();
    expect(await a.findPersonByEmail('queued@example.com')).to.not.equal(null);
    a.close();
  });

  it('when IndexedDB refuses the outbox write, <lead-form> with a publishable key still delivers the lead once; offline it waits in the page, with a warning', async () => {
    const { key: secret, tenant: t } = await testKey();
    const { key: publishable } = await testKey('publishable', t);
    const admin = new RestAdapter({ baseUrl: TEST_SERVER, key: secret, outbox: false });
    await admin.saveCampaign({ id: 'A', name: 'A' });
    const { net, fetcher } = network();
    const a = make(publishable, fetcher);
    const put = IDBObjectStore.prototype.put;
    let refused = 0;
    IDBObjectStore.prototype.put = function () {
      refused++;
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const kit = await fixture<LeadKit>(html`<lead-kit .adapter=${a}><lead-form campaign="A" min-fill-seconds="0"></lead-form></lead-kit>`);
      const form = kit.querySelector<LeadForm>('lead-form')!;
      await form.updateComplete;
      type(form, 'Email', 'no-storage@example.com');
      const submitted = oneEvent(form, 'lead-submitted');
      form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      expect((await submitted).detail.person.type).to.equal('lead');
      expect(refused).to.be.greaterThan(0);
      expect(net.sent).to.have.length(1);
      expect((await admin.countMembers('A')).total).to.equal(1);
      expect(await admin.findPersonByEmail('no-storage@example.com')).to.not.equal(null);

      // Offline too: kept in this page's memory, the visitor is told to keep the page open.
      net.down = true;
      const second = await fixture<LeadKit>(html`<lead-kit .adapter=${a}><lead-form campaign="A" min-fill-seconds="0"></lead-form></lead-kit>`);
      const form2 = second.querySelector<LeadForm>('lead-form')!;
      await form2.updateComplete;
      type(form2, 'Email', 'memory-only@example.com');
      const queued = oneEvent(form2, 'lead-submit-queued');
      form2.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      expect((await queued).detail.durable).to.equal(false);
      await waitUntil(() => form2.shadowRoot!.querySelector('.success.warning'), 'warning shown');
      expect(form2.shadowRoot!.querySelector('.success')!.textContent).to.contain('keep this page open');
      await expect(form2).to.be.accessible();
      expect((await a.outbox!.list()).map((e) => e.state)).to.deep.equal(['pending']);
      net.down = false;
      expect(await a.drain()).to.deep.equal({ sent: 1, failed: 0, pending: 0 });
      expect(await a.drain()).to.deep.equal({ sent: 0, failed: 0, pending: 0 });
      expect((await admin.countMembers('A')).total).to.equal(2);
    } finally {
      IDBObjectStore.prototype.put = put;
      a.close();
    }
  });

  it('shows a stale status update from another client as a conflict in the member list', async () => {
    const t = await tenant();
    const a = make(t);
    const other = make(t);
    await a.saveCampaign({ id: 'E', name: 'E', type: 'event' });
    await a.importLeads({ campaignId: 'E' }, [{ email: 'one@example.com', lastName: 'One' }]);
    const kit = await fixture<LeadKit>(html`<lead-kit .adapter=${a}><campaign-member-list campaign="E" columns="name,status"></campaign-member-list></lead-kit>`);
    const list = kit.querySelector<CampaignMemberList>('campaign-member-list')!;
    await waitUntil(() => list.shadowRoot!.querySelector('.body [role=row] .cell.status button'), 'row', { timeout: 5000 });
    const [m] = (await a.pageMembers({ campaignId: 'E' })).items;
    // Another client's write lands between the list's read and its write.
    let landed: Promise<unknown> = Promise.resolve();
    list.addEventListener('member-status-change', () => (landed = other.setMemberStatus({ campaignId: 'E', members: [{ id: m.id, version: m.version }], status: 'No-show' })), { once: true });
    const own = a.setMemberStatus.bind(a);
    a.setMemberStatus = async (input, o) => {
      await landed;
      return own(input, o);
    };
    // The status is a button until clicked; then its select.
    list.shadowRoot!.querySelector<HTMLButtonElement>('.body [role=row] .cell.status button')!.click();
    await list.updateComplete;
    const select = list.shadowRoot!.querySelector<HTMLSelectElement>('.body [role=row] .cell.status select')!;
    select.value = 'Attended';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => list.shadowRoot!.querySelector('.problem[role=alert]'), 'conflict shown', { timeout: 5000 });
    expect(list.shadowRoot!.textContent).to.contain('Someone else changed these members in the meantime');
    expect((await a.countMembers('E')).byStatus).to.deep.equal({ 'No-show': 1 });
    a.close();
    other.close();
  });
});
