/** `lead-kit/define/lead-kit`: registers `<lead-kit>` (once per page) and exports the classes. */
import { LeadKit } from '../elements/lead-kit.js';
import { defineElement } from './define.js';

defineElement('lead-kit', LeadKit);
export * from '../elements/lead-kit.js';
