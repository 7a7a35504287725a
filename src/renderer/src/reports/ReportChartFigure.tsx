import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { reportChartSvg, summary } from '../../../shared/chart/report-chart';
import type { ReportChart } from '../../../shared/domain/report';

/** The width the chart is laid out for at most (the PDF's), and at least (below it, it is scaled down). */
const WIDEST = 760;
const NARROWEST = 320;

/**
 * The report's chart: the same SVG the PDF prints (ECharts' server-side SVG renderer, run here
 * without a DOM). It is laid out again for the width it has, in CSS pixels, rather than scaled to
 * it: scaled, a chart made for 760 px shrinks its 11 px labels to 8 px at 200% zoom, so the
 * counselor who zooms reads less, not more. To a screen reader it is one image whose label says
 * every figure; the tables below hold the same numbers.
 */
export function ReportChartFigure({ chart }: { chart: ReportChart }) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(WIDEST);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const fit = () => setWidth(Math.round(Math.min(WIDEST, Math.max(NARROWEST, element.clientWidth))));
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  // The SVG comes from our own numbers and labels; ECharts escapes every text it writes.
  // The picture itself is hidden from assistive technology: the figure's label says it all.
  const svg = useMemo(
    () => reportChartSvg(chart, { width, height: 360, fontFamily: 'system-ui, sans-serif' }).replace(/^<svg /, '<svg aria-hidden="true" focusable="false" '),
    [chart, width],
  );
  return (
    <figure className="report-chart">
      <div ref={box} className="report-chart__image" role="img" aria-label={summary(chart)} dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption>{chart.title}: the tables below hold the same figures.</figcaption>
    </figure>
  );
}
