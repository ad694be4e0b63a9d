import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { PeopleFilter } from '../../domain/people-fields.js';
import { msg, type Locale } from '../../i18n/localize.js';
import { emptyDraft, renderFilterBuilder, type FilterDraft } from '../people-list/filter-builder.js';
import { describeFilter, parseFilterAttribute, pickableFields, renderChips } from '../people-list/people-columns.js';

/**
 * The member list's conditions on its people's fields — the people list's filter builder and
 * chips, the same `filter` syntax — kept apart from the status and type filters the membership
 * itself answers. The list reads `filters` into its query.
 */
export class MemberFieldFilters implements ReactiveController {
  filters: PeopleFilter[] = [];
  /** Conditions of the `filter` attribute that name no known field (the list says it left them out). */
  dropped: string[] = [];
  /** The builder is shown. */
  open = false;
  private draft: FilterDraft = emptyDraft();

  constructor(
    private host: ReactiveControllerHost,
    /** The custom fields the page declares. */
    readonly custom: () => string[],
    /** Announces what changed (the list's polite status line). */
    private say: (text: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Takes the `filter` attribute's conditions. */
  parse(text: string): void {
    ({ filters: this.filters, dropped: this.dropped } = parseFilterAttribute(text));
  }

  set(filters: PeopleFilter[]): void {
    this.filters = filters;
    this.dropped = [];
    this.host.requestUpdate();
  }

  toggle(): void {
    this.open = !this.open;
    this.host.requestUpdate();
  }

  /** The builder (while open) and the chips of the conditions in force. */
  render(locale: Locale) {
    const builder = this.open
      ? html`<div id="field-filters" class="panel">
          ${renderFilterBuilder(
            locale,
            pickableFields(this.custom()),
            this.draft,
            (d) => ((this.draft = d), this.host.requestUpdate()),
            (f) => this.add(locale, f),
          )}
        </div>`
      : nothing;
    return html`${builder}${renderChips(locale, this.filters, this.dropped, (next) => this.set(next))}`;
  }

  private add(locale: Locale, f: PeopleFilter): void {
    this.draft = emptyDraft(this.draft.field);
    this.say(msg(locale, 'people.filter-added', { filter: describeFilter(locale, f) }));
    this.set([...this.filters, f]);
  }
}
