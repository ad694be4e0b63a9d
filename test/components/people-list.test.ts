import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define/people-list.js';
import '../../src/define/lead-kit.js';
import type { PeopleList } from '../../src/components/people-list/people-list.js';
import type { CampaignMemberImport } from '../../src/components/campaign-member-list/campaign-member-import.js';
import { IndexedDBStore, LocalAdapter, MemoryStore } from '../../src/adapters/local/index.js';
import { COUNTERS, toStored } from '../../src/adapters/local/idb-layout.js';
import { ChangeBuilder } from '../../src/domain/change-builder.js';
import { LEAD_REPORT_KEY } from '../../src/domain/lead-counts.js';
import type { LeadKit } from '../../src/context/lead-kit.js';
import type { DataAdapter } from '../../src/adapters/adapter.js';
import { RestAdapter } from '../../src/adapters/rest/index.js';
import { idbFixture } from '../helpers/idb.js';
import { TEST_SERVER, testKey } from '../helpers/server.js';

/** Six people: five leads of several ratings and sources, one converted into a contact. */
async function seeded() {
  let t = Date.UTC(2026, 10, 1, 9);
  const a = new LocalAdapter(new MemoryStore(), { now: () => new Date((t += 60_000)).toISOString() });
  const make = (lastName: string, fields: Parameters<DataAdapter['createLead']>[0]) => a.createLead({ lastName, email: `${lastName.toLowerCase()}@example.com`, ...fields });
  await make('Ali', { firstName: 'Fara', source: 'web' });
  await make('Ionescu', { firstName: 'Emil', source: 'phone', rating: 'cold', country: 'Romania' });
  await make('Martin', { firstName: 'Chloé', source: 'web', rating: 'hot', country: 'France' });
  await make('Nguyen', { firstName: 'Bao', source: 'event', rating: 'warm', country: 'Vietnam' });
  const ana = await make('Popescu', { firstName: 'Ana', source: 'event', rating: 'hot', company: 'Dacia', country: 'Romania' });
  await make('Shevchenko', { firstName: 'Dmytro', source: 'event', rating: 'hot' });
  await a.convertLead({ leadId: ana.id, leadVersion: ana.version, account: { mode: 'new' }, contact: { mode: 'new' } });
  return a;
}

