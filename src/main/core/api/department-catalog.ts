import type { Kysely } from 'kysely';
import { addCourseAs, coursePlansAs, editCourseAs, retireCourseAs, savePostsecondaryAs } from '../courses/course-edits-as';
import { readAs, type Actor } from '../accounts/actor';
import { catalogIn, programsIn } from '../plans/plan-view-reads';
import { programsWorkbook } from '../programs/export';
import { copyProgramAs, programAs, programIn, saveProgramAs } from '../programs/programs-as';
import { requirementsAs, saveRequirementsAs } from '../requirements/requirements-as';
import type { StoreSchema } from '../store/store-schema';
import type { SomeHandlers } from './department';
import { schoolChange } from './department-edits';

/**
 * The department server's catalog, programs and requirements (issue 16): a lead's edits, each the
 * workstation's rule over typed reads and writes in one writeAs transaction as the signed-in
 * account. The database's row-level security decides who writes (migration 15: a lead, the
 * operator); its refusal becomes the method gate's one sentence (schoolChange).
 */
export function departmentCatalog(db: Kysely<StoreSchema>, actor: Actor | null): SomeHandlers {
  return {
    'courses.add': (course) => schoolChange(actor, 'courses.add', () => addCourseAs(db, actor, course)),
    'courses.edit': (course) => schoolChange(actor, 'courses.edit', () => editCourseAs(db, actor, course)),
    'courses.retire': ({ number, retired }) => schoolChange(actor, 'courses.retire', () => retireCourseAs(db, actor, number, retired)),
    'courses.plans': ({ number }) => coursePlansAs(db, actor, number),
    'postsecondary.save': (entry) => schoolChange(actor, 'postsecondary.save', () => savePostsecondaryAs(db, actor, entry)),
    'programs.get': ({ id }) => programAs(db, actor, id),
    'programs.save': (program) => schoolChange(actor, 'programs.save', () => saveProgramAs(db, actor, program)),
    'programs.copy': ({ id, name }) => schoolChange(actor, 'programs.copy', () => copyProgramAs(db, actor, id, name)),
    'programs.export': async ({ ids }) => {
      // export.ts exportPrograms over typed reads: the chosen programs (all when none are named) and the catalog, one snapshot.
      const { programs, catalog } = await readAs(db, actor, async (trx) => ({
        programs: ids && ids.length > 0 ? await Promise.all(ids.map((id) => programIn(trx, id))) : await programsIn(trx),
        catalog: await catalogIn(trx),
      }));
      const { fileName, bytes, count } = await programsWorkbook(programs, catalog.courses, catalog.postsecondary);
      return { fileName, base64: bytes.toString('base64'), count };
    },
    'requirements.get': ({ classYear }) => requirementsAs(db, actor, classYear ?? null),
    'requirements.save': (set) => schoolChange(actor, 'requirements.save', () => saveRequirementsAs(db, actor, set)),
  };
}
