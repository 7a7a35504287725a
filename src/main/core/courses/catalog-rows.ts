import { Course as CourseSchema, type Course, type SubjectArea } from '../../../shared/domain/catalog';
import { describeColumn } from '../roster/mapping';
import type { Parsed } from '../roster/parsed';
import type { RejectedCell, SkippedRow } from '../roster/rows';
import { isBlankRow, type CellTable } from '../spreadsheet/table';
import { CATALOG_FIELD_LABELS, type CatalogColumns, type CatalogField } from './catalog-fields';
import { parseArea, parseCredits, parseDualCredit, parseFlags, parseGrades, parseLength, parsePathways, parseTags, parseYesNo } from './catalog-values';

export interface CatalogRow {
  rowNumber: number;
  course: Course;
}

export interface CatalogRows {
  rows: CatalogRow[];
  rejected: RejectedCell[];
  skipped: SkippedRow[];
}

/** Courses already in the store, so a prerequisite may name one the file does not list. */
export interface KnownCourses {
  numbers: ReadonlySet<string>;
  /** Title key (see titleKey) → course number. */
  titles: ReadonlyMap<string, string>;
}

export const titleKey = (title: string) => title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const NO_PREREQUISITE = /^(none|n\/?a|-+|no)$/i;
/** Report footers ("Total courses: 17", "Printed 11/20/2026", "Page 3"), whichever column they land in. */
const FOOTER_WORDS = /^(grand\s+total|total|count|number of courses|printed|run date|end of report|page\s+\d)\b/i;

/**
 * "Algebra 1 or Integrated Math 1, and Geometry" → [[MTH101, MTH111], [MTH201]]. Groups are
 * separated by ';' or ',', alternatives by 'or' or '|'; each names a course by number or title.
 * A piece that names no course but holds "and" is read as several groups ("Algebra 1 and Geometry").
 */
export function parsePrerequisites(text: string, resolve: (name: string) => string | null): Parsed<string[][]> {
  const value = text.trim();
  if (value === '' || NO_PREREQUISITE.test(value)) return { ok: true, value: [] };
  const groups: string[][] = [];
  for (const piece of value.split(/\s*[;,]\s*/).map((p) => p.replace(/^and\s+/i, '').trim()).filter((p) => p !== '')) {
    const alternatives = piece.split(/\s+or\s+|\s*\|\s*/i).map((a) => a.trim()).filter((a) => a !== '');
    const resolved = alternatives.map(resolve);
    if (resolved.every((r) => r !== null)) {
      groups.push([...new Set(resolved as string[])]);
      continue;
    }
    const parts = alternatives.length === 1 ? piece.split(/\s+and\s+/i) : [];
    const split = parts.map(resolve);
    if (parts.length > 1 && split.every((r) => r !== null)) {
      for (const r of split as string[]) groups.push([r]);
      continue;
    }
    const unknown = alternatives[resolved.findIndex((r) => r === null)] ?? piece;
    return { ok: false, reason: `Prerequisite "${unknown}" is not a course in this file or the catalog; name it by its course number or exact title.` };
  }
  return { ok: true, value: groups };
}

/** Where a schema complaint about a course property points in the file. */
const SCHEMA_FIELD: Record<string, CatalogField> = {
  number: 'number', title: 'title', credits: 'credits', area: 'area', grades: 'grades', length: 'length',
  prerequisites: 'prerequisites', tags: 'tags', scedCode: 'scedCode', stateCode: 'stateCode', pathwayCodes: 'pathways',
};

interface Draft {
  rowNumber: number;
  cells: (field: CatalogField) => string;
  course: Omit<Course, 'prerequisites'> | null;
  problems: { field: CatalogField; value: string; reason: string }[];
}

/** Area cell text → subject area: through the department mapping on an import, the area words otherwise. */
export type AreaReader = (text: string) => Parsed<SubjectArea>;

function draftRow(rowNumber: number, cells: Draft['cells'], has: (f: CatalogField) => boolean, areaOf: AreaReader): Draft {
  const problems: Draft['problems'] = [];
  const take = <T>(field: CatalogField, parsed: Parsed<T>, fallback: T): T => {
    if (parsed.ok) return parsed.value;
    problems.push({ field, value: cells(field), reason: parsed.reason });
    return fallback;
  };
  const number = cells('number');
  const title = cells('title');
  if (number === '') problems.push({ field: 'number', value: '', reason: 'The course number is missing.' });
  if (title === '') problems.push({ field: 'title', value: '', reason: 'The course title is missing.' });
  const credits = take('credits', parseCredits(cells('credits')), null);
  const flags = take('flags', parseFlags(cells('flags')), { cte: false, ap: false, ib: false, honors: false, repeatable: false, dualCredit: null });
  const yes = (field: 'cte' | 'ap' | 'ib' | 'honors' | 'repeatable') =>
    (has(field) ? take(field, parseYesNo(cells(field), CATALOG_FIELD_LABELS[field]), false) : false) || flags[field];
  const course: Draft['course'] = {
    number,
    title,
    credits: credits ?? 0,
    area: take('area', areaOf(cells('area')), 'other'),
    grades: take('grades', parseGrades(cells('grades')), [9, 10, 11, 12]),
    length: take('length', parseLength(cells('length'), credits), 'year'),
    flags: {
      cte: yes('cte'),
      ap: yes('ap'),
      ib: yes('ib'),
      honors: yes('honors'),
      dualCredit: take('dualCredit', parseDualCredit(cells('dualCredit')), null) ?? flags.dualCredit,
    },
    repeatable: yes('repeatable'),
    tags: take('tags', parseTags(cells('tags')), []),
    scedCode: cells('scedCode') || null,
    stateCode: cells('stateCode') || null,
    pathwayCodes: take('pathways', parsePathways(cells('pathways')), []),
    retired: false,
  };
  return { rowNumber, cells, course, problems };
}

