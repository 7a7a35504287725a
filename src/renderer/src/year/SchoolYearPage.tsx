import { useCallback, useEffect, useRef, useState } from 'react';
import type { YearStartResult, YearStatus, YearUndoResult } from '../../../shared/domain/year';
import { api } from '../client/api';
import { ErrorAlert, messageOf } from '../shell/ErrorAlert';
import { Page } from '../shell/Page';
import { countLines, gradeLines } from './yearText';
import { YearDialog } from './YearDialog';
import '../ui/setup.css';
import './year.css';

type Asking = 'start' | 'undo' | null;

/**
 * Year-end: the school year now, "Start school year 2027-28" with what it will change (counted,
 * before anything changes, and again in the confirmation), and Undo until the next roster import.
 */
export function SchoolYearPage({ focusOnShow }: { focusOnShow: boolean }) {
  const [status, setStatus] = useState<YearStatus | null>(null);
  const [asking, setAsking] = useState<Asking>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string>('');
  const notice = useRef<HTMLParagraphElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);

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
    const back = asking === 'start' ? startButton : undoButton;
    setAsking(null);
    requestAnimationFrame(() => back.current?.focus());
  };

  const act = async () => {
    if (!status || !asking) return;
    setBusy(true);
    setError(null);
    try {
      if (asking === 'start') setDone(startedText(await api['year.start']({ schoolYear: status.next.schoolYear })));
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

  const next = status?.next ?? null;
  const last = status?.lastStart ?? null;
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
                <p className="hint">Until the next roster import, the start can be undone: statuses and grades go back exactly as they were.</p>
                <div className="year-actions">
                  <button ref={undoButton} type="button" className="button" onClick={() => setAsking('undo')}>
                    Undo the start of {last.schoolYear}…
                  </button>
                </div>
              </>
            )}
          </section>
        ) : null}

        {next ? (
          <section className="setup-card" aria-labelledby="year-next-title">
            <h2 id="year-next-title" className="setup-card__title">
              Start school year {next.schoolYear}
            </h2>
            {next.startRefusal ? null : (
              <>
                <p className="hint">At year-end, starting the next school year changes the caseload at once. Nothing is deleted; a backup is taken first.</p>
                <ul className="year-counts" aria-label={`What starting ${next.schoolYear} will change`}>
                  {countLines(next.counts, next.graduatingClassYear, false).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
                {next.advancingByGrade.length > 0 ? (
                  <ul className="year-grades" aria-label="Grades that move up">
                    {gradeLines(next).map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                ) : null}
              </>
            )}
            {next.startRefusal ? (
              <p className="hint">{next.startRefusal}</p>
            ) : (
              <div className="year-actions">
                <button ref={startButton} type="button" className="button button--primary" onClick={() => setAsking('start')}>
                  Start school year {next.schoolYear}…
                </button>
              </div>
            )}
          </section>
        ) : null}

        {asking === 'start' && next ? (
          <YearDialog
            title={`Start school year ${next.schoolYear}?`}
            confirmLabel={`Start ${next.schoolYear}`}
            busyLabel="Starting…"
            busy={busy}
            onConfirm={() => void act()}
            onCancel={cancel}
          >
            <ul className="year-counts">
              {countLines(next.counts, next.graduatingClassYear, false).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <p>A backup is taken first. You can undo the start on this page until the next roster import.</p>
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
            <p>A backup is taken first.</p>
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
