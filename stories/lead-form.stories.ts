import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withArgs } from './support/element.js';
import '../src/define/lead-kit.js';
import '../src/define/lead-form.js';
import type { LeadForm } from '../src/components/lead-form/lead-form.js';
import { AccessError, LimitError, QueuedError } from '../src/adapters/errors.js';
import { optInAdapter, seededAdapter } from './support/adapters.js';

interface Args {
  campaign: string;
  fields: string;
  layout: 'stacked' | 'two-column';
  locale?: string;
  'submit-label'?: string;
  'min-fill-seconds'?: number;
  status?: string;
  queue?: string;
  profiling?: 'on' | 'off';
}

/**
 * `<lead-form>` on a landing page. Every story runs on an in-memory adapter seeded with the
 * demo data; submissions land on campaign A (or the one you set).
 */
const meta: Meta<Args> = {
  title: 'Components/lead-form',
  component: 'lead-form',
  args: { campaign: 'A', fields: 'firstName lastName email* company', layout: 'stacked', 'min-fill-seconds': 0 },
  argTypes: { status: { control: 'text' }, layout: { control: 'inline-radio', options: ['stacked', 'two-column'] } },
  loaders: [async () => ({ adapter: await seededAdapter() })],
  // Every attribute and property is a working control (stories/support/element.ts).
  render: (args, { loaded }) => html`<lead-kit .adapter=${loaded.adapter}>${withArgs('lead-form', args)}</lead-kit>`,
};
export default meta;

type Story = StoryObj<Args>;

