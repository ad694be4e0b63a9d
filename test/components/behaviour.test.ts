import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define/attendance-tracker.js';
import '../../src/define/campaign-member-list.js';
import '../../src/define/campaign-summary.js';
import '../../src/define/campaign-opportunities.js';
import '../../src/define/campaign-influence.js';
import '../../src/define/lead-report.js';
import '../../src/define/people-list.js';
import '../../src/define/campaign-editor.js';
import '../../src/define/person-campaigns.js';
import '../../src/define/lead-convert-wizard.js';
import '../../src/define/lead-form.js';
import '../../src/define/lead-kit.js';
import type { DataAdapter } from '../../src/adapters/adapter.js';
import { UnavailableError } from '../../src/adapters/errors.js';
import { LocalAdapter, MemoryStore } from '../../src/adapters/local/index.js';
import type { LeadKit } from '../../src/context/lead-kit.js';

/**
 * The behaviour every element shares, run the same way for each: it shows a loading state while
 * its data is on the way, an error with "Try again" when the adapter cannot be reached (and
 * recovers when it can), its ready (and, where it has one, empty) state, switches language when
 * `locale` changes, and is axe-clean in each of those states.
 */

/** An adapter whose reads wait for `open()` and fail while `failing` (writes pass through). */
function controlled(target: LocalAdapter) {
  let open!: () => void;
  const state = { failing: false, gate: new Promise<void>((r) => (open = r)) };
  const reads = /^(get|list|page|count|search|find|conversion|campaign|influence|leadReport)/;
  const adapter = new Proxy(target, {
    get(t, prop, receiver) {
      const value = Reflect.get(t, prop, receiver);
      if (typeof value !== 'function' || typeof prop !== 'string' || !reads.test(prop)) return typeof value === 'function' ? value.bind(t) : value;
      return async (...args: unknown[]) => {
        await state.gate;
        if (state.failing) throw new UnavailableError('offline');
        return (value as (...a: unknown[]) => unknown).apply(t, args);
      };
    },
  }) as DataAdapter;
  return { adapter, state, open: () => open() };
}

interface ElementSpec {
  tag: string;
  /** Data for the ready state; answers what the template needs (ids). */
  seed: (a: LocalAdapter) => Promise<Record<string, string>>;
  template: (ids: Record<string, string>) => TemplateResult;
  /** True once the element shows its data. */
  ready: (root: ShadowRoot) => boolean;
  /** Data for the empty state and how it shows, for elements that have one. */
  empty?: { seed: (a: LocalAdapter) => Promise<Record<string, string>>; shown: (root: ShadowRoot) => boolean };
  /** False for elements that read nothing before they can be used (the form). */
  reads: boolean;
  /** False when the first screen does not wait for the data (the import's file step). */
  waits?: boolean;
  /** A word of the ready state in Ukrainian (the locale switch shows it). */
  ukrainian: string;
}

const campaign = (a: LocalAdapter, type: 'event' | 'email' = 'event') => a.saveCampaign({ id: 'E', name: 'Summit', type });
const people = (a: LocalAdapter, n = 5) =>
  a.importLeads({ campaignId: 'E', status: 'Registered' }, Array.from({ length: n }, (_, i) => ({ firstName: `Ana${i}`, lastName: 'Pop', email: `ana${i}@example.com`, company: 'Acme' })));

/** A deal credited to campaign E: a lead on it converted with an opportunity. */
async function dealOn(a: LocalAdapter) {
  await campaign(a);
  const r = await a.submitLead({ submissionId: 'deal-seed-0001', campaignId: 'E', lead: { email: 'deal@example.com', lastName: 'Pop', company: 'Acme' } });
  const lead = await a.getLead(r.person.id);
  await a.convertLead({ leadId: lead.id, leadVersion: lead.version, account: { mode: 'new' }, contact: { mode: 'new' }, opportunity: { name: 'Acme - Pop', amount: 1000, closeDate: '2027-01-31', stage: 'proposal', primaryCampaignId: 'E' } });
}

