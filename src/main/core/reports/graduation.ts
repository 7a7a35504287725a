import { SUBJECT_AREA_LABELS, type SubjectArea } from '../../../shared/domain/catalog';
import type { OnTrackVerdict } from '../../../shared/domain/plan-view';
import type { Report, ReportColumn, ReportQuery, ReportRow, ReportTable } from '../../../shared/domain/report';
import { mapInSlices } from '../jobs/slices';
import { byGradeOrder, gradeLabel, groupBy, reportScope, roundCredits, type ReportStudent, leftOutNote } from './scope';
import type { ReportReads } from './reads';

/**
 * Graduation: who is off track, by grade, how many credits each is short of what the school
 * expects by now, and which requirement areas the plan does not yet meet. Every figure is the
 * caseload's on-track verdict (core/plans/on-track.ts over the requirement evaluation, through
 * caseload-status.ts): the same numbers the caseload and the plan show.
 */

const VERDICTS: OnTrackVerdict[] = ['on_track', 'off_track', 'unknown'];
export const ON_TRACK_LABELS: Record<OnTrackVerdict, string> = { on_track: 'On track', off_track: 'Off track', unknown: 'Not yet known' };

const verdictOf = (s: ReportStudent): OnTrackVerdict => s.standing?.summary.onTrack ?? 'unknown';

/** Credits earned short of what is expected by the end of the finished grade (0 when caught up). */
export function creditsShort(s: ReportStudent): number {
  const t = s.standing?.onTrack;
  return t ? roundCredits(Math.max(0, t.expected - t.earned)) : 0;
}

/** Each requirement area the plan does not yet meet, with the credits still to plan. */
export function areasShort(s: ReportStudent): { area: SubjectArea; short: number }[] {
  return (s.standing?.progress.areas ?? []).filter((a) => !a.met).map((a) => ({ area: a.area, short: roundCredits(a.required - a.planned) }));
}

function verdictRow(label: string, students: readonly ReportStudent[]): ReportRow {
  const off = students.filter((s) => verdictOf(s) === 'off_track');
  return {
    cells: {
      grade: label,
      students: students.length,
      on_track: students.filter((s) => verdictOf(s) === 'on_track').length,
      off_track: off.length,
      unknown: students.filter((s) => verdictOf(s) === 'unknown').length,
      creditsShort: roundCredits(off.reduce((sum, s) => sum + creditsShort(s), 0)),
    },
  };
}

export async function graduationReport(reads: ReportReads, query: ReportQuery, today = new Date()): Promise<Report> {
  const scope = await reportScope(reads, query, today);
  const byGrade = groupBy(scope.students, (s) => s.grade, byGradeOrder);
  const gradeTable: ReportTable = {
    key: 'By grade',
    title: 'On track to graduate, by grade',
    columns: [
      { key: 'grade', label: 'Grade', kind: 'text' },
      { key: 'students', label: 'Students', kind: 'number' },
      ...VERDICTS.map((v): ReportColumn => ({ key: v, label: ON_TRACK_LABELS[v], kind: 'number' })),
      { key: 'creditsShort', label: 'Credits short (off track)', kind: 'number' },
    ],
    rows: byGrade.map(([grade, list]) => verdictRow(gradeLabel(grade), list)),
    total: verdictRow('All grades', scope.students),
  };

  const offTrack = scope.students.filter((s) => verdictOf(s) === 'off_track');
  const shortAreas = [...new Set(offTrack.flatMap((s) => areasShort(s).map((a) => a.area)))].sort(
    (a, b) => Object.keys(SUBJECT_AREA_LABELS).indexOf(a) - Object.keys(SUBJECT_AREA_LABELS).indexOf(b),
  );
  const studentTable: ReportTable = {
    key: 'Off track',
    title: 'Students off track: credits short and areas not yet planned',
    columns: [
      { key: 'studentNumber', label: 'Student number', kind: 'text' },
      { key: 'name', label: 'Name', kind: 'text' },
      { key: 'grade', label: 'Grade', kind: 'number' },
      { key: 'counselor', label: 'Counselor', kind: 'text' },
      { key: 'earned', label: 'Credits earned', kind: 'number' },
      { key: 'expected', label: 'Expected by now', kind: 'number' },
      { key: 'creditsShort', label: 'Credits short', kind: 'number' },
      ...shortAreas.map((a): ReportColumn => ({ key: `area:${a}`, label: `${SUBJECT_AREA_LABELS[a]} to plan`, kind: 'number' })),
      { key: 'areas', label: 'Areas not yet planned', kind: 'text' },
    ],
    // One row per off-track student, in slices (a school's off-track list can be thousands long).
    rows: await mapInSlices(offTrack.sort((a, b) => byGradeOrder(a.grade, b.grade) || creditsShort(b) - creditsShort(a)), (s) => {
        const t = s.standing!.onTrack;
        const areas = areasShort(s);
        const cells: ReportRow['cells'] = {
          studentNumber: s.studentNumber,
          name: s.name,
          grade: s.grade,
          counselor: s.counselor,
          earned: roundCredits(t.earned),
          expected: t.expected,
          creditsShort: creditsShort(s),
          areas: areas.map((a) => `${SUBJECT_AREA_LABELS[a.area]} ${a.short}`).join(', ') || null,
        };
        for (const area of shortAreas) cells[`area:${area}`] = areas.find((a) => a.area === area)?.short ?? null;
        return { studentNumber: s.studentNumber, cells };
    }),
  };
  const notes = [
    'Off track: fewer credits earned than expected by the end of the last finished grade, or a plan that does not yet meet every requirement.',
    'Not yet known: no course history and no course completed by hand, or no grade.',
  ];
  if (scope.leftOut > 0) notes.push(leftOutNote(scope.leftOut));
  return {
    name: 'graduation',
    title: 'On track to graduate',
    scope: scope.text,
    madeOn: scope.madeOn,
    studentCount: scope.students.length,
    chart: {
      kind: 'stacked_bar',
      title: 'On track to graduate, by grade',
      categoryLabel: 'Grade',
      valueLabel: 'Students',
      categories: byGrade.map(([grade]) => gradeLabel(grade)),
      series: VERDICTS.map((v) => ({ key: v, label: ON_TRACK_LABELS[v], values: byGrade.map(([, list]) => list.filter((s) => verdictOf(s) === v).length) })),
    },
    tables: [gradeTable, studentTable],
    notes,
  };
}
