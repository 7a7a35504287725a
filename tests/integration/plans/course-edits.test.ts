import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/core/api';
import type { Handlers } from '../../../src/main/core/dispatch';
import { importCatalog } from '../../../src/main/core/courses/catalog-import';
import { getCourse } from '../../../src/main/core/courses/repository';
import { dispatch } from '../../../src/main/core/dispatch';
import { resolvePlan } from '../../../src/main/core/plans/resolve';
import { updatePlan } from '../../../src/main/core/plans/update';
import type { Store } from '../../../src/main/core/store/connection';
import type { Course } from '../../../src/shared/domain/catalog';
import type { PlanView } from '../../../src/shared/domain/plan-view';
import { onStore, skipsStore, STORE_KINDS, useStoreHandlers, type StoreKind } from '../../helpers/store-pair';
import { useTempDir } from '../../helpers/temp';
import { pdfText, squeezed } from '../print/pdf-tools';
import { adoptSampleAsOwn, sampleStore, TODAY } from './stores';

const tempDir = useTempDir();

/** The sample school's course held by the most plans, and those plans' students. */
function heldCourse(store: Store): { course: Course; students: string[] } {
  const number = store.db
    .prepare('SELECT course_number FROM plan_course GROUP BY course_number ORDER BY count(DISTINCT student_number) DESC, course_number LIMIT 1')
    .pluck()
    .get() as string;
  const students = store.db.prepare('SELECT DISTINCT student_number FROM plan_course WHERE course_number = ? ORDER BY 1').pluck().all(number) as string[];
  return { course: getCourse(store.db, number), students };
}

const call = (store: Store, method: string, input: unknown) => dispatch(createHandlers(store), method, input);
const handlersOf = useStoreHandlers();

/** The sample school on the store asked for, its most-held course read first (the department's pass moves the file away). */
async function onKind(kind: StoreKind) {
  const store = await sampleStore(tempDir());
  const held = heldCourse(store);
  const handlers: Handlers = await handlersOf(kind, store);
  const ask = (method: string, input: unknown) => dispatch(handlers, method as 'plans.get', input);
  const plan = async (studentNumber: string) => {
    const answer = await ask('plans.get', { studentNumber });
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.value as PlanView;
  };
  const courseNamed = async (number: string) => {
    const answer = await ask('courses.list', {});
    if (!answer.ok) throw new Error(answer.error.message);
    return (answer.value as { courses: Course[] }).courses.find((c) => c.number === number);
  };
  return { ...held, ask, plan, courseNamed };
}

/** A grade-9-through-12 course's placements in a plan view: where it sits and what it counts. */
const placements = (view: PlanView, number: string) =>
  view.years.flatMap((y) => y.courses.filter((c) => c.courseNumber === number).map((c) => ({ year: y.year, credits: c.credits, area: c.area, inCatalog: c.inCatalog })));

