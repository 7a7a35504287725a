import { normaliseHeader } from '../roster/fields';

/**
 * The catalog columns the import understands, and the headers school information systems and
 * hand-kept course guides use for each (PowerSchool's Courses export, Infinite Campus course
 * master, Skyward, a counselor's own sheet). Synonyms best first; headers compare with the
 * roster import's normalisation (case, spaces, punctuation and accents ignored).
 */
export const CATALOG_FIELDS = [
  'number',
  'title',
  'credits',
  'area',
  'grades',
  'length',
  'prerequisites',
  'flags',
  'cte',
  'ap',
  'ib',
  'honors',
  'dualCredit',
  'repeatable',
  'tags',
  'scedCode',
  'stateCode',
  'pathways',
] as const;
export type CatalogField = (typeof CATALOG_FIELDS)[number];

/** Without these a row cannot become a course. */
export const REQUIRED_CATALOG_FIELDS: readonly CatalogField[] = ['number', 'title', 'credits', 'area'];

export const CATALOG_FIELD_LABELS: Record<CatalogField, string> = {
  number: 'Course number',
  title: 'Course title',
  credits: 'Credits',
  area: 'Subject area',
  grades: 'Grades',
  length: 'Length',
  prerequisites: 'Prerequisites',
  flags: 'Flags',
  cte: 'CTE',
  ap: 'AP',
  ib: 'IB',
  honors: 'Honors',
  dualCredit: 'Dual credit',
  repeatable: 'Repeatable',
  tags: 'Tags',
  scedCode: 'SCED code',
  stateCode: 'State course code',
  pathways: 'Career pathways',
};

export const CATALOG_HEADER_SYNONYMS: Record<CatalogField, string[]> = {
  number: ['Course Number', 'Course_Number', 'Course No', 'Course #', 'Course Num', 'Course Code', 'Local Course Number', 'Local Course Code', 'Course ID', 'Crs Num', 'CourseNumber', 'Number', 'Code'],
  title: ['Course Title', 'Course Name', 'Course_Name', 'Title', 'Name', 'Course Description Title', 'Crs Name', 'CourseName'],
  credits: ['Credits', 'Credit', 'Credit Hours', 'Credit Value', 'Credit_Hours', 'Cr', 'Credits Possible', 'Credit Amount'],
  area: ['Subject Area', 'Subject', 'Credit Type', 'Credit Area', 'Department', 'Dept', 'Area', 'Requirement Area', 'Graduation Area', 'CreditType'],
  grades: ['Grades', 'Grade Levels', 'Grades Offered', 'Grade Level', 'Grade', 'Grade Range', 'Eligible Grades', 'Low-High Grade'],
  length: ['Length', 'Course Length', 'Duration', 'Term', 'Terms', 'Term Length', 'Schedule Term'],
  prerequisites: ['Prerequisites', 'Prerequisite', 'Prereqs', 'Prereq', 'Pre-requisites', 'Pre-requisite', 'Requires'],
  flags: ['Flags', 'Course Flags', 'Attributes', 'Course Attributes', 'Designations'],
  cte: ['CTE', 'CTE Course', 'Career and Technical Education', 'Is CTE', 'Vocational'],
  ap: ['AP', 'Advanced Placement', 'AP Course', 'Is AP'],
  ib: ['IB', 'International Baccalaureate', 'IB Course'],
  honors: ['Honors', 'Honors Course', 'Is Honors', 'Weighted'],
  dualCredit: ['Dual Credit', 'Dual Credit Type', 'Dual Enrollment', 'College Credit', 'Dual_Credit'],
  repeatable: ['Repeatable', 'May Repeat', 'Repeatable for Credit', 'Can Repeat'],
  tags: ['Tags', 'Counts As', 'Counts As Tags', 'Requirement Tags'],
  scedCode: ['SCED Code', 'SCED', 'SCED Course Code', 'NCES SCED'],
  stateCode: ['State Code', 'State Course Code', 'WISEdata Course Code', 'WI Course Code', 'DPI Course Code', 'State Course ID'],
  pathways: ['Career Pathways', 'Pathways', 'Pathway', 'Pathway Codes', 'Career Pathway', 'Programs of Study'],
};

const INDEX: ReadonlyMap<string, { field: CatalogField; rank: number }> = (() => {
  const index = new Map<string, { field: CatalogField; rank: number }>();
  for (const field of CATALOG_FIELDS) {
    CATALOG_HEADER_SYNONYMS[field].forEach((synonym, rank) => {
      const key = normaliseHeader(synonym);
      if (!index.has(key)) index.set(key, { field, rank });
    });
  }
  return index;
})();

export function matchCatalogHeader(header: string): { field: CatalogField; rank: number } | null {
  const key = normaliseHeader(header);
  return key === '' ? null : (INDEX.get(key) ?? null);
}

export type CatalogColumns = Partial<Record<CatalogField, number>>;

/** Each field takes its best-ranked column, the leftmost on a tie; a column feeds one field. */
export function autoMapCatalog(headers: readonly string[]): CatalogColumns {
  const best = new Map<CatalogField, { column: number; rank: number }>();
  headers.forEach((header, column) => {
    const match = matchCatalogHeader(header);
    if (!match) return;
    const current = best.get(match.field);
    if (!current || match.rank < current.rank) best.set(match.field, { column, rank: match.rank });
  });
  const columns: CatalogColumns = {};
  for (const [field, { column }] of best) columns[field] = column;
  return columns;
}
