import { html, nothing } from 'lit';
import type { DataAdapter } from '../../adapters/adapter.js';
import { ValidationError } from '../../adapters/errors.js';
import { errorMessage, fieldMessage, msg, type Locale, type MessageKey, numberFormat } from '../../i18n/localize.js';
import { MATERIAL_FILE_MAX_BYTES, materialKinds, type Material, type MaterialKind } from '../../model/material.js';

type Field = 'name' | 'url' | 'file' | '';

/** Reads a file as base64 (without the data-URL prefix). */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/**
 * The campaign editor's materials, one job: the campaign's named links and files with their kind
 * (brochure, landing page, creative, email…), added from a small form (a link, or a file up to
 * 512 KiB where the adapter stores files), opened or downloaded, and removed.
 */
export class MaterialsEditor {
  busy = false;
  mode: 'link' | 'file' = 'link';
  issues: Partial<Record<Field, string>> = {};
  announcement = '';

  constructor(
    private readonly adapter: () => DataAdapter,
    private readonly update: () => void,
    private readonly root: () => HTMLElement | DocumentFragment,
  ) {}

  private formatSize(locale: Locale, bytes: number): string {
    return numberFormat(locale, { style: 'unit', unit: bytes >= 1024 * 1024 ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1 }).format(bytes >= 1024 * 1024 ? bytes / 1024 / 1024 : Math.max(0.1, bytes / 1024));
  }

