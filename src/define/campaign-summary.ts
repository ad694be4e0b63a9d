/** `lead-kit/define/campaign-summary`: registers `<campaign-summary>` (once per page) and exports the classes. */
import { CampaignSummary } from '../elements/campaign-summary.js';
import { defineElement } from './define.js';

defineElement('campaign-summary', CampaignSummary);
export * from '../elements/campaign-summary.js';
