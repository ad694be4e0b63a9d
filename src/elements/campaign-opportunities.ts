/**
 * `lead-kit/elements/campaign-opportunities`: the `<campaign-opportunities>` element's class and its event classes,
 * without registering a tag (`lead-kit/define/campaign-opportunities` registers it).
 */
export { CampaignOpportunities, OpportunityChangedEvent, OpportunityOpenEvent } from '../components/campaign-opportunities/campaign-opportunities.js';
