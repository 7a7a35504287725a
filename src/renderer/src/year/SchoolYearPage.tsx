import { useCallback, useEffect, useRef, useState } from 'react';
import type { YearStartResult, YearStatus, YearUndoResult } from '../../../shared/domain/year';
import { api } from '../client/api';
import { useOnDepartmentStore } from '../client/storeKind';
import { backupFirstText } from '../backups/backupText';
import { ErrorAlert, messageOf } from '../shell/ErrorAlert';
import { Page } from '../shell/Page';
import { countLines } from './yearText';
import { lateStartMatters, YearStartCard } from './YearStartCard';
import { YearDialog } from './YearDialog';
import '../ui/setup.css';
import './year.css';

type Asking = 'start' | 'late' | 'undo' | null;

/**
 * Year-end: the school year now, "Start school year 2027-28" with what it will change (counted,
 * before anything changes, and again in the confirmation), the calendar's own year when it was never
 * started here (a late start, shown only when it would change something), and Undo until the next
 * roster or course history import.
 */
export function SchoolYearPage({ focusOnShow }: { focusOnShow: boolean }) {
  const [status, setStatus] = useState<YearStatus | null>(null);
  const department = useOnDepartmentStore();
  const [asking, setAsking] = useState<Asking>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string>('');
  const notice = useRef<HTMLParagraphElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const lateButton = useRef<HTMLButtonElement>(null);

  const load = useCallback(async () => {
    try {
      setStatus(await api['year.status']({}));
    } catch (e) {
      setError(messageOf(e));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const cancel = () => {
    const back = asking === 'start' ? startButton : asking === 'late' ? lateButton : undoButton;
    setAsking(null);
    requestAnimationFrame(() => back.current?.focus());
  };

  const next = status?.next ?? null;
  const last = status?.lastStart ?? null;
  const late = status?.lateStart ?? null;
  // The start being confirmed (the next year's, or the late one); null while asking about undo.
  const starting = asking === 'start' ? next : asking === 'late' ? late : null;

  const act = async () => {
    if (!status || !asking) return;
    setBusy(true);
    setError(null);
    try {
      if (starting) setDone(startedText(await api['year.start']({ schoolYear: starting.schoolYear })));
      else setDone(undoneText(await api['year.undo']({})));
      setAsking(null);
      await load();
      requestAnimationFrame(() => notice.current?.focus());
    } catch (e) {
      setError(messageOf(e));
      cancel();
      await load();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title="School year" focusOnShow={focusOnShow}>
      <div className="setup-page">
        <ErrorAlert title="The school year was not changed." message={error} />
        <p ref={notice} tabIndex={-1} role="status" className="setup-status">
          {done}
        </p>
        {status === null && !error ? <p role="status">Loading the school year…</p> : null}
        {status ? (
          <p className="year-current">
            Current school year: <strong>{status.currentSchoolYear}</strong>
          </p>
        ) : null}

        {last ? (
          <section className="setup-card" aria-labelledby="year-last-title">
            <h2 id="year-last-title" className="setup-card__title">
              School year {last.schoolYear} was started on {last.startedOn}
            </h2>
            <ul className="year-counts">
              {countLines(last.counts, null, true).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            {last.undoRefusal ? (
              <p className="hint">{last.undoRefusal}</p>
            ) : (
              <>
                <p className="hint">Until the next roster or course history import, the start can be undone: statuses and grades go back exactly as they were.</p>
                <div className="year-actions">
                  <button ref={undoButton} type="button" className="button" onClick={() => setAsking('undo')}>
                    Undo the start of {last.schoolYear}…
                  </button>
                </div>
              </>
            )}
          </section>
        ) : null}

        {lateStartMatters(late) ? (
          <YearStartCard preview={late} late refusal={null} buttonRef={lateButton} onStart={() => setAsking('late')} department={department} />
        ) : null}
        {next ? <YearStartCard preview={next} late={false} refusal={next.startRefusal} buttonRef={startButton} onStart={() => setAsking('start')} department={department} /> : null}

        {starting ? (
          <YearDialog
            title={`Start school year ${starting.schoolYear}?`}
            confirmLabel={`Start ${starting.schoolYear}`}
            busyLabel="Starting…"
            busy={busy}
            onConfirm={() => void act()}
            onCancel={cancel}
          >
            <ul className="year-counts">
              {countLines(starting.counts, starting.graduatingClassYear, false).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <p>
              {backupFirstText(department, 'A backup is taken first.')} You can undo the start on this page until the next roster or course history
              import.
            </p>
          </YearDialog>
        ) : null}
        {asking === 'undo' && last ? (
          <YearDialog
            title={`Undo the start of ${last.schoolYear}?`}
            confirmLabel="Undo the start"
            busyLabel="Undoing…"
            busy={busy}
            onConfirm={() => void act()}
            onCancel={cancel}
          >
            <p>
              {`${last.counts.graduated} graduated ${last.counts.graduated === 1 ? 'student goes' : 'students go'} back to the active caseload, ${last.counts.gradesAdvanced} ${last.counts.gradesAdvanced === 1 ? 'grade goes' : 'grades go'} back down, and reviews count for ${status?.currentSchoolYear === last.schoolYear ? 'the year before' : 'this year'} again.`}
            </p>
            {department === null ? null : <p>{backupFirstText(department, 'A backup is taken first.')}</p>}
          </YearDialog>
        ) : null}
      </div>
    </Page>
  );
}

function startedText(result: YearStartResult): string {
  const c = result.preview.counts;
  return `Started school year ${result.preview.schoolYear}: ${c.graduated} graduated, ${c.gradesAdvanced} moved up a grade, ${c.reviewsReset} reviewed plans show as complete again.`;
}

function undoneText(result: YearUndoResult): string {
  const r = result.restored;
  return `Undid the start of ${result.schoolYear}: ${r.graduated} students are active again and ${r.gradesAdvanced} grades are back as they were.`;
}
