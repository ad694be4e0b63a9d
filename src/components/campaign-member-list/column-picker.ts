import { html } from 'lit';
import { msg, type Locale } from '../../i18n/localize.js';

/** `shown` with `c` shown or hidden (the last shown column stays). */
export function toggleColumn<T extends string>(shown: readonly T[], c: T): T[] {
  if (!shown.includes(c)) return [...shown, c];
  return shown.length > 1 ? shown.filter((x) => x !== c) : [...shown];
}

/** `shown` with `c` moved one place earlier (-1) or later (1). */
export function moveColumn<T extends string>(shown: readonly T[], c: T, by: -1 | 1): T[] {
  const next = [...shown];
  const i = next.indexOf(c);
  const j = i + by;
  if (i < 0 || j < 0 || j >= next.length) return next;
  [next[i], next[j]] = [next[j], next[i]];
  return next;
}

/**
 * The column picker every list shares: each column with a checkbox (shown or not) and buttons to
 * move the shown ones; `change` gets the new list of shown columns. The last shown column stays.
 */
export function renderColumnPicker<T extends string>(locale: Locale, o: { id: string; shown: readonly T[]; all: readonly T[]; label: (c: T) => string; change: (next: T[]) => void }) {
  const { shown, change } = o;
  const order = [...shown, ...o.all.filter((c) => !shown.includes(c))];
  return html`<fieldset id=${o.id} class="columns-picker">
    <legend>${msg(locale, 'list.columns')}</legend>
    <ul>
      ${order.map((c, i) => {
        const label = o.label(c);
        const on = shown.includes(c);
        return html`<li>
          <label><input type="checkbox" .checked=${on} ?disabled=${on && shown.length === 1} @change=${() => change(toggleColumn(shown, c))} /> ${label}</label>
          <button class="icon secondary" aria-label=${msg(locale, 'list.move-up', { column: label })} ?disabled=${!on || i === 0} @click=${() => change(moveColumn(shown, c, -1))}>↑</button>
          <button class="icon secondary" aria-label=${msg(locale, 'list.move-down', { column: label })} ?disabled=${!on || i >= shown.length - 1} @click=${() => change(moveColumn(shown, c, 1))}>↓</button>
        </li>`;
      })}
    </ul>
  </fieldset>`;
}
