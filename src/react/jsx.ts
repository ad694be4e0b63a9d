// Generated from custom-elements.json by scripts/editor-data.mjs (`npm run analyze`): do not edit.
/**
 * JSX types for the kit's tags used as they are in React 19 (`<lead-form campaign="A"
 * onlead-submitted={…}>`): attributes, properties and events (React 19 adds a listener for an
 * `on<event-name>` prop of a custom element).
 */
import type * as React from 'react';
import type { AttendanceTracker, AttendeeCheckInEvent, AttendeeCheckedInEvent, AttendeeWalkInEvent } from '../elements/attendance-tracker.js';
import type { CampaignDeletedEvent, CampaignEditor, CampaignSavedEvent } from '../elements/campaign-editor.js';
import type { CampaignInfluence, InfluenceModelChangeEvent } from '../elements/campaign-influence.js';
import type { CampaignMemberAdd, MemberActionErrorEvent, MembersAddEvent, MembersAddedEvent, QuickCampaignCreatedEvent } from '../elements/campaign-member-add.js';
import type { CampaignMemberImport, MembersImportedEvent } from '../elements/campaign-member-import.js';
import type { CampaignMemberList, LeadsClassifiedEvent, MemberActionEvent, MemberColumnsChangeEvent, MemberOpenEvent, MemberStatusChangeEvent, MemberStatusChangedEvent, MembersExportEvent, MembersRemoveEvent, MembersRemovedEvent, MembersViewAllEvent, OpportunityCreatedEvent } from '../elements/campaign-member-list.js';
import type { CampaignOpportunities, OpportunityChangedEvent, OpportunityOpenEvent } from '../elements/campaign-opportunities.js';
import type { CampaignCostsChangeEvent, CampaignOpenEvent, CampaignSummary } from '../elements/campaign-summary.js';
import type { LeadConvertErrorEvent, LeadConvertEvent, LeadConvertWizard, LeadConvertedEvent } from '../elements/lead-convert-wizard.js';
import type { LeadField, LeadForm, LeadFormStep, LeadKitAccessErrorEvent, LeadKitConfigErrorEvent, LeadSubmitErrorEvent, LeadSubmitEvent, LeadSubmitQueuedEvent, LeadSubmitSuspectedEvent, LeadSubmittedEvent } from '../elements/lead-form.js';
import type { LeadKit, LeadKitAdapterChangeEvent } from '../elements/lead-kit.js';
import type { LeadReport } from '../elements/lead-report.js';
import type { PeopleAddedEvent, PeopleList, PersonOpenEvent } from '../elements/people-list.js';
import type { PersonCampaigns, PersonCampaignsChangedEvent } from '../elements/person-campaigns.js';

