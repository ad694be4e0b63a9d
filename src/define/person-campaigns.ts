/** `lead-kit/define/person-campaigns`: registers `<person-campaigns>` (once per page) and exports the classes. */
import { PersonCampaigns } from '../elements/person-campaigns.js';
import { defineElement } from './define.js';

defineElement('person-campaigns', PersonCampaigns);
export * from '../elements/person-campaigns.js';
