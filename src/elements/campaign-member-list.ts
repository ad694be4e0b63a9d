/**
 * `lead-kit/elements/campaign-member-list`: the `<campaign-member-list>` element's class and its event classes, without
 * registering a tag (`lead-kit/define/campaign-member-list` registers it).
 */
export { CampaignMemberList } from '../components/campaign-member-list/campaign-member-list.js';
export * from '../components/campaign-member-list/campaign-member-list.events.js';
