import { addComponentStrings } from '../../i18n/english-components.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { MemberCounts } from '../../adapters/adapter.js';
import { ConflictError, ValidationError } from '../../adapters/errors.js';
import { AdapterController } from '../../controllers/adapter-controller.js';
import { QueryController } from '../../controllers/query-controller.js';
import { defaultMemberStatuses } from '../../domain/statuses.js';
import { errorMessage, fieldMessage, msg, type Locale, type MessageKey } from '../../i18n/localize.js';
import { LocalizedElement } from '../../i18n/localized-element.js';
import { campaignStatuses, campaignTypes, type Campaign, type CampaignInput, type CampaignType } from '../../model/campaign.js';
import type { Material } from '../../model/material.js';
import { renderError, renderLoading } from '../../styles/states.js';
import { draftOf, DETAIL_FIELDS, descendantsOf, differences, inputOf, type Draft, type DetailField } from './campaign-draft.js';
import { MaterialsEditor } from './materials-editor.js';
import { StatusEditor } from './status-editor.js';
import { styles } from './campaign-editor.styles.js';

addComponentStrings();

interface Loaded {
  campaign?: Campaign;
  campaigns: Campaign[];
  counts?: MemberCounts;
  deals: number;
  materials: Material[];
}

/**
 * A campaign's record page, editable: creates a campaign when no `campaign` is given, edits it
 * otherwise — name, type, status, dates, currency, budgeted and actual cost, expected revenue
 * and response, parent (a picker that never offers the campaign itself or one of its
 * sub-campaigns), description; its member statuses (add, rename, reorder, responded, the
 * default; a status members hold is removed only by choosing where they go, in one atomic
 * write with them); and its materials (named links and files). Saves are version-checked: an
 * edit made meanwhile by someone else is reported with both values, never overwritten. An empty
 * campaign can be deleted; one with members, results or sub-campaigns is completed or aborted.
 *
 * @summary Create or edit a campaign: details, member statuses, materials.
 * @tagname campaign-editor
 *
 * @csspart base - The card.
 * @csspart details - The details form.
 * @csspart statuses - The member-status editor.
 * @csspart materials - The materials.
 *
 * @cssprop --lead-kit-color-scheme - Colour scheme: `light dark` (default: the visitor's OS setting), `light` or `dark`.
 * @cssprop --lead-kit-font-family - Font (default: the system UI font).
 * @cssprop --lead-kit-color-text - Text color (default #1f2430; dark #e6e9f0).
 * @cssprop --lead-kit-color-muted - Secondary text (default #5b6272; dark #a9b1c2).
 * @cssprop --lead-kit-color-surface - Background (default #ffffff; dark #1b1f29).
 * @cssprop --lead-kit-color-border - Borders and lines (default #d5d9e2; dark #343b4c).
 * @cssprop --lead-kit-color-accent - Primary buttons, selection and focus (default #2557d6; dark #7aa2ff).
 * @cssprop --lead-kit-color-on-accent - Text on the accent colour (default #ffffff; dark #0b1020).
 * @cssprop --lead-kit-color-danger - Errors and Delete (default #b3261e; dark #ff8a80).
 * @cssprop --lead-kit-color-on-danger - Text on the danger colour (default #ffffff; dark #2a0906).
 * @cssprop --lead-kit-color-success - Success (default #1b7f3b; dark #6fd08c).
 * @cssprop --lead-kit-color-warning - Warnings: a concurrent edit (default #8a5a00; dark #f0b45a).
 * @cssprop --lead-kit-color-backdrop - Behind dialogs (default 45% black; dark 65%).
 * @cssprop --lead-kit-radius - Corner radius (default 8px).
 * @cssprop --lead-kit-space - Base spacing: every gap and padding is a step of it (default 1rem).
 * @cssprop --lead-kit-shadow-raised - Elevation of what floats over the page: dialogs, menus.
 * @cssprop --lead-kit-density - `comfortable` (default: 44 px rows and controls) or `compact` (32 px, 13 px text, tighter spacing); read when the element is connected. The `density` attribute overrides it.
 * @cssprop --lead-kit-card-background - The card the element sits in: its background (default: the surface colour).
 * @cssprop --lead-kit-card-border - The card's border (default `1px solid` the border colour; `none` for none).
 * @cssprop --lead-kit-card-radius - The card's corner radius (default: `--lead-kit-radius`).
 * @cssprop --lead-kit-card-padding - The card's padding (default: `--lead-kit-space`).
 * @cssprop --lead-kit-card-shadow - The card's shadow (default none: cards are flat).
 *
 * @fires {CampaignSavedEvent} campaign-saved - A campaign was created or saved (details or statuses). `detail: { campaign, created, moved }`.
 * @fires {CampaignDeletedEvent} campaign-deleted - An empty campaign was deleted. `detail: { id, name }`.
 */
