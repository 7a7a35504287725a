import { useState } from 'react';
import { AddCourse } from './AddCourse';
import { usePlanEditor } from './context';
import { CourseItem } from './CourseItem';
import { credits } from './format';
import { cellCourses, GRID_ROWS } from './grid';
import { RequirementStrip } from './RequirementPanel';
import { YEAR_SHORT_LABELS } from './labels';

/**
 * The course grid: requirement areas down, grade 9 through two years after high school across,
 * as a real table (row and column headers), with the credits of each year at the foot.
 */
export function CourseGrid() {
  const { view } = usePlanEditor();
  const [openId, setOpenId] = useState<string | null>(null);
  const lastColumns = view.years.length - 2;

  return (
    <section className="plan-card plan-courses" aria-labelledby="plan-courses-title">
      <h2 id="plan-courses-title" className="plan-card__title">
        Courses by year
      </h2>
      <AddCourse />
      <RequirementStrip />
      <div className="plan-grid-scroll">
        <table className="plan-grid" aria-labelledby="plan-courses-title">
          <thead>
            <tr>
              <th scope="col" className="plan-grid__corner">
                Area
              </th>
              {view.years.map((y) => (
                <th scope="col" key={y.year} className={y.year.startsWith('ps') ? 'plan-grid__year plan-grid__year--after' : 'plan-grid__year'}>
                  <span className="plan-grid__year-label">{YEAR_SHORT_LABELS[y.year]}</span>
                  {y.schoolYear ? <span className="plan-grid__school-year">{y.schoolYear}</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {GRID_ROWS.map((row) => (
              <tr key={row.id}>
                <th scope="row" className="plan-grid__area">
                  {row.label}
                </th>
                {view.years.map((y, i) => {
                  const courses = cellCourses(view, row.id, i);
                  return (
                    <td key={y.year} className={y.year.startsWith('ps') ? 'plan-grid__cell plan-grid__cell--after' : 'plan-grid__cell'}>
                      {courses.length > 0 ? (
                        <ul className="plan-grid__courses">
                          {courses.map((c) => (
                            <li key={c.id}>
                              <CourseItem
                                course={c}
                                open={openId === c.id}
                                alignEnd={i >= lastColumns}
                                onToggle={(open) => setOpenId(open ? c.id : null)}
                              />
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className="plan-grid__area">
                Credits
              </th>
              {view.years.map((y) => (
                <td key={y.year} className="plan-grid__credits">
                  <span className="plan-grid__credits-planned">{credits(y.credits.planned)}</span>
                  {y.credits.earned > 0 ? <span className="plan-grid__credits-earned"> ({credits(y.credits.earned)} earned)</span> : null}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
