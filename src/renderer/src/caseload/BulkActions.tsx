import { useEffect, useRef, useState } from 'react';
import type { BulkAction, BulkResult, BulkStudentOutcome, BulkUndoResult } from '../../../shared/domain/bulk';
import type { ProgramOfStudy } from '../../../shared/domain/program';
import type { ReassignResult } from '../../../shared/domain/student-details';
import { api } from '../client/api';
import { ErrorAlert, messageOf } from '../shell/ErrorAlert';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** "Changed 3 plans; 1 passed over." — the counts first, each student's line below. */
function sentence(results: readonly BulkStudentOutcome[], undone: boolean, what: 'plan' | 'student'): string {
  const count = (o: BulkStudentOutcome['outcome']) => results.filter((r) => r.outcome === o).length;
  const parts = [`${undone ? 'Took back' : 'Changed'} ${plural(count('changed'), what, `${what}s`)}`];
  if (count('unchanged') > 0) parts.push(`${plural(count('unchanged'), what, `${what}s`)} had nothing to change`);
  if (count('refused') > 0) parts.push(`${plural(count('refused'), 'student', 'students')} passed over`);
  return `${parts.join('; ')}.`;
}

interface Outcome {
  results: BulkStudentOutcome[];
  /** Takes the whole action back (one call, one transaction); null once undone or when nothing changed. */
  undo: { students: number; run: () => Promise<Outcome> } | null;
  undone: boolean;
  /** What the action changes: plans, or the students' records (a reassignment). */
  what: 'plan' | 'student';
}

/** A reassignment's answer as the same per-student lines as a plan action's. */
function reassignOutcomes(r: ReassignResult, nameOf: (n: string) => string, undone: boolean): BulkStudentOutcome[] {
  const who = (c: string | null) => c ?? 'no counselor';
  return [
    ...r.changed.map((c) => ({ studentNumber: c.studentNumber, name: nameOf(c.studentNumber), outcome: 'changed' as const, summary: `Counselor: ${who(c.from)} → ${who(c.to)}.`, revision: null })),
    ...r.unchanged.map((n) => ({
      studentNumber: n,
      name: nameOf(n),
      outcome: 'unchanged' as const,
      summary: undone ? 'Given to another counselor since; left as it is.' : 'Already with this counselor.',
      revision: null,
    })),
  ];
}

/**
 * The bar that acts on the students chosen in the caseload: apply a program of study, mark
 * reviewed (plans.bulk, one transaction), then what happened to each student, and one Undo for
 * the whole action (plans.bulkUndo). Export and print above it use the same choice.
 */
export function BulkActions({
  selected,
  counselors,
  nameOf,
  onChanged,
  onClear,
}: {
  selected: readonly string[];
  /** The counselors the caseload names, offered as the box's suggestions. */
  counselors: readonly string[];
  nameOf: (studentNumber: string) => string;
  onChanged: () => void;
  onClear: () => void;
}) {
  const [counselor, setCounselor] = useState('');
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
      const steps = r.undo;
      const undo = async (): Promise<Outcome> => {
        const back: BulkUndoResult = await api['plans.bulkUndo']({ steps });
        return { results: back.results, undo: null, undone: true, what: 'plan' };
      };
      return { results: r.results, undo: steps.length > 0 ? { students: steps.length, run: undo } : null, undone: false, what: 'plan' };
    });
  const reassign = () =>
    run(async () => {
      const r = await api['students.reassign']({ studentNumbers: [...selected], counselor: counselor.trim() || null });
      const undo = async (): Promise<Outcome> => {
        const back = await api['students.undoReassign']({ changes: r.changed });
        return { results: reassignOutcomes(back, nameOf, true), undo: null, undone: true, what: 'student' };
      };
      return { results: reassignOutcomes(r, nameOf, false), undo: r.changed.length > 0 ? { students: r.changed.length, run: undo } : null, undone: false, what: 'student' };
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
        <div className="field">
          <label htmlFor="bulk-counselor">Counselor</label>
          <input id="bulk-counselor" type="text" list="bulk-counselors" value={counselor} maxLength={200} onChange={(e) => setCounselor(e.target.value)} />
          <datalist id="bulk-counselors">
            {counselors.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </div>
        <button type="button" className="button" disabled={busy || counselor.trim() === '' || selected.length === 0} onClick={() => void reassign()}>
          Give {students} to this counselor
        </button>
        <button type="button" className="button" onClick={onClear}>
          Clear selection
        </button>
      </div>
      <ErrorAlert title="Nothing was changed." message={error} />
      {outcome ? (
        <div className="bulk-bar__outcome">
          <p ref={report} tabIndex={-1} role="status">
            {sentence(outcome.results, outcome.undone, outcome.what)}
          </p>
          {outcome.undo ? (
            <button type="button" className="button" disabled={busy} onClick={() => void run(outcome.undo!.run)}>
              Undo this for {plural(outcome.undo.students, 'student', 'students')}
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
