import { appliedSentence, type AppliedSummary } from './applied';

/** What applying the program added, by year, until the counselor hides it. */
export function AppliedNotice({ summary, onHide }: { summary: AppliedSummary; onHide(): void }) {
  return (
    <div className="applied" aria-label="What the program added" role="region">
      <p className="applied__sentence">{appliedSentence(summary)}</p>
      {summary.years.length > 0 ? (
        <ul className="applied__years">
          {summary.years.map((y) => (
            <li key={y.label}>
              <strong>{y.label}:</strong> {y.titles.join(', ')}
            </li>
          ))}
        </ul>
      ) : null}
      {summary.credentials.length > 0 ? (
        <p>
          <strong>Credentials:</strong> {summary.credentials.join(', ')}
        </p>
      ) : null}
      {summary.postsecondary ? (
        <p>
          <strong>Postsecondary plan:</strong> {summary.postsecondary}
        </p>
      ) : null}
      <button type="button" className="button button--small button--quiet" onClick={onHide}>
        Hide this summary
      </button>
    </div>
  );
}
