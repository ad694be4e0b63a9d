import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { live } from 'lit/directives/live.js';
import { fieldMessage, msg, statusLabel, type Locale } from '../../i18n/localize.js';
import type { MemberStatus, StatusMove } from '../../model/campaign.js';

/** One status being edited: its current values, where it came from, and its members. */
export interface StatusRow {
  /** Stable key while editing (a renamed status keeps it). */
  key: number;
  label: string;
  responded: boolean;
  default: boolean;
  webForm?: boolean;
  /** The label it has in the saved set; absent for a status added here. */
  original?: string;
  /** Members holding it now. */
  count: number;
  /** Taken out of the set; kept on screen while members hold it, to choose where they go. */
  removed?: boolean;
  /** The row (key) its members move to when it is removed. */
  moveTo?: number;
}

let nextKey = 1;

/**
 * The campaign editor's member-status editor, one job: the ordered statuses as rows to rename,
 * reorder (buttons, or Alt+↑/↓ on a name), flag responded, choose the one default, add and
 * remove — a status members hold is removed only once its members have a status to move to.
 * `result()` gives the new set and the moves (renames and removals) for `changeMemberStatuses`.
 */
export class StatusEditor {
  rows: StatusRow[] = [];
  /** Problems by row key (`-1`: the set as a whole). */
  issues = new Map<number, string>();
  /** Said politely after a move (position), read by a live region. */
  announcement = '';

  constructor(private readonly update: () => void, private readonly focus: (selector: string) => void) {}

  /** Starts from a saved set and its member counts. */
  reset(statuses: readonly MemberStatus[], counts: Record<string, number> = {}): void {
    this.rows = statuses.map((s) => ({ key: nextKey++, label: s.label, responded: s.responded, default: s.default, ...(s.webForm !== undefined ? { webForm: s.webForm } : {}), original: s.label, count: counts[s.label] ?? 0 }));
    this.issues.clear();
    this.dirty = false;
  }

  /** True once the user changed something since the last `reset`. */
  dirty = false;

  /** Something was edited: re-render, and keep the edit across refreshes of the campaign. */
  private changed(): void {
    this.dirty = true;
    this.update();
  }

  private get kept(): StatusRow[] {
    return this.rows.filter((r) => !r.removed);
  }

  /** The new set and the moves, or undefined after marking what is missing. */
  result(locale: Locale): { statuses: MemberStatus[]; moves: StatusMove[] } | undefined {
    this.issues.clear();
    const kept = this.kept;
    const seen = new Set<string>();
    for (const r of kept) {
      const key = r.label.trim().toLocaleLowerCase();
      if (!key) this.issues.set(r.key, fieldMessage(locale, 'required'));
      else if (seen.has(key)) this.issues.set(r.key, fieldMessage(locale, 'duplicate'));
      seen.add(key);
    }
    if (!kept.length) this.issues.set(-1, fieldMessage(locale, 'required'));
    for (const r of this.rows) if (r.removed && r.count && !kept.some((k) => k.key === r.moveTo)) this.issues.set(r.key, msg(locale, 'editor.status-move-required'));
    if (this.issues.size) {
      this.update();
      return undefined;
    }
    const byKey = new Map(kept.map((r) => [r.key, r.label.trim()]));
    const moves: StatusMove[] = [];
    for (const r of this.rows) {
      if (!r.original) continue;
      if (r.removed && r.count) moves.push({ from: r.original, to: byKey.get(r.moveTo!)! });
      else if (!r.removed && r.label.trim() !== r.original) moves.push({ from: r.original, to: r.label.trim() });
    }
    return {
      statuses: kept.map((r) => ({ label: r.label.trim(), responded: r.responded, default: r.default, ...(r.webForm !== undefined ? { webForm: r.webForm } : {}) })),
      moves,
    };
  }

