import { html, nothing } from 'lit';
import { consentState } from '../../domain/consent.js';
import { formatDate, msg, type Locale, type MessageKey } from '../../i18n/localize.js';
import type { ConsentRecord } from '../../model/person.js';

/**
 * A person's consent on their record: each purpose's standing consent (given or withdrawn, when,
 * the text's version, how it came), a Withdraw button for those given, and every record in order
 * with the exact text shown.
 */
export function renderConsents(locale: Locale, records: readonly ConsentRecord[] | undefined, o: { readonly: boolean; busy: boolean; withdraw(purpose: string): void }) {
  if (!records?.length) return nothing;
  const state = Object.values(consentState(records)).sort((a, b) => a.purpose.localeCompare(b.purpose));
  const source = (r: ConsentRecord) => msg(locale, `consent.source.${r.source}` as MessageKey);
  return html`<section class="consents" aria-labelledby="consent-title">
    <h3 id="consent-title">${msg(locale, 'consent.title')}</h3>
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">${msg(locale, 'consent.purpose')}</th>
            <th scope="col">${msg(locale, 'consent.state')}</th>
            <th scope="col">${msg(locale, 'consent.when')}</th>
            <th scope="col">${msg(locale, 'consent.version')}</th>
            <th scope="col">${msg(locale, 'consent.source')}</th>
            ${o.readonly ? nothing : html`<th scope="col"><span class="visually-hidden">${msg(locale, 'list.actions')}</span></th>`}
          </tr>
        </thead>
        <tbody>
          ${state.map(
            (r) => html`<tr>
              <th scope="row">${r.purpose}</th>
              <td data-label=${msg(locale, 'consent.state')}><span class="badge ${r.given ? 'given' : 'withdrawn'}">${msg(locale, r.given ? 'consent.given' : 'consent.withdrawn')}</span></td>
              <td data-label=${msg(locale, 'consent.when')}>${formatDate(locale, r.at)}</td>
              <td data-label=${msg(locale, 'consent.version')}>${r.version ?? ''}</td>
              <td data-label=${msg(locale, 'consent.source')}>${source(r)}</td>
              ${o.readonly
                ? nothing
                : html`<td>
                    ${r.given
                      ? html`<button type="button" class="secondary" ?disabled=${o.busy} aria-label=${msg(locale, 'consent.withdraw-of', { purpose: r.purpose })} @click=${() => o.withdraw(r.purpose)}>
                          ${msg(locale, 'consent.withdraw')}
                        </button>`
                      : nothing}
                  </td>`}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <details class="consent-history">
      <summary>${msg(locale, 'consent.history', { count: records.length })}</summary>
      <ol>
        ${[...records].reverse().map(
          (r) => html`<li>
            <strong>${r.purpose}</strong> · ${msg(locale, r.given ? 'consent.given' : 'consent.withdrawn')} · ${formatDate(locale, r.at)} · ${source(r)}${r.version ? ` · ${r.version}` : ''}
            ${r.text ? html`<blockquote aria-label=${msg(locale, 'consent.text')}>${r.text}</blockquote>` : nothing}
            ${r.pageUrl ? html`<div class="page">${r.pageUrl}</div>` : nothing}
          </li>`,
        )}
      </ol>
    </details>
  </section>`;
}
