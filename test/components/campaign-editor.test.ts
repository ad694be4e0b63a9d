import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/campaign-editor.js';
import '../../src/define/campaign-summary.js';
import '../../src/define/lead-kit.js';
import type { CampaignEditor, CampaignSavedEvent } from '../../src/components/campaign-editor/campaign-editor.js';
import type { CampaignSummary } from '../../src/components/campaign-summary/campaign-summary.js';
import { LocalAdapter, MemoryStore } from '../../src/adapters/local/index.js';
import type { LeadKit } from '../../src/context/lead-kit.js';

async function render(a: LocalAdapter, campaign: string, extra = html``) {
  const kit = await fixture<LeadKit>(html`<lead-kit .adapter=${a}><campaign-editor campaign=${campaign}></campaign-editor>${extra}</lead-kit>`);
  const el = kit.querySelector<CampaignEditor>('campaign-editor')!;
  await waitUntil(() => el.shadowRoot!.querySelector('form.details'), 'the form');
  return { kit, el, root: el.shadowRoot! };
}

/** Types into a field of the editor as a user would (the input event bubbles to the form). */
function type(root: ShadowRoot, selector: string, value: string): void {
  const input = root.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
}

const submit = (root: ShadowRoot, form: string) => root.querySelector<HTMLFormElement>(form)!.requestSubmit();

/** Campaign S (email) with `n` members who all responded. */
async function responded(n: number) {
  const a = new LocalAdapter(new MemoryStore());
  await a.saveCampaign({ id: 'S', name: 'Spring newsletter', type: 'email', actualCost: 400 });
  await a.importLeads({ campaignId: 'S' }, Array.from({ length: n }, (_, i) => ({ email: `r${i}@example.com`, lastName: `R${i}` })));
  const members = (await a.pageMembers({ campaignId: 'S', limit: 500 })).items;
  await a.setMemberStatus({ campaignId: 'S', members: members.map((m) => ({ id: m.id, version: m.version })), status: 'Responded' });
  return a;
}

