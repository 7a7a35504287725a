import { useId, useMemo, useRef, useState } from 'react';
import { isHighSchoolYear, PLAN_YEAR_LABELS, type PlanYear } from '../../../shared/domain/program';
import { Combobox, type ComboboxOption } from '../plan/Combobox';
import { placeableDetail, searchPlaceables, type IndexedPlaceable } from '../plan/courseSearch';
import { entryName, type CatalogLookup } from './ProgramDetail';
import '../plan/choosers.css';

/**
 * One year of a program of study: the courses it lists, each with a Remove button, and a combobox
 * that finds a course in the catalog (grades 9–12) or a postsecondary entry (after high school) by
 * number or title, the same search as the plan's "Add a course". A number the catalog does not
 * know (a program imported before its course) stays listed, marked, until it is removed.
 */
export function YearCourses({
  year,
  codes,
  onChange,
  index,
  catalog,
}: {
  year: PlanYear;
  codes: readonly string[];
  onChange(codes: string[]): void;
  /** Catalog courses and postsecondary entries, indexed once for the whole form. */
  index: readonly IndexedPlaceable[];
  catalog: CatalogLookup;
}) {
  const legendId = useId();
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const yearLabel = PLAN_YEAR_LABELS[year];
  const kind = isHighSchoolYear(year) ? 'course' : 'postsecondary';
  const ofYear = useMemo(() => index.filter((p) => p.item.kind === kind), [index, kind]);
  const picked = new Set(codes);
  const options: ComboboxOption[] = searchPlaceables(ofYear, text, 24)
    .filter((p) => !picked.has(p.number))
    .slice(0, 12)
    .map((p) => ({ id: p.number, label: p.title, detail: placeableDetail(p) }));

  // After a removal focus goes to the Remove button now in that place, or to the search when the
  // list is empty: never to the top of the page, and never onto a button that has gone.
  const remove = (i: number) => {
    const rest = codes.filter((_, j) => j !== i);
    onChange(rest);
    requestAnimationFrame(() => {
      const buttons = list.current?.querySelectorAll('button');
      const next = buttons?.[Math.min(i, rest.length - 1)];
      (next ?? input.current)?.focus();
    });
  };

  return (
    <fieldset className="setup-fieldset setup-fieldset--column year-courses" aria-labelledby={legendId}>
      <legend id={legendId}>{yearLabel}</legend>
      {codes.length === 0 ? (
        <p className="none">No courses listed.</p>
      ) : (
        <ul ref={list} className="year-courses__list" aria-label={`Courses in ${yearLabel}`}>
          {codes.map((code, i) => {
            const name = entryName(year, code, catalog);
            return (
              <li key={`${code}-${i}`} className="year-courses__item">
                <span>
                  <span className="course-table__number">{code}</span> {name}
                </span>
                <button type="button" className="button button--small" aria-label={`Remove ${code} ${name} from ${yearLabel}`} onClick={() => remove(i)}>
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {/* Enter with text that matched nothing would submit the whole program form: it only adds. */}
      <div
        onKeyDown={(e) => {
          if (e.key === 'Enter' && text.trim() !== '') e.preventDefault();
        }}
      >
        <Combobox
          ref={input}
          className="field--wide"
          label={`Add a course to ${yearLabel}`}
          value={text}
          onValueChange={setText}
          options={options}
          onPick={(o) => {
            onChange([...codes, o.id]);
            setText('');
          }}
          emptyText={kind === 'course' ? 'No course in the catalog matches. Add it on the Courses page first.' : 'No postsecondary entry matches.'}
          hint="Type a number or words of the title; Enter adds the highlighted one."
        />
      </div>
    </fieldset>
  );
}
