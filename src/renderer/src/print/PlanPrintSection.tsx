import { useCallback, useEffect, useRef, useState } from 'react';
import { displayName } from '../../../shared/domain/names';
import type { PlanView } from '../../../shared/domain/plan-view';
import type { Paper, PrintLang, PrintLanguageChoice, PrintSnapshot } from '../../../shared/domain/print';
import { api } from '../client/api';
import { ErrorAlert, messageOf } from '../shell/ErrorAlert';
import { JobProgressView } from '../ui/JobProgressView';
import { useQuery } from '../ui/useQuery';
import { BUILT_IN_LANGUAGES, familyLanguage, formatWhen, langLabel, pagesText, paperLabels } from './language';
import { PreviewPages } from './PreviewPages';
import { PrintOptionsFields } from './PrintOptionsFields';
import { SnapshotList } from './SnapshotList';
import { useJobFocus } from './useJobFocus';
import { useSchoolPrintDefaults } from './useSchoolPrintDefaults';
import { savePdf, usePrintJob } from './usePrintJob';
import './print.css';

/**
 * The plan editor's Print section: language and paper, the pages as they will print (drawn from
 * the printout's own layout: the window's content policy allows no PDF frames or objects),
 * Download PDF (recorded as a snapshot) and the copies printed before.
 */
export function PlanPrintSection({ view }: { view: PlanView }) {
  const student = view.student;
  const [languages, setLanguages] = useState<readonly PrintLanguageChoice[]>(BUILT_IN_LANGUAGES);
  const family = familyLanguage(student, languages);
  const [lang, setLang] = useState<PrintLang>(family);
  const [paper, setPaper] = useState<Paper>('letter');
  useSchoolPrintDefaults((s) => {
    setLanguages(s.languages);
    setPaper(s.defaultPaper);
    // The family's language among the added ones is known only now the list has come.
    setLang(s.familyLanguage !== 'family' ? s.familyLanguage : familyLanguage(student, s.languages));
  });
  const [snapshots, setSnapshots] = useState<PrintSnapshot[] | null>(null);
  const [reprinting, setReprinting] = useState<number | null>(null);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<{ title: string; message: string } | null>(null);
  const printing = usePrintJob(`${displayName(student)}'s plan`);
  const studentNumber = student.studentNumber;
  const actions = useRef<HTMLDivElement>(null);
  useJobFocus(actions, printing.job !== null);

  const loadSnapshots = useCallback(async () => {
    try {
      setSnapshots((await api['print.snapshots']({ studentNumber })).snapshots);
    } catch (e) {
      setError({ title: 'The printed copies could not be listed.', message: messageOf(e) });
    }
  }, [studentNumber]);
  useEffect(() => void loadSnapshots(), [loadSnapshots]);

  // The preview follows the choices and every saved change (a new `view`), a moment after the last one.
  const loadLayout = useCallback(
    () => api['print.layout']({ studentNumber, lang, paper }),
    [studentNumber, lang, paper, view],
  );
  const { state: preview } = useQuery(loadLayout, { delayMs: 300, keepWhileLoading: true });

  const download = async () => {
    setNotice('');
    setError(null);
    // One student printed alone: the plan's own PDF, named by the student, and the very bytes
    // the snapshot's hash covers.
    const end = await printing.run({ selection: { studentNumbers: [studentNumber] }, mode: 'separate', lang, paper });
    if (!end) return;
    if (end.state === 'cancelled') {
      setNotice('Printing was cancelled. Nothing was saved.');
      return;
    }
    if (end.state === 'failed' || end.result.mode !== 'separate' || !end.result.files[0]) {
      setError({ title: 'The plan was not printed.', message: end.state === 'failed' ? end.message : 'The printout came back empty.' });
      return;
    }
    const file = end.result.files[0];
    try {
      await savePdf(file);
      setNotice(`Saved ${file.fileName} (${langLabel(lang, languages)}, ${paperLabels[paper]}, ${pagesText(file.pages)}). It is listed under Printed copies.`);
    } catch (e) {
      setError({ title: 'The PDF was not saved.', message: messageOf(e) });
    }
    await loadSnapshots();
  };

  const reprint = async (s: PrintSnapshot) => {
    setReprinting(s.id);
    setNotice('');
    setError(null);
    try {
      const pdf = await api['print.reprint']({ snapshotId: s.id });
      await savePdf(pdf);
      setNotice(
        pdf.identical
          ? `Saved ${pdf.fileName}: the copy printed ${formatWhen(s.printedAt)}, exactly as the family received it.`
          : `Saved ${pdf.fileName}, but it differs from the copy printed ${formatWhen(s.printedAt)}. ${pdf.reason ?? ''}`.trim(),
      );
    } catch (e) {
      setError({ title: 'The copy was not reprinted.', message: messageOf(e) });
    } finally {
      setReprinting(null);
    }
  };

  return (
    <section className="plan-card print-section" aria-labelledby="plan-print-title">
      <h2 id="plan-print-title" className="plan-card__title">
        Print
      </h2>
      <div className="print-section__row">
        <PrintOptionsFields
          idPrefix="plan-print"
          lang={lang}
          paper={paper}
          onLang={(l) => setLang(l || family)}
          onPaper={setPaper}
          languages={languages}
          langHint={`The family's language is ${langLabel(family, languages)}${
            family === 'es' ? ': the first guardian prefers Spanish.' : family !== 'en' ? `: the first guardian prefers ${langLabel(family, languages)}.` : student.guardians[0]?.preferredLanguage ? '.' : ' (no preferred language on file).'
          }`}
        />
        <div className="print-preview" role="group" aria-labelledby="plan-print-preview">
          <h3 id="plan-print-preview" className="print-preview__title">
            As it will print
          </h3>
          <p className="print-preview__line" data-testid="print-preview">
            {preview.status === 'ready'
              ? `${pagesText(preview.value.pages.length)} · ${langLabel(lang, languages)} labels · ${paperLabels[paper]}, landscape`
              : preview.status === 'loading'
                ? 'Laying out the plan…'
                : `No preview: ${preview.message}`}
          </p>
          <p className="hint">Signature lines for the student, a parent or guardian and the counselor; “Page 1 of N” and today’s date on each page.</p>
        </div>
      </div>
      {preview.status === 'ready' ? <PreviewPages layout={preview.value} /> : null}
      <div className="print-section__actions" ref={actions}>
        {printing.job ? (
          <JobProgressView job={printing.job} label="Printing the plan" onCancel={printing.cancel} />
        ) : (
          <button type="button" className="button button--primary" onClick={() => void download()}>
            Download PDF
          </button>
        )}
      </div>
      <p role="status" className="print-status">
        {notice}
      </p>
      <ErrorAlert title={error?.title ?? ''} message={error?.message ?? null} />
      <SnapshotList snapshots={snapshots} languages={languages} busyId={reprinting} onReprint={(s) => void reprint(s)} />
    </section>
  );
}
