import { DUAL_CREDIT_LABELS, DualCredit } from '../../../shared/domain/catalog';
import { WORK_BASED_LEARNING_TYPES } from '../../../shared/domain/plan';
import type { Report, ReportQuery, ReportRow, ReportTable } from '../../../shared/domain/report';
import { WORK_BASED_LEARNING_LABELS } from '../../../shared/domain/work-based-learning';
import { mapInSlices } from '../jobs/slices';
import {
  CONCENTRATOR_COURSES,
  concentrations,
  coursesTaken,
  type Concentration,
  type CourseTaken,
} from './cte-facts';
import { reportScope, roundCredits, type ReportStudent, leftOutNote } from './scope';
import type { ReportReads } from './reads';

/**
 * Career and technical education: students by cluster, pathway and program of study; CTE
 * concentrators (two or more CTE courses in one program of study, the Perkins V measure),
 * counted on completed courses and, separately, on completed and planned ones; dual credit and
 * industry credentials planned and earned; work-based learning hours by type.
 */

const NOT_CHOSEN = 'Not yet chosen';

interface StudentCte {
  student: ReportStudent;
  taken: CourseTaken[];
  concentrations: Concentration[];
}

export async function cteReport(reads: ReportReads, query: ReportQuery, today = new Date()): Promise<Report> {
  const scope = await reportScope(reads, query, today);
  const [catalog, names, choices, credentials, experiences] = await Promise.all([
    reads.catalog(),
    reads.programNames(),
    reads.planChoices(),
    reads.credentials(),
    reads.experiences(),
  ]);
  // Each student's courses laid against the programs, in slices: the longest pass of a report.
  const facts: StudentCte[] = await mapInSlices(scope.students, (student) => {
    const taken = student.standing ? coursesTaken(student.standing, catalog) : [];
    return { student, taken, concentrations: concentrations(taken, names.programsOfCourse) };
  });
  const clusterName = (code: string | null) => (code === null ? NOT_CHOSEN : (names.clusters.get(code)?.name ?? code));
  const pathwayName = (code: string | null) => (code === null ? NOT_CHOSEN : (names.pathways.get(code)?.name ?? code));
  const programName = (id: string | null) => (id === null ? NOT_CHOSEN : (names.programs.get(id)?.name ?? id));
  const clusterPosition = (code: string | null) => (code === null ? 1e6 : (names.clusters.get(code)?.position ?? 1e5));

  // Students by what their plan chose: cluster → pathway → program.
  const chosen = new Map<string, { cluster: string | null; pathway: string | null; program: string | null; count: number }>();
  for (const { student } of facts) {
    const c = choices.get(student.studentNumber) ?? { clusterCode: null, pathwayCode: null, programId: null };
    const key = `${c.clusterCode}|${c.pathwayCode}|${c.programId}`;
    const entry = chosen.get(key) ?? { cluster: c.clusterCode, pathway: c.pathwayCode, program: c.programId, count: 0 };
    entry.count++;
    chosen.set(key, entry);
  }
  const choiceRows = [...chosen.values()].sort(
    (a, b) =>
      clusterPosition(a.cluster) - clusterPosition(b.cluster) ||
      pathwayName(a.pathway).localeCompare(pathwayName(b.pathway)) ||
      programName(a.program).localeCompare(programName(b.program)),
  );
  const choiceTable: ReportTable = {
    key: 'Choices',
    title: 'Students by career cluster, pathway and program of study',
    columns: [
      { key: 'cluster', label: 'Career cluster', kind: 'text' },
      { key: 'pathway', label: 'Career pathway', kind: 'text' },
      { key: 'program', label: 'Program of study', kind: 'text' },
      { key: 'students', label: 'Students', kind: 'number' },
    ],
    rows: choiceRows.map((r) => ({ cells: { cluster: clusterName(r.cluster), pathway: pathwayName(r.pathway), program: programName(r.program), students: r.count } })),
    total: { cells: { cluster: 'All students', pathway: null, program: null, students: facts.length } },
  };

  // Concentrators per program of study.
  const perProgram = new Map<string, { completed: number; withPlanned: number }>();
  for (const f of facts) {
    for (const c of f.concentrations) {
      if (c.withPlanned < CONCENTRATOR_COURSES) continue;
      const entry = perProgram.get(c.programId) ?? { completed: 0, withPlanned: 0 };
      if (c.completed >= CONCENTRATOR_COURSES) entry.completed++;
      entry.withPlanned++;
      perProgram.set(c.programId, entry);
    }
  }
  const isConcentrator = (f: StudentCte, completed: boolean) => f.concentrations.some((c) => (completed ? c.completed : c.withPlanned) >= CONCENTRATOR_COURSES);
  const programRows = [...perProgram.entries()].sort(
    ([a], [b]) => clusterPosition(names.programs.get(a)?.clusterCode ?? null) - clusterPosition(names.programs.get(b)?.clusterCode ?? null) || programName(a).localeCompare(programName(b)),
  );
  const concentratorTable: ReportTable = {
    key: 'Concentrators',
    title: 'CTE concentrators by program of study (two or more CTE courses in one program)',
    columns: [
      { key: 'cluster', label: 'Career cluster', kind: 'text' },
      { key: 'program', label: 'Program of study', kind: 'text' },
      { key: 'completed', label: 'Concentrators, completed courses', kind: 'number' },
      { key: 'withPlanned', label: 'Concentrators, completed and planned', kind: 'number' },
    ],
    rows: programRows.map(([id, n]) => ({
      cells: { cluster: clusterName(names.programs.get(id)?.clusterCode ?? null), program: programName(id), completed: n.completed, withPlanned: n.withPlanned },
    })),
    // A student concentrating in two programs is one student here.
    total: {
      cells: {
        cluster: 'Students',
        program: null,
        completed: facts.filter((f) => isConcentrator(f, true)).length,
        withPlanned: facts.filter((f) => isConcentrator(f, false)).length,
      },
    },
  };

  const creditTable = dualCreditAndCredentials(facts, credentials);
  const wblTable = workBasedLearning(facts, experiences);

  const concentratorStudents: ReportTable = {
    key: 'Students',
    title: 'Concentrator students',
    columns: [
      { key: 'studentNumber', label: 'Student number', kind: 'text' },
      { key: 'name', label: 'Name', kind: 'text' },
      { key: 'grade', label: 'Grade', kind: 'number' },
      { key: 'program', label: 'Program of study', kind: 'text' },
      { key: 'completed', label: 'CTE courses completed', kind: 'number' },
      { key: 'withPlanned', label: 'CTE courses completed and planned', kind: 'number' },
      { key: 'now', label: 'Concentrator now', kind: 'text' },
    ],
    rows: facts
      .filter((f) => isConcentrator(f, false))
      .map((f): ReportRow => {
        const best = [...f.concentrations].sort((a, b) => b.completed - a.completed || b.withPlanned - a.withPlanned)[0]!;
        return {
          studentNumber: f.student.studentNumber,
          cells: {
            studentNumber: f.student.studentNumber,
            name: f.student.name,
            grade: f.student.grade,
            program: programName(best.programId),
            completed: best.completed,
            withPlanned: best.withPlanned,
            now: best.completed >= CONCENTRATOR_COURSES ? 'Yes' : 'Not yet',
          },
        };
      }),
  };

  // The chart: by cluster, students who chose it beside the concentrators in its programs.
  const clusterCodes = [...new Set([...choiceRows.map((r) => r.cluster).filter((c): c is string => c !== null), ...programRows.map(([id]) => names.programs.get(id)?.clusterCode ?? '')])]
    .filter((c) => c !== '')
    .sort((a, b) => clusterPosition(a) - clusterPosition(b));
  const concentratorsIn = (cluster: string, completed: boolean) =>
    facts.filter((f) => f.concentrations.some((c) => names.programs.get(c.programId)?.clusterCode === cluster && (completed ? c.completed : c.withPlanned) >= CONCENTRATOR_COURSES)).length;
  const notes = [
    'A CTE course is a catalog course marked CTE in the program of study\'s course list; completed counts passed transcript courses and courses completed by hand, planned adds courses planned or under way.',
  ];
  if (scope.leftOut > 0) notes.push(leftOutNote(scope.leftOut));
  return {
    name: 'cte',
    title: 'Career and technical education',
    scope: scope.text,
    madeOn: scope.madeOn,
    studentCount: facts.length,
    chart: {
      kind: 'bar',
      title: 'Students and CTE concentrators by career cluster',
      categoryLabel: 'Career cluster',
      valueLabel: 'Students',
      categories: clusterCodes.map((c) => clusterName(c)),
      series: [
        { key: 'chose', label: 'Chose the cluster', values: clusterCodes.map((c) => facts.filter((f) => choices.get(f.student.studentNumber)?.clusterCode === c).length) },
        { key: 'completed', label: 'Concentrators, completed', values: clusterCodes.map((c) => concentratorsIn(c, true)) },
        { key: 'withPlanned', label: 'Concentrators, with planned', values: clusterCodes.map((c) => concentratorsIn(c, false)) },
      ],
    },
    tables: [choiceTable, concentratorTable, creditTable, wblTable, concentratorStudents],
    notes,
  };
}

