import { html, nothing } from 'lit';
import { cssomStyle } from '../../directives/cssom-style.js';
import { responseTrend } from '../../domain/metrics.js';
import { msg, type Locale, numberFormat } from '../../i18n/localize.js';
import type { Campaign } from '../../model/campaign.js';
import { renderTableBehind } from './summary-table.js';

/** A campaign's responses by the UTC day members first responded (`campaignResults.responsesByDay`). */
export interface TrendSeries {
  campaign: Campaign;
  byDay: Record<string, number>;
}

/**
 * `<campaign-summary>`'s "Responses since launch": per day (per week past 31 days) from each
 * campaign's start date, a second campaign overlaid at the same age (`trend-compare`), and the
 * table behind the chart.
 */
export function renderTrend(series: readonly TrendSeries[], locale: Locale) {
  const count = (n: number) => numberFormat(locale).format(n);
  const { unit, values } = responseTrend(series.map((t) => ({ byDay: t.byDay, ...(t.campaign.startDate ? { start: t.campaign.startDate } : {}) })));
  const [name, other] = series.map((t) => t.campaign.name);
  const title = other ? msg(locale, 'summary.trend-vs', { name, other }) : msg(locale, 'summary.trend');
  const periods = values[0]?.length ?? 0;
  if (!values.some((s) => s.some((n) => n > 0))) {
    return html`<section class="trend" aria-labelledby="trend-title"><h3 id="trend-title">${title}</h3><p class="muted">${msg(locale, 'summary.trend-empty')}</p></section>`;
  }
  const max = Math.max(1, ...values.flat());
  const label = (p: number) => msg(locale, unit === 'week' ? 'summary.week-n' : 'summary.day-n', { n: p + 1 });
  // A run of three or more periods with no response in any series is one row ("Weeks 1–40:
  // none"), so a campaign launched long before its first responses does not draw a wall of zeros.
  const rows: { from: number; to: number }[] = [];
  const empty = (p: number) => values.every((s) => !s[p]);
  for (let p = 0; p < periods; p++) {
    let q = p;
    while (empty(p) && q + 1 < periods && empty(q + 1)) q++;
    if (q - p >= 2) rows.push({ from: p, to: q });
    else for (let r = p; r <= q; r++) rows.push({ from: r, to: r });
    p = q;
  }
  const rowLabel = (r: { from: number; to: number }) => (r.from === r.to ? label(r.from) : msg(locale, unit === 'week' ? 'summary.weeks-range' : 'summary.days-range', { from: r.from + 1, to: r.to + 1 }));
  return html`<section class="trend" aria-labelledby="trend-title">
    <h3 id="trend-title">${title}</h3>
    <figure class="chart-figure">
      <div part="trend" class="chart" role="img" aria-labelledby="trend-title">
        ${rows.map(({ from: p, to }) =>
          p !== to
            ? html`<div class="bar-row gap"><span class="label">${rowLabel({ from: p, to })}</span><span class="track none"></span><span class="amount muted">${msg(locale, 'summary.trend-none')}</span></div>`
            : html`<div class="bar-row">
                <span class="label">${label(p)}</span>
                <span class="track ${other ? 'pair' : ''}">${values.map((s, i) => html`<span class="bar ${i ? 'compare' : ''} ${s[p] ? '' : 'zero'}" style=${cssomStyle({ width: `${(s[p] / max) * 100}%` })}></span>`)}</span>
                <span class="amount">${values.map((s) => count(s[p])).join(' · ')}</span>
              </div>`,
        )}
      </div>
      ${other ? html`<figcaption><span class="key"></span>${name} <span class="key compare"></span>${other}</figcaption>` : nothing}
    </figure>
    ${renderTableBehind(
      locale,
      title,
      html`<tr><th scope="col">${msg(locale, unit === 'week' ? 'summary.week' : 'summary.day')}</th>${series.map((t) => html`<th scope="col" class="num">${t.campaign.name}</th>`)}</tr>`,
      Array.from({ length: periods }, (_, p) => html`<tr><th scope="row">${label(p)}</th>${values.map((s) => html`<td class="num">${count(s[p])}</td>`)}</tr>`),
    )}
  </section>`;
}
