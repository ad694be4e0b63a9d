// Generated from custom-elements.json by scripts/editor-data.mjs (`npm run analyze`): do not edit.
/**
 * `lead-kit/react`: every element as a React component (`@lit/react`): properties as props,
 * events as typed `on…` props. Importing it registers the tags. For the plain tags in JSX
 * (`<lead-form campaign="A">`), the JSX types come with it (./jsx.ts).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { AttendanceTracker as AttendanceTrackerEl, type AttendeeCheckInEvent, type AttendeeCheckedInEvent, type AttendeeWalkInEvent } from '../define/attendance-tracker.js';
import { type CampaignDeletedEvent, CampaignEditor as CampaignEditorEl, type CampaignSavedEvent } from '../define/campaign-editor.js';
import { CampaignInfluence as CampaignInfluenceEl, type InfluenceModelChangeEvent } from '../define/campaign-influence.js';
import { CampaignMemberAdd as CampaignMemberAddEl, type MemberActionErrorEvent, type MembersAddEvent, type MembersAddedEvent, type QuickCampaignCreatedEvent } from '../define/campaign-member-add.js';
import { CampaignMemberImport as CampaignMemberImportEl, type MembersImportedEvent } from '../define/campaign-member-import.js';
import { CampaignMemberList as CampaignMemberListEl, type LeadsClassifiedEvent, type MemberActionEvent, type MemberColumnsChangeEvent, type MemberOpenEvent, type MemberStatusChangeEvent, type MemberStatusChangedEvent, type MembersExportEvent, type MembersRemoveEvent, type MembersRemovedEvent, type MembersViewAllEvent, type OpportunityCreatedEvent } from '../define/campaign-member-list.js';
import { CampaignOpportunities as CampaignOpportunitiesEl, type OpportunityChangedEvent, type OpportunityOpenEvent } from '../define/campaign-opportunities.js';
import { type CampaignCostsChangeEvent, type CampaignOpenEvent, CampaignSummary as CampaignSummaryEl } from '../define/campaign-summary.js';
import { type LeadConvertErrorEvent, type LeadConvertEvent, LeadConvertWizard as LeadConvertWizardEl, type LeadConvertedEvent } from '../define/lead-convert-wizard.js';
import { LeadField as LeadFieldEl, LeadForm as LeadFormEl, LeadFormStep as LeadFormStepEl, type LeadKitAccessErrorEvent, type LeadKitConfigErrorEvent, type LeadSubmitErrorEvent, type LeadSubmitEvent, type LeadSubmitQueuedEvent, type LeadSubmitSuspectedEvent, type LeadSubmittedEvent } from '../define/lead-form.js';
import { LeadKit as LeadKitEl, type LeadKitAdapterChangeEvent } from '../define/lead-kit.js';
import { LeadReport as LeadReportEl } from '../define/lead-report.js';
import { type PeopleAddedEvent, PeopleList as PeopleListEl, type PersonOpenEvent } from '../define/people-list.js';
import { PersonCampaigns as PersonCampaignsEl, type PersonCampaignsChangedEvent } from '../define/person-campaigns.js';
export type {} from './jsx.js';

/** `<attendance-tracker>` as a React component: Event check-in: search or scan, walk-ins, live counts, no-shows, offline queue. Events: `onAttendeeCheckIn`, `onAttendeeCheckedIn`, `onAttendeeWalkIn`. */
export const AttendanceTracker = createComponent({
  tagName: 'attendance-tracker',
  elementClass: AttendanceTrackerEl,
  react: React,
  events: {
    onAttendeeCheckIn: 'attendee-check-in' as EventName<AttendeeCheckInEvent>,
    onAttendeeCheckedIn: 'attendee-checked-in' as EventName<AttendeeCheckedInEvent>,
    onAttendeeWalkIn: 'attendee-walk-in' as EventName<AttendeeWalkInEvent>,
  },
  displayName: 'AttendanceTracker',
});

/** `<campaign-editor>` as a React component: Create or edit a campaign: details, member statuses, materials. Events: `onCampaignSaved`, `onCampaignDeleted`. */
export const CampaignEditor = createComponent({
  tagName: 'campaign-editor',
  elementClass: CampaignEditorEl,
  react: React,
  events: {
    onCampaignSaved: 'campaign-saved' as EventName<CampaignSavedEvent>,
    onCampaignDeleted: 'campaign-deleted' as EventName<CampaignDeletedEvent>,
  },
  displayName: 'CampaignEditor',
});

/** `<campaign-influence>` as a React component: Campaign influence: opportunities' value shared among the campaigns that touched them, by model. Events: `onInfluenceModelChange`. */
export const CampaignInfluence = createComponent({
  tagName: 'campaign-influence',
  elementClass: CampaignInfluenceEl,
  react: React,
  events: {
    onInfluenceModelChange: 'influence-model-change' as EventName<InfluenceModelChangeEvent>,
  },
  displayName: 'CampaignInfluence',
});

