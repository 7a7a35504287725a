import { useId } from 'react';
import { framework2024 } from '../../../shared/domain/framework-2024';
import { CommitSelect } from './CommitSelect';
import { usePlanEditor } from './context';
import type { OperationSource } from './usePlan';

/** A 2024 cluster code ("HHS") or sub-cluster code ("HHS-PHH") as the plan's 2024 choice; '' takes it back. */
export function choose2024(code: string): OperationSource {
  if (code === '') return () => ({ op: 'setFramework2024', choice: null });
  const cluster = framework2024.clusters.find((c) => c.code === code || c.subClusters.some((s) => s.code === code));
  return () => ({ op: 'setFramework2024', choice: { clusterCode: cluster?.code ?? code, subClusterCode: cluster?.code === code ? null : code } });
}

/**
 * The plan's choice in the 2024 framework (issue 15), beside its 16-cluster one: a cluster alone or
 * one of its sub-clusters. Saved like every plan change (undo step, revision, audit); "Not chosen"
 * takes the plan back to its 16-cluster choice only, which a 2024 choice never replaces.
 */
export function Choice2024Field() {
  const { view, change } = usePlanEditor();
  const id = useId();
  const chosen = view.framework.choice2024;
  const value = chosen?.subCluster?.code ?? chosen?.cluster.code ?? '';
  return (
    <div className="field choice-2024">
      <label htmlFor={id}>2024 framework: cluster and sub-cluster</label>
      <CommitSelect
        id={id}
        value={value}
        onCommit={(code) =>
          change(choose2024(code), {
            done: (v) =>
              v.framework.choice2024
                ? `2024 choice: ${[v.framework.choice2024.cluster.name, v.framework.choice2024.subCluster?.name].filter(Boolean).join(' / ')}.`
                : '2024 choice taken back; the 16-cluster choice stands.',
          })
        }
      >
        <option value="">Not chosen (the 16-cluster choice stands)</option>
        {framework2024.clusters.map((c) => (
          <optgroup key={c.code} label={c.name}>
            <option value={c.code}>{c.name}, any sub-cluster</option>
            {c.subClusters.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
          </optgroup>
        ))}
      </CommitSelect>
    </div>
  );
}
