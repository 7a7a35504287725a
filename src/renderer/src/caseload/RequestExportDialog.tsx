import { useId, useRef, useState } from 'react';
import { schoolYearText } from '../../../shared/domain/history';
import {
  REQUEST_PRESET_LABELS,
  REQUEST_PRESETS,
  type RequestExportInput,
  type RequestExportResult,
  type RequestFormat,
  type RequestPreset,
  type RequestSelection,
  type SkippedStudent,
} from '../../../shared/domain/requests';
import { schoolYearEnd } from '../../../shared/domain/school-year';
import { api } from '../client/api';
import { platform } from '../client/platform';
import { useJobFocus } from '../print/useJobFocus';
import { base64ToBytes, CSV_TYPE, XLSX_TYPE } from '../shell/bytes';
import { ErrorAlert, messageOf } from '../shell/ErrorAlert';
import { JobProgressView } from '../ui/JobProgressView';
import { useJob } from '../ui/useJob';
import { useModalDialog } from '../ui/useModalDialog';

type Target = 'shown' | 'grade' | 'all';
type Outcome = { ok: true; message: string; skipped: SkippedStudent[] } | { ok: false; message: string } | null;

const requestJob = {
  start: (input: RequestExportInput) => api['requests.start'](input),
  status: (jobId: string) => api['requests.status']({ jobId }),
};

/**
 * "Export course requests…": next year's planned courses (with alternates) as a file for the
 * student information system, for the students the caseload shows, a grade (as it is now) or every
 * active student. Students with nothing to request are listed after the export, never dropped silently.
 * The file is made by a job on the Node side (a whole school takes seconds): a progress bar with
 * Cancel replaces the buttons meanwhile, and Escape asks the job to stop rather than closing.
 */
export function RequestExportDialog({
  shownNumbers,
  grades,
  onClose,
}: {
  /** The students the caseload shows; null when nothing filters it (then: every active student). */
  shownNumbers: () => string[] | null;
  /** The grades the caseload holds now. */
  grades: readonly string[];
  onClose(): void;
}) {
  const { dialog, safe } = useModalDialog<HTMLSelectElement>();
  const id = useId();
  const thisYearEnd = schoolYearEnd(new Date());
  const years = [thisYearEnd + 1, thisYearEnd, thisYearEnd + 2].map(schoolYearText);
  const [schoolYear, setSchoolYear] = useState(years[0]!);
  const [target, setTarget] = useState<Target>('shown');
  const [grade, setGrade] = useState(grades[0] ?? '9');
  const [preset, setPreset] = useState<RequestPreset>('powerschool');
  const [format, setFormat] = useState<RequestFormat>('csv');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const exporting = useJob<RequestExportInput, RequestExportResult>(requestJob, {
    kind: 'preview',
    fileName: 'course requests',
    phase: 'Choosing the students',
    silentEnd: 'The export stopped without saying why; the details are in the log.',
  });
  const busy = exporting.job !== null;
  const actions = useRef<HTMLDivElement>(null);
  useJobFocus(actions, busy);

  const selection = (): RequestSelection | string => {
    if (target === 'grade') return { grade: Number(grade) };
    if (target === 'all') return { all: true };
    const numbers = shownNumbers();
    if (numbers === null) return { all: true };
    return numbers.length > 0 ? { studentNumbers: numbers } : 'The caseload shows no students.';
  };

  const exportFile = async () => {
    if (busy) return;
    setOutcome(null);
    const chosen = selection();
    if (typeof chosen === 'string') return setOutcome({ ok: false, message: chosen });
    const end = await exporting.run({ schoolYear, selection: chosen, preset, format });
    if (!end) return;
    if (end.state === 'cancelled') return setOutcome({ ok: true, message: 'The export was cancelled. No file was saved.', skipped: [] });
    if (end.state === 'failed') return setOutcome({ ok: false, message: end.message });
    const file = end.result;
    try {
      await platform.saveFile(file.fileName, base64ToBytes(file.base64), format === 'xlsx' ? XLSX_TYPE : CSV_TYPE);
      const message = `Exported ${file.requests} course requests (${file.alternates} alternates) for ${file.students} students, ${schoolYear}, as ${file.fileName}.`;
      setOutcome({ ok: true, message, skipped: file.skipped });
    } catch (e) {
      setOutcome({ ok: false, message: messageOf(e) });
    }
  };

  const radio = (value: Target, label: string) => (
    <label className="check">
      <input type="radio" name={`${id}-target`} value={value} checked={target === value} onChange={() => setTarget(value)} /> {label}
    </label>
  );

  return (
    <dialog ref={dialog} className="modal-dialog request-dialog" aria-labelledby={`${id}-title`} onCancel={(e) => (e.preventDefault(), busy ? exporting.cancel() : onClose())}>
      <h2 id={`${id}-title`} className="request-dialog__title">
        Export course requests
      </h2>
      <div className="request-dialog__fields">
        <div className="field">
          <label htmlFor={`${id}-year`}>School year</label>
          <select ref={safe} id={`${id}-year`} value={schoolYear} onChange={(e) => setSchoolYear(e.target.value)}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="print-fieldset">
          <legend>Which students</legend>
          {radio('shown', 'The students shown now')}
          <div className="print-fieldset__pair">
            {radio('grade', 'A grade (as it is now)')}
            <select aria-label="Grade now" value={grade} onChange={(e) => (setGrade(e.target.value), setTarget('grade'))}>
              {grades.map((g) => (
                <option key={g} value={g}>
                  Grade {g}
                </option>
              ))}
            </select>
          </div>
          {radio('all', 'Every active student')}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-preset`}>Student information system</label>
          <select id={`${id}-preset`} value={preset} onChange={(e) => setPreset(e.target.value as RequestPreset)}>
            {REQUEST_PRESETS.map((p) => (
              <option key={p} value={p}>
                {REQUEST_PRESET_LABELS[p]}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="print-fieldset">
          <legend>File</legend>
          {(['csv', 'xlsx'] as const).map((f) => (
            <label key={f} className="check">
              <input type="radio" name={`${id}-format`} checked={format === f} onChange={() => setFormat(f)} /> .{f}
            </label>
          ))}
        </fieldset>
      </div>
      <p role="status" className="request-dialog__status">
        {outcome?.ok ? outcome.message : null}
      </p>
      {outcome?.ok && outcome.skipped.length > 0 ? (
        <div className="request-dialog__skipped">
          <h3>Skipped {outcome.skipped.length === 1 ? '1 student' : `${outcome.skipped.length} students`}</h3>
          <ul>
            {outcome.skipped.map((s) => (
              <li key={s.studentNumber}>
                {s.name} (#{s.studentNumber}): {s.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ErrorAlert title="The course requests were not exported." message={outcome && !outcome.ok ? outcome.message : null} />
      <div className="actions" ref={actions}>
        {exporting.job ? (
          <JobProgressView job={exporting.job} label="Exporting course requests" onCancel={exporting.cancel} />
        ) : (
          <>
            <button type="button" className="button button--primary" onClick={() => void exportFile()}>
              Export
            </button>
            <button type="button" className="button" onClick={onClose}>
              Close
            </button>
          </>
        )}
      </div>
    </dialog>
  );
}
