import { useSyncExternalStore } from 'react';
import type { SampleStatus } from '../../../shared/domain/sample';
import { api } from '../client/api';

/**
 * Whether the store holds the sample school, shared by the banner at the top of every page and the
 * caseload's "Load sample school": one question to the core, asked again after either changes it.
 */
let status: SampleStatus | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Asks the core again; a failure leaves what was known (the banner is a hint, the core enforces). */
export async function refreshSampleStatus(): Promise<void> {
  try {
    status = await api['sample.status']({});
  } catch {
    return;
  }
  for (const listener of listeners) listener();
}

export function useSampleStatus(): SampleStatus | null {
  return useSyncExternalStore(subscribe, () => status);
}
