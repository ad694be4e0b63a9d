/**
 * `lead-kit/elements/lead-convert-wizard`: the `<lead-convert-wizard>` element's class and its event classes, without
 * registering a tag (`lead-kit/define/lead-convert-wizard` registers it).
 */
export { LeadConvertWizard } from '../components/lead-convert-wizard/lead-convert-wizard.js';
export * from '../components/lead-convert-wizard/lead-convert-wizard.events.js';
