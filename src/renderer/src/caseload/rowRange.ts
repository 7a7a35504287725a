// Pure (no React, no DOM): the unit tests run it under Node.

/** Which rows of a list of one row height are in view (plus `overscan` a side): [first, last). */
export function rowWindow(top: number, height: number, count: number, rowHeight: number, overscan: number): { first: number; last: number } {
  // The list may just have got shorter: the browser clamps the scroll a moment later, the rows must not wait for it.
  const clamped = Math.max(0, Math.min(top, count * rowHeight - height));
  const first = Math.max(0, Math.floor(clamped / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((clamped + height) / rowHeight) + overscan);
  return { first, last: Math.max(first, last) };
}
