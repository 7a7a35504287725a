import type { Catalog } from '../../../shared/domain/catalog';
import type { Acknowledgement, PlanCourse } from '../../../shared/domain/plan';
import type { PlanWarning } from '../../../shared/domain/plan-view';
import type { TranscriptCourse } from '../history/attempts';
import { isAlternate } from './alternates';
import { asPlanCourse, type Overlay } from './transcript-overlay';
import { transcriptWarnings } from './transcript-warnings';
import { planWarnings } from './warnings';

/**
 * Every warning of a plan with its transcript laid over it, each with its acknowledgement: the
 * list the plan view shows and the one plan status counts open warnings in (the caseload reads
 * it from the same function, so "complete, with warnings" means the same on both).
 * The plan's own checks see the transcript's courses (a passed prerequisite counts), not the
 * courses it replaced; an alternate is a request, not a course taken, so it is not checked; a
 * repeat of a course the plan counts is checked (it is what the duplicate_course warning is about).
 */
export function warningsOf(
  courses: readonly PlanCourse[],
  acknowledgements: readonly Acknowledgement[],
  transcript: readonly TranscriptCourse[],
  overlay: Overlay,
  catalog: Catalog,
): PlanWarning[] {
  const checked = [
    ...courses.filter((c) => !overlay.hidden.has(c.id) && !overlay.alreadyPassed.has(c.id) && !overlay.duplicates.has(c.id) && !isAlternate(c)),
    ...transcript.map(asPlanCourse).filter((c): c is PlanCourse => c !== null),
  ];
  const acks = new Map(acknowledgements.map((a) => [a.warningId, a]));
  return [
    ...planWarnings(checked, catalog, acknowledgements),
    ...transcriptWarnings(courses, transcript, overlay, catalog).map((w) => {
      const a = acks.get(w.id);
      return { ...w, acknowledged: a ? { note: a.note, date: a.date } : null };
    }),
  ];
}

/** Warnings the counselor has neither fixed nor acknowledged with a note. */
export function openWarnings(warnings: readonly PlanWarning[]): number {
  return warnings.filter((w) => w.acknowledged === null).length;
}