const SPECS: ElementSpec[] = [
  {
    tag: 'lead-form',
    seed: async (a) => (await campaign(a), {}),
    template: () => html`<lead-form campaign="E"></lead-form>`,
    ready: (r) => !!r.querySelector('[part=submit-button]'),
    reads: false,
    ukrainian: 'Надіслати',
  },
  {
    tag: 'campaign-member-list',
    seed: async (a) => (await campaign(a), await people(a), {}),
    template: () => html`<campaign-member-list campaign="E"></campaign-member-list>`,
    ready: (r) => !!r.querySelector('.body [role=row]:not(.placeholder)'),
    empty: { seed: async (a) => (await campaign(a), {}), shown: (r) => !!r.querySelector('.empty-state') },
    reads: true,
    ukrainian: 'Учасники',
  },
  {
    tag: 'attendance-tracker',
    seed: async (a) => (await campaign(a), await people(a), {}),
    template: () => html`<attendance-tracker campaign="E"></attendance-tracker>`,
    ready: (r) => !!r.querySelector('#search'),
    reads: true,
    ukrainian: 'Реєстрація',
  },
  {
    tag: 'campaign-summary',
    seed: async (a) => (await campaign(a), await people(a), {}),
    template: () => html`<campaign-summary campaign="E"></campaign-summary>`,
    ready: (r) => !!r.querySelector('[part=figure]'),
    reads: true,
    ukrainian: 'Ліди',
  },
  {
    tag: 'campaign-opportunities',
    seed: async (a) => (await dealOn(a), {}),
    template: () => html`<campaign-opportunities campaign="E"></campaign-opportunities>`,
    ready: (r) => !!r.querySelector('tbody tr'),
    empty: { seed: async (a) => (await campaign(a), {}), shown: (r) => !!r.querySelector('.state-box.empty') },
    reads: true,
    ukrainian: 'Угоди',
  },
  {
    tag: 'campaign-influence',
    seed: async (a) => (await dealOn(a), {}),
    template: () => html`<campaign-influence model="primary"></campaign-influence>`,
    ready: (r) => !!r.querySelector('tbody tr'),
    empty: { seed: async (a) => (await campaign(a), {}), shown: (r) => !!r.querySelector('.state-box.empty') },
    reads: true,
    ukrainian: 'Вплив кампаній',
  },
  {
    tag: 'lead-report',
    seed: async (a) => (await campaign(a), await people(a), {}),
    template: () => html`<lead-report></lead-report>`,
    ready: (r) => !!r.querySelector('[part=figures]'),
    empty: { seed: async () => ({}), shown: (r) => !!r.querySelector('.state-box.empty') },
    reads: true,
    ukrainian: 'Робота з лідами',
  },
  {
    tag: 'people-list',
    seed: async (a) => (await campaign(a), await people(a), {}),
    template: () => html`<people-list></people-list>`,
    ready: (r) => !!r.querySelector('tbody tr'),
    empty: { seed: async () => ({}), shown: (r) => !!r.querySelector('.state-box.empty') },
    reads: true,
    ukrainian: 'Люди',
  },
  {
    tag: 'campaign-editor',
    seed: async (a) => (await campaign(a), await people(a), {}),
    template: () => html`<campaign-editor campaign="E"></campaign-editor>`,
    ready: (r) => !!r.querySelector('.status-row'),
    reads: true,
    ukrainian: 'Статуси учасників',
  },
  {
    tag: 'person-campaigns',
    seed: async (a) => {
      await campaign(a);
      const r = await a.submitLead({ submissionId: 'history-0000', campaignId: 'E', lead: { email: 'history@example.com', lastName: 'Pop' } });
      return { lead: r.person.id };
    },
    template: (ids) => html`<person-campaigns lead=${ids.lead}></person-campaigns>`,
    ready: (r) => !!r.querySelector('tbody tr'),
    empty: {
      seed: async (a) => ({ lead: (await a.createLead({ email: 'nobody@example.com' })).id }),
      shown: (r) => !!r.querySelector('.state-box.empty'),
    },
    reads: true,
    ukrainian: 'Історія кампаній',
  },
  {
    tag: 'lead-convert-wizard',
    seed: async (a) => {
      await campaign(a);
      const lead = await a.createLead({ firstName: 'Ana', lastName: 'Pop', email: 'ana@example.com', company: 'Acme' });
      return { lead: lead.id };
    },
    template: (ids) => html`<lead-convert-wizard lead=${ids.lead}></lead-convert-wizard>`,
    ready: (r) => !!r.querySelector('[part=steps]'),
    reads: true,
    ukrainian: 'Конвертувати',
  },
  {
    tag: 'campaign-member-import',
    seed: async (a) => (await campaign(a), {}),
    template: () => html`<campaign-member-import campaign="E"></campaign-member-import>`,
    ready: (r) => !!r.querySelector('input[type=file]'),
    reads: true,
    waits: false,
    ukrainian: 'CSV-файл',
  },
  {
    tag: 'campaign-member-add',
    seed: async (a) => (await campaign(a), {}),
    template: () => html`<campaign-member-add campaign="E"></campaign-member-add>`,
    ready: (r) => !!r.querySelector('#add-search') && (r.querySelector<HTMLSelectElement>('#add-status')?.options.length ?? 0) > 0,
    reads: false,
    ukrainian: 'Знайти лідів і контакти',
  },
];

