import { html, nothing } from 'lit';
import { cssomStyle } from '../../directives/cssom-style.js';
import { campaignFunnel, FUNNEL_STEPS, type FunnelStep, type FunnelStepKey } from '../../domain/funnel.js';
import type { CampaignFigures } from '../../domain/metrics.js';
import { msg, type Locale, type MessageKey, numberFormat } from '../../i18n/localize.js';
import { renderTableBehind } from './summary-table.js';

const STEP_LABEL: Record<FunnelStepKey, MessageKey> = {
  members: 'summary.members',
  responded: 'summary.responses',
  leads: 'summary.leads',
  converted: 'summary.converted',
  opportunities: 'summary.opportunities',
  won: 'summary.won',
};

function formats(locale: Locale) {
  const count = numberFormat(locale);
  const pct = numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return {
    count: (n: number) => count.format(n),
    rate: (s: FunnelStep) => (s.rate === null ? '—' : pct.format(s.rate)),
  };
}

/** Why a step has no rate, once under the funnel when steps grow (naming them). */
function growsNote(funnels: readonly FunnelStep[][], locale: Locale) {
  const grown = FUNNEL_STEPS.filter((k) => funnels.some((f) => f.some((s) => s.key === k && s.grows)));
  if (!grown.length) return nothing;
  const steps = new Intl.ListFormat(locale, { type: 'conjunction' }).format(grown.map((k) => msg(locale, STEP_LABEL[k])));
  return html`<p class="muted note">${msg(locale, 'summary.funnel-grows', { steps })}</p>`;
}

/**
 * `<campaign-summary>`'s funnel of one campaign (or a parent's subtree totals): members →
 * responded → leads → converted → opportunities → won as bars on one scale, each step's rate
 * against the step before, the step that loses most named in words, and the table behind it.
 */
export function renderFunnel(figures: CampaignFigures, locale: Locale) {
  const steps = campaignFunnel(figures);
  const f = formats(locale);
  const max = Math.max(1, ...steps.map((s) => s.count));
  const weakest = msg(locale, 'summary.funnel-weakest');
  const title = msg(locale, 'summary.funnel');
  return html`<section class="funnel" aria-labelledby="funnel-title">
    <h3 id="funnel-title">${title}</h3>
    <figure class="chart-figure">
      <div part="funnel" class="chart" role="img" aria-labelledby="funnel-title">
        ${steps.map(
          (s) => html`<div class="bar-row ${s.weakest ? 'weakest' : ''}">
            <span class="label">${msg(locale, STEP_LABEL[s.key])}</span>
            <span class="track">${s.count ? html`<span class="bar" style=${cssomStyle({ width: `${Math.max(0.5, (s.count / max) * 100)}%` })}></span>` : nothing}</span>
            <span class="amount">${f.count(s.count)}${s.rate === null ? nothing : html` · ${f.rate(s)}`}${s.weakest ? html` <strong class="tag">${weakest}</strong>` : nothing}</span>
          </div>`,
        )}
      </div>
    </figure>
    ${growsNote([steps], locale)}
    ${renderTableBehind(
      locale,
      title,
      html`<tr><th scope="col">${msg(locale, 'summary.step')}</th><th scope="col" class="num">${msg(locale, 'summary.count')}</th><th scope="col" class="num">${msg(locale, 'summary.rate')}</th></tr>`,
      steps.map((s) => html`<tr><th scope="row">${msg(locale, STEP_LABEL[s.key])}${s.weakest ? html` <strong class="tag">${weakest}</strong>` : nothing}</th><td class="num">${f.count(s.count)}</td><td class="num">${f.rate(s)}</td></tr>`),
    )}
  </section>`;
}

/** The funnels of campaigns side by side (`compare`): one column per campaign, count and rate per step. */
export function renderFunnelCompare(rows: readonly { name: string; figures: CampaignFigures }[], locale: Locale) {
  const funnels = rows.map((r) => campaignFunnel(r.figures));
  const f = formats(locale);
  const weakest = msg(locale, 'summary.funnel-weakest');
  return html`<section class="funnel" aria-labelledby="funnel-title">
    <h3 id="funnel-title">${msg(locale, 'summary.funnel')}</h3>
    <div class="table-wrap compare-wrap" tabindex="0" role="region" aria-label=${`${msg(locale, 'summary.funnel')}: ${rows.map((r) => r.name).join(', ')}`}>
      <table part="funnel" class="funnel-compare">
        <thead>
          <tr><th scope="col">${msg(locale, 'summary.step')}</th>${rows.map((r) => html`<th scope="col" class="num">${r.name}</th>`)}</tr>
        </thead>
        <tbody>
          ${funnels[0]?.map(
            (s, i) => html`<tr>
              <th scope="row">${msg(locale, STEP_LABEL[s.key])}</th>
              ${funnels.map((fu) => {
                const step = fu[i];
                return html`<td class="num">${f.count(step.count)}${step.rate === null ? nothing : html`<span class="muted rate">${f.rate(step)}</span>`}${step.weakest ? html`<strong class="tag">${weakest}</strong>` : nothing}</td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <div class="narrow"><ul class="cards">
      ${rows.map(
        (r, c) => html`<li class="campaign-card">
          <h4>${r.name}</h4>
          <dl>
            ${funnels[c].map(
              (s) => html`<div><dt>${msg(locale, STEP_LABEL[s.key])}</dt><dd>${f.count(s.count)}${s.rate === null ? nothing : html` · ${f.rate(s)}`}${s.weakest ? html`<strong class="tag">${weakest}</strong>` : nothing}</dd></div>`,
            )}
          </dl>
        </li>`,
      )}
    </ul></div>
    ${growsNote(funnels, locale)}
  </section>`;
}
