import type { CareerCluster } from '../../../shared/domain/framework';

/** Career pathways as select options, grouped under their cluster: the same list wherever a pathway is chosen. */
export function PathwayOptions({ clusters }: { clusters: readonly CareerCluster[] }) {
  return (
    <>
      {clusters.map((c) => (
        <optgroup key={c.code} label={c.name}>
          {c.pathways.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