/** `<campaign-member-add>` as a React component: Find leads and contacts and add them to a campaign with a status. Events: `onMembersAddCancel`, `onMembersAdd`, `onMembersAdded`, `onMemberActionError`, `onQuickCampaignCreated`. */
export const CampaignMemberAdd = createComponent({
  tagName: 'campaign-member-add',
  elementClass: CampaignMemberAddEl,
  react: React,
  events: {
    onMembersAddCancel: 'members-add-cancel' as EventName<Event>,
    onMembersAdd: 'members-add' as EventName<MembersAddEvent>,
    onMembersAdded: 'members-added' as EventName<MembersAddedEvent>,
    onMemberActionError: 'member-action-error' as EventName<MemberActionErrorEvent>,
    onQuickCampaignCreated: 'quick-campaign-created' as EventName<QuickCampaignCreatedEvent>,
  },
  displayName: 'CampaignMemberAdd',
});

/** `<campaign-member-import>` as a React component: CSV import of leads into a campaign, with column mapping, preview and per-row errors. Events: `onMembersImported`. */
export const CampaignMemberImport = createComponent({
  tagName: 'campaign-member-import',
  elementClass: CampaignMemberImportEl,
  react: React,
  events: {
    onMembersImported: 'members-imported' as EventName<MembersImportedEvent>,
  },
  displayName: 'CampaignMemberImport',
});

/** `<campaign-member-list>` as a React component: A campaign's members with statuses: sort, filter, search, bulk edit, CSV import/export. Events: `onMemberStatusChange`, `onMemberStatusChanged`, `onMembersAdd`, `onMembersAdded`, `onMembersRemove`, `onMembersRemoved`, `onMemberActionError`, `onMembersExport`, `onOpportunityCreated`, `onQuickCampaignCreated`, `onMemberAction`, `onMemberOpen`, `onMembersViewAll`, `onLeadsClassified`, `onMemberColumnsChange`, `onMembersImported`. */
export const CampaignMemberList = createComponent({
  tagName: 'campaign-member-list',
  elementClass: CampaignMemberListEl,
  react: React,
  events: {
    onMemberStatusChange: 'member-status-change' as EventName<MemberStatusChangeEvent>,
    onMemberStatusChanged: 'member-status-changed' as EventName<MemberStatusChangedEvent>,
    onMembersAdd: 'members-add' as EventName<MembersAddEvent>,
    onMembersAdded: 'members-added' as EventName<MembersAddedEvent>,
    onMembersRemove: 'members-remove' as EventName<MembersRemoveEvent>,
    onMembersRemoved: 'members-removed' as EventName<MembersRemovedEvent>,
    onMemberActionError: 'member-action-error' as EventName<MemberActionErrorEvent>,
    onMembersExport: 'members-export' as EventName<MembersExportEvent>,
    onOpportunityCreated: 'opportunity-created' as EventName<OpportunityCreatedEvent>,
    onQuickCampaignCreated: 'quick-campaign-created' as EventName<QuickCampaignCreatedEvent>,
    onMemberAction: 'member-action' as EventName<MemberActionEvent>,
    onMemberOpen: 'member-open' as EventName<MemberOpenEvent>,
    onMembersViewAll: 'members-view-all' as EventName<MembersViewAllEvent>,
    onLeadsClassified: 'leads-classified' as EventName<LeadsClassifiedEvent>,
    onMemberColumnsChange: 'member-columns-change' as EventName<MemberColumnsChangeEvent>,
    onMembersImported: 'members-imported' as EventName<MembersImportedEvent>,
  },
  displayName: 'CampaignMemberList',
});

/** `<campaign-opportunities>` as a React component: A campaign's (or an account's) opportunities: amount, stage, close date edited in place. Events: `onOpportunityChanged`, `onOpportunityOpen`. */
export const CampaignOpportunities = createComponent({
  tagName: 'campaign-opportunities',
  elementClass: CampaignOpportunitiesEl,
  react: React,
  events: {
    onOpportunityChanged: 'opportunity-changed' as EventName<OpportunityChangedEvent>,
    onOpportunityOpen: 'opportunity-open' as EventName<OpportunityOpenEvent>,
  },
  displayName: 'CampaignOpportunities',
});

/** `<campaign-summary>` as a React component: Campaign results and ROI, compared and rolled up. Events: `onCampaignOpen`, `onCampaignCostsChange`. */
export const CampaignSummary = createComponent({
  tagName: 'campaign-summary',
  elementClass: CampaignSummaryEl,
  react: React,
  events: {
    onCampaignOpen: 'campaign-open' as EventName<CampaignOpenEvent>,
    onCampaignCostsChange: 'campaign-costs-change' as EventName<CampaignCostsChangeEvent>,
  },
  displayName: 'CampaignSummary',
});