// The scenarios through the methods alone run on the workstation's store and on the same school
// moved to the department server (as a lead); the one that imports a catalog file runs on SQLite.
describe.each(STORE_KINDS)('adding, editing and retiring a course %s', (kind) => {
  it.skipIf(skipsStore(kind))(`${onStore(kind)}: refuses to add a course whose number is in the catalog, naming that course, and leaves every plan holding it as it was`, async () => {
    const { course, students, ask, plan, courseNamed } = await onKind(kind);
    expect(students.length).toBeGreaterThan(1);
    const before = await Promise.all(students.map(plan));

    // Before this change "Add a course" upserted: this call rewrote the course's credits and area in every plan.
    const added = await ask('courses.add', { ...course, title: 'Something else', credits: 0.25, area: 'elective', retired: false });
    expect(added).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'conflict',
        message: `There is already a course ${course.number} (${course.title}). Edit it instead, or choose another number.`,
      }),
    });
    expect(await courseNamed(course.number)).toEqual(course);
    expect(await Promise.all(students.map(plan))).toEqual(before);

    const lower = await ask('courses.add', { ...course, number: course.number.toLowerCase(), title: 'Something else' });
    expect(lower).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining(`There is already a course ${course.number} (`) } });

    const fresh = await ask('courses.add', { ...course, number: 'NEW100', title: 'Drone Mapping', prerequisites: [], retired: true });
    expect(fresh).toMatchObject({ ok: true, value: { number: 'NEW100', title: 'Drone Mapping', retired: false } });
  });

  it.skipIf(skipsStore(kind))(`${onStore(kind)}: edits a course explicitly, says how many plans hold it, and refuses to edit a number that is not there`, async () => {
    const { course, students, ask, plan } = await onKind(kind);
    expect(await ask('courses.plans', { number: course.number })).toEqual({ ok: true, value: { number: course.number, plans: students.length } });

    const edited = await ask('courses.edit', { ...course, credits: 0.5 });
    expect(edited).toMatchObject({ ok: true, value: { number: course.number, credits: 0.5 } });
    expect(placements(await plan(students[0]!), course.number)[0]).toMatchObject({ credits: 0.5 });

    const missing = await ask('courses.edit', { ...course, number: 'ZZZ999' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found', message: 'No course numbered ZZZ999 is in the catalog; add it as a new course instead.' } });
  });

  it.skipIf(skipsStore(kind))(`${onStore(kind)}: prints a plan holding a retired course exactly as before it was retired`, async () => {
    const { course, students, ask } = await onKind(kind);
    const printed = async () => {
      const envelope = await ask('print.preview', { studentNumber: students[0]! });
      if (!envelope.ok) throw new Error(envelope.error.message);
      return pdfText(Buffer.from((envelope.value as { base64: string }).base64, 'base64'));
    };
    const before = await printed();
    expect(squeezed(before)).toContain(squeezed(course.title));
    await ask('courses.retire', { number: course.number, retired: true });
    expect(await printed()).toBe(before);
  });

  it.skipIf(skipsStore(kind))(`${onStore(kind)}: keeps a retired course retired across an edit`, async () => {
    const { course, ask } = await onKind(kind);
    await ask('courses.retire', { number: course.number, retired: true });
    const edited = await ask('courses.edit', { ...course, title: 'Renamed', retired: false });
    expect(edited).toMatchObject({ ok: true, value: { title: 'Renamed', retired: true } });
  });
});

describe('retiring a course, with a catalog import', () => {
  it('retires a course: plans keep it (shown, counted), new placements and programs are refused it, and bringing it back offers it again', async () => {
    const store = await sampleStore(tempDir());
    const { course, students } = heldCourse(store);
    const holder = students[0]!;
    const kept = placements(resolvePlan(store.db, holder, TODAY), course.number);
    const credits = resolvePlan(store.db, holder, TODAY).requirements.total;

    expect(await call(store, 'courses.retire', { number: course.number, retired: true })).toMatchObject({ ok: true, value: { retired: true } });
    const after = resolvePlan(store.db, holder, TODAY);
    expect(placements(after, course.number)).toEqual(kept);
    expect(kept[0]).toMatchObject({ inCatalog: true });
    expect(after.requirements.total).toEqual(credits);

    // A student whose plan does not hold it cannot be given it, through the API or a program.
    const other = '900011';
    const refused = await call(store, 'plans.update', { studentNumber: other, operation: { op: 'placeCourse', courseNumber: course.number, year: '12' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining(`${course.number} (${course.title}) is retired`) } });
    expect(placements(resolvePlan(store.db, other, TODAY), course.number)).toEqual([]);
    const programId = store.db.prepare('SELECT program_id FROM program_course WHERE course_code = ? LIMIT 1').pluck().get(course.number) as string | undefined;
    expect(programId).toBeDefined();
    const applied = await call(store, 'plans.applyProgram', { studentNumber: '900009', programId });
    expect(applied.ok).toBe(true);
    expect(placements(resolvePlan(store.db, '900009', TODAY), course.number)).toEqual([]);
    expect(resolvePlan(store.db, '900009', TODAY).years.flatMap((y) => y.courses).length).toBeGreaterThan(0);

    // A catalog import that lists it changes its title but does not bring it back.
    const csv = `Course Number,Course Title,Credits,Subject Area\n${course.number},${course.title} (revised),${course.credits},${course.area}\n`;
    adoptSampleAsOwn(store);
    const report = await importCatalog(store.db, new TextEncoder().encode(csv), 'catalog.csv', { now: TODAY });
    expect(report).toMatchObject({ updated: 1, rejected: [] });
    expect(getCourse(store.db, course.number)).toMatchObject({ title: `${course.title} (revised)`, retired: true });

    expect(await call(store, 'courses.retire', { number: course.number, retired: false })).toMatchObject({ ok: true, value: { retired: false } });
    await updatePlan(store.db, other, { op: 'placeCourse', courseNumber: course.number, year: '12' }, TODAY);
    expect(placements(resolvePlan(store.db, other, TODAY), course.number)).toHaveLength(1);
    store.close();
  });
});
