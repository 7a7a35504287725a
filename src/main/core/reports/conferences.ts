import type { ConferenceFacts } from '../../../shared/domain/conference';
import type { Report, ReportColumn, ReportQuery, ReportRow, ReportTable } from '../../../shared/domain/report';
import { mapInSlices } from '../jobs/slices';
import { byCounselorOrder, byGradeOrder, counselorLabel, gradeLabel, groupBy, leftOutNote, reportScope, type ReportStudent } from './scope';
import type { ReportReads } from './reads';

/**
 * Conferences: how many students have met with their family about the plan this school year, by
 * grade and by counselor, and which students have had none (the list a counselor works through
 * before conference night). The counts are the caseload's own (conferences/facts.ts), so the
 * report, the caseload's "No conference this year" filter and its export agree.
 */

type Facts = ReadonlyMap<string, ConferenceFacts>;

const heldThisYear = (facts: Facts, s: ReportStudent) => facts.get(s.studentNumber)?.thisYear ?? 0;

function countColumns(first: ReportColumn): ReportColumn[] {
  return [
    first,
    { key: 'met', label: 'Conference this year', kind: 'number' },
    { key: 'none', label: 'None this year', kind: 'number' },
    { key: 'held', label: 'Conferences held', kind: 'number' },
    { key: 'students', label: 'Students', kind: 'number' },
  ];
}

function countRow(facts: Facts, key: string, label: string, students: readonly ReportStudent[]): ReportRow {
  const met = students.filter((s) => heldThisYear(facts, s) > 0).length;
  const held = students.reduce((sum, s) => sum + heldThisYear(facts, s), 0);
  return { cells: { [key]: label, met, none: students.length - met, held, students: students.length } };
}

export async function conferencesReport(reads: ReportReads, query: ReportQuery, today = new Date()): Promise<Report> {
  const scope = await reportScope(reads, query, today);
  const thisYear = await reads.reviewWindow(today);
  const facts = await reads.conferenceFacts(thisYear);
  const byGrade = groupBy(scope.students, (s) => s.grade, byGradeOrder);
  const byCounselor = groupBy(scope.students, (s) => counselorLabel(s.counselor), byCounselorOrder);
  const gradeTable: ReportTable = {
    key: 'By grade',
    title: 'Conferences by grade',
    columns: countColumns({ key: 'grade', label: 'Grade', kind: 'text' }),
    rows: byGrade.map(([grade, list]) => countRow(facts, 'grade', gradeLabel(grade), list)),
    total: countRow(facts, 'grade', 'All grades', scope.students),
  };
  const counselorTable: ReportTable = {
    key: 'By counselor',
    title: 'Conferences by counselor',
    columns: countColumns({ key: 'counselor', label: 'Counselor', kind: 'text' }),
    rows: byCounselor.map(([name, list]) => countRow(facts, 'counselor', name, list)),
    total: countRow(facts, 'counselor', 'All counselors', scope.students),
  };
  // Never met first, then the longest since the last meeting: the order a counselor calls families in.
  const none = scope.students
    .filter((s) => heldThisYear(facts, s) === 0)
    .map((s) => ({ s, last: facts.get(s.studentNumber)?.last ?? null }))
    .sort((a, b) => (a.last === b.last ? 0 : a.last === null ? -1 : b.last === null ? 1 : a.last < b.last ? -1 : 1));
  const noneTable: ReportTable = {
    key: 'No conference this year',
    title: 'Students with no conference this school year',
    columns: [
      { key: 'studentNumber', label: 'Student number', kind: 'text' },
      { key: 'name', label: 'Name', kind: 'text' },
      { key: 'grade', label: 'Grade', kind: 'number' },
      { key: 'counselor', label: 'Counselor', kind: 'text' },
      { key: 'last', label: 'Last conference', kind: 'text' },
    ],
    // Most of a school before conference night: built in slices.
    rows: await mapInSlices(none, ({ s, last }) => ({
      studentNumber: s.studentNumber,
      cells: { studentNumber: s.studentNumber, name: s.name, grade: s.grade, counselor: s.counselor, last: last ?? 'Never' },
    })),
  };
  const { first, last } = thisYear;
  const notes = [`This school year: conferences held from ${first} to ${last}, as recorded in each student's plan.`];
  if (scope.leftOut > 0) notes.push(leftOutNote(scope.leftOut));
  return {
    name: 'conferences',
    title: 'Family conferences',
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
        { key: 'met', label: 'Conference this year', values: byGrade.map(([, list]) => list.filter((s) => heldThisYear(facts, s) > 0).length) },
        { key: 'none', label: 'None this year', values: byGrade.map(([, list]) => list.filter((s) => heldThisYear(facts, s) === 0).length) },
      ],
    },
    tables: [gradeTable, counselorTable, noneTable],
    notes,
  };
}
