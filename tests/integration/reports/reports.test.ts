import { describe, expect, it } from 'vitest';
import { resolvePlan } from '../../../src/main/core/plans/resolve';
import { listCaseload } from '../../../src/main/core/plans/caseload';
import { addConference } from '../../../src/main/core/conferences/record';
import { runReport } from '../../../src/main/core/reports/run';
import { SUBJECT_AREA_LABELS } from '../../../src/shared/domain/catalog';
import { useTempDir } from '../../helpers/temp';
import { TODAY } from '../plans/stores';
import { activeStudents, countBy, cteCourses, programCourses, rowOf, tableOf } from './expected';
import { reportStore } from './stores';

const tempDir = useTempDir();

const STATUS_LABEL = { none: 'No plan', started: 'Started', complete_with_warnings: 'Complete, with warnings', complete: 'Complete', reviewed: 'Reviewed this year' } as const;

describe('the plans report', () => {
  it('counts each grade and each counselor the way each plan reads on its own, and leaves out students who have left', async () => {
    const store = await reportStore(tempDir());
    const students = activeStudents(store.db);
    const status = new Map(students.map((s) => [s.student_number, resolvePlan(store.db, s.student_number, TODAY).status]));
    const report = await runReport(store.db, { report: 'plans' }, TODAY);

    expect(report.studentCount).toBe(students.length);
    expect(report.notes[0]).toContain('reviewed since 2026-08-01'); // no school year started by hand: the calendar's
    const byGrade = tableOf(report.tables, 'By grade');
    const grades = [...new Set(students.map((s) => s.grade))].sort((a, b) => a - b);
    expect(byGrade.rows.map((r) => r.cells.grade)).toEqual(grades.map((g) => `Grade ${g}`));
    for (const g of grades) {
      const mine = students.filter((s) => s.grade === g);
      const counts = countBy(mine, (s) => status.get(s.student_number)!);
      const row = rowOf(byGrade, `Grade ${g}`);
      expect(row.cells.students).toBe(mine.length);
      for (const k of ['none', 'started', 'complete_with_warnings', 'complete', 'reviewed'] as const) expect(row.cells[k], `grade ${g} ${k}`).toBe(counts.get(k) ?? 0);
    }
    const byCounselor = tableOf(report.tables, 'By counselor');
    for (const [name, n] of countBy(students, (s) => s.counselor ?? 'No counselor')) {
      expect(rowOf(byCounselor, name).cells.students).toBe(n);
      const mine = students.filter((s) => (s.counselor ?? 'No counselor') === name);
      expect(rowOf(byCounselor, name).cells.none).toBe(mine.filter((s) => status.get(s.student_number) === 'none').length);
    }
    expect(byGrade.total!.cells.students).toBe(students.length);
    // The sample school has plans in more than one state, so the counts above are not all one column.
    expect(new Set(status.values()).size).toBeGreaterThan(1);

    // Every student row names its student and opens the plan; 900099 (left) is not among them.
    const list = tableOf(report.tables, 'Students');
    expect(list.rows.map((r) => r.studentNumber).sort()).toEqual(students.map((s) => s.student_number).sort());
    for (const r of list.rows) expect(r.cells.status).toBe(STATUS_LABEL[status.get(r.studentNumber!)!]);
    expect(report.notes.join(' ')).toContain('1 student the latest roster no longer lists is not counted');

    // The chart is the by-grade table, stacked by status.
    expect(report.chart.categories).toEqual(byGrade.rows.map((r) => r.cells.grade));
    for (const s of report.chart.series) expect(s.values).toEqual(byGrade.rows.map((r) => r.cells[s.key]));
    store.close();
  });

  it('narrows to a grade, a counselor and a class year, and says so in its scope', async () => {
    const store = await reportStore(tempDir());
    const students = activeStudents(store.db);
    const grade10 = await runReport(store.db, { report: 'plans', grade: 10 }, TODAY);
    expect(grade10.studentCount).toBe(students.filter((s) => s.grade === 10).length);
    expect(grade10.scope).toBe('Grade 10 · school year 2026-27');
    const okafor = await runReport(store.db, { report: 'plans', counselor: 'mr. okafor ' }, TODAY);
    expect(okafor.studentCount).toBe(students.filter((s) => s.counselor === 'Mr. Okafor').length);
    expect(tableOf(okafor.tables, 'By counselor').rows.map((r) => r.cells.counselor)).toEqual(['Mr. Okafor']);
    const of2028 = await runReport(store.db, { report: 'plans', classYear: 2028, counselor: 'Ms. Alvarez' }, TODAY);
    expect(of2028.studentCount).toBe(students.filter((s) => s.class_year === 2028 && s.counselor === 'Ms. Alvarez').length);
    expect(of2028.scope).toBe('Ms. Alvarez · class of 2028 · school year 2026-27');
    store.close();
  });
});

