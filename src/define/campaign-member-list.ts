import '../context/adapter-context.js';
import { CampaignMemberAdd } from '../components/campaign-member-list/campaign-member-add.js';
import { CampaignMemberImport } from '../components/campaign-member-list/campaign-member-import.js';
import { CampaignMemberList } from '../components/campaign-member-list/campaign-member-list.js';
import { defineElement } from './define.js';

defineElement('campaign-member-add', CampaignMemberAdd);
defineElement('campaign-member-import', CampaignMemberImport);
defineElement('campaign-member-list', CampaignMemberList);
export { CampaignMemberList, CampaignMemberAdd, CampaignMemberImport };
