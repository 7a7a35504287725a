import { SUBJECT_AREA_LABELS, type CourseLength, type DualCredit, type SubjectArea } from '../../../shared/domain/catalog';
import { findPathway } from '../framework/lookup';
import { fail, ok, type Parsed } from '../roster/parsed';

/** Cell text to course values, each refusal a sentence a counselor can act on. */

const key = (text: string) => text.trim().toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

const FRACTIONS: Record<string, number> = { '1/4': 0.25, '1/2': 0.5, '3/4': 0.75, '¼': 0.25, '½': 0.5, '¾': 0.75 };

export function parseCredits(text: string): Parsed<number> {
  const value = text.trim();
  if (value === '') return fail('Credits are missing; write them as a number such as 1 or 0.5.');
  const n = FRACTIONS[value] ?? (/^\d*\.?\d+$/.test(value) ? Number(value) : Number.NaN);
  if (Number.isNaN(n)) return fail(`Credits "${value}" is not a number; write it as 1, 0.5 or 0.25.`);
  if (n > 10) return fail(`Credits "${value}" is more than any one course earns (at most 10).`);
  if (!Number.isInteger(n * 4)) return fail(`Credits "${value}" is not in quarter-credit steps (0.25, 0.5, 0.75, 1 ...).`);
  return ok(n);
}

const AREA_WORDS: Record<string, SubjectArea> = {
  english: 'english', 'english language arts': 'english', ela: 'english', 'language arts': 'english', eng: 'english', literature: 'english',
  math: 'math', mathematics: 'math', maths: 'math', mth: 'math',
  science: 'science', sci: 'science', 'natural science': 'science',
  'social studies': 'social_studies', 'social science': 'social_studies', history: 'social_studies', ss: 'social_studies', soc: 'social_studies',
  'physical education': 'physical_education', pe: 'physical_education', 'phy ed': 'physical_education', 'phys ed': 'physical_education',
  health: 'health', 'health education': 'health',
  'personal finance': 'personal_finance', 'personal financial literacy': 'personal_finance', 'financial literacy': 'personal_finance',
  'world language': 'world_language', 'world languages': 'world_language', 'foreign language': 'world_language', 'modern language': 'world_language',
  'fine arts': 'fine_arts', art: 'fine_arts', arts: 'fine_arts', music: 'fine_arts', 'visual arts': 'fine_arts', 'performing arts': 'fine_arts',
  cte: 'cte', 'career and technical education': 'cte', 'career technical education': 'cte', 'career tech': 'cte',
  elective: 'elective', electives: 'elective', other: 'other',
};

export function parseArea(text: string): Parsed<SubjectArea> {
  const value = text.trim();
  const word = AREA_WORDS[key(value)] ?? (Object.keys(SUBJECT_AREA_LABELS) as SubjectArea[]).find((a) => a === value.toLowerCase());
  if (word) return ok(word);
  if (value === '') return fail('The subject area is missing.');
  const known = Object.values(SUBJECT_AREA_LABELS).join(', ');
  return fail(`Subject area "${value}" is not one this app knows; use one of: ${known}.`);
}

/** 9-12, 9–12, "10, 11, 12", "Grades 11-12", All. Blank: every grade 9–12. */
export function parseGrades(text: string): Parsed<number[]> {
  const value = text.trim();
  const plain = value
    .toLowerCase()
    .replace(/\b(grades?|gr|grd)\b\.?/g, ' ')
    .replace(/\s*[-–—]\s*/g, '-')
    .trim();
  if (plain === '' || plain === 'all') return ok([9, 10, 11, 12]);
  const grades = new Set<number>();
  for (const part of plain.split(/[,;/&\s]+/).filter((p) => p !== '' && p !== 'and')) {
    const range = /^(\d{1,2})(?:th)?-(\d{1,2})(?:th)?$/.exec(part) ?? /^(\d{1,2})(?:th)?$/.exec(part);
    if (!range) return fail(`Grades "${value}" is not a list of grades; write it as 9-12 or 10, 11, 12.`);
    const from = Number(range[1]);
    const to = Number(range[2] ?? range[1]);
    if (from < 9 || to > 12 || from > to) return fail(`Grades "${value}" are not high-school grades 9 to 12.`);
    for (let g = from; g <= to; g++) grades.add(g);
  }
  return ok([...grades].sort((a, b) => a - b));
}

