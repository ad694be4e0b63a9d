import '../context/adapter-context.js';
import { LeadKit } from '../context/lead-kit.js';
import { defineElement } from './define.js';

defineElement('lead-kit', LeadKit);
export { LeadKit };
