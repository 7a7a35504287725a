import type { HandlersFor } from '../dispatch';
import type { Store } from '../store/connection';
import { connectDepartment, saveLink, workstationView } from '../workstation/link';
import { probeDepartment } from '../workstation/probe';

/** Which store this workstation opens (Settings → "Where this workstation keeps its caseload"). */
export function workstationHandlers(store: Pick<Store, 'path'>): HandlersFor<'workstation'> {
  return {
    'workstation.get': () => workstationView(store.path),
    'workstation.probe': ({ address }) => probeDepartment(address),
    'workstation.connect': (input) => connectDepartment(store.path, input, probeDepartment),
    'workstation.disconnect': () => {
      saveLink(store.path, null);
      return workstationView(store.path);
    },
  };
}
