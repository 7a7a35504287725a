import { sampleStudents } from '../../src/main/core/sample/load';
import { SAMPLE_COURSES } from '../../src/main/core/sample/catalog';
import { SAMPLE_POSTSECONDARY } from '../../src/main/core/sample/postsecondary';
import { SAMPLE_PROGRAMS } from '../../src/main/core/sample/programs';
import type { MethodInput, MethodName } from '../../src/shared/contract';
import { localIsoDate } from '../../src/shared/domain/common';
import { WISCONSIN_MINIMUMS } from '../../src/shared/domain/requirements';
import { schoolYearEnd } from '../../src/shared/domain/school-year';
import { schoolYearText } from '../../src/shared/domain/year';
import type { Envelope } from '../../src/shared/errors';
import { xlsxContent } from './xlsx-content';

/**
 * A valid call of every method of the contract, and what in an answer differs from call to call,
 * shared by the tests that call every method (tests/integration/transports.test.ts: over IPC and
 * HTTP; both-stores.test.ts: on SQLite and on the department server's PostgreSQL), so a method
 * added to the contract is given its call once.
 */

/** The sample school's first student, as sample.load writes it. */
export const sampleStudent = sampleStudents(new Date())[0]!;

/** A valid call of every method. A method added to the contract without an entry here fails the type check. */
export const validInputs: { [M in MethodName]: MethodInput<M> } = {
  'store.info': {},
  'framework.get': {},
  'framework.crosswalkXlsx': {},
  'framework.migratePreview': {},
  // The sample school's three plans whose cluster goes two ways in 2024 (Agriculture).
  'framework.migrate': { picks: { '100134': 'AGR', '100152': 'AGR', '100116': 'ENR' } },
  'framework.migrateUndo': {},
  'students.list': {},
  'students.caseload': {},
  'directory.list': {},
  'students.get': { studentNumber: sampleStudent.studentNumber },
  'sample.load': {},
  'sample.status': {},
  'sample.remove': {},
  // An empty upload: the job starts (a random job id, compared without it: comparable) and fails at once.
  'roster.preview': { fileName: 'empty.csv', base64: '' },
  'roster.import': { fileName: 'empty.csv', base64: '' },
  'roster.previewStatus': { jobId: 'job-unknown' },
  'roster.importStatus': { jobId: 'job-unknown' },
  'jobs.cancel': { jobId: 'job-unknown' },
  'roster.imports': {},
  'roster.reportXlsx': { importId: 1 },
  'history.preview': { fileName: 'empty.csv', base64: '' },
  'history.import': { fileName: 'empty.csv', base64: '' },
  'history.previewStatus': { jobId: 'job-unknown' },
  'history.importStatus': { jobId: 'job-unknown' },
  'history.imports': {},
  'history.reportXlsx': { importId: 1 },
  'history.unmatched': {},
  'history.matchCourse': { courseNumber: 'TR-ENG9', title: 'English 9 (Lakeview Academy)', catalogNumber: 'ENG101' },
  'caseload.export': { format: 'csv', studentNumbers: [sampleStudent.studentNumber] },
  'reports.run': { report: 'plans', grade: 10 },
  'reports.export': { query: { report: 'cte' }, format: 'csv' },
  // No grade 6 in the sample school: the job starts (compared without its random id) and fails at once.
  'requests.start': { schoolYear: '2027-28', selection: { grade: 6 }, preset: 'powerschool', format: 'csv' },
  'requests.status': { jobId: 'job-unknown' },
  'courses.list': {},
  // The sample school's first course is in the catalog already: adding it again is refused (below).
  'courses.add': SAMPLE_COURSES[0]!,
  'courses.edit': SAMPLE_COURSES[0]!,
  'courses.retire': { number: SAMPLE_COURSES[0]!.number, retired: false },
  'courses.plans': { number: SAMPLE_COURSES[0]!.number },
  'postsecondary.save': SAMPLE_POSTSECONDARY[0]!,
  'catalog.preview': {
    fileName: 'catalog.csv',
    base64: Buffer.from('Course Number,Course Title,Credits,Department\nAG101,Intro to Agriscience,1,Agriculture\n').toString('base64'),
    areas: { 'Special Education': 'elective' },
  },
  'catalog.import': {
    fileName: 'catalog.csv',
    base64: Buffer.from('Course Number,Course Title,Credits,Subject Area\nENG999,Film as Literature,0.5,English\n').toString('base64'),
  },
  'programs.list': {},
  'programs.get': { id: 'electro-mechanical' },
  'programs.save': SAMPLE_PROGRAMS[0]!,
  'programs.copy': { id: 'welding' },
  'programs.export': {},
  // The workbook programs.export writes, filled in by each test once the sample school exists.
  'programs.import': { fileName: 'programs-of-study.xlsx', base64: '' },
  'requirements.get': { classYear: 2029 },
  'requirements.save': WISCONSIN_MINIMUMS,
  'plans.get': { studentNumber: sampleStudent.studentNumber },
  'plans.update': { studentNumber: sampleStudent.studentNumber, operation: { op: 'setNotes', notes: 'Met with the family.' } },
  'plans.undo': { studentNumber: sampleStudent.studentNumber },
  'plans.applyProgram': { studentNumber: sampleStudent.studentNumber, programId: 'welding' },
  'plans.bulk': { studentNumbers: [sampleStudent.studentNumber, '000000'], action: { kind: 'markReviewed' } },
  'plans.bulkUndo': { steps: [{ studentNumber: sampleStudent.studentNumber, revision: 1 }] },
  'print.preview': { studentNumber: sampleStudent.studentNumber },
  'print.layout': { studentNumber: sampleStudent.studentNumber, paper: 'a4' },
  // No grade 6 in the sample school: the job starts (compared without its random id) and fails at once.
  'print.start': { selection: { grade: 6 }, mode: 'combined' },
  'print.status': { jobId: 'job-unknown' },
  'print.snapshots': { studentNumber: sampleStudent.studentNumber },
  'print.reprint': { snapshotId: 1 },
  'conferences.list': { studentNumber: sampleStudent.studentNumber },
  'conferences.add': {
    studentNumber: sampleStudent.studentNumber,
    heldOn: localIsoDate(),
    studentAttended: true,
    guardians: [],
    others: null,
    language: 'English',
    interpreter: false,
    interpreterName: null,
    notes: null,
    printSnapshotId: null,
  },
  'conferences.update': {
    id: 1,
    heldOn: localIsoDate(),
    studentAttended: true,
    guardians: [],
    others: null,
    language: null,
    interpreter: false,
    interpreterName: null,
    notes: null,
    printSnapshotId: null,
  },
  'conferences.remove': { id: 1, confirmHeldOn: localIsoDate() },
  'store.backups': {},
  'store.restore': { file: 's-2026-11-01T02-00-00-000Z-daily.db' },
  'year.status': {},
  // A dry run of the next school year by the calendar: counts, writes nothing (no backup time to differ).
  'year.start': { schoolYear: schoolYearText(schoolYearEnd(localIsoDate()) + 1), dryRun: true },
  'year.undo': {},
  'year.reactivate': { studentNumber: '100107' },
  'audit.forStudent': { studentNumber: sampleStudent.studentNumber },
  'settings.get': {},
  'labels.sheet': { from: 'es' },
  // An empty upload: refused as unreadable, nothing stored.
  'labels.import': { fileName: 'empty.csv', base64: '' },
  'labels.remove': { code: 'hmn' },
  'students.add': { studentNumber: 'T-900', details: { firstName: 'Amara', lastName: 'Okafor', grade: 10, guardians: [{ name: 'Chidi Okafor', email: 'chidi@example.org' }] } },
  'students.update': { studentNumber: sampleStudent.studentNumber, changes: { homeroom: 'B-12' } },
  'students.reassign': { studentNumbers: [sampleStudent.studentNumber], counselor: 'Ms. Rivera' },
  'students.undoReassign': { changes: [{ studentNumber: sampleStudent.studentNumber, from: 'Ms. Alvarez', to: 'Ms. Rivera' }] },
  'settings.save': { schoolName: 'Lakeside High School', defaultPaper: 'a4', familyLanguage: 'family' },
  'workstation.get': {},
  // Nothing listens on port 1 of this machine: the probe's "nothing answers" sentence (transports.test's expectedErrors).
  'workstation.probe': { address: '127.0.0.1:1' },
  'workstation.connect': { origin: 'https://127.0.0.1:1', fingerprint256: 'AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB' },
  'workstation.disconnect': {},
};

