import type { PrintKind } from '../../../shared/domain/print';
import { schoolYearText } from '../../../shared/domain/history';
import { schoolYearEnd } from '../../../shared/domain/school-year';

/** Next school year first (requests are made in the winter for it), then this one and the one after. */
export function requestYears(today = new Date()): string[] {
  const end = schoolYearEnd(today);
  return [end + 1, end, end + 2].map(schoolYearText);
}

/**
/** "Pages to print" in the print panel: plans, or a course request sheet per student for a school year
 * (for schools that key requests by hand). The same run, selection, files and language either way.
 */
export function PrintKindFields({
  idPrefix,
  kind,
  schoolYear,
  onKind,
  onSchoolYear,
}: {
  idPrefix: string;
  kind: PrintKind;
  schoolYear: string;
  onKind(kind: PrintKind): void;
  onSchoolYear(year: string): void;
}) {
  return (
    <fieldset className="print-fieldset">
      <legend>Pages to print</legend>
      <label className="check">
        <input type="radio" name={`${idPrefix}-kind`} checked={kind === 'plans'} onChange={() => onKind('plans')} /> Plans
      </label>
      <div className="print-fieldset__pair">
        <label className="check">
          <input type="radio" name={`${idPrefix}-kind`} checked={kind === 'request_sheets'} onChange={() => onKind('request_sheets')} /> Course
          request sheets (one page each, to sign)
        </label>
        <select aria-label="School year of the requests" value={schoolYear} onChange={(e) => (onSchoolYear(e.target.value), onKind('request_sheets'))}>
          {requestYears().map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
