import '../context/adapter-context.js';
import { LeadField } from '../components/lead-form/lead-field.js';
import { LeadForm } from '../components/lead-form/lead-form.js';
import { defineElement } from './define.js';

defineElement('lead-field', LeadField);
defineElement('lead-form', LeadForm);
export { LeadForm, LeadField };
