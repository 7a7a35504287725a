import type { Kysely } from 'kysely';
import { writeAs, type Actor } from '../accounts/actor';
import { recordAudit } from '../audit/log';
import { saveCoursesIn } from '../courses/catalog-import-as';
import { catalogIn } from '../courses/catalog-reads';
import { refuseIfSampleSchoolIn } from '../store/sample-record';
import type { StoreSchema } from '../store/store-schema';
import { acceptProgram, readProgramsWorkbook, type ProgramImportReport } from './import';
import { replaceProgramIn } from './programs-as';
import { checkProgramReferences } from './repository';

/*
 * The programs import on the department server, as the signed-in lead: the workstation's reading
 * and per-program rule (import.ts readProgramsWorkbook, acceptProgram) over the catalog read here,
 * written in one writeAs transaction with one school-wide audit entry. The workbook is read
 * inside it, against the catalog it then writes upon, so a course added since is kept as the
 * department's (the local catalog wins). No backup file: the department database is backed up
 * by the district's own PostgreSQL backups. Who may write is the database's (migration 15).
 */

export function importProgramsAs(db: Kysely<StoreSchema>, actor: Actor | null, bytes: Uint8Array, fileName: string, now = new Date()): Promise<ProgramImportReport> {
  return writeAs(db, actor, async (trx) => {
    await refuseIfSampleSchoolIn(trx, 'programs of study');
    const catalog = await catalogIn(trx);
    const reading = await readProgramsWorkbook(bytes, fileName, catalog.courses, new Set(catalog.postsecondary.map((e) => e.code)));
    const { newCourses, newEntries, rejected } = reading;
    await saveCoursesIn(trx, newCourses, now);
    // repository.ts savePostsecondary's twin: only entries the department lacks, so nothing here overwrites its own.
    if (newEntries.length > 0) {
      await trx.insertInto('postsecondary_entry')
        .values(newEntries.map((e) => ({ code: e.code, institution: e.institution, program: e.program, course: e.course, credential_type: e.credentialType, credits: e.credits })))
        .execute();
    }
    const [pathways, courses, entries, programs] = await Promise.all([
      trx.selectFrom('career_pathway').select('code').execute(),
      trx.selectFrom('course').select('number').execute(),
      trx.selectFrom('postsecondary_entry').select('code').execute(),
      trx.selectFrom('program').select('id').execute(),
    ]);
    const known = { pathways: new Set(pathways.map((p) => p.code)), courses: new Set(courses.map((c) => c.number)), entries: new Set(entries.map((e) => e.code)) };
    const ids = new Set(programs.map((p) => p.id));
    const report: ProgramImportReport = { fileName, added: 0, updated: 0, coursesAdded: newCourses.length, postsecondaryAdded: newEntries.length, rejected };
    for (const candidate of reading.candidates) {
      const program = acceptProgram(candidate, (p) => checkProgramReferences(p, {
        pathway: known.pathways.has(p.pathwayCode), course: (c) => known.courses.has(c), entry: (c) => known.entries.has(c),
      }), rejected);
      if (!program) continue;
      if (ids.has(program.id)) report.updated++;
      else report.added++;
      ids.add(program.id);
      await replaceProgramIn(trx, program, now);
    }
    const { added, updated, coursesAdded, postsecondaryAdded } = report;
    await recordAudit(trx, actor, { studentNumber: null, action: 'programs.import', detail: { fileName, added, updated, coursesAdded, postsecondaryAdded, rejected: rejected.length } }, now);
    return report;
  });
}
