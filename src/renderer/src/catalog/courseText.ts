import { DUAL_CREDIT_LABELS, type Course, type CourseInput, type CourseLength, type DualCredit } from '../../../shared/domain/catalog';
import { splitList } from '../ui/setup';

export const LENGTH_LABELS: Record<CourseLength, string> = { year: 'Year', semester: 'Semester', quarter: 'Quarter' };


export const HS_GRADES = [9, 10, 11, 12] as const;

/** [["A", "B"], ["C"]] → "A or B, and C"; three groups read "A, B, and C". */
export function prerequisitesText(groups: readonly (readonly string[])[]): string {
  const parts = groups.map((g) => g.join(' or '));
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')}, and ${parts.at(-1)}`;
}

/** The form's text: "MTH101 or MTH111, MTH201" (AND by comma, OR by "or"). */
export function prerequisitesInput(groups: readonly (readonly string[])[]): string {
  return groups.map((g) => g.join(' or ')).join(', ');
}

/** "MTH101 or MTH111, and MTH201" → [["MTH101", "MTH111"], ["MTH201"]]. */
export function parsePrerequisites(text: string): string[][] {
  return splitList(text)
    .map((group) =>
      group
        .replace(/^and\s+/i, '')
        .split(/\s+or\s+/i)
        .map((n) => n.trim())
        .filter((n) => n !== ''),
    )
    .filter((g) => g.length > 0);
}

/** "9–12", "10, 12". */
export function gradesText(grades: readonly number[]): string {
  const sorted = [...grades].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first !== undefined && last !== undefined && sorted.length > 1 && last - first === sorted.length - 1) return `${first}–${last}`;
  return sorted.join(', ');
}

export function flagsText(course: Course): string {
  const f = course.flags;
  const words = [f.cte && 'CTE', f.ap && 'AP', f.ib && 'IB', f.honors && 'Honors', f.dualCredit && DUAL_CREDIT_LABELS[f.dualCredit], course.repeatable && 'Repeatable'];
  return words.filter(Boolean).join(', ');
}

/** What the course form edits, as the text its fields hold. */
export interface CourseDraft {
  number: string;
  title: string;
  credits: string;
  area: string;
  grades: number[];
  length: string;
  prerequisites: string;
  cte: boolean;
  ap: boolean;
  ib: boolean;
  honors: boolean;
  repeatable: boolean;
  dualCredit: string;
  scedCode: string;
  stateCode: string;
  pathwayCodes: string;
}

export function draftOf(course: Course | null): CourseDraft {
  return {
    number: course?.number ?? '',
    title: course?.title ?? '',
    credits: course ? String(course.credits) : '1',
    area: course?.area ?? 'elective',
    grades: course ? [...course.grades] : [9, 10, 11, 12],
    length: course?.length ?? 'year',
    prerequisites: course ? prerequisitesInput(course.prerequisites) : '',
    cte: course?.flags.cte ?? false,
    ap: course?.flags.ap ?? false,
    ib: course?.flags.ib ?? false,
    honors: course?.flags.honors ?? false,
    repeatable: course?.repeatable ?? false,
    dualCredit: course?.flags.dualCredit ?? '',
    scedCode: course?.scedCode ?? '',
    stateCode: course?.stateCode ?? '',
    pathwayCodes: course?.pathwayCodes.join(', ') ?? '',
  };
}

/** The draft as the core takes it; the core checks it and says what is wrong. */
export function courseFromDraft(d: CourseDraft, before: Course | null): CourseInput {
  const credits = d.credits.trim() === '' ? Number.NaN : Number(d.credits);
  return {
    number: d.number.trim(),
    title: d.title.trim(),
    // NaN would travel as null: the core then names the field.
    credits: Number.isFinite(credits) ? credits : (null as unknown as number),
    area: d.area as Course['area'],
    grades: d.grades,
    length: d.length as CourseLength,
    prerequisites: parsePrerequisites(d.prerequisites),
    flags: { cte: d.cte, ap: d.ap, ib: d.ib, honors: d.honors, dualCredit: d.dualCredit === '' ? null : (d.dualCredit as DualCredit) },
    repeatable: d.repeatable,
    tags: before?.tags ?? [],
    scedCode: d.scedCode.trim() === '' ? null : d.scedCode.trim(),
    stateCode: d.stateCode.trim() === '' ? null : d.stateCode.trim(),
    pathwayCodes: splitList(d.pathwayCodes.toUpperCase()),
  };
}
