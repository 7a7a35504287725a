import { NoInput } from '../domain/common';
import { ConnectInput, ProbedServer, ServerAddress, WorkstationView } from '../domain/workstation';
import { method } from './define';

/**
 * Which store this workstation opens: its own, or the department server's. Workstation methods:
 * the department server itself answers them 501 (a server has no "other store" to switch to).
 */
export const workstationMethods = {
  'workstation.get': method(NoInput, WorkstationView, 'Where this workstation keeps its caseload: its own store, or a department server.'),
  'workstation.probe': method(
    ServerAddress,
    ProbedServer,
    "Reach a department server and read its certificate's fingerprint, for the counselor to compare with the one IT gave; nothing is saved.",
  ),
  'workstation.connect': method(
    ConnectInput,
    WorkstationView,
    'Open the department server from now on, trusting exactly the certificate the counselor compared; the store on this computer is kept.',
  ),
  'workstation.disconnect': method(NoInput, WorkstationView, "Open this computer's own store again."),
} as const;