  /** Shows the adapter's issues (`statuses.2.label`, `moves`) at their rows. */
  showIssues(locale: Locale, issues: readonly { path: string; code: string; message: string }[]): void {
    const kept = this.kept;
    for (const issue of issues) {
      const m = /^statuses\.(\d+)/.exec(issue.path);
      if (m && kept[Number(m[1])]) this.issues.set(kept[Number(m[1])].key, fieldMessage(locale, issue.code));
      else if (issue.path === 'moves') {
        for (const r of this.rows) if (r.removed && r.count) this.issues.set(r.key, msg(locale, 'editor.status-move-required'));
      } else this.issues.set(-1, issue.code === 'one_default' ? fieldMessage(locale, 'one_default') : fieldMessage(locale, issue.code));
    }
    this.update();
  }

  private move(row: StatusRow, by: -1 | 1, locale: Locale, control: 'up' | 'down' | 'label'): void {
    const kept = this.kept;
    const at = kept.indexOf(row);
    const to = at + by;
    if (to < 0 || to >= kept.length) return;
    const other = kept[to];
    const a = this.rows.indexOf(row);
    const b = this.rows.indexOf(other);
    [this.rows[a], this.rows[b]] = [this.rows[b], this.rows[a]];
    this.announcement = msg(locale, 'editor.status-moved', { status: row.label || '…', position: to + 1 });
    this.changed();
    // The control used stays focused (at the edge, the other button of the row).
    const end = (control === 'up' && to === 0) || (control === 'down' && to === kept.length - 1);
    const which = control === 'label' ? 'input.status-label' : `button.${end ? (control === 'up' ? 'down' : 'up') : control}`;
    this.focus(`[data-key="${row.key}"] ${which}`);
  }

  private remove(row: StatusRow, locale: Locale): void {
    if (row.original === undefined || !row.count) this.rows = this.rows.filter((r) => r !== row);
    else row.removed = true;
    if (row.default) {
      const next = this.kept[0];
      if (next) next.default = true;
      row.default = false;
    }
    this.announcement = msg(locale, 'editor.status-removed', { status: row.label });
    this.changed();
    this.focus(row.removed ? `[data-key="${row.key}"] select` : 'button.add-status');
  }

  private add(): void {
    const row: StatusRow = { key: nextKey++, label: '', responded: false, default: !this.kept.length, count: 0 };
    this.rows = [...this.rows, row];
    this.changed();
    this.focus(`[data-key="${row.key}"] input.status-label`);
  }

  render(locale: Locale, readonly: boolean, formatNumber: (n: number) => string) {
    const kept = this.kept;
    const setIssue = this.issues.get(-1);
    return html`<fieldset class="statuses" ?disabled=${readonly}>
      <legend>${msg(locale, 'editor.statuses')}</legend>
      <p class="hint" id="statuses-hint">${msg(locale, 'editor.statuses-hint')}</p>
      <ol class="status-rows" aria-describedby="statuses-hint">
        ${repeat(
          this.rows,
          (r) => r.key,
          (r) => (r.removed ? this.renderRemoved(r, kept, locale, formatNumber) : this.renderRow(r, kept.indexOf(r), kept.length, locale, formatNumber)),
        )}
      </ol>
      ${setIssue ? html`<p class="problem" role="alert">${setIssue}</p>` : nothing}
      <button type="button" class="secondary add-status" @click=${() => this.add()}>${msg(locale, 'editor.status-add')}</button>
      <div class="announce" role="status" aria-live="polite">${this.announcement}</div>
    </fieldset>`;
  }

