import { useMemo } from 'react';
import { reportChartSvg, summary } from '../../../shared/chart/report-chart';
import type { ReportChart } from '../../../shared/domain/report';

/**
 * The report's chart: the same SVG the PDF prints (ECharts' server-side SVG renderer, run here
 * without a DOM), scaled to the page's width. To a screen reader it is one image whose label
 * says every figure; the tables below hold the same numbers.
 */
export function ReportChartFigure({ chart }: { chart: ReportChart }) {
  // The SVG comes from our own numbers and labels; ECharts escapes every text it writes.
  // The picture itself is hidden from assistive technology: the figure's label says it all.
  const svg = useMemo(
    () => reportChartSvg(chart, { width: 760, height: 360, fontFamily: 'system-ui, sans-serif' }).replace(/^<svg /, '<svg aria-hidden="true" focusable="false" '),
    [chart],
  );
  return (
    <figure className="report-chart">
      <div className="report-chart__image" role="img" aria-label={summary(chart)} dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption>{chart.title}: the tables below hold the same figures.</figcaption>
    </figure>
  );
}
