/** The active cell of the grid: `row` -1 is the header row; column 0 is the checkbox. */
export interface Cell {
  row: number;
  col: number;
}

/** What a key does on the grid: move to a cell, or one of the grid's actions. */
export type GridKeyResult = { move: Cell } | { action: 'select' | 'activate' | 'clear' | 'select-all' } | undefined;

/**
 * The ARIA grid keyboard model (WAI-ARIA APG "data grid"): arrows, Home/End (with Ctrl: first
 * and last row), PageUp/PageDown by `page` rows, Space selects, Enter activates, Escape clears,
 * Ctrl/Cmd+A selects all. Undefined for keys the grid leaves alone.
 */
export function gridKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey'>, at: Cell, size: { rows: number; cols: number; page: number }): GridKeyResult {
  const ctrl = e.ctrlKey || e.metaKey;
  let { row, col } = at;
  switch (e.key) {
    case 'ArrowDown':
      row = Math.min(size.rows - 1, row + 1);
      break;
    case 'ArrowUp':
      row = Math.max(-1, row - 1);
      break;
    case 'ArrowRight':
      col = Math.min(size.cols - 1, col + 1);
      break;
    case 'ArrowLeft':
      col = Math.max(0, col - 1);
      break;
    case 'PageDown':
      row = Math.min(size.rows - 1, row + size.page);
      break;
    case 'PageUp':
      row = Math.max(-1, row - size.page);
      break;
    case 'Home':
      col = 0;
      if (ctrl) row = -1;
      break;
    case 'End':
      col = size.cols - 1;
      if (ctrl) row = size.rows - 1;
      break;
    case ' ':
      return { action: 'select' };
    case 'Enter':
      return { action: 'activate' };
    case 'Escape':
      return { action: 'clear' };
    case 'a':
      return ctrl ? { action: 'select-all' } : undefined;
    default:
      return undefined;
  }
  return { move: { row, col } };
}