/** Counts the adapter's calls, to prove a list reads a page, never everything. */
function counting(a: DataAdapter) {
  const calls: { method: string; args: unknown[] }[] = [];
  const proxy = new Proxy(a, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push({ method: String(key), args });
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { adapter: proxy, calls };
}

async function render(a: DataAdapter, el = html`<people-list></people-list>`) {
  const kit = await fixture<LeadKit>(html`<lead-kit .adapter=${a}>${el}</lead-kit>`);
  const list = kit.querySelector<PeopleList>('people-list')!;
  await waitUntil(() => list.shadowRoot!.querySelector('tbody tr, .state-box.empty'), 'list shown');
  return { el: list, root: list.shadowRoot! };
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const names = (root: ShadowRoot) => [...root.querySelectorAll('tbody th')].map((th) => text(th));
const settle = async (el: PeopleList, until: () => unknown, what: string) => {
  await waitUntil(until, what);
  await el.updateComplete;
};

describe('<people-list>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('lists leads and contacts with the default columns, the count from the counter, and is axe-clean', async () => {
    const { el, root } = await render(await seeded());
    expect(names(root)).to.deep.equal(['Fara Ali', 'Emil Ionescu', 'Chloé Martin', 'Bao Nguyen', 'Ana Popescu', 'Dmytro Shevchenko']);
    expect(text(root.querySelector('h2'))).to.equal('People (6)');
    expect([...root.querySelectorAll('thead th')].map((th) => text(th))).to.deep.equal(['', 'Name ↑', 'Type', 'Company', 'Email', 'Lead status', 'Rating', 'Lead source', 'Created']);
    const popescu = [...root.querySelectorAll('tbody tr')][4];
    expect(text(popescu.children[2])).to.equal('Contact');
    expect(popescu.querySelector('select, button.cell-edit')).to.equal(null); // a contact has no rating or status to edit
    expect(text(root.querySelector('.pager span'))).to.equal('1–6 of 6');
    await expect(el).to.be.accessible();
  });

  it('opens with a filter and a sort from its attributes, survives a bad condition and says so', async () => {
    const { el, root } = await render(await seeded(), html`<people-list filter="rating=hot; source=event,web; salary=100" sort="created" direction="desc"></people-list>`);
    expect(names(root)).to.deep.equal(['Dmytro Shevchenko', 'Chloé Martin']);
    expect([...root.querySelectorAll('.filter-chip span')].map((s) => text(s))).to.deep.equal(['Rating: Hot', 'Lead source: Event, Web']);
    expect(text(root.querySelector('.dropped'))).to.include('salary=100');
    expect(text(root.querySelector('th[aria-sort=descending]'))).to.equal('Created ↓');
    await expect(el).to.be.accessible();
    // Removing a chip widens the list at once.
    (root.querySelector('.filter-chip button') as HTMLButtonElement).click();
    await settle(el, () => names(root).length === 4, 'filter removed');
    expect(names(root)).to.deep.equal(['Dmytro Shevchenko', 'Bao Nguyen', 'Chloé Martin', 'Fara Ali']); // a contact has no lead source
  });

  it('builds a filter from the keyboard: field, condition, values, then Add filter', async () => {
    const { el, root } = await render(await seeded());
    const filters = [...root.querySelectorAll('.toolbar button')].find((b) => text(b) === 'Filters') as HTMLButtonElement;
    filters.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(filters.getAttribute('aria-expanded')).to.equal('true');
    const field = root.querySelector('.filter-builder select') as HTMLSelectElement;
    field.value = 'country';
    field.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const [, op] = root.querySelectorAll<HTMLSelectElement>('.filter-builder select');
    expect([...op.options].map((o) => o.value)).to.deep.equal(['in', 'contains', 'empty', 'present']);
    const value = root.querySelector('.filter-builder input') as HTMLInputElement;
    value.focus();
    await sendKeys({ type: 'roman' });
    await sendKeys({ press: 'Enter' });
    await settle(el, () => names(root).length === 2, 'filtered by country');
    expect(names(root)).to.deep.equal(['Emil Ionescu', 'Ana Popescu']);
    expect(text(root.querySelector('.filter-chip span'))).to.equal('Country contains “roman”');
    expect(text(root.querySelector('h2'))).to.equal('People'); // the counter does not count countries: no total claimed
    await expect(el).to.be.accessible();
  });

  it('sorts by rating from its header, and says a field without an index cannot be sorted', async () => {
    const { el, root } = await render(await seeded());
    const header = (name: string) => [...root.querySelectorAll('thead th')].find((th) => text(th).startsWith(name))!;
    (header('Rating').querySelector('button') as HTMLButtonElement).click();
    await settle(el, () => names(root)[0] === 'Chloé Martin', 'sorted by rating');
    expect(names(root)).to.deep.equal(['Chloé Martin', 'Dmytro Shevchenko', 'Bao Nguyen', 'Emil Ionescu', 'Fara Ali', 'Ana Popescu']);
    expect(header('Company').querySelector('button')).to.equal(null);
    expect(header('Company').getAttribute('title')).to.equal('Company cannot be sorted: no index keeps it in order');
  });

  it('picks and orders columns from the keyboard', async () => {
    const { el, root } = await render(await seeded());
    const columns = [...root.querySelectorAll<HTMLButtonElement>('.toolbar button')].find((b) => text(b) === 'Columns')!;
    columns.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const phone = [...root.querySelectorAll('.columns-picker li')].find((li) => text(li.querySelector('label')) === 'Phone')!;
    phone.querySelector('input')!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect([...root.querySelectorAll('thead th')].map((th) => text(th)).at(-1)).to.equal('Phone');
    const up = [...root.querySelectorAll('.columns-picker li')].find((li) => text(li.querySelector('label')) === 'Phone')!.querySelector<HTMLButtonElement>('button')!;
    up.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect([...root.querySelectorAll('thead th')].map((th) => text(th)).slice(-2)).to.deep.equal(['Phone', 'Created']);
    await expect(el).to.be.accessible();
  });

  it('saves a view from the keyboard: Views, a name, Enter; then deletes it after a confirmation', async () => {
    const a = await seeded();
    const { el, root } = await render(a, html`<people-list filter="rating=hot"></people-list>`);
    const views = [...root.querySelectorAll<HTMLButtonElement>('.toolbar button')].find((b) => text(b) === 'Views')!;
    views.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    root.querySelector<HTMLInputElement>('.view-panel input')!.focus();
    await sendKeys({ type: 'Hot people' });
    await sendKeys({ press: 'Enter' });
    await settle(el, () => text(root.querySelector('.announce')) === 'View “Hot people” saved.', 'saved');
    expect((await a.listPeopleViews()).map((v) => [v.name, v.filters])).to.deep.equal([['Hot people', [{ field: 'rating', op: 'in', values: ['hot'] }]]]);
    expect(text(root.querySelector('select.views option:checked'))).to.equal('Hot people');
    await expect(el).to.be.accessible();
    const remove = [...root.querySelectorAll<HTMLButtonElement>('.view-panel button')].find((b) => text(b) === 'Delete view')!;
    remove.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(root.querySelector('.view-panel .confirm span'))).to.equal('Delete the view “Hot people”?');
    expect(await a.listPeopleViews()).to.have.length(1); // asked first, nothing deleted yet
    [...root.querySelectorAll<HTMLButtonElement>('.view-panel .confirm button')].find((b) => text(b) === 'Delete view')!.click();
    await settle(el, () => text(root.querySelector('.announce')) === 'View “Hot people” deleted.', 'deleted');
    expect(await a.listPeopleViews()).to.deep.equal([]);
    expect(text(root.querySelector('select.views option:checked'))).to.equal('All people');
  });

  it("resizes columns by keyboard or drag (the header's separator), and a saved view keeps the widths", async () => {
    const a = await seeded();
    const { el, root } = await render(a, html`<people-list columns="name company email rating"></people-list>`);
    const th = (i: number) => root.querySelectorAll<HTMLElement>('thead th')[i];
    const handle = root.querySelector<HTMLElement>('.resize[data-column="email"]')!;
    expect(handle.getAttribute('role')).to.equal('separator');
    expect(handle.getAttribute('aria-label')).to.equal('Width of Email');
    handle.focus();
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(root.querySelector('.resize[data-column="email"]')!.getAttribute('aria-valuenow')).to.equal('3');
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(root.querySelector('.resize[data-column="email"]')!.getAttribute('aria-valuenow')).to.equal('6');
    expect(Math.round(th(3).getBoundingClientRect().width / rem)).to.equal(6);
    // A drag widens the company column by 80 px (5 rem at 16 px).
    const company = root.querySelector<HTMLElement>('.resize[data-column="company"]')!;
    const box = company.getBoundingClientRect();
    const before = th(2).getBoundingClientRect().width;
    const pointer = (type: string, x: number) => company.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerId: 1, clientX: x, clientY: box.top + 4 }));
    pointer('pointerdown', box.left + 4);
    pointer('pointermove', box.left + 4 + 5 * rem);
    pointer('pointerup', box.left + 4 + 5 * rem);
    await el.updateComplete;
    expect(Math.abs(th(2).getBoundingClientRect().width - (before + 5 * rem))).to.be.below(rem);
    await expect(el).to.be.accessible();
    // Saved with a view, and back when it opens.
    const views = [...root.querySelectorAll<HTMLButtonElement>('.toolbar button')].find((b) => text(b) === 'Views')!;
    views.click();
    await el.updateComplete;
    root.querySelector<HTMLInputElement>('.view-panel input')!.focus();
    await sendKeys({ type: 'Narrow email' });
    await sendKeys({ press: 'Enter' });
    await settle(el, () => text(root.querySelector('.announce')) === 'View “Narrow email” saved.', 'saved');
    const [view] = await a.listPeopleViews();
    expect(view.widths?.email).to.equal(6);
    expect(view.widths?.company).to.be.a('number');
    const again = await render(a, html`<people-list view="Narrow email"></people-list>`);
    await settle(again.el, () => again.root.querySelector('.resize[data-column="email"]')?.getAttribute('aria-valuenow') === '6', 'the width back');
    // Delete lets the column size itself again.
    again.root.querySelector<HTMLElement>('.resize[data-column="email"]')!.focus();
    await sendKeys({ press: 'Delete' });
    await again.el.updateComplete;
    expect(again.root.querySelector('table')!.classList.contains('sized')).to.equal(true); // company still sized
    again.root.querySelector<HTMLElement>('.resize[data-column="company"]')!.focus();
    await sendKeys({ press: 'Delete' });
    await again.el.updateComplete;
    expect(again.root.querySelector('table')!.classList.contains('sized')).to.equal(false);
    // As wide as its addresses (measured once the frame is painted).
    await settle(again.el, () => Number(again.root.querySelector('.resize[data-column="email"]')!.getAttribute('aria-valuenow')) > 6, 'the width it took');
  });

  it('pages from the index: a page of 2 reads 2 people per call, Next and Previous keep their place', async () => {
    const { adapter, calls } = counting(await seeded());
    const { el, root } = await render(adapter, html`<people-list page-size="2"></people-list>`);
    expect(names(root)).to.deep.equal(['Fara Ali', 'Emil Ionescu']);
    const [prev, next] = root.querySelectorAll<HTMLButtonElement>('.pager button');
    expect(prev.disabled).to.equal(true);
    next.click();
    await settle(el, () => names(root)[0] === 'Chloé Martin', 'second page');
    expect(text(root.querySelector('.pager span'))).to.equal('3–4 of 6');
    prev.click();
    await settle(el, () => names(root)[0] === 'Fara Ali', 'back to the first page');
    const reads = calls.filter((c) => c.method === 'pagePeople');
    expect(reads.every((c) => (c.args[0] as { limit: number }).limit === 2)).to.equal(true);
    expect(calls.some((c) => /^(searchPeople|pageMembers)$/.test(c.method))).to.equal(false);
  });

  it('shows the first rows of 100,000 people sorted by rating from the index: the store reads one page, never everything', async function (this: Mocha.Context) {
    this.timeout(60_000); // writing the 100,000 leads takes seconds on a busy machine; the list's read is what is checked
    const db = idbFixture();
    try {
      // 100,000 leads written straight into the database (as an import leaves them), counted as the writes count them.
      await db.adapter.listCampaigns(); // creates the database
      const b = new ChangeBuilder('2026-11-01T09:00:00.000Z');
      const ratings = ['hot', 'warm', 'cold', undefined] as const;
      for (let i = 0; i < 100_000; i++) {
        const rating = ratings[i % 4];
        b.create('leads', `lead-${String(i).padStart(6, '0')}`, { lastName: `Person ${i}`, email: `p${i}@example.com`, source: 'import', status: 'open', ...(rating ? { rating } : {}) });
      }
      const counts = b.changes.counters.find((c) => c.key === LEAD_REPORT_KEY)!.deltas;
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(db.name);
        open.onsuccess = () => {
          const tx = open.result.transaction(['people', COUNTERS], 'readwrite', { durability: 'relaxed' });
          for (const w of b.changes.writes) tx.objectStore('people').put(toStored('leads', w.record));
          tx.objectStore(COUNTERS).put({ key: LEAD_REPORT_KEY, counts });
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      });
      const store = new IndexedDBStore(db.name);
      let read = 0;
      let everything = 0;
      const page = store.page.bind(store);
      store.page = async (name, index, o) => {
        const r = await page(name, index, o);
        read += r.items.length;
        return r;
      };
      const getAll = store.getAll.bind(store);
      store.getAll = async <T,>(name: Parameters<typeof getAll>[0]) => ((everything += name === 'people' || name === 'leads' || name === 'contacts' ? 1 : 0), getAll<T>(name));
      const { root } = await render(new LocalAdapter(store), html`<people-list sort="rating"></people-list>`);
      expect(root.querySelectorAll('tbody tr')).to.have.length(50);
      expect(text(root.querySelector('h2'))).to.equal('People (100,000)');
      expect(root.querySelector('tbody button.cell-edit[aria-label^="Rating"]')?.getAttribute('aria-label')).to.equal('Rating of Person 0: Hot');
      expect(read).to.equal(50); // one page of the people+rating index
      expect(everything).to.equal(0);
      store.close();
    } finally {
      await db.cleanup();
    }
  });

  it('edits a lead\'s rating in place; a stale edit is refused and reported, the list shows the lead as it is now', async () => {
    const a = await seeded();
    const { el, root } = await render(a);
    const row = () => [...root.querySelectorAll('tbody tr')].find((tr) => text(tr.querySelector('th')) === 'Fara Ali')!;
    // The value is a button until it is activated (from the keyboard: Enter), then the select, focused.
    const edit = async () => {
      const button = row().querySelector<HTMLButtonElement>('button.cell-edit[aria-label^="Rating of Fara Ali"]')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el, () => row().querySelector('select'), 'the select');
      const select = row().querySelector<HTMLSelectElement>('select[aria-label="Rating of Fara Ali"]')!;
      expect(select.matches(':focus')).to.equal(true);
      return select;
    };
    expect(row().querySelector('button.cell-edit[aria-label^="Rating of"]')!.getAttribute('aria-label')).to.equal('Rating of Fara Ali: Not rated');
    let rating = await edit();
    rating.value = 'warm';
    rating.dispatchEvent(new Event('change'));
    await settle(el, () => text(root.querySelector('.announce')).includes('Rating set to Warm on 1 leads'), 'saved');
    expect((await a.pagePeople({ filters: [{ field: 'rating', op: 'in', values: ['warm'] }] })).items.map((i) => i.person.lastName)).to.deep.equal(['Ali', 'Nguyen']);
    // Another tab changes her while the select is open: the list still holds the old version.
    rating = await edit();
    const held = (await a.pagePeople({ search: 'ali' })).items[0].person;
    const other = new LocalAdapter((a as unknown as { store: MemoryStore }).store);
    await other.updateLead(held.id, held.version, { title: 'CEO' });
    rating.value = 'cold';
    rating.dispatchEvent(new Event('change'));
    await settle(el, () => root.querySelector('.problem'), 'conflict reported');
    expect(text(root.querySelector('.problem'))).to.include('changed meanwhile');
    expect((await a.getLead(held.id)).rating).to.equal('warm');
  });

  it('classifies the selected leads at once, skipping contacts, and adds the selection to a campaign', async () => {
    const a = await seeded();
    await a.saveCampaign({ id: 'Q', name: 'Spring follow-up', type: 'email' });
    const { el, root } = await render(a);
    let classified: { leads: unknown[]; conflicts: number } | undefined;
    el.addEventListener('leads-classified', (e) => (classified = e.detail));
    (root.querySelector('thead input[type=checkbox]') as HTMLInputElement).click();
    await el.updateComplete;
    expect(text(root.querySelector('.bulk strong'))).to.equal('6 selected');
    const status = root.querySelector<HTMLSelectElement>('.bulk select[aria-label="Set lead status…"]')!;
    status.value = 'qualified';
    status.dispatchEvent(new Event('change'));
    await settle(el, () => classified, 'classified');
    expect(classified!.leads).to.have.length(5); // the contact has no lead status
    expect((await a.leadReport()).byStatus.find((s) => s.status === 'qualified')?.leads).to.equal(5);
    const campaign = root.querySelector<HTMLSelectElement>('.bulk .add select')!;
    campaign.dispatchEvent(new Event('focus'));
    await settle(el, () => campaign.options.length > 1, 'campaigns listed');
    campaign.value = 'Q';
    campaign.dispatchEvent(new Event('change'));
    await el.updateComplete;
    (root.querySelector('.bulk .add button') as HTMLButtonElement).click();
    await settle(el, () => text(root.querySelector('.announce')).includes('Spring follow-up'), 'added');
    expect((await a.countMembers('Q')).total).to.equal(6);
    await expect(el).to.be.accessible();
  });

  /** Builds "Hot event leads" from the keyboard and the panels: rating and source columns, rating = Hot and source = Event, newest first; saves it as the default. */
  async function saveHotEventView(el: PeopleList, root: ShadowRoot) {
    const button = (label: string) => [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label)!;
    el.filter = 'rating=hot; source=event';
    el.sort = 'created';
    el.direction = 'desc';
    el.columns = 'name rating source created';
    await settle(el, () => names(root).join() === 'Dmytro Shevchenko', 'filtered');
    button('Views').click();
    await el.updateComplete;
    const name = root.querySelector<HTMLInputElement>('.view-panel input')!;
    name.focus();
    await sendKeys({ type: 'Hot event leads' });
    button('Save as new view').click();
    await settle(el, () => text(root.querySelector('.announce')).includes('saved'), 'view saved');
    button('Make default').click();
    await settle(el, () => [...root.querySelectorAll('select.views option')].some((o) => text(o) === 'Hot event leads (default)'), 'made default');
  }

  it('saves a view that survives a reload, opens by view= and by default, and is left without a field that no longer exists', async () => {
    const db = idbFixture();
    try {
      const a = db.adapter;
      for (const [lastName, rating, source] of [['Ali', 'cold', 'web'], ['Shevchenko', 'hot', 'event'], ['Martin', 'hot', 'web']] as const) await a.createLead({ lastName, firstName: lastName === 'Ali' ? 'Fara' : lastName === 'Martin' ? 'Chloé' : 'Dmytro', email: `${lastName}@example.com`, rating, source });
      const first = await render(a);
      await saveHotEventView(first.el, first.root);
      await expect(first.el).to.be.accessible();
      first.el.closest('lead-kit')!.remove();
      // A reload: a new adapter on the same database, a bare list opens the default view.
      const again = await render(db.peer());
      expect(names(again.root)).to.deep.equal(['Dmytro Shevchenko']);
      expect([...again.root.querySelectorAll('thead th')].map((th) => text(th))).to.deep.equal(['', 'Name', 'Rating', 'Lead source', 'Created ↓']);
      expect([...again.root.querySelectorAll('.filter-chip span')].map((c) => text(c))).to.deep.equal(['Rating: Hot', 'Lead source: Event']);
      // By name, from another list on the page; a view naming a field gone (a custom field the page no longer declares) opens without it.
      await db.adapter.savePeopleView({ name: 'Tiers', columns: ['name', 'custom.tier'], filters: [{ field: 'custom.tier', op: 'in', values: ['gold'] }] });
      const tiers = await render(db.peer(), html`<people-list view="tiers"></people-list>`);
      expect([...tiers.root.querySelectorAll('thead th')].map((th) => text(th))).to.deep.equal(['', 'Name ↑']);
      expect(text(tiers.root.querySelector('.dropped'))).to.include('tier');
      expect(names(tiers.root)).to.have.length(3);
    } finally {
      await db.cleanup();
    }
  });

  it('shares a saved view through the server: a second browser opens it by view=', async () => {
    const { key } = await testKey();
    const one = new RestAdapter({ baseUrl: TEST_SERVER, key, outbox: false });
    await one.createLead({ firstName: 'Dmytro', lastName: 'Shevchenko', email: 'dmytro@example.com', rating: 'hot', source: 'event' });
    await one.createLead({ firstName: 'Chloé', lastName: 'Martin', email: 'chloe@example.com', rating: 'hot', source: 'web' });
    const first = await render(one);
    await saveHotEventView(first.el, first.root);
    first.el.closest('lead-kit')!.remove();
    const two = new RestAdapter({ baseUrl: TEST_SERVER, key, outbox: false });
    const second = await render(two, html`<people-list view="Hot event leads"></people-list>`);
    expect(names(second.root)).to.deep.equal(['Dmytro Shevchenko']);
    expect(text(second.root.querySelector('select.views option:checked'))).to.equal('Hot event leads (default)');
  });

  it('makes a new campaign from the selection in one step', async () => {
    const a = await seeded();
    const { el, root } = await render(a);
    let created: { campaign: { id: string; name: string }; membersCreated: number } | undefined;
    el.addEventListener('quick-campaign-created', (e) => (created = e.detail));
    (root.querySelector('thead input[type=checkbox]') as HTMLInputElement).click();
    await el.updateComplete;
    [...root.querySelectorAll<HTMLButtonElement>('.bulk button')].find((b) => text(b) === 'New campaign from selection')!.click();
    await settle(el, () => root.querySelector<HTMLDialogElement>('dialog.quick-campaign')?.open, 'dialog open');
    await sendKeys({ type: 'Spring follow-up' });
    await sendKeys({ press: 'Enter' });
    await settle(el, () => created, 'campaign created');
    expect(created!.membersCreated).to.equal(6);
    expect((await a.countMembers(created!.campaign.id)).total).to.equal(6);
    expect(text(root.querySelector('.announce'))).to.equal('Campaign Spring follow-up created with 6 members.');
    expect(root.querySelector('.bulk')).to.equal(null); // the selection is done with
  });

  it('imports a CSV into the workspace from "Import CSV": people matched or created, no campaign joined', async () => {
    const a = await seeded();
    const { el, root } = await render(a);
    [...root.querySelectorAll<HTMLButtonElement>('.toolbar button')].find((b) => text(b) === 'Import CSV')!.click();
    await el.updateComplete;
    const dialog = root.querySelector<HTMLDialogElement>('dialog.import')!;
    expect(dialog.open).to.equal(true);
    const importer = dialog.querySelector<CampaignMemberImport>('campaign-member-import')!;
    await importer.load(new File([new TextEncoder().encode('Email,First name,Last name,Company\nzoe@acme.com,Zoé,Aaron,Acme\nali@example.com,Fara,Ali,\n')], 'people.csv', { type: 'text/csv' }));
    await importer.updateComplete;
    expect(importer.shadowRoot!.querySelector('#status')).to.equal(null); // no campaign: no member status
    importer.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio][value=contact]')!.click();
    await importer.updateComplete;
    const done = new Promise<CustomEvent>((resolve) => importer.addEventListener('members-imported', (e) => resolve(e as CustomEvent), { once: true }));
    [...importer.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === 'Import 2 rows')!.click();
    const { detail } = await done;
    expect(detail.result).to.deep.include({ created: 1, matched: 1, membersCreated: 0 });
    await importer.updateComplete;
    expect(text(importer.shadowRoot!.querySelector('.done'))).to.equal('Import finished: 1 new contacts, 1 matched to people already in your records.');
    await settle(el, () => names(root)[0] === 'Zoé Aaron', 'the new contact listed');
    expect(text([...root.querySelectorAll('tbody tr')][0].children[2])).to.equal('Contact');
    await expect(el).to.be.accessible();
  });

  it('follows a lead created anywhere on the page', async () => {
    const a = await seeded();
    const { el, root } = await render(a);
    await a.createLead({ firstName: 'Zoé', lastName: 'Aaron', email: 'zoe@example.com' });
    await settle(el, () => names(root)[0] === 'Zoé Aaron', 'new lead listed');
    expect(text(root.querySelector('h2'))).to.equal('People (7)');
  });

  it('reads as labelled blocks on a phone, speaks Ukrainian, and says when no one matches', async () => {
    await setViewport({ width: 390, height: 800 });
    const { el, root } = await render(await seeded(), html`<people-list locale="uk" filter="country=Atlantis"></people-list>`);
    expect(text(root.querySelector('.state-box.empty'))).to.equal('Ніхто не відповідає цим фільтрам.');
    el.filter = 'rating=hot';
    await settle(el, () => root.querySelector('tbody tr'), 'rows');
    expect(text(root.querySelector('h2'))).to.equal('Люди (2)');
    const cell = root.querySelector('tbody td[data-label]')!;
    expect(getComputedStyle(cell, '::before').content).to.include('Тип');
    expect(root.querySelector('.card')!.scrollWidth).to.be.at.most(root.querySelector('.card')!.clientWidth + 1);
    await expect(el).to.be.accessible();
  });
});
