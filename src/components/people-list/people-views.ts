import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { DataAdapter } from '../../adapters/adapter.js';
import { ConflictError, ValidationError } from '../../adapters/errors.js';
import { peopleSortFields, personField, type PeopleFilter, type PeopleSortField } from '../../domain/people-fields.js';
import { errorMessage, msg, type Locale } from '../../i18n/localize.js';
import { peopleFilterSchema, type PeopleView, type PeopleViewInput } from '../../model/people.js';

/** What a list shows, as a view keeps it. */
export interface ListState {
  columns: string[];
  sort: PeopleSortField;
  direction: 'asc' | 'desc';
  filters: PeopleFilter[];
  search: string;
  type: '' | 'lead' | 'contact';
  /** Column widths set by the user (rem), by field. */
  widths: Record<string, number>;
}

/**
 * A saved view as the list can open it: its columns and conditions that name fields the catalogue
 * still has (and, for custom fields, the page declares), and what was left out.
 */
export function openView(view: PeopleView, customFields: readonly string[]): { state: ListState; dropped: string[] } {
  const known = (field: string) => !!personField(field) && (!field.startsWith('custom.') || customFields.includes(field.slice(7)));
  const dropped: string[] = [];
  const columns = view.columns.filter((c) => known(c) || (dropped.push(c), false));
  const filters: PeopleFilter[] = [];
  for (const f of view.filters) {
    const parsed = peopleFilterSchema.safeParse(f);
    if (parsed.success && known(f.field)) filters.push(parsed.data as PeopleFilter);
    else dropped.push(f.field);
  }
  const sort = (peopleSortFields as readonly string[]).includes(view.sort) ? (view.sort as PeopleSortField) : 'name';
  return {
    state: {
      columns: columns.length ? columns : ['name'],
      sort,
      direction: view.direction,
      filters,
      search: view.search ?? '',
      type: view.type ?? '',
      widths: Object.fromEntries(Object.entries(view.widths ?? {}).filter(([c]) => columns.includes(c))),
    },
    dropped: [...new Set(dropped)],
  };
}

/** The view to save from what the list shows: its columns with their widths, sort, filters, search and type. */
export function viewInput(state: ListState, name: string, base?: PeopleView, isDefault?: boolean): PeopleViewInput {
  return {
    ...(base ? { id: base.id, version: base.version } : {}),
    name: name.trim(),
    columns: state.columns,
    ...(Object.keys(state.widths).length ? { widths: state.widths } : {}),
    sort: state.sort,
    direction: state.direction,
    filters: state.filters,
    ...(state.search ? { search: state.search } : {}),
    ...(state.type ? { type: state.type } : {}),
    ...((isDefault ?? base?.isDefault) ? { isDefault: true } : {}),
  };
}

/** The view a list opens: the one its `view` attribute names (by id or name), else the workspace's default. */
export function viewToOpen(views: readonly PeopleView[], named: string): PeopleView | undefined {
  const want = named.trim();
  if (want) return views.find((v) => v.id === want) ?? views.find((v) => v.name.trim().toLowerCase() === want.toLowerCase());
  return views.find((v) => v.isDefault);
}

export interface ViewsPanel {
  views: readonly PeopleView[];
  current?: PeopleView;
  name: string;
  busy: boolean;
  readonly: boolean;
  /** "Delete" was pressed once: the panel asks to confirm. */
  confirming: boolean;
  setName(name: string): void;
  save(asNew: boolean): void;
  makeDefault(): void;
  remove(): void;
  cancel(): void;
}

/** The view picker (always shown): every saved view, the default marked, and "All people". */
export function renderViewPicker(locale: Locale, views: readonly PeopleView[], current: PeopleView | undefined, pick: (id: string) => void) {
  return html`<select class="views" aria-label=${msg(locale, 'people.view')} @change=${(e: Event) => pick((e.target as HTMLSelectElement).value)}>
    <option value="" ?selected=${!current}>${msg(locale, 'people.all-view')}</option>
    ${views.map((v) => html`<option value=${v.id} ?selected=${v.id === current?.id}>${v.isDefault ? msg(locale, 'people.default-view', { name: v.name }) : v.name}</option>`)}
  </select>`;
}

