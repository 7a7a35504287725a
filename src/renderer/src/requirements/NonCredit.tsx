import type { RequirementSet } from '../../../shared/domain/requirements';

/** The requirements that are not credits, read-only. */
export function NonCredit({ set }: { set: RequirementSet }) {
  return (
    <>
      <section className="setup-card" aria-labelledby="noncredit-title">
        <h2 id="noncredit-title" className="setup-card__title">
          Requirements that are not credits
        </h2>
        {set.nonCredit.length === 0 ? <p className="hint">None.</p> : null}
        <ul className="setup-list">
          {set.nonCredit.map((r) => (
            <li key={r.id}>
              <strong>{r.name}:</strong> {r.description}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
