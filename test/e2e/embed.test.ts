/**
 * The landing-page embed as a marketer pastes it: a plain HTML page with one
 * `<script type="module" src=".../dist/cdn/<tag>.js">` and attributes, no other script. Leads must
 * reach the real Lead Kit server (or the CRM stand-ins); bad configuration sends nothing and tells
 * the site owner why. `npm test` builds dist/cdn first (scripts/test.mjs).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { RestAdapter } from '../../src/adapters/rest/index.js';
import { NotFoundError } from '../../src/adapters/errors.js';
import '../../src/define/lead-kit.js';
import '../../src/define/campaign-member-list.js';
import { rejectsWith } from '../helpers/expect-error.js';
import { CRM_STUBS, TEST_SERVER, testKey } from '../helpers/server.js';

type Frame = HTMLIFrameElement & { contentWindow: Window & { events?: { type: string; detail: unknown }[]; errors?: string[] } };

/** A page with only the CDN file(s) and `body`; it records the kit's events and console errors. */
function plainPage(body: string, { head = '', files = ['lead-form'] }: { head?: string; files?: string[] } = {}): Promise<Frame> {
  const frame = document.createElement('iframe') as Frame;
  const scripts = files.map((f) => `<script type="module" src="/dist/cdn/${f}.js"></script>`).join('');
  // The recorder is the test's, not the page's: it stands for the site owner's browser console.
  const recorder = `<script>
    window.events = []; window.errors = [];
    for (const type of ['lead-submitted', 'lead-submit-error', 'lead-submit-queued', 'lead-kit-config-error', 'lead-kit-access-error', 'lead-submit-suspected'])
      addEventListener(type, (e) => events.push({ type, detail: e.detail && { ...e.detail, error: e.detail.error && e.detail.error.name } }));
    const error = console.error; console.error = (...a) => { errors.push(a.join(' ')); error(...a); };
  </script>`;
  frame.srcdoc = `<!doctype html><html lang="en"><head>${recorder}${head}${scripts}</head><body>${body}</body></html>`;
  document.body.append(frame);
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(frame), { once: true }));
}

/** Fills a form in the frame (by its inputs' names) and submits it as a visitor would. */
async function fillAndSubmit(frame: Frame, values: Record<string, string>, selector = 'lead-form') {
  const win = frame.contentWindow;
  await waitUntil(() => win.customElements.get('lead-form') && win.document.querySelector(selector)?.shadowRoot?.querySelector('form'), 'the form rendered', { timeout: 10_000 });
  const form = win.document.querySelector(selector)!;
  const root = form.shadowRoot!;
  for (const [name, value] of Object.entries(values)) {
    const input = root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new (win as unknown as typeof globalThis).Event('input', { bubbles: true, composed: true }));
  }
  root.querySelector('form')!.requestSubmit();
}

const eventsOf = (frame: Frame, type: string) => (frame.contentWindow.events ?? []).filter((e) => e.type === type);

