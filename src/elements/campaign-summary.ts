/**
 * `lead-kit/elements/campaign-summary`: the `<campaign-summary>` element's class and its event classes, without
 * registering a tag (`lead-kit/define/campaign-summary` registers it).
 */
export { CampaignSummary, CampaignCostsChangeEvent, CampaignOpenEvent } from '../components/campaign-summary/campaign-summary.js';
