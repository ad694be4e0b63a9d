/**
 * `document.createElement('<tag>')` is typed as the element's class for every element (the
 * `HTMLElementTagNameMap` entries): `npm test` type-checks this file, so a missing entry fails
 * the build (the assignments below would be plain `HTMLElement`s), and the classes are checked
 * at run time too.
 */
import { expect } from '@open-wc/testing';
import '../../src/define/lead-kit.js';
import '../../src/define/lead-form.js';
import '../../src/define/campaign-member-list.js';
import '../../src/define/attendance-tracker.js';
import '../../src/define/lead-convert-wizard.js';
import '../../src/define/campaign-summary.js';
import '../../src/define/campaign-opportunities.js';
import '../../src/define/campaign-influence.js';
import '../../src/define/lead-report.js';
import '../../src/define/people-list.js';
import '../../src/define/campaign-editor.js';
import '../../src/define/person-campaigns.js';
import { LeadKit } from '../../src/context/lead-kit.js';
import { LeadForm } from '../../src/components/lead-form/lead-form.js';
import { CampaignMemberList } from '../../src/components/campaign-member-list/campaign-member-list.js';
import { CampaignMemberImport } from '../../src/components/campaign-member-list/campaign-member-import.js';
import { CampaignMemberAdd } from '../../src/components/campaign-member-list/campaign-member-add.js';
import { AttendanceTracker } from '../../src/components/attendance-tracker/attendance-tracker.js';
import { LeadConvertWizard } from '../../src/components/lead-convert-wizard/lead-convert-wizard.js';
import { CampaignSummary } from '../../src/components/campaign-summary/campaign-summary.js';
import { CampaignOpportunities } from '../../src/components/campaign-opportunities/campaign-opportunities.js';
import { CampaignInfluence } from '../../src/components/campaign-influence/campaign-influence.js';
import { LeadReport } from '../../src/components/lead-report/lead-report.js';
import { PeopleList } from '../../src/components/people-list/people-list.js';
import { CampaignEditor } from '../../src/components/campaign-editor/campaign-editor.js';
import { PersonCampaigns } from '../../src/components/person-campaigns/person-campaigns.js';

describe('element tag names', () => {
  it('createElement returns each element typed as its class', () => {
    const elements: [HTMLElement, abstract new () => HTMLElement][] = [];
    const kit: LeadKit = document.createElement('lead-kit');
    const form: LeadForm = document.createElement('lead-form');
    const list: CampaignMemberList = document.createElement('campaign-member-list');
    const importer: CampaignMemberImport = document.createElement('campaign-member-import');
    const adder: CampaignMemberAdd = document.createElement('campaign-member-add');
    const tracker: AttendanceTracker = document.createElement('attendance-tracker');
    const wizard: LeadConvertWizard = document.createElement('lead-convert-wizard');
    const summary: CampaignSummary = document.createElement('campaign-summary');
    const deals: CampaignOpportunities = document.createElement('campaign-opportunities');
    const editor: CampaignEditor = document.createElement('campaign-editor');
    const influence: CampaignInfluence = document.createElement('campaign-influence');
    const history: PersonCampaigns = document.createElement('person-campaigns');
    const report: LeadReport = document.createElement('lead-report');
    const peopleList: PeopleList = document.createElement('people-list');
    elements.push([peopleList, PeopleList], [report, LeadReport], [influence, CampaignInfluence], [history, PersonCampaigns], [editor, CampaignEditor], [deals, CampaignOpportunities], [kit, LeadKit], [form, LeadForm], [list, CampaignMemberList], [importer, CampaignMemberImport], [adder, CampaignMemberAdd], [tracker, AttendanceTracker], [wizard, LeadConvertWizard], [summary, CampaignSummary]);
    for (const [element, cls] of elements) expect(element).to.be.instanceOf(cls);
  });
});