describe('the landing-page embed: dist/cdn files and attributes only', () => {
  let secret: string;
  let pub: string;
  before(async () => {
    const made = await testKey('secret');
    secret = made.key;
    pub = (await testKey('publishable', made.tenant)).key;
    const admin = new RestAdapter({ baseUrl: TEST_SERVER, key: secret, outbox: false });
    await admin.saveCampaign({ id: 'A', name: 'Landing page' });
  });
  const lookup = (email: string) => new RestAdapter({ baseUrl: TEST_SERVER, key: secret, outbox: false }).findPersonByEmail(email);

  it('<lead-form server key> on a page with only its CDN file delivers the lead to the server', async () => {
    const frame = await plainPage(`<lead-form campaign="A" min-fill-seconds="0" server="${TEST_SERVER}" key="${pub}"></lead-form>`);
    await fillAndSubmit(frame, { email: 'cdn-form@example.com', firstName: 'Олена' });
    await waitUntil(() => eventsOf(frame, 'lead-submitted').length, 'submitted', { timeout: 10_000 });
    expect(await lookup('cdn-form@example.com')).to.not.equal(null);
    expect(frame.contentWindow.errors).to.deep.equal([]);
    frame.remove();
  });

  it('<lead-kit server key> around two forms: both deliver through it', async () => {
    const frame = await plainPage(
      `<lead-kit server="${TEST_SERVER}" key="${pub}">
         <lead-form id="one" campaign="A" min-fill-seconds="0"></lead-form>
         <lead-form id="two" campaign="A" min-fill-seconds="0"></lead-form>
       </lead-kit>`,
      { files: ['lead-kit', 'lead-form'] },
    );
    await fillAndSubmit(frame, { email: 'kit-one@example.com' }, '#one');
    await fillAndSubmit(frame, { email: 'kit-two@example.com' }, '#two');
    await waitUntil(() => eventsOf(frame, 'lead-submitted').length === 2, 'both submitted', { timeout: 10_000 });
    expect(await lookup('kit-one@example.com')).to.not.equal(null);
    expect(await lookup('kit-two@example.com')).to.not.equal(null);
    frame.remove();
  });

  it('<meta name="lead-kit:server"> and lead-kit:key set the page-wide default', async () => {
    const frame = await plainPage(`<lead-form campaign="A" min-fill-seconds="0"></lead-form>`, {
      head: `<meta name="lead-kit:server" content="${TEST_SERVER}"><meta name="lead-kit:key" content="${pub}">`,
    });
    await fillAndSubmit(frame, { email: 'meta@example.com' });
    await waitUntil(() => eventsOf(frame, 'lead-submitted').length, 'submitted', { timeout: 10_000 });
    expect(await lookup('meta@example.com')).to.not.equal(null);
    frame.remove();
  });

  it('a secret key in an attribute sends nothing: the console and an event say why, the visitor keeps their details', async () => {
    const frame = await plainPage(`<lead-form campaign="A" min-fill-seconds="0" server="${TEST_SERVER}" key="${secret}"></lead-form>`);
    await waitUntil(() => eventsOf(frame, 'lead-kit-config-error').length, 'reported at once, before any submission', { timeout: 10_000 });
    expect((frame.contentWindow.errors ?? []).join('\n')).to.contain('secret key');
    expect((frame.contentWindow.errors ?? []).join('\n')).not.to.contain(secret.slice(20), 'the key itself is not echoed');
    await fillAndSubmit(frame, { email: 'secret-page@example.com' });
    await waitUntil(() => eventsOf(frame, 'lead-submit-error').length, 'the submission failed', { timeout: 10_000 });
    const root = frame.contentWindow.document.querySelector('lead-form')!.shadowRoot!;
    expect(root.querySelector('.form-error')!.textContent).to.contain('cannot send your details right now');
    expect(root.querySelector<HTMLInputElement>('[name="email"]')!.value).to.equal('secret-page@example.com');
    expect(await lookup('secret-page@example.com')).to.equal(null);
    frame.remove();
  });

  it('a revoked or unknown key: an access-error event, the lead kept on the device, not retried', async () => {
    const unknown = `lk_pub_000000000000_${'A'.repeat(43)}`;
    let requests = 0;
    const counting = (input: RequestInfo | URL, init?: RequestInit) => ((requests += String(input).includes('/submissions') ? 1 : 0), fetch(input, init));
    const outbox = `embed-access-${Date.now()}`;
    const adapter = new RestAdapter({ baseUrl: TEST_SERVER, key: unknown, outbox, fetch: counting, retryDelayMs: 5 });
    const { LeadKitAccessErrorEvent } = await import('../../src/components/lead-form/lead-form.events.js');
    await import('../../src/define/lead-kit.js');
    await import('../../src/define/lead-form.js');
    const kit = document.createElement('lead-kit');
    (kit as unknown as { adapter: RestAdapter }).adapter = adapter;
    kit.innerHTML = '<lead-form campaign="A" min-fill-seconds="0"></lead-form>';
    document.body.append(kit);
    const form = kit.querySelector('lead-form')!;
    await (form as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const accessed = new Promise<InstanceType<typeof LeadKitAccessErrorEvent>>((resolve) => form.addEventListener('lead-kit-access-error', (e) => resolve(e), { once: true }));
    const email = form.shadowRoot!.querySelector<HTMLInputElement>('[name="email"]')!;
    email.value = 'revoked@example.com';
    email.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    form.shadowRoot!.querySelector('form')!.requestSubmit();
    const event = await accessed;
    expect(event.detail.status).to.equal(401);
    expect(event.detail.error.name).to.equal('AccessError');
    const pending = await adapter.pendingWrites();
    expect(pending.map((p) => p.state)).to.deep.equal(['blocked']);
    const sent = requests;
    await adapter.flushPendingWrites();
    await new Promise((r) => setTimeout(r, 300));
    expect(requests).to.equal(sent, 'not retried with the refused key');
    // The page gets a valid key: the kept submission goes out.
    const fixed = new RestAdapter({ baseUrl: TEST_SERVER, key: pub, outbox });
    await fixed.flushPendingWrites();
    await waitUntil(async () => (await lookup('revoked@example.com')) !== null, 'delivered once the key was fixed', { timeout: 10_000 });
    expect(await fixed.pendingWrites()).to.deep.equal([]);
    kit.remove();
  });

  it('attributes reach Salesforce Web-to-Lead and HubSpot (stand-ins), with the field mapping from a JSON child', async () => {
    const received = async (api: string) => ((await (await fetch(`${CRM_STUBS}/__requests`)).json()) as { api: string; form?: Record<string, string>; body?: { fields: { name: string; value: string }[] } }[]).filter((r) => r.api === api);
    const sfBefore = (await received('salesforce')).length;
    const sf = await plainPage(
      `<lead-form campaign="7015e000000AbCd" min-fill-seconds="0" salesforce-org="00D000000000001">
         <script type="application/json">{"endpoint": "${CRM_STUBS}/servlet/servlet.WebToLead?encoding=UTF-8"}</script>
       </lead-form>`,
    );
    await fillAndSubmit(sf, { email: 'sf-embed@example.com', lastName: 'Pop' });
    await waitUntil(async () => (await received('salesforce')).length > sfBefore, 'posted to Salesforce', { timeout: 10_000 });
    const [post] = (await received('salesforce')).slice(-1);
    expect(post.form).to.deep.include({ oid: '00D000000000001', email: 'sf-embed@example.com', Campaign_ID: '7015e000000AbCd' });
    sf.remove();
    const hs = await plainPage(
      `<lead-form campaign="spring" min-fill-seconds="0" hubspot-portal="1234567" hubspot-form="a1b2c3d4-0000-4000-8000-000000000001">
         <script type="application/json">{"endpoint": "${CRM_STUBS}"}</script>
       </lead-form>`,
    );
    await fillAndSubmit(hs, { email: 'hs-embed@example.com' });
    await waitUntil(async () => (await received('hubspot')).some((r) => r.body?.fields.some((f) => f.value === 'hs-embed@example.com')), 'posted to HubSpot', { timeout: 10_000 });
    hs.remove();
  });

  it('a form posted with no interaction at all is held on the server, shown under "Suspected spam" and released into the campaign once', async () => {
    // The default time trap (3 s), and a "visitor" that only scripts the form: no focus, key or click.
    const frame = await plainPage(`<lead-form campaign="A" server="${TEST_SERVER}" key="${pub}"></lead-form>`);
    await fillAndSubmit(frame, { email: 'held-e2e@example.com', firstName: 'Held', lastName: 'Visitor' });
    await waitUntil(() => eventsOf(frame, 'lead-submit-suspected').length, 'suspected', { timeout: 10_000 });
    const [{ detail }] = eventsOf(frame, 'lead-submit-suspected') as { detail: { reason: string; outcome: string; submissionId: string } }[];
    expect(detail).to.include({ reason: 'no-interaction', outcome: 'held' });
    expect(eventsOf(frame, 'lead-submitted')).to.deep.equal([]);
    frame.remove();
    expect(await lookup('held-e2e@example.com')).to.equal(null); // held, not captured

    // The team's list (a secret key, on their own page): "Suspected spam (1)", then Release.
    const admin = new RestAdapter({ baseUrl: TEST_SERVER, key: secret, outbox: false });
    const before = (await admin.countMembers('A')).total;
    const kit = await fixture(html`<lead-kit .adapter=${admin}><campaign-member-list campaign="A"></campaign-member-list></lead-kit>`);
    const list = kit.querySelector('campaign-member-list')!;
    const root = list.shadowRoot!;
    await waitUntil(() => root.querySelector('.suspected-toggle'), 'the quarantine is offered', { timeout: 10_000 });
    root.querySelector<HTMLButtonElement>('.suspected-toggle')!.click();
    await waitUntil(() => root.querySelector('button[aria-label="Release Held Visitor into the campaign"]'), 'the held submission is listed', { timeout: 10_000 });
    root.querySelector<HTMLButtonElement>('button[aria-label="Release Held Visitor into the campaign"]')!.click();
    await waitUntil(() => root.querySelector('.held .empty'), 'released', { timeout: 10_000 });
    const person = await lookup('held-e2e@example.com');
    expect(person?.type).to.equal('lead');
    expect((await admin.countMembers('A')).total).to.equal(before + 1);
    await rejectsWith(admin.releaseHeldSubmission(detail.submissionId), NotFoundError); // once
    expect((await admin.countMembers('A')).total).to.equal(before + 1);
    kit.remove();
  });
});
