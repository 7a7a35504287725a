import { SUBJECT_AREA_LABELS, type Catalog } from '../../../shared/domain/catalog';
import type { PlanCourse } from '../../../shared/domain/plan';
import type { PlanWarning, WarningKind } from '../../../shared/domain/plan-view';
import type { TranscriptCourse } from '../history/attempts';
import type { Overlay } from './transcript-overlay';

type Warning = Omit<PlanWarning, 'acknowledged'>;

/** When it was taken, as the file says: a grade-8 course sits in the plan's grade 9 but was taken in grade 8. */
function where(t: TranscriptCourse): string {
  const grade = t.facts.gradeLevel ?? t.year;
  return t.facts.schoolYear ? `${t.facts.schoolYear} (grade ${grade})` : `grade ${grade}`;
}

/**
 * What the transcript asks the counselor to look at. Ids follow planWarnings' form (kind, course,
 * year, detail) so an acknowledgement sticks while the situation lasts.
 */
export function transcriptWarnings(courses: readonly PlanCourse[], transcript: readonly TranscriptCourse[], overlay: Overlay, catalog: Catalog): Warning[] {
  const warnings: Warning[] = [];
  // Transcript numbers and titles are as long as a file writes them: each part of an id is cut so it stays an acknowledgeable id (≤ 200).
  const add = (kind: WarningKind, detail: string, courseNumber: string | null, year: PlanCourse['year'] | null, message: string) =>
    warnings.push({ id: [kind, courseNumber, year, detail].filter((p) => p !== null && p !== '').map((p) => p!.slice(0, 60)).join(':'), kind, message, courseNumber, year });
  const title = (n: string) => {
    const c = catalog.courses.get(n);
    return c ? `${c.title} (${n})` : n;
  };
  for (const c of courses) {
    const passed = overlay.alreadyPassed.get(c.id);
    if (passed) {
      add('already_passed', '', c.courseNumber, c.year,
        `${title(c.courseNumber)} is planned for grade ${c.year}, but the transcript shows it passed in ${where(passed)}; it counts once. Replace it or remove it.`);
    }
    const duplicate = overlay.duplicates.get(c.id);
    if (duplicate && c.status === 'completed') {
      add('duplicate_course', 'transcript', c.courseNumber, c.year,
        `${title(c.courseNumber)} in grade ${c.year} was entered by hand and is also on the transcript for ${where(duplicate)}; it counts once.`);
    } else if (duplicate) {
      add('duplicate_course', 'transcript', c.courseNumber, c.year,
        `${title(c.courseNumber)} is planned for grade ${c.year}, but the transcript shows it taken in ${where(duplicate)}; it counts once. Remove it from grade ${c.year}.`);
    }
  }
  for (const t of transcript) {
    if (t.course === null) {
      const area = SUBJECT_AREA_LABELS[t.area];
      add('unmatched_course', t.facts.transcriptTitle, t.courseNumber, t.year,
        `${t.title}${t.facts.transcriptNumber ? ` (${t.facts.transcriptNumber})` : ''} from the transcript, ${where(t)}, is not in the catalog; its credits count toward ${area}. If it is one of the catalog's courses, match it to that course.`);
    }
    if (t.facts.notInLatestFile) {
      add('history_missing', t.facts.schoolYear ?? '', t.courseNumber, t.year,
        `${t.title} (${t.facts.transcriptNumber || t.courseNumber}) in ${where(t)} is no longer in the latest course history file; it is kept — check it against the school's records.`);
    }
  }
  return warnings;
}