const LENGTH_WORDS: Record<string, CourseLength> = {
  year: 'year', 'full year': 'year', yr: 'year', y: 'year', fy: 'year', annual: 'year', '2 semesters': 'year', '1 year': 'year', yearlong: 'year', 'year long': 'year',
  semester: 'semester', sem: 'semester', s: 'semester', 'half year': 'semester', '1 semester': 'semester', s1: 'semester', s2: 'semester',
  quarter: 'quarter', q: 'quarter', qtr: 'quarter', '9 weeks': 'quarter', '1 quarter': 'quarter',
};

/** Blank: from the credits (a quarter credit is a quarter, a half a semester, else a year). */
export function parseLength(text: string, credits: number | null): Parsed<CourseLength> {
  const value = text.trim();
  if (value === '') return ok(credits === 0.25 ? 'quarter' : credits === 0.5 ? 'semester' : 'year');
  const word = LENGTH_WORDS[key(value)];
  return word ? ok(word) : fail(`Length "${value}" is not year, semester or quarter.`);
}

export function parseYesNo(text: string, label: string): Parsed<boolean> {
  const value = key(text);
  if (['', 'no', 'n', 'false', '0', 'none'].includes(value)) return ok(false);
  if (['yes', 'y', 'true', '1', 'x'].includes(value) || text.trim() === '✓') return ok(true);
  return fail(`${label} "${text.trim()}" is not yes or no.`);
}

const DUAL_WORDS: Record<string, DualCredit> = {
  'start college now': 'start_college_now', scn: 'start_college_now',
  'early college credit': 'early_college_credit', 'early college credit program': 'early_college_credit', ecc: 'early_college_credit', eccp: 'early_college_credit',
  'transcripted credit': 'transcripted_credit', transcripted: 'transcripted_credit', tc: 'transcripted_credit',
};

export function parseDualCredit(text: string): Parsed<DualCredit | null> {
  const value = key(text);
  if (['', 'no', 'n', 'none', 'false', '0'].includes(value)) return ok(null);
  const found = DUAL_WORDS[value];
  return found ? ok(found) : fail(`Dual credit "${text.trim()}" is not Start College Now, Early College Credit or Transcripted Credit.`);
}

/** A combined flags cell: "CTE, AP", "Honors; Transcripted Credit", "Repeatable". */
export interface FlagWords {
  cte: boolean;
  ap: boolean;
  ib: boolean;
  honors: boolean;
  repeatable: boolean;
  dualCredit: DualCredit | null;
}

export function parseFlags(text: string): Parsed<FlagWords> {
  const flags: FlagWords = { cte: false, ap: false, ib: false, honors: false, repeatable: false, dualCredit: null };
  for (const part of text.split(/[,;|/]+/).map(key).filter((p) => p !== '')) {
    if (part === 'cte') flags.cte = true;
    else if (part === 'ap') flags.ap = true;
    else if (part === 'ib') flags.ib = true;
    else if (part === 'honors' || part === 'h') flags.honors = true;
    else if (part === 'repeatable') flags.repeatable = true;
    else if (DUAL_WORDS[part]) flags.dualCredit = DUAL_WORDS[part];
    else return fail(`Flag "${part}" is not one of CTE, AP, IB, Honors, Repeatable, Start College Now, Early College Credit, Transcripted Credit.`);
  }
  return ok(flags);
}

export function parseTags(text: string): Parsed<string[]> {
  const tags = text.split(/[,;|]+/).map((t) => key(t).replace(/ /g, '_')).filter((t) => t !== '');
  const bad = tags.find((t) => t.length > 40);
  return bad ? fail(`Tag "${bad}" is longer than 40 characters.`) : ok(tags);
}

/** Pathway codes or names; names may hold commas ("Power, Structural & Technical Systems"), so ';' separates first. */
export function parsePathways(text: string): Parsed<string[]> {
  const codes: string[] = [];
  for (const piece of text.split(/[;|\n]+/).map((p) => p.trim()).filter((p) => p !== '')) {
    const whole = findPathway(piece);
    if (whole) {
      codes.push(whole.code);
      continue;
    }
    for (const part of piece.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
      const found = findPathway(part);
      if (!found) return fail(`Career pathway "${part}" is not in the framework; use a code such as MN-MIR or the pathway's name.`);
      codes.push(found.code);
    }
  }
  return ok([...new Set(codes)]);
}
