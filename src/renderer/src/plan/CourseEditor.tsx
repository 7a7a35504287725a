import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { TERMS, type CourseStatus, type Term } from '../../../shared/domain/plan';
import type { PlanViewCourse } from '../../../shared/domain/plan-view';
import { PLAN_YEARS, isHighSchoolYear, type PlanYear } from '../../../shared/domain/program';
import { AlternateChoice } from './AlternateChoice';
import { ADD_COURSE_FOCUS, courseFocusKey, usePlanEditor } from './context';
import { credits, parseNumber } from './format';
import { COURSE_STATUS_LABELS, TERM_LABELS, YEAR_SHORT_LABELS } from './labels';

interface CourseEditorProps {
  id: string;
  course: PlanViewCourse;
  alignEnd: boolean;
  onClose(returnFocus: boolean): void;
}

/** The small editor beside a course: its status (with grade and credits earned), its term, its year, or remove it. */
export function CourseEditor({ id, course, alignEnd, onClose }: CourseEditorProps) {
  const { change } = usePlanEditor();
  const uid = useId();
  const first = useRef<HTMLSelectElement>(null);
  const [status, setStatus] = useState<CourseStatus>(course.status === 'failed' || course.status === 'withdrawn' ? 'completed' : course.status);
  const [grade, setGrade] = useState(course.grade ?? '');
  const [earned, setEarned] = useState(course.creditsEarned === null ? '' : String(course.creditsEarned));
  const [problem, setProblem] = useState<string | null>(null);
  const moveTargets = PLAN_YEARS.filter((y) => y !== course.year && isHighSchoolYear(y) === isHighSchoolYear(course.year));
  const [moveTo, setMoveTo] = useState<PlanYear>(moveTargets[0] ?? course.year);
  const [term, setTerm] = useState<Term>(course.term);
  const where = YEAR_SHORT_LABELS[course.year].toLowerCase();

  useEffect(() => first.current?.focus(), []);

  const saveStatus = async (e: FormEvent) => {
    e.preventDefault();
    const creditsEarned = status === 'completed' ? parseNumber(earned) : null;
    if (Number.isNaN(creditsEarned)) {
      setProblem('Credits earned is a number such as 1 or 0.5, or blank for the course’s credits.');
      return;
    }
    const op =
      status === 'completed'
        ? { op: 'setCourseStatus' as const, courseId: course.id, status, grade: grade.trim() || null, creditsEarned }
        : { op: 'setCourseStatus' as const, courseId: course.id, status };
    const label = status === 'completed' ? `completed${grade.trim() ? ` with ${grade.trim()}` : ''}` : COURSE_STATUS_LABELS[status].toLowerCase();
    const saved = await change(op, { done: `${course.title} is ${label}.`, focus: courseFocusKey(course.id) });
    if (saved) onClose(false);
  };

  const move = async () => {
    const saved = await change(
      { op: 'moveCourse', courseId: course.id, year: moveTo },
      { done: `Moved ${course.title} from ${where} to ${YEAR_SHORT_LABELS[moveTo].toLowerCase()}.`, focus: courseFocusKey(course.id) },
    );
    if (saved) onClose(false);
  };

  // The same year with another term: moveCourse keeps the course where it is and changes only its term.
  const saveTerm = async () => {
    if (term === course.term) {
      onClose(true);
      return;
    }
    const saved = await change(
      { op: 'moveCourse', courseId: course.id, year: course.year, term },
      { done: `${course.title} is now ${term === 'full_year' ? 'full year' : term} in ${where}.`, focus: courseFocusKey(course.id) },
    );
    if (saved) onClose(false);
  };

  const remove = async () => {
    const saved = await change(
      { op: 'removeCourse', courseId: course.id },
      { done: `Removed ${course.title} from ${where}.`, focus: ADD_COURSE_FOCUS },
    );
    if (saved) onClose(false);
  };

  return (
    <div
      id={id}
      role="group"
      aria-label={`Change ${course.title}, ${where}`}
      className={alignEnd ? 'course-editor course-editor--end' : 'course-editor'}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose(true);
        }
      }}
    >
      <form className="course-editor__section" onSubmit={(e) => void saveStatus(e)}>
        <div className="field">
          <label htmlFor={`${uid}-status`}>Status</label>
          <select ref={first} id={`${uid}-status`} value={status} onChange={(e) => setStatus(e.target.value as CourseStatus)}>
            {(['planned', 'in_progress', 'completed'] as const).map((s) => (
              <option key={s} value={s}>
                {COURSE_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        {status === 'completed' ? (
          <div className="course-editor__pair">
            <div className="field">
              <label htmlFor={`${uid}-grade`}>Grade</label>
              <input id={`${uid}-grade`} type="text" maxLength={5} value={grade} onChange={(e) => setGrade(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={`${uid}-earned`}>Credits earned</label>
              <input
                id={`${uid}-earned`}
                type="text"
                inputMode="decimal"
                placeholder={credits(course.credits)}
                aria-describedby={`${uid}-earned-hint`}
                value={earned}
                onChange={(e) => setEarned(e.target.value)}
              />
              <p id={`${uid}-earned-hint`} className="hint">
                Blank: the course’s {credits(course.credits)}
              </p>
            </div>
          </div>
        ) : null}
        <p role="alert" className="field-problem">
          {problem}
        </p>
        <button type="submit" className="button button--small button--primary">
          Save status
        </button>
      </form>
      <div className="course-editor__section course-editor__move">
        <div className="field">
          <label htmlFor={`${uid}-term`}>Term</label>
          <select id={`${uid}-term`} value={term} onChange={(e) => setTerm(e.target.value as Term)}>
            {TERMS.map((t) => (
              <option key={t} value={t}>
                {TERM_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button button--small" onClick={() => void saveTerm()}>
          Save term
        </button>
      </div>
      <AlternateChoice course={course} onSaved={() => onClose(false)} />
      {moveTargets.length > 0 ? (
        <div className="course-editor__section course-editor__move">
          <div className="field">
            <label htmlFor={`${uid}-move`}>Move to</label>
            <select id={`${uid}-move`} value={moveTo} onChange={(e) => setMoveTo(e.target.value as PlanYear)}>
              {moveTargets.map((y) => (
                <option key={y} value={y}>
                  {YEAR_SHORT_LABELS[y]}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button button--small" onClick={() => void move()}>
            Move
          </button>
        </div>
      ) : null}
      <div className="course-editor__section course-editor__end">
        <button type="button" className="button button--small button--danger" onClick={() => void remove()}>
          Remove course
        </button>
        <button type="button" className="button button--small button--quiet" onClick={() => onClose(true)}>
          Close
        </button>
      </div>
    </div>
  );
}
