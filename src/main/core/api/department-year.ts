import type { Kysely } from 'kysely';
import type { Actor } from '../accounts/actor';
import type { StoreSchema } from '../store/store-schema';
import { reactivateGraduateAs, startSchoolYearAs, undoSchoolYearStartAs, yearStatusAs } from '../year/year-as';
import type { SomeHandlers } from './department';
import { schoolChange } from './department-edits';

/**
 * The school year on the department server (issue 16; year/year-as.ts): any account reads the
 * School year page, a lead starts, undoes and makes a graduate active again (method-roles.ts), and
 * the database's row-level security refuses anyone else's writes as well (schoolChange's sentence).
 */
export function departmentYear(db: Kysely<StoreSchema>, actor: Actor | null): SomeHandlers {
  return {
    'year.status': () => yearStatusAs(db, actor),
    'year.start': ({ schoolYear, dryRun }) => schoolChange(actor, 'year.start', () => startSchoolYearAs(db, actor, schoolYear, { dryRun: dryRun === true })),
    'year.undo': () => schoolChange(actor, 'year.undo', () => undoSchoolYearStartAs(db, actor)),
    'year.reactivate': ({ studentNumber }) => schoolChange(actor, 'year.reactivate', () => reactivateGraduateAs(db, actor, studentNumber)),
  };
}
