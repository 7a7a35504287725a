import type { planMethods } from '../../../shared/methods/plans';
import { importCatalog, previewCatalog } from '../courses/catalog-import';
import { addCourse, editCourse, plansHoldingCourse, setCourseRetired } from '../courses/course-edits';
import { getCourse, listCourses, listPostsecondary, savePostsecondary } from '../courses/repository';
import type { HandlersOf } from '../dispatch';
import { exportPrograms } from '../programs/export';
import { importPrograms } from '../programs/import';
import { copyProgram, getProgram, listPrograms, saveProgram } from '../programs/repository';
import { requirementSetFor, saveRequirementSet } from '../requirements/repository';
import type { Store } from '../store/connection';
import { takeDailyBackup } from '../store/daily-backup';
import { resolvePlan } from './resolve';
import { applyProgramToPlan, undoLastChange, updatePlan } from './update';

/** Files arrive as base64 (the same over IPC and HTTP); decoded once here. */
const bytesOf = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));

export function planHandlers(store: Store): HandlersOf<typeof planMethods> {
  const { db } = store;
  /** Every edit a counselor makes by hand is covered by the day's backup (imports take their own). */
  const edit =
    <I, O>(write: (input: I) => O) =>
    async (input: I): Promise<Awaited<O>> => {
      await takeDailyBackup(db, store.path);
      return await write(input);
    };
  return {
    'courses.list': () => ({ courses: listCourses(db), postsecondary: listPostsecondary(db) }),
    'courses.add': edit((course) => addCourse(db, course)),
    'courses.edit': edit((course) => editCourse(db, course)),
    'courses.retire': edit(({ number, retired }) => setCourseRetired(db, number, retired)),
    'courses.plans': ({ number }) => ({ number: getCourse(db, number).number, plans: plansHoldingCourse(db, number) }),
    'postsecondary.save': edit((entry) => {
      savePostsecondary(db, [entry]);
      return listPostsecondary(db).find((e) => e.code === entry.code) ?? entry;
    }),
    'catalog.preview': ({ base64, fileName, sheet, areas }) =>
      previewCatalog(db, bytesOf(base64), fileName, { ...(sheet === undefined ? {} : { sheet }), ...(areas === undefined ? {} : { areas }) }),
    'catalog.import': ({ base64, fileName, sheet, areas }) =>
      importCatalog(db, bytesOf(base64), fileName, {
        storePath: store.path,
        ...(sheet === undefined ? {} : { sheet }),
        ...(areas === undefined ? {} : { areas }),
      }),
    'programs.list': () => ({ programs: listPrograms(db) }),
    'programs.get': ({ id }) => getProgram(db, id),
    'programs.save': edit((program) => saveProgram(db, program)),
    'programs.copy': edit(({ id, name }) => copyProgram(db, id, name)),
    'programs.export': async ({ ids }) => {
      const { fileName, bytes, count } = await exportPrograms(db, ids);
      return { fileName, base64: bytes.toString('base64'), count };
    },
    'programs.import': ({ base64, fileName }) => importPrograms(db, bytesOf(base64), fileName, { storePath: store.path }),
    'requirements.get': ({ classYear }) => requirementSetFor(db, classYear ?? null),
    'requirements.save': edit((set) => saveRequirementSet(db, set)),
    'plans.get': ({ studentNumber }) => resolvePlan(db, studentNumber),
    'plans.update': edit(({ studentNumber, operation }) => updatePlan(db, studentNumber, operation)),
    'plans.undo': edit(({ studentNumber }) => undoLastChange(db, studentNumber)),
    'plans.applyProgram': edit(({ studentNumber, programId }) => applyProgramToPlan(db, studentNumber, programId)),
  };
}