  private async add(e: Event, campaignId: string, locale: Locale): Promise<void> {
    e.preventDefault();
    if (this.busy) return;
    const form = e.target as HTMLFormElement;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null)?.value.trim() ?? '';
    const name = value('name');
    const kind = value('kind') as MaterialKind;
    this.issues = {};
    let file: { name: string; type: string; size: number; data: string } | undefined;
    if (this.mode === 'file') {
      const chosen = (form.elements.namedItem('file') as HTMLInputElement).files?.[0];
      if (!chosen) this.issues.file = fieldMessage(locale, 'required');
      else if (chosen.size > MATERIAL_FILE_MAX_BYTES) this.issues.file = msg(locale, 'editor.material-too-big', { name: chosen.name, size: this.formatSize(locale, MATERIAL_FILE_MAX_BYTES) });
      else file = { name: chosen.name, type: chosen.type || 'application/octet-stream', size: chosen.size, data: await base64Of(chosen) };
    }
    if (!name) this.issues.name = fieldMessage(locale, 'required');
    if (Object.keys(this.issues).length) return this.update();
    this.busy = true;
    this.update();
    try {
      const saved = await this.adapter().saveMaterial({ campaignId, name, kind, ...(file ? { file } : { url: value('url') }) });
      form.reset();
      this.mode = 'link';
      this.announcement = msg(locale, 'editor.material-added', { name: saved.name });
    } catch (error) {
      if (error instanceof ValidationError) {
        for (const issue of error.issues) {
          const field = (issue.path.startsWith('file') ? 'file' : ['name', 'url'].includes(issue.path) ? issue.path : '') as Field;
          this.issues[field] ??= field ? fieldMessage(locale, issue.code) : errorMessage(locale, error);
        }
      } else this.issues[''] = msg(locale, 'list.failed', { reason: errorMessage(locale, error) });
    } finally {
      this.busy = false;
      this.update();
    }
  }

  private async remove(m: Material, locale: Locale): Promise<void> {
    this.issues = {};
    try {
      await this.adapter().deleteMaterial(m.id, m.version);
      this.announcement = msg(locale, 'editor.material-removed', { name: m.name });
    } catch (error) {
      this.issues[''] = msg(locale, 'list.failed', { reason: errorMessage(locale, error) });
    }
    this.update();
    this.root().querySelector<HTMLElement>('.materials input[name=name]')?.focus();
  }

  private async download(m: Material, locale: Locale): Promise<void> {
    try {
      const full = await this.adapter().getMaterial(m.id);
      const bytes = Uint8Array.from(atob(full.file?.data ?? ''), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type: full.file?.type }));
      const a = Object.assign(document.createElement('a'), { href: url, download: full.file?.name ?? m.name });
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      this.issues[''] = msg(locale, 'list.failed', { reason: errorMessage(locale, error) });
      this.update();
    }
  }

  render(locale: Locale, campaignId: string, materials: readonly Material[], readonly: boolean) {
    const kind = (k: string) => msg(locale, `mkind.${k}` as MessageKey);
    const issue = (f: Field, id: string) => (this.issues[f] ? html`<p class="problem" id=${id}>${this.issues[f]}</p>` : nothing);
    const aria = (f: Field, id: string) => ({ invalid: this.issues[f] ? 'true' : 'false', describedby: this.issues[f] ? id : nothing });
    const n = aria('name', 'mat-name-error');
    const u = aria('url', 'mat-url-error');
    const f = aria('file', 'mat-file-error');
    return html`<section class="materials" aria-labelledby="materials-title">
      <h3 id="materials-title">${msg(locale, 'editor.materials')}</h3>
      ${materials.length
        ? html`<ul class="material-list">
            ${materials.map(
              (m) => html`<li>
                <span class="kind">${kind(m.kind)}</span>
                ${m.url
                  ? html`<a href=${m.url} target="_blank" rel="noopener noreferrer">${m.name}</a>`
                  : html`<button type="button" class="quiet link" aria-label=${msg(locale, 'editor.material-download', { name: m.name })} @click=${() => this.download(m, locale)}>${m.name}</button>
                      <span class="size">${m.file?.name} · ${this.formatSize(locale, m.file?.size ?? 0)}</span>`}
                ${readonly ? nothing : html`<button type="button" class="quiet remove" aria-label=${msg(locale, 'editor.material-remove', { name: m.name })} @click=${() => this.remove(m, locale)}>✕</button>`}
              </li>`,
            )}
          </ul>`
        : html`<p class="hint">${msg(locale, 'editor.materials-empty')}</p>`}
      ${readonly
        ? nothing
        : html`<form class="material-form" novalidate @submit=${(e: Event) => this.add(e, campaignId, locale)}>
            <div class="field">
              <label for="mat-name">${msg(locale, 'editor.material-name')}</label>
              <input id="mat-name" name="name" maxlength="120" aria-invalid=${n.invalid} aria-describedby=${n.describedby} />
              ${issue('name', 'mat-name-error')}
            </div>
            <div class="field">
              <label for="mat-kind">${msg(locale, 'editor.material-kind')}</label>
              <select id="mat-kind" name="kind">
                ${materialKinds.map((k) => html`<option value=${k} ?selected=${k === 'brochure'}>${kind(k)}</option>`)}
              </select>
            </div>
            <fieldset class="mode">
              <legend class="visually-hidden">${msg(locale, 'editor.material-source')}</legend>
              <label class="check"><input type="radio" name="mode" .checked=${this.mode === 'link'} @change=${() => ((this.mode = 'link'), this.update())} />${msg(locale, 'editor.material-url')}</label>
              <label class="check"><input type="radio" name="mode" .checked=${this.mode === 'file'} @change=${() => ((this.mode = 'file'), this.update())} />${msg(locale, 'editor.material-file')}</label>
            </fieldset>
            ${this.mode === 'link'
              ? html`<div class="field wide">
                  <label for="mat-url">${msg(locale, 'editor.material-url')}</label>
                  <input id="mat-url" name="url" type="url" inputmode="url" placeholder="https://" aria-invalid=${u.invalid} aria-describedby=${u.describedby} />
                  ${issue('url', 'mat-url-error')}
                </div>`
              : html`<div class="field wide">
                  <label for="mat-file">${msg(locale, 'editor.material-file-hint', { size: this.formatSize(locale, MATERIAL_FILE_MAX_BYTES) })}</label>
                  <input id="mat-file" name="file" type="file" aria-invalid=${f.invalid} aria-describedby=${f.describedby} />
                  ${issue('file', 'mat-file-error')}
                </div>`}
            <div class="form-actions"><button type="submit" class="secondary" ?disabled=${this.busy}>${msg(locale, 'editor.material-add')}</button></div>
            ${this.issues[''] ? html`<p class="problem" role="alert">${this.issues['']}</p>` : nothing}
          </form>`}
      <div class="announce" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }
}
