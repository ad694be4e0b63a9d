import { addComponentStrings } from '../../i18n/english-components.js';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { ImportResult } from '../../adapters/adapter.js';
import { AbortedError } from '../../adapters/errors.js';
import { AdapterController } from '../../controllers/adapter-controller.js';
import { QueryController } from '../../controllers/query-controller.js';
import { CsvTooLargeError, decodeCsv, detectDelimiter, formatCsv, matchHeaders, MAX_CSV_BYTES, parseCsv, rowsToLeads, type CsvEncoding } from '../../domain/csv.js';
import { errorMessage, fieldMessage, msg, statusLabel, type Locale, type MessageKey } from '../../i18n/localize.js';
import { LocalizedElement } from '../../i18n/localized-element.js';
import { renderError } from '../../styles/states.js';
import type { Campaign } from '../../model/campaign.js';
import { MembersImportedEvent } from './campaign-member-list.events.js';
import { importStyles } from './parts.styles.js';
import { downloadCsv } from './download.js';

addComponentStrings();

/** Lead fields a CSV column can be imported as, with their labels. */
const FIELDS: [string, MessageKey][] = [
  ['firstName', 'form.firstName'],
  ['lastName', 'form.lastName'],
  ['email', 'form.email'],
  ['phone', 'form.phone'],
  ['company', 'form.company'],
  ['title', 'form.title'],
  ['industry', 'form.industry'],
  ['employees', 'form.employees'],
  ['country', 'form.country'],
  ['website', 'form.website'],
  ['description', 'form.message'],
];

const ENCODINGS: [CsvEncoding, MessageKey | undefined][] = [
  ['utf-8', undefined],
  ['windows-1251', 'import.enc-cyrillic'],
  ['windows-1252', 'import.enc-western'],
  ['iso-8859-2', 'import.enc-central'],
];

type Delimiter = 'auto' | ',' | ';' | '\t';
type Step = 'choose' | 'map' | 'importing' | 'done';

/** Rows shown in the preview. */
const PREVIEW_ROWS = 5;
/** Row errors listed on screen (all of them are in the download). */
const LISTED_ERRORS = 50;

/**
 * Loads leads into a campaign from a CSV file, the way marketing teams do: choose a file (UTF-8
 * with or without BOM, or a legacy encoding; comma, semicolon or tab), match its columns to lead
 * fields (matched by header name in any of the kit's languages), preview, import. People already
 * in the records (same email) become members, never duplicates; invalid rows are listed with
 * their row number, field and reason, and can be downloaded; the valid rows are imported. Files
 * over the size limit are refused before they are read. Shown by `<campaign-member-list>`'s
 * "Import CSV", and usable on its own.
 *
 * @summary CSV import of leads into a campaign, with column mapping, preview and per-row errors.
 * @tagname campaign-member-import
 *
 * @csspart progress - The progress bar.
 * @csspart drop-zone - The area to drop a file on (or click to choose one).
 *
 * @cssprop --lead-kit-color-accent - Buttons and progress.
 * @cssprop --lead-kit-color-border - Table lines.
 * @cssprop --lead-kit-color-danger - Row errors.
 * @cssprop --lead-kit-color-scheme - Colour scheme: `light dark` (default: the visitor's OS setting), `light` or `dark`. The colour defaults below have a light and a dark value.
 * @cssprop --lead-kit-font-family - Font (default: the system UI font).
 * @cssprop --lead-kit-color-text - Text color (default #1f2430; dark #e6e9f0).
 * @cssprop --lead-kit-color-muted - Secondary text (default #5b6272; dark #a9b1c2).
 * @cssprop --lead-kit-color-surface - Background (default #ffffff; dark #1b1f29).
 * @cssprop --lead-kit-color-on-accent - Text on the accent colour (default #ffffff; dark #0b1020).
 * @cssprop --lead-kit-color-on-danger - Text on the danger colour (default #ffffff; dark #2a0906).
 * @cssprop --lead-kit-color-success - Done and checked-in states (default #1b7f3b; dark #6fd08c).
 * @cssprop --lead-kit-color-warning - Warnings, duplicates and pending states (default #8a5a00; dark #f0b45a).
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
 * @fires {MembersImportedEvent} members-imported - The import finished or was stopped. `detail: { campaignId, result, stopped }`.
 */
