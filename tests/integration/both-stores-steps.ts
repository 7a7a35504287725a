import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MethodName } from '../../src/shared/contract';
import { localIsoDate } from '../../src/shared/domain/common';
import { schoolYearEnd } from '../../src/shared/domain/school-year';
import { schoolYearText } from '../../src/shared/domain/year';
import { sampleStudent, validInputs } from '../helpers/method-calls';

/**
 * The order both-stores.test.ts calls every method in, on the workstation's SQLite store and on
 * the department server's PostgreSQL holding the same school: every read first, then every write
 * followed by the reads that show what it changed, then every read again. A step's input is the
 * method's valid call (tests/helpers/method-calls.ts) unless it needs an answer of an earlier step
 * on the same store (a conference's id, a bulk change's undo steps, a job's id).
 */

/** The last answer (ok value) of a method on one store, for a later step's input. */
export type Earlier = (method: MethodName) => Record<string, unknown>;

export interface Step {
  method: MethodName;
  /** What the step is about, for the test's name (the same method is called more than once). */
  about?: string;
  input?: (earlier: Earlier) => unknown;
  /** A job's start: its status method, polled on each store until the job ends, and compared. */
  status?: MethodName;
  /** The reads that show a write's effect, compared after it. */
  then?: Step[];
}

const me = sampleStudent.studentNumber;
const student = (studentNumber: string): Step[] => [
  { method: 'plans.get', input: () => ({ studentNumber }) },
  { method: 'students.get', input: () => ({ studentNumber }) },
  { method: 'conferences.list', input: () => ({ studentNumber }) },
  { method: 'audit.forStudent', input: () => ({ studentNumber }) },
];
/** A plan's change: the plan, its student, the caseload's row of it, and its audit entries. */
const plan = (studentNumber = me): Step[] => [...student(studentNumber), { method: 'students.list' }];
const catalog: Step[] = [{ method: 'courses.list' }, { method: 'plans.get' }];

/** Every read of the contract the server answers, with its valid call. */
export const READS: Step[] = [
  { method: 'store.info' },
  { method: 'settings.get' },
  { method: 'labels.sheet' },
  { method: 'labels.sheet', about: 'blank', input: () => ({}) },
  { method: 'framework.get' },
  { method: 'framework.crosswalkXlsx' },
  { method: 'framework.migratePreview' },
  { method: 'sample.status' },
  { method: 'students.list' },
  { method: 'students.caseload' },
  { method: 'directory.list' },
  ...student(me),
  { method: 'courses.list' },
  { method: 'courses.plans' },
  { method: 'programs.list' },
  { method: 'programs.get' },
  { method: 'programs.export' },
  { method: 'requirements.get' },
  { method: 'requirements.get', about: 'the district default', input: () => ({ classYear: null }) },
  { method: 'print.preview' },
  { method: 'print.preview', about: 'in Spanish', input: () => ({ studentNumber: me, lang: 'es' }) },
  { method: 'print.layout' },
  { method: 'print.snapshots' },
  { method: 'roster.imports' },
  { method: 'history.imports' },
  { method: 'history.unmatched' },
  { method: 'reports.run' },
  { method: 'reports.run', about: 'the CTE report', input: () => ({ report: 'cte' }) },
  { method: 'reports.export' },
  { method: 'caseload.export' },
  { method: 'caseload.export', about: 'as a workbook of every student', input: () => ({ format: 'xlsx' }) },
  // Nothing of these on either store yet: the same refusal.
  { method: 'roster.previewStatus' },
  { method: 'roster.importStatus' },
  { method: 'roster.reportXlsx' },
  { method: 'history.previewStatus' },
  { method: 'history.importStatus' },
  { method: 'history.reportXlsx' },
  { method: 'print.status' },
  { method: 'print.reprint' },
  { method: 'requests.status' },
];

const conference = (earlier: Earlier) => earlier('conferences.add');