/** Job ids are random per call: compare the rest. */
export function comparable(envelope: Envelope<unknown>): unknown {
  if (!envelope.ok || typeof envelope.value !== 'object' || envelope.value === null) return envelope;
  const value = envelope.value as Record<string, unknown>;
  // An .xlsx carries the second it was written (zip entry times, docProps): compare what it says.
  if (typeof value.fileName === 'string' && value.fileName.endsWith('.xlsx') && typeof value.base64 === 'string') {
    return { ...envelope, value: { ...value, base64: xlsxContent(Buffer.from(value.base64, 'base64')) } };
  }
  // A PDF carries the instant it was made (creation date, file ID): compare its size instead.
  if (typeof value.fileName === 'string' && value.fileName.endsWith('.pdf') && typeof value.base64 === 'string') {
    return { ...envelope, value: { ...value, base64: `pdf of ${Buffer.from(value.base64, 'base64').length} bytes` } };
  }
  // An audit entry carries the instant its change was saved.
  if (Array.isArray(value.entries)) {
    return { ...envelope, value: { ...value, entries: (value.entries as Record<string, unknown>[]).map((e) => ({ ...e, at: 'at-*' })) } };
  }
  // A move to 2024 is named by the instant it was applied.
  if (typeof value.migration === 'string') return { ...envelope, value: { ...value, migration: 'migration-*' } };
  // A record carries the instant it was written.
  if (typeof value.createdAt === 'string') return { ...envelope, value: { ...value, createdAt: 'at-*', updatedAt: 'at-*' } };
  // Settings saved carry the instant they were saved.
  if (typeof value.changedAt === 'string') return { ...envelope, value: { ...value, changedAt: 'at-*' } };
  // A backup's file name carries the instant it was taken.
  if (typeof value.backupPath === 'string') return { ...envelope, value: { ...value, backupPath: 'backup-*' } };
  if (!('jobId' in value)) return envelope;
  return { ...envelope, value: { ...value, jobId: 'job-*' } };
}
