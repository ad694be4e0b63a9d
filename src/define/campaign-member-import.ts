/** `lead-kit/define/campaign-member-import`: registers `<campaign-member-import>` (once per page) and exports the classes. */
import { CampaignMemberImport } from '../elements/campaign-member-import.js';
import { defineElement } from './define.js';

defineElement('campaign-member-import', CampaignMemberImport);
export * from '../elements/campaign-member-import.js';