/** Every write the server answers, each followed by what shows its effect. */
export const WRITES: Step[] = [
  { method: 'settings.save', then: [{ method: 'settings.get' }, { method: 'print.preview' }] },
  { method: 'labels.import', then: [{ method: 'settings.get' }] },
  { method: 'labels.remove', then: [{ method: 'settings.get' }] },
  { method: 'students.add', then: [...student('T-900'), { method: 'students.list' }, { method: 'directory.list' }] },
  { method: 'students.update', then: plan() },
  { method: 'students.reassign', then: [...plan(), { method: 'directory.list' }] },
  {
    method: 'students.undoReassign',
    input: (earlier) => ({ changes: earlier('students.reassign').changed }),
    then: [...plan(), { method: 'directory.list' }],
  },
  { method: 'plans.update', then: plan() },
  { method: 'plans.undo', then: plan() },
  { method: 'plans.applyProgram', then: plan() },
  { method: 'plans.bulk', then: plan() },
  { method: 'plans.bulkUndo', input: (earlier) => ({ steps: earlier('plans.bulk').undo }), then: plan() },
  { method: 'conferences.add', then: plan() },
  {
    method: 'conferences.update',
    input: (earlier) => ({ ...validInputs['conferences.update'], id: conference(earlier).id, notes: 'Talked about welding.' }),
    then: plan(),
  },
  {
    method: 'conferences.remove',
    input: (earlier) => ({ id: conference(earlier).id, confirmHeldOn: conference(earlier).heldOn }),
    then: plan(),
  },
  { method: 'courses.add', about: 'a number the catalog holds', then: [{ method: 'courses.list' }] },
  { method: 'courses.add', about: 'a new course', input: () => ({ ...validInputs['courses.add'], number: 'ZZ900', title: 'Robotics Studio' }), then: catalog },
  { method: 'courses.edit', input: () => ({ ...validInputs['courses.edit'], title: 'English 9 (revised)' }), then: catalog },
  { method: 'courses.retire', input: () => ({ number: 'ZZ900', retired: true }), then: [...catalog, { method: 'courses.plans', input: () => ({ number: 'ZZ900' }) }] },
  { method: 'postsecondary.save', input: () => ({ ...validInputs['postsecondary.save'], credits: 4 }), then: [{ method: 'courses.list' }] },
  { method: 'programs.save', then: [{ method: 'programs.list' }, { method: 'programs.get', input: () => ({ id: validInputs['programs.save'].id }) }] },
  { method: 'programs.copy', then: [{ method: 'programs.list' }] },
  { method: 'programs.import', input: (earlier) => ({ fileName: 'programs-of-study.xlsx', base64: earlier('programs.export').base64 }), then: [{ method: 'programs.list' }] },
  { method: 'requirements.save', then: [{ method: 'requirements.get', input: () => ({ classYear: null }) }, ...plan()] },
  { method: 'catalog.preview', then: [{ method: 'courses.list' }] },
  { method: 'catalog.import', then: [{ method: 'courses.list' }] },
  { method: 'history.matchCourse', then: [{ method: 'history.unmatched' }] },
  { method: 'framework.migrate', then: [...plan('100134'), { method: 'framework.migratePreview' }, { method: 'framework.get' }] },
  { method: 'framework.migrateUndo', then: [...plan('100134'), { method: 'framework.migratePreview' }] },
  { method: 'jobs.cancel' },
  // Jobs: each polled to its end on both stores, then what it wrote read back.
  { method: 'roster.preview', status: 'roster.previewStatus' },
  { method: 'roster.import', status: 'roster.importStatus', then: [{ method: 'roster.imports' }, { method: 'students.list' }] },
  { method: 'history.preview', status: 'history.previewStatus' },
  { method: 'history.import', status: 'history.importStatus', then: [{ method: 'history.imports' }] },
  { method: 'print.start', about: 'no student in it', status: 'print.status' },
  {
    method: 'print.start',
    about: "one student's plan",
    input: () => ({ selection: { studentNumbers: [me] }, mode: 'combined' }),
    status: 'print.status',
    then: [{ method: 'print.snapshots' }, ...plan()],
  },
  { method: 'print.reprint', input: (earlier) => ({ snapshotId: (earlier('print.snapshots').snapshots as { id: number }[])[0]?.id ?? 1 }) },
  { method: 'requests.start', about: 'no student in it', status: 'requests.status' },
  {
    method: 'requests.start',
    about: 'every student, next year',
    input: () => ({ schoolYear: schoolYearText(schoolYearEnd(localIsoDate()) + 1), selection: { all: true }, preset: 'aeries', format: 'xlsx' }),
    status: 'requests.status',
  },
];

const fixture = (...path: string[]) => ({ fileName: path[path.length - 1]!, base64: readFileSync(join(__dirname, '..', 'fixtures', ...path)).toString('base64') });
const history = () => fixture('history', 'powerschool-storedgrades.csv');
const roster = () => fixture('roster', 'powerschool.csv');
const lastImport = (method: MethodName) => (earlier: Earlier) => ({ importId: (earlier(method).imports as { id: number }[])[0]!.id });

