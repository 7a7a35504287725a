import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { PLAN_YEARS, isHighSchoolYear, type PlanYear } from '../../../shared/domain/program';
import { foldForSearch } from '../../../shared/text';
import { Combobox, type ComboboxOption } from './Combobox';
import { ADD_COURSE_FOCUS, usePlanEditor } from './context';
import { indexPlaceables, placeableDetail, placeableText, searchPlaceables, type Placeable } from './courseSearch';
import { YEAR_SHORT_LABELS } from './labels';

/** Where a picked course goes unless the counselor says otherwise: the first year it is offered, from now on. */
function suggestedYear(p: Placeable, studentGrade: number | null): PlanYear {
  if (p.kind === 'postsecondary') return 'ps1';
  const from = Math.max(9, studentGrade ?? 9);
  const grade = p.course.grades.find((g) => g >= from) ?? p.course.grades[0] ?? 9;
  return String(grade) as PlanYear;
}

/** Add a course: type its number or title, pick it from the list, choose the year, Add. */
export function AddCourse() {
  const { view, reference, change } = usePlanEditor();
  // Retired courses stay in the plans that hold them but are not offered for new placements.
  const index = useMemo(() => indexPlaceables(reference.courses.filter((c) => !c.retired), reference.postsecondary), [reference]);
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<Placeable | null>(null);
  const [year, setYear] = useState<PlanYear>(() => String(Math.min(12, Math.max(9, view.student.grade ?? 9))) as PlanYear);
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const yearId = useId();
  const problemId = useId();

  const matches = useMemo(() => (picked ? [] : searchPlaceables(index, text)), [index, text, picked]);
  const options: ComboboxOption[] = matches.map((p) => ({ id: `${p.kind}:${p.number}`, label: p.title, detail: placeableDetail(p) }));
  const years = picked ? PLAN_YEARS.filter((y) => isHighSchoolYear(y) === (picked.kind === 'course')) : PLAN_YEARS;

  const onPick = (o: ComboboxOption) => {
    const p = matches.find((m) => `${m.kind}:${m.number}` === o.id);
    if (!p) return;
    setPicked(p);
    setText(placeableText(p));
    setYear(suggestedYear(p, view.student.grade));
    setProblem(null);
  };

  // Typing an exact course number and pressing Add works without picking from the list.
  const chosen = (): Placeable | null => {
    if (picked) return picked;
    const folded = foldForSearch(text).trim();
    return index.find((p) => p.number === folded)?.item ?? null;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const p = chosen();
    if (!p) {
      setProblem(text.trim() === '' ? 'Type a course number or title first.' : `No course matches “${text.trim()}”: choose one from the list.`);
      input.current?.focus();
      return;
    }
    const target = isHighSchoolYear(year) === (p.kind === 'course') ? year : suggestedYear(p, view.student.grade);
    const saved = await change(
      { op: 'placeCourse', courseNumber: p.number, year: target },
      { done: `Added ${p.title} to ${YEAR_SHORT_LABELS[target].toLowerCase()}.`, focus: ADD_COURSE_FOCUS },
    );
    if (saved) {
      setText('');
      setPicked(null);
      setProblem(null);
    }
  };

  return (
    <form className="add-course" onSubmit={(e) => void submit(e)} aria-label="Add a course">
      <Combobox
        ref={input}
        className="field--grow"
        label="Add a course (number or title)"
        value={text}
        onValueChange={(t) => {
          setText(t);
          setPicked(null);
          setProblem(null);
        }}
        options={options}
        onPick={onPick}
        emptyText="No course in the catalog matches."
        focusKey={ADD_COURSE_FOCUS}
      />
      <div className="field field--narrow">
        <label htmlFor={yearId}>Year</label>
        <select id={yearId} value={year} onChange={(e) => setYear(e.target.value as PlanYear)}>
          {years.map((y) => (
            <option key={y} value={y}>
              {YEAR_SHORT_LABELS[y]}
              {picked?.kind === 'course' && !picked.course.grades.includes(Number(y)) ? ' (not offered)' : ''}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--primary add-course__button" aria-describedby={problem ? problemId : undefined}>
        Add course
      </button>
      <p id={problemId} className="field-problem" role="alert">
        {problem}
      </p>
    </form>
  );
}
