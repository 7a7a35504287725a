import type { Paper, PrintLang, PrintLanguageChoice } from '../../../shared/domain/print';
import { BUILT_IN_LANGUAGES, langLabel, paperLabels } from './language';

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
  languages = BUILT_IN_LANGUAGES,
}: {
  idPrefix: string;
  lang: PrintLang | '';
  paper: Paper;
  onLang: (lang: PrintLang | '') => void;
  onPaper: (paper: Paper) => void;
  langHint?: string;
  /** Offer "each family's language" (the value '') first. */
  familyOption?: boolean;
  /** The installed printout languages (the school's settings): English, Spanish and any added from a label sheet. */
  languages?: readonly PrintLanguageChoice[];
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
          {languages.map((l) => (
            <option key={l.code} value={l.code}>
              {langLabel(l.code, languages)}
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
