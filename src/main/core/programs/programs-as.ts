import type { Kysely, Transaction } from 'kysely';
import { ProgramOfStudy as ProgramSchema, type PlanYear, type ProgramInput, type ProgramOfStudy } from '../../../shared/domain/program';
import { readAs, writeAs, type Actor } from '../accounts/actor';
import { recordAudit } from '../audit/log';
import type { StoreSchema } from '../store/store-schema';
import { checkProgramReferences, copyName, freeIdAmong, programRows, toProgram, unknownProgram, type ProgramRecord } from './repository';

/*
 * Programs of study on the department server (programs.get, programs.save, programs.copy) as the
 * signed-in account: the workstation's checks and sentences (repository.ts checkProgramReferences,
 * unknownProgram, copyName, freeIdAmong) and rows (programRows, toProgram) over typed reads and
 * writes. A save or copy is one writeAs transaction with one school-wide audit entry (no student:
 * a program is what "apply program" lays into many plans, so who changed it is the department's
 * to know). Who may write is the database's (migration 15: a lead, the operator): a counselor's
 * INSERT ... ON CONFLICT is refused by the insert policy with 42501.
 */

type Trx = Transaction<StoreSchema>;

async function findProgramIn(trx: Trx, id: string): Promise<ProgramOfStudy | null> {
  const record = await trx.selectFrom('program').selectAll().where('id', '=', id).executeTakeFirst();
  if (!record) return null;
  const courses = await trx.selectFrom('program_course').select(['year', 'course_code']).where('program_id', '=', id).orderBy('position').execute();
  return toProgram(record as unknown as ProgramRecord, courses as { year: PlanYear; course_code: string }[]);
}

export async function programIn(trx: Trx, id: string): Promise<ProgramOfStudy> {
  const program = await findProgramIn(trx, id);
  if (!program) throw unknownProgram(id);
  return program;
}

export function programAs(db: Kysely<StoreSchema>, actor: Actor | null, id: string): Promise<ProgramOfStudy> {
  return readAs(db, actor, (trx) => programIn(trx, id));
}

/** repository.ts saveProgram: parsed, its references checked against the store, replaced whole. */
async function writeProgram(trx: Trx, actor: Actor | null, input: ProgramInput, action: string, now: Date): Promise<ProgramOfStudy> {
  const program = ProgramSchema.parse(input);
  const [pathway, courses, entries] = await Promise.all([
    trx.selectFrom('career_pathway').select('code').where('code', '=', program.pathwayCode).executeTakeFirst(),
    trx.selectFrom('course').select('number').execute(),
    trx.selectFrom('postsecondary_entry').select('code').execute(),
  ]);
  const numbers = new Set(courses.map((c) => c.number));
  const codes = new Set(entries.map((e) => e.code));
  checkProgramReferences(program, { pathway: pathway !== undefined, course: (c) => numbers.has(c), entry: (c) => codes.has(c) });
  const before = await findProgramIn(trx, program.id);
  await replaceProgramIn(trx, program, now);
  await recordAudit(trx, actor, { studentNumber: null, action, detail: { before, after: program } }, now);
  return program;
}

/** The program's rows written whole, in the caller's transaction (its references checked by the caller). */
export async function replaceProgramIn(trx: Trx, program: ProgramOfStudy, now: Date): Promise<void> {
  const rows = programRows(program, now.toISOString());
  const { id: _id, ...changed } = rows.program;
  await trx.insertInto('program').values(rows.program).onConflict((oc) => oc.column('id').doUpdateSet(changed)).execute();
  await trx.deleteFrom('program_course').where('program_id', '=', program.id).execute();
  if (rows.courses.length > 0) await trx.insertInto('program_course').values(rows.courses).execute();
}

export function saveProgramAs(db: Kysely<StoreSchema>, actor: Actor | null, input: ProgramInput, now = new Date()): Promise<ProgramOfStudy> {
  return writeAs(db, actor, (trx) => writeProgram(trx, actor, input, 'programs.save', now));
}

export function copyProgramAs(db: Kysely<StoreSchema>, actor: Actor | null, id: string, name: string | undefined, now = new Date()): Promise<ProgramOfStudy> {
  return writeAs(db, actor, async (trx) => {
    const source = await programIn(trx, id);
    const newName = copyName(source, name);
    const ids = new Set((await trx.selectFrom('program').select('id').execute()).map((p) => p.id));
    return writeProgram(trx, actor, { ...source, id: freeIdAmong(newName, (candidate) => ids.has(candidate)), name: newName }, 'programs.copy', now);
  });
}

