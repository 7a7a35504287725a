import type { PlanView } from '../../../shared/domain/plan-view';
import type { OperationSource } from './usePlan';

/**
 * The framework changes, each worked out from the plan as it stands when its turn comes: a pathway
 * chosen right after a cluster (before the cluster's save has come back) still sends a pathway
 * the core accepts. A pathway implies its cluster and a program its pathway, so those are sent
 * alone and the core fills in the rest.
 */
const current = (v: PlanView) => ({
  clusterCode: v.framework.cluster?.code ?? null,
  pathwayCode: v.framework.pathway?.code ?? null,
  programId: v.framework.program?.id ?? null,
});

/** A second cluster the same as the first is no longer a second one. */
const clearSecondIf = (v: PlanView, clusterCode: string | null) =>
  clusterCode !== null && v.framework.secondCluster?.code === clusterCode ? { secondClusterCode: null } : {};

export function chooseCluster(code: string | null): OperationSource {
  return (v) => ({ op: 'setFramework', clusterCode: code, pathwayCode: null, programId: null, ...clearSecondIf(v, code) });
}

export function choosePathway(code: string | null): OperationSource {
  return (v) =>
    code
      ? { op: 'setFramework', clusterCode: null, pathwayCode: code, programId: null }
      : { op: 'setFramework', clusterCode: current(v).clusterCode, pathwayCode: null, programId: null };
}

export function chooseProgram(id: string | null): OperationSource {
  return (v) =>
    id ? { op: 'setFramework', clusterCode: null, pathwayCode: null, programId: id } : { op: 'setFramework', ...current(v), programId: null };
}

export function chooseSecondCluster(code: string | null): OperationSource {
  return (v) => ({ op: 'setFramework', ...current(v), secondClusterCode: code });
}

/** A search result: cluster, pathway and program at once (any of the last two may be null). */
export function chooseAll(clusterCode: string, pathwayCode: string | null, programId: string | null): OperationSource {
  return (v) => ({ op: 'setFramework', clusterCode, pathwayCode, programId, ...clearSecondIf(v, clusterCode) });
}
