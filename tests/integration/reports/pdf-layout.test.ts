import { describe, expect, it } from 'vitest';
import { contentBox, inside } from '../../../src/main/core/pdf/geometry';
import { layoutReportPage, REPORT_FRAME } from '../../../src/main/core/reports/pdf-layout';
import type { Report } from '../../../src/shared/domain/report';

function report(rows: number, longName = false): Report {
  return {
    name: 'plans',
    title: 'Academic and Career Plans',
    scope: 'All students · school year 2026-27',
    madeOn: '2026-11-28',
    studentCount: rows,
    chart: { kind: 'bar', title: 'Chart', categoryLabel: 'Grade', valueLabel: 'Students', categories: ['Grade 9'], series: [{ key: 'a', label: 'A', values: [1] }] },
    tables: [
      {
        key: 'Students',
        title: 'Students',
        columns: [
          { key: 'studentNumber', label: 'Student number', kind: 'text' },
          { key: 'name', label: 'Name', kind: 'text' },
          { key: 'credits', label: 'Credits', kind: 'number' },
        ],
        rows: Array.from({ length: rows }, (_, i) => ({
          studentNumber: String(100000 + i),
          cells: { studentNumber: String(100000 + i), name: longName ? `Nguyễn Thị Ánh ${'Żółć-Castañeda '.repeat(20)}${i}` : `Student ${i}`, credits: i / 4 },
        })),
        total: { cells: { studentNumber: 'All students', name: null, credits: 99.5 } },
      },
    ],
    notes: ['A note that says what the figures rest on.', 'A second note.'],
  };
}

const texts = (page: ReturnType<typeof layoutReportPage>) => page.ops.flatMap((op) => (op.kind === 'text' ? [op.runs.map((r) => r.text).join('')] : []));

describe('the one-page report layout', () => {
  it('keeps everything inside the margins and lists every row of a short table with its total', () => {
    const page = layoutReportPage(report(8));
    const box = contentBox(REPORT_FRAME);
    for (const op of page.ops) expect(inside(op.box, box), JSON.stringify(op.box)).toBe(true);
    expect(inside(page.chartBox, box)).toBe(true);
    const all = texts(page);
    for (let i = 0; i < 8; i++) expect(all).toContain(String(100000 + i));
    expect(all).toContain('All students');
    expect(all).toContain('99.5');
    expect(all.some((t) => t.startsWith('…'))).toBe(false);
    // Nothing drawn over the chart.
    for (const op of page.ops) {
      const overlaps = op.box.y < page.chartBox.y + page.chartBox.h && op.box.y + op.box.h > page.chartBox.y;
      expect(overlaps, JSON.stringify(op.box)).toBe(false);
    }
  });

  it('stops a long table before the notes and says how many rows the spreadsheet adds', () => {
    const page = layoutReportPage(report(300));
    const box = contentBox(REPORT_FRAME);
    for (const op of page.ops) expect(inside(op.box, box)).toBe(true);
    const all = texts(page);
    const shown = all.filter((t) => /^1\d{5}$/.test(t)).length;
    expect(shown).toBeGreaterThan(5);
    // 300 rows and the total: what is not shown is counted in the closing line.
    expect(all).toContain(`… and ${301 - shown} more rows: the .xlsx export holds every row.`);
    expect(all).toContain('A second note.');
  });

  it('shortens a cell too long for its column with an ellipsis instead of spilling', () => {
    const page = layoutReportPage(report(3, true));
    const box = contentBox(REPORT_FRAME);
    for (const op of page.ops) expect(inside(op.box, box)).toBe(true);
    expect(texts(page).some((t) => t.startsWith('Nguyễn Thị Ánh') && t.endsWith('…'))).toBe(true);
  });
});
