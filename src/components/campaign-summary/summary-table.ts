import { html, type TemplateResult } from 'lit';
import { msg, type Locale } from '../../i18n/localize.js';

/** The table behind a chart of `<campaign-summary>`: closed under "Show as table", captioned by the chart's title. */
export function renderTableBehind(locale: Locale, title: string, head: TemplateResult, rows: unknown) {
  return html`<details class="as-table">
    <summary>${msg(locale, 'summary.show-table')}</summary>
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">${title}</caption>
        <thead>
          ${head}
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>
    </div>
  </details>`;
}
