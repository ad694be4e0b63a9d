import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { msg, type Locale } from '../../i18n/localize.js';
import type { FieldSpec } from './fields.js';

/** What one field shows and where its input goes. */
export interface FieldView {
  locale: Locale;
  /** Prefix of the element ids in this form's shadow root. */
  idPrefix: string;
  label: string;
  value: string | boolean | string[] | undefined;
  /** The error shown (after interaction or a submit attempt). */
  issue?: string;
  input(value: string | boolean | string[]): void;
  blur(): void;
}

/**
 * One form field: a native input, textarea, select or checkbox with its `<label for>`, required
 * marker, `aria-invalid` and `aria-describedby` pointing at its error line.
 */
export function renderField(spec: FieldSpec, v: FieldView): TemplateResult | typeof nothing {
  const { locale } = v;
  if (spec.type === 'hidden') return nothing;
  const id = `${v.idPrefix}-${spec.name}`;
  const errorId = `${id}-error`;
  const error = v.issue;
  const label = v.label;
  const common = {
    id,
    name: spec.name,
    invalid: error ? 'true' : 'false',
    describedby: error ? errorId : undefined,
  };
  const marker = spec.required ? html`<span class="required" aria-hidden="true">*</span><span class="visually-hidden"> (${msg(locale, 'form.required')})</span>` : nothing;
  const errorLine = html`<p part="error" class="error" id=${errorId}>${error ?? ''}</p>`;
  const wide = spec.wide || spec.type === 'checkbox' || spec.type === 'consent' ? ' wide' : '';

  if (spec.type === 'radio' || spec.type === 'checkboxes') {
    // A group: the legend names it; the first option carries the field's id (errors link to it).
    const multiple = spec.type === 'checkboxes';
    const chosen = Array.isArray(v.value) ? v.value : [];
    return html`<fieldset part="field" class="field wide" aria-describedby=${ifDefined(common.describedby)}>
      <legend part="label">${label}${marker}</legend>
      <div class="choice-list">
        ${(spec.options ?? []).map((o, i) => {
          const optionId = i === 0 ? id : `${id}-${i}`;
          const checked = multiple ? chosen.includes(o.value) : v.value === o.value;
          const change = (e: Event) => {
            if (!multiple) return v.input(o.value);
            // The group's ticked boxes as they are now, in the options' order.
            const boxes = (e.target as HTMLInputElement).closest('fieldset')!.querySelectorAll<HTMLInputElement>('input[type=checkbox]');
            v.input([...boxes].filter((b) => b.checked).map((b) => b.value));
          };
          return html`<div class="check-row">
            <input
              part="input"
              type=${multiple ? 'checkbox' : 'radio'}
              id=${optionId}
              name=${spec.name}
              value=${o.value}
              .checked=${live(checked)}
              ?required=${spec.required && !multiple}
              aria-invalid=${common.invalid}
              @change=${change}
              @blur=${v.blur}
            />
            <label for=${optionId}>${o.label}</label>
          </div>`;
        })}
      </div>
      ${errorLine}
    </fieldset>`;
  }

  if (spec.type === 'checkbox' || spec.type === 'consent') {
    return html`<div part="field" class="field check${wide}">
      <div class="check-row">
        <input
          part="input"
          type="checkbox"
          id=${id}
          name=${spec.name}
          .checked=${live(v.value === true)}
          ?required=${spec.required}
          aria-invalid=${common.invalid}
          aria-describedby=${ifDefined(common.describedby)}
          @change=${(e: Event) => v.input((e.target as HTMLInputElement).checked)}
          @blur=${v.blur}
        />
        <label part="label" for=${id} class=${spec.type === 'consent' ? 'consent-text' : ''}>${spec.type === 'consent' ? withLinks(label) : label}${marker}</label>
      </div>
      ${errorLine}
    </div>`;
  }

  let control: TemplateResult;
  const value = String(v.value ?? '');
  const onInput = (e: Event) => v.input((e.target as HTMLInputElement).value);
  if (spec.type === 'textarea') {
    control = html`<textarea
      part="input"
      id=${id}
      name=${spec.name}
      rows="4"
      .value=${live(value)}
      ?required=${spec.required}
      placeholder=${ifDefined(spec.placeholder)}
      autocomplete=${ifDefined(spec.autocomplete)}
      aria-invalid=${common.invalid}
      aria-describedby=${ifDefined(common.describedby)}
      @input=${onInput}
      @blur=${v.blur}
    ></textarea>`;
  } else if (spec.type === 'select') {
    control = html`<select
      part="input"
      id=${id}
      name=${spec.name}
      .value=${live(value)}
      ?required=${spec.required}
      aria-invalid=${common.invalid}
      aria-describedby=${ifDefined(common.describedby)}
      @change=${onInput}
      @blur=${v.blur}
    >
      <option value="">${msg(locale, 'form.choose')}</option>
      ${(spec.options ?? []).map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
    </select>`;
  } else {
    control = html`<input
      part="input"
      id=${id}
      name=${spec.name}
      type=${spec.type === 'number' ? 'text' : spec.type}
      lang=${ifDefined(spec.type === 'date' ? locale : undefined)}
      .value=${live(value)}
      ?required=${spec.required}
      placeholder=${ifDefined(spec.placeholder)}
      autocomplete=${ifDefined(spec.autocomplete)}
      inputmode=${ifDefined(spec.type === 'number' ? 'numeric' : spec.inputmode)}
      aria-invalid=${common.invalid}
      aria-describedby=${ifDefined(common.describedby)}
      @input=${onInput}
      @blur=${v.blur}
    />`;
  }
  return html`<div part="field" class="field${wide}">
    <label part="label" for=${id}>${label}${marker}</label>
    ${control} ${errorLine}
  </div>`;
}

/**
 * Consent or legal text with its `[text](https://…)` links made links (a new tab); the rest is
 * text. Only http and https: no markup of the page's reaches the form, so no script either.
 */
export function withLinks(text: string): (string | TemplateResult)[] {
  const parts: (string | TemplateResult)[] = [];
  let last = 0;
  for (const m of text.matchAll(/\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g)) {
    parts.push(text.slice(last, m.index));
    parts.push(html`<a href=${m[2]} target="_blank" rel="noopener noreferrer">${m[1]}</a>`);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}
