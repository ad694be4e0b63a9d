/**
 * `lead-kit/elements/person-campaigns`: the `<person-campaigns>` element's class and its event classes,
 * without registering a tag (`lead-kit/define/person-campaigns` registers it).
 */
export { PersonCampaigns, PersonCampaignsChangedEvent } from '../components/person-campaigns/person-campaigns.js';
export { CampaignOpenEvent } from '../components/campaign-open-event.js';
