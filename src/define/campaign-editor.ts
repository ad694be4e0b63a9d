/** `lead-kit/define/campaign-editor`: registers `<campaign-editor>` (once per page) and exports the classes. */
import { CampaignEditor } from '../elements/campaign-editor.js';
import { defineElement } from './define.js';

defineElement('campaign-editor', CampaignEditor);
export * from '../elements/campaign-editor.js';
