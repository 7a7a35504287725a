import type { RosterPreview, SameStudent } from '../../../shared/domain/roster';
import { importSession } from './importSession';
import { sameStudentKey, type ImportState } from './importState';

function matchedOn(pair: SameStudent): string {
  return pair.matchedOn === 'dateOfBirth' ? 'Name and birth date' : 'Name and grade';
}

/**
 * Rows whose new number may belong to a student the caseload has under another number. Each pair
 * is the counselor's call: the same student (the number changes; plan and history stay with it)
 * or two students (a new one is added, the old one is marked).
 */
export function SameStudentTable({ preview, state }: { preview: RosterPreview; state: ImportState }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>
          Same student, new number? Tick the students
          who only changed number: they keep their plan and history. Left unticked, the row is imported as a new student
          and the one in your caseload is marked “not in latest roster”.
        </caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Name</th>
            <th scope="col">Number in your caseload</th>
            <th scope="col">Number in the file</th>
            <th scope="col">What matches</th>
            <th scope="col">Same student?</th>
          </tr>
        </thead>
        <tbody>
          {preview.sameStudent.map((pair) => {
            const key = sameStudentKey(pair);
            const id = `same-student-${pair.previousNumber}-${pair.studentNumber}`;
            return (
              <tr key={key}>
                <td className="num">{pair.row}</td>
                <td>{pair.name}</td>
                <td className="student-number">
                  {pair.previousNumber}
                  {pair.previousStatus === 'not_in_latest_roster' ? ' (not in latest roster)' : ''}
                </td>
                <td className="student-number">{pair.studentNumber}</td>
                <td>{matchedOn(pair)}</td>
                <td>
                  <input
                    id={id}
                    type="checkbox"
                    checked={state.renumberAccepted[key] === true}
                    onChange={(e) => importSession.setSameStudent(key, e.target.checked)}
                  />{' '}
                  <label htmlFor={id}>{`Same student: change #${pair.previousNumber} to #${pair.studentNumber}`}</label>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
