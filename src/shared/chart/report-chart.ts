import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ReportChart } from '../domain/report';

/**
 * A report's chart as an SVG string, drawn by Apache ECharts' server-side SVG renderer (no DOM,
 * no canvas: `ssr: true`), so the Reports page and the one-page PDF show the same picture from
 * the same numbers. Grey print must still tell the series apart: ECharts' aria decals give each
 * series its own pattern as well as its colour, every bar carries its number, and both axes say
 * what they count. Pure: the renderer and the Node side both call it.
 */

echarts.use([BarChart, GridComponent, LegendComponent, TitleComponent, AriaComponent, SVGRenderer]);

/**
 * Where text is measured: the page's canvas in the window; in Node (the PDF) ECharts has no canvas
 * and guesses, so the PDF hands in its embedded font's own widths, or the legend's entries overlap.
 * `font` is a CSS font ("bold 15px DejaVu Sans").
 */
export function measureChartTextWith(width: (text: string, size: number, bold: boolean) => number): void {
  echarts.setPlatformAPI({
    measureText: (text: string, font?: string) => {
      const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12);
      return { width: width(text, size, /\bbold\b/.test(font ?? '')) };
    },
  });
}

export interface ChartSize {
  width: number;
  height: number;
  /** The font family the text is drawn in: the page's, or the PDF's embedded font. */
  fontFamily?: string;
}

/** Colours that stay distinct in grey (light to dark), each with a decal on top. */
const COLOURS = ['#1f4e79', '#9dc3e6', '#c55a11', '#548235', '#7f6000', '#7030a0'];

export function reportChartSvg(chart: ReportChart, size: ChartSize): string {
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    instance.setOption(chartOption(chart, size));
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}

function chartOption(chart: ReportChart, size: ChartSize): echarts.EChartsCoreOption {
  const stacked = chart.kind === 'stacked_bar';
  const fontFamily = size.fontFamily ?? 'sans-serif';
  const text = { fontFamily, color: '#000000' };
  // Long category names (career clusters) wrap onto lines of their own instead of overlapping,
  // in a smaller size when there are many of them, so one word ("Manufacturing") still fits a line.
  const perCategory = (size.width - 88) / Math.max(1, chart.categories.length);
  const categorySize = chart.categories.length > 6 ? 9 : 11;
  return {
    animation: false,
    color: COLOURS,
    textStyle: text,
    aria: { enabled: true, label: { description: summary(chart) }, decal: { show: true } },
    title: { text: chart.title, left: 'center', top: 4, textStyle: { ...text, fontSize: 15, fontWeight: 'bold' } },
    legend: { top: 30, textStyle: { ...text, fontSize: 12 }, itemWidth: 28, itemHeight: 14 },
    grid: { left: 64, right: 24, top: 70, bottom: 70, containLabel: false },
    xAxis: {
      type: 'category',
      data: chart.categories,
      name: chart.categoryLabel,
      nameLocation: 'middle',
      nameGap: chart.categories.length > 6 ? 52 : 30,
      nameTextStyle: { ...text, fontSize: 12, fontWeight: 'bold' },
      axisLabel: { ...text, fontSize: categorySize, lineHeight: Math.round(categorySize * 1.3), interval: 0, width: Math.max(40, perCategory - 6), overflow: 'break' },
      axisLine: { lineStyle: { color: '#000000' } },
    },
    yAxis: {
      type: 'value',
      name: chart.valueLabel,
      nameLocation: 'middle',
      nameGap: 44,
      minInterval: 1,
      nameTextStyle: { ...text, fontSize: 12, fontWeight: 'bold' },
      axisLabel: { ...text, fontSize: 11 },
      splitLine: { lineStyle: { color: '#d9d9d9' } },
    },
    series: chart.series.map((s) => ({
      type: 'bar',
      name: s.label,
      stack: stacked ? 'all' : undefined,
      // A zero segment gets no label: an empty label box would print a stray white mark on its neighbour.
      data: s.values.map((v) => (v === 0 ? { value: 0, label: { show: false } } : v)),
      barMaxWidth: 56,
      itemStyle: { borderColor: '#000000', borderWidth: 0.5 },
      // Black on a white box: readable over any colour and any decal, in grey print too.
      label: { show: true, position: stacked ? 'inside' : 'top', ...text, fontSize: 11, backgroundColor: '#ffffff', padding: [1, 2] },
    })),
  };
}

/** The chart in one sentence per category, for a screen reader (the figure's aria-label says the same). */
export function summary(chart: ReportChart): string {
  const parts = chart.categories.map((c, i) => `${c}: ${chart.series.map((s) => `${s.label} ${s.values[i] ?? 0}`).join(', ')}`);
  return `${chart.title}. ${chart.valueLabel} by ${chart.categoryLabel.toLowerCase()}. ${parts.join('; ')}.`;
}
