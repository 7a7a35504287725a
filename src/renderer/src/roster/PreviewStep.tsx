import type { Ref } from 'react';
import { absentRuleText, type RosterPreview } from '../../../shared/domain/roster';
import { withoutCommandLineHints } from '../../../shared/errors';
import { importSession } from './importSession';
import { absentNeedsConfirmation, studentsToImport, type ImportState } from './importState';
import { ChangesTable } from '../ui/ChangesTable';
import { CountList } from '../ui/CountList';
import { rosterCountItems } from './counts';
import { SameStudentTable } from './SameStudentTable';
import { HandEnteredTable } from './HandEnteredTable';
import { cappedNote, formatCount, RejectedTable, Value } from '../ui/values';

/** Step 3. What the import would do, before anything is written: the counts, then the rows behind them. */
export function PreviewStep({ heading, state }: { heading: Ref<HTMLHeadingElement>; state: ImportState }) {
  const preview = state.preview;
  if (!preview || !state.checked) return null;
  const n = studentsToImport(preview);
  const markAbsent = state.checked.markAbsent;
  const mustConfirm = absentNeedsConfirmation(state);
  return (
    <section className="step" aria-labelledby="import-step-title">
      <h2 id="import-step-title" ref={heading} tabIndex={-1} className="step__title">
        Check the preview
      </h2>
      <p className="step__intro">
        {preview.fileName}: what importing it would change. Nothing has been written yet.
      </p>
      <CountList
        label="What the import would do"
        items={rosterCountItems(
          preview.counts,
          markAbsent ? 'Not in this roster (to be marked)' : 'Not in this roster (left as they are)',
        )}
      />
      {preview.listsCapped ? (
        <p className="note">The lists below are long, so they show only their first rows; the counts above are complete.</p>
      ) : null}

      {n > 0 && mustConfirm ? <AbsentConfirmation preview={preview} state={state} /> : null}

      <div className="actions">
        {n > 0 ? (
          <button
            type="button"
            // aria-disabled, not disabled: the button stays in the tab order and reads out why it waits.
            className={mustConfirm && !state.confirmAbsent ? 'button button--primary button--blocked' : 'button button--primary'}
            aria-disabled={mustConfirm && !state.confirmAbsent ? true : undefined}
            aria-describedby={mustConfirm ? 'absent-warning' : undefined}
            onClick={() => void importSession.startImport()}
          >
            {`Import ${formatCount(n)} ${n === 1 ? 'student' : 'students'}`}
          </button>
        ) : (
          <p className="note note--warn" role="alert">
            {preview.nothingToImport ? withoutCommandLineHints(preview.nothingToImport) : 'Every row was rejected, so there is nothing to import. Fix the file, or the columns.'}
          </p>
        )}
        <button type="button" className="button" onClick={() => importSession.backToMapping()}>
          Back to the columns
        </button>
        <button type="button" className="button button--quiet" onClick={() => importSession.reset()}>
          Choose another file
        </button>
      </div>

      {n > 0 && preview.sameStudent.length > 0 ? <SameStudentTable preview={preview} state={state} /> : null}
      {n > 0 && preview.handEntered.length > 0 ? <HandEnteredTable preview={preview} state={state} /> : null}
      {preview.changed.length > 0 ? <ChangedTable preview={preview} /> : null}
      {preview.added.length > 0 ? <AddedTable preview={preview} /> : null}
      {preview.absent.length > 0 ? <AbsentTable preview={preview} markAbsent={markAbsent} /> : null}
      {preview.rejected.length > 0 ? <RejectedTable rows={preview.rejected} total={preview.counts.rejected} /> : null}
    </section>
  );
}

/**
 * More students to be marked than an import marks without asking: the count, the rule, and a
 * checkbox the counselor must tick before the Import button works. A file from the wrong school,
 * term or counselor is caught here instead of flipping the caseload.
 */
function AbsentConfirmation({ preview, state }: { preview: RosterPreview; state: ImportState }) {
  const absent = formatCount(preview.counts.absent);
  return (
    <div className="alert">
      <p id="absent-warning">
        {`This import would mark ${absent} of your ${formatCount(preview.activeStudents)} active students “not in latest roster”. `}
        {`An import marks at most ${formatCount(preview.absentLimit)} without asking (${absentRuleText()}). `}
        Check that this file is the whole roster; for a partial roster, go back to the columns and untick “This file is the whole roster”.
      </p>
      <div className="check">
        <input
          id="confirm-absent"
          type="checkbox"
          checked={state.confirmAbsent}
          aria-describedby="absent-warning"
          onChange={(e) => importSession.setConfirmAbsent(e.target.checked)}
        />
        <label htmlFor="confirm-absent">{`Yes, mark these ${absent} students “not in latest roster”`}</label>
      </div>
    </div>
  );
}

function ChangedTable({ preview }: { preview: RosterPreview }) {
  const groups = preview.changed.map((student) => ({
    key: `${student.studentNumber}-${student.row}`,
    changes: student.changes,
    head: (
      <>
        {student.name}
        <span className="student-cell__number">
          #{student.studentNumber} · row {student.row}
        </span>
        {student.differentPerson ? <span className="badge badge--roster">A different name: check this is the same student</span> : null}
      </>
    ),
  }));
  return <ChangesTable caption={<>Students who will change{cappedNote(preview.changed.length, preview.counts.updated)}</>} headLabel="Student" groups={groups} />;
}

function AddedTable({ preview }: { preview: RosterPreview }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>New students{cappedNote(preview.added.length, preview.counts.added)}</caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Student number</th>
            <th scope="col">Name</th>
          </tr>
        </thead>
        <tbody>
          {preview.added.map((s) => (
            <tr key={`${s.studentNumber}-${s.row}`}>
              <td className="num">{s.row}</td>
              <td className="student-number">{s.studentNumber}</td>
              <td>{s.name}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AbsentTable({ preview, markAbsent }: { preview: RosterPreview; markAbsent: boolean }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>
          Students not in this roster{cappedNote(preview.absent.length, preview.counts.absent)}:{' '}
          {markAbsent ? 'they will be marked “not in latest roster”, not deleted' : 'they are left as they are'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Student number</th>
            <th scope="col">Name</th>
          </tr>
        </thead>
        <tbody>
          {preview.absent.map((s) => (
            <tr key={s.studentNumber}>
              <td className="student-number">{s.studentNumber}</td>
              <td>{s.name}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
