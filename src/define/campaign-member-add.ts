/** `lead-kit/define/campaign-member-add`: registers `<campaign-member-add>` (once per page) and exports the classes. */
import { CampaignMemberAdd } from '../elements/campaign-member-add.js';
import { defineElement } from './define.js';

defineElement('campaign-member-add', CampaignMemberAdd);
export * from '../elements/campaign-member-add.js';
