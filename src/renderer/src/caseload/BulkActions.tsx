import { useEffect, useRef, useState } from 'react';
import type { BulkAction, BulkResult, BulkStudentOutcome, BulkUndoResult } from '../../../shared/domain/bulk';
import type { ProgramOfStudy } from '../../../shared/domain/program';
import { api } from '../client/api';
import { ErrorAlert, messageOf } from '../shell/ErrorAlert';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** "Changed 3 plans; 1 passed over." — the counts first, each student's line below. */
function sentence(results: readonly BulkStudentOutcome[], undone: boolean): string {
  const count = (o: BulkStudentOutcome['outcome']) => results.filter((r) => r.outcome === o).length;
  const parts = [`${undone ? 'Took back' : 'Changed'} ${plural(count('changed'), 'plan', 'plans')}`];
  if (count('unchanged') > 0) parts.push(`${plural(count('unchanged'), 'plan', 'plans')} had nothing to change`);
  if (count('refused') > 0) parts.push(`${plural(count('refused'), 'student', 'students')} passed over`);
  return `${parts.join('; ')}.`;
}

interface Outcome {
  results: BulkStudentOutcome[];
  undo: BulkResult['undo'];
  undone: boolean;
}

/**
 * The bar that acts on the students chosen in the caseload: apply a program of study, mark
 * reviewed (plans.bulk, one transaction), then what happened to each student, and one Undo for
 * the whole action (plans.bulkUndo). Export and print above it use the same choice.
 */
export function BulkActions({ selected, onChanged, onClear }: { selected: readonly string[]; onChanged: () => void; onClear: () => void }) {
  const [programs, setPrograms] = useState<ProgramOfStudy[]>([]);
  const [programId, setProgramId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const report = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    void api['programs.list']({}).then((p) => setPrograms(p.programs), (e: unknown) => setError(messageOf(e)));
  }, []);
  useEffect(() => {
    if (outcome) report.current?.focus();
  }, [outcome]);

  const run = async (work: () => Promise<Outcome>) => {
    setBusy(true);
    setError(null);
    try {
      setOutcome(await work());
      onChanged();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const act = (action: BulkAction) =>
    run(async () => {
      const r: BulkResult = await api['plans.bulk']({ studentNumbers: [...selected], action });
      return { results: r.results, undo: r.undo, undone: false };
    });
  const undo = (steps: BulkResult['undo']) =>
    run(async () => {
      const r: BulkUndoResult = await api['plans.bulkUndo']({ steps });
      return { results: r.results, undo: [], undone: true };
    });

  const students = plural(selected.length, 'student', 'students');
  return (
    <section className="bulk-bar" aria-labelledby="bulk-title">
      <h2 id="bulk-title" className="bulk-bar__title">
        {students} selected
      </h2>
      <p className="bulk-bar__note">Export and Print plans use the selected students.</p>
      <div className="bulk-bar__actions">
        <div className="field">
          <label htmlFor="bulk-program">Program of study</label>
          <select id="bulk-program" value={programId} onChange={(e) => setProgramId(e.target.value)}>
            <option value="">Choose a program…</option>
            {programs.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button" disabled={busy || programId === '' || selected.length === 0} onClick={() => void act({ kind: 'applyProgram', programId })}>
          Apply program to {students}
        </button>
        <button type="button" className="button" disabled={busy || selected.length === 0} onClick={() => void act({ kind: 'markReviewed' })}>
          Mark {students} reviewed
        </button>
        <button type="button" className="button" onClick={onClear}>
          Clear selection
        </button>
      </div>
      <ErrorAlert title="Nothing was changed." message={error} />
      {outcome ? (
        <div className="bulk-bar__outcome">
          <p ref={report} tabIndex={-1} role="status">
            {sentence(outcome.results, outcome.undone)}
          </p>
          {outcome.undo.length > 0 ? (
            <button type="button" className="button" disabled={busy} onClick={() => void undo(outcome.undo)}>
              Undo this for {plural(outcome.undo.length, 'student', 'students')}
            </button>
          ) : null}
          <details>
            <summary>What happened for each student</summary>
            <ul className="bulk-bar__list">
              {outcome.results.map((r) => (
                <li key={r.studentNumber}>
                  <strong>{r.name}</strong> ({r.studentNumber}): {r.summary}
                </li>
              ))}
            </ul>
          </details>
        </div>
      ) : null}
    </section>
  );
}
