/**
 * `lead-kit/elements/lead-form`: the `<lead-form>` element's class and its event classes, without
 * registering a tag (`lead-kit/define/lead-form` registers it).
 */
export { LeadForm } from '../components/lead-form/lead-form.js';
export { LeadField } from '../components/lead-form/lead-field.js';
export { LeadFormStep } from '../components/lead-form/lead-form-step.js';
export * from '../components/lead-form/lead-form.events.js';
export { LeadKitConfigErrorEvent } from '../context/embed-config.js';
