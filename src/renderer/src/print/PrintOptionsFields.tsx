import { PRINT_LANGS, type Paper, type PrintLang } from '../../../shared/domain/print';
import { langLabels, paperLabels } from './language';

const PAPERS: readonly Paper[] = ['letter', 'a4'];

/** Language and paper selects, shared by the plan editor and the batch panel. */
export function PrintOptionsFields({
  idPrefix,
  lang,
  paper,
  onLang,
  onPaper,
  langHint,
  familyOption,
}: {
  idPrefix: string;
  lang: PrintLang | '';
  paper: Paper;
  onLang: (lang: PrintLang | '') => void;
  onPaper: (paper: Paper) => void;
  langHint?: string;
  /** Offer "each family's language" (the value '') first. */
  familyOption?: boolean;
}) {
  return (
    <div className="print-options">
      <div className="field">
        <label htmlFor={`${idPrefix}-lang`}>Language</label>
        <select
          id={`${idPrefix}-lang`}
          value={lang}
          aria-describedby={langHint ? `${idPrefix}-lang-hint` : undefined}
          onChange={(e) => onLang(e.target.value as PrintLang | '')}
        >
          {familyOption ? <option value="">Each family’s language</option> : null}
          {PRINT_LANGS.map((l) => (
            <option key={l} value={l}>
              {langLabels[l]}
            </option>
          ))}
        </select>
        {langHint ? (
          <p id={`${idPrefix}-lang-hint`} className="hint">
            {langHint}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-paper`}>Paper</label>
        <select id={`${idPrefix}-paper`} value={paper} onChange={(e) => onPaper(e.target.value as Paper)}>
          {PAPERS.map((p) => (
            <option key={p} value={p}>
              {paperLabels[p]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
