import { useRef, useState } from 'react';
import type { BulkStudentOutcome } from '../../../shared/domain/bulk';
import type { MigrationPreview, MigrationRow } from '../../../shared/domain/framework-migration';
import { api } from '../client/api';
import { ErrorAlert, messageOf } from '../shell/ErrorAlert';
import { useQuery } from '../ui/useQuery';

const loadPreview = () => api['framework.migratePreview']({});

const named = (x: { code: string; name: string } | null) => (x ? `${x.name} (${x.code})` : null);
const choice = (a: { code: string; name: string } | null, b: { code: string; name: string } | null) => [named(a), named(b)].filter(Boolean).join(' / ') || '—';

type Done = { kind: 'moved' | 'undone'; migration: string; results: BulkStudentOutcome[] };

function tally(results: readonly BulkStudentOutcome[]) {
  const n = (o: BulkStudentOutcome['outcome']) => results.filter((r) => r.outcome === o).length;
  return { changed: n('changed'), unchanged: n('unchanged'), refused: n('refused') };
}

function PickCell({ row, pick, onPick }: { row: MigrationRow; pick: string; onPick: (code: string) => void }) {
  const id = `move-pick-${row.studentNumber}`;
  return (
    <td>
      <label htmlFor={id} className="visually-hidden">
        2024 choice for {row.name}
      </label>
      <select id={id} value={pick} onChange={(e) => onPick(e.target.value)} data-student={row.studentNumber}>
        <option value="">Pick one…</option>
        {row.options.map((o) => (
          <option key={o.code} value={o.code}>
            {o.name} ({o.code})
          </option>
        ))}
      </select>
    </td>
  );
}

/**
 * Moving every plan to the 2024 framework (issue 15), seen before it happens: each plan's
 * 16-cluster choice beside the 2024 one the crosswalk proposes, a pick list where it gives more
 * than one, then one move for all (one transaction in the core) and one step to take it back.
 */
export function MoveTo2024() {
  const { state, reload } = useQuery(loadPreview);
  const [picks, setPicks] = useState<Record<string, string>>({});
  const [done, setDone] = useState<Done | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);

  if (state.status !== 'ready') {
    return state.status === 'failed' ? <ErrorAlert title="The move to 2024 could not be previewed." message={state.message} /> : <p role="status">Reading the plans…</p>;
  }
  const preview: MigrationPreview = state.value;
  const missing = preview.rows.filter((r) => r.needsPick && !picks[r.studentNumber]);
  const { plans, proposed, needsPick, nothingChosen } = preview.counts;

  const act = async (kind: Done['kind']) => {
    setProblem(null);
    if (kind === 'moved' && missing.length > 0) {
      setProblem(`Pick a 2024 choice for ${missing.length === 1 ? `${missing[0]?.name}` : `the ${missing.length} plans marked “Pick one”`} first; nothing was changed.`);
      document.getElementById(`move-pick-${missing[0]?.studentNumber}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const answer = kind === 'moved' ? await api['framework.migrate']({ picks }) : await api['framework.migrateUndo']({});
      setDone({ kind, migration: answer.migration, results: answer.results });
      await reload();
      statusRef.current?.focus();
    } catch (e) {
      setProblem(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const counts = done ? tally(done.results) : null;
  const left = done?.results.filter((r) => r.outcome === 'refused') ?? [];
  return (
    <section aria-labelledby="move-heading" className="move-2024">
      <h2 id="move-heading">Move the plans to the 2024 framework</h2>
      <p>
        {plans} plans: {proposed} move as proposed, {needsPick} need your pick (the crosswalk gives more than one), {nothingChosen} have no cluster chosen and stay as
        they are. Each plan keeps its 16-cluster choice beside the 2024 one, and the whole move can be taken back in one step.
      </p>
      <div className="toolbar">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void act('moved')}>
          Move {preview.rows.length} plans to 2024
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void act('undone')}>
          Take back the last move
        </button>
      </div>
      <ErrorAlert title="Nothing was changed:" message={problem} />
      {done && counts ? (
        <div className="move-2024__done">
          <p role="status" tabIndex={-1} ref={statusRef}>
            {done.kind === 'moved' ? 'Moved to 2024' : 'Took back the move'}: {counts.changed} changed, {counts.unchanged} unchanged, {counts.refused} left as they are.
          </p>
          {left.length > 0 ? (
            <ul aria-label="Plans left as they are">
              {left.map((r) => (
                <li key={r.studentNumber}>
                  {r.name}: {r.summary}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <table className="data-table crosswalk-table">
        <caption>Each plan's 16-cluster choice and its 2024 choice</caption>
        <thead>
          <tr>
            <th scope="col">Student</th>
            <th scope="col">16-cluster choice</th>
            <th scope="col">2024 choice</th>
            <th scope="col">Basis</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((r) => (
            <tr key={r.studentNumber} data-student={r.studentNumber}>
              <th scope="row">{r.name}</th>
              <td>{choice(r.from.cluster, r.from.pathway)}</td>
              {r.needsPick ? (
                <PickCell row={r} pick={picks[r.studentNumber] ?? ''} onPick={(code) => setPicks((p) => ({ ...p, [r.studentNumber]: code }))} />
              ) : (
                <td>{choice(r.to.cluster, r.to.subCluster)}</td>
              )}
              <td>{r.basis ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
