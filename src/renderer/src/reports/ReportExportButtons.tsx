import { useState } from 'react';
import type { ReportFormat, ReportQuery } from '../../../shared/domain/report';
import { api } from '../client/api';
import { platform } from '../client/platform';
import { PDF_TYPE } from '../print/usePrintJob';
import { base64ToBytes, CSV_TYPE, XLSX_TYPE } from '../shell/bytes';
import { messageOf } from '../shell/ErrorAlert';

const FORMATS: { format: ReportFormat; label: string; type: string }[] = [
  { format: 'xlsx', label: 'Export .xlsx', type: XLSX_TYPE },
  { format: 'csv', label: 'Export .csv', type: CSV_TYPE },
  { format: 'pdf', label: 'Export PDF', type: PDF_TYPE },
];

/** The report on screen as a file, through the same save path as every other export. */
export function ReportExportButtons({ query }: { query: ReportQuery }) {
  const [busy, setBusy] = useState<ReportFormat | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);

  const exportAs = async (format: ReportFormat, type: string) => {
    if (busy) return;
    setBusy(format);
    setOutcome(null);
    try {
      const file = await api['reports.export']({ query, format });
      await platform.saveFile(file.fileName, base64ToBytes(file.base64), type);
      setOutcome({ ok: true, message: `Exported the report as ${file.fileName}.` });
    } catch (e) {
      setOutcome({ ok: false, message: messageOf(e) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="report-export">
      <div className="export" role="group" aria-label="Export this report">
        {FORMATS.map(({ format, label, type }) => (
          <button key={format} type="button" className="button" aria-disabled={busy !== null || undefined} onClick={() => void exportAs(format, type)}>
            {busy === format ? 'Exporting…' : label}
          </button>
        ))}
      </div>
      <p role="status" className={outcome && !outcome.ok ? 'report-export__failed' : 'report-export__done'}>
        {outcome?.message ?? ''}
      </p>
    </div>
  );
}
