import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/campaign-member-list.js';
import '../../src/define/campaign-member-add.js';
import '../../src/define/lead-kit.js';
import type { CampaignMemberList } from '../../src/components/campaign-member-list/campaign-member-list.js';
import type { CampaignMemberAdd } from '../../src/components/campaign-member-list/campaign-member-add.js';
import type { QuickCampaignCreatedEvent } from '../../src/components/campaign-member-list/campaign-member-list.events.js';
import { LocalAdapter, MemoryStore } from '../../src/adapters/local/index.js';
import type { LeadKit } from '../../src/context/lead-kit.js';

async function list(n: number) {
  const a = new LocalAdapter(new MemoryStore());
  await a.saveCampaign({ id: 'E', name: 'Summit', type: 'event' });
  await a.importLeads({ campaignId: 'E', status: 'Registered' }, Array.from({ length: n }, (_, i) => ({ email: `p${i}@example.com`, lastName: `P${String(i).padStart(5, '0')}` })));
  const kit = await fixture<LeadKit>(html`<lead-kit .adapter=${a}><campaign-member-list campaign="E"></campaign-member-list></lead-kit>`);
  const el = kit.querySelector<CampaignMemberList>('campaign-member-list')!;
  await waitUntil(() => el.shadowRoot!.querySelector('.body [role=row]:not(.placeholder)'), 'rows', { timeout: 5000 });
  return { a, el, root: el.shadowRoot! };
}

const button = (root: ShadowRoot, text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent!.trim().startsWith(text))!;

describe('quick campaign: "New campaign from selection"', () => {
  it('from the member list: 5,000 selected (all matching) become one campaign with 5,000 members, with progress; a name is required', async () => {
    document.body.style.width = '1400px';
    const { a, el, root } = await list(5000);
    root.querySelector<HTMLInputElement>('[role=columnheader] input[type=checkbox]')!.click();
    await el.updateComplete;
    await waitUntil(() => root.querySelector('.bulk')?.textContent?.includes('Selected: 5,000'), 'all 5,000 selected');
    button(root, 'New campaign from selection').click();
    await waitUntil(() => root.querySelector<HTMLDialogElement>('dialog.quick-campaign')?.open, 'the dialog');
    const dialog = root.querySelector<HTMLDialogElement>('dialog.quick-campaign')!;
    expect(dialog.textContent).to.contain('A new campaign with the 5,000 selected people as its members');
    dialog.querySelector('form')!.requestSubmit();
    await waitUntil(() => dialog.querySelector('#quick-name-error'), 'name required');
    expect(dialog.querySelector('#quick-name-error')!.textContent).to.equal('This field is required.');
    await expect(el).to.be.accessible();
    dialog.querySelector<HTMLInputElement>('#quick-name')!.value = 'Summit follow-up calls';
    const created = new Promise<QuickCampaignCreatedEvent>((resolve) => el.addEventListener('quick-campaign-created', resolve, { once: true }));
    const progress: string[] = [];
    const watch = setInterval(() => progress.push(dialog.querySelector('.progress')!.textContent!), 5);
    dialog.querySelector('form')!.requestSubmit();
    const event = await created;
    clearInterval(watch);
    expect(event.detail.membersCreated).to.equal(5000);
    expect(progress.some((p) => /Working… [\d,]+ of 5,000/.test(p)), 'progress shown').to.equal(true);
    const campaigns = await a.listCampaigns();
    const quick = campaigns.find((c) => c.name === 'Summit follow-up calls')!;
    expect((await a.countMembers(quick.id)).total).to.equal(5000);
    expect(campaigns).to.have.length(2);
    await waitUntil(() => root.querySelector('.announce')!.textContent === 'Campaign Summit follow-up calls created with 5,000 members.');
    expect(root.querySelector('.bulk')).to.equal(null); // the selection is cleared
  });

  it('from the people search of <campaign-member-add>: the chosen people become a campaign', async () => {
    const a = new LocalAdapter(new MemoryStore());
    await a.saveCampaign({ id: 'E', name: 'Summit', type: 'event' });
    for (const name of ['Ana Pop', 'Ion Pop', 'Maria Ionescu']) {
      const [first, last] = name.split(' ');
      await a.createLead({ firstName: first, lastName: last, email: `${first.toLowerCase()}@example.com` });
    }
    const kit = await fixture<LeadKit>(html`<lead-kit .adapter=${a}><campaign-member-add campaign="E"></campaign-member-add></lead-kit>`);
    const add = kit.querySelector<CampaignMemberAdd>('campaign-member-add')!;
    const root = add.shadowRoot!;
    const search = root.querySelector<HTMLInputElement>('#add-search')!;
    search.value = 'pop';
    search.dispatchEvent(new Event('input'));
    await waitUntil(() => root.querySelectorAll('.add-results li').length === 2, 'two found');
    root.querySelectorAll<HTMLInputElement>('.add-results input[type=checkbox]').forEach((c) => c.click());
    await add.updateComplete;
    button(root, 'New campaign from selection').click();
    await waitUntil(() => root.querySelector<HTMLDialogElement>('dialog.quick-campaign')?.open);
    const dialog = root.querySelector<HTMLDialogElement>('dialog.quick-campaign')!;
    dialog.querySelector<HTMLInputElement>('#quick-name')!.value = 'Pop family';
    const type = dialog.querySelector<HTMLSelectElement>('#quick-type')!;
    type.value = 'direct-mail';
    dialog.querySelector('form')!.requestSubmit();
    await waitUntil(() => root.querySelector('.announce')!.textContent === 'Campaign Pop family created with 2 members.', 'created');
    const quick = (await a.listCampaigns()).find((c) => c.name === 'Pop family')!;
    expect(quick.type).to.equal('direct-mail');
    expect((await a.countMembers(quick.id)).total).to.equal(2);
    expect((await a.countMembers('E')).total, 'nothing added to the campaign the dialog was for').to.equal(0);
  });
});
