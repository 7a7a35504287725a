import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCatalog } from '../../src/main/core/courses/catalog-import';
import { findCourse, saveCourses } from '../../src/main/core/courses/repository';
import type { TaskContext } from '../../src/main/core/jobs/task';
import { readPlan } from '../../src/main/core/plans/repository';
import { updatePlan } from '../../src/main/core/plans/update';
import { recordSnapshots } from '../../src/main/core/print/snapshots';
import { resolvePlan } from '../../src/main/core/plans/resolve';
import { exportPrograms } from '../../src/main/core/programs/export';
import { importPrograms } from '../../src/main/core/programs/import';
import { copyProgram, findProgram } from '../../src/main/core/programs/repository';
import { saveRequirementSet } from '../../src/main/core/requirements/repository';
import { importRoster, previewRoster, type ParsedRosterRequest } from '../../src/main/core/roster/import';
import { loadSampleSchool, sampleStudents } from '../../src/main/core/sample/load';
import { sampleStatus } from '../../src/main/core/store/sample-record';
import { removeSampleSchool } from '../../src/main/core/sample/remove';
import { openStore, type Store } from '../../src/main/core/store/connection';
import { listStudents } from '../../src/main/core/students/repository';
import { WISCONSIN_MINIMUMS } from '../../src/shared/domain/requirements';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
const fixture = (...parts: string[]) => join(__dirname, '..', 'fixtures', ...parts);
const TODAY = new Date('2026-11-28T12:00:00Z');

/** The sentence every import gives while the sample is there (the last words name what is imported). */
const REFUSAL = /^This store holds the sample school \(Lincoln High School\)\. Remove the sample school first \("Remove sample school" at the top of every page, or the command counselor demo --remove\), then import your /;

function roster(name: string): ParsedRosterRequest {
  return { fileName: name, base64: readFileSync(fixture('roster', name)).toString('base64'), markAbsent: true };
}

function taskContext(store: Store): TaskContext {
  return { db: store.db, storePath: store.path, progress: () => undefined, throwIfCancelled: () => undefined };
}

async function sampleStore(): Promise<Store> {
  const store = await openStore(join(tempDir(), 'counselor.db'));
  loadSampleSchool(store.db, TODAY);
  return store;
}

