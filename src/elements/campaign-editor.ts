/**
 * `lead-kit/elements/campaign-editor`: the `<campaign-editor>` element's class and its event classes,
 * without registering a tag (`lead-kit/define/campaign-editor` registers it).
 */
export { CampaignEditor, CampaignSavedEvent, CampaignDeletedEvent } from '../components/campaign-editor/campaign-editor.js';
