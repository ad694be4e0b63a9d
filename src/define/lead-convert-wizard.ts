/** `lead-kit/define/lead-convert-wizard`: registers `<lead-convert-wizard>` (once per page) and exports the classes. */
import { LeadConvertWizard } from '../elements/lead-convert-wizard.js';
import { defineElement } from './define.js';

defineElement('lead-convert-wizard', LeadConvertWizard);
export * from '../elements/lead-convert-wizard.js';
