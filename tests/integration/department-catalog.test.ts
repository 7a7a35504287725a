import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { sql, type Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { addAccount } from '../../src/main/core/accounts/accounts';
import { readAs, type Actor } from '../../src/main/core/accounts/actor';
import { departmentHandlers } from '../../src/main/core/api/department';
import { addCourse, editCourse, plansHoldingCourse, setCourseRetired } from '../../src/main/core/courses/course-edits';
import { listCourses, listPostsecondary, savePostsecondary } from '../../src/main/core/courses/repository';
import { dispatch, type Handlers } from '../../src/main/core/dispatch';
import { exportPrograms } from '../../src/main/core/programs/export';
import { copyProgram, getProgram, listPrograms, saveProgram } from '../../src/main/core/programs/repository';
import { requirementSetFor, saveRequirementSet } from '../../src/main/core/requirements/repository';
import type { StoreSchema } from '../../src/main/core/store/store-schema';
import type { Course, CourseInput, PostsecondaryEntry } from '../../src/shared/domain/catalog';
import { PLAN_YEARS, type ProgramOfStudy } from '../../src/shared/domain/program';
import type { RequirementSet } from '../../src/shared/domain/requirements';
import { SKIPPED_WITHOUT_APP_ROLE, departmentFrom, useScratchPostgres, withoutAppRole } from '../helpers/postgres';
import { useTempDir } from '../helpers/temp';
import { historyStore } from './history/history-store';

/**
 * The department server's catalog edits (core/api/department-catalog.ts) on PostgreSQL, through
 * the role row-level security binds, over the sample school moved in from a workstation; the
 * workstation's own functions make the same edit on the same school's SQLite file, and the answers
 * (and refusals) must agree. A lead edits the catalog, a counselor cannot (the database refuses;
 * the gate's one sentence; nothing written, no audit entry).
 */

const tempDir = useTempDir();
const scratchDatabase = useScratchPostgres();

let file: Database.Database;
let pg: Kysely<StoreSchema>;
let counselor: Actor;
let lead: Actor;

beforeAll(async () => {
  if (withoutAppRole) return;
  const store = await historyStore(tempDir());
  const path = store.path;
  store.close();
  ({ file, pg } = await departmentFrom(scratchDatabase, path, { writable: true }));
  const account = async (userName: string, displayName: string, role: Actor['role']): Promise<Actor> => {
    await addAccount(pg, { userName, displayName, role, password: 'correct horse battery' });
    return { userName, displayName, role };
  };
  counselor = await account('first', 'Ms. First', 'counselor');
  lead = await account('lead', 'Dr. Lead', 'lead');
}, 120_000);

async function call(actor: Actor, method: string, input: unknown) {
  return dispatch(departmentHandlers(pg)(actor) as Handlers, method, input, true);
}

async function ok<T>(actor: Actor, method: string, input: unknown): Promise<T> {
  const answer = await call(actor, method, input);
  if (!answer.ok) throw new Error(`${method} refused: ${answer.error.code} ${answer.error.message}`);
  return answer.value as T;
}

/** What the workstation's call answers or throws, as the server's envelope says it. */
export function workstation<T>(fn: () => T): { ok: true; value: T } | { ok: false; error: { code: string; message: string; details?: unknown } } {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    const { code, message, details } = e as { code: string; message: string; details?: unknown };
    return { ok: false, error: { code, message, ...(details === undefined ? {} : { details }) } };
  }
}

/** The school-wide audit entries (no student) one account wrote, newest first. */
const schoolAudit = async (userName: string) =>
  (await readAs(pg, lead, (trx) => trx.selectFrom('audit_entry').select('action').where('student_number', 'is', null).where('user_name', '=', userName).orderBy('id', 'desc').execute())).map((r) => r.action);

/** Every sheet's cell values, by name: what a receiving district's import reads. */
async function cells(bytes: Buffer): Promise<Record<string, unknown>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return Object.fromEntries(book.worksheets.map((w) => [w.name, w.getSheetValues()]));
}

