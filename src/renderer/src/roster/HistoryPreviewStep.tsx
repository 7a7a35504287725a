import type { Ref } from 'react';
import { SUBJECT_AREA_LABELS } from '../../../shared/domain/catalog';
import type { HistoryPreview } from '../../../shared/domain/history';
import { withoutCommandLineHints } from '../../../shared/errors';
import { AreaChoiceTable, type AreaSource } from '../ui/AreaChoiceTable';
import { CountList } from '../ui/CountList';
import { cappedNote, formatCount, RejectedTable, Value } from '../ui/values';
import { historyCountItems, rowsToImport, type HistoryState } from './historyState';
import { historySession } from './historySession';

const CREDIT_TYPE_SOURCE: Record<AreaSource, string> = {
  unmapped: 'Not mapped: its courses the catalog does not know count as electives until you choose.',
  chosen: 'Your choice, remembered for the next file.',
  remembered: 'Remembered from an earlier import.',
  automatic: 'Read from the credit type’s name.',
};

/** "2024-25 S1", "2024-25", "S1", or blank: when the row was taken, as the file says it. */
export function whenTaken(row: { schoolYear: string | null; term: string }): string {
  return [row.schoolYear ?? '', row.term].filter((s) => s !== '').join(' ');
}

/**
 * Step 3 of a course history import: what importing would do, before anything is written — the
 * counts, the subject area of each credit type (chosen here: a choice checks the file again), the
 * courses the catalog does not know, the rows that change, the rows no longer in the file (kept),
 * and the rejected rows.
 */
export function HistoryPreviewStep({ heading, state }: { heading: Ref<HTMLHeadingElement>; state: HistoryState }) {
  const preview = state.preview;
  if (!preview || !state.checked) return null;
  const rows = rowsToImport(preview);
  const checking = state.job !== null && state.inlineCheck;
  const unmapped = preview.creditTypes.filter((c) => c.area === null);
  return (
    <section className="step" aria-labelledby="import-step-title">
      <h2 id="import-step-title" ref={heading} tabIndex={-1} className="step__title">
        Check the preview
      </h2>
      <p className="step__intro">{preview.fileName}: what importing this course history would change. Nothing has been written yet.</p>
      <CountList label="What the import would do" items={historyCountItems(preview.counts, false)} />
      {preview.listsCapped ? (
        <p className="note">The lists below are long, so they show only their first rows; the counts above are complete.</p>
      ) : null}
      <p className={checking ? 'note' : 'visually-hidden'} aria-live="polite">
        {checking ? 'Checking the file again with your choice…' : ''}
      </p>

      <div className="actions">
        {rows > 0 ? (
          <button
            type="button"
            // aria-disabled, not disabled: the button keeps its place in the tab order while the check runs.
            className={checking ? 'button button--primary button--blocked' : 'button button--primary'}
            aria-disabled={checking || undefined}
            onClick={() => void historySession.startImport()}
          >
            {`Import ${formatCount(rows)} course ${rows === 1 ? 'row' : 'rows'} for ${formatCount(preview.counts.students)} ${preview.counts.students === 1 ? 'student' : 'students'}`}
          </button>
        ) : (
          <p className="note note--warn" role="alert">
            {preview.nothingToImport ? withoutCommandLineHints(preview.nothingToImport) : 'Every row was rejected, so there is nothing to import. Fix the file, or the columns.'}
          </p>
        )}
        <button type="button" className="button" onClick={() => historySession.backToMapping()}>
          Back to the columns
        </button>
        <button type="button" className="button button--quiet" onClick={() => historySession.reset()}>
          Choose another file
        </button>
      </div>

      {preview.creditTypes.length > 0 ? (
        <>
          {unmapped.length > 0 ? (
            <p className="note">
              {unmapped.length === 1 ? 'One credit type' : `${unmapped.length} credit types`} in this file {unmapped.length === 1 ? 'does' : 'do'} not
              name a subject area the app knows. Courses the catalog does not know count as electives until you choose an area below.
            </p>
          ) : null}
          <AreaChoiceTable
            caption="Credit types in this file and the subject area they count toward"
            wordHeader="Credit type"
            words={preview.creditTypes.map((c) => ({ ...c, word: c.creditType, area: state.areaChoices[c.creditType] ?? c.area }))}
            sourceText={CREDIT_TYPE_SOURCE}
            onChoose={(creditType, area) => void historySession.chooseCreditType(creditType, area)}
          />
        </>
      ) : null}
      {preview.unmatched.length > 0 ? <UnmatchedTable courses={preview.unmatched} /> : null}
      {preview.changed.length > 0 ? <ChangedTable preview={preview} /> : null}
      {preview.missing.length > 0 ? <MissingTable preview={preview} /> : null}
      {preview.rejected.length > 0 ? <RejectedTable rows={preview.rejected} total={preview.counts.rejected} /> : null}
    </section>
  );
}

/** Courses the catalog does not know: still completed with their credits, listed to be matched after the import. */
export function UnmatchedTable({ courses }: { courses: HistoryPreview['unmatched'] }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>Courses the catalog does not know: they count toward the area shown until you match them to a catalog course</caption>
        <thead>
          <tr>
            <th scope="col">Course number</th>
            <th scope="col">Title</th>
            <th scope="col" className="num">
              Students
            </th>
            <th scope="col">Credit type</th>
            <th scope="col">Counted as</th>
          </tr>
        </thead>
        <tbody>
          {courses.map((c) => (
            <tr key={`${c.courseNumber}\u0000${c.title}`}>
              <td className="student-number">
                <Value value={c.courseNumber} />
              </td>
              <td>{c.title}</td>
              <td className="num">{formatCount(c.students)}</td>
              <td>
                <Value value={c.creditType} />
              </td>
              <td>{SUBJECT_AREA_LABELS[c.area]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ChangedTable({ preview }: { preview: HistoryPreview }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>Courses that will change{cappedNote(preview.changed.length, preview.counts.updated)}</caption>
        <thead>
          <tr>
            <th scope="col">Student and course</th>
            <th scope="col">Field</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        {preview.changed.map((row) => (
          <tbody key={`${row.studentNumber}-${row.row}`} className="change-group">
            {row.changes.map((change, i) => (
              <tr key={change.field}>
                {i === 0 ? (
                  <th scope="rowgroup" rowSpan={row.changes.length} className="student-cell">
                    {row.name}
                    <span className="student-cell__number">
                      #{row.studentNumber} · row {row.row}
                    </span>
                    <span className="student-cell__number">{`${row.courseNumber} ${row.title} · ${whenTaken(row)}`.trim()}</span>
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

function MissingTable({ preview }: { preview: HistoryPreview }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>
          Courses no longer in this file{cappedNote(preview.missing.length, preview.counts.missing)}: they are kept and flagged, not deleted
        </caption>
        <thead>
          <tr>
            <th scope="col">Student</th>
            <th scope="col">Course</th>
            <th scope="col">Taken</th>
          </tr>
        </thead>
        <tbody>
          {preview.missing.map((m) => (
            <tr key={`${m.studentNumber}\u0000${m.courseNumber}\u0000${m.schoolYear ?? ''}\u0000${m.term}`}>
              <td>
                {m.name} <span className="student-cell__number">#{m.studentNumber}</span>
              </td>
              <td>{`${m.courseNumber} ${m.title}`.trim()}</td>
              <td>
                <Value value={whenTaken(m)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
