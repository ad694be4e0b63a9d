/**
 * `lead-kit/elements/campaign-member-add`: the `<campaign-member-add>` element's class and its event classes, without
 * registering a tag (`lead-kit/define/campaign-member-add` registers it).
 */
export { CampaignMemberAdd } from '../components/campaign-member-list/campaign-member-add.js';
export { MembersAddEvent, MembersAddedEvent, MemberActionErrorEvent, QuickCampaignCreatedEvent } from '../components/campaign-member-list/campaign-member-list.events.js';
