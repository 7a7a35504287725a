import { checkMigrationOrder, type PostgresMigration } from '../../migration';
import { studentsPostgres } from './0001-students';
import { frameworkPostgres } from './0002-framework';
import { rosterImportsPostgres } from './0003-roster-imports';
import { plansPostgres } from './0004-plans';
import { printSnapshotsPostgres } from './0005-print-snapshots';
import { sampleSchoolPostgres } from './0006-sample-school';
import { courseRetiredPostgres } from './0007-course-retired';
import { courseHistoryPostgres } from './0008-course-history';
import { conferencesPostgres } from './0009-conferences';
import { schoolYearStartPostgres } from './0010-school-year-start';
import { courseAlternatesPostgres } from './0011-course-alternates';
import { rosterListingPostgres } from './0012-roster-listing';
import { counselorAccountsPostgres } from './0013-counselor-accounts';
import { auditAndRevisionPostgres } from './0014-audit-and-revision';
import { rowSecurityPostgres } from './0015-row-security';
import { schoolSettingsPostgres } from './0016-school-settings';
import { studentHandEntryPostgres } from './0017-student-hand-entry';
import { printoutLanguagePostgres } from './0018-printout-language';
import { snapshotHashKindPostgres } from './0019-snapshot-hash-kind';
import { planFrameworkEditionPostgres } from './0020-plan-framework-edition';
import { counselorSessionsPostgres } from './0021-counselor-sessions';
import { frameworkYearPostgres } from './0022-framework-year';
import { standingStampsPostgres } from './0023-standing-stamps';

/**
 * The PostgreSQL twin of every SQLite migration, with the same version numbers, in order. Append
 * only, together with the SQLite migration of the same number: tests/integration/store/
 * postgres-schema.test.ts fails when a twin is missing or one store's schema has what the other's
 * lacks.
 */
export const postgresMigrations: readonly PostgresMigration[] = [
  studentsPostgres,
  frameworkPostgres,
  rosterImportsPostgres,
  plansPostgres,
  printSnapshotsPostgres,
  sampleSchoolPostgres,
  courseRetiredPostgres,
  courseHistoryPostgres,
  conferencesPostgres,
  schoolYearStartPostgres,
  courseAlternatesPostgres,
  rosterListingPostgres,
  counselorAccountsPostgres,
  auditAndRevisionPostgres,
  rowSecurityPostgres,
  schoolSettingsPostgres,
  studentHandEntryPostgres,
  printoutLanguagePostgres,
  snapshotHashKindPostgres,
  planFrameworkEditionPostgres,
  counselorSessionsPostgres,
  frameworkYearPostgres,
  standingStampsPostgres,
];
checkMigrationOrder(postgresMigrations);
