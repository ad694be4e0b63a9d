import '../context/adapter-context.js';
import { LeadConvertWizard } from '../components/lead-convert-wizard/lead-convert-wizard.js';
import { defineElement } from './define.js';

defineElement('lead-convert-wizard', LeadConvertWizard);
export { LeadConvertWizard };
