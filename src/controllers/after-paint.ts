/**
 * Resolves once the next frame was painted (a frame callback, then a task after it): work that
 * is not needed for that frame (a measurement, a secondary read) waits here instead of
 * delaying it.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
