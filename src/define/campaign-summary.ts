import '../context/adapter-context.js';
import { CampaignSummary } from '../components/campaign-summary/campaign-summary.js';
import { defineElement } from './define.js';

defineElement('campaign-summary', CampaignSummary);
export { CampaignSummary };