describe('the graduation report', () => {
  it('lists exactly the students the plan calls off track, with the credits short and the areas not yet planned', async () => {
    const store = await reportStore(tempDir());
    const students = activeStudents(store.db);
    const views = new Map(students.map((s) => [s.student_number, resolvePlan(store.db, s.student_number, TODAY)]));
    const report = await runReport(store.db, { report: 'graduation' }, TODAY);

    const offTrack = students.filter((s) => views.get(s.student_number)!.onTrack.verdict === 'off_track');
    expect(offTrack.map((s) => s.student_number)).toContain('900011');
    const list = tableOf(report.tables, 'Off track');
    expect(list.rows.map((r) => r.studentNumber).sort()).toEqual(offTrack.map((s) => s.student_number).sort());
    for (const row of list.rows) {
      const view = views.get(row.studentNumber!)!;
      const short = Math.max(0, view.onTrack.expected - view.onTrack.earned);
      expect(row.cells.creditsShort).toBeCloseTo(short, 6);
      expect(row.cells.earned).toBeCloseTo(view.onTrack.earned, 6);
      for (const a of view.requirements.areas.filter((x) => !x.met)) {
        expect(row.cells[`area:${a.area}`], `${row.studentNumber} ${a.area}`).toBeCloseTo(a.required - a.planned, 6);
        expect(String(row.cells.areas)).toContain(SUBJECT_AREA_LABELS[a.area]);
      }
    }
    // 900011 earned 4 credits (a failed course earns none) of the expected by the end of grade 10.
    const anh = list.rows.find((r) => r.studentNumber === '900011')!;
    expect(anh.cells.earned).toBe(4);
    expect(anh.cells.creditsShort).toBe(views.get('900011')!.onTrack.expected - 4);

    const byGrade = tableOf(report.tables, 'By grade');
    for (const g of [...new Set(students.map((s) => s.grade))]) {
      const mine = students.filter((s) => s.grade === g);
      const verdicts = countBy(mine, (s) => views.get(s.student_number)!.onTrack.verdict);
      const row = rowOf(byGrade, `Grade ${g}`);
      expect([row.cells.on_track, row.cells.off_track, row.cells.unknown]).toEqual([verdicts.get('on_track') ?? 0, verdicts.get('off_track') ?? 0, verdicts.get('unknown') ?? 0]);
    }
    // The same verdicts the caseload shows.
    const caseload = new Map((await listCaseload(store.db, TODAY)).map((r) => [r.studentNumber, r.onTrack]));
    for (const s of offTrack) expect(caseload.get(s.student_number)).toBe('off_track');
    store.close();
  });
});

