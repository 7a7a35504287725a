import type { ReactNode } from 'react';
import { Value } from './values';

type Shown = string | number | null;

export interface ChangeGroup {
  key: string;
  /** What the group is about (a student, a student's course): the row header of its changes. */
  head: ReactNode;
  changes: readonly { field: string; label: string; before: Shown; after: Shown }[];
}

/**
 * "Before → after" for each thing an import would change, one table body per thing with its head
 * cell spanning its rows (so a screen reader announces whose change each row is). The roster's
 * students and the course history's courses both use it.
 */
export function ChangesTable({ caption, headLabel, groups }: { caption: ReactNode; headLabel: string; groups: readonly ChangeGroup[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{headLabel}</th>
            <th scope="col">Field</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.key} className="change-group">
            {group.changes.map((change, i) => (
              <tr key={change.field}>
                {i === 0 ? (
                  <th scope="rowgroup" rowSpan={group.changes.length} className="student-cell">
                    {group.head}
                  </th>
                ) : null}
                <td>{change.label}</td>
                <td className="cell-value cell-value--before">
                  <Value value={change.before} />
                </td>
                <td className="cell-value cell-value--after">
                  <span aria-hidden="true" className="arrow">
                    →{' '}
                  </span>
                  <Value value={change.after} />
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