/**
 * The imports, on the sample school kept as the school's own (the sample school refuses them): a
 * course history, a roster, a catalog, programs of study, each followed by what it changed.
 */
export const IMPORTS: Step[] = [
  { method: 'history.preview', input: history, status: 'history.previewStatus' },
  {
    method: 'history.import',
    input: history,
    status: 'history.importStatus',
    then: [{ method: 'history.imports' }, { method: 'history.reportXlsx', input: lastImport('history.imports') }, { method: 'history.unmatched' }, ...plan('100148'), { method: 'reports.run' }],
  },
  { method: 'roster.preview', input: roster, status: 'roster.previewStatus' },
  // Refused: it would mark most of the school "not in latest roster".
  { method: 'roster.import', about: 'refused', input: roster, status: 'roster.importStatus', then: [{ method: 'roster.imports' }] },
  {
    method: 'roster.import',
    about: 'with the absent students confirmed',
    input: () => ({ ...roster(), allowAbsent: true }),
    status: 'roster.importStatus',
    then: [{ method: 'roster.imports' }, { method: 'roster.reportXlsx', input: lastImport('roster.imports') }, { method: 'students.list' }, { method: 'directory.list' }, ...student('000123')],
  },
  { method: 'catalog.preview', then: [{ method: 'courses.list' }] },
  { method: 'catalog.import', then: [{ method: 'courses.list' }] },
  { method: 'programs.export' },
  { method: 'programs.import', input: (earlier) => ({ fileName: 'programs-of-study.xlsx', base64: earlier('programs.export').base64 }), then: [{ method: 'programs.list' }] },
];

/** Every method's inputs, to check the sequence leaves none out. */
export function methodsIn(steps: Step[]): MethodName[] {
  return steps.flatMap((s) => [s.method, ...(s.status ? [s.status] : []), ...methodsIn(s.then ?? [])]);
}

const nextYear = () => schoolYearText(schoolYearEnd(localIsoDate()) + 1);
const yearReads = (studentNumber: (earlier: Earlier) => string): Step[] => [
  { method: 'year.status' },
  { method: 'students.list' },
  ...student(me),
  { method: 'students.get', input: (earlier) => ({ studentNumber: studentNumber(earlier) }) },
  { method: 'audit.forStudent', input: (earlier) => ({ studentNumber: studentNumber(earlier) }) },
];
/** A student the start graduated, as the caseload read after it lists them (the same on both stores). */
const aGraduate = (earlier: Earlier) => (earlier('students.list').students as { studentNumber: string; status: string }[]).find((s) => s.status === 'graduated')!.studentNumber;
const reactivated = (earlier: Earlier) => earlier('year.reactivate').studentNumber as string;

/**
 * The school year, last on the sample school (a start changes every student's grade): counted,
 * the refusals before any start, started, refused again, a graduate made active again, undone,
 * each followed by the year's status and the students it changed.
 */
export const YEAR: Step[] = [
  { method: 'year.status' },
  { method: 'year.start', about: 'counted, nothing written' },
  { method: 'year.undo', about: 'no start to undo' },
  { method: 'year.reactivate', about: 'a student not graduated', input: () => ({ studentNumber: me }) },
  { method: 'year.start', about: 'started', input: () => ({ schoolYear: nextYear() }), then: yearReads(() => me) },
  { method: 'year.start', about: 'the same year again', input: () => ({ schoolYear: nextYear() }) },
  { method: 'year.reactivate', about: 'a graduate', input: (earlier) => ({ studentNumber: aGraduate(earlier) }), then: yearReads(reactivated) },
  { method: 'year.undo', about: 'the start', then: yearReads(reactivated) },
];

const sampleReads: Step[] = [
  { method: 'sample.status' },
  { method: 'store.info' },
  { method: 'students.list' },
  { method: 'students.caseload' },
  { method: 'courses.list' },
  { method: 'programs.list' },
  { method: 'directory.list' },
];

/**
 * The sample school on an empty workstation and an empty department database (loading and removing
 * it changes the whole school): nothing to remove, loaded with a sample student's plan read back,
 * refused a second time, removed.
 */
export const SAMPLE: Step[] = [
  ...sampleReads,
  { method: 'sample.remove', about: 'none loaded' },
  { method: 'sample.load', then: [...sampleReads, ...student(me)] },
  { method: 'sample.load', about: 'already loaded' },
  { method: 'sample.remove', then: [...sampleReads, { method: 'plans.get', input: () => ({ studentNumber: me }) }] },
];