/** What every tag takes: the HTML attributes, `ref`, `class`, and the element's own properties. */
type LeadKitElementProps<T> = React.DetailedHTMLProps<React.HTMLAttributes<T>, T> & { class?: string } & Partial<Omit<T, keyof HTMLElement>>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
    /** Event check-in: search or scan, walk-ins, live counts, no-shows, offline queue. */
    'attendance-tracker': LeadKitElementProps<AttendanceTracker> & {
      'campaign'?: string;
      'sounds'?: boolean;
      'locale'?: string;
      'name-order'?: 'given-first' | 'family-first';
      'density'?: 'comfortable' | 'compact';
      'frameless'?: boolean;
      'onattendee-check-in'?: (event: AttendeeCheckInEvent) => void;
      'onattendee-checked-in'?: (event: AttendeeCheckedInEvent) => void;
      'onattendee-walk-in'?: (event: AttendeeWalkInEvent) => void;
    };
    /** Create or edit a campaign: details, member statuses, materials. */
    'campaign-editor': LeadKitElementProps<CampaignEditor> & {
      'campaign'?: string;
      'readonly'?: boolean;
      'locale'?: string;
      'name-order'?: 'given-first' | 'family-first';
      'density'?: 'comfortable' | 'compact';
      'frameless'?: boolean;
      'oncampaign-saved'?: (event: CampaignSavedEvent) => void;
      'oncampaign-deleted'?: (event: CampaignDeletedEvent) => void;
    };
    /** Campaign influence: opportunities' value shared among the campaigns that touched them, by model. */
    'campaign-influence': LeadKitElementProps<CampaignInfluence> & {
      'model'?: string;
      'half-life-days'?: number | string;
      'weights'?: string;
      'compare'?: boolean;
      'locale'?: string;
      'name-order'?: 'given-first' | 'family-first';
      'density'?: 'comfortable' | 'compact';
      'frameless'?: boolean;
      'oninfluence-model-change'?: (event: InfluenceModelChangeEvent) => void;
    };
    /** Find leads and contacts and add them to a campaign with a status. */
    'campaign-member-add': LeadKitElementProps<CampaignMemberAdd> & {
      'campaign'?: string;
      'locale'?: string;
      'name-order'?: 'given-first' | 'family-first';
      'density'?: 'comfortable' | 'compact';
      'frameless'?: boolean;
      'onmembers-add-cancel'?: (event: Event) => void;
      'onmembers-add'?: (event: MembersAddEvent) => void;
      'onmembers-added'?: (event: MembersAddedEvent) => void;
      'onmember-action-error'?: (event: MemberActionErrorEvent) => void;
      'onquick-campaign-created'?: (event: QuickCampaignCreatedEvent) => void;
    };
    /** CSV import of leads into a campaign, with column mapping, preview and per-row errors. */
    'campaign-member-import': LeadKitElementProps<CampaignMemberImport> & {
      'campaign'?: string;
      'max-bytes'?: string;
      'import-as'?: 'lead' | 'contact';
      'workspace'?: boolean;
      'locale'?: string;
      'name-order'?: 'given-first' | 'family-first';
      'density'?: 'comfortable' | 'compact';
      'frameless'?: boolean;
      'onmembers-imported'?: (event: MembersImportedEvent) => void;
    };
    /** A campaign's members with statuses: sort, filter, search, bulk edit, CSV import/export. */
    'campaign-member-list': LeadKitElementProps<CampaignMemberList> & {
      'campaign'?: string;
      'columns'?: string;
      'sort'?: string;
      'direction'?: 'asc' | 'desc';
      'filter-status'?: string;
      'filter-type'?: '' | 'lead' | 'contact';
      'filter'?: string;
      'custom-fields'?: string;
      'search'?: string;
      'compact'?: boolean;
      'rows'?: number | string;
      'record-href'?: string;
      'row-actions'?: string;
      'view-all-href'?: string;
      'readonly'?: boolean;
      'suspected'?: boolean;
      'locale'?: string;
      'name-order'?: 'given-first' | 'family-first';
      'density'?: 'comfortable' | 'compact';
      'frameless'?: boolean;
      'onmember-status-change'?: (event: MemberStatusChangeEvent) => void;
      'onmember-status-changed'?: (event: MemberStatusChangedEvent) => void;
      'onmembers-add'?: (event: MembersAddEvent) => void;
      'onmembers-added'?: (event: MembersAddedEvent) => void;
      'onmembers-remove'?: (event: MembersRemoveEvent) => void;
      'onmembers-removed'?: (event: MembersRemovedEvent) => void;
      'onmember-action-error'?: (event: MemberActionErrorEvent) => void;
      'onmembers-export'?: (event: MembersExportEvent) => void;
      'onopportunity-created'?: (event: OpportunityCreatedEvent) => void;
      'onquick-campaign-created'?: (event: QuickCampaignCreatedEvent) => void;
      'onmember-action'?: (event: MemberActionEvent) => void;
      'onmember-open'?: (event: MemberOpenEvent) => void;
      'onmembers-view-all'?: (event: MembersViewAllEvent) => void;
      'onleads-classified'?: (event: LeadsClassifiedEvent) => void;
      'onmember-columns-change'?: (event: MemberColumnsChangeEvent) => void;
      'onmembers-imported'?: (event: MembersImportedEvent) => void;
    };
    /** A campaign's (or an account's) opportunities: amount, stage, close date edited in place. */
    'campaign-opportunities': LeadKitElementProps<CampaignOpportunities> & {
      'campaign'?: string;
      'account'?: string;
      'record-href'?: string;
      'readonly'?: boolean;
      'locale'?: string;
      'name-order'?: 'given-first' | 'family-first';
      'density'?: 'comfortable' | 'compact';
      'frameless'?: boolean;
      'onopportunity-changed'?: (event: OpportunityChangedEvent) => void;
      'onopportunity-open'?: (event: OpportunityOpenEvent) => void;
    };
    /** Campaign results and ROI, compared and rolled up. */
    'campaign-summary': LeadKitElementProps<CampaignSummary> & {
      'campaign'?: string;
      'compare'?: string;
      'record-href'?: string;
      'editable-costs'?: boolean;
      'trend-compare'?: string;
      'sort-by'?: string;
      'order'?: 'value' | 'start';
      'locale'?: string;
      'name-order'?: 'given-first' | 'family-first';
      'density'?: 'comfortable' | 'compact';
      'frameless'?: boolean;
      'oncampaign-open'?: (event: CampaignOpenEvent) => void;
      'oncampaign-costs-change'?: (event: CampaignCostsChangeEvent) => void;
    };
    /** Lead conversion wizard. */
    'lead-convert-wizard': LeadKitElementProps<LeadConvertWizard> & {
      'lead'?: string;
      'compact'?: boolean;
      'record-href'?: string;
      'locale'?: string;
      'name-order'?: 'given-first' | 'family-first';
      'density'?: 'comfortable' | 'compact';
      'frameless'?: boolean;
      'onlead-convert'?: (event: LeadConvertEvent) => void;
      'onlead-converted'?: (event: LeadConvertedEvent) => void;
      'onlead-convert-error'?: (event: LeadConvertErrorEvent) => void;
    };
    /** A field declaration for `<lead-form>`. */
    'lead-field': LeadKitElementProps<LeadField> & {
      'name'?: string;
      'type'?: string;
      'label'?: string;
      'purpose'?: string;
      'version'?: string;
      'required'?: boolean;
      'options'?: string;
      'value'?: string;
      'placeholder'?: string;
      'show-if'?: string;
      'queued'?: boolean;
    };
    /** Lead capture form that attaches visitors to a campaign. */
    'lead-form': LeadKitElementProps<LeadForm> & {
      'campaign'?: string;
      'status'?: string;
      'lead-source'?: string;
      'fields'?: string;
      'queue'?: string;
      'profiling'?: 'on' | 'off';
      'layout'?: 'stacked' | 'two-column';
      'success-url'?: string;
      'submit-label'?: string;
      'prefill'?: boolean;
      'min-fill-seconds'?: number | string;
      'server'?: string;
      'key'?: string;
      'salesforce-org'?: string;
      'hubspot-portal'?: string;
      'hubspot-form'?: string;
      'locale'?: string;
      'name-order'?: 'given-first' | 'family-first';
      'density'?: 'comfortable' | 'compact';
      'frameless'?: boolean;
      'onlead-submit'?: (event: LeadSubmitEvent) => void;
      'onlead-submitted'?: (event: LeadSubmittedEvent) => void;
      'onlead-submit-queued'?: (event: LeadSubmitQueuedEvent) => void;
      'onlead-submit-error'?: (event: LeadSubmitErrorEvent) => void;
      'onlead-kit-config-error'?: (event: LeadKitConfigErrorEvent) => void;
      'onlead-kit-access-error'?: (event: LeadKitAccessErrorEvent) => void;
      'onlead-submit-suspected'?: (event: LeadSubmitSuspectedEvent) => void;
    };
    /** A step of a multi-step `<lead-form>`. */
    'lead-form-step': LeadKitElementProps<LeadFormStep> & {
      'label'?: string;
    };
    /** Provider of the shared data adapter (`@lit/context`). */
    'lead-kit': LeadKitElementProps<LeadKit> & {
      'database'?: string;
      'server'?: string;
      'key'?: string;
      'salesforce-org'?: string;
      'hubspot-portal'?: string;
      'hubspot-form'?: string;
      'onlead-kit-adapter-change'?: (event: LeadKitAdapterChangeEvent) => void;
      'onlead-kit-config-error'?: (event: LeadKitConfigErrorEvent) => void;
    };
    /** Lead management report: leads by source, rating, status, month and week, with conversion. */
    'lead-report': LeadKitElementProps<LeadReport> & {
      'weeks'?: number | string;
      'months'?: number | string;
      'source'?: string;
      'locale'?: string;
      'name-order'?: 'given-first' | 'family-first';
      'density'?: 'comfortable' | 'compact';
      'frameless'?: boolean;
    };
    /** The workspace's leads and contacts: any field as a column and filter, bulk classification. */
    'people-list': LeadKitElementProps<PeopleList> & {
      'columns'?: string;
      'filter'?: string;
      'sort'?: string;
      'direction'?: 'asc' | 'desc';
      'type'?: '' | 'lead' | 'contact';
      'page-size'?: number | string;
      'custom-fields'?: string;
      'record-href'?: string;
      'readonly'?: boolean;
      'view'?: string;
      'locale'?: string;
      'name-order'?: 'given-first' | 'family-first';
      'density'?: 'comfortable' | 'compact';
      'frameless'?: boolean;
      'onperson-open'?: (event: PersonOpenEvent) => void;
      'onleads-classified'?: (event: LeadsClassifiedEvent) => void;
      'onpeople-added'?: (event: PeopleAddedEvent) => void;
      'onquick-campaign-created'?: (event: QuickCampaignCreatedEvent) => void;
    };
    /** A person's campaign history with "Add to campaign". */
    'person-campaigns': LeadKitElementProps<PersonCampaigns> & {
      'lead'?: string;
      'contact'?: string;
      'record-href'?: string;
      'contact-href'?: string;
      'compact'?: boolean;
      'rows'?: number | string;
      'view-all-href'?: string;
      'readonly'?: boolean;
      'locale'?: string;
      'name-order'?: 'given-first' | 'family-first';
      'density'?: 'comfortable' | 'compact';
      'frameless'?: boolean;
      'onperson-campaigns-changed'?: (event: PersonCampaignsChangedEvent) => void;
      'oncampaign-open'?: (event: CampaignOpenEvent) => void;
    };
    }
  }
}
