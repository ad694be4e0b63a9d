/** `lead-kit/define/lead-report`: registers `<lead-report>` (once per page) and exports the class. */
import { LeadReport } from '../elements/lead-report.js';
import { defineElement } from './define.js';

defineElement('lead-report', LeadReport);
export * from '../elements/lead-report.js';
