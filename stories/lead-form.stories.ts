import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withArgs } from './support/element.js';
import '../src/define/lead-kit.js';
import '../src/define/lead-form.js';
import type { LeadForm } from '../src/components/lead-form/lead-form.js';
import { AccessError, QueuedError } from '../src/adapters/errors.js';
import { seededAdapter } from './support/adapters.js';

interface Args {
  campaign: string;
  fields: string;
  layout: 'stacked' | 'two-column';
  locale?: string;
  'submit-label'?: string;
  'min-fill-seconds'?: number;
  status?: string;
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
