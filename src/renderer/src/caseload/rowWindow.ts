import { useLayoutEffect, useState, type RefObject } from 'react';
import { rowWindow } from './rowRange';

/**
 * The rows of a scrolled list in view, for rows of one fixed height: a division, not a measurement
 * per row, so a list that goes from 20,000 rows to 300 on a keystroke costs nothing to place.
 */
export function useRowWindow(scroller: RefObject<HTMLElement | null>, count: number, rowHeight: number, overscan: number) {
  const [view, setView] = useState({ top: 0, height: 0 });
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const update = () => setView((v) => (v.top === el.scrollTop && v.height === el.clientHeight ? v : { top: el.scrollTop, height: el.clientHeight }));
    update();
    el.addEventListener('scroll', update, { passive: true });
    const resized = new ResizeObserver(update);
    resized.observe(el);
    return () => {
      el.removeEventListener('scroll', update);
      resized.disconnect();
    };
  }, [scroller]);
  return { ...rowWindow(view.top, view.height, count, rowHeight, overscan), totalHeight: count * rowHeight };
}
