import type { Ref } from 'react';
import type { YearStartPreview } from '../../../shared/domain/year';
import { changesAnything } from '../../../shared/domain/year';
import { backupFirstText } from '../backups/backupText';
import { countLines, gradeLines, lateLines } from './yearText';

/**
 * One start the counselor can make, counted before anything changes: the next school year (early,
 * at year-end) or the calendar's own year when it was never started here (late, in October).
 */
export function YearStartCard({
  preview,
  late,
  refusal,
  buttonRef,
  onStart,
  department,
}: {
  preview: YearStartPreview;
  late: boolean;
  refusal: string | null;
  buttonRef: Ref<HTMLButtonElement>;
  onStart(): void;
  /** Whether the store is a department database (client/storeKind.ts): no backup is taken there. */
  department: boolean | null;
}) {
  const year = preview.schoolYear;
  const titleId = late ? 'year-late-title' : 'year-next-title';
  return (
    <section className="setup-card" aria-labelledby={titleId}>
      <h2 id={titleId} className="setup-card__title">
        {late ? `School year ${year} was never started here` : `Start school year ${year}`}
      </h2>
      {refusal ? (
        <p className="hint">{refusal}</p>
      ) : (
        <>
          <p className="hint">
            {late
              ? `The calendar's school year began on ${preview.listedSince} without a start here. Starting it now graduates the class that finished and moves up the students no roster since then lists; nothing is deleted.`
              : 'At year-end, starting the next school year changes the caseload at once. Nothing is deleted.'}{' '}
            {backupFirstText(department, 'A backup is taken first.')}
          </p>
          <ul className="year-counts" aria-label={`What starting ${year} will change`}>
            {[...countLines(preview.counts, preview.graduatingClassYear, false), ...(late ? lateLines(preview) : [])].map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {preview.advancingByGrade.length > 0 ? (
            <ul className="year-grades" aria-label="Grades that move up">
              {gradeLines(preview).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : null}
          <div className="year-actions">
            <button ref={buttonRef} type="button" className={late ? 'button' : 'button button--primary'} onClick={onStart}>
              {late ? `Start school year ${year} now…` : `Start school year ${year}…`}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

/** A late start is offered only when it would change something (shared/domain/year.ts). */
export function lateStartMatters(preview: YearStartPreview | null): preview is YearStartPreview {
  return preview !== null && changesAnything(preview.counts);
}
