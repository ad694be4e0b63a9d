/**
 * `lead-kit/adapters/connectors`: submit-only adapters that post a `<lead-form>`'s leads to
 * Salesforce Web-to-Lead or HubSpot Forms, with the DataAdapter interface and the errors.
 */
export * from '../adapter.js';
/** Sets the adapter of every element that has no `<lead-kit>` provider: `configureDefaultAdapter({ adapter })`. */
export { configureDefaultAdapter } from '../../context/default-adapter.js';
export { SalesforceWebToLead, HubSpotForms, SALESFORCE_FIELDS, HUBSPOT_FIELDS, type SalesforceWebToLeadOptions, type HubSpotFormsOptions } from './connectors.js';
