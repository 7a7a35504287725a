import { useId, useRef, useState } from 'react';
import type { Paper, PrintKind, PrintLang, PrintLanguageChoice, PrintMode, PrintResult, PrintSelection } from '../../../shared/domain/print';
import { ALL_OPTION, BLANK_OPTION, type FilterOption } from '../shell/filterOptions';
import { JobProgressView } from '../ui/JobProgressView';
import { ErrorAlert, messageOf } from '../shell/ErrorAlert';
import { BUILT_IN_LANGUAGES, pagesText, parseStudentNumbers, studentsText } from './language';
import { PrintKindFields, requestYears } from './PrintKindFields';
import { PrintOptionsFields } from './PrintOptionsFields';
import { SavedFiles } from './SavedFiles';
import { useJobFocus } from './useJobFocus';
import { useSchoolPrintDefaults } from './useSchoolPrintDefaults';
import { savePdf, usePrintJob } from './usePrintJob';
import './print.css';

type Target = 'shown' | 'grade' | 'counselor' | 'pasted' | 'all';
type Outcome = { ok: boolean; message: string } | null;

const real = (options: readonly FilterOption[]) => options.filter((o) => o.value !== ALL_OPTION && o.value !== BLANK_OPTION);

/**
 * "Print plans…" on the caseload: a conference evening's stack. Which students, one combined PDF
 * (each student starting on an odd page) or one per student, language and paper; then a progress
 * bar with Cancel while the core prints (polled: the window stays free), and the file(s) to save.
 */