const formOf = (canvas: HTMLElement) => canvas.querySelector('lead-form') as LeadForm;
async function fill(form: LeadForm, values: Record<string, string>) {
  await form.updateComplete;
  for (const [name, value] of Object.entries(values)) {
    const input = form.shadowRoot!.querySelector<HTMLInputElement>(`[name=${name}]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
}

/** The default fields: first name, last name, email (required), company. */
export const Default: Story = {};

/** Standard fields, custom fields of every type, a hidden value and consent, from `<lead-field>` children. */
export const EveryFieldType: Story = {
  render: (_args, { loaded }) => html`<lead-kit .adapter=${loaded.adapter}>
    <lead-form campaign="A" layout="two-column" min-fill-seconds="0">
      <lead-field name="firstName" required></lead-field>
      <lead-field name="lastName"></lead-field>
      <lead-field name="email" label="Work email"></lead-field>
      <lead-field name="phone"></lead-field>
      <lead-field name="company"></lead-field>
      <lead-field name="title"></lead-field>
      <lead-field name="industry"></lead-field>
      <lead-field name="employees"></lead-field>
      <lead-field name="country"></lead-field>
      <lead-field name="website"></lead-field>
      <lead-field name="budget" type="number" label="Budget (EUR)"></lead-field>
      <lead-field name="plan" type="select" label="Plan" options="basic=Basic; pro=Pro; enterprise=Enterprise"></lead-field>
      <lead-field name="visit" type="date" label="Preferred date for a call"></lead-field>
      <lead-field name="size" type="radio" label="Team size" options="s=1–10 people; m=11–50 people; l=More than 50" required></lead-field>
      <lead-field name="topics" type="checkboxes" label="What interests you?" options="crm=CRM sync; forms=Landing-page forms; events=Event check-in"></lead-field>
      <lead-field name="message"></lead-field>
      <lead-field name="newsletter" type="checkbox" label="Send me the monthly newsletter"></lead-field>
      <lead-field name="landing" type="hidden" value="spring-lp"></lead-field>
      <lead-field name="consent" type="consent" label="I agree that Acme may contact me about this request, as its [privacy policy](https://example.com/privacy) says." required></lead-field>
    </lead-form>
  </lead-kit>`,
};

/** After a submit attempt with an invalid email and a missing required field. */
export const Errors: Story = {
  args: { fields: 'firstName* lastName email* company' },
  play: async ({ canvasElement }) => {
    const form = formOf(canvasElement);
    await fill(form, { email: 'ana.pop@' });
    form.shadowRoot!.querySelector('form')!.requestSubmit();
  },
};

/** After a successful submission. */
export const Success: Story = {
  play: async ({ canvasElement }) => {
    const form = formOf(canvasElement);
    await fill(form, { firstName: 'Ana', lastName: 'Pop', email: 'ana.pop@example.com', company: 'Acme' });
    form.shadowRoot!.querySelector('form')!.requestSubmit();
  },
};

/**
 * A campaign with double opt-in (on the Lead Kit server): the visitor is asked to open the email
 * just sent and confirm their address; the membership waits until they do.
 */
export const ConfirmByEmail: Story = {
  args: { campaign: 'NEWS' },
  loaders: [async () => ({ adapter: await optInAdapter() })],
  play: Success.play,
};
export const ConfirmByEmailUkrainian: Story = { ...ConfirmByEmail, args: { campaign: 'NEWS', locale: 'uk' } };

/**
 * The server could not be reached and the browser refused to store the submission (quota,
 * private mode): it waits in this page, and the visitor is asked to keep the page open.
 */
export const QueuedInThisPageOnly: Story = {
  loaders: [
    async () => {
      const adapter = await seededAdapter();
      adapter.submitLead = async () => {
        throw new QueuedError('submitLead could not be stored on this device', 'story', false);
      };
      return { adapter };
    },
  ],
  play: Success.play,
};

/**
 * A CRM connector's limit is reached (Web-to-Lead's 500 a day, HubSpot still answering 429): the
 * submission is kept on the device and sent once the limit allows; the visitor is thanked, the
 * page hears `lead-submit-queued` with `reason: 'limit'`.
 */
export const KeptForTheCrmLimit: Story = {
  loaders: [
    async () => {
      const adapter = await seededAdapter();
      adapter.submitLead = async () => {
        throw new QueuedError("salesforce-web-to-lead: Web-to-Lead's daily limit is reached; kept on this device", 'story', true, { cause: new LimitError('daily limit', Date.now() + 3_600_000) });
      };
      return { adapter };
    },
  ],
  play: Success.play,
};

/** A visitor already known on this device, in a language other than English: the next queued questions. */
const returningVisitor = async () => {
  const adapter = await seededAdapter();
  localStorage.setItem('lead-kit-visitor', 'story-visitor-000000000001');
  await adapter.submitLead({ submissionId: 'story-returning-1', campaignId: 'A', visitorId: 'story-visitor-000000000001', lead: { email: 'ana.pop@example.com', firstName: 'Ana', lastName: 'Pop', company: 'Acme' } });
  return { adapter };
};

/**
 * Progressive profiling: this visitor told us their name and company last time (the device keeps
 * only a random id), so the form asks the next queued questions instead — email always.
 */
export const ReturningVisitor: Story = { args: { fields: 'firstName lastName email company', queue: 'title phone country' }, loaders: [returningVisitor] };
export const ReturningVisitorVietnamese: Story = { args: { fields: 'firstName lastName email company', queue: 'title phone country', locale: 'vi' }, loaders: [returningVisitor] };

/**
 * The server refused the page's key (revoked, or a page outside its origins): the visitor is
 * thanked — the submission waits on their device, sent once the page has a working key — and
 * the page hears `lead-kit-access-error` (and the console says so) for its owner.
 */
export const KeyRefused: Story = {
  loaders: [
    async () => {
      const adapter = await seededAdapter();
      adapter.submitLead = async () => {
        throw new QueuedError('submitLead is kept on this device: the server refused the key (HTTP 401)', 'story', true, { cause: new AccessError(401, 'The API key is unknown, revoked or malformed') });
      };
      return { adapter };
    },
  ],
  play: Success.play,
};

/**
 * A secret key (`lk_sec_…`) put in the page: the kit refuses it and sends nothing. The visitor
 * sees a neutral message with their details kept; the console and `lead-kit-config-error` tell
 * the site owner what to fix.
 */
export const SecretKeyRefused: Story = {
  render: () => html`<lead-form campaign="A" min-fill-seconds="0" server="https://leads.example.com" key="lk_sec_000000000000_story-secret-key-never-in-a-page-0000"></lead-form>`,
  play: Success.play,
};

/** Two columns when the container is wide enough; stacked on narrow screens. */
export const TwoColumn: Story = { args: { layout: 'two-column', fields: 'firstName lastName email* company phone title country message' } };

export const Ukrainian: Story = { args: { locale: 'uk' } };
export const Russian: Story = { args: { locale: 'ru' } };
export const French: Story = { args: { locale: 'fr' } };
export const Vietnamese: Story = { args: { locale: 'vi', fields: 'firstName* lastName email* company' }, play: Errors.play };
export const Romanian: Story = { args: { locale: 'ro' } };

/** On a dark page (the shipped dark theme). */
export const Dark: Story = { parameters: { theme: 'dark' }, args: { layout: 'two-column', fields: 'firstName lastName email* company message' } };

/** A three-step form (`<lead-form-step label>`): the budget is asked only of those who want a demo (`show-if="interest=yes"`). */
const steps = (locale = '') => (_args: Args, { loaded }: { loaded: Record<string, unknown> }) => html`<lead-kit .adapter=${loaded.adapter}>
  <lead-form campaign="A" min-fill-seconds="0" locale=${locale}>
    <lead-form-step label=${locale === 'uk' ? 'Про вас' : 'About you'}>
      <lead-field name="firstName" required></lead-field>
      <lead-field name="lastName"></lead-field>
    </lead-form-step>
    <lead-form-step label=${locale === 'uk' ? 'Ваша компанія' : 'Your company'}>
      <lead-field name="company" required></lead-field>
      <lead-field name="interest" type="select" label=${locale === 'uk' ? 'Хочете демонстрацію?' : 'Would you like a demo?'} options=${locale === 'uk' ? 'yes=Так; no=Ні' : 'yes=Yes; no=No'}></lead-field>
      <lead-field name="budget" type="number" label=${locale === 'uk' ? 'Бюджет (EUR)' : 'Budget (EUR)'} required show-if="interest=yes"></lead-field>
    </lead-form-step>
    <lead-form-step label=${locale === 'uk' ? 'Залишаймося на зв’язку' : 'Stay in touch'}>
      <lead-field name="email"></lead-field>
      <lead-field name="consent" type="consent" label=${locale === 'uk' ? 'Я погоджуюся, що Acme може зв’язатися зі мною щодо цього запиту.' : 'I agree that Acme may contact me about this request.'} required></lead-field>
    </lead-form-step>
  </lead-form>
</lead-kit>`;
/** Waits for the steps (loaded on demand), fills what is given and goes on with Next. */
async function nextWith(form: LeadForm, values: Record<string, string>) {
  await form.updateComplete;
  for (let i = 0; i < 50 && !form.shadowRoot!.querySelector('.steps'); i++) await new Promise((r) => setTimeout(r, 20));
  await fill(form, values);
  for (const [name, value] of Object.entries(values)) {
    const select = form.shadowRoot!.querySelector<HTMLSelectElement>(`select[name=${name}]`);
    if (!select) continue;
    select.value = value;
    select.dispatchEvent(new Event('change'));
  }
  await form.updateComplete;
  const before = form.shadowRoot!.querySelector('.step-of')?.textContent;
  form.shadowRoot!.querySelector('form')!.requestSubmit();
  for (let i = 0; i < 50 && form.shadowRoot!.querySelector('.step-of')?.textContent === before && !form.shadowRoot!.querySelector('.error-summary'); i++) await new Promise((r) => setTimeout(r, 20));
  await form.updateComplete;
}

/** Step 1 of 3: the progress above, Next below. */
export const Steps: Story = { render: steps() };
/** Next with a required field empty: the step stays, its error said. */
export const StepErrors: Story = { render: steps(), play: async ({ canvasElement }) => nextWith(formOf(canvasElement), {}) };
/** Step 2: Back and Next; a demo wanted, so the budget is asked. */
export const SecondStepWithCondition: Story = {
  render: steps(),
  play: async ({ canvasElement }) => {
    const form = formOf(canvasElement);
    await nextWith(form, { firstName: 'Ana', lastName: 'Pop' });
    await fill(form, { company: 'Acme' });
    const interest = form.shadowRoot!.querySelector<HTMLSelectElement>('select[name=interest]')!;
    interest.value = 'yes';
    interest.dispatchEvent(new Event('change'));
  },
};
/** The last step, in Ukrainian: consent, and Submit instead of Next. */
export const LastStepUkrainian: Story = {
  render: steps('uk'),
  play: async ({ canvasElement }) => {
    const form = formOf(canvasElement);
    await nextWith(form, { firstName: 'Олена', lastName: 'Коваленко' });
    await nextWith(form, { company: 'Київська кава', interest: 'no' });
  },
};