export class CampaignEditor extends LocalizedElement {
  static override styles = styles;

  /** Id of the campaign to edit; without it the editor creates a new campaign (and then edits it). */
  @property({ reflect: true }) campaign = '';

  /** Shows the campaign without editing. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** @internal */ @state() private draft: Draft = draftOf(undefined);
  /** @internal */ @state() private issues: Partial<Record<DetailField | '', string>> = {};
  /** @internal */ @state() private notice = '';
  /** @internal */ @state() private busy = false;
  /** @internal */ @state() private conflict?: Campaign;
  /** @internal */ @state() private confirmDelete = false;

  /** The campaign the details draft started from (its version is the one a save expects). */
  private base?: Campaign;
  private detailsDirty = false;
  /** The campaign version the status editor started from. */
  private statusBase?: Campaign;
  /** The read the editor last took in. */
  private synced?: Loaded;

  private adapters = new AdapterController(this);
  private statuses = new StatusEditor(
    () => this.requestUpdate(),
    (selector) => void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus()),
  );
  private materials = new MaterialsEditor(() => this.adapters.adapter, () => this.requestUpdate(), () => this.renderRoot);
  private query = new QueryController(this, this.adapters, {
    args: () => [this.campaign.trim()] as const,
    run: async (adapter, [id], signal): Promise<Loaded> => {
      if (!id) return { campaigns: await adapter.listCampaigns({ signal }), deals: 0, materials: [] };
      const [campaign, campaigns, counts, deals, materials] = await Promise.all([
        adapter.getCampaign(id, { signal }),
        adapter.listCampaigns({ signal }),
        adapter.countMembers(id, { signal }),
        adapter.listOpportunities({ primaryCampaignId: id }, { signal }),
        adapter.listMaterials(id, { signal }),
      ]);
      return { campaign, campaigns, counts, deals: deals.length, materials };
    },
    isEmpty: () => false,
    affects: (e, [id]) => e.stores.includes('campaigns') || e.stores.includes('materials') || (!!id && e.campaignIds.includes(id)),
  });

  /** Follows the loaded campaign where the user has not edited (a change elsewhere shows at once). */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('campaign')) {
      this.base = this.statusBase = this.conflict = undefined;
      this.detailsDirty = this.confirmDelete = false;
      this.statuses.dirty = false;
      this.issues = {};
      if (!this.campaign.trim()) this.resetNew();
    }
    const loaded = this.query.value;
    const c = loaded?.campaign;
    if (!loaded || loaded === this.synced || !c || c.id !== this.campaign.trim()) return;
    // A new read (a save here, or a change elsewhere): shown where nothing is being edited.
    this.synced = loaded;
    if (!this.base || !this.detailsDirty) {
      this.base = c;
      this.draft = draftOf(c, this.activeLocale);
    }
    if (!this.statusBase || !this.statuses.dirty) {
      this.statuses.reset(c.memberStatuses, loaded.counts?.byStatus);
      this.statusBase = c;
    }
  }

  private resetNew(type: CampaignType = 'other'): void {
    this.draft = { ...draftOf(undefined), type };
    this.statuses.reset(defaultMemberStatuses(type));
  }

  override render() {
    const locale = this.activeLocale;
    const id = this.campaign.trim();
    const title = id ? (this.base?.name ?? msg(locale, 'editor.title')) : msg(locale, 'editor.title-new');
    return html`<section part="base" class="card" aria-labelledby="title">
      <header class="head"><h2 id="title">${title}</h2></header>
      ${this.query.render<unknown>({
        loading: () => renderLoading(locale),
        empty: () => nothing,
        error: (e) => renderError(locale, e, () => void this.query.refresh()),
        ready: (loaded: Loaded) => (id && !loaded.campaign ? renderLoading(locale) : this.renderReady(loaded, locale)),
      })}
      <div class="announce" role="status" aria-live="polite">${this.notice}</div>
    </section>`;
  }

  private renderReady(loaded: Loaded, locale: Locale) {
    const editing = !!loaded.campaign;
    const ro = this.readonly;
    return html`${this.conflict ? this.renderConflict(this.conflict, locale) : nothing}
      <form part="details" class="details" novalidate @submit=${(e: Event) => this.saveDetails(e, locale)} @input=${() => (this.detailsDirty = true)}>
        <fieldset ?disabled=${ro}>
          <legend class="visually-hidden">${msg(locale, 'editor.details')}</legend>
          <div class="grid">${DETAIL_FIELDS.map((f) => this.renderField(f, loaded, locale))}</div>
        </fieldset>
        ${editing ? nothing : html`<div part="statuses">${this.statuses.render(locale, ro, (n) => this.formatNumber(n))}</div>`}
        ${this.issues[''] ? html`<p class="problem" role="alert">${this.issues['']}</p>` : nothing}
        ${ro ? nothing : html`<div class="form-actions"><button type="submit" ?disabled=${this.busy}>${msg(locale, editing ? 'editor.save' : 'editor.create')}</button></div>`}
      </form>
      ${editing
        ? html`<form part="statuses" class="status-form" novalidate @submit=${(e: Event) => this.saveStatuses(e, locale)}>
              ${this.statuses.render(locale, ro, (n) => this.formatNumber(n))}
              ${ro ? nothing : html`<div class="form-actions"><button type="submit" ?disabled=${this.busy}>${msg(locale, 'editor.statuses-save')}</button></div>`}
            </form>
            <div part="materials">${this.materials.render(locale, loaded.campaign!.id, loaded.materials, ro)}</div>
            ${ro ? nothing : this.renderDelete(loaded, locale)}`
        : nothing}`;
  }

  private renderField(f: DetailField, loaded: Loaded, locale: Locale) {
    const id = `f-${f}`;
    const issue = this.issues[f];
    const common = { invalid: issue ? 'true' : 'false', describedby: issue ? `${id}-error` : nothing };
    const set = (e: Event) => {
      this.draft = { ...this.draft, [f]: (e.target as HTMLInputElement).value };
      if (this.issues[f]) this.issues = { ...this.issues, [f]: undefined };
    };
    let control;
    if (f === 'doubleOptIn') {
      return html`<div class="field wide">
        <label class="check"
          ><input
            id=${id}
            type="checkbox"
            .checked=${live(this.draft.doubleOptIn === 'true')}
            aria-describedby="${id}-hint"
            @change=${(e: Event) => (this.draft = { ...this.draft, doubleOptIn: (e.target as HTMLInputElement).checked ? 'true' : '' })}
          />${msg(locale, 'editor.doubleOptIn')}</label
        >
        <p class="hint" id="${id}-hint">${msg(locale, 'editor.doubleOptIn-hint')}</p>
      </div>`;
    }
    if (f === 'type' || f === 'status') {
      const values = f === 'type' ? campaignTypes : campaignStatuses;
      control = html`<select id=${id} aria-invalid=${common.invalid} @change=${(e: Event) => {
        set(e);
        if (f === 'type' && !loaded.campaign && !this.statuses.dirty) this.statuses.reset(defaultMemberStatuses(this.draft.type as CampaignType));
      }}>
        ${values.map((v) => html`<option value=${v} ?selected=${this.draft[f] === v}>${msg(locale, `${f === 'type' ? 'ctype' : 'cstatus'}.${v}` as MessageKey)}</option>`)}
      </select>`;
    } else if (f === 'parentId') {
      const self = loaded.campaign?.id;
      const excluded = self ? descendantsOf(self, loaded.campaigns) : new Set<string>();
      const options = loaded.campaigns.filter((c) => !excluded.has(c.id));
      control = html`<select id=${id} aria-invalid=${common.invalid} aria-describedby=${common.describedby} @change=${set}>
        <option value="" ?selected=${!this.draft.parentId}>${msg(locale, 'editor.no-parent')}</option>
        ${options.map((c) => html`<option value=${c.id} ?selected=${this.draft.parentId === c.id}>${c.name}</option>`)}
      </select>`;
    } else if (f === 'description') {
      control = html`<textarea id=${id} rows="3" maxlength="2000" .value=${live(this.draft[f])} aria-invalid=${common.invalid} aria-describedby=${common.describedby} @input=${set}></textarea>`;
    } else {
      const type = f === 'startDate' || f === 'endDate' ? 'date' : 'text';
      const numeric = ['budgetedCost', 'actualCost', 'expectedRevenue', 'expectedResponse'].includes(f);
      control = html`<input
        id=${id}
        type=${type}
        .value=${live(this.draft[f])}
        inputmode=${numeric ? 'decimal' : nothing}
        maxlength=${f === 'name' ? 120 : f === 'currency' ? 3 : nothing}
        autocapitalize=${f === 'currency' ? 'characters' : nothing}
        list=${f === 'currency' ? 'currencies' : nothing}
        ?required=${f === 'name'}
        aria-invalid=${common.invalid}
        aria-describedby=${common.describedby}
        @input=${set}
      />${f === 'currency' ? html`<datalist id="currencies">${['USD', 'EUR', 'GBP', 'UAH', 'RON', 'VND', 'PLN', 'CHF', 'CAD', 'AUD', 'JPY'].map((c) => html`<option value=${c}></option>`)}</datalist>` : nothing}`;
    }
    return html`<div class="field ${f === 'description' || f === 'name' ? 'wide' : ''}">
      <label for=${id}>${msg(locale, `editor.${f}` as MessageKey)}</label>
      ${control}
      ${issue ? html`<p class="problem" id="${id}-error">${issue}</p>` : nothing}
    </div>`;
  }

  private renderConflict(latest: Campaign, locale: Locale) {
    const rows = differences(this.base, latest, this.draft, locale);
    return html`<div class="conflict" role="alert">
      <p>${msg(locale, 'editor.conflict')}</p>
      ${rows.length ? html`<ul>${rows.map((r) => html`<li>${msg(locale, 'editor.conflict-field', { field: msg(locale, `editor.${r.field}` as MessageKey), theirs: r.theirs, yours: r.yours })}</li>`)}</ul>` : nothing}
      <div class="form-actions">
        <button type="button" class="secondary" @click=${() => this.useTheirs(latest)}>${msg(locale, 'editor.use-theirs')}</button>
        <button type="button" @click=${() => this.keepMine(latest)}>${msg(locale, 'editor.keep-mine')}</button>
      </div>
    </div>`;
  }

  private renderDelete(loaded: Loaded, locale: Locale) {
    const c = loaded.campaign!;
    const inUse = !!loaded.counts?.total || loaded.deals > 0 || loaded.campaigns.some((x) => x.parentId === c.id);
    if (inUse) return html`<p class="hint delete-hint">${msg(locale, 'editor.delete-in-use')}</p>`;
    if (!this.confirmDelete) {
      return html`<div class="form-actions"><button type="button" class="secondary danger delete" @click=${() => this.askDelete()}>${msg(locale, 'editor.delete')}</button></div>`;
    }
    return html`<div class="confirm" role="group" aria-labelledby="confirm-text">
      <p id="confirm-text">${msg(locale, 'editor.delete-confirm', { name: c.name })}</p>
      <div class="form-actions">
        <button type="button" class="danger confirm-delete" ?disabled=${this.busy} @click=${() => this.delete(c, locale)}>${msg(locale, 'editor.delete')}</button>
        <button type="button" class="secondary" @click=${() => this.cancelDelete()}>${msg(locale, 'list.cancel')}</button>
      </div>
    </div>`;
  }

  private async askDelete(): Promise<void> {
    this.confirmDelete = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.confirm-delete')?.focus();
  }

  private async cancelDelete(): Promise<void> {
    this.confirmDelete = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('button.delete')?.focus();
  }

  private async saveDetails(e: Event, locale: Locale): Promise<void> {
    e.preventDefault();
    if (this.busy) return;
    const { input, issues } = inputOf(this.draft, locale);
    const statuses = this.base ? undefined : this.statuses.result(locale);
    this.issues = issues;
    if (Object.keys(issues).length || (!this.base && !statuses)) return this.focusProblem(locale);
    await this.write(locale, async () => {
      const next: CampaignInput = this.base ? { ...input, id: this.base.id, version: this.base.version } : { ...input, memberStatuses: statuses!.statuses };
      const saved = await this.adapters.adapter.saveCampaign(next);
      const created = !this.base;
      this.base = saved;
      if (this.statusBase && !this.statuses.dirty) this.statusBase = saved;
      else if (this.statusBase) this.statusBase = { ...this.statusBase, version: saved.version };
      this.draft = draftOf(saved, this.activeLocale);
      this.detailsDirty = false;
      this.notice = msg(locale, created ? 'editor.created' : 'editor.saved', { name: saved.name });
      this.dispatchEvent(new CampaignSavedEvent({ campaign: saved, created, moved: 0 }));
      if (created) this.campaign = saved.id;
    });
  }

  private async saveStatuses(e: Event, locale: Locale): Promise<void> {
    e.preventDefault();
    const base = this.statusBase;
    const result = this.statuses.result(locale);
    if (!base || !result || this.busy) return this.focusProblem(locale);
    await this.write(
      locale,
      async () => {
        const r = await this.adapters.adapter.changeMemberStatuses({ campaignId: base.id, version: base.version, ...result });
        this.statuses.dirty = false;
        this.statusBase = r.campaign;
        if (this.base) this.base = { ...this.base, version: r.campaign.version };
        this.notice = msg(locale, 'editor.statuses-saved', { count: r.moved });
        this.dispatchEvent(new CampaignSavedEvent({ campaign: r.campaign, created: false, moved: r.moved }));
      },
      (error) => {
        if (error instanceof ValidationError) this.statuses.showIssues(locale, error.issues);
        else if (error instanceof ConflictError) {
          this.statuses.dirty = false;
          this.statusBase = undefined;
          this.notice = msg(locale, 'editor.statuses-conflict');
          void this.query.refresh();
        } else return false;
        return true;
      },
    );
  }

  /** Runs a write with the busy flag; field errors land at their fields, a conflict shows both versions. */
  private async write(locale: Locale, work: () => Promise<void>, handle?: (error: unknown) => boolean): Promise<void> {
    this.busy = true;
    this.notice = '';
    try {
      await work();
      this.conflict = undefined;
    } catch (error) {
      if (handle?.(error)) return;
      if (error instanceof ValidationError) {
        const issues: typeof this.issues = {};
        for (const issue of error.issues) {
          const field = (DETAIL_FIELDS as readonly string[]).includes(issue.path) ? (issue.path as DetailField) : '';
          issues[field] ??= field ? fieldMessage(locale, issue.code) : errorMessage(locale, error);
        }
        this.issues = issues;
        await this.focusProblem(locale);
      } else if (error instanceof ConflictError && this.base) {
        this.conflict = await this.adapters.adapter.getCampaign(this.base.id).catch(() => undefined);
      } else this.issues = { '': msg(locale, 'list.failed', { reason: errorMessage(locale, error) }) };
    } finally {
      this.busy = false;
    }
  }

  private async focusProblem(locale: Locale): Promise<void> {
    this.notice = msg(locale, 'editor.not-saved');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  private useTheirs(latest: Campaign): void {
    this.base = latest;
    this.draft = draftOf(latest, this.activeLocale);
    this.detailsDirty = false;
    this.conflict = undefined;
  }

  /** Saves the typed values over the other edit (the user saw both). */
  private keepMine(latest: Campaign): void {
    this.base = latest;
    this.conflict = undefined;
    this.renderRoot.querySelector<HTMLFormElement>('form.details')?.requestSubmit();
  }

  private async delete(c: Campaign, locale: Locale): Promise<void> {
    await this.write(locale, async () => {
      await this.adapters.adapter.deleteCampaign(c.id, this.base?.version ?? c.version);
      this.dispatchEvent(new CampaignDeletedEvent({ id: c.id, name: c.name }));
      this.campaign = '';
      this.notice = msg(locale, 'editor.deleted', { name: c.name });
    });
    this.confirmDelete = false;
  }
}

/** A campaign was created or saved (its details, or its statuses with `moved` members). */
export class CampaignSavedEvent extends Event {
  static readonly type = 'campaign-saved';
  constructor(readonly detail: { campaign: Campaign; created: boolean; moved: number }) {
    super(CampaignSavedEvent.type, { bubbles: true, composed: true });
  }
}

/** An empty campaign was deleted. */
export class CampaignDeletedEvent extends Event {
  static readonly type = 'campaign-deleted';
  constructor(readonly detail: { id: string; name: string }) {
    super(CampaignDeletedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'campaign-editor': CampaignEditor;
  }
  interface GlobalEventHandlersEventMap {
    'campaign-saved': CampaignSavedEvent;
    'campaign-deleted': CampaignDeletedEvent;
  }
}
