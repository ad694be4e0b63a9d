/**
 * `lead-kit/elements/campaign-influence`: the `<campaign-influence>` element's class and its event class,
 * without registering a tag (`lead-kit/define/campaign-influence` registers it).
 */
export { CampaignInfluence, InfluenceModelChangeEvent } from '../components/campaign-influence/campaign-influence.js';