/**
 * Every row after the header checked on its own, as the roster import does: good rows go in
 * whatever happens to bad ones; each problem names its row, column, value and reason. A course
 * number on two rows rejects both (neither wins). Blank rows are passed over; rows with no
 * number and no title that fill at most two cells, or a lone cell reading like a report footer
 * ("Total courses: 17"), are skipped and listed.
 */
export function toCatalogRows(
  table: CellTable,
  headerIndex: number,
  columns: CatalogColumns,
  known: KnownCourses,
  areaOf: AreaReader = parseArea,
): CatalogRows {
  const headers = (table.rows[headerIndex] ?? []).map((h) => h.trim());
  const column = (field: CatalogField) => {
    const index = columns[field];
    return index === undefined ? CATALOG_FIELD_LABELS[field] : describeColumn(headers, index);
  };
  const drafts: Draft[] = [];
  const skipped: SkippedRow[] = [];
  for (let i = headerIndex + 1; i < table.rows.length; i++) {
    const row = table.rows[i]!;
    if (isBlankRow(row)) continue;
    const cells = (field: CatalogField) => {
      const index = columns[field];
      return index === undefined ? '' : (row[index] ?? '').trim();
    };
    const filled = row.map((c) => c.trim()).filter((c) => c !== '');
    const footerText = filled.length === 1 && FOOTER_WORDS.test(filled[0]!);
    if (filled.length <= 2 && ((cells('number') === '' && cells('title') === '') || footerText)) {
      skipped.push({ row: table.rowNumbers[i]!, why: 'footer', text: filled.join(' | ') });
      continue;
    }
    drafts.push(draftRow(table.rowNumbers[i]!, cells, (f) => columns[f] !== undefined, areaOf));
  }

  const rowsByNumber = new Map<string, number[]>();
  for (const d of drafts) if (d.course?.number) rowsByNumber.set(d.course.number, [...(rowsByNumber.get(d.course.number) ?? []), d.rowNumber]);
  const numbers = new Set([...known.numbers, ...rowsByNumber.keys()]);
  const titles = new Map(known.titles);
  for (const d of drafts) if (d.course?.title && d.course.number) titles.set(titleKey(d.course.title), d.course.number);
  const lowerNumbers = new Map([...numbers].map((n) => [n.toLowerCase(), n]));
  const resolve = (name: string) => (numbers.has(name) ? name : (lowerNumbers.get(name.toLowerCase()) ?? titles.get(titleKey(name)) ?? null));

  const result: CatalogRows = { rows: [], rejected: [], skipped };
  for (const d of drafts) {
    const prerequisites = parsePrerequisites(d.cells('prerequisites'), resolve);
    if (!prerequisites.ok) d.problems.push({ field: 'prerequisites', value: d.cells('prerequisites'), reason: prerequisites.reason });
    else if (d.course && prerequisites.value.some((g) => g.includes(d.course!.number))) {
      d.problems.push({ field: 'prerequisites', value: d.cells('prerequisites'), reason: 'A course cannot be its own prerequisite.' });
    }
    const sameNumber = rowsByNumber.get(d.course?.number ?? '') ?? [];
    if (sameNumber.length > 1) {
      const others = sameNumber.filter((r) => r !== d.rowNumber).join(', ');
      d.problems.push({ field: 'number', value: d.cells('number'), reason: `Course number ${d.cells('number')} is also on row ${others}; keep one of them.` });
    }
    if (d.problems.length === 0 && d.course && prerequisites.ok) {
      const checked = CourseSchema.safeParse({ ...d.course, prerequisites: prerequisites.value });
      if (checked.success) {
        result.rows.push({ rowNumber: d.rowNumber, course: checked.data });
        continue;
      }
      for (const issue of checked.error.issues) {
        const field = SCHEMA_FIELD[String(issue.path[0])] ?? 'number';
        d.problems.push({ field, value: d.cells(field), reason: `${CATALOG_FIELD_LABELS[field]}: ${issue.message}.` });
      }
    }
    for (const p of d.problems) result.rejected.push({ row: d.rowNumber, column: column(p.field), value: p.value, reason: p.reason });
  }
  dropOrphans(result, known, (row) => ({ column: column('prerequisites'), value: drafts.find((d) => d.rowNumber === row)?.cells('prerequisites') ?? '' }));
  result.rejected.sort((a, b) => a.row - b.row);
  return result;
}

/** A good row whose prerequisite is only on a rejected row cannot go in either (repeated until none is left). */
function dropOrphans(result: CatalogRows, known: KnownCourses, cell: (row: number) => { column: string; value: string }): void {
  for (let dropped = true; dropped; ) {
    dropped = false;
    const good = new Set([...known.numbers, ...result.rows.map((r) => r.course.number)]);
    for (const r of [...result.rows]) {
      const missing = r.course.prerequisites.flat().find((n) => !good.has(n));
      if (missing === undefined) continue;
      result.rows.splice(result.rows.indexOf(r), 1);
      result.rejected.push({ row: r.rowNumber, ...cell(r.rowNumber), reason: `Prerequisite ${missing} is on a row that was not imported; fix that row and import again.` });
      dropped = true;
    }
  }
}