async function mount(spec: ElementSpec, adapter: DataAdapter, ids: Record<string, string>): Promise<HTMLElement> {
  const kit = await fixture<LeadKit>(html`<lead-kit .adapter=${adapter}>${spec.template(ids)}</lead-kit>`);
  return kit.querySelector<HTMLElement>(spec.tag)!;
}
const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
const retryButton = (el: Element) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Try again');

for (const spec of SPECS) {
  describe(`<${spec.tag}> shared behaviour`, () => {
    if (spec.reads && spec.waits !== false) {
      it('shows a loading state while its data is on the way', async () => {
        const local = new LocalAdapter(new MemoryStore());
        const ids = await spec.seed(local);
        const { adapter, open } = controlled(local);
        const el = await mount(spec, adapter, ids);
        await waitUntil(() => el.shadowRoot!.querySelector('[role=status]')?.textContent?.includes('Loading'), 'loading shown');
        expect(spec.ready(el.shadowRoot!)).to.equal(false);
        await expect(el).to.be.accessible();
        open();
        await waitUntil(() => spec.ready(el.shadowRoot!), 'ready after loading', { timeout: 5000 });
      });
    }

    if (spec.reads) {
      it('shows an error with "Try again" when the adapter cannot be reached, and recovers', async () => {
        const local = new LocalAdapter(new MemoryStore());
        const ids = await spec.seed(local);
        const { adapter, state, open } = controlled(local);
        state.failing = true;
        open();
        const el = await mount(spec, adapter, ids);
        await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]') && retryButton(el), 'error shown', { timeout: 5000 });
        expect(text(el)).to.include('The data cannot be reached right now');
        await expect(el).to.be.accessible();
        state.failing = false;
        retryButton(el)!.click();
        await waitUntil(() => spec.ready(el.shadowRoot!), 'ready after retry', { timeout: 5000 });
        expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
      });
    }

    if (spec.empty) {
      const empty = spec.empty;
      it('shows its empty state', async () => {
        const local = new LocalAdapter(new MemoryStore());
        const el = await mount(spec, local, await empty.seed(local));
        await waitUntil(() => empty.shown(el.shadowRoot!), 'empty state', { timeout: 5000 });
        await expect(el).to.be.accessible();
      });
    }

    it('shows its data, and switches language when `locale` changes', async () => {
      const local = new LocalAdapter(new MemoryStore());
      const el = await mount(spec, local, await spec.seed(local));
      await waitUntil(() => spec.ready(el.shadowRoot!), 'ready', { timeout: 5000 });
      await expect(el).to.be.accessible();
      const english = text(el);
      el.setAttribute('locale', 'uk');
      await waitUntil(() => text(el).includes(spec.ukrainian), `Ukrainian shown ("${spec.ukrainian}")`);
      expect(text(el)).not.to.equal(english);
      await expect(el).to.be.accessible();
      el.setAttribute('locale', 'en');
      await waitUntil(() => text(el) === english, 'English again');
    });
  });
}

describe('error states say what failed', () => {
  it('a campaign that does not exist is named, in the page language', async () => {
    const local = new LocalAdapter(new MemoryStore());
    const kit = await fixture(html`<lead-kit .adapter=${local}><campaign-member-list campaign="spring-2O26"></campaign-member-list></lead-kit>`);
    const el = kit.firstElementChild as HTMLElement;
    await waitUntil(() => text(el).includes('“spring-2O26” was not found'), 'names the id', { timeout: 5000 });
    el.setAttribute('locale', 'uk');
    await waitUntil(() => text(el).includes('«spring-2O26» не знайдено'), 'in Ukrainian', { timeout: 5000 });
  });

  it('a refused key has its own message (not "cannot be reached")', async () => {
    const { AccessError } = await import('../../src/adapters/errors.js');
    const refusing = Object.create(new LocalAdapter(new MemoryStore()), {
      getCampaign: { value: () => Promise.reject(new AccessError(403, 'A publishable key can only submit leads')) },
      countMembers: { value: () => Promise.reject(new AccessError(403, 'A publishable key can only submit leads')) },
      pageMembers: { value: () => Promise.reject(new AccessError(403, 'A publishable key can only submit leads')) },
    }) as DataAdapter;
    const kit = await fixture(html`<lead-kit .adapter=${refusing}><campaign-member-list campaign="A"></campaign-member-list></lead-kit>`);
    const el = kit.firstElementChild as HTMLElement;
    await waitUntil(() => text(el).includes('The server refused this page’s key'), 'access message', { timeout: 5000 });
  });
});
