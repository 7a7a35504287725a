import { describe, expect, it } from 'vitest';
import { reportChartSvg, summary } from '../../../src/shared/chart/report-chart';
import type { ReportChart } from '../../../src/shared/domain/report';

const chart: ReportChart = {
  kind: 'stacked_bar',
  title: 'Plan status by grade',
  categoryLabel: 'Grade',
  valueLabel: 'Students',
  categories: ['Grade 9', 'Grade 10', 'Grade 11 <honours & more>'],
  series: [
    { key: 'none', label: 'No plan', values: [3, 0, 14] },
    { key: 'started', label: 'Started', values: [27, 8, 1] },
    { key: 'reviewed', label: 'Reviewed this year', values: [0, 41, 6] },
  ],
};

function textsOf(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
}

describe('a report chart as SVG (ECharts server-side rendering)', () => {
  it('draws a standalone SVG of the size asked, with the title, both axis titles and every category', () => {
    const svg = reportChartSvg(chart, { width: 640, height: 320 });
    expect(svg).toMatch(/^<svg[^>]*width="640"[^>]*height="320"/);
    const texts = textsOf(svg);
    for (const t of ['Plan status by grade', 'Students', 'Grade', 'Grade 9', 'Grade 10', 'No plan', 'Started', 'Reviewed this year']) expect(texts).toContain(t);
    // Text from the data is escaped, never markup.
    expect(svg).toContain('Grade 11 &lt;honours &amp; more&gt;');
    expect(svg).not.toContain('<honours');
  });

  it('labels every non-zero bar segment with its number', () => {
    const texts = textsOf(reportChartSvg(chart, { width: 640, height: 320 }));
    const nonZero = chart.series.flatMap((s) => s.values.filter((v) => v !== 0)).map(String);
    for (const v of nonZero) expect(texts).toContain(v);
    // Value labels are the non-zero numbers; the y axis draws its own ticks, so count the value labels by position: one per non-zero segment.
    const labelled = texts.filter((t) => nonZero.includes(t)).length;
    expect(labelled).toBeGreaterThanOrEqual(nonZero.length);
  });

  it('gives each series a pattern of its own, so grey print tells them apart', () => {
    const svg = reportChartSvg(chart, { width: 640, height: 320 });
    const patterns = new Set([...svg.matchAll(/<pattern[^>]*id="([^"]+)"/g)].map((m) => m[1]));
    expect(patterns.size).toBeGreaterThanOrEqual(chart.series.length);
    const fills = new Set([...svg.matchAll(/fill="url\(#([^)]+)\)"/g)].map((m) => m[1]));
    expect(fills.size).toBeGreaterThanOrEqual(chart.series.length);
  });

  it('sums itself up in a sentence for a screen reader', () => {
    expect(summary(chart)).toBe(
      'Plan status by grade. Students by grade. Grade 9: No plan 3, Started 27, Reviewed this year 0; Grade 10: No plan 0, Started 8, Reviewed this year 41; Grade 11 <honours & more>: No plan 14, Started 1, Reviewed this year 6.',
    );
  });
});
