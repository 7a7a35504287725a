import { SUBJECT_AREA_LABELS, type Course, type PostsecondaryEntry } from '../../../shared/domain/catalog';
import { foldForSearch } from '../../../shared/text';
import { creditsPhrase } from './format';

/** One thing that can be placed in the grid: a catalog course (grades 9–12) or a postsecondary entry. */
export type Placeable =
  | { kind: 'course'; number: string; title: string; course: Course }
  | { kind: 'postsecondary'; number: string; title: string; entry: PostsecondaryEntry };

export interface IndexedPlaceable {
  item: Placeable;
  number: string;
  key: string;
}

export function indexPlaceables(courses: readonly Course[], postsecondary: readonly PostsecondaryEntry[]): IndexedPlaceable[] {
  return [
    ...courses.map((course) => ({
      item: { kind: 'course' as const, number: course.number, title: course.title, course },
      number: foldForSearch(course.number),
      key: foldForSearch(`${course.number} ${course.title}`),
    })),
    ...postsecondary.map((entry) => ({
      item: { kind: 'postsecondary' as const, number: entry.code, title: entry.course, entry },
      number: foldForSearch(entry.code),
      key: foldForSearch(`${entry.code} ${entry.course} ${entry.program} ${entry.institution}`),
    })),
  ];
}

/**
 * Courses matching what was typed: every word must appear in the number or title. A number that
 * starts with the text comes first ("eng2" → ENG201), then titles that start with it, then the rest.
 */
export function searchPlaceables(index: readonly IndexedPlaceable[], text: string, limit = 12): Placeable[] {
  const folded = foldForSearch(text).trim();
  if (folded === '') return [];
  const words = folded.split(/\s+/);
  const rank = (p: IndexedPlaceable) =>
    p.number === folded ? 0 : p.number.startsWith(folded) ? 1 : foldForSearch(p.item.title).startsWith(folded) ? 2 : 3;
  return index
    .filter((p) => words.every((w) => p.key.includes(w)))
    .map((p) => ({ p, r: rank(p) }))
    .sort((a, b) => a.r - b.r || a.p.number.localeCompare(b.p.number))
    .slice(0, limit)
    .map(({ p }) => p.item);
}

export function placeableDetail(p: Placeable): string {
  if (p.kind === 'course') {
    const c = p.course;
    const grades = c.grades.length === 4 ? 'grades 9–12' : `grade${c.grades.length > 1 ? 's' : ''} ${c.grades.join(', ')}`;
    return `${c.number} · ${SUBJECT_AREA_LABELS[c.area]} · ${creditsPhrase(c.credits)} · ${grades}`;
  }
  const e = p.entry;
  return `${e.code} · ${e.institution}${e.credits === null ? '' : ` · ${creditsPhrase(e.credits)}`} · after high school`;
}

/** The text the combobox shows once a course is picked. */
export function placeableText(p: Placeable): string {
  return `${p.number} — ${p.title}`;
}