  private renderRow(r: StatusRow, index: number, total: number, locale: Locale, formatNumber: (n: number) => string) {
    const id = `status-${r.key}`;
    const issue = this.issues.get(r.key);
    const name = r.label || msg(locale, 'editor.status-unnamed');
    // A default status is stored in English and shown in the reader's language everywhere else.
    const shown = statusLabel(locale, r.label);
    const described = [issue ? `${id}-error` : '', shown !== r.label ? `${id}-shown` : ''].filter(Boolean).join(' ');
    return html`<li class="status-row" data-key=${r.key}>
      <div class="status-name">
        <label class="visually-hidden" for=${id}>${msg(locale, 'editor.status-label-n', { n: index + 1 })}</label>
        <input
          id=${id}
          class="status-label"
          .value=${live(r.label)}
          maxlength="80"
          aria-invalid=${issue ? 'true' : 'false'}
          aria-describedby=${described || nothing}
          @input=${(e: Event) => {
            const before = statusLabel(locale, r.label) !== r.label;
            r.label = (e.target as HTMLInputElement).value;
            this.issues.delete(r.key);
            this.dirty = true;
            // Its "shown as" line comes or goes (renamed from or to a default status).
            if (before !== (statusLabel(locale, r.label) !== r.label)) this.update();
          }}
          @keydown=${(e: KeyboardEvent) => {
            if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
            e.preventDefault();
            this.move(r, e.key === 'ArrowUp' ? -1 : 1, locale, 'label');
          }}
        />
        ${shown !== r.label ? html`<p class="hint shown-as" id="${id}-shown">${msg(locale, 'editor.status-shown-as', { label: shown })}</p>` : nothing}
        ${issue ? html`<p class="problem" id="${id}-error">${issue}</p>` : nothing}
      </div>
      <label class="check"><input type="checkbox" .checked=${live(r.responded)} @change=${(e: Event) => ((r.responded = (e.target as HTMLInputElement).checked), this.changed())} />${msg(locale, 'editor.status-responded')}</label>
      <label class="check"
        ><input
          type="radio"
          name="default-status"
          .checked=${live(r.default)}
          @change=${() => {
            for (const other of this.rows) other.default = other === r;
            this.changed();
          }}
        />${msg(locale, 'editor.status-default')}</label
      >
      <span class="members">${r.count ? msg(locale, 'editor.status-count', { count: formatNumber(r.count) }) : ''}</span>
      <span class="row-buttons">
        <button type="button" class="quiet up" aria-label=${msg(locale, 'editor.status-up', { status: name })} ?disabled=${index === 0} @click=${() => this.move(r, -1, locale, 'up')}>↑</button>
        <button type="button" class="quiet down" aria-label=${msg(locale, 'editor.status-down', { status: name })} ?disabled=${index === total - 1} @click=${() => this.move(r, 1, locale, 'down')}>↓</button>
        <button type="button" class="quiet remove" aria-label=${msg(locale, 'editor.status-remove', { status: name })} ?disabled=${total === 1} @click=${() => this.remove(r, locale)}>✕</button>
      </span>
    </li>`;
  }

  private renderRemoved(r: StatusRow, kept: StatusRow[], locale: Locale, formatNumber: (n: number) => string) {
    const id = `move-${r.key}`;
    const issue = this.issues.get(r.key);
    return html`<li class="status-row removed" data-key=${r.key}>
      <div class="status-name">
        <s>${r.original}</s>
        <label for=${id}>${msg(locale, 'editor.status-move', { count: formatNumber(r.count) })}</label>
        <select
          id=${id}
          aria-invalid=${issue ? 'true' : 'false'}
          aria-describedby=${issue ? `${id}-error` : nothing}
          @change=${(e: Event) => {
            const v = (e.target as HTMLSelectElement).value;
            r.moveTo = v ? Number(v) : undefined;
            this.issues.delete(r.key);
            this.changed();
          }}
        >
          <option value="" ?selected=${r.moveTo === undefined}>${msg(locale, 'editor.status-choose')}</option>
          ${kept.map((k) => html`<option value=${k.key} ?selected=${r.moveTo === k.key}>${k.label || msg(locale, 'editor.status-unnamed')}</option>`)}
        </select>
        ${issue ? html`<p class="problem" id="${id}-error">${issue}</p>` : nothing}
      </div>
      <span class="row-buttons">
        <button
          type="button"
          class="quiet keep"
          @click=${() => {
            r.removed = false;
            r.moveTo = undefined;
            this.issues.delete(r.key);
            this.changed();
            this.focus(`[data-key="${r.key}"] input.status-label`);
          }}
        >
          ${msg(locale, 'editor.status-keep', { status: r.original ?? '' })}
        </button>
      </span>
    </li>`;
  }
}