/** Every row of every table, as one comparable string: "the store is unchanged" means all of it. */
function wholeStore(db: Database.Database): string {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  return JSON.stringify(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY 1, 2`).all()]));
}

const count = (db: Database.Database, table: string, where = '1') => db.prepare(`SELECT count(*) FROM ${table} WHERE ${where}`).pluck().get() as number;

describe('a store holding the sample school', () => {
  it('says so, with how much of it there is', async () => {
    const store = await sampleStore();
    const status = sampleStatus(store.db);
    expect(status).toMatchObject({ loaded: true, school: 'Lincoln High School' });
    expect(status.students).toBe(sampleStudents(TODAY).length);
    expect(status.courses).toBe(count(store.db, 'course'));
    expect(status.programs).toBe(count(store.db, 'program'));
    expect(status.postsecondary).toBe(count(store.db, 'postsecondary_entry'));
    store.close();
    const empty = await openStore(join(tempDir(), 'empty.db'));
    expect(sampleStatus(empty.db)).toEqual({ loaded: false, school: null, students: 0, courses: 0, programs: 0, postsecondary: 0 });
    empty.close();
  });

  it('refuses a roster preview and import, a catalog import and a programs import with one sentence, and changes nothing', async () => {
    // The programs workbook another district would send: exported from a store of its own.
    const other = await sampleStore();
    const programsFile = await exportPrograms(other.db);
    other.close();

    const store = await sampleStore();
    const before = wholeStore(store.db);
    const refusals = [
      previewRoster(roster('powerschool.csv'), taskContext(store)),
      importRoster(roster('powerschool.csv'), taskContext(store)),
      importCatalog(store.db, readFileSync(fixture('catalog', 'district-catalog.csv')), 'district-catalog.csv', { storePath: store.path }),
      importPrograms(store.db, programsFile.bytes, programsFile.fileName, { storePath: store.path }),
    ];
    const messages: string[] = [];
    for (const attempt of refusals) {
      const error = await attempt.then(() => null, (e: unknown) => e as { code: string; message: string });
      expect(error).toMatchObject({ code: 'conflict' });
      messages.push(error!.message);
    }
    for (const m of messages) expect(m).toMatch(REFUSAL);
    expect(messages.map((m) => m.split('then import your ')[1])).toEqual(['roster.', 'roster.', 'course catalog.', 'programs of study.']);
    expect(wholeStore(store.db)).toBe(before);
    expect(existsSync(join(dirname(store.path), 'backups'))).toBe(false);
    // The defect this guards against: the sample's 100107 is Sofía Hernández with a plan; the
    // roster's 100107 is a real student who would have been given her plan.
    expect(listStudents(store.db, ['100107'])[0]).toMatchObject({ firstName: 'Sofía', lastName: 'Hernández' });
    store.close();
  });
});

describe('removing the sample school', () => {
  it('then importing a real roster gives its students no sample plan, history or printout', async () => {
    const store = await sampleStore();
    // The counselor looked around: edited a sample plan (history) and printed it (a snapshot).
    await updatePlan(store.db, '100107', { op: 'setNotes', notes: 'Looked at welding.' }, TODAY);
    const view = resolvePlan(store.db, '100107');
    recordSnapshots(store.db, [{ view, options: { lang: 'en', paper: 'letter', school: 'Lincoln High School', printedOn: '2026-11-28' }, printedAt: TODAY, pages: 1, sha256: 'a'.repeat(64), renderer: 'pdfkit 0.17.2, drawing 1' }]);
    expect(readPlan(store.db, '100107')).not.toBeNull();

    const removal = await removeSampleSchool(store.db, store.path, TODAY);
    expect(removal.removed.students).toBe(sampleStudents(TODAY).length);
    expect(removal.removed.plans).toBeGreaterThan(0);
    for (const table of ['student', 'guardian', 'plan', 'plan_course', 'plan_goal', 'plan_history', 'print_snapshot', 'course', 'course_pathway', 'program', 'program_course', 'postsecondary_entry', 'sample_item', 'sample_school']) {
      expect(count(store.db, table), table).toBe(0);
    }
    expect(sampleStatus(store.db).loaded).toBe(false);

    const report = await importRoster(roster('powerschool.csv'), taskContext(store));
    expect(report.counts).toMatchObject({ added: 4, updated: 0, absent: 0 });
    const real = listStudents(store.db, ['100107'])[0];
    expect(real).toMatchObject({ firstName: 'Thị Ánh', lastName: 'Nguyễn' });
    expect(readPlan(store.db, '100107')).toBeNull();
    expect(count(store.db, 'plan_history')).toBe(0);
    expect(count(store.db, 'print_snapshot')).toBe(0);
    // And the catalog import goes in too.
    const catalog = await importCatalog(store.db, readFileSync(fixture('catalog', 'district-catalog.csv')), 'district-catalog.csv', { storePath: store.path });
    expect(catalog.added).toBeGreaterThan(0);
    store.close();
  });

  it('keeps what the counselor added, and the sample courses a program they copied still lists', async () => {
    const store = await sampleStore();
    saveCourses(store.db, [{ number: 'WLD900', title: 'Advanced Pipe Welding', credits: 1, area: 'cte', grades: [11, 12], length: 'year', prerequisites: [], flags: { cte: true, ap: false, ib: false, honors: false, dualCredit: null }, repeatable: false, tags: [], scedCode: null, stateCode: null, pathwayCodes: [] }], TODAY);
    const copy = copyProgram(store.db, 'welding', 'Welding at our school');
    saveRequirementSet(store.db, { ...WISCONSIN_MINIMUMS, classYear: 2030, name: 'Class of 2030' }, TODAY);

    const removal = await removeSampleSchool(store.db, store.path, TODAY);

    expect(findCourse(store.db, 'WLD900')?.title).toBe('Advanced Pipe Welding');
    expect(findProgram(store.db, copy.id)?.name).toBe('Welding at our school');
    expect(count(store.db, 'requirement_set', 'class_year = 2030')).toBe(1);
    expect(findProgram(store.db, 'welding')).toBeNull();
    expect(count(store.db, 'student')).toBe(0);
    // The copy's courses and postsecondary entries stay (never deleted from under a program), listed as kept.
    const listed = Object.values(copy.years).flat();
    const hs = [...copy.years['9'], ...copy.years['10'], ...copy.years['11'], ...copy.years['12']];
    expect(removal.kept.courses).toEqual([...new Set(hs)].sort());
    expect(removal.kept.postsecondary).toEqual([...new Set([...copy.years.ps1, ...copy.years.ps2])].sort());
    expect(removal.kept.programs).toEqual([]);
    for (const code of listed) expect(count(store.db, 'course', `number = '${code}'`) + count(store.db, 'postsecondary_entry', `code = '${code}'`), code).toBe(1);
    // Everything else the sample loaded is gone: only the copy's courses and the counselor's own remain.
    expect(count(store.db, 'course')).toBe(removal.kept.courses.length + 1);
    expect(removal.removed.courses).toBeGreaterThan(0);
    expect(sampleStatus(store.db).loaded).toBe(false);
    store.close();
  });

  it('takes a backup first, and is one transaction: a failure part-way leaves the sample whole', async () => {
    const store = await sampleStore();
    const before = wholeStore(store.db);
    // A real failure inside the removal, after the students are deleted: a course refuses to go.
    store.db.exec("CREATE TRIGGER no_course_delete BEFORE DELETE ON course BEGIN SELECT RAISE(ABORT, 'course is locked'); END;");
    const withTrigger = wholeStore(store.db);
    await expect(removeSampleSchool(store.db, store.path, TODAY)).rejects.toThrow(/course is locked/);
    expect(wholeStore(store.db)).toBe(withTrigger);
    expect(sampleStatus(store.db).students).toBe(sampleStudents(TODAY).length);
    store.db.exec('DROP TRIGGER no_course_delete');

    const removal = await removeSampleSchool(store.db, store.path, new Date('2026-11-28T12:00:01Z'));
    expect(existsSync(removal.backupPath)).toBe(true);
    expect(removal.backupPath).toMatch(/before-sample-removal\.db$/);
    const backup = new Database(removal.backupPath, { readonly: true });
    expect(wholeStore(backup)).toBe(before);
    backup.close();
    expect(count(store.db, 'student')).toBe(0);
    await expect(removeSampleSchool(store.db, store.path)).rejects.toThrow(/does not hold the sample school/);
    store.close();
  });
});