function dualCreditAndCredentials(facts: readonly StudentCte[], credentials: ReadonlyMap<string, { status: 'planned' | 'earned' }[]>): ReportTable {
  const dual = facts.flatMap((f) => f.taken.filter((t) => t.course.flags.dualCredit !== null).map((t) => ({ student: f.student.studentNumber, ...t })));
  const row = (measure: string, planned: number, earned: number): ReportRow => ({ cells: { measure, planned, earned } });
  const studentsWith = (list: readonly { student: string; state: string }[], state: string) => new Set(list.filter((x) => x.state === state).map((x) => x.student)).size;
  const creds = facts.flatMap((f) => (credentials.get(f.student.studentNumber) ?? []).map((c) => ({ student: f.student.studentNumber, state: c.status })));
  return {
    key: 'Dual credit and credentials',
    title: 'Dual credit and industry credentials, planned and earned',
    columns: [
      { key: 'measure', label: 'Measure', kind: 'text' },
      { key: 'planned', label: 'Planned', kind: 'number' },
      { key: 'earned', label: 'Earned', kind: 'number' },
    ],
    rows: [
      row('Dual-credit courses', dual.filter((d) => d.state === 'planned').length, dual.filter((d) => d.state === 'completed').length),
      ...DualCredit.options.map((kind) =>
        row(
          `Dual-credit courses: ${DUAL_CREDIT_LABELS[kind]}`,
          dual.filter((d) => d.course.flags.dualCredit === kind && d.state === 'planned').length,
          dual.filter((d) => d.course.flags.dualCredit === kind && d.state === 'completed').length,
        ),
      ),
      row('Students with dual credit', studentsWith(dual, 'planned'), studentsWith(dual, 'completed')),
      row('Industry credentials', creds.filter((c) => c.state === 'planned').length, creds.filter((c) => c.state === 'earned').length),
      row('Students with a credential', studentsWith(creds, 'planned'), studentsWith(creds, 'earned')),
    ],
  };
}

