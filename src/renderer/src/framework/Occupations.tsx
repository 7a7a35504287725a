import type { Occupation } from '../../../shared/domain/occupations';

/**
 * The sample occupations under a pathway or sub-cluster: a sentence, not a list, so the page stays
 * short and a screen reader's list of pathways stays the pathways. The ones a search found are marked.
 */
export function Occupations({ occupations, found }: { occupations: readonly Occupation[]; found: readonly string[] }) {
  if (occupations.length === 0) return null;
  return (
    <span className="occupations">
      <span className="occupations__label">Sample occupations: </span>
      {occupations.map((o, i) => {
        const name = found.includes(o.id) ? <mark>{o.name}</mark> : o.name;
        return (
          <span key={o.id} className="occupation" data-occupation={o.id}>
            {name}
            {o.soc ? <span className="occupation__soc"> (SOC {o.soc})</span> : null}
            {i < occupations.length - 1 ? '; ' : ''}
          </span>
        );
      })}
    </span>
  );
}
