/**
 * `lead-kit/elements/campaign-member-import`: the `<campaign-member-import>` element's class and its event classes, without
 * registering a tag (`lead-kit/define/campaign-member-import` registers it).
 */
export { CampaignMemberImport } from '../components/campaign-member-list/campaign-member-import.js';
export { MembersImportedEvent } from '../components/campaign-member-list/campaign-member-list.events.js';
