import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { PeopleFilter } from '../../domain/people-fields.js';
import { errorMessage, msg, type Locale } from '../../i18n/localize.js';
import type { DataAdapter } from '../../adapters/adapter.js';
import { ConflictError } from '../../adapters/errors.js';
import type { Lead } from '../../model/person.js';
import { LeadsClassifiedEvent } from '../people-list/people-list.events.js';
import { emptyDraft, renderFilterBuilder, type FilterDraft } from '../people-list/filter-builder.js';
import { describeFilter, fieldLabel, parseFilterAttribute, pickableFields, renderChips, valueLabel } from '../people-list/people-columns.js';

/** What the member list gives its people's fields. */
export interface MemberFieldsHost {
  /** The custom fields the page declares. */
  custom(): string[];
  adapter(): DataAdapter;
  /** Announces what changed (the list's polite status line), or a problem. */
  say(notice: string, problem?: string): void;
  format(n: number): string;
}

/**
 * The member list's people's fields: its conditions on them — the people list's filter builder
 * and chips, the same `filter` syntax — kept apart from the status and type filters the
 * membership itself answers (the list reads `filters` into its query), and a lead's rating or
 * lead status chosen in its cell.
 */
export class MemberFields implements ReactiveController {
  filters: PeopleFilter[] = [];
  /** Conditions of the `filter` attribute that name no known field (the list says it left them out). */
  dropped: string[] = [];
  /** The builder is shown. */
  open = false;
  private draft: FilterDraft = emptyDraft();

  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private o: MemberFieldsHost,
  ) {
    host.addController(this);
  }

  /** The custom fields the page declares. */
  custom(): string[] {
    return this.o.custom();
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
    this.o.say(msg(locale, 'people.filter-added', { filter: describeFilter(locale, f) }));
    this.set([...this.filters, f]);
  }

  /** Saves a lead's rating or lead status chosen in its cell, at the version read; a conflict puts the old one back and says so. */
  async classify(locale: Locale, lead: Lead, field: 'rating' | 'status', select: HTMLSelectElement): Promise<void> {
    const value = select.value;
    this.o.say('');
    try {
      const [saved] = await this.o.adapter().classifyLeads({ leads: [{ id: lead.id, version: lead.version }], [field]: value });
      this.o.say(msg(locale, 'people.classified', { count: this.o.format(1), field: fieldLabel(locale, field), value: valueLabel(locale, field, value) }));
      this.host.dispatchEvent(new LeadsClassifiedEvent({ field, value, leads: [saved], conflicts: 0 }));
    } catch (error) {
      select.value = lead[field] ?? '';
      this.o.say('', error instanceof ConflictError ? msg(locale, 'people.conflict', { count: this.o.format(1) }) : msg(locale, 'list.failed', { reason: errorMessage(locale, error) }));
    }
    this.host.requestUpdate();
  }
}