export class CampaignMemberImport extends LocalizedElement {
  static override styles = importStyles;

  /** Id of the campaign the leads join. */
  @property({ reflect: true }) campaign = '';

  /** Largest file accepted, in bytes (checked before the file is read). */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes = MAX_CSV_BYTES;

  /**
   * Whom a row matching no one by email becomes: `lead` (default) or `contact` (existing
   * customers, filed under their company's account: found by name or website, or created). The
   * user can change it before importing. A known email is matched either way: no one twice.
   */
  @property({ attribute: 'import-as', reflect: true }) importAs: 'lead' | 'contact' = 'lead';

  /** Imports into the workspace, with no campaign: people are matched or created, nobody joins a campaign (`campaign` is not read). */
  @property({ type: Boolean, reflect: true }) workspace = false;

  /** @internal */ @state() private step: Step = 'choose';
  /** @internal */ @state() private file?: File;
  /** @internal */ @state() private dragging = false;
  /** @internal */ @state() private encoding: CsvEncoding = 'utf-8';
  /** @internal */ @state() private delimiter: Delimiter = 'auto';
  /** @internal */ @state() private header: string[] = [];
  /** @internal */ @state() private body: string[][] = [];
  /** @internal */ @state() private mapping: (string | undefined)[] = [];
  /** @internal */ @state() private fileError = '';
  /** @internal */ @state() private status = '';
  /** @internal */ @state() private progress = { done: 0, total: 0 };
  /** @internal */ @state() private result?: ImportResult;
  /** @internal */ @state() private stopped = false;
  /** @internal */ @state() private failure = '';