export function PrintPanel({
  shownNumbers,
  grades,
  counselors,
  onClose,
}: {
  /** The students the caseload table shows now, asked for when Print is pressed. */
  shownNumbers: () => string[];
  grades: readonly FilterOption[];
  counselors: readonly FilterOption[];
  onClose: () => void;
}) {
  const id = useId();
  const gradeChoices = real(grades);
  const counselorChoices = real(counselors);
  const [target, setTarget] = useState<Target>('shown');
  const [grade, setGrade] = useState(gradeChoices[0]?.value ?? '9');
  const [counselor, setCounselor] = useState(counselorChoices[0]?.value ?? '');
  const [pasted, setPasted] = useState('');
  const [mode, setMode] = useState<PrintMode>('combined');
  const [lang, setLang] = useState<PrintLang | ''>('');
  const [paper, setPaper] = useState<Paper>('letter');
  const [languages, setLanguages] = useState<readonly PrintLanguageChoice[]>(BUILT_IN_LANGUAGES);
  useSchoolPrintDefaults((s) => {
    setLanguages(s.languages);
    setPaper(s.defaultPaper);
    setLang(s.familyLanguage === 'family' ? '' : s.familyLanguage);
  });
  const [kind, setKind] = useState<PrintKind>('plans');
  const [schoolYear, setSchoolYear] = useState(() => requestYears()[0]!);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [separate, setSeparate] = useState<Extract<PrintResult, { mode: 'separate' }> | null>(null);
  const printing = usePrintJob('plans');
  const actions = useRef<HTMLDivElement>(null);
  useJobFocus(actions, printing.job !== null);

  const selection = (): PrintSelection | string => {
    if (target === 'grade') return { grade: Number(grade) };
    if (target === 'counselor') return counselor ? { counselor } : 'Choose a counselor.';
    if (target === 'all') return { all: true };
    const numbers = target === 'shown' ? shownNumbers() : parseStudentNumbers(pasted);
    if (numbers.length === 0) return target === 'shown' ? 'The caseload shows no students.' : 'Paste at least one student number.';
    return { studentNumbers: numbers };
  };

  const print = async () => {
    setOutcome(null);
    setSeparate(null);
    const chosen = selection();
    if (typeof chosen === 'string') {
      setOutcome({ ok: false, message: chosen });
      return;
    }
    const sheets = kind === 'request_sheets';
    const end = await printing.run({ selection: chosen, mode, ...(lang ? { lang } : {}), paper, ...(sheets ? { kind, schoolYear } : {}) });
    if (!end) return;
    if (end.state === 'cancelled') return setOutcome({ ok: true, message: 'Printing was cancelled. No plans were saved or recorded.' });
    if (end.state === 'failed') return setOutcome({ ok: false, message: end.message });
    const result = end.result;
    // Students a request sheet does not fit (not in high school that year) are said, never dropped silently.
    const skipped = result.skipped?.length ? ` Skipped ${studentsText(result.skipped.length)}: ${result.skipped.map((s) => `${s.name} (${s.reason})`).join('; ')}.` : '';
    if (result.mode === 'separate') {
      setSeparate(result);
      setOutcome({ ok: true, message: `Printed ${studentsText(result.students)} as ${result.files.length} files. Save them below.${skipped}` });
      return;
    }
    try {
      await savePdf(result);
      setOutcome({ ok: true, message: `Saved ${result.fileName}: ${studentsText(result.students)}, ${pagesText(result.pages)}.${skipped}` });
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
    <section className="print-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="print-panel__title">
        Print plans
      </h2>
      <div className="print-panel__grid">
        <fieldset className="print-fieldset">
          <legend>What to print</legend>
          {radio('shown', 'The students shown now')}
          <div className="print-fieldset__pair">
            {radio('grade', 'A grade')}
            <select aria-label="Grade to print" value={grade} onChange={(e) => (setGrade(e.target.value), setTarget('grade'))}>
              {gradeChoices.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <div className="print-fieldset__pair">
            {radio('counselor', 'A counselor’s students')}
            <select aria-label="Counselor to print" value={counselor} onChange={(e) => (setCounselor(e.target.value), setTarget('counselor'))}>
              {counselorChoices.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          {radio('pasted', 'These student numbers')}
          <label htmlFor={`${id}-pasted`} className="visually-hidden">
            Student numbers to print
          </label>
          <textarea
            id={`${id}-pasted`}
            rows={3}
            value={pasted}
            aria-describedby={`${id}-pasted-hint`}
            onChange={(e) => (setPasted(e.target.value), setTarget('pasted'))}
          />
          <p id={`${id}-pasted-hint`} className="hint">
            Separated by spaces, commas or new lines.
          </p>
          {radio('all', 'Every active student')}
        </fieldset>
        <PrintKindFields idPrefix={`${id}-kind`} kind={kind} schoolYear={schoolYear} onKind={setKind} onSchoolYear={setSchoolYear} />
        <fieldset className="print-fieldset">
          <legend>Files</legend>
          <label className="check">
            <input type="radio" name={`${id}-mode`} checked={mode === 'combined'} onChange={() => setMode('combined')} /> One PDF (each
            student starts on an odd page, for two-sided printing)
          </label>
          <label className="check">
            <input type="radio" name={`${id}-mode`} checked={mode === 'separate'} onChange={() => setMode('separate')} /> One PDF per
            student, named by student
          </label>
          <PrintOptionsFields idPrefix={`${id}-opt`} lang={lang} paper={paper} onLang={setLang} onPaper={setPaper} familyOption languages={languages} />
        </fieldset>
      </div>
      <div className="print-panel__actions" ref={actions}>
        {printing.job ? (
          <JobProgressView job={printing.job} label="Printing plans" onCancel={printing.cancel} />
        ) : (
          <>
            <button type="button" className="button button--primary" onClick={() => void print()}>
              Print
            </button>
            <button type="button" className="button" onClick={onClose}>
              Close
            </button>
          </>
        )}
      </div>
      <p role="status" className="print-status">
        {outcome?.ok ? outcome.message : null}
      </p>
      <ErrorAlert title="The plans were not printed." message={outcome && !outcome.ok ? outcome.message : null} />
      {separate ? <SavedFiles files={separate.files} onOutcome={setOutcome} /> : null}
    </section>
  );
}
