import { useRef, type FocusEvent } from 'react';
import { DUAL_CREDIT_LABELS } from '../../../shared/domain/catalog';
import type { PlanViewCourse } from '../../../shared/domain/plan-view';
import type { PlanWarning } from '../../../shared/domain/plan-view';
import { courseFocusKey, usePlanEditor } from './context';
import { focusByKey, focusKey } from '../ui/focus';
import { CourseEditor } from './CourseEditor';
import { credits } from './format';
import { COURSE_STATUS_LABELS } from './labels';
import { TranscriptDetails } from './TranscriptDetails';
import { courseNumber, courseTitle, enteredByHand, gradesText, NO_CREDIT_STATUSES, shownCredits, transcriptNotes } from './transcript';
import { warningFocusKey, warningsAbout } from './warningCourses';

interface CourseItemProps {
  course: PlanViewCourse;
  open: boolean;
  /** The editor opens toward the left in the last columns, so it stays on screen. */
  alignEnd: boolean;
  onToggle(open: boolean): void;
}

/** ✓ and the grade(s) of a completed course; the status in words for anything else but planned. */
function StatusWords({ course }: { course: PlanViewCourse }) {
  const grades = gradesText(course);
  if (course.status === 'completed') {
    return (
      <span className="course__done">
        <span aria-hidden="true">✓</span> {grades}
        <span className="visually-hidden">
          {' '}
          completed{grades ? `, grade ${grades}` : ''}
        </span>
      </span>
    );
  }
  if (NO_CREDIT_STATUSES.has(course.status)) {
    return (
      <span className="tag tag--fail">
        {COURSE_STATUS_LABELS[course.status]}
        {grades ? ` · ${grades}` : ''}
      </span>
    );
  }
  return (
    <span className={course.status === 'in_progress' ? 'tag tag--progress' : 'visually-hidden'}>
      {COURSE_STATUS_LABELS[course.status]}
      {course.status === 'in_progress' && grades ? ` · ${grades}` : ''}
    </span>
  );
}

/**
 * The mark on a course with warnings: a sign and a count (never colour alone), named in words
 * ("1 warning", "2 warnings, acknowledged"), that takes focus to the first open warning in the list.
 */
function WarningMark({ warnings }: { warnings: readonly PlanWarning[] }) {
  const open = warnings.filter((w) => w.acknowledged === null).length;
  const shown = open > 0 ? open : warnings.length;
  const name = `${shown} warning${shown === 1 ? '' : 's'}${open > 0 ? '' : ', acknowledged'}`;
  return (
    <button
      type="button"
      className={open > 0 ? 'course__warnings' : 'course__warnings course__warnings--acknowledged'}
      aria-label={name}
      title={`${name}: go to ${shown > 1 ? 'the first' : 'it'} in the warnings list`}
      onClick={() => focusByKey(warningFocusKey(warnings[0]!.id))}
    >
      <span aria-hidden="true">
        {open > 0 ? '!' : '✓'} {shown}
      </span>
    </button>
  );
}

/**
 * One course in a grid cell: a button showing what the family will read (title, credits, ✓ and
 * the grade once completed, a dual-credit tag) that opens a small editor beside it. A course from
 * the transcript opens its facts instead: the transcript is the record, so it has no editor.
 */
export function CourseItem({ course, open, alignEnd, onToggle }: CourseItemProps) {
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const editorId = `course-editor-${course.id}`;
  const fromTranscript = course.source === 'transcript' && course.transcript !== null;
  const earned = shownCredits(course);
  const notes = transcriptNotes(course);
  // A retired course stays in the plan and counts; the tag tells the counselor it is no longer offered.
  const { reference, view } = usePlanEditor();
  // "Entered by hand" only means something beside a transcript: without one, every completion is typed.
  const byHand = enteredByHand(course) && view.years.some((y) => y.courses.some((c) => c.source === 'transcript'));
  const retired = course.inCatalog && reference.courses.some((c) => c.number === course.courseNumber && c.retired);
  const warnings = warningsAbout(view.warnings, course);

  const close = (returnFocus: boolean) => {
    onToggle(false);
    if (returnFocus) button.current?.focus();
  };
  // Tabbing or clicking out of the course and its editor closes the editor.
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (open && !wrapper.current?.contains(e.relatedTarget as Node | null)) onToggle(false);
  };

  return (
    <div
      ref={wrapper}
      className={`course course--${course.status}${fromTranscript ? ' course--transcript' : ''}${warnings.length > 0 ? ' course--warned' : ''}`}
      onBlur={onBlur}
    >
      <button
        ref={button}
        type="button"
        className="course__button"
        aria-expanded={open}
        aria-controls={open ? editorId : undefined}
        onClick={() => onToggle(!open)}
        {...focusKey(courseFocusKey(course.id))}
      >
        <span className="course__title">{courseTitle(course)}</span>
        <span className="course__meta">
          <span className="course__number">{courseNumber(course)}</span>
          <span>
            {credits(earned)} cr{NO_CREDIT_STATUSES.has(course.status) ? ' earned' : ''}
            {course.term !== 'full_year' && !fromTranscript ? ` · ${course.term}` : ''}
          </span>
          <StatusWords course={course} />
          {notes.map((n) => (
            <span key={n} className="tag tag--note">
              {n}
            </span>
          ))}
          {byHand ? <span className="tag">entered by hand</span> : null}
          {course.alternateFor ? (
            <span className="tag tag--alternate">
              alternate{course.alternateFor.rank > 1 ? ` ${course.alternateFor.rank}` : ''} for {course.alternateFor.title}
            </span>
          ) : null}
          {course.flags?.dualCredit ? (
            <span className="tag tag--dual" title={DUAL_CREDIT_LABELS[course.flags.dualCredit]}>
              dual credit
            </span>
          ) : null}
          {course.flags?.ap ? <span className="tag">AP</span> : null}
          {!course.inCatalog ? <span className="tag tag--warn">not in catalog</span> : null}
          {retired ? <span className="tag">retired from the catalog</span> : null}
        </span>
      </button>
      {warnings.length > 0 ? <WarningMark warnings={warnings} /> : null}
      {open && fromTranscript ? <TranscriptDetails id={editorId} course={course} alignEnd={alignEnd} onClose={close} /> : null}
      {open && !fromTranscript ? <CourseEditor id={editorId} course={course} alignEnd={alignEnd} onClose={close} /> : null}
    </div>
  );
}
