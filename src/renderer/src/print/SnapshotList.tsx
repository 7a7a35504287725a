import type { PrintLanguageChoice, PrintSnapshot } from '../../../shared/domain/print';
import { formatWhen, langLabel, pagesText, paperLabels } from './language';

/** The copies of this plan given to the family, newest first, each reprintable exactly. */
export function SnapshotList({
  snapshots,
  languages,
  busyId,
  onReprint,
}: {
  snapshots: readonly PrintSnapshot[] | null;
  /** The installed printout languages: a copy in a language the school added is named, not coded. */
  languages: readonly PrintLanguageChoice[];
  busyId: number | null;
  onReprint: (snapshot: PrintSnapshot) => void;
}) {
  return (
    <section className="print-snapshots" aria-labelledby="plan-print-snapshots">
      <h3 id="plan-print-snapshots" className="print-snapshots__title">
        Printed copies{snapshots ? <span className="plan-card__count">{snapshots.length}</span> : null}
      </h3>
      {snapshots === null ? (
        <p className="plan-card__empty">Loading the printed copies…</p>
      ) : snapshots.length === 0 ? (
        <p className="plan-card__empty">Not printed yet. Each download is kept here, to print again exactly as the family received it.</p>
      ) : (
        <ul className="print-snapshots__list" aria-label="Printed copies">
          {snapshots.map((s) => {
            const when = formatWhen(s.printedAt);
            return (
              <li key={s.id} className="print-snapshots__item">
                <span>
                  <strong>{when}</strong> · {langLabel(s.lang, languages)} · {paperLabels[s.paper]} · {pagesText(s.pages)} ·{' '}
                  <code title={`SHA-256 ${s.sha256}`} className="print-snapshots__hash">
                    {s.sha256.slice(0, 10)}
                  </code>
                </span>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`Reprint the copy printed ${when} in ${langLabel(s.lang, languages)}`}
                  aria-disabled={busyId !== null || undefined}
                  onClick={() => {
                    if (busyId === null) onReprint(s);
                  }}
                >
                  {busyId === s.id ? 'Reprinting…' : 'Reprint'}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
