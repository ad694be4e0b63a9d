/** `lead-kit/define/campaign-opportunities`: registers `<campaign-opportunities>` (once per page) and exports the classes. */
import { CampaignOpportunities } from '../elements/campaign-opportunities.js';
import { defineElement } from './define.js';

defineElement('campaign-opportunities', CampaignOpportunities);
export * from '../elements/campaign-opportunities.js';