/** Saving, renaming, the default and deleting, for the view the list shows. */
export function renderViewsPanel(locale: Locale, p: ViewsPanel) {
  if (p.readonly) return nothing;
  const named = p.name.trim().length > 0;
  return html`<form
    id="panel"
    class="panel view-panel"
    aria-label=${msg(locale, 'people.views')}
    @submit=${(e: Event) => {
      e.preventDefault();
      if (named) p.save(!p.current);
    }}
  >
    <label class="field"
      ><span>${msg(locale, 'people.view-name')}</span
      ><input .value=${p.name} maxlength="80" @input=${(e: Event) => p.setName((e.target as HTMLInputElement).value)}
    /></label>
    ${p.current ? html`<button type="submit" ?disabled=${p.busy || !named}>${msg(locale, 'people.save-view')}</button>` : nothing}
    <button type="button" class=${p.current ? 'secondary' : ''} ?disabled=${p.busy || !named} @click=${() => p.save(true)}>${msg(locale, 'people.save-new-view')}</button>
    ${p.current
      ? html`<button type="button" class="secondary" ?disabled=${p.busy || !!p.current.isDefault} @click=${() => p.makeDefault()}>${msg(locale, 'people.make-default')}</button>
          ${p.confirming
            ? html`<span class="confirm" role="group" aria-label=${msg(locale, 'people.delete-confirm', { name: p.current.name })}>
                <span>${msg(locale, 'people.delete-confirm', { name: p.current.name })}</span>
                <button type="button" class="danger" ?disabled=${p.busy} @click=${() => p.remove()}>${msg(locale, 'people.delete-view')}</button>
                <button type="button" class="quiet" @click=${() => p.cancel()}>${msg(locale, 'people.cancel')}</button>
              </span>`
            : html`<button type="button" class="secondary danger" ?disabled=${p.busy} @click=${() => p.remove()}>${msg(locale, 'people.delete-view')}</button>`}`
      : nothing}
  </form>`;
}

/** What the saved views need of their list. */
export interface ViewsHost {
  adapter(): DataAdapter;
  /** What the list shows now. */
  state(): ListState;
  setBusy(busy: boolean): void;
  say(notice: string, problem?: string): void;
  /** Reads the views again (after a save or a delete). */
  refresh(): Promise<unknown>;
  /** The view shown was deleted: the list goes back to its attributes. */
  closed(): void;
}

/** The view a list shows, and saving, making default and deleting it (deleting asks first). */
export class SavedViews {
  current?: PeopleView;
  name = '';
  confirming = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly list: ViewsHost,
  ) {}

  /** The list opened `view` (or none). */
  opened(view: PeopleView | undefined): void {
    this.current = view;
    this.name = view?.name ?? '';
    this.confirming = false;
  }

  async save(locale: Locale, asNew: boolean, isDefault?: boolean): Promise<void> {
    this.list.setBusy(true);
    this.list.say('');
    try {
      const saved = await this.list.adapter().savePeopleView(viewInput(this.list.state(), this.name, asNew ? undefined : this.current, asNew ? false : isDefault));
      this.current = saved;
      this.list.say(msg(locale, 'people.view-saved', { name: saved.name }));
      await this.list.refresh();
    } catch (error) {
      this.list.say(
        '',
        error instanceof ValidationError && error.issues.some((i) => i.code === 'duplicate')
          ? msg(locale, 'people.view-duplicate', { name: this.name.trim() })
          : error instanceof ConflictError
            ? msg(locale, 'people.view-conflict')
            : msg(locale, 'list.failed', { reason: errorMessage(locale, error) }),
      );
    } finally {
      this.list.setBusy(false);
    }
  }

  /** The first call asks to confirm; the second deletes the view shown. */
  async remove(locale: Locale): Promise<void> {
    const view = this.current;
    if (!view) return;
    if (!this.confirming) {
      this.confirming = true;
      this.host.requestUpdate();
      return;
    }
    this.list.setBusy(true);
    try {
      await this.list.adapter().deletePeopleView(view.id, view.version);
      this.list.say(msg(locale, 'people.view-deleted', { name: view.name }));
      this.list.closed();
      await this.list.refresh();
    } catch (error) {
      this.list.say('', error instanceof ConflictError ? msg(locale, 'people.view-conflict') : msg(locale, 'list.failed', { reason: errorMessage(locale, error) }));
    } finally {
      this.confirming = false;
      this.list.setBusy(false);
    }
  }

  render(locale: Locale, views: readonly PeopleView[], busy: boolean, readonly: boolean) {
    const update = () => this.host.requestUpdate();
    return renderViewsPanel(locale, {
      views,
      current: this.current,
      name: this.name,
      busy,
      readonly,
      confirming: this.confirming,
      setName: (name) => ((this.name = name), update()),
      save: (asNew) => void this.save(locale, asNew),
      makeDefault: () => void this.save(locale, false, true),
      remove: () => void this.remove(locale),
      cancel: () => ((this.confirming = false), update()),
    });
  }
}
