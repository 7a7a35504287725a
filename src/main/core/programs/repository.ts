import type { Database as Db } from 'better-sqlite3';
import type { CredentialType } from '../../../shared/domain/catalog';
import {
  PLAN_YEARS,
  ProgramOfStudy as ProgramSchema,
  emptyProgramYears,
  isHighSchoolYear,
  type ProgramInput,
  type ProgramOfStudy,
  type PlanYear,
} from '../../../shared/domain/program';
import { CounselorError } from '../../../shared/errors';
import { foldForSearch } from '../../../shared/text';
import { writeTransaction } from '../store/transaction';

export interface ProgramRecord {
  id: string;
  pathway_code: string;
  name: string;
  description: string;
  dual_credit_options: string;
  credentials: string;
  occupations: string;
  leads_to_type: CredentialType;
  leads_to_title: string;
  leads_to_institution: string;
  cluster_2024: string | null;
  subcluster_2024: string | null;
}

export function toProgram(r: ProgramRecord, courses: readonly { year: PlanYear; course_code: string }[]): ProgramOfStudy {
  const years = emptyProgramYears();
  for (const c of courses) years[c.year].push(c.course_code);
  return {
    id: r.id,
    pathwayCode: r.pathway_code,
    name: r.name,
    description: r.description,
    years,
    dualCreditOptions: JSON.parse(r.dual_credit_options) as string[],
    credentials: JSON.parse(r.credentials) as string[],
    leadsTo: { credentialType: r.leads_to_type, title: r.leads_to_title, institution: r.leads_to_institution },
    occupations: JSON.parse(r.occupations) as string[],
    // Left out when not set by hand (derived when read), so a program from before reads as it did.
    ...(r.cluster_2024 !== null ? { framework2024: { clusterCode: r.cluster_2024, subClusterCode: r.subcluster_2024 } } : {}),
  };
}

/** Programs in framework order (by pathway), then by name. */
export function listPrograms(db: Db): ProgramOfStudy[] {
  const records = db
    .prepare(
      `SELECT program.* FROM program JOIN career_pathway p ON p.code = program.pathway_code
         JOIN career_cluster c ON c.code = p.cluster_code
        ORDER BY c.position, p.position, program.name COLLATE NOCASE, program.id`,
    )
    .all() as ProgramRecord[];
  const courses = db
    .prepare('SELECT program_id, year, course_code FROM program_course ORDER BY program_id, year, position')
    .all() as { program_id: string; year: PlanYear; course_code: string }[];
  return records.map((r) => toProgram(r, courses.filter((c) => c.program_id === r.id)));
}

export function findProgram(db: Db, id: string): ProgramOfStudy | null {
  const record = db.prepare('SELECT * FROM program WHERE id = ?').get(id) as ProgramRecord | undefined;
  if (!record) return null;
  const courses = db
    .prepare('SELECT year, course_code FROM program_course WHERE program_id = ? ORDER BY position')
    .all(id) as { year: PlanYear; course_code: string }[];
  return toProgram(record, courses);
}

export function getProgram(db: Db, id: string): ProgramOfStudy {
  const program = findProgram(db, id);
  if (!program) throw unknownProgram(id);
  return program;
}

/** The one sentence for a program id the store does not hold. */
export function unknownProgram(id: string): CounselorError {
  return new CounselorError('not_found', `No program of study with id "${id}" is in the store.`);
}

/** Every code a program lists must exist: catalog courses in grades 9–12, postsecondary entries after. */
export function assertProgramReferences(db: Db, program: ProgramOfStudy): void {
  const course = db.prepare('SELECT 1 FROM course WHERE number = ?');
  const entry = db.prepare('SELECT 1 FROM postsecondary_entry WHERE code = ?');
  checkProgramReferences(program, {
    pathway: db.prepare('SELECT 1 FROM career_pathway WHERE code = ?').get(program.pathwayCode) !== undefined,
    course: (code) => course.get(code) !== undefined,
    entry: (code) => entry.get(code) !== undefined,
  });
}

/** The rule itself over what the store holds (either store's reads): is the pathway there, is each code. */
export function checkProgramReferences(
  program: ProgramOfStudy,
  known: { pathway: boolean; course: (code: string) => boolean; entry: (code: string) => boolean },
): void {
  if (!known.pathway) {
    throw new CounselorError('invalid_input', `Program "${program.name}" names career pathway ${program.pathwayCode}, which the framework does not have.`);
  }
  for (const year of PLAN_YEARS) {
    for (const code of program.years[year]) {
      const found = isHighSchoolYear(year) ? known.course(code) : known.entry(code);
      if (!found) {
        const what = isHighSchoolYear(year) ? 'course catalog' : 'postsecondary entries';
        const when = isHighSchoolYear(year) ? `grade ${year}` : `year ${year.slice(2)} after high school`;
        throw new CounselorError('invalid_input', `Program "${program.name}" lists ${code} in ${when}, which is not in the ${what}.`);
      }
    }
  }
}

