/**
 * `lead-kit/adapters/connectors`: submit-only adapters that post a `<lead-form>`'s leads to
 * Salesforce Web-to-Lead or HubSpot Forms, with the DataAdapter interface and the errors.
 */
export * from '../adapter.js';
export { SalesforceWebToLead, HubSpotForms, SALESFORCE_FIELDS, HUBSPOT_FIELDS, type SalesforceWebToLeadOptions, type HubSpotFormsOptions } from './connectors.js';
