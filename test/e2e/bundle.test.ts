/**
 * The all-in-one bundle on a plain HTML page: one `<script type="module">` and nothing else.
 * `npm test` builds dist/lead-kit.js first (scripts/test.mjs).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { IndexedDBStore, LocalAdapter } from '../../src/adapters/local/index.js';
import { deleteDatabase, testDatabaseName } from '../helpers/idb.js';

function plainPage(body: string, head = ''): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head>${head}<script type="module" src="/dist/lead-kit.js"></script></head><body>${body}</body></html>`;
  document.body.append(frame);
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(frame), { once: true }));
}

describe('dist/lead-kit.js on a plain page', () => {
  it("keeps its error classes' names (a console reads \"ConflictError: …\", not a minified name)", async () => {
    const frame = await plainPage(
      `<script type="module">
         import * as kit from '/dist/lead-kit.js';
         window.names = [
           new kit.LeadKitError('conflict', 'm'), new kit.ValidationError([]), new kit.NotFoundError('lead', '1'), new kit.ConflictError(),
           new kit.UnavailableError('m'), new kit.QueuedError('m', 'k'), new kit.AbortedError(),
         ].map((e) => e.name);
       </script>`,
    );
    const win = frame.contentWindow as Window & { names?: string[] };
    await waitUntil(() => win.names, 'the page made the errors', { timeout: 5000 });
    expect(win.names).to.deep.equal(['LeadKitError', 'ValidationError', 'NotFoundError', 'ConflictError', 'UnavailableError', 'QueuedError', 'AbortedError']);
    frame.remove();
  });

  it('defines the elements and stores through the default IndexedDB adapter named by the page', async () => {
    const db = testDatabaseName();
    const frame = await plainPage(
      `<lead-kit><p>inside</p></lead-kit>
       <script type="module">
         import { getDefaultAdapter } from '/dist/lead-kit.js';
         window.result = await getDefaultAdapter().submitLead({
           submissionId: 'plain-page-0001', campaignId: 'A', lead: { email: 'visitor@example.com', firstName: 'Олена' },
         });
       </script>`,
      `<meta name="lead-kit:database" content="${db}">`,
    );
    const win = frame.contentWindow as Window & { result?: { matched: boolean } };
    await waitUntil(() => win.result, 'the page submitted a lead', { timeout: 5000 });
    expect(win.customElements.get('lead-kit')).to.be.a('function');
    expect(frame.contentDocument!.querySelector('lead-kit')!.shadowRoot).to.not.equal(null);
    expect(win.result!.matched).to.equal(false);
    // Read it back from this page through our own adapter on the same database.
    const store = new IndexedDBStore(db);
    try {
      const adapter = new LocalAdapter(store);
      expect((await adapter.countMembers('A')).total).to.equal(1);
      const person = await adapter.findPersonByEmail('VISITOR@example.com');
      expect((await adapter.getLead(person!.id)).firstName).to.equal('Олена');
    } finally {
      store.close();
      frame.remove();
      await deleteDatabase(db);
    }
  });

  it('lets a visitor fill in <lead-form campaign="A"> by its labels and stores the lead on campaign A', async () => {
    const db = testDatabaseName();
    const frame = await plainPage(`<lead-form campaign="A" min-fill-seconds="0"></lead-form>`, `<meta name="lead-kit:database" content="${db}">`);
    const doc = frame.contentDocument!;
    await waitUntil(() => doc.querySelector('lead-form')?.shadowRoot?.querySelector('form'), 'the form renders', { timeout: 5000 });
    const root = doc.querySelector('lead-form')!.shadowRoot!;
    const field = (text: string) => {
      const label = [...root.querySelectorAll('label')].find((l) => l.textContent!.trim().startsWith(text))!;
      return root.getElementById(label.htmlFor) as HTMLInputElement;
    };
    for (const [label, value] of [['First name', 'Ioana'], ['Email', 'ioana@example.ro'], ['Company', 'Dacia']]) {
      const input = field(label);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    root.querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
    await waitUntil(() => root.querySelector('[part=success]'), 'the visitor sees the thank-you', { timeout: 5000 });
    const store = new IndexedDBStore(db);
    try {
      const adapter = new LocalAdapter(store);
      const person = await adapter.findPersonByEmail('ioana@example.ro');
      expect((await adapter.getLead(person!.id)).company).to.equal('Dacia');
      expect((await adapter.countMembers('A')).responded).to.equal(1);
    } finally {
      store.close();
      frame.remove();
      await deleteDatabase(db);
    }
  });
});
