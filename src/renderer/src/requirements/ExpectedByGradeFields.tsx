import { useId } from 'react';
import { credits } from '../plan/format';
import { focusKey } from '../ui/focus';
import { byGradeFromTotal, EXPECTED_GRADES, spreadEvenly, type ExpectedDraft, type ExpectedProblem } from './expected';

/** Where focus goes when a figure is refused: the box that holds it. */
export const expectedFocusKey = (grade: string) => `expected-grade-${grade}`;

interface Props {
  draft: ExpectedDraft;
  /** The total to graduate as typed: the even spread and the grade-12 limit follow it. */
  total: number;
  problem: ExpectedProblem | null;
  onChange(draft: ExpectedDraft): void;
}

/**
 * Credits expected by the end of grades 9–12, which the on-track verdict compares earned credits
 * against. Two choices a keyboard reaches as radio buttons: the total spread evenly (the default,
 * shown as figures) or figures of the school's own, one labelled box per grade.
 */
export function ExpectedByGradeFields({ draft, total, problem, onChange }: Props) {
  const uid = useId();
  const safeTotal = Number.isFinite(total) ? total : 0;
  const even = EXPECTED_GRADES.map((g) => credits(spreadEvenly(safeTotal, g))).join(', ');
  const problemId = `${uid}-problem`;

  return (
    <fieldset className="setup-fieldset expected-grades">
      <legend>Credits expected by the end of each grade (for “on track”)</legend>
      <div className="check">
        <input
          id={`${uid}-even`}
          type="radio"
          name={`${uid}-mode`}
          checked={draft.mode === 'even'}
          onChange={() => onChange({ ...draft, mode: 'even' })}
        />
        <label htmlFor={`${uid}-even`}>Spread the total evenly (default): {even} by the end of grades 9, 10, 11, 12</label>
      </div>
      <div className="check">
        <input
          id={`${uid}-by-grade`}
          type="radio"
          name={`${uid}-mode`}
          checked={draft.mode === 'by_grade'}
          // Starts from the even spread, so the counselor only changes the grades that differ.
          onChange={() => onChange({ mode: 'by_grade', byGrade: draft.mode === 'by_grade' ? draft.byGrade : byGradeFromTotal(safeTotal) })}
        />
        <label htmlFor={`${uid}-by-grade`}>Set them by grade</label>
      </div>
      {draft.mode === 'by_grade' ? (
        <div className="expected-grades__boxes">
          {EXPECTED_GRADES.map((g) => (
            <div key={g} className="field field--narrow">
              <label htmlFor={`${uid}-${g}`}>By the end of grade {g}</label>
              <input
                id={`${uid}-${g}`}
                type="text"
                inputMode="decimal"
                value={draft.byGrade[g]}
                aria-invalid={problem?.grade === g || undefined}
                aria-describedby={problem?.grade === g ? problemId : `${uid}-hint`}
                onChange={(e) => onChange({ ...draft, byGrade: { ...draft.byGrade, [g]: e.target.value } })}
                {...focusKey(expectedFocusKey(g))}
              />
            </div>
          ))}
        </div>
      ) : null}
      {draft.mode === 'by_grade' ? (
        <p id={`${uid}-hint`} className="hint">
          Cumulative, in quarter credits: each grade at least the one before, grade 12 at most the total ({credits(safeTotal)}).
        </p>
      ) : null}
      <p id={problemId} className="field-problem">
        {problem?.message}
      </p>
    </fieldset>
  );
}