  private abort?: AbortController;
  private adapters = new AdapterController(this);
  private campaignQuery = new QueryController(this, this.adapters, {
    args: () => [this.workspace ? '' : this.campaign] as const,
    enabled: ([id]) => !!id,
    run: (adapter, [id], signal) => adapter.getCampaign(id, { signal }),
    isEmpty: () => false,
    affects: (e) => e.stores.includes('campaigns'),
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  /** Reads and parses a file (also what the file input calls). */
  async load(file: File): Promise<void> {
    this.file = file;
    this.fileError = '';
    const locale = this.activeLocale;
    if (file.size > this.maxBytes) {
      this.fileError = msg(locale, 'import.too-large', { limit: Math.round(this.maxBytes / 1024 / 1024) });
      return;
    }
    try {
      const text = decodeCsv(await file.arrayBuffer(), this.encoding, this.maxBytes);
      const rows = parseCsv(text, this.delimiter === 'auto' ? detectDelimiter(text) : this.delimiter).filter((r) => r.some((c) => c.trim()));
      if (rows.length < 2) {
        this.fileError = msg(locale, 'import.no-rows');
        return;
      }
      this.header = rows[0];
      this.body = rows.slice(1);
      this.mapping = matchHeaders(this.header);
      this.step = 'map';
    } catch (error) {
      this.fileError = error instanceof CsvTooLargeError ? msg(locale, 'import.too-large', { limit: Math.round(this.maxBytes / 1024 / 1024) }) : msg(locale, 'import.unreadable');
    }
  }

  override render() {
    const locale = this.activeLocale;
    const campaign = this.campaignQuery.status === 'ready' ? (this.campaignQuery.value as Campaign) : undefined;
    if (this.campaignQuery.status === 'error') {
      return renderError(locale, this.campaignQuery.error, () => void this.campaignQuery.refresh());
    }
    switch (this.step) {
      case 'choose':
        return this.renderChoose(locale);
      case 'map':
        return this.renderMap(locale, campaign);
      case 'importing':
        return this.renderProgress(locale);
      default:
        return this.renderDone(locale);
    }
  }

  private renderChoose(locale: Locale) {
    return html`<div class="step">
      <div class="field">
        <label for="file">${msg(locale, 'import.file')}</label>
        <div
          part="drop-zone"
          class="drop ${this.dragging ? 'over' : ''}"
          @dragover=${(e: DragEvent) => {
            e.preventDefault();
            this.dragging = true;
          }}
          @dragleave=${() => (this.dragging = false)}
          @drop=${(e: DragEvent) => {
            e.preventDefault();
            this.dragging = false;
            const f = e.dataTransfer?.files[0];
            if (f) void this.load(f);
          }}
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" width="28" height="28"><path d="M12 16V4m0 0-4.5 4.5M12 4l4.5 4.5M4 15v3a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-3" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" /></svg>
          <span aria-hidden="true"><strong>${msg(locale, 'import.choose')}</strong> ${msg(locale, 'import.drop')}</span>
          <span id="file-hint" class="hint">${msg(locale, 'import.file-hint', { limit: Math.round(this.maxBytes / 1024 / 1024) })}</span>
          <!-- The input covers the zone: a click anywhere opens the chooser; keyboard focus is on it. -->
          <input
            id="file"
            type="file"
            accept=".csv,.txt,text/csv"
            aria-describedby="file-hint${this.fileError ? ' file-error' : ''}"
            aria-invalid=${this.fileError ? 'true' : 'false'}
            @change=${(e: Event) => {
              const f = (e.target as HTMLInputElement).files?.[0];
              if (f) void this.load(f);
            }}
          />
        </div>
        ${this.fileError ? html`<p id="file-error" class="problem" role="alert">${this.fileError}</p>` : nothing}
      </div>
      <div class="row2">
        <div class="field">
          <label for="encoding">${msg(locale, 'import.encoding')}</label>
          <select id="encoding" .value=${live(this.encoding)} @change=${(e: Event) => this.reload({ encoding: (e.target as HTMLSelectElement).value as CsvEncoding })}>
            ${ENCODINGS.map(([v, label]) => html`<option value=${v} ?selected=${v === this.encoding}>${label ? msg(locale, label) : 'UTF-8'}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="delimiter">${msg(locale, 'import.delimiter')}</label>
          <select id="delimiter" .value=${live(this.delimiter)} @change=${(e: Event) => this.reload({ delimiter: (e.target as HTMLSelectElement).value as Delimiter })}>
            <option value="auto">${msg(locale, 'import.delim-auto')}</option>
            <option value=",">${msg(locale, 'import.delim-comma')}</option>
            <option value=";">${msg(locale, 'import.delim-semicolon')}</option>
            <option value="\t">${msg(locale, 'import.delim-tab')}</option>
          </select>
        </div>
      </div>
    </div>`;
  }

  private reload(change: { encoding?: CsvEncoding; delimiter?: Delimiter }): void {
    if (change.encoding) this.encoding = change.encoding;
    if (change.delimiter) this.delimiter = change.delimiter;
    if (this.file) void this.load(this.file);
  }

  private renderMap(locale: Locale, campaign: Campaign | undefined) {
    const hasEmail = this.mapping.includes('email');
    const statuses = campaign?.memberStatuses ?? [];
    const status = this.status || statuses.find((s) => s.default)?.label || '';
    const preview = rowsToLeads(this.body.slice(0, PREVIEW_ROWS), this.mapping);
    const mapped = FIELDS.filter(([f]) => this.mapping.includes(f));
    return html`<div class="step">
      <p>${msg(locale, 'import.rows', { count: this.formatNumber(this.body.length) })}</p>
      <h4 id="mapping-title">${msg(locale, 'import.mapping')}</h4>
      <table class="mapping" aria-labelledby="mapping-title">
        <thead>
          <tr>
            <th scope="col">${msg(locale, 'import.column')}</th>
            <th scope="col">${msg(locale, 'import.sample')}</th>
            <th scope="col">${msg(locale, 'import.field')}</th>
          </tr>
        </thead>
        <tbody>
          ${this.header.map(
            (h, i) => html`<tr>
              <th scope="row">${h}</th>
              <td class="sample">${this.body.find((r) => r[i]?.trim())?.[i] ?? ''}</td>
              <td>
                <select aria-label=${`${msg(locale, 'import.field')}: ${h}`} .value=${live(this.mapping[i] ?? '')} @change=${(e: Event) => this.setMapping(i, (e.target as HTMLSelectElement).value)}>
                  <option value="">${msg(locale, 'import.skip')}</option>
                  ${FIELDS.map(([f, label]) => html`<option value=${f} ?selected=${this.mapping[i] === f}>${msg(locale, label)}</option>`)}
                </select>
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${hasEmail ? nothing : html`<p class="problem" role="alert">${msg(locale, 'import.need-email')}</p>`}
      ${mapped.length
        ? html`<h4 id="preview-title">${msg(locale, 'import.preview')}</h4>
            <div class="scroll" role="region" aria-labelledby="preview-title" tabindex="0">
              <table class="preview" aria-labelledby="preview-title">
                <thead>
                  <tr>
                    ${mapped.map(([, label]) => html`<th scope="col">${msg(locale, label)}</th>`)}
                  </tr>
                </thead>
                <tbody>
                  ${preview.map((lead) => html`<tr>${mapped.map(([f]) => html`<td>${lead[f] ?? ''}</td>`)}</tr>`)}
                </tbody>
              </table>
            </div>`
        : nothing}
      <fieldset class="field import-as">
        <legend>${msg(locale, 'import.as')}</legend>
        ${(['lead', 'contact'] as const).map(
          (as) => html`<label><input type="radio" name="import-as" value=${as} .checked=${live(this.importAs === as)} @change=${() => (this.importAs = as)} /> ${msg(locale, `import.as-${as}`)}</label>`,
        )}
      </fieldset>
      ${this.workspace
        ? nothing
        : html`<div class="field narrow">
            <label for="status">${msg(locale, 'import.status')}</label>
            <select id="status" .value=${live(status)} @change=${(e: Event) => (this.status = (e.target as HTMLSelectElement).value)}>
              ${statuses.map((s) => html`<option value=${s.label} ?selected=${s.label === status}>${statusLabel(locale, s.label)}</option>`)}
            </select>
          </div>`}
      <div class="actions">
        <button ?disabled=${!hasEmail || (!campaign && !this.workspace)} @click=${() => this.start(status)}>${msg(locale, 'import.start', { count: this.formatNumber(this.body.length) })}</button>
        <button class="secondary" @click=${this.reset}>${msg(locale, 'import.back')}</button>
      </div>
    </div>`;
  }

  private setMapping(column: number, field: string): void {
    // A field maps from one column: choosing it here frees it elsewhere.
    this.mapping = this.mapping.map((f, i) => (i === column ? field || undefined : f === field ? undefined : f));
  }

  private renderProgress(locale: Locale) {
    const { done, total } = this.progress;
    return html`<div class="step">
      <label for="progress">${msg(locale, 'import.progress', { done: this.formatNumber(done), total: this.formatNumber(total) })}</label>
      <progress id="progress" part="progress" max=${total} .value=${done}></progress>
      <div class="actions"><button class="secondary" @click=${() => this.abort?.abort()}>${msg(locale, 'import.stop')}</button></div>
    </div>`;
  }

  private renderDone(locale: Locale) {
    const r = this.result;
    const errorRows = r ? [...new Set(r.errors.map((e) => e.row))] : [];
    return html`<div class="step">
      <div role="status">
        ${this.failure ? html`<p class="problem" role="alert">${this.failure}</p>` : nothing}
        ${this.stopped ? html`<p>${msg(locale, 'import.stopped')}</p>` : nothing}
        ${r
          ? html`<p class="done">${msg(locale, this.doneMessage, { created: this.formatNumber(r.created), matched: this.formatNumber(r.matched), members: this.formatNumber(r.membersCreated) })}${r.skipped ? ` ${msg(locale, 'import.skipped', { count: r.skipped })}` : ''}</p>
              ${errorRows.length ? html`<p class="problem">${msg(locale, 'import.errors', { count: this.formatNumber(errorRows.length) })}</p>` : nothing}`
          : nothing}
      </div>
      ${r && r.errors.length
        ? html`<ul class="row-errors">
              ${r.errors.slice(0, LISTED_ERRORS).map(
                (e) => html`<li>
                  <strong>${msg(locale, 'import.row', { row: e.row + 1 })}</strong> · ${this.fieldLabel(locale, e.path)}: ${fieldMessage(locale, e.code)}
                  ${this.body[e.row - 1] ? html`<span class="raw">${this.rawValue(e.row, e.path)}</span>` : nothing}
                </li>`,
              )}
            </ul>
            <button class="secondary" @click=${this.downloadErrors}>${msg(locale, 'import.download-errors')}</button>`
        : nothing}
      <div class="actions"><button @click=${this.reset}>${msg(locale, 'import.another')}</button></div>
    </div>`;
  }

  /** How the result is said: new leads or contacts, added to the campaign or to the workspace. */
  private get doneMessage(): MessageKey {
    if (this.workspace) return this.importAs === 'contact' ? 'import.done-workspace-contacts' : 'import.done-workspace';
    return this.importAs === 'contact' ? 'import.done-contacts' : 'import.done';
  }

  private fieldLabel(locale: Locale, path: string): string {
    const def = FIELDS.find(([f]) => f === path);
    return def ? msg(locale, def[1]) : path;
  }

  private rawValue(row: number, path: string): string {
    const col = this.mapping.indexOf(path);
    const value = col >= 0 ? this.body[row - 1]?.[col] : undefined;
    return value ? `“${value}”` : '';
  }

  private reset(): void {
    this.step = 'choose';
    this.file = undefined;
    this.header = [];
    this.body = [];
    this.mapping = [];
    this.result = undefined;
    this.failure = '';
    this.stopped = false;
    this.fileError = '';
  }

  private async start(status: string): Promise<void> {
    const rows = rowsToLeads(this.body, this.mapping);
    const abort = (this.abort = new AbortController());
    this.progress = { done: 0, total: rows.length };
    this.step = 'importing';
    this.stopped = false;
    this.failure = '';
    let result: ImportResult | undefined;
    try {
      const as = this.importAs === 'contact' ? 'contact' : 'lead';
      const progress = { signal: abort.signal, onProgress: (done: number, total: number) => (this.progress = { done, total }) };
      result = this.workspace
        ? await this.adapters.adapter.importPeople({ as }, rows, progress)
        : await this.adapters.adapter.importLeads({ campaignId: this.campaign, as, ...(status ? { status } : {}) }, rows, progress);
    } catch (error) {
      if (error instanceof AbortedError || abort.signal.aborted) this.stopped = true;
      else this.failure = msg(this.activeLocale, 'list.failed', { reason: errorMessage(this.activeLocale, error) });
    }
    this.result = result;
    this.step = 'done';
    this.dispatchEvent(
      new MembersImportedEvent({
        campaignId: this.workspace ? '' : this.campaign,
        result: result ?? { created: 0, skipped: 0, matched: 0, membersCreated: 0, errors: [] },
        stopped: this.stopped,
      }),
    );
  }

  /** The rows that were not imported, as they were in the file, with the reason in a last column. */
  errorCsv(): string {
    const locale = this.activeLocale;
    const byRow = new Map<number, string[]>();
    for (const e of this.result?.errors ?? []) {
      const list = byRow.get(e.row) ?? [];
      list.push(`${this.fieldLabel(locale, e.path)}: ${fieldMessage(locale, e.code)}`);
      byRow.set(e.row, list);
    }
    const rows = [...byRow].map(([row, reasons]) => [msg(locale, 'import.row', { row: row + 1 }), ...this.header.map((_, i) => this.body[row - 1]?.[i] ?? ''), reasons.join('; ')]);
    return formatCsv(['#', ...this.header, msg(locale, 'import.error-column')], rows);
  }

  private downloadErrors(): void {
    downloadCsv(`${(this.file?.name ?? 'import').replace(/\.[^.]+$/, '')} - ${msg(this.activeLocale, 'import.error-column')}.csv`, this.errorCsv());
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'campaign-member-import': CampaignMemberImport;
  }
}
