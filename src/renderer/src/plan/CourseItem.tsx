import { useRef, type FocusEvent } from 'react';
import { DUAL_CREDIT_LABELS } from '../../../shared/domain/catalog';
import type { PlanViewCourse } from '../../../shared/domain/plan-view';
import { courseFocusKey, usePlanEditor } from './context';
import { focusKey } from '../ui/focus';
import { CourseEditor } from './CourseEditor';
import { credits } from './format';
import { COURSE_STATUS_LABELS } from './labels';

interface CourseItemProps {
  course: PlanViewCourse;
  open: boolean;
  /** The editor opens toward the left in the last columns, so it stays on screen. */
  alignEnd: boolean;
  onToggle(open: boolean): void;
}

/**
 * One course in a grid cell: a button showing what the family will read (title, credits, ✓ and
 * the grade once completed, a dual-credit tag) that opens a small editor beside it.
 */
export function CourseItem({ course, open, alignEnd, onToggle }: CourseItemProps) {
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const editorId = `course-editor-${course.id}`;
  const done = course.status === 'completed';
  const earned = done && course.creditsEarned !== null ? course.creditsEarned : course.credits;
  // A retired course stays in the plan and counts; the tag tells the counselor it is no longer offered.
  const { reference } = usePlanEditor();
  const retired = course.inCatalog && reference.courses.some((c) => c.number === course.courseNumber && c.retired);

  const close = (returnFocus: boolean) => {
    onToggle(false);
    if (returnFocus) button.current?.focus();
  };
  // Tabbing or clicking out of the course and its editor closes the editor.
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (open && !wrapper.current?.contains(e.relatedTarget as Node | null)) onToggle(false);
  };

  return (
    <div ref={wrapper} className={`course course--${course.status}`} onBlur={onBlur}>
      <button
        ref={button}
        type="button"
        className="course__button"
        aria-expanded={open}
        aria-controls={open ? editorId : undefined}
        onClick={() => onToggle(!open)}
        {...focusKey(courseFocusKey(course.id))}
      >
        <span className="course__title">{course.title}</span>
        <span className="course__meta">
          <span className="course__number">{course.courseNumber}</span>
          <span>
            {credits(earned)} cr{course.term !== 'full_year' ? ` · ${course.term}` : ''}
          </span>
          {done ? (
            <span className="course__done">
              <span aria-hidden="true">✓</span> {course.grade ?? ''}
              <span className="visually-hidden">
                {' '}
                completed{course.grade ? `, grade ${course.grade}` : ''}
              </span>
            </span>
          ) : (
            <span className={course.status === 'in_progress' ? 'tag tag--progress' : 'visually-hidden'}>
              {COURSE_STATUS_LABELS[course.status]}
            </span>
          )}
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
      {open ? <CourseEditor id={editorId} course={course} alignEnd={alignEnd} onClose={close} /> : null}
    </div>
  );
}
