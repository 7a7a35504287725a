import type { MethodName } from '../../../shared/contract';
import type { Role } from './accounts';

/**
 * Who may call each method of the contract on the department server: the least role that may.
 * A lead may do what a counselor may; an admin keeps the accounts and the store as a whole and
 * otherwise reads as a counselor does, but makes none of a lead's school-wide changes: the same
 * split the database's row-level security makes (migration 15: "an admin keeps accounts, not
 * plans"), so the gate never lets through what the database then refuses. This table says which
 * methods; the database says which students (a counselor edits her own caseload, a lead every plan).
 * Typed over every method name: a method added to the contract without a line here fails the
 * type check, and tests/unit/accounts/method-roles.test.ts checks the same at run time.
 *
 * - counselor: reads, plan edits (plans, conferences), printing, the caseload's own exports;
 * - lead: imports (roster, course history, catalog), the catalog, programs of study, requirement
 *   sets, reports, course requests for the school's system, the school year, the sample school;
 * - admin: the store as a whole (its backups) and, when they are methods, accounts.
 */
export const LEAST_ROLE: { readonly [M in MethodName]: Role } = {
  'store.info': 'counselor',
  // The name on every plan and the printout defaults are the school's: a lead sets them.
  'settings.get': 'counselor',
  'settings.save': 'lead',
  // Anyone may download the label sheet; the printout languages are the school's, as its settings are: a lead adds or removes one.
  'labels.sheet': 'counselor',
  'labels.import': 'lead',
  'labels.remove': 'lead',
  // A workstation's own choice of store: the server answers them 501 (see the department's handlers).
  'workstation.get': 'admin',
  'workstation.probe': 'admin',
  'workstation.connect': 'admin',
  'workstation.disconnect': 'admin',
  'framework.get': 'counselor',
  'framework.crosswalkXlsx': 'counselor',
  // Every counselor's plans at once: a lead's decision for the department.
  'framework.migratePreview': 'lead',
  'framework.migrate': 'lead',
  'framework.migrateUndo': 'lead',
  'students.list': 'counselor',
  'students.caseload': 'counselor',
  'students.get': 'counselor',
  // A student's record is the school's, as the roster that fills it is a lead's (issue 16); the policies of migrations 15 and 17 agree.
  'students.add': 'lead',
  'students.update': 'lead',
  'students.reassign': 'lead',
  'students.undoReassign': 'lead',
  'directory.list': 'counselor',
  // The audit log is a lead's to read, per student (issue 16); the database's policies agree.
  'audit.forStudent': 'lead',
  'sample.status': 'counselor',
  // A lead's: the sample school is students, plans and a catalog, which the database lets a lead write (not an admin).
  'sample.load': 'lead',
  'sample.remove': 'lead',

  'plans.get': 'counselor',
  'plans.update': 'counselor',
  'plans.undo': 'counselor',
  'plans.applyProgram': 'counselor',
  'plans.bulk': 'counselor',
  'plans.bulkUndo': 'counselor',
  'conferences.list': 'counselor',
  'conferences.add': 'counselor',
  'conferences.update': 'counselor',
  'conferences.remove': 'counselor',

  'print.preview': 'counselor',
  'print.layout': 'counselor',
  'print.start': 'counselor',
  'print.status': 'counselor',
  'print.snapshots': 'counselor',
  'print.reprint': 'counselor',
  'caseload.export': 'counselor',
  'jobs.cancel': 'counselor',

  'courses.list': 'counselor',
  'courses.plans': 'counselor',
  'courses.add': 'lead',
  'courses.edit': 'lead',
  'courses.retire': 'lead',
  'postsecondary.save': 'lead',
  'catalog.preview': 'lead',
  'catalog.import': 'lead',

  'programs.list': 'counselor',
  'programs.get': 'counselor',
  'programs.export': 'counselor',
  'programs.save': 'lead',
  'programs.copy': 'lead',
  'programs.import': 'lead',

  'requirements.get': 'counselor',
  'requirements.save': 'lead',

  'roster.imports': 'counselor',
  'roster.preview': 'lead',
  'roster.previewStatus': 'lead',
  'roster.import': 'lead',
  'roster.importStatus': 'lead',
  'roster.reportXlsx': 'lead',
  'history.imports': 'counselor',
  'history.preview': 'lead',
  'history.previewStatus': 'lead',
  'history.import': 'lead',
  'history.importStatus': 'lead',
  'history.reportXlsx': 'lead',
  'history.unmatched': 'lead',
  'history.matchCourse': 'lead',

  'reports.run': 'lead',
  'reports.export': 'lead',
  'requests.start': 'lead',
  'requests.status': 'lead',

  'year.status': 'counselor',
  'year.start': 'lead',
  'year.undo': 'lead',
  'year.reactivate': 'lead',

  'store.backups': 'admin',
  'store.restore': 'admin',
};

const RANK: Record<Role, number> = { counselor: 0, lead: 1, admin: 2 };

export function mayCall(role: Role, method: MethodName): boolean {
  const least = LEAST_ROLE[method];
  // An admin is not a lead: the school-wide changes are refused her here as in the database.
  if (role === 'admin' && least === 'lead') return false;
  return RANK[role] >= RANK[least];
}

const ROLE_WORDS: Record<Role, string> = { counselor: 'a counselor', lead: 'a lead counselor', admin: 'an administrator' };

/** The refusal's sentence: what was refused and who can do it. */
export function refusalOf(role: Role, method: MethodName): string {
  return `Your account (${role}) may not use ${method}; ask ${ROLE_WORDS[LEAST_ROLE[method]]} to do it.`;
}
