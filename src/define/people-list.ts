/** `lead-kit/define/people-list`: registers `<campaign-member-import>` (its "Import CSV") and `<people-list>` (once per page) and exports the classes. */
import { CampaignMemberImport } from '../elements/campaign-member-import.js';
import { PeopleList } from '../elements/people-list.js';
import { defineElement } from './define.js';

defineElement('campaign-member-import', CampaignMemberImport);
defineElement('people-list', PeopleList);
export * from '../elements/people-list.js';
export { CampaignMemberImport } from '../elements/campaign-member-import.js';
