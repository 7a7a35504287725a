import { useId, useState } from 'react';
import type { PlanViewCourse } from '../../../shared/domain/plan-view';
import { isHighSchoolYear } from '../../../shared/domain/program';
import { courseFocusKey, usePlanEditor } from './context';

const NONE = '';

/**
 * "Alternate for…": in the course editor, make a planned course an alternate for another course of
 * the same year (what the scheduler tries if that one cannot be scheduled), with its rank among that
 * course's alternates, or a course of its own again. The rules (same year, no chains, planned only)
 * are the core's (plans/alternates.ts); this offers only the choices they allow.
 */
export function AlternateChoice({ course, onSaved }: { course: PlanViewCourse; onSaved(): void }) {
  const { view, change } = usePlanEditor();
  const uid = useId();
  const year = view.years.find((y) => y.year === course.year);
  const own = (year?.courses ?? []).filter((c) => c.source === 'counselor');
  const hasAlternates = own.some((c) => c.alternateFor?.courseId === course.id);
  const candidates = own.filter((c) => c.id !== course.id && !c.alternateFor);
  const [forId, setForId] = useState(course.alternateFor?.courseId ?? NONE);
  const siblings = own.filter((c) => c.alternateFor?.courseId === forId && c.id !== course.id).length;
  const [rank, setRank] = useState(course.alternateFor?.rank ?? siblings + 1);

  if (!isHighSchoolYear(course.year) || course.status !== 'planned') return null;
  if (hasAlternates) {
    return (
      <p className="course-editor__section hint">
        Other courses are alternates for this one; it cannot be an alternate itself.
      </p>
    );
  }
  if (candidates.length === 0 && !course.alternateFor) return null;

  const save = async () => {
    const target = candidates.find((c) => c.id === forId);
    const saved = await change(
      { op: 'setAlternate', courseId: course.id, forCourseId: target ? target.id : null, ...(target ? { rank } : {}) },
      {
        done: target ? `${course.title} is alternate ${rank} for ${target.title}.` : `${course.title} is a course of its own again.`,
        focus: courseFocusKey(course.id),
      },
    );
    if (saved) onSaved();
  };

  const ranks = Array.from({ length: Math.max(1, siblings + 1) }, (_, i) => i + 1);
  return (
    <div className="course-editor__section course-editor__move">
      <div className="field">
        <label htmlFor={`${uid}-for`}>Alternate for…</label>
        <select
          id={`${uid}-for`}
          value={forId}
          aria-describedby={`${uid}-hint`}
          onChange={(e) => {
            setForId(e.target.value);
            setRank(own.filter((c) => c.alternateFor?.courseId === e.target.value && c.id !== course.id).length + 1);
          }}
        >
          <option value={NONE}>None: a course of its own</option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title} ({c.courseNumber})
            </option>
          ))}
        </select>
        <p id={`${uid}-hint`} className="hint">
          An alternate counts no credits
        </p>
      </div>
      {forId !== NONE ? (
        <div className="field">
          <label htmlFor={`${uid}-rank`}>Rank</label>
          <select id={`${uid}-rank`} value={rank} onChange={(e) => setRank(Number(e.target.value))}>
            {ranks.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <button type="button" className="button button--small" onClick={() => void save()}>
        Save alternate
      </button>
    </div>
  );
}
