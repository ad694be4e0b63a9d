import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg, type Locale } from '../../i18n/localize.js';
import type { CampaignMember } from '../../model/member.js';
import { parseOptions } from '../lead-form/fields.js';

/** An action of the row menu: what `member-action` says, and its label. */
export interface RowAction {
  value: string;
  label: string;
}

/** `call=Log a call; email=Send an email` into the row menu's actions. */
export const parseRowActions = (text: string | undefined): RowAction[] => parseOptions(text ?? null);

/** The list's own row action (`row-actions="create-opportunity; …"`): a contact's response becomes a deal. */
export const CREATE_OPPORTUNITY = 'create-opportunity';

/**
 * A member's row menu, as `row-actions` lists it; its built-in `create-opportunity` (no label of
 * the page's) is the list's own "Create opportunity", offered for contacts in an editing list.
 */
export function menuFor(rowActions: string, member: CampaignMember, readonly: boolean, locale: Locale): RowAction[] {
  return parseRowActions(rowActions).flatMap((a) =>
    a.value !== CREATE_OPPORTUNITY ? [a] : !readonly && member.contactId ? [{ value: CREATE_OPPORTUNITY, label: a.label === a.value ? msg(locale, 'list.create-opportunity') : a.label }] : [],
  );
}

/**
 * The member list's row menu, one job: a "⋯" button at the end of each row opens the page's own
 * actions (`row-actions`) for that member in a menu (in the top layer: the grid's scrolling never
 * clips it). Arrow keys, Home and End move in it, Enter or a click chooses (`choose`), Escape or
 * a click elsewhere closes it; the focus goes back to the grid either way.
 */
export class RowMenu implements ReactiveController {
  /** The member whose menu is open. */
  openFor?: CampaignMember;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    private readonly choose: (action: RowAction, member: CampaignMember) => void,
    private readonly back: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Opens the menu of `member` under `button`. */
  async open(member: CampaignMember, button: HTMLElement): Promise<void> {
    this.openFor = member;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const menu = this.menu();
    if (!menu) return;
    const r = button.getBoundingClientRect();
    menu.style.setProperty('inset', `${Math.round(r.bottom + 2)}px auto auto ${Math.round(Math.max(4, r.right - 224))}px`);
    menu.showPopover();
    menu.querySelector<HTMLElement>('[role=menuitem]')?.focus();
  }

  close(refocus = true): void {
    if (!this.openFor) return;
    const menu = this.menu();
    if (menu?.matches(':popover-open')) menu.hidePopover();
    this.openFor = undefined;
    this.host.requestUpdate();
    if (refocus) this.back();
  }

  private menu(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.row-menu');
  }

  /** The "⋯" button of a row (out of the tab order: the grid moves focus; Enter on its cell opens it). */
  renderButton(locale: Locale, member: CampaignMember, name: string) {
    const open = this.openFor?.id === member.id;
    return html`<button
      class="quiet row-menu-button"
      tabindex="-1"
      aria-haspopup="menu"
      aria-expanded=${open ? 'true' : 'false'}
      aria-label=${msg(locale, 'list.actions-for', { name })}
      @click=${(e: Event) => (open ? this.close() : void this.open(member, e.currentTarget as HTMLElement))}
    >
      <span aria-hidden="true">⋯</span>
    </button>`;
  }

  /** The open menu (one for the list, in the top layer). */
  renderMenu(locale: Locale, actions: RowAction[]) {
    const member = this.openFor;
    if (!member) return nothing;
    return html`<div
      class="row-menu"
      role="menu"
      popover="auto"
      aria-label=${msg(locale, 'list.actions')}
      @toggle=${(e: ToggleEvent) => e.newState === 'closed' && this.openFor && this.close()}
      @keydown=${(e: KeyboardEvent) => this.key(e)}
    >
      ${actions.map(
        (a) => html`<button role="menuitem" tabindex="-1" class="quiet" @click=${() => this.pick(a, member)}>${a.label}</button>`,
      )}
    </div>`;
  }

  private pick(action: RowAction, member: CampaignMember): void {
    this.close();
    this.choose(action, member);
  }

  private key(e: KeyboardEvent): void {
    const items = [...(this.menu()?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];
    const at = items.indexOf((this.host.renderRoot as ShadowRoot).activeElement as HTMLElement);
    const go = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(items.length - 1);
    else if (e.key === 'Escape') this.close();
    else if (e.key === 'Tab') this.close();
    else return;
    e.preventDefault();
    e.stopPropagation();
  }
}
