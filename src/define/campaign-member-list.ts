/** `lead-kit/define/campaign-member-list`: registers `<campaign-member-add>`, `<campaign-member-import>`, `<campaign-member-list>` (once per page) and exports the classes. */
import { CampaignMemberAdd } from '../elements/campaign-member-add.js';
import { CampaignMemberImport } from '../elements/campaign-member-import.js';
import { CampaignMemberList } from '../elements/campaign-member-list.js';
import { defineElement } from './define.js';

defineElement('campaign-member-add', CampaignMemberAdd);
defineElement('campaign-member-import', CampaignMemberImport);
defineElement('campaign-member-list', CampaignMemberList);
export * from '../elements/campaign-member-list.js';
