import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { formatDate, msg, type Locale } from '../../i18n/localize.js';
import { openLeadStatuses } from '../../domain/people-fields.js';
import { leadRatings } from '../../model/person.js';
import { valueLabel } from '../people-list/people-columns.js';
import { columnWidth, columnsForWidth, DEFAULT_MINS, memberColumns, NARROW_REM, type BuiltInColumn, type ColumnMins, type MemberColumn } from './columns.js';

/** Padding of the list's frame (rem), not available to the grid. */
const FRAME_REM = 2.25;
/** A cell's inline padding (rem), and a badge's padding and border. */
const CELL_PAD_REM = 1.25;
const BADGE_PAD_REM = 1.15;
/** A status select's padding, border and arrow (rem). */
const SELECT_CHROME_REM = 2.5;
let canvas: CanvasRenderingContext2D | null | undefined;

/**
 * Follows the list's own width (not the viewport's: the list may sit in a sidebar or a CRM
 * page layout column) and says which columns fit it, and when it is narrow enough for cards.
 */
export class ColumnFit implements ReactiveController {
  /** The columns the width fits, in display order. */
  fitting: MemberColumn[] = [...memberColumns];
  /** True below ~600 px: cards (the email under the name) instead of a table. */
  narrow = false;
  /** Each column's minimum width in the list's language: a type badge or a date never cut. */
  mins: ColumnMins = DEFAULT_MINS;
  private observer?: ResizeObserver;
  private width = 0;
  /** The host's font size in px, read with the fonts (measure) and kept until they are read again. */
  private rem?: number;
  private measuredFor?: string;

  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private locale: () => Locale,
    /** The campaign's status labels as shown (localized): the status column fits the longest. */
    private statuses: () => readonly string[] = () => [],
    /** The campaign asks for a double opt-in: the Responded column may say "Pending confirmation". */
    private optIn: () => boolean = () => false,
  ) {
    host.addController(this);
  }

  /** Before each render: a new language may need other widths (a longer badge, a longer date). */
  hostUpdate(): void {
    if (isServer) return;
    const key = `${this.locale()}|${this.host.dataset.density ?? ''}|${this.statuses().join('|')}|${this.optIn()}`;
    if (this.measuredFor === key) return;
    this.measuredFor = key;
    this.mins = this.measure(this.locale());
    this.fit(this.width, false);
  }

  hostConnected(): void {
    if (isServer) return; // server-side rendering: all columns, until the browser measures
    // The next frame: a re-render that changes the list's height (a grid as tall as its rows)
    // would otherwise be a resize inside the observer's own delivery (a ResizeObserver loop).
    this.observer ??= new ResizeObserver(([entry]) => {
      const width = entry.contentRect.width;
      requestAnimationFrame(() => this.fit(width));
    });
    this.observer.observe(this.host);
    // A web font that arrives later writes wider or narrower: measure again with it.
    void document.fonts?.ready.then(() => {
      this.measuredFor = undefined;
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private fit(width: number, update = true): void {
    this.width = width;
    if (!width) return;
    const rem = width / (this.rem ??= this.remPx()) - FRAME_REM;
    const fitting = columnsForWidth(rem, this.mins);
    const narrow = rem < NARROW_REM;
    if (fitting.join() === this.fitting.join() && narrow === this.narrow) return;
    this.fitting = fitting;
    this.narrow = narrow;
    if (update) this.host.requestUpdate();
  }

  private remPx(): number {
    return parseFloat(getComputedStyle(this.host).fontSize) || 16;
  }

  /** The type badge, the dates and the statuses as wide as the language writes them, measured in the list's font. */
  private measure(locale: Locale): ColumnMins {
    canvas ??= document.createElement('canvas').getContext('2d');
    if (!canvas) return DEFAULT_MINS;
    const ctx = canvas;
    // One style read for both (each read after a DOM change is a style calculation of the page).
    const style = getComputedStyle(this.host);
    const rem = (this.rem = parseFloat(style.fontSize) || 16);
    const family = style.fontFamily;
    const width = (text: string, size: number, weight: number) => {
      ctx.font = `${weight} ${size * rem}px ${family}`;
      return ctx.measureText(text).width / rem;
    };
    const badge = Math.max(...(['list.lead', 'list.contact'] as const).map((k) => width(msg(locale, k), 0.8125, 600))) + BADGE_PAD_REM + CELL_PAD_REM;
    const date = width(formatDate(locale, '2026-12-28'), 1, 400) + CELL_PAD_REM;
    const status = Math.max(0, ...this.statuses().map((label) => width(label, 0.9375, 400))) + SELECT_CHROME_REM + CELL_PAD_REM;
    const at = (c: BuiltInColumn, need: number) => Math.max(DEFAULT_MINS[c], Math.ceil(need * 4) / 4);
    // A lead's rating and lead status are selects too, as wide as their longest choice.
    const choices = (labels: string[]) => Math.ceil((Math.max(...labels.map((label) => width(label, 0.9375, 400))) + SELECT_CHROME_REM + CELL_PAD_REM) * 4) / 4;
    return {
      ...DEFAULT_MINS,
      type: at('type', badge),
      status: at('status', status),
      added: at('added', date),
      'first-responded': at('first-responded', date),
      ...(this.optIn() ? { responded: at('responded', width(msg(locale, 'list.pending-confirmation'), 1, 400) + CELL_PAD_REM) } : {}),
      rating: Math.max(columnWidth('rating')[0], choices([msg(locale, 'leads.unrated'), ...leadRatings.map((r) => valueLabel(locale, 'rating', r))])),
      'lead-status': Math.max(columnWidth('lead-status')[0], choices(openLeadStatuses.map((v) => valueLabel(locale, 'status', v)))),
    };
  }
}
