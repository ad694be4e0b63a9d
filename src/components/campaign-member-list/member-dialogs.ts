import { html, nothing } from 'lit';
import { msg, type Locale } from '../../i18n/localize.js';
import type { NameOrder } from '../../i18n/localized-element.js';
import type { MemberStatus } from '../../model/campaign.js';
import type { CampaignMemberAdd } from './campaign-member-add.js';
import type { LazyDialog } from '../../controllers/lazy-dialog.js';

/** What the list's dialogs need. */
export interface DialogsView {
  campaign: string;
  /** The list's own `locale` and `name-order`, passed on. */
  locale?: string;
  nameOrder?: NameOrder;
  statuses: MemberStatus[];
  added(e: Event): void;
  /** The two dialogs: each gets its content when first opened. */
  add: LazyDialog;
  import: LazyDialog;
}

/**
 * The list's two modal dialogs: "Add members" (`<campaign-member-add>`, reset when closed) and
 * "Import CSV" (`<campaign-member-import>`), each filled when first opened.
 */
export function renderDialogs(locale: Locale, v: DialogsView) {
  const close = (e: Event) => (e.target as HTMLElement).closest('dialog')?.close();
  return html`<dialog class="add" aria-labelledby="add-title" @close=${(e: Event) => (e.target as HTMLDialogElement).querySelector<CampaignMemberAdd>('campaign-member-add')?.reset()}>
      <h3 id="add-title">${msg(locale, 'list.add')}</h3>
      ${v.add.content(
        () =>
          html`<campaign-member-add
            frameless
            campaign=${v.campaign}
            locale=${v.locale ?? nothing}
            name-order=${v.nameOrder ?? nothing}
            .statuses=${v.statuses}
            @members-added=${v.added}
            @members-add-cancel=${close}
          ></campaign-member-add>`,
      )}
    </dialog>
    <dialog class="import" aria-labelledby="import-title">
      <div class="dialog-head">
        <h3 id="import-title">${msg(locale, 'import.title')}</h3>
        <button class="secondary" @click=${close}>${msg(locale, 'list.close')}</button>
      </div>
      ${v.import.content(() => html`<campaign-member-import frameless campaign=${v.campaign} locale=${v.locale ?? nothing}></campaign-member-import>`)}
    </dialog>`;
}
