import type { Database as Db } from 'better-sqlite3';
import type { Report, ReportQuery, ReportRow, ReportTable } from '../../../shared/domain/report';
import { conferenceFacts } from '../conferences/facts';
import { byCounselorOrder, byGradeOrder, counselorLabel, gradeLabel, groupBy, leftOutNote, reportScope, type ReportStudent } from './scope';

/**
 * Conferences: how many were held this school year (August–July, the rule behind "reviewed this
 * year"), by grade and by counselor, and which students have had none — what a district shows
 * when asked how families were kept informed. The counts are conferences/facts.ts's, the ones the
 * caseload's Conference filter uses.
 */
export async function conferencesReport(db: Db, query: ReportQuery, today = new Date()): Promise<Report> {
  const scope = await reportScope(db, query, today);
  const facts = conferenceFacts(db, today);
  const held = (s: ReportStudent) => facts.get(s.studentNumber)?.thisYear ?? 0;
  const countRow = (key: string, label: string, list: readonly ReportStudent[]): ReportRow => {
    const met = list.filter((s) => held(s) > 0).length;
    return { cells: { [key]: label, students: list.length, conferences: list.reduce((n, s) => n + held(s), 0), met, none: list.length - met } };
  };
  const columns = (key: string, label: string): ReportTable['columns'] => [
    { key, label, kind: 'text' },
    { key: 'students', label: 'Students', kind: 'number' },
    { key: 'conferences', label: 'Conferences held', kind: 'number' },
    { key: 'met', label: 'Students with a conference', kind: 'number' },
    { key: 'none', label: 'Students with none', kind: 'number' },
  ];
  const byGrade = groupBy(scope.students, (s) => s.grade, byGradeOrder);
  const byCounselor = groupBy(scope.students, (s) => counselorLabel(s.counselor), byCounselorOrder);
  const none = scope.students.filter((s) => held(s) === 0);
  const notes = ['This school year runs from August 1 to July 31; a conference recorded in it counts once for its student.'];
  if (scope.leftOut > 0) notes.push(leftOutNote(scope.leftOut));
  return {
    name: 'conferences',
    title: 'Conferences this school year',
    scope: scope.text,
    madeOn: scope.madeOn,
    studentCount: scope.students.length,
    chart: {
      kind: 'stacked_bar',
      title: 'Students with a conference this year, by grade',
      categoryLabel: 'Grade',
      valueLabel: 'Students',
      categories: byGrade.map(([grade]) => gradeLabel(grade)),
      series: [
        { key: 'met', label: 'Had a conference', values: byGrade.map(([, list]) => list.filter((s) => held(s) > 0).length) },
        { key: 'none', label: 'None yet', values: byGrade.map(([, list]) => list.filter((s) => held(s) === 0).length) },
      ],
    },
    tables: [
      {
        key: 'By grade',
        title: 'Conferences by grade',
        columns: columns('grade', 'Grade'),
        rows: byGrade.map(([grade, list]) => countRow('grade', gradeLabel(grade), list)),
        total: countRow('grade', 'All grades', scope.students),
      },
      {
        key: 'By counselor',
        title: 'Conferences by counselor',
        columns: columns('counselor', 'Counselor'),
        rows: byCounselor.map(([name, list]) => countRow('counselor', name, list)),
        total: countRow('counselor', 'All counselors', scope.students),
      },
      {
        key: 'No conference',
        title: 'Students with no conference this year',
        columns: [
          { key: 'studentNumber', label: 'Student number', kind: 'text' },
          { key: 'name', label: 'Name', kind: 'text' },
          { key: 'grade', label: 'Grade', kind: 'number' },
          { key: 'counselor', label: 'Counselor', kind: 'text' },
          { key: 'last', label: 'Last conference', kind: 'text' },
        ],
        rows: none.map((s) => ({
          studentNumber: s.studentNumber,
          cells: { studentNumber: s.studentNumber, name: s.name, grade: s.grade, counselor: s.counselor, last: facts.get(s.studentNumber)?.last ?? null },
        })),
      },
    ],
    notes,
  };
}
