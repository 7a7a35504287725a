import { SUBJECT_AREA_LABELS, type Course } from '../../../shared/domain/catalog';
import { credits } from '../plan/format';
import { flagsText, gradesText, LENGTH_LABELS, prerequisitesText } from './courseText';
import { EditRowButton } from './setup';

export const editKey = (number: string) => `course-edit-${number}`;

/** The catalog as a table, one row per course, each with its Edit button. */
export function CourseTable({ courses, onEdit }: { courses: readonly Course[]; onEdit(course: Course): void }) {
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
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {courses.map((c) => (
            <tr key={c.number}>
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
              <td>
                <EditRowButton label={`Edit ${c.number} ${c.title}`} onClick={() => onEdit(c)} focus={editKey(c.number)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
