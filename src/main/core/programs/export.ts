import type { Database as Db } from 'better-sqlite3';
import { SUBJECT_AREA_LABELS, type Course } from '../../../shared/domain/catalog';
import { choice2024Code } from '../../../shared/domain/framework-choice';
import { PLAN_YEARS, isHighSchoolYear, type ProgramOfStudy } from '../../../shared/domain/program';
import { CounselorError } from '../../../shared/errors';
import { listCourses, listPostsecondary } from '../courses/repository';
import type { ExportTable } from '../spreadsheet/export-table';
import { writeXlsx } from '../spreadsheet/write-xlsx';
import { getProgram, listPrograms } from './repository';

/**
 * Programs of study as a workbook districts can share: one sheet of programs, one of their
 * courses by year, the postsecondary entries they lead into, and the catalog rows of every
 * course they use (headed as the catalog import reads them), so the receiving district gets
 * what it needs to apply them. Lists inside a cell are one item per line.
 */
export const SHEETS = { programs: 'Programs', courses: 'Program Courses', postsecondary: 'Postsecondary', catalog: 'Catalog' } as const;

/**
 * The program's 2024 tag as a lead set it: a cluster ("HHS") or sub-cluster ("HHS-PHH") code; blank
 * when derived from the pathway (so a derived tag stays derived through a round trip). Optional on
 * import: a file from before it existed loads with every tag derived.
 */
export const FRAMEWORK_2024_HEADER = '2024 Cluster or Sub-cluster';

export const PROGRAM_HEADERS = [
  'ID', 'Pathway Code', 'Name', 'Description', 'Leads To Type', 'Leads To Title', 'Leads To Institution',
  'Dual Credit Options', 'Credentials', 'Occupations', FRAMEWORK_2024_HEADER,
] as const;
export const PROGRAM_COURSE_HEADERS = ['Program ID', 'Year', 'Position', 'Code'] as const;
export const POSTSECONDARY_HEADERS = ['Code', 'Institution', 'Program', 'Course', 'Credential Type', 'Credits'] as const;
const CATALOG_HEADERS = [
  'Course Number', 'Course Title', 'Credits', 'Subject Area', 'Grades', 'Length', 'Prerequisites', 'Flags', 'Tags',
  'SCED Code', 'State Course Code', 'Career Pathways',
] as const;

export const LIST_SEPARATOR = '\n';

function flagWords(c: Course): string {
  const words = [c.flags.cte && 'CTE', c.flags.ap && 'AP', c.flags.ib && 'IB', c.flags.honors && 'Honors', c.repeatable && 'Repeatable'];
  const dual = { start_college_now: 'Start College Now', early_college_credit: 'Early College Credit', transcripted_credit: 'Transcripted Credit' };
  if (c.flags.dualCredit) words.push(dual[c.flags.dualCredit]);
  return words.filter((w): w is string => typeof w === 'string').join(', ');
}

/** A course and, transitively, its prerequisites: a catalog sheet that imports on its own. */
function withPrerequisites(numbers: Iterable<string>, catalog: ReadonlyMap<string, Course>): Course[] {
  const wanted = new Set<string>();
  const visit = (n: string) => {
    if (wanted.has(n) || !catalog.has(n)) return;
    wanted.add(n);
    for (const p of catalog.get(n)!.prerequisites.flat()) visit(p);
  };
  for (const n of numbers) visit(n);
  return [...catalog.values()].filter((c) => wanted.has(c.number));
}

export function programTables(programs: readonly ProgramOfStudy[], courses: readonly Course[], entries: ReturnType<typeof listPostsecondary>): ExportTable[] {
  const catalog = new Map(courses.map((c) => [c.number, c]));
  const used = programs.flatMap((p) => PLAN_YEARS.filter(isHighSchoolYear).flatMap((y) => p.years[y]));
  const psUsed = new Set(programs.flatMap((p) => [...p.years.ps1, ...p.years.ps2]));
  const column = (header: string, width = Math.max(10, header.length + 2)) => ({ header, width });
  return [
    {
      sheetName: SHEETS.programs,
      columns: PROGRAM_HEADERS.map((h) => column(h, h === 'Description' ? 60 : h === 'Name' ? 30 : undefined)),
      rows: programs.map((p) => [
        p.id, p.pathwayCode, p.name, p.description, p.leadsTo.credentialType, p.leadsTo.title, p.leadsTo.institution,
        p.dualCreditOptions.join(LIST_SEPARATOR), p.credentials.join(LIST_SEPARATOR), p.occupations.join(LIST_SEPARATOR),
        p.framework2024 ? choice2024Code(p.framework2024) : '',
      ]),
    },
    {
      sheetName: SHEETS.courses,
      columns: PROGRAM_COURSE_HEADERS.map((h) => column(h)),
      rows: programs.flatMap((p) => PLAN_YEARS.flatMap((y) => p.years[y].map((code, i) => [p.id, y, i + 1, code]))),
    },
    {
      sheetName: SHEETS.postsecondary,
      columns: POSTSECONDARY_HEADERS.map((h) => column(h, h === 'Course' || h === 'Program' ? 30 : undefined)),
      rows: entries.filter((e) => psUsed.has(e.code)).map((e) => [e.code, e.institution, e.program, e.course, e.credentialType, e.credits]),
    },
    {
      sheetName: SHEETS.catalog,
      columns: CATALOG_HEADERS.map((h) => column(h, h === 'Course Title' ? 30 : undefined)),
      rows: withPrerequisites(used, catalog).map((c) => [
        c.number, c.title, c.credits, SUBJECT_AREA_LABELS[c.area], c.grades.join(', '), c.length,
        c.prerequisites.map((g) => g.join(' or ')).join('; '), flagWords(c), c.tags.join(', '),
        c.scedCode, c.stateCode, c.pathwayCodes.join('; '),
      ]),
    },
  ];
}

/** The chosen programs (all when none are named) as an .xlsx, named for what it holds. */
export async function exportPrograms(db: Db, ids?: readonly string[]): Promise<{ fileName: string; bytes: Buffer; count: number }> {
  const programs = ids && ids.length > 0 ? ids.map((id) => getProgram(db, id)) : listPrograms(db);
  return programsWorkbook(programs, listCourses(db), listPostsecondary(db));
}

/** The workbook of the chosen programs, over either store's reads (the department server reads them typed). */
export async function programsWorkbook(programs: readonly ProgramOfStudy[], courses: readonly Course[], entries: ReturnType<typeof listPostsecondary>): Promise<{ fileName: string; bytes: Buffer; count: number }> {
  if (programs.length === 0) throw new CounselorError('not_found', 'There are no programs of study to export yet.');
  const tables = programTables(programs, courses, entries);
  const bytes = await writeXlsx(tables);
  const fileName = programs.length === 1 ? `program-${programs[0]!.id}.xlsx` : 'programs-of-study.xlsx';
  return { fileName, bytes, count: programs.length };
}