/** `<lead-convert-wizard>` as a React component: Lead conversion wizard. Events: `onLeadConvert`, `onLeadConverted`, `onLeadConvertError`. */
export const LeadConvertWizard = createComponent({
  tagName: 'lead-convert-wizard',
  elementClass: LeadConvertWizardEl,
  react: React,
  events: {
    onLeadConvert: 'lead-convert' as EventName<LeadConvertEvent>,
    onLeadConverted: 'lead-converted' as EventName<LeadConvertedEvent>,
    onLeadConvertError: 'lead-convert-error' as EventName<LeadConvertErrorEvent>,
  },
  displayName: 'LeadConvertWizard',
});

/** `<lead-field>` as a React component: A field declaration for `<lead-form>`. */
export const LeadField = createComponent({
  tagName: 'lead-field',
  elementClass: LeadFieldEl,
  react: React,
  events: {

  },
  displayName: 'LeadField',
});

/** `<lead-form>` as a React component: Lead capture form that attaches visitors to a campaign. Events: `onLeadSubmit`, `onLeadSubmitted`, `onLeadSubmitQueued`, `onLeadSubmitError`, `onLeadKitConfigError`, `onLeadKitAccessError`, `onLeadSubmitSuspected`. */
export const LeadForm = createComponent({
  tagName: 'lead-form',
  elementClass: LeadFormEl,
  react: React,
  events: {
    onLeadSubmit: 'lead-submit' as EventName<LeadSubmitEvent>,
    onLeadSubmitted: 'lead-submitted' as EventName<LeadSubmittedEvent>,
    onLeadSubmitQueued: 'lead-submit-queued' as EventName<LeadSubmitQueuedEvent>,
    onLeadSubmitError: 'lead-submit-error' as EventName<LeadSubmitErrorEvent>,
    onLeadKitConfigError: 'lead-kit-config-error' as EventName<LeadKitConfigErrorEvent>,
    onLeadKitAccessError: 'lead-kit-access-error' as EventName<LeadKitAccessErrorEvent>,
    onLeadSubmitSuspected: 'lead-submit-suspected' as EventName<LeadSubmitSuspectedEvent>,
  },
  displayName: 'LeadForm',
});

/** `<lead-form-step>` as a React component: A step of a multi-step `<lead-form>`. */
export const LeadFormStep = createComponent({
  tagName: 'lead-form-step',
  elementClass: LeadFormStepEl,
  react: React,
  events: {

  },
  displayName: 'LeadFormStep',
});

/** `<lead-kit>` as a React component: Provider of the shared data adapter (`@lit/context`). Events: `onLeadKitAdapterChange`, `onLeadKitConfigError`. */
export const LeadKit = createComponent({
  tagName: 'lead-kit',
  elementClass: LeadKitEl,
  react: React,
  events: {
    onLeadKitAdapterChange: 'lead-kit-adapter-change' as EventName<LeadKitAdapterChangeEvent>,
    onLeadKitConfigError: 'lead-kit-config-error' as EventName<LeadKitConfigErrorEvent>,
  },
  displayName: 'LeadKit',
});

/** `<lead-report>` as a React component: Lead management report: leads by source, rating, status, month and week, with conversion. */
export const LeadReport = createComponent({
  tagName: 'lead-report',
  elementClass: LeadReportEl,
  react: React,
  events: {

  },
  displayName: 'LeadReport',
});

/** `<people-list>` as a React component: The workspace's leads and contacts: any field as a column and filter, bulk classification. Events: `onPersonOpen`, `onLeadsClassified`, `onPeopleAdded`, `onQuickCampaignCreated`. */
export const PeopleList = createComponent({
  tagName: 'people-list',
  elementClass: PeopleListEl,
  react: React,
  events: {
    onPersonOpen: 'person-open' as EventName<PersonOpenEvent>,
    onLeadsClassified: 'leads-classified' as EventName<LeadsClassifiedEvent>,
    onPeopleAdded: 'people-added' as EventName<PeopleAddedEvent>,
    onQuickCampaignCreated: 'quick-campaign-created' as EventName<QuickCampaignCreatedEvent>,
  },
  displayName: 'PeopleList',
});

/** `<person-campaigns>` as a React component: A person's campaign history with "Add to campaign". Events: `onPersonCampaignsChanged`, `onCampaignOpen`. */
export const PersonCampaigns = createComponent({
  tagName: 'person-campaigns',
  elementClass: PersonCampaignsEl,
  react: React,
  events: {
    onPersonCampaignsChanged: 'person-campaigns-changed' as EventName<PersonCampaignsChangedEvent>,
    onCampaignOpen: 'campaign-open' as EventName<CampaignOpenEvent>,
  },
  displayName: 'PersonCampaigns',
});
