import { useEffect, useMemo, useRef, useState } from 'react';
import { SUBJECT_AREA_LABELS, type Course } from '../../../shared/domain/catalog';
import type { UnmatchedCourse } from '../../../shared/domain/history';
import { foldForSearch } from '../../../shared/text';
import { api } from '../client/api';
import { Combobox, type ComboboxOption } from '../plan/Combobox';
import { indexPlaceables, placeableDetail, placeableText, searchPlaceables, type Placeable } from '../plan/courseSearch';
import { messageOf } from '../shell/ErrorAlert';
import { formatCount } from '../ui/values';
import '../plan/choosers.css';

const keyOf = (c: { courseNumber: string; title: string }) => `${c.courseNumber}\u0000${c.title}`;
const nameOf = (c: UnmatchedCourse) => [c.courseNumber, c.title].filter((s) => s !== '').join(' ');

/**
 * "Transcript courses not in the catalog": the courses a course history import brought that the
 * catalog does not know (a transfer, a retired course), with how many students have each and the
 * area their credits count toward meanwhile. The counselor picks the catalog course it is and
 * saves: the match is remembered for every plan and every later import, and the course leaves the
 * list. Only shown while there is something to match (or a match was just saved).
 */
export function TranscriptCourses({ catalog }: { catalog: readonly Course[] }) {
  const [courses, setCourses] = useState<UnmatchedCourse[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const title = useRef<HTMLHeadingElement>(null);
  const section = useRef<HTMLElement>(null);
  const refocus = useRef(false);
  const index = useMemo(() => indexPlaceables(catalog, []), [catalog]);

  // Asked again whenever the catalog is read again: a course added or imported may be the one a transcript names.
  useEffect(() => {
    let live = true;
    api['history.unmatched']({}).then(
      (r) => live && setCourses(r.courses),
      (e: unknown) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [catalog]);

  // The row that had focus is gone once the list is drawn without it: continue from the first
  // course's field, or the section's title when none is left.
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    const next = section.current?.querySelector<HTMLInputElement>('input[role="combobox"]');
    (next ?? title.current)?.focus();
  }, [courses]);

  const saved = (course: UnmatchedCourse, to: Course, remaining: UnmatchedCourse[]) => {
    refocus.current = true;
    setCourses(remaining);
    setStatus(`${nameOf(course)} is now matched to ${to.number} ${to.title}; every plan counts it as that course, and later imports remember it.`);
  };

  if (error) {
    return (
      // Not an alert: nothing the counselor just did failed; the rest of the page works.
      <p className="note note--warn">
        The transcript courses not in the catalog could not be shown: {error}
      </p>
    );
  }
  if (courses === null || (courses.length === 0 && status === '')) return null;
  return (
    <section ref={section} className="setup-card transcript-courses" aria-labelledby="transcript-courses-title" id="transcript-courses">
      <h2 id="transcript-courses-title" ref={title} tabIndex={-1} className="setup-card__title">
        Transcript courses not in the catalog
      </h2>
      <p className="setup-form__note">
        Course history files name these courses, but the catalog does not know them. Their credits count toward the area shown until you
        match each to the catalog course it is; a match is remembered for every plan and every later import.
      </p>
      <p role="status" className="setup-status">
        {status}
      </p>
      {courses.length === 0 ? <p>Every transcript course is matched to the catalog.</p> : null}
      <ul className="transcript-courses__list">
        {courses.map((c) => (
          <TranscriptCourseRow key={keyOf(c)} course={c} catalog={catalog} index={index} onSaved={saved} />
        ))}
      </ul>
    </section>
  );
}

function TranscriptCourseRow({
  course,
  catalog,
  index,
  onSaved,
}: {
  course: UnmatchedCourse;
  catalog: readonly Course[];
  index: ReturnType<typeof indexPlaceables>;
  onSaved(course: UnmatchedCourse, to: Course, remaining: UnmatchedCourse[]): void;
}) {
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<Placeable | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const matches = useMemo(() => searchPlaceables(index, text), [index, text]);
  const options: ComboboxOption[] = matches.map((p) => ({ id: p.number, label: p.title, detail: placeableDetail(p) }));
  const name = nameOf(course);

  // Typing an exact catalog number and pressing Save works without picking from the list.
  const chosen = (): Course | null => {
    if (picked?.kind === 'course') return picked.course;
    const folded = foldForSearch(text).trim();
    return catalog.find((c) => foldForSearch(c.number) === folded) ?? null;
  };

  const save = async () => {
    if (saving) return;
    const to = chosen();
    if (!to) {
      setProblem(text.trim() === '' ? 'Type a catalog course’s number or title, then pick it from the list.' : `No catalog course is “${text.trim()}”: pick one from the list.`);
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      const r = await api['history.matchCourse']({ courseNumber: course.courseNumber, title: course.title, catalogNumber: to.number });
      onSaved(course, to, r.courses);
    } catch (e) {
      setProblem(`The match was not saved: ${messageOf(e)}`);
      setSaving(false);
    }
  };

  const problemId = `${keyOf(course).replace(/\W+/g, '-')}-problem`;
  return (
    <li className="transcript-course">
      <div className="transcript-course__facts">
        <strong>{name || '(no number or title)'}</strong>
        <span>{`${formatCount(course.students)} ${course.students === 1 ? 'student' : 'students'}`}</span>
        <span>{`Counted as ${SUBJECT_AREA_LABELS[course.area]}${course.creditType ? ` (credit type ${course.creditType})` : ''}`}</span>
      </div>
      <div className="transcript-course__match">
        <Combobox
          className="field--grow"
          label={`Catalog course for ${name}`}
          value={text}
          onValueChange={(t) => {
            setText(t);
            setPicked(null);
            setProblem(null);
          }}
          options={options}
          onPick={(o) => {
            const p = matches.find((m) => m.number === o.id);
            if (!p) return;
            setPicked(p);
            setText(placeableText(p));
          }}
          emptyText="No course in the catalog matches."
        />
        <button
          type="button"
          className="button"
          aria-label={`Save the match for ${name}`}
          aria-describedby={problem ? problemId : undefined}
          aria-disabled={saving || undefined}
          onClick={() => void save()}
        >
          {saving ? 'Saving…' : 'Save'}
        </button>
      </div>
      {problem ? (
        <p id={problemId} className="field-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </li>
  );
}