describe('the CTE report', () => {
  it('counts concentrators on completed courses and on completed and planned ones, as the catalog and the programs say', async () => {
    const store = await reportStore(tempDir());
    const db = store.db;
    const students = activeStudents(db);
    const taken = cteCourses(db);
    const programs = programCourses(db);
    const report = await runReport(db, { report: 'cte' }, TODAY);

    const concentrators = (which: 'completed' | 'planned') =>
      students.filter((s) => {
        const mine = taken.get(s.student_number)?.[which] ?? new Set<string>();
        return [...programs.values()].some((list) => [...mine].filter((c) => list.has(c)).length >= 2);
      });
    const table = tableOf(report.tables, 'Concentrators');
    expect(table.total!.cells.completed).toBe(concentrators('completed').length);
    expect(table.total!.cells.withPlanned).toBe(concentrators('planned').length);
    expect(concentrators('completed').map((s) => s.student_number)).toContain('900011');
    // Per program: students with two of its CTE courses.
    const names = new Map((db.prepare('SELECT id, name FROM program').all() as { id: string; name: string }[]).map((p) => [p.name, p.id]));
    for (const row of table.rows) {
      const list = programs.get(names.get(String(row.cells.program))!)!;
      const count = (which: 'completed' | 'planned') => students.filter((s) => [...(taken.get(s.student_number)?.[which] ?? [])].filter((c) => list.has(c)).length >= 2).length;
      expect([row.cells.completed, row.cells.withPlanned], String(row.cells.program)).toEqual([count('completed'), count('planned')]);
    }
    expect(tableOf(report.tables, 'Students').rows.map((r) => r.studentNumber).sort()).toEqual(concentrators('planned').map((s) => s.student_number).sort());

    // Students by their plan's choices.
    const choices = db
      .prepare(`SELECT p.program_id AS program, count(*) AS n FROM student s LEFT JOIN plan p ON p.student_number = s.student_number WHERE s.status = 'active' GROUP BY p.program_id`)
      .all() as { program: string | null; n: number }[];
    const choiceTable = tableOf(report.tables, 'Choices');
    const programNames = new Map([...names].map(([name, id]) => [id, name]));
    for (const c of choices.filter((x) => x.program !== null)) {
      expect(choiceTable.rows.filter((r) => r.cells.program === programNames.get(c.program!)).reduce((s, r) => s + Number(r.cells.students), 0)).toBe(c.n);
    }

    // Credentials and work-based learning straight from the plan tables.
    const credentials = db
      .prepare(`SELECT c.status, count(*) AS n FROM plan_credential c JOIN student s USING (student_number) WHERE s.status = 'active' GROUP BY c.status`)
      .all() as { status: string; n: number }[];
    const creditTable = tableOf(report.tables, 'Dual credit and credentials');
    const credRow = rowOf(creditTable, 'Industry credentials');
    expect(credRow.cells.planned).toBe(credentials.find((c) => c.status === 'planned')?.n ?? 0);
    expect(credRow.cells.earned).toBe(credentials.find((c) => c.status === 'earned')?.n ?? 0);
    expect(Number(credRow.cells.planned) + Number(credRow.cells.earned)).toBeGreaterThan(0);
    const dual = db
      .prepare(
        `SELECT c.status, count(*) AS n FROM plan_course c JOIN course k ON k.number = c.course_number JOIN student s USING (student_number)
          WHERE k.dual_credit IS NOT NULL AND s.status = 'active' AND c.year IN ('9','10','11','12') GROUP BY c.status = 'completed'`,
      )
      .all() as { status: string; n: number }[];
    const dualRow = rowOf(creditTable, 'Dual-credit courses');
    // 900011's TEC321 (Start College Now) is under way on the transcript: planned.
    expect(dualRow.cells.planned).toBe((dual.find((d) => d.status !== 'completed')?.n ?? 0) + 1);
    expect(dualRow.cells.earned).toBe(dual.find((d) => d.status === 'completed')?.n ?? 0);

    const wbl = db
      .prepare(
        `SELECT e.type, count(DISTINCT e.student_number) AS students, count(*) AS n, total(e.hours) AS hours FROM plan_experience e JOIN student s USING (student_number)
          WHERE s.status = 'active' GROUP BY e.type`,
      )
      .all() as { type: string; students: number; n: number; hours: number }[];
    const wblTable = tableOf(report.tables, 'Work-based learning');
    const sae = wbl.find((w) => w.type === 'supervised_agricultural_experience');
    const saeRow = rowOf(wblTable, 'Supervised agricultural experience (SAE)');
    expect([saeRow.cells.students, saeRow.cells.experiences, saeRow.cells.hours]).toEqual([sae?.students ?? 0, sae?.n ?? 0, sae?.hours ?? 0]);
    const workBased = wbl.filter((w) => !['ctso', 'service', 'leadership', 'athletics', 'arts', 'hobby'].includes(w.type));
    expect(wblTable.total!.cells.hours).toBe(workBased.reduce((s, w) => s + w.hours, 0));
    expect(wblTable.total!.cells.hours).toBeGreaterThan(0);
    store.close();
  });

  it('counts conferences this school year by grade and counselor, and lists who has had none, as the caseload does', async () => {
    const store = await reportStore(tempDir());
    const students = activeStudents(store.db).sort((a, b) => (a.student_number < b.student_number ? -1 : 1));
    const meet = (studentNumber: string, heldOn: string) =>
      addConference(store.db, { studentNumber, heldOn, studentAttended: true, guardians: [], others: null, language: null, interpreter: false, interpreterName: null, notes: null, printSnapshotId: null }, TODAY);
    // Every third student met this fall (the first of them twice), every fifth only last year; one who has left met too.
    const fall = students.filter((_, i) => i % 3 === 0);
    for (const s of fall) meet(s.student_number, '2026-10-20');
    meet(fall[0]!.student_number, '2026-11-02');
    const lastYear = students.filter((_, i) => i % 5 === 1);
    for (const s of lastYear) meet(s.student_number, '2026-03-10');
    meet('900099', '2026-10-21');

    const report = await runReport(store.db, { report: 'conferences' }, TODAY);
    expect(report.studentCount).toBe(students.length);
    // Expected from the store by SQL, not from the report's code: conferences from August 1.
    const held = new Map(
      (store.db.prepare("SELECT student_number, count(*) AS n FROM conference WHERE held_on >= '2026-08-01' GROUP BY student_number").all() as { student_number: string; n: number }[]).map((r) => [r.student_number, r.n]),
    );
    const byGrade = tableOf(report.tables, 'By grade');
    for (const g of [...new Set(students.map((s) => s.grade))]) {
      const mine = students.filter((s) => s.grade === g);
      const met = mine.filter((s) => held.has(s.student_number)).length;
      const row = rowOf(byGrade, `Grade ${g}`);
      expect([row.cells.met, row.cells.none, row.cells.held, row.cells.students]).toEqual([met, mine.length - met, mine.reduce((n, s) => n + (held.get(s.student_number) ?? 0), 0), mine.length]);
    }
    expect(byGrade.total!.cells.met).toBe(fall.length);
    expect(byGrade.total!.cells.held).toBe(fall.length + 1);
    expect(tableOf(report.tables, 'By counselor').total!.cells.students).toBe(students.length);

    const none = tableOf(report.tables, 'No conference this year');
    expect(none.rows.map((r) => r.studentNumber).sort()).toEqual(students.filter((s) => !held.has(s.student_number)).map((s) => s.student_number).sort());
    // Never met first, then those met only last year, with that date.
    const lastCells = none.rows.map((r) => r.cells.last);
    expect(lastCells.slice(0, lastCells.indexOf('2026-03-10'))).toEqual(Array(lastCells.indexOf('2026-03-10')).fill('Never'));
    expect(lastCells.filter((c) => c === '2026-03-10')).toHaveLength(lastYear.filter((s) => !held.has(s.student_number)).length);
    // The same students the caseload's "No conference this year" filter shows.
    const caseload = (await listCaseload(store.db, TODAY)).filter((r) => r.status === 'active' && r.conferencesThisYear === 0);
    expect(caseload.map((r) => r.studentNumber).sort()).toEqual(none.rows.map((r) => r.studentNumber!).sort());
    expect(report.chart.series.map((s) => s.values.reduce((a, b) => a + b, 0))).toEqual([fall.length, students.length - fall.length]);
    store.close();
  });
});
