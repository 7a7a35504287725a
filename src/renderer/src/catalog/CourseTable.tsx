import { SUBJECT_AREA_LABELS, type Course } from '../../../shared/domain/catalog';
import { credits } from '../plan/format';
import { flagsText, gradesText, LENGTH_LABELS, prerequisitesText } from './courseText';
import { EditRowButton } from '../ui/setup';

export const editKey = (number: string) => `course-edit-${number}`;

/**
 * The catalog as a table, one row per course, each with its Edit button and its Retire (or Bring
 * back) button. The retire button stays the same element when its label changes, so focus stays on it.
 */
export function CourseTable({
  courses,
  onEdit,
  onRetire,
}: {
  courses: readonly Course[];
  onEdit(course: Course): void;
  onRetire(course: Course, retired: boolean): void;
}) {
  return (
    <div className="table-scroll">
      <table className="data-table course-table">
        <caption>Courses in the catalog</caption>
        <thead>
          <tr>
            <th scope="col">Number</th>
            <th scope="col">Title</th>
            <th scope="col" className="num">
              Credits
            </th>
            <th scope="col">Area</th>
            <th scope="col">Grades</th>
            <th scope="col">Length</th>
            <th scope="col">Flags</th>
            <th scope="col">Prerequisites</th>
            <th scope="col">Offered</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {courses.map((c) => (
            <tr key={c.number} className={c.retired ? 'course-table__retired' : undefined}>
              <th scope="row" className="course-table__number">
                {c.number}
              </th>
              <td>{c.title}</td>
              <td className="num">{credits(c.credits)}</td>
              <td>{SUBJECT_AREA_LABELS[c.area]}</td>
              <td>{gradesText(c.grades)}</td>
              <td>{LENGTH_LABELS[c.length]}</td>
              <td>{flagsText(c)}</td>
              <td>{prerequisitesText(c.prerequisites)}</td>
              <td>{c.retired ? 'Retired' : 'Yes'}</td>
              <td className="course-table__actions">
                <EditRowButton label={`Edit ${c.number} ${c.title}`} onClick={() => onEdit(c)} focus={editKey(c.number)} />
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`${c.retired ? 'Bring back' : 'Retire'} ${c.number} ${c.title}`}
                  onClick={() => onRetire(c, !c.retired)}
                >
                  {c.retired ? 'Bring back' : 'Retire'}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
