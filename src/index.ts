/**
 * Lead Kit: every element registered, and the public API.
 * `import 'lead-kit'` (or `<script type="module" src=".../lead-kit.js">`) defines every tag.
 */
import './context/adapter-context.js';
import './define/lead-kit.js';
import './define/lead-form.js';
import './define/lead-convert-wizard.js';
import './define/campaign-summary.js';
import './define/campaign-opportunities.js';
import './define/campaign-influence.js';
import './define/lead-report.js';
import './define/people-list.js';
import './define/campaign-editor.js';
import './define/person-campaigns.js';
import './define/campaign-member-list.js';
import './define/attendance-tracker.js';

export * from './model/index.js';
export * from './adapters/adapter.js';
export { parseInput } from './adapters/validate.js';
export { LazyAdapter } from './adapters/lazy-adapter.js';
export { RestAdapter, type RestAdapterOptions, type DrainResult } from './adapters/rest/rest-adapter.js';
export { Outbox, type OutboxEntry } from './adapters/rest/outbox.js';
export { ROUTES } from './adapters/rest/routes.js';
export { SalesforceWebToLead, HubSpotForms, SALESFORCE_FIELDS, HUBSPOT_FIELDS, type SalesforceWebToLeadOptions, type HubSpotFormsOptions } from './adapters/connectors/connectors.js';
export { LocalAdapter, MemoryStore, IndexedDBStore, DB_VERSION } from './adapters/local/index.js';
export type { LocalAdapterOptions, RecordStore } from './adapters/local/index.js';
export { adapterContext, ensureContextRoot } from './context/adapter-context.js';
export { configureDefaultAdapter, getDefaultAdapter, localAdapterFor, DEFAULT_DATABASE } from './context/default-adapter.js';
export { LeadKit, LeadKitAdapterChangeEvent } from './context/lead-kit.js';
export { LeadKitConfigErrorEvent, adapterFromConfig, type EmbedConfig } from './context/embed-config.js';
export { LeadForm } from './components/lead-form/lead-form.js';
export { LeadField } from './components/lead-form/lead-field.js';
export * from './components/lead-form/lead-form.events.js';
export { LeadConvertWizard } from './components/lead-convert-wizard/lead-convert-wizard.js';
export * from './components/lead-convert-wizard/lead-convert-wizard.events.js';
export { CampaignSummary, CampaignCostsChangeEvent, CampaignOpenEvent } from './components/campaign-summary/campaign-summary.js';
export { CampaignOpportunities, OpportunityChangedEvent, OpportunityOpenEvent } from './components/campaign-opportunities/campaign-opportunities.js';
export { CampaignInfluence, InfluenceModelChangeEvent } from './components/campaign-influence/campaign-influence.js';
export { LeadReport } from './components/lead-report/lead-report.js';
export { PeopleList } from './components/people-list/people-list.js';
export * from './components/people-list/people-list.events.js';
export { CampaignEditor, CampaignSavedEvent, CampaignDeletedEvent } from './components/campaign-editor/campaign-editor.js';
export { PersonCampaigns, PersonCampaignsChangedEvent } from './components/person-campaigns/person-campaigns.js';
export { CampaignMemberList } from './components/campaign-member-list/campaign-member-list.js';
export { CampaignMemberImport } from './components/campaign-member-list/campaign-member-import.js';
export { CampaignMemberAdd } from './components/campaign-member-list/campaign-member-add.js';
export * from './components/campaign-member-list/campaign-member-list.events.js';
export { memberPages } from './adapters/bulk.js';
export { AttendanceTracker } from './components/attendance-tracker/attendance-tracker.js';
export * from './components/attendance-tracker/attendance-tracker.events.js';
export { attendanceFigures, attendedStatus, noShowStatus, type AttendanceFigures } from './domain/attendance.js';
export { campaignFigures, type CampaignFigures } from './domain/metrics.js';
export { AdapterController } from './controllers/adapter-controller.js';
export { QueryController, type QueryStatus, type QueryOptions } from './controllers/query-controller.js';
export { supportedLocales, resolveLocale, matchLocale, statusLabel, registerStrings, englishStrings, type Locale, type MessageKey } from './i18n/localize.js';
export { emailKey } from './domain/matching.js';
export { defaultMemberStatuses } from './domain/statuses.js';
