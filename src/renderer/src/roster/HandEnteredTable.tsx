import type { RosterPreview } from '../../../shared/domain/roster';
import { Value } from '../ui/values';
import { importSession } from './importSession';
import type { ImportState } from './importState';

/**
 * Values a counselor entered by hand that this roster gives otherwise (issue 13): never replaced
 * in silence. Both are shown; the hand value stays unless the counselor ticks the box, and then
 * the field follows the roster again from this import on.
 */
export function HandEnteredTable({ preview, state }: { preview: RosterPreview; state: ImportState }) {
  return (
    <div className="table-scroll">
      <p>
        <input
          id="take-roster-values"
          type="checkbox"
          checked={state.takeRosterValues}
          onChange={(e) => importSession.setTakeRosterValues(e.target.checked)}
        />{' '}
        <label htmlFor="take-roster-values">Take the roster’s values instead of those entered by hand</label>
      </p>
      <table className="data-table">
        <caption>
          Entered by hand, different in the roster: {state.takeRosterValues ? 'the roster’s values will replace them' : 'kept as entered unless you take the roster’s values'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Name</th>
            <th scope="col">Field</th>
            <th scope="col">Entered by hand</th>
            <th scope="col">Roster says</th>
          </tr>
        </thead>
        <tbody>
          {preview.handEntered.map((h) => (
            <tr key={`${h.studentNumber}-${h.field}`}>
              <td className="num">{h.row}</td>
              <td>{h.name}</td>
              <td>{h.label}</td>
              <td>
                <Value value={h.hand} />
              </td>
              <td>
                <Value value={h.roster} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
