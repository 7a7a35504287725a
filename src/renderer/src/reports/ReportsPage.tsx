import { useCallback, useMemo, useState } from 'react';
import type { ReportQuery } from '../../../shared/domain/report';
import { api } from '../client/api';
import { ErrorAlert } from '../shell/ErrorAlert';
import { Page } from '../shell/Page';
import { useQuery } from '../ui/useQuery';
import { ReportChartFigure } from './ReportChartFigure';
import { ReportExportButtons } from './ReportExportButtons';
import { ReportFilters, type FilterChoices } from './ReportFilters';
import { ReportTableView } from './ReportTableView';
import '../ui/setup.css';
import './reports.css';

/**
 * Reports: a caseload report chosen with its filters, drawn as a chart beside its tables (the
 * tables are the chart's accessible equivalent), each student row opening that student's plan,
 * and the same report exported as .xlsx, .csv or a one-page PDF for a principal or a board.
 */
export function ReportsPage({ focusOnShow }: { focusOnShow: boolean }) {
  const [query, setQuery] = useState<ReportQuery>({ report: 'plans' });
  const { state: report } = useQuery(useCallback(() => api['reports.run'](query), [query]), { keepWhileLoading: true });
  // The counselors and class years the caseload holds, for the filters.
  const { state: students } = useQuery(useCallback(() => api['students.list']({}), []));
  const choices = useMemo<FilterChoices>(() => {
    if (students.status !== 'ready') return { counselors: [], classYears: [] };
    const active = students.value.students.filter((s) => s.status === 'active');
    return {
      counselors: [...new Set(active.map((s) => s.counselor).filter((c): c is string => c !== null && c.trim() !== ''))].sort((a, b) => a.localeCompare(b)),
      classYears: [...new Set(active.map((s) => s.classYear).filter((y): y is number => y !== null))].sort((a, b) => a - b),
    };
  }, [students]);

  return (
    <Page title="Reports" focusOnShow={focusOnShow}>
      <div className="reports-page">
        <ReportFilters query={query} choices={choices} onChange={setQuery} />
        {report.status === 'failed' ? <ErrorAlert title="The report could not be made." message={report.message} /> : null}
        {report.status === 'loading' ? <p role="status">Making the report…</p> : null}
        {report.status === 'ready' ? (
          <section aria-labelledby="report-title" className="report">
            <div className="report__head">
              <div>
                <h2 id="report-title">{report.value.title}</h2>
                <p className="report__scope">
                  {report.value.scope} · {report.value.studentCount.toLocaleString('en-US')} students
                </p>
              </div>
              <ReportExportButtons query={query} />
            </div>
            <ReportChartFigure chart={report.value.chart} />
            {report.value.tables.map((t) => (
              <ReportTableView key={`${report.value.name}-${t.key}`} table={t} />
            ))}
            {report.value.notes.length > 0 ? (
              <ul className="report__notes">
                {report.value.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            ) : null}
          </section>
        ) : null}
      </div>
    </Page>
  );
}
