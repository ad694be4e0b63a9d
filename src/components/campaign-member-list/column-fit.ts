import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { columnsForWidth, memberColumns, NARROW_REM, type MemberColumn } from './columns.js';

/** Padding of the list's frame (rem), not available to the grid. */
const FRAME_REM = 2.25;

/**
 * Follows the list's own width (not the viewport's: the list may sit in a sidebar or a CRM
 * page layout column) and says which columns fit it, and when it is narrow enough for cards.
 */
export class ColumnFit implements ReactiveController {
  /** The columns the width fits, in display order. */
  fitting: MemberColumn[] = [...memberColumns];
  /** True below ~600 px: cards (the email under the name) instead of a table. */
  narrow = false;
  private observer?: ResizeObserver;

  constructor(private host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return; // server-side rendering: all columns, until the browser measures
    this.observer ??= new ResizeObserver(([entry]) => this.fit(entry.contentRect.width));
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private fit(width: number): void {
    if (!width) return;
    const rem = width / (parseFloat(getComputedStyle(this.host).fontSize) || 16) - FRAME_REM;
    const fitting = columnsForWidth(rem);
    const narrow = rem < NARROW_REM;
    if (fitting.join() === this.fitting.join() && narrow === this.narrow) return;
    this.fitting = fitting;
    this.narrow = narrow;
    this.host.requestUpdate();
  }
}
