import type { ReportQuery } from '../../../shared/domain/report';
import { REPORT_CHOICES } from './reportNames';

export interface FilterChoices {
  counselors: readonly string[];
  classYears: readonly number[];
}

const GRADES = [6, 7, 8, 9, 10, 11, 12];

/** Which report, and for whom: labelled selects, each applied as soon as it changes. */
export function ReportFilters({ query, choices, onChange }: { query: ReportQuery; choices: FilterChoices; onChange(q: ReportQuery): void }) {
  const set = (patch: Partial<ReportQuery>) => {
    const next: ReportQuery = { ...query, ...patch };
    for (const key of ['grade', 'counselor', 'classYear'] as const) if (next[key] === undefined) delete next[key];
    onChange(next);
  };
  return (
    <form className="report-filters" aria-label="Report and filters" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="report-name">Report</label>
        <select id="report-name" value={query.report} onChange={(e) => set({ report: e.target.value as ReportQuery['report'] })}>
          {REPORT_CHOICES.map((r) => (
            <option key={r.name} value={r.name}>
              {r.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="report-grade">Grade</label>
        <select id="report-grade" value={query.grade ?? ''} onChange={(e) => set({ grade: e.target.value === '' ? undefined : Number(e.target.value) })}>
          <option value="">All grades</option>
          {GRADES.map((g) => (
            <option key={g} value={g}>
              Grade {g}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="report-counselor">Counselor</label>
        <select id="report-counselor" value={query.counselor ?? ''} onChange={(e) => set({ counselor: e.target.value === '' ? undefined : e.target.value })}>
          <option value="">All counselors</option>
          {choices.counselors.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="report-class-year">Class of</label>
        <select id="report-class-year" value={query.classYear ?? ''} onChange={(e) => set({ classYear: e.target.value === '' ? undefined : Number(e.target.value) })}>
          <option value="">All class years</option>
          {choices.classYears.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
