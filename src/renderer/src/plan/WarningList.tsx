import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { PlanWarning } from '../../../shared/domain/plan-view';
import { focusByKey, focusKey } from '../ui/focus';
import { courseFocusKey, usePlanEditor } from './context';
import { formatDate } from './format';
import { YEAR_SHORT_LABELS } from './labels';
import { courseNumber, courseTitle } from './transcript';
import { concerns, warningFocusKey } from './warningCourses';

const ackFocus = (id: string) => `warning-${id}`;

/**
 * The course a warning concerns, named as the grid names it, with a way to go to it: the warning
 * about a transcript course the catalog does not know, or a course planned again after it was passed.
 */
function WarningCourse({ warning }: { warning: PlanWarning }) {
  const { view } = usePlanEditor();
  if (warning.courseNumber === null) return null;
  const courses = view.years.flatMap((y) => y.courses);
  const course = courses.find((c) => concerns(warning, c, 'number')) ?? courses.find((c) => concerns(warning, c));
  const where = warning.year ? `, ${YEAR_SHORT_LABELS[warning.year].toLowerCase()}` : '';
  const name = course ? `${courseTitle(course)} (${courseNumber(course)})` : warning.courseNumber;
  return (
    <p className="warning__course">
      <span>
        Course: {name}
        {where}
      </span>
      {course ? (
        <button type="button" className="button button--small button--quiet" onClick={() => focusByKey(courseFocusKey(course.id))}>
          Go to {courseTitle(course)}
          <span className="visually-hidden">{where}</span>
        </button>
      ) : null}
    </p>
  );
}

/** One warning: its message, then either its acknowledgement (the note) or a way to acknowledge it. */
function WarningItem({ warning }: { warning: PlanWarning }) {
  const { change } = usePlanEditor();
  const uid = useId();
  const [noting, setNoting] = useState(false);
  const [note, setNote] = useState('');
  const messageId = `${uid}-message`;
  // Cancelling puts focus back on the Acknowledge button it came from.
  const cancelled = useRef(false);
  useEffect(() => {
    if (!noting && cancelled.current) {
      cancelled.current = false;
      focusByKey(ackFocus(warning.id));
    }
  }, [noting, warning.id]);
  const cancel = () => {
    cancelled.current = true;
    setNoting(false);
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (note.trim() === '') return;
    const saved = await change(
      { op: 'acknowledgeWarning', warningId: warning.id, note: note.trim() },
      { done: 'Warning acknowledged.', focus: ackFocus(warning.id) },
    );
    if (saved) {
      setNoting(false);
      setNote('');
    }
  };

  const ack = warning.acknowledged;
  return (
    // Focusable from script only: a course card's warning mark brings focus here (warningCourses.ts).
    <li className={ack ? 'warning warning--acknowledged' : 'warning'} tabIndex={-1} {...focusKey(warningFocusKey(warning.id))}>
      <p id={messageId} className="warning__message">
        <span className="warning__mark" aria-hidden="true">
          {ack ? '✓' : '!'}
        </span>
        {warning.message}
      </p>
      <WarningCourse warning={warning} />
      {ack ? (
        <p className="warning__ack">
          <span>
            Acknowledged {formatDate(ack.date)}: “{ack.note}”
          </span>
          <button
            type="button"
            className="button button--small button--quiet"
            aria-describedby={messageId}
            onClick={() =>
              void change(
                { op: 'withdrawAcknowledgement', warningId: warning.id },
                { done: 'Acknowledgement withdrawn.', focus: ackFocus(warning.id) },
              )
            }
            {...focusKey(ackFocus(warning.id))}
          >
            Withdraw acknowledgement
          </button>
        </p>
      ) : noting ? (
        <form className="warning__form" onSubmit={(e) => void save(e)}>
          <div className="field field--grow">
            <label htmlFor={`${uid}-note`}>Note (why this is fine)</label>
            <input
              id={`${uid}-note`}
              type="text"
              autoFocus
              required
              maxLength={500}
              aria-describedby={messageId}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') cancel();
              }}
            />
          </div>
          <button type="submit" className="button button--small button--primary">
            Save acknowledgement
          </button>
          <button type="button" className="button button--small button--quiet" onClick={cancel}>
            Cancel
          </button>
        </form>
      ) : (
        <button
          type="button"
          className="button button--small"
          aria-describedby={messageId}
          onClick={() => setNoting(true)}
          {...focusKey(ackFocus(warning.id))}
        >
          Acknowledge
        </button>
      )}
    </li>
  );
}

/** Warnings never block: the counselor reads each, fixes the plan or acknowledges it with a note. */
export function WarningList() {
  const { view } = usePlanEditor();
  const open = view.warnings.filter((w) => !w.acknowledged).length;
  return (
    <section className="plan-card" aria-labelledby="plan-warnings-title">
      <h2 id="plan-warnings-title" className="plan-card__title">
        Warnings{' '}
        <span className="plan-card__count">
          {view.warnings.length === 0 ? 'none' : `${open} open, ${view.warnings.length - open} acknowledged`}
        </span>
      </h2>
      {view.warnings.length === 0 ? (
        <p className="plan-card__empty">No warnings: prerequisites, grade levels, repeats and credit loads all check out.</p>
      ) : (
        <ul className="warnings">
          {view.warnings.map((w) => (
            <WarningItem key={w.id} warning={w} />
          ))}
        </ul>
      )}
    </section>
  );
}
