import type { z } from 'zod';
import { auditMethods } from './methods/audit';
import { caseloadMethods } from './methods/caseload';
import { conferenceMethods } from './methods/conferences';
import { directoryMethods } from './methods/directory';
import { historyMethods } from './methods/history';
import { labelMethods } from './methods/labels';
import { planMethods } from './methods/plans';
import { printMethods } from './methods/print';
import { reportMethods } from './methods/reports';
import { requestMethods } from './methods/requests';
import { rosterMethods } from './methods/roster';
import { settingsMethods } from './methods/settings';
import { studentRecordMethods } from './methods/student-records';
import { storeMethods } from './methods/store';
import { workstationMethods } from './methods/workstation';
import { yearMethods } from './methods/year';

/**
 * The one API contract. Each capability is defined once, in the methods file of its domain
 * (src/shared/methods/): its name, what it takes and what it returns. The core implements it
 * (src/main/core/api/), the transports carry it (IPC, HTTP), and the preload allow-list and the
 * renderer client are derived from this table, so a method cannot be half-wired. Add a method and
 * the type checker lists every place that must follow.
 */
export const contract = {
  ...caseloadMethods,
  ...directoryMethods,
  ...studentRecordMethods,
  ...planMethods,
  ...rosterMethods,
  ...historyMethods,
  ...printMethods,
  ...conferenceMethods,
  ...requestMethods,
  ...storeMethods,
  ...settingsMethods,
  ...labelMethods,
  ...reportMethods,
  ...yearMethods,
  ...auditMethods,
  ...workstationMethods,
} as const;

export { StoreInfo } from './methods/caseload';

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const methodNames = Object.keys(contract) as MethodName[];

export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