function workBasedLearning(facts: readonly StudentCte[], experiences: ReadonlyMap<string, { type: string; hours: number | null }[]>): ReportTable {
  const rows = WORK_BASED_LEARNING_TYPES.map((type): ReportRow => {
    let students = 0;
    let count = 0;
    let hours = 0;
    for (const f of facts) {
      const mine = (experiences.get(f.student.studentNumber) ?? []).filter((e) => e.type === type);
      if (mine.length > 0) students++;
      count += mine.length;
      hours += mine.reduce((sum, e) => sum + (e.hours ?? 0), 0);
    }
    return { cells: { type: WORK_BASED_LEARNING_LABELS[type], students, experiences: count, hours: roundCredits(hours) } };
  });
  const sum = (key: string) => rows.reduce((s, r) => s + (r.cells[key] as number), 0);
  return {
    key: 'Work-based learning',
    title: 'Work-based learning by type',
    columns: [
      { key: 'type', label: 'Type', kind: 'text' },
      { key: 'students', label: 'Students', kind: 'number' },
      { key: 'experiences', label: 'Experiences', kind: 'number' },
      { key: 'hours', label: 'Hours', kind: 'number' },
    ],
    rows,
    total: { cells: { type: 'All types', students: null, experiences: sum('experiences'), hours: roundCredits(sum('hours')) } },
  };
}