const catalog = () => ok<{ courses: Course[]; postsecondary: PostsecondaryEntry[] }>(counselor, 'courses.list', {});

describe.skipIf(withoutAppRole)(`the department server's catalog on PostgreSQL${withoutAppRole ? ` (${SKIPPED_WITHOUT_APP_ROLE})` : ''}`, () => {
  it('adds, edits and retires a course and saves a postsecondary entry as the workstation does, each with its audit entry', async () => {
    expect(await catalog()).toEqual({ courses: listCourses(file), postsecondary: listPostsecondary(file) });
    const held = file.prepare('SELECT course_number FROM plan_course GROUP BY course_number ORDER BY count(*) DESC LIMIT 1').pluck().get() as string;
    const template = listCourses(file).find((c) => c.number === held)!;
    expect(plansHoldingCourse(file, held)).toBeGreaterThan(0);
    expect(await ok(counselor, 'courses.plans', { number: held })).toEqual({ number: held, plans: plansHoldingCourse(file, held) });

    const added: CourseInput = { ...template, number: 'ZZ900', title: 'Robotics Studio', prerequisites: [[held]], retired: true };
    const onServer = await ok<Course>(lead, 'courses.add', added);
    expect(onServer).toEqual(addCourse(file, added));
    expect(onServer.retired).toBe(false);

    const edited: CourseInput = { ...added, title: 'Robotics Studio II', credits: 0.5, tags: ['stem'] };
    expect(await ok(lead, 'courses.edit', edited)).toEqual(editCourse(file, edited));
    expect(await ok(lead, 'courses.retire', { number: 'ZZ900', retired: true })).toEqual(setCourseRetired(file, 'ZZ900', true));
    // An edit keeps it retired, on both stores.
    const unretiring = { ...edited, title: 'Robotics', retired: false };
    expect(await ok(lead, 'courses.edit', unretiring)).toEqual(editCourse(file, unretiring));
    expect((await catalog()).courses.find((c) => c.number === 'ZZ900')).toMatchObject({ title: 'Robotics', retired: true });

    const entry: PostsecondaryEntry = { code: 'MATC-ROB', institution: 'Madison College', program: 'Robotics', course: 'Intro to Robotics', credentialType: 'associate', credits: 3 };
    expect(await ok(lead, 'postsecondary.save', entry)).toEqual(entry);
    savePostsecondary(file, [entry]);
    expect(await catalog()).toEqual({ courses: listCourses(file), postsecondary: listPostsecondary(file) });
    expect(await schoolAudit('lead')).toEqual(['postsecondary.save', 'courses.edit', 'courses.retire', 'courses.edit', 'courses.add']);
  }, 60_000);

  it('refuses what the workstation refuses, in the same sentences, and writes nothing', async () => {
    const template = listCourses(file)[0]!;
    const before = await catalog();
    for (const bad of [
      { ...template, number: template.number.toLowerCase(), title: 'Taken' },
      { ...template, number: 'ZZ901', prerequisites: [['NOPE1']] },
      { ...template, number: 'ZZ902', pathwayCodes: ['ZZ-ZZZ'] },
      { ...template, number: 'ZZ903', prerequisites: [['ZZ903']] },
    ]) {
      expect(await call(lead, 'courses.add', bad), bad.number).toEqual(workstation(() => addCourse(file, bad)));
    }
    const unknown = { ...template, number: 'ZZ999' };
    expect(await call(lead, 'courses.edit', unknown)).toEqual(workstation(() => editCourse(file, unknown)));
    expect(await call(lead, 'courses.retire', { number: 'ZZ999', retired: true })).toEqual(workstation(() => setCourseRetired(file, 'ZZ999', true)));
    expect(await call(lead, 'courses.plans', { number: 'ZZ999' })).toMatchObject({ ok: false, error: { code: 'not_found', message: 'No course numbered ZZ999 is in the catalog.' } });
    expect(await catalog()).toEqual(before);
    expect(await catalog()).toEqual({ courses: listCourses(file), postsecondary: listPostsecondary(file) });
  }, 60_000);

  it("refuses a counselor's catalog edits in the gate's one sentence (the database decides), and writes nothing", async () => {
    const before = await catalog();
    const course = before.courses[0]!;
    for (const [method, input] of [
      ['courses.add', { ...course, number: 'ZZ950' }],
      ['courses.edit', { ...course, title: 'Not mine to change' }],
      ['courses.retire', { number: course.number, retired: !course.retired }],
      ['postsecondary.save', { code: 'MINE', institution: 'X', program: 'Y', course: 'Z', credentialType: 'certificate', credits: null }],
    ] as const) {
      expect(await call(counselor, method, input), method).toEqual({
        ok: false,
        error: { code: 'forbidden', message: `Your account (counselor) may not use ${method}; ask a lead counselor to do it.` },
      });
    }
    expect(await catalog()).toEqual(before);
    expect(await schoolAudit('first')).toEqual([]);
  }, 60_000);

  it("reads, saves and copies programs and saves a class's requirements as the workstation does, each with its audit entry", async () => {
    const [first] = listPrograms(file);
    expect(first).toBeDefined();
    expect(await ok(counselor, 'programs.get', { id: first!.id })).toEqual(getProgram(file, first!.id));
    expect(await call(counselor, 'programs.get', { id: 'no-such' })).toEqual(workstation(() => getProgram(file, 'no-such')));

    const changed: ProgramOfStudy = { ...first!, name: `${first!.name} (revised)`, description: 'Revised by the lead.', years: { ...first!.years, [PLAN_YEARS[0]!]: first!.years[PLAN_YEARS[0]!].slice(1) } };
    expect(await ok(lead, 'programs.save', changed)).toEqual(saveProgram(file, changed));
    for (const name of [undefined, undefined, '  Robotics Pathway  ']) {
      expect(await ok(lead, 'programs.copy', { id: first!.id, ...(name === undefined ? {} : { name }) })).toEqual(copyProgram(file, first!.id, name));
    }
    expect(await ok(counselor, 'programs.list', {})).toEqual({ programs: listPrograms(file) });

    // The exchange workbook: the same sheets and cells from either store (all programs, and one).
    for (const ids of [undefined, [first!.id]]) {
      const served = await ok<{ fileName: string; base64: string; count: number }>(counselor, 'programs.export', ids === undefined ? {} : { ids });
      const made = await exportPrograms(file, ids);
      expect({ fileName: served.fileName, count: served.count }).toEqual({ fileName: made.fileName, count: made.count });
      expect(await cells(Buffer.from(served.base64, 'base64'))).toEqual(await cells(made.bytes));
    }
    expect(await call(counselor, 'programs.export', { ids: ['no-such'] })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const wrong: ProgramOfStudy = { ...first!, years: { ...first!.years, [PLAN_YEARS[1]!]: ['NOPE9'] } };
    expect(await call(lead, 'programs.save', wrong)).toEqual(workstation(() => saveProgram(file, wrong)));
    expect(await call(lead, 'programs.copy', { id: 'no-such' })).toEqual(workstation(() => copyProgram(file, 'no-such')));

    for (const classYear of [null, 2027, 2031]) {
      expect(await ok(counselor, 'requirements.get', { classYear }), String(classYear)).toEqual(requirementSetFor(file, classYear));
    }
    const base = requirementSetFor(file, null);
    const own: RequirementSet = { ...base, classYear: 2031, name: 'Class of 2031', totalCredits: base.totalCredits + 1 };
    expect(await ok(lead, 'requirements.save', own)).toEqual(saveRequirementSet(file, own));
    const again: RequirementSet = { ...own, totalCredits: own.totalCredits + 1, areas: own.areas.slice(1) };
    expect(await ok(lead, 'requirements.save', again)).toEqual(saveRequirementSet(file, again));
    // The district's default replaced too (no class year: the store's NULL).
    const district: RequirementSet = { ...base, name: `${base.name} (revised)` };
    for (const set of [district, { ...district, totalCredits: district.totalCredits + 2 }]) {
      expect(await ok(lead, 'requirements.save', set)).toEqual(saveRequirementSet(file, set));
    }
    expect(await ok(counselor, 'requirements.get', { classYear: 2031 })).toEqual(requirementSetFor(file, 2031));
    expect(await ok(counselor, 'requirements.get', { classYear: null })).toEqual(requirementSetFor(file, null));
    expect(await ok(counselor, 'requirements.get', { classYear: 2029 })).toEqual(requirementSetFor(file, 2029));
    expect((await schoolAudit('lead')).slice(0, 8)).toEqual(['requirements.save', 'requirements.save', 'requirements.save', 'requirements.save', 'programs.copy', 'programs.copy', 'programs.copy', 'programs.save']);
  }, 60_000);

  it("refuses a counselor's programs and requirements in the gate's one sentence, and writes nothing", async () => {
    const programs = await ok<{ programs: ProgramOfStudy[] }>(counselor, 'programs.list', {});
    const first = programs.programs[0]!;
    const requirements = await ok<RequirementSet>(counselor, 'requirements.get', { classYear: null });
    for (const [method, input] of [
      ['programs.save', { ...first, name: 'Not mine to change' }],
      ['programs.copy', { id: first.id }],
      ['requirements.save', { ...requirements, totalCredits: 1 }],
      ['requirements.save', { ...requirements, classYear: 2040 }],
    ] as const) {
      expect(await call(counselor, method, input), method).toEqual({
        ok: false,
        error: { code: 'forbidden', message: `Your account (counselor) may not use ${method}; ask a lead counselor to do it.` },
      });
    }
    expect(await ok(counselor, 'programs.list', {})).toEqual(programs);
    expect(await ok(counselor, 'requirements.get', { classYear: null })).toEqual(requirements);
    expect(await ok(counselor, 'requirements.get', { classYear: 2040 })).toEqual(requirements);
    expect(await schoolAudit('first')).toEqual([]);
  }, 60_000);

  it('writes nothing when a change fails half way: the set or program it replaced is still there whole', async () => {
    // The database itself fails the last rows a save writes, after the old ones are deleted.
    await sql.raw(`CREATE FUNCTION fail_late() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'failed half way'; END $$;
      CREATE TRIGGER fail_area BEFORE INSERT ON requirement_area FOR EACH ROW EXECUTE FUNCTION fail_late();
      CREATE TRIGGER fail_program_course BEFORE INSERT ON program_course FOR EACH ROW EXECUTE FUNCTION fail_late();`).execute(pg);
    try {
      const set = await ok<RequirementSet>(counselor, 'requirements.get', { classYear: 2031 });
      const program = (await ok<{ programs: ProgramOfStudy[] }>(counselor, 'programs.list', {})).programs[0]!;
      expect(await call(lead, 'requirements.save', { ...set, name: 'Half' })).toMatchObject({ ok: false, error: { code: 'internal' } });
      expect(await call(lead, 'programs.save', { ...program, name: 'Half' })).toMatchObject({ ok: false, error: { code: 'internal' } });
      expect(await ok(counselor, 'requirements.get', { classYear: 2031 })).toEqual(set);
      expect(await ok(counselor, 'programs.get', { id: program.id })).toEqual(program);
      expect((await schoolAudit('lead')).filter((a) => a === 'requirements.save').length).toBe(4);
    } finally {
      await sql.raw('DROP TRIGGER fail_area ON requirement_area; DROP TRIGGER fail_program_course ON program_course; DROP FUNCTION fail_late();').execute(pg);
    }
  }, 60_000);
});
