/** `lead-kit/define/campaign-influence`: registers `<campaign-influence>` (once per page) and exports the classes. */
import { CampaignInfluence } from '../elements/campaign-influence.js';
import { defineElement } from './define.js';

defineElement('campaign-influence', CampaignInfluence);
export * from '../elements/campaign-influence.js';
