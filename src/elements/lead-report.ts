/**
 * `lead-kit/elements/lead-report`: the `<lead-report>` element's class, without registering a tag
 * (`lead-kit/define/lead-report` registers it).
 */
export { LeadReport } from '../components/lead-report/lead-report.js';
