import { SUBJECT_AREA_LABELS, type SubjectArea } from '../../../shared/domain/catalog';
import { optionsOf } from './fields';

export type AreaSource = 'chosen' | 'remembered' | 'automatic' | 'unmapped';

/** One word of a file that names a subject area its own way (a catalog's department, a transcript's credit type). */
export interface AreaWord {
  word: string;
  rows: number;
  area: SubjectArea | null;
  source: AreaSource;
}

/**
 * Each area word a file names, with its number of rows and a select of the subject area it goes
 * to. One table of remembered area words serves the catalog and the course history imports
 * (core/courses/catalog-departments.ts), so both choose the same way.
 */
export function AreaChoiceTable({
  caption,
  wordHeader,
  words,
  sourceText,
  onChoose,
}: {
  caption: string;
  /** "Department", "Credit type". */
  wordHeader: string;
  words: readonly AreaWord[];
  sourceText: Record<AreaSource, string>;
  onChoose(word: string, area: SubjectArea): void;
}) {
  return (
    <div className="table-scroll">
      <table className="data-table department-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{wordHeader}</th>
            <th scope="col" className="num">
              Rows
            </th>
            <th scope="col">Subject area</th>
            <th scope="col">How it was mapped</th>
          </tr>
        </thead>
        <tbody>
          {words.map((d) => (
            <tr key={d.word}>
              <th scope="row">{d.word}</th>
              <td className="num">{d.rows}</td>
              <td>
                <select
                  aria-label={`Subject area for ${d.word}`}
                  value={d.area ?? ''}
                  onChange={(e) => e.target.value !== '' && onChoose(d.word, e.target.value as SubjectArea)}
                >
                  {d.area === null ? <option value="">Choose an area…</option> : null}
                  {optionsOf(SUBJECT_AREA_LABELS)}
                </select>
              </td>
              <td>{sourceText[d.source]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
