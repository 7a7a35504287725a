import type { AreaProgress } from '../../../shared/domain/plan-view';
import { localIsoDate } from '../../../shared/domain/common';
import { usePlanEditor } from './context';
import { credits, formatDate } from './format';
import { OnTrackSummary } from './OnTrackSummary';

type Progress = Pick<AreaProgress, 'required' | 'planned' | 'earnedMet' | 'met'>;

/** Met or not in words and a mark, never colour alone. */
function Standing({ p }: { p: Progress }) {
  if (p.earnedMet) return <span className="standing standing--earned">✓ Earned</span>;
  if (p.met) return <span className="standing standing--planned">✓ Planned</span>;
  return <span className="standing standing--short">✗ {credits(p.required - p.planned)} short</span>;
}

/** Graduation requirements as the plan stands: per area earned / planned / required, and the total. */
export function RequirementPanel() {
  const { view, change } = usePlanEditor();
  const r = view.requirements;

  return (
    <section className="plan-card" aria-labelledby="plan-requirements-title">
      <h2 id="plan-requirements-title" className="plan-card__title">
        Graduation requirements
      </h2>
      <p className="plan-card__intro">{r.setName}</p>
      <OnTrackSummary />
      <table className="data-table requirement-table" aria-labelledby="plan-requirements-title">
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col" className="num">
              Earned
            </th>
            <th scope="col" className="num">
              Planned
            </th>
            <th scope="col" className="num">
              Required
            </th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {r.areas.map((a) => (
            <tr key={a.area}>
              <th scope="row">
                {a.label}
                {a.countsAs.map((c) => (
                  <span key={c.ruleId} className="requirement-table__rule">
                    incl. {credits(c.planned)} by rule: {c.description}
                  </span>
                ))}
              </th>
              <td className="num">{credits(a.earned)}</td>
              <td className="num">{credits(a.planned)}</td>
              <td className="num">{credits(a.required)}</td>
              <td>
                <Standing p={a} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="requirement-table__total">
            <th scope="row">Total credits</th>
            <td className="num">{credits(r.total.earned)}</td>
            <td className="num">{credits(r.total.planned)}</td>
            <td className="num">{credits(r.total.required)}</td>
            <td>
              <Standing p={r.total} />
            </td>
          </tr>
        </tfoot>
      </table>
      {r.nonCredit.length > 0 ? (
        <ul className="noncredit">
          {r.nonCredit.map((n) => (
            <li key={n.id} className="noncredit__item">
              <span>
                <strong>{n.name}:</strong> {n.met ? `✓ met${n.date ? ` ${formatDate(n.date)}` : ''}` : 'not yet met'}
              </span>
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() =>
                  void change(
                    { op: 'setRequirementMet', requirementId: n.id, met: !n.met, date: n.met ? null : localIsoDate() },
                    { done: n.met ? `${n.name} is no longer recorded as met.` : `${n.name} recorded as met today.` },
                  )
                }
              >
                {n.met ? `Clear “${n.name}”` : `Record “${n.name}” met today`}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** One line above the grid, so progress is in view while courses are added (the panel below has the detail). */
export function RequirementStrip() {
  const { view } = usePlanEditor();
  const r = view.requirements;
  const mark = (met: boolean) => (
    <>
      <span aria-hidden="true">{met ? ' ✓' : ' ✗'}</span>
      <span className="visually-hidden">{met ? ' met' : ' short'}</span>
    </>
  );
  return (
    <p className="requirement-strip">
      <span className="requirement-strip__label">Planned / required:</span>
      {r.areas.map((a) => (
        <span key={a.area} className={a.met ? 'requirement-strip__item' : 'requirement-strip__item requirement-strip__item--short'}>
          {a.label} {credits(a.planned)}/{credits(a.required)}
          {mark(a.met)}
        </span>
      ))}
      <span className={`requirement-strip__item requirement-strip__total${r.total.met ? '' : ' requirement-strip__item--short'}`}>
        Total {credits(r.total.planned)}/{credits(r.total.required)}
        {mark(r.total.met)}
      </span>
    </p>
  );
}