describe('<campaign-editor>', () => {
  it('creates a campaign: the type picks its starting statuses, field errors show at their fields, then it edits what it created', async () => {
    const a = new LocalAdapter(new MemoryStore());
    const { el, root } = await render(a, '');
    expect(root.querySelector('h2')!.textContent).to.equal('New campaign');
    const labels = () => [...root.querySelectorAll<HTMLInputElement>('input.status-label')].map((i) => i.value);
    expect(labels()).to.deep.equal(['Sent', 'Responded']);
    type(root, '#f-type', 'webinar');
    await el.updateComplete;
    expect(labels()).to.deep.equal(['Invited', 'Registered', 'Attended', 'No-show']);
    // No name, an end before the start, a cost that is not a number: nothing is written.
    type(root, '#f-startDate', '2027-05-10');
    type(root, '#f-endDate', '2027-05-01');
    type(root, '#f-budgetedCost', 'lots');
    submit(root, 'form.details');
    await waitUntil(() => root.querySelector('#f-budgetedCost-error'), 'the number error');
    expect(root.querySelector('#f-budgetedCost-error')!.textContent).to.equal('Enter a number.');
    type(root, '#f-budgetedCost', '2500');
    submit(root, 'form.details');
    await waitUntil(() => root.querySelector('#f-name-error') && root.querySelector('#f-endDate-error'), 'the adapter\'s field errors');
    expect(root.querySelector('#f-name-error')!.textContent).to.equal('This field is required.');
    expect(root.querySelector('#f-endDate-error')!.textContent).to.equal('The end date is before the start date.');
    expect(await a.listCampaigns()).to.deep.equal([]);
    const saved = new Promise<CampaignSavedEvent>((resolve) => el.addEventListener('campaign-saved', resolve, { once: true }));
    type(root, '#f-name', 'Product webinar');
    type(root, '#f-endDate', '2027-05-12');
    submit(root, 'form.details');
    const event = await saved;
    expect(event.detail.created).to.equal(true);
    const [created] = await a.listCampaigns();
    expect(created).to.deep.include({ name: 'Product webinar', type: 'webinar', budgetedCost: 2500, startDate: '2027-05-10', endDate: '2027-05-12' });
    expect(created.memberStatuses.map((s) => s.label)).to.deep.equal(['Invited', 'Registered', 'Attended', 'No-show']);
    expect(el.campaign).to.equal(created.id);
    await waitUntil(() => root.querySelector('form.status-form') && root.querySelector('h2')!.textContent === 'Product webinar', 'editing it');
    await expect(el).to.be.accessible();
  });

  it('turns double opt-in on and off with its box (labelled, with its hint), kept by the campaign', async () => {
    const a = new LocalAdapter(new MemoryStore());
    await a.saveCampaign({ id: 'N', name: 'News', type: 'email' });
    const { el, root } = await render(a, 'N');
    const box = root.querySelector<HTMLInputElement>('#f-doubleOptIn')!;
    expect(box.checked).to.equal(false);
    expect(box.closest('label')!.textContent).to.include('Double opt-in');
    expect(root.querySelector(`#${box.getAttribute('aria-describedby')}`)!.textContent).to.include('confirmation link');
    box.click();
    const saved = new Promise<CampaignSavedEvent>((resolve) => el.addEventListener('campaign-saved', resolve, { once: true }));
    submit(root, 'form.details');
    await saved;
    expect((await a.getCampaign('N')).doubleOptIn).to.equal(true);
    await el.updateComplete;
    expect(root.querySelector<HTMLInputElement>('#f-doubleOptIn')!.checked).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('reports a concurrent edit with both values and overwrites nothing; "Save mine over theirs" then saves', async () => {
    const a = await responded(1);
    const { el, root } = await render(a, 'S');
    await waitUntil(() => root.querySelector<HTMLInputElement>('#f-name')!.value === 'Spring newsletter');
    type(root, '#f-name', 'Spring newsletter (EU)');
    type(root, '#f-actualCost', '450');
    // Someone else saves meanwhile.
    const now = await a.getCampaign('S');
    await a.saveCampaign({ ...now, actualCost: 900 });
    submit(root, 'form.details');
    await waitUntil(() => root.querySelector('.conflict'), 'the conflict');
    const text = root.querySelector('.conflict')!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Someone else saved this campaign');
    expect(text).to.contain('Actual cost: “900” (yours: “450”)');
    expect(await a.getCampaign('S')).to.deep.include({ name: 'Spring newsletter', actualCost: 900 }); // not overwritten
    expect(root.querySelector<HTMLInputElement>('#f-name')!.value).to.equal('Spring newsletter (EU)'); // typed values kept
    await expect(el).to.be.accessible();
    root.querySelector<HTMLButtonElement>('.conflict button:not(.secondary)')!.click();
    await waitUntil(async () => (await a.getCampaign('S')).name === 'Spring newsletter (EU)', 'saved over theirs');
    expect((await a.getCampaign('S')).actualCost).to.equal(450);
    await waitUntil(() => !root.querySelector('.conflict'));
  });

  it('never offers the campaign itself or a sub-campaign as its parent; a cycle made elsewhere is refused at the field', async () => {
    const a = new LocalAdapter(new MemoryStore());
    await a.saveCampaign({ id: 'P', name: 'Program' });
    await a.saveCampaign({ id: 'C', name: 'Child', parentId: 'P' });
    await a.saveCampaign({ id: 'G', name: 'Grandchild', parentId: 'C' });
    await a.saveCampaign({ id: 'O', name: 'Other' });
    const { el, root } = await render(a, 'P');
    await waitUntil(() => root.querySelector<HTMLInputElement>('#f-name')!.value === 'Program');
    const options = [...root.querySelectorAll<HTMLOptionElement>('#f-parentId option')].map((o) => o.value);
    expect(options).to.deep.equal(['', 'O']);
    // The picker's list was read before another tab made O a child of G: choosing O is a cycle.
    await a.saveCampaign({ ...(await a.getCampaign('O')), parentId: 'G' });
    el['detailsDirty'] = true;
    type(root, '#f-parentId', 'O');
    submit(root, 'form.details');
    await waitUntil(() => root.querySelector('#f-parentId-error'), 'the cycle error');
    expect(root.querySelector('#f-parentId-error')!.textContent).to.equal('A campaign cannot sit under itself or one of its sub-campaigns.');
    expect((await a.getCampaign('P')).parentId).to.equal(undefined);
  });

  it('removes a status 40 members hold only with a status to move them to: one write; counts and the summary agree', async () => {
    const a = await responded(40);
    const writes: unknown[] = [];
    const change = a.changeMemberStatuses.bind(a);
    a.changeMemberStatuses = (...args: Parameters<LocalAdapter['changeMemberStatuses']>) => (writes.push(args[0]), change(...args));
    const { el, root } = await render(a, 'S', html`<campaign-summary campaign="S"></campaign-summary>`);
    const shows40 = () => [...root.querySelectorAll('.status-row .members')].some((m) => m.textContent === '40 members');
    await waitUntil(shows40, 'counts per status');
    // Add "Interested" and "Not interested" (both responses), then remove "Responded".
    root.querySelector<HTMLButtonElement>('button.add-status')!.click();
    await el.updateComplete;
    type(root, '.status-row:last-child input.status-label', 'Interested');
    root.querySelector<HTMLInputElement>('.status-row:last-child input[type=checkbox]')!.click();
    root.querySelector<HTMLButtonElement>('button.add-status')!.click();
    await el.updateComplete;
    type(root, '.status-row:last-child input.status-label', 'Not interested');
    root.querySelector<HTMLInputElement>('.status-row:last-child input[type=checkbox]')!.click();
    const respondedRow = [...root.querySelectorAll('.status-row')].find((r) => r.querySelector<HTMLInputElement>('input.status-label')?.value === 'Responded')!;
    respondedRow.querySelector<HTMLButtonElement>('button.remove')!.click();
    await el.updateComplete;
    const move = root.querySelector<HTMLSelectElement>('.status-row.removed select')!;
    expect(root.querySelector('.status-row.removed label')!.textContent).to.equal('Its 40 members move to');
    submit(root, 'form.status-form');
    await waitUntil(() => root.querySelector('.status-row.removed .problem'), 'asks where the members go');
    expect(writes).to.have.length(0);
    expect(move.getAttribute('aria-invalid')).to.equal('true');
    move.value = [...move.options].find((o) => o.text === 'Not interested')!.value;
    move.dispatchEvent(new Event('change'));
    submit(root, 'form.status-form');
    await waitUntil(() => root.querySelector('.card > .announce')!.textContent!.includes('Members moved: 40'), 'saved').catch((e) => {
      throw new Error(`${e.message}: ${root.querySelector('section')!.textContent!.replace(/\s+/g, ' ')} ${JSON.stringify(writes)}`);
    });
    expect(writes).to.have.length(1);
    const counts = await a.countMembers('S');
    expect(counts.byStatus).to.deep.equal({ 'Not interested': 40 });
    expect(counts.responded).to.equal(40);
    expect((await a.getCampaign('S')).memberStatuses.map((s) => s.label)).to.deep.equal(['Sent', 'Interested', 'Not interested']);
    const summary = el.parentElement!.querySelector<CampaignSummary>('campaign-summary')!;
    await waitUntil(() => summary.shadowRoot!.textContent!.includes('Not interested'), 'the summary shows the new status');
    const bars = summary.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(bars).to.not.contain('Responded 40');
    await waitUntil(shows40, 'the editor shows the new counts');
    await expect(el).to.be.accessible();
  });

  it("says how a default status reads in the page's language; the stored name is what is edited", async () => {
    const a = await responded(1);
    const kit = await fixture<LeadKit>(html`<lead-kit .adapter=${a}><campaign-editor campaign="S" locale="uk"></campaign-editor></lead-kit>`);
    const el = kit.querySelector<CampaignEditor>('campaign-editor')!;
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelectorAll('input.status-label').length === 2, 'the statuses');
    const first = root.querySelector<HTMLInputElement>('input.status-label')!;
    expect(first.value).to.equal('Sent');
    const hint = root.getElementById(first.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).to.equal('Показується як «Надіслано»');
    await expect(el).to.be.accessible();
    type(root, '.status-row:first-child input.status-label', 'Розіслано');
    await el.updateComplete;
    expect(first.hasAttribute('aria-describedby'), 'a name of its own reads as written').to.equal(false);
    expect(root.querySelector('.status-row:first-child .shown-as')).to.equal(null);
  });

  it('reorders statuses from the keyboard (Alt+↑/↓ on a name, or the buttons), announced, focus kept', async () => {
    const a = await responded(1);
    const { el, root } = await render(a, 'S');
    await waitUntil(() => root.querySelectorAll('input.status-label').length === 2);
    const first = root.querySelector<HTMLInputElement>('input.status-label')!;
    first.focus();
    await sendKeys({ press: 'Alt+ArrowDown' });
    await el.updateComplete;
    const labels = () => [...root.querySelectorAll<HTMLInputElement>('input.status-label')].map((i) => i.value);
    expect(labels()).to.deep.equal(['Responded', 'Sent']);
    expect(root.querySelector('.statuses [role=status]')!.textContent).to.equal('Sent moved to position 2.');
    await waitUntil(() => el.shadowRoot!.activeElement === first, 'focus stays on the moved name');
    root.querySelector<HTMLButtonElement>('.status-row:last-child button.up')!.click();
    await el.updateComplete;
    expect(labels()).to.deep.equal(['Sent', 'Responded']);
    // Renaming a status moves its member with it.
    type(root, '.status-row:last-child input.status-label', 'Replied');
    submit(root, 'form.status-form');
    await waitUntil(async () => (await a.countMembers('S')).byStatus.Replied === 1, 'renamed with its member');
  });

  it('deletes an empty campaign after confirmation; one with members says to complete or abort it instead', async () => {
    const a = await responded(1);
    await a.saveCampaign({ id: 'Q', name: 'Never used' });
    const { el, root } = await render(a, 'S');
    await waitUntil(() => root.querySelector('.delete-hint'));
    expect(root.querySelector('button.delete')).to.equal(null);
    expect(root.querySelector('.delete-hint')!.textContent).to.contain('Completed or Aborted');
    el.campaign = 'Q';
    await waitUntil(() => root.querySelector('button.delete'), 'delete offered');
    root.querySelector<HTMLButtonElement>('button.delete')!.click();
    await el.updateComplete;
    expect(root.querySelector('.confirm')!.textContent).to.contain('Delete Never used? This cannot be undone.');
    await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('confirm-delete'), 'focus on the confirmation');
    const deleted = new Promise<Event>((resolve) => el.addEventListener('campaign-deleted', resolve, { once: true }));
    root.querySelector<HTMLButtonElement>('button.confirm-delete')!.click();
    await deleted;
    expect((await a.listCampaigns()).map((c) => c.id)).to.deep.equal(['S']);
    await waitUntil(() => root.querySelector('h2')!.textContent === 'New campaign');
    expect(root.querySelector('.card > .announce')!.textContent).to.contain('Campaign Never used deleted.');
  });

  it('keeps materials: a link, a file (too large refused before sending), removed again', async () => {
    const a = await responded(1);
    const { el, root } = await render(a, 'S');
    await waitUntil(() => root.querySelector('.material-form'));
    type(root, '#mat-name', 'Landing page');
    type(root, '#mat-kind', 'landing-page');
    type(root, '#mat-url', 'https://example.com/spring');
    submit(root, '.material-form');
    await waitUntil(() => root.querySelector('.material-list a'), 'the link listed');
    expect(root.querySelector<HTMLAnchorElement>('.material-list a')!.href).to.equal('https://example.com/spring');
    // A file.
    root.querySelectorAll<HTMLInputElement>('.mode input')[1].click();
    await el.updateComplete;
    const file = root.querySelector<HTMLInputElement>('#mat-file')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File(['x'.repeat(600 * 1024)], 'huge.pdf', { type: 'application/pdf' }));
    file.files = transfer.files;
    type(root, '#mat-name', 'Huge brochure');
    submit(root, '.material-form');
    await waitUntil(() => root.querySelector('#mat-file-error'), 'too large');
    expect(root.querySelector('#mat-file-error')!.textContent).to.contain('huge.pdf is larger than 512');
    const small = new DataTransfer();
    small.items.add(new File(['%PDF small'], 'brochure.pdf', { type: 'application/pdf' }));
    root.querySelector<HTMLInputElement>('#mat-file')!.files = small.files;
    submit(root, '.material-form');
    await waitUntil(() => root.querySelectorAll('.material-list li').length === 2, 'the file listed');
    const [, stored] = await a.listMaterials('S');
    expect(stored.file).to.deep.equal({ name: 'brochure.pdf', type: 'application/pdf', size: 10 });
    expect(atob((await a.getMaterial(stored.id)).file!.data!)).to.equal('%PDF small');
    await expect(el).to.be.accessible();
    root.querySelector<HTMLButtonElement>('.material-list li button.remove')!.click();
    await waitUntil(() => root.querySelectorAll('.material-list li').length === 1, 'removed');
    expect((await a.listMaterials('S')).map((m) => m.name)).to.deep.equal(['Huge brochure']);
  });
});
