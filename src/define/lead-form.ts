/** `lead-kit/define/lead-form`: registers `<lead-field>`, `<lead-form-step>`, `<lead-form>` (once per page) and exports the classes. */
import { LeadField, LeadForm, LeadFormStep } from '../elements/lead-form.js';
import { defineElement } from './define.js';

defineElement('lead-field', LeadField);
defineElement('lead-form-step', LeadFormStep);
defineElement('lead-form', LeadForm);
export * from '../elements/lead-form.js';