/** A program as its row and its course rows in order (toProgram's inverse): both stores write these. */
export function programRows(program: ProgramOfStudy, updatedAt: string) {
  const courses: { program_id: string; year: PlanYear; position: number; course_code: string }[] = [];
  for (const year of PLAN_YEARS) for (const code of program.years[year]) courses.push({ program_id: program.id, year, position: courses.length, course_code: code });
  return {
    program: {
      id: program.id,
      pathway_code: program.pathwayCode,
      name: program.name,
      description: program.description,
      dual_credit_options: JSON.stringify(program.dualCreditOptions),
      credentials: JSON.stringify(program.credentials),
      occupations: JSON.stringify(program.occupations),
      leads_to_type: program.leadsTo.credentialType,
      leads_to_title: program.leadsTo.title,
      leads_to_institution: program.leadsTo.institution,
      cluster_2024: program.framework2024?.clusterCode ?? null,
      subcluster_2024: program.framework2024?.subClusterCode ?? null,
      updated_at: updatedAt,
    },
    courses,
  };
}

/** Inserts or replaces one program whole (its course lists included), in one transaction. */
export function saveProgram(db: Db, input: ProgramInput, now = new Date()): ProgramOfStudy {
  const program = ProgramSchema.parse(input);
  assertProgramReferences(db, program);
  const rows = programRows(program, now.toISOString());
  writeTransaction(db, () => {
    db.prepare(
      `INSERT INTO program (id, pathway_code, name, description, dual_credit_options, credentials, occupations,
          leads_to_type, leads_to_title, leads_to_institution, cluster_2024, subcluster_2024, updated_at)
       VALUES (@id, @pathway_code, @name, @description, @dual_credit_options, @credentials, @occupations,
          @leads_to_type, @leads_to_title, @leads_to_institution, @cluster_2024, @subcluster_2024, @updated_at)
       ON CONFLICT (id) DO UPDATE SET pathway_code = excluded.pathway_code, name = excluded.name,
          description = excluded.description, dual_credit_options = excluded.dual_credit_options,
          credentials = excluded.credentials, occupations = excluded.occupations, leads_to_type = excluded.leads_to_type,
          leads_to_title = excluded.leads_to_title, leads_to_institution = excluded.leads_to_institution,
          cluster_2024 = excluded.cluster_2024, subcluster_2024 = excluded.subcluster_2024, updated_at = excluded.updated_at`,
    ).run(rows.program);
    db.prepare('DELETE FROM program_course WHERE program_id = ?').run(program.id);
    const add = db.prepare('INSERT INTO program_course (program_id, year, position, course_code) VALUES (@program_id, @year, @position, @course_code)');
    for (const row of rows.courses) add.run(row);
  });
  return program;
}

/**
 * A copy to adapt (a district starts from a neighbour's program): a fresh id from the name,
 * "(copy)" added to the name unless the caller names it.
 */
export function copyProgram(db: Db, id: string, name?: string): ProgramOfStudy {
  const source = getProgram(db, id);
  const newName = copyName(source, name);
  return saveProgram(db, { ...source, id: freeProgramId(db, newName), name: newName });
}

/** A copy's name: the caller's, else the source's with "(copy)" (both stores). */
export function copyName(source: ProgramOfStudy, name?: string): string {
  return name?.trim() || `${source.name} (copy)`;
}

/** A readable id from a name ("Electro-Mechanical" → electro-mechanical), numbered when taken. */
export function freeProgramId(db: Db, name: string): string {
  const taken = db.prepare('SELECT 1 FROM program WHERE id = ?');
  return freeIdAmong(name, (candidate) => taken.get(candidate) !== undefined);
}

/** freeProgramId's rule over any store's answer to "is this id taken?". */
export function freeIdAmong(name: string, taken: (candidate: string) => boolean): string {
  const slug =
    foldForSearch(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50) || 'program';
  if (!taken(slug)) return slug;
  for (let n = 2; ; n++) if (!taken(`${slug}-${n}`)) return `${slug}-${n}`;
}
