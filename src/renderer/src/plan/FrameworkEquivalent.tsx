import { migrateChoice } from '../../../shared/domain/framework-migration';
import { occupationsOf } from '../../../shared/domain/occupations';

/**
 * Beside a plan's choice in the 16 clusters: its equivalent in the 2024 framework, by the same
 * rule the move to 2024 will use (shared/domain/framework-migration.ts), and the chosen pathway's
 * sample occupations. Where the crosswalk gives several targets both are named, since a counselor
 * picks when the plans move; a derived or inferred link says so.
 */
export function FrameworkEquivalent({
  cluster,
  pathway,
}: {
  cluster: { code: string; name: string } | null;
  pathway: { code: string; name: string } | null;
}) {
  if (!cluster && !pathway) return null;
  const names = new Map([cluster, pathway].filter((x) => x !== null).map((x) => [x.code, x.name]));
  const row = migrateChoice({ studentNumber: '', name: '', clusterCode: cluster?.code ?? null, pathwayCode: pathway?.code ?? null }, names);
  const target = row.needsPick
    ? `${row.options.map((o) => o.name).join(' or ')} (a counselor picks when plans move)`
    : [row.to.cluster?.name, row.to.subCluster?.name].filter(Boolean).join(' / ');
  const occupations = pathway ? occupationsOf(pathway.code) : [];
  return (
    <div className="framework-equivalent">
      {target ? (
        <p className="hint">
          <strong>In the 2024 framework:</strong> {target}
          {row.basis ? ` — ${row.basis}` : ''}.
        </p>
      ) : null}
      {occupations.length > 0 ? (
        <p className="hint">
          <strong>Sample occupations for {pathway?.name}:</strong> {occupations.map((o) => o.name).join('; ')}.
        </p>
      ) : null}
    </div>
  );
}
