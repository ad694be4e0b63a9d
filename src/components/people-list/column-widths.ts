import { html, nothing } from 'lit';
import { afterPaint } from '../../controllers/after-paint.js';
import { cssomStyle } from '../../directives/cssom-style.js';
import { msg, type Locale } from '../../i18n/localize.js';

/** The narrowest and widest a column may be set (rem): what a saved view accepts. */
export const MIN_WIDTH = 3;
export const MAX_WIDTH = 60;
/** Width of a column the user did not size, once some are (rem), and of the selection column. */
const AUTO_WIDTH = 9;
const CHECK_WIDTH = 2.75;

/** `widths` with `column` at `width` (rem, whole, within the bounds), or back to automatic (`undefined`). */
export function setWidth(widths: Record<string, number>, column: string, width: number | undefined): Record<string, number> {
  const { [column]: _, ...rest } = widths;
  return width === undefined ? rest : { ...rest, [column]: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.round(width))) };
}

/**
 * Once a column is sized the table lays out by its columns (`table-layout: fixed`, class `sized`):
 * as wide as its columns add up to, or the list, whichever is wider.
 */
export function tableWidth(shown: readonly string[], widths: Record<string, number>, check: boolean): Record<string, string> {
  if (!Object.keys(widths).length) return {};
  const sum = shown.reduce((n, c) => n + (widths[c] ?? AUTO_WIDTH), check ? CHECK_WIDTH : 0);
  return { width: `max(100%, ${sum}rem)` };
}

/** The table's columns, each with the width the user set (none: automatic). */
export function renderColumns(shown: readonly string[], widths: Record<string, number>, check: boolean) {
  if (!Object.keys(widths).length) return nothing;
  return html`<colgroup>
    ${check ? html`<col style=${cssomStyle({ width: `${CHECK_WIDTH}rem` })} />` : nothing}
    ${shown.map((c) => html`<col style=${cssomStyle(widths[c] ? { width: `${widths[c]}rem` } : {})} />`)}
  </colgroup>`;
}

/**
 * A column's resize handle, at the end of its header (the ARIA window-splitter pattern): drag it,
 * or focus it and press ← / → (a rem at a time; with Shift, four), Home for the narrowest, End for
 * the widest, Delete to let the column size itself again.
 */
export function renderResizer(locale: Locale, column: string, label: string, width: number | undefined, set: (width: number | undefined) => void) {
  const current = (handle: HTMLElement) => width ?? handle.closest('th')!.getBoundingClientRect().width / remOf(handle);
  return html`<span
    class="resize"
    role="separator"
    tabindex="0"
    aria-orientation="vertical"
    aria-label=${msg(locale, 'people.resize', { column: label })}
    aria-valuemin=${MIN_WIDTH}
    aria-valuemax=${MAX_WIDTH}
    aria-valuenow=${width ?? AUTO_WIDTH /* automatic: the width it took, once measured (measureResizersAfterPaint) */}
    data-column=${column}
    @keydown=${(e: KeyboardEvent) => {
      const handle = e.currentTarget as HTMLElement;
      const step = e.shiftKey ? 4 : 1;
      const rtl = getComputedStyle(handle).direction === 'rtl' ? -1 : 1;
      const next =
        e.key === 'ArrowRight' ? current(handle) + step * rtl
        : e.key === 'ArrowLeft' ? current(handle) - step * rtl
        : e.key === 'Home' ? MIN_WIDTH
        : e.key === 'End' ? MAX_WIDTH
        : e.key === 'Delete' || e.key === 'Backspace' ? null
        : undefined;
      if (next === undefined) return;
      e.preventDefault();
      set(next ?? undefined);
    }}
    @pointerdown=${(e: PointerEvent) => {
      const handle = e.currentTarget as HTMLElement;
      const start = current(handle);
      const x = e.clientX;
      const rem = remOf(handle);
      const rtl = getComputedStyle(handle).direction === 'rtl' ? -1 : 1;
      handle.setPointerCapture(e.pointerId);
      const move = (m: PointerEvent) => set(start + ((m.clientX - x) * rtl) / rem);
      const up = () => {
        handle.removeEventListener('pointermove', move);
        handle.removeEventListener('pointerup', up);
        handle.removeEventListener('pointercancel', up);
      };
      handle.addEventListener('pointermove', move);
      handle.addEventListener('pointerup', up);
      handle.addEventListener('pointercancel', up);
      e.preventDefault();
    }}
  ></span>`;
}

const measuring = new WeakSet<ShadowRoot>();

/**
 * `measureResizers` once the frame of this render has been painted: its layout is done by then,
 * so reading the columns' widths costs nothing. Measured in `updated()` itself, every render
 * forced a layout of the whole table before its first paint (45 ms of a 100,000-people list's
 * first rows on a two-core machine). Several renders in one frame measure once.
 */
export function measureResizersAfterPaint(root: ShadowRoot, widths: () => Record<string, number>): void {
  if (measuring.has(root)) return;
  measuring.add(root);
  void afterPaint().then(() => {
    measuring.delete(root);
    if (root.host.isConnected) measureResizers(root, widths());
  });
}

/** Gives each handle of a column the user did not size the width its column took (rem), after a render. */
function measureResizers(root: ShadowRoot, widths: Record<string, number>): void {
  const handles = root.querySelectorAll<HTMLElement>('.resize');
  if (!handles.length) return;
  const rem = remOf(handles[0]);
  for (const h of handles) if (!(h.dataset.column! in widths)) h.setAttribute('aria-valuenow', String(Math.round(h.closest('th')!.getBoundingClientRect().width / rem)));
}

/** The page's rem in px (widths are in rem: they follow the reader's font size). */
function remOf(el: Element): number {
  return parseFloat(getComputedStyle(el.ownerDocument.documentElement).fontSize) || 16;
}
