import type { Database as Db } from 'better-sqlite3';
import { SUBJECT_AREAS, SUBJECT_AREA_LABELS, type SubjectArea } from '../../../shared/domain/catalog';
import type { CatalogDepartment } from '../../../shared/methods/plans';
import { commandLineHint } from '../../../shared/errors';
import { foldForSearch } from '../../../shared/text';
import { fail, ok, type Parsed } from '../roster/parsed';
import { parseArea } from './catalog-values';

/**
 * A district catalog names departments, not the app's subject areas: "Technology & Engineering",
 * "Family & Consumer Sciences", "Special Education". Each department is mapped to an area: the
 * counselor's choice for this import first, then the choice remembered from an earlier import,
 * then the automatic reading (an area's own name or synonym, or a career-and-technical word → CTE).
 * A department none of these maps is left to the counselor: its rows are rejected until chosen.
 */

/** "Family & Consumer Sciences", "family and consumer sciences." (and "A/B" as "A and B"): the same department. */
export function departmentKey(text: string): string {
  return foldForSearch(text)
    .replace(/[&+/]/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** Career and technical education departments, as district course guides name them. */
const CTE_WORDS = new Set([
  'cte', 'career and technical education', 'career technical education', 'career and technical', 'career tech', 'career and tech ed',
  'agriculture', 'agricultural education', 'agriscience', 'agri science', 'ag', 'ag ed', 'agriculture education', 'agriculture food and natural resources',
  'business', 'business education', 'marketing', 'business and information technology', 'bit',
  'technology', 'technology education', 'tech ed', 'engineering', 'technology and engineering', 'industrial technology', 'industrial arts',
  'health science', 'health sciences', 'health occupations',
  'information technology', 'it', 'computer technology',
  'family and consumer sciences', 'family and consumer science', 'facs', 'fcs', 'family consumer sciences',
  'trade and industry', 'trades and industry', 't and i', 'trade and industrial', 'skilled trades', 'trades',
  'manufacturing', 'construction', 'automotive', 'automotive technology', 'welding', 'culinary arts', 'culinary',
  'vocational', 'career education', 'work based learning',
]);

/** Academic department names the area list's own synonyms do not already cover. */
const ACADEMIC_WORDS: Record<string, SubjectArea> = {
  reading: 'english', 'english and language arts': 'english', communications: 'english', 'communication arts': 'english',
  'social sciences': 'social_studies', civics: 'social_studies', government: 'social_studies',
  'sciences': 'science', biology: 'science', chemistry: 'science', physics: 'science', 'life science': 'science', 'physical science': 'science',
  'physical education': 'physical_education', 'phy ed': 'physical_education', 'phys ed': 'physical_education', 'p e': 'physical_education',
  languages: 'world_language', 'foreign languages': 'world_language', 'modern languages': 'world_language', spanish: 'world_language', french: 'world_language', german: 'world_language',
  'visual and performing arts': 'fine_arts', 'fine and performing arts': 'fine_arts', 'performing arts': 'fine_arts', band: 'fine_arts',
  choir: 'fine_arts', orchestra: 'fine_arts', theatre: 'fine_arts', theater: 'fine_arts', drama: 'fine_arts', 'visual art': 'fine_arts',
};

/**
 * The short credit types student information systems are set up with (PowerSchool's Credit_Type,
 * Infinite Campus's credit names): a course history's credit type maps to an area through these
 * same words, so the import's unmatched list and the plan view count a transfer course alike.
 */
const CREDIT_TYPE_CODES: Record<string, SubjectArea> = {
  eng: 'english', engl: 'english', la: 'english', ela: 'english', 'lang arts': 'english',
  ma: 'math', mth: 'math', mat: 'math',
  sci: 'science', sc: 'science',
  ss: 'social_studies', soc: 'social_studies', sst: 'social_studies', 'soc st': 'social_studies', hist: 'social_studies',
  pe: 'physical_education', phed: 'physical_education',
  hlth: 'health', hl: 'health', hea: 'health',
  fin: 'personal_finance', pf: 'personal_finance', 'pers fin': 'personal_finance',
  wl: 'world_language', fl: 'world_language', lote: 'world_language',
  art: 'fine_arts', arts: 'fine_arts', mus: 'fine_arts', fa: 'fine_arts', va: 'fine_arts', vpa: 'fine_arts',
  voc: 'cte', 'career and technical ed': 'cte', 'career tech ed': 'cte',
  elec: 'elective', elect: 'elective', electives: 'elective',
};

function wordArea(key: string): SubjectArea | null {
  if (CTE_WORDS.has(key)) return 'cte';
  const academic = ACADEMIC_WORDS[key] ?? CREDIT_TYPE_CODES[key];
  if (academic) return academic;
  const known = parseArea(key);
  return known.ok ? known.value : null;
}

/**
 * The automatic reading of a department: the whole name, else every part of "A and B" reading as
 * the same area ("Technology & Engineering" → CTE, "Art & Music" → Fine Arts). "Health & PE"
 * names two areas: that is the counselor's choice.
 */
export function automaticArea(department: string): SubjectArea | null {
  const key = departmentKey(department);
  if (key === '') return null;
  const whole = wordArea(key);
  if (whole) return whole;
  const parts = key.split(' and ').filter((p) => p !== '');
  if (parts.length < 2) return null;
  const areas = new Set(parts.map(wordArea));
  return areas.size === 1 && !areas.has(null) ? [...areas][0]! : null;
}

/** The department choices the counselor made in earlier imports: key → area. */
export function rememberedDepartments(db: Db): Map<string, SubjectArea> {
  const rows = db.prepare('SELECT department_key, area FROM catalog_department').all() as { department_key: string; area: SubjectArea }[];
  return new Map(rows.map((r) => [r.department_key, r.area]));
}

/** Stores the counselor's choices; runs inside the import's transaction. */
export function rememberDepartments(db: Db, chosen: ReadonlyMap<string, { department: string; area: SubjectArea }>, now: Date): void {
  const upsert = db.prepare(
    `INSERT INTO catalog_department (department_key, department, area, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (department_key) DO UPDATE SET department = excluded.department, area = excluded.area, updated_at = excluded.updated_at`,
  );
  for (const [key, { department, area }] of chosen) upsert.run(key, department, area, now.toISOString());
}

/** An area as a counselor or a script may write it: its key (`cte`), its label, or a synonym. */
export function areaFromText(text: string): SubjectArea | null {
  const value = text.trim();
  const byKey = SUBJECT_AREAS.find((a) => a === value.toLowerCase());
  if (byKey) return byKey;
  const byLabel = (Object.entries(SUBJECT_AREA_LABELS) as [SubjectArea, string][]).find(([, label]) => label.toLowerCase() === value.toLowerCase());
  return byLabel ? byLabel[0] : automaticArea(value);
}

export interface DepartmentMapping {
  /** The counselor's choices for this import, normalised by departmentKey. */
  chosen: Map<string, { department: string; area: SubjectArea }>;
  remembered: Map<string, SubjectArea>;
}

export function departmentMapping(db: Db, areas: Readonly<Record<string, SubjectArea>> = {}): DepartmentMapping {
  return departmentMappingOf(rememberedDepartments(db), areas);
}

/** The same mapping over remembered words read elsewhere (the department server's typed read): the store-free half. */
export function departmentMappingOf(remembered: Map<string, SubjectArea>, areas: Readonly<Record<string, SubjectArea>> = {}): DepartmentMapping {
  const chosen = new Map<string, { department: string; area: SubjectArea }>();
  for (const [department, area] of Object.entries(areas)) {
    const key = departmentKey(department);
    if (key !== '') chosen.set(key, { department: department.trim(), area });
  }
  return { chosen, remembered };
}

export function mapDepartment(mapping: DepartmentMapping, department: string): Omit<CatalogDepartment, 'department' | 'rows'> {
  const key = departmentKey(department);
  const chosen = mapping.chosen.get(key);
  if (chosen) return { area: chosen.area, source: 'chosen' };
  const remembered = mapping.remembered.get(key);
  if (remembered) return { area: remembered, source: 'remembered' };
  const automatic = automaticArea(department);
  return automatic ? { area: automatic, source: 'automatic' } : { area: null, source: 'unmapped' };
}

/** The area cell of one row, read through the mapping: an unmapped department names how to map it. */
export function areaReader(mapping: DepartmentMapping): (text: string) => Parsed<SubjectArea> {
  return (text) => {
    const value = text.trim();
    if (value === '') return fail('The subject area is missing.');
    const { area } = mapDepartment(mapping, value);
    if (area) return ok(area);
    return fail(
      `Department "${value}" is not mapped to a subject area: choose its area in the import preview${commandLineHint(`--area "${value}=AREA", AREA one of ${SUBJECT_AREAS.join(', ')}`)}.`,
    );
  };
}
